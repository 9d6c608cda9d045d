"""Stories of the bundled sample sites: written in the style of provincial papers (notes §2).

Invented local stories (the seed story excepted, which is the real Báo Tuyên Quang text from
shared/seed). Each carries what real pages carry: lead prefixes, date lines in the site's own
format, bylines, credits, captions. ``build.py`` renders them with each site's layout.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Story:
    slug: str
    id: str
    section: str  # the site's section slug
    section_name: str  # as shown in the breadcrumb
    title: str
    published: str  # ISO 8601 with +07:00
    lead: str
    paragraphs: tuple[str, ...]
    author: str = ""
    credit: str = ""
    image: str = ""
    caption: str = ""
    page_title: str = ""  # the served <title> if it differs (an injected spam title)
    table: tuple[tuple[str, ...], ...] = ()
    extra: dict[str, str] = field(default_factory=dict)
    modified: str = ""  # ISO 8601: when the paper edited the story (dateModified, sitemap lastmod)
    language: str = "vi"  # "en": a story of the paper's English edition
    # "article"; "video": a video page in the stories' URL pattern (a player and a caption, not
    # an article); "removed": taken down, its page answers 404, but listings still link it.
    kind: str = "article"


SEED_PARAGRAPHS = (
    "Ngày 12-10, Đảng ủy Công an tỉnh đã ban hành hướng dẫn số 77/HD/ĐUCA về việc vận động cán bộ "
    "chiến sỹ tham gia các hoạt động cơ sở nhằm cụ thể hóa  Đề án 02- ĐA/TU ngày 23-5-2021 của Ban "
    "Thường vụ Tỉnh ủy về tiếp tục đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và "
    "các tổ chức chính trị - xã hội.  Đảng  ủy Công an tỉnh đã phân công 26 chi, đảng bộ cơ sở phụ "
    "trách tại 17 xã trên địa bàn tỉnh. Các xã đều thuộc vùng đặc biệt khó khăn, xã nằm trong lộ "
    "trình về đích xây dựng nông thôn mới và xã nông thôn mới nâng cao, giai đoạn 2021 - 2025.",
    "Qua 1 tháng triển khai, các chi, đảng bộ trực thuộc Đảng  ủy Công an tỉnh đã huy động hàng trăm "
    "lượt cán bộ, chiến sỹ tham gia nhiều hoạt động ý nghĩa ở cơ sở. Cụ thể, các đơn vị đã giúp "
    "nhân dân vận chuyển cấu kiện và lắp đặt 700 m mương; tu sửa và phát dọn, vệ sinh hơn 7 km "
    "đường nông thôn; trồng hoa hai bên lề đường với tổng chiều dài hơn 1 km; tặng hàng trăm suất "
    "quà cho hộ nghèo với tổng giá trị quà gần 40 triệu đồng; giúp 1 hộ nghèo san gạt mặt bằng và "
    "đổ sân bê tông...",
    "Cuối tháng 10 vừa qua, Phòng Cảnh sát PCCC và cứu nạn, cứu hộ, Công an tỉnh đã huy động 20 cán "
    "bộ chiến sỹ phối hợp cùng Công an huyện, Đảng  ủy, UBND xã và các tổ chức đoàn thể xã Trung Hà "
    "(Chiêm Hóa) đã tu sửa tuyến đường gần 2 km giúp nhân dân thôn Bản Túm đi lại thuận tiện hơn.",
    "Thời gian tới, các đơn vị thuộc Công an tỉnh tiếp tục triển khai các hoạt động tại cơ sở tập "
    "trung vào công việc giúp xây dựng hạ tầng nông thôn; vệ sinh đường làng ngõ xóm, giúp hộ nghèo "
    "làm nhà... Song song với đó, cán bộ chiến sỹ Công an tỉnh đẩy mạnh tuyên truyền, vận động nhân "
    "dân tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc.",
)

TUYENQUANG = (
    Story(
        slug="cung-co-moi-quan-he-mat-thiet-voi-nhan-dan",
        id="178203",
        section="chinh-tri/trong-tinh",
        section_name="Chính trị",
        title="Củng cố mối quan hệ mật thiết với nhân dân",
        page_title="Xổ số trực tuyến kiên giang - Nền tảng xổ số trực tuyến uy tín",
        published="2025-11-14T08:15:00+07:00",
        lead="Các đảng bộ, chi bộ trực thuộc Đảng bộ Công an tỉnh đã vận động đảng viên, cán bộ, "
        "chiến sỹ tham gia thực hiện nhiều hoạt động giúp nhân dân ở cơ sở. Những hoạt động trên là "
        "cụ thể thực hiện Đề án 02 của Ban Thường vụ Tỉnh ủy, giúp cán bộ chiến sỹ làm tốt công tác "
        "dân vận, củng cố thêm mối quan hệ gắn bó mật thiết với nhân dân.",
        paragraphs=SEED_PARAGRAPHS,
        image="/mau-tuyenquang/file/2025/11/cong-an-giup-dan-sua-duong.jpg",
        caption="Cán bộ chiến sỹ Phòng Cảnh sát PCCC và cứu nạn, cứu hộ, Công an tỉnh tham gia\n"
        "giúp nhân dân thôn Bản Túm, xã Trung Hà (Chiêm Hóa) tu sửa đường.",
        credit="Theo TQĐT",
    ),
    Story(
        slug="na-hang-don-hon-12-nghin-luot-khach-dip-cuoi-nam",
        id="178215",
        section="van-hoa/du-lich",
        section_name="Du lịch",
        title="Na Hang đón hơn 12 nghìn lượt khách dịp cuối năm",
        published="2025-11-15T10:30:00+07:00",
        lead="Trong tháng 11, khu du lịch sinh thái hồ Na Hang - Lâm Bình đón hơn 12 nghìn lượt "
        "khách, tăng gần 30% so với cùng kỳ năm trước.",
        paragraphs=(
            "Theo Ban Quản lý các khu du lịch tỉnh, lượng khách tăng mạnh nhờ thời tiết thuận lợi và "
            "các tour lòng hồ kết hợp trải nghiệm văn hóa của đồng bào Tày, Dao được đổi mới. Nhiều "
            "homestay ở thôn Nà Khậu, xã Khuôn Hà kín phòng vào các ngày cuối tuần.",
            "Ông Ma Văn Thịnh, chủ một homestay ở Lâm Bình cho biết, gia đình đã đầu tư thêm 4 phòng "
            "nghỉ và một thuyền máy để đưa khách tham quan thác Khuổi Nhi, hang Phia Vài. Doanh thu "
            "của gia đình tháng này đạt khoảng 60 triệu đồng.",
            "Để giữ chân du khách, ngành văn hóa - du lịch tỉnh đang phối hợp với các huyện xây "
            "dựng lịch sự kiện năm 2026, trong đó có lễ hội Lồng tông và chuỗi hoạt động trình diễn "
            "hát Then, đàn Tính phục vụ khách vào buổi tối.",
        ),
        author="Minh Thu",
        image="/mau-tuyenquang/file/2025/11/ho-na-hang.jpg",
        caption="Du khách trải nghiệm tour thuyền trên lòng hồ Na Hang.",
    ),
    Story(
        slug="tuyen-quang-giai-ngan-von-dau-tu-cong-dat-68-phan-tram",
        id="178230",
        section="kinh-te",
        section_name="Kinh tế",
        title="Tuyên Quang giải ngân vốn đầu tư công đạt 68%",
        published="2025-11-17T16:45:00+07:00",
        lead="Đến hết tháng 10, tỉnh đã giải ngân hơn 4.100 tỷ đồng vốn đầu tư công, đạt 68% kế "
        "hoạch, cao hơn mức bình quân cả nước.",
        paragraphs=(
            "Tại cuộc họp trực tuyến với các sở, ngành và địa phương, lãnh đạo UBND tỉnh yêu cầu các "
            "chủ đầu tư tập trung tháo gỡ vướng mắc về giải phóng mặt bằng, nhất là tại dự án "
            "đường cao tốc Tuyên Quang - Hà Giang giai đoạn 2 đoạn qua xã Lùng Tám và xã "
            "Đường Hồng.",
            "Kết quả giải ngân của một số chủ đầu tư lớn như sau:",
            "Các đơn vị có tỷ lệ giải ngân dưới 50% phải báo cáo nguyên nhân và cam kết tiến độ "
            "trước ngày 30/11. UBND tỉnh sẽ điều chuyển vốn từ các dự án chậm sang các dự án có khả "
            "năng giải ngân nhanh.",
        ),
        table=(
            ("Chủ đầu tư", "Kế hoạch (tỷ đồng)", "Đã giải ngân (tỷ đồng)", "Tỷ lệ"),
            ("Ban QLDA đầu tư xây dựng tỉnh", "1.850", "1.332", "72%"),
            ("Sở Nông nghiệp và Môi trường", "640", "397", "62%"),
            ("UBND các xã, phường", "1.210", "810", "67%"),
        ),
        author="Thanh Hà",
    ),
    Story(
        slug="hoi-thi-nha-nong-dan-gioi-ham-yen",
        id="178244",
        section="nong-nghiep",
        section_name="Nông nghiệp - Nông thôn",
        title="Hội thi nhà nông đua tài ở Hàm Yên: cam sành vào mùa, nông dân phấn khởi",
        published="2025-11-19T07:05:00+07:00",
        lead="Hơn 200 hội viên nông dân của 12 xã tham gia hội thi, mang đến những quả cam sành "
        "đạt chuẩn VietGAP và nhiều sáng kiến tiết kiệm nước tưới.",
        paragraphs=(
            "Hội thi gồm ba phần: chào hỏi, kiến thức về sản xuất nông nghiệp an toàn và trưng bày "
            "sản phẩm. Đội xã Phù Lưu giành giải nhất với mô hình tưới nhỏ giọt cho đồi cam rộng "
            "3 ha, giúp giảm 40% lượng nước và công lao động.",
            "Năm nay, diện tích cam toàn huyện Hàm Yên cũ đạt khoảng 5.800 ha, sản lượng dự kiến hơn "
            "90 nghìn tấn. Giá cam loại một tại vườn dao động từ 12 đến 15 nghìn đồng/kg.",
            "Dịp này, Hội Nông dân tỉnh trao 10 suất hỗ trợ cây giống sạch bệnh cho hội viên có "
            "hoàn cảnh khó khăn.",
        ),
        author="Bài, ảnh: Đức Anh",
    ),
)

TAYNINH = (
    Story(
        slug="khat-vong-ve-hai-thanh-pho-tuong-lai",
        id="169010",
        section="thoi-su-chinh-tri",
        section_name="Thời sự - Chính trị",
        title="Khát vọng về hai thành phố tương lai",
        published="2025-11-14T15:00:00+07:00",
        lead="(BTN) - Sau sắp xếp đơn vị hành chính, tỉnh Tây Ninh mới đặt mục tiêu hình thành hai "
        "đô thị động lực ở phía Bắc và phía Nam, gắn với các trục giao thông liên vùng.",
        paragraphs=(
            "Theo quy hoạch tỉnh, khu vực Tân An - Bến Lức được định hướng phát triển công nghiệp, "
            "logistics, trong khi khu vực Tây Ninh - Hòa Thành tập trung vào thương mại, dịch vụ và "
            "du lịch tâm linh gắn với núi Bà Đen.",
            "Ông Nguyễn Văn Hòa, Phó Giám đốc Sở Xây dựng cho biết, trong năm 2026 tỉnh sẽ ưu tiên "
            "vốn cho tuyến đường vành đai 4 và cầu nối hai bờ sông Vàm Cỏ Đông, tạo liên kết giữa "
            "hai cực tăng trưởng.",
            "Nhiều doanh nghiệp trong và ngoài nước đã đăng ký tìm hiểu cơ hội đầu tư vào các khu "
            "công nghiệp mới, với tổng vốn dự kiến hơn 2 tỷ USD.",
        ),
        author="Hoàng Yến",
        image="/mau-tayninh/uploads/news/2025_11/do-thi-tan-an.jpg",
        caption="Một góc đô thị Tân An nhìn từ trên cao.",
        extra={"dateline": "Thứ sáu: 15:00 ngày 14/11/2025"},
    ),
    Story(
        slug="hoa-thanh-ra-quan-cao-diem-tan-cong-tran-ap-toi-pham",
        id="169034",
        section="phap-luat",
        section_name="Pháp luật",
        title="Hoà Thành ra quân cao điểm tấn công, trấn áp tội phạm",
        published="2025-11-16T09:20:00+07:00",
        lead="(BTN) - Công an phường Hòa Thành tổ chức lễ ra quân đợt cao điểm tấn công, trấn áp "
        "tội phạm, bảo đảm an ninh trật tự dịp cuối năm và Tết Nguyên đán.",
        paragraphs=(
            "Trong đợt cao điểm, lực lượng công an tập trung đấu tranh với tội phạm trộm cắp tài "
            "sản, cho vay lãi nặng, tổ chức đánh bạc và đánh bạc qua mạng, đồng thời tăng cường tuần "
            "tra kiểm soát trên các tuyến đường trọng điểm.",
            "Thời gian qua, Công an phường đã triệt phá 2 tụ điểm đánh bạc, tạm giữ 15 đối tượng, "
            "thu giữ hơn 40 triệu đồng cùng nhiều tang vật liên quan.",
            "Người dân phát hiện hành vi vi phạm pháp luật có thể báo tin qua đường dây nóng của "
            "Công an phường hoặc qua ứng dụng VNeID./.",
        ),
        author="Trung Hiếu",
        extra={"dateline": "Chủ nhật: 09:20 ngày 16/11/2025"},
    ),
    Story(
        slug="ket-qua-xo-so-kien-thiet-tay-ninh-ngay-20-11",
        id="169051",
        section="kinh-te",
        section_name="Kinh tế",
        title="Công ty Xổ số kiến thiết Tây Ninh trao thưởng giải đặc biệt cho khách hàng",
        published="2025-11-20T17:10:00+07:00",
        lead="(BTN) - Công ty TNHH MTV Xổ số kiến thiết Tây Ninh vừa trao giải đặc biệt trị giá 2 "
        "tỷ đồng cho một khách hàng ở phường Long Hoa.",
        paragraphs=(
            "Khách hàng trúng giải là một người bán vé số dạo đã giữ lại tờ vé cuối cùng trong ngày. "
            "Sau khi hoàn thành nghĩa vụ thuế thu nhập cá nhân, người trúng thưởng đã trích một phần "
            "tiền ủng hộ quỹ Vì người nghèo của phường.",
            "Theo lãnh đạo công ty, 10 tháng năm 2025 doanh thu xổ số kiến thiết đạt hơn 3.200 tỷ "
            "đồng, nộp ngân sách trên 1.000 tỷ đồng, phục vụ đầu tư trường học và bệnh viện.",
            "Công ty khuyến cáo người dân chỉ mua vé số tại các đại lý, điểm bán hợp pháp và cảnh "
            "giác với các trang xổ số trực tuyến không được cấp phép.",
        ),
        author="Ngọc Bích",
        extra={"dateline": "Thứ năm: 17:10 ngày 20/11/2025"},
    ),
    Story(
        slug="truong-hoc-vung-bien-don-nam-hoc-moi",
        id="168990",
        section="giao-duc",
        section_name="Giáo dục",
        title="Trường học vùng biên giới khang trang đón học sinh",
        published="2025-11-10T08:00:00+07:00",
        lead="(BTN) - Ba điểm trường ở các xã biên giới Tân Lập, Phước Vinh và Hòa Hội vừa được "
        "xây mới, đưa vào sử dụng phục vụ gần 900 học sinh.",
        paragraphs=(
            "Các công trình có tổng vốn đầu tư hơn 45 tỷ đồng, từ nguồn ngân sách tỉnh và vận động "
            "xã hội hóa, gồm phòng học, phòng bộ môn, nhà đa năng và khu vệ sinh đạt chuẩn.",
            "Cô Trần Thị Mai, Hiệu trưởng Trường Tiểu học Hòa Hiệp cho biết, trước đây nhiều lớp "
            "phải học ghép, nay học sinh được học hai buổi mỗi ngày, có phòng tin học và thư viện "
            "thân thiện.",
            "Ngành giáo dục tỉnh đặt mục tiêu đến năm 2027 có 85% trường đạt chuẩn quốc gia.",
        ),
        author="Kim Ngân",
        extra={"dateline": "Thứ hai: 08:00 ngày 10/11/2025"},
    ),
    Story(
        slug="nong-dan-trang-bang-thu-hoach-mang-cau",
        id="168950",
        section="thoi-su-chinh-tri",
        section_name="Thời sự - Chính trị",
        title="Nông dân Trảng Bàng trúng mùa mãng cầu",
        published="2025-11-05T14:30:00+07:00",
        lead="(BTN) - Giá mãng cầu ở mức cao giúp nhiều hộ nông dân thu lãi hơn 200 triệu đồng "
        "mỗi hecta.",
        paragraphs=(
            "Theo ghi nhận, thương lái thu mua mãng cầu loại một với giá 35 đến 40 nghìn đồng/kg, "
            "tăng khoảng 10 nghìn đồng so với cùng kỳ năm trước.",
            "Nhiều hộ đã áp dụng quy trình sản xuất theo hướng hữu cơ, bao trái sớm để hạn chế sâu "
            "bệnh và nâng chất lượng, đáp ứng yêu cầu của các siêu thị.",
            "Hợp tác xã mãng cầu Trảng Bàng đang hoàn thiện hồ sơ cấp mã số vùng trồng để xuất khẩu "
            "sang thị trường Trung Quốc.",
        ),
        author="Thanh Tùng",
        extra={"dateline": "Thứ tư: 14:30 ngày 05/11/2025"},
    ),
)

QUANGTRI = (
    Story(
        slug="quang-tri-dua-tau-ca-vuon-khoi-sau-bao",
        id="201455",
        section="kinh-te",
        section_name="Kinh tế",
        title="Ngư dân Quảng Trị vươn khơi bám biển sau bão",
        published="2025-11-18T06:40:00+07:00",
        lead="QTO - Sau khi bão tan, hàng trăm tàu cá của ngư dân các xã ven biển đã sửa chữa ngư "
        "lưới cụ, nhanh chóng ra khơi khai thác hải sản.",
        paragraphs=(
            "Tại cảng cá Nhật Lệ, phường Đồng Hới, không khí mua bán nhộn nhịp trở lại. Các tàu "
            "câu mực, lưới vây trở về với sản lượng khá, giá mực ống dao động từ 180 đến 250 "
            "nghìn đồng/kg.",
            "Lãnh đạo Chi cục Thủy sản cho biết, ngành chức năng đã hướng dẫn ngư dân lắp đặt và "
            "duy trì thiết bị giám sát hành trình, không khai thác trái phép ở vùng biển nước ngoài.",
            "Tỉnh cũng hỗ trợ lãi suất vay vốn để ngư dân khắc phục thiệt hại, đóng mới tàu vỏ thép.",
        ),
        author="Phan Phương",
        image="/mau-quangtri/media/2025/11/18/tau-ca.jpg",
        caption="Tàu cá cập cảng Nhật Lệ sau chuyến biển đầu tiên sau bão. Ảnh: P.P",
    ),
    Story(
        slug="benh-vien-da-khoa-tinh-ghep-than-thanh-cong",
        id="201470",
        section="y-te",
        section_name="Y tế",
        title="Bệnh viện Đa khoa tỉnh ghép thận thành công ca thứ 10",
        published="2025-11-21T11:00:00+07:00",
        lead="QTO - Bệnh viện Đa khoa tỉnh vừa thực hiện thành công ca ghép thận thứ 10, người "
        "bệnh hồi phục tốt sau 7 ngày.",
        paragraphs=(
            "Người nhận thận là một bệnh nhân nam 42 tuổi, suy thận mạn giai đoạn cuối, phải chạy "
            "thận nhân tạo 3 năm. Người hiến là em gái ruột của bệnh nhân.",
            "Ca ghép có sự hỗ trợ chuyên môn của Bệnh viện Trung ương Huế. Đến nay, đội ngũ bác sĩ "
            "của bệnh viện đã làm chủ kỹ thuật, giúp người bệnh tiết kiệm chi phí đi lại.",
            "Bệnh viện đang chuẩn bị điều kiện để triển khai kỹ thuật ghép giác mạc trong năm 2026.",
        ),
        author="Thanh Trà",
    ),
    Story(
        slug="le-hoi-dat-va-nguoi-quang-binh",
        id="201488",
        section="dat-va-nguoi-quang-binh",
        section_name="Đất và người Quảng Bình",
        title="Đêm hò khoan Lệ Thủy bên dòng Kiến Giang",
        published="2025-11-22T20:15:00+07:00",
        lead="QTO - Những làn điệu hò khoan Lệ Thủy vang lên trong đêm hội bên dòng Kiến Giang, thu "
        "hút hàng nghìn người dân và du khách.",
        paragraphs=(
            "Chương trình do Trung tâm Văn hóa - Thể thao xã Lệ Thủy tổ chức, với sự tham gia của "
            "các câu lạc bộ hò khoan đến từ nhiều thôn.",
            "Nghệ nhân ưu tú Nguyễn Thị Lợi năm nay đã 78 tuổi vẫn miệt mài truyền dạy cho lớp trẻ. "
            "Bà cho biết, hò khoan là tiếng lòng của người dân vùng đồng chiêm trũng.",
            "Địa phương đang xây dựng hồ sơ đề nghị đưa hò khoan Lệ Thủy vào danh mục di sản văn "
            "hóa phi vật thể quốc gia.",
        ),
        author="Thực hiện: Minh Phong",
        credit="Nguồn: Báo Quảng Bình",
    ),
    # A republished story (notes §2.3): Báo Tuyên Quang's report, copied with a new lead and
    # "Theo TQĐT". Near-duplicate detection must show it once outside this site's own feed.
    Story(
        slug="na-hang-don-hon-12-nghin-luot-khach",
        id="201502",
        section="du-lich",
        section_name="Du lịch",
        title="Na Hang đón hơn 12 nghìn lượt khách dịp cuối năm",
        published="2025-11-15T15:20:00+07:00",
        lead="QTO - Khu du lịch sinh thái hồ Na Hang - Lâm Bình (Tuyên Quang) đón hơn 12 nghìn "
        "lượt khách trong tháng 11.",
        paragraphs=TUYENQUANG[1].paragraphs,
        author="",
        credit="Theo TQĐT",
    ),
)

SAMPLES: dict[str, tuple[Story, ...]] = {
    "mau-tuyenquang": TUYENQUANG,
    "mau-tayninh": TAYNINH,
    "mau-quangtri": QUANGTRI,
}
