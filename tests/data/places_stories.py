"""Labelled story paragraphs for place tagging (benchmarks/bench_places.py, tests/test_places.py).

Written for this purpose in the style of provincial papers: today's names, pre-merger names
(with "cũ", with their old district, or in stories dated before 1 July 2025), split communes,
lists, special zones, names shared by several units, and names that are people, companies,
cooperatives or schools. Each paragraph carries the site's province and publication date, and
the units a careful reader would tag under the rules of docs/places.md:

- a place is named with its unit word ("xã", "phường", "đặc khu", "huyện", "TP." ...) or in a
  list under one; a bare name ("ông Quang Minh", "Công ty Hòa Bình", "Trường THCS Minh Quang",
  "về Na Hang") is not a place mention;
- a pre-merger commune stands for the unit(s) that took it over (several when it was split);
- a former district stands for its successors only when there are at most two (island
  districts, small towns); a whole rural district is not tagged;
- a name two units share in the scope (and nothing in the story tells them apart) is not
  tagged.

Labels are unit names as GSO writes them, in the story's province unless prefixed with another
province's slug ("dak-lak:Xã Ea Kao").
"""

from __future__ import annotations

from dataclasses import dataclass

AFTER = "2025-11-20"  # after the merger
BEFORE = "2025-03-12"  # before 1 July 2025: pre-merger names by default


@dataclass(frozen=True)
class Labelled:
    province: str
    text: str
    places: tuple[str, ...] = ()
    published: str = AFTER


def S(province: str, text: str, *places: str, published: str = AFTER) -> Labelled:
    return Labelled(province, text, tuple(places), published)


STORIES: tuple[Labelled, ...] = (
    # --- Tuyên Quang (with the former Hà Giang) ----------------------------------------------
    S(
        "tuyen-quang",
        "Sáng 18/11, Đảng ủy xã Minh Quang tổ chức hội nghị sơ kết công tác quý IV. Bí thư Đảng "
        "ủy xã cho biết, năm nay toàn xã trồng mới hơn 120 ha rừng.",
        "Xã Minh Quang",
    ),
    S(
        "tuyen-quang",
        "Cán bộ, chiến sỹ Công an tỉnh giúp nhân dân thôn Bản Túm, xã Trung Hà (Chiêm Hóa) tu sửa "
        "gần 2 km đường giao thông nông thôn.",
        "Xã Trung Hà",
    ),
    S(
        "tuyen-quang",
        "Nhiều homestay ở thôn Nà Khậu, xã Khuôn Hà kín phòng vào dịp cuối tuần, khách chủ yếu "
        "đến từ Hà Nội và các tỉnh đồng bằng.",
        "Xã Thượng Lâm",
    ),
    S(
        "tuyen-quang",
        "Xã Vinh Quang cũ nay đã sáp nhập vào xã Kim Bình; người dân vẫn quen gọi chợ phiên ở "
        "đây là chợ Vinh Quang.",
        "Xã Kim Bình",
    ),
    S(
        "tuyen-quang",
        "Ngày 14/11, UBND phường Minh Xuân ra mắt mô hình “Tổ dân phố không rác thải nhựa” với "
        "sự tham gia của hơn 300 hộ dân.",
        "Phường Minh Xuân",
    ),
    S(
        "tuyen-quang",
        "Hội Nông dân xã Phù Lưu tổ chức tập huấn kỹ thuật chăm sóc cam sành theo tiêu chuẩn "
        "VietGAP cho 80 hội viên.",
        "Xã Phù Lưu",
    ),
    S(
        "tuyen-quang",
        "Năm nay, diện tích cam toàn huyện Hàm Yên cũ đạt khoảng 5.800 ha, sản lượng dự kiến hơn "
        "90 nghìn tấn.",
    ),
    S(
        "tuyen-quang",
        "Ông Quang Minh, Giám đốc Công ty TNHH Hòa Bình cho biết doanh nghiệp sẽ mở rộng nhà "
        "xưởng chế biến chè trong năm tới.",
    ),
    S(
        "tuyen-quang",
        "Hợp tác xã Chè Minh Quang vừa được công nhận sản phẩm OCOP 4 sao, mở ra cơ hội đưa chè "
        "shan tuyết vào các siêu thị lớn.",
    ),
    S(
        "tuyen-quang",
        "Đoàn công tác của tỉnh đã kiểm tra tiến độ xây dựng trường học tại các xã Lùng Tám, "
        "Đường Hồng và Tân Long.",
        "Xã Lùng Tám",
        "Xã Đường Hồng",
        "Xã Tân Long",
    ),
    S(
        "tuyen-quang",
        "Du khách đổ về Na Hang ngắm hồ, còn ở Lâm Bình các bản Tày mở cửa đón khách trải "
        "nghiệm văn hóa.",
    ),
    S(
        "tuyen-quang",
        "Mưa lớn kéo dài gây sạt lở nhiều điểm trên tuyến đường qua xã Phú Nam (Bắc Mê), giao "
        "thông bị chia cắt nhiều giờ.",
        "Xã Đường Hồng",
        published=BEFORE,
    ),
    S(
        "tuyen-quang",
        "Tại phường Hà Giang 1, lực lượng chức năng ra quân lập lại trật tự đô thị trên các "
        "tuyến phố trung tâm.",
        "Phường Hà Giang 1",
    ),
    S(
        "tuyen-quang",
        "Xã Yên Định cũ được chia về hai xã Ngọc Đường và Minh Ngọc; các thôn giáp ranh đã "
        "hoàn tất bàn giao hồ sơ đất đai.",
        "Xã Ngọc Đường",
        "Xã Minh Ngọc",
    ),
    S(
        "tuyen-quang",
        "Công an xã Trung Hà tuyên truyền phòng chống đuối nước cho học sinh Trường Tiểu học "
        "Trung Hà trước mùa lũ.",
        "Xã Trung Hà",
    ),
    S(
        "tuyen-quang",
        "Trường THCS Minh Quang tổ chức lễ kỷ niệm 40 năm thành lập; nhiều thế hệ học sinh đã "
        "về dự.",
    ),
    S(
        "tuyen-quang",
        "Mùa hoa tam giác mạch năm nay, xã Lũng Cú đón hơn 20 nghìn lượt khách, gấp đôi cùng kỳ.",
        "Xã Lũng Cú",
    ),
    S(
        "tuyen-quang",
        "Nhà máy chế biến gỗ của Công ty Cổ phần Tân Quang đóng trên địa bàn thôn Làng Ải đã đi "
        "vào hoạt động.",
    ),
    S(
        "tuyen-quang",
        "Thị trấn Vinh Quang, huyện Hoàng Su Phì nổi tiếng với những thửa ruộng bậc thang vàng "
        "óng mỗi độ thu về.",
        "Xã Hoàng Su Phì",
        published=BEFORE,
    ),
    S(
        "tuyen-quang",
        "Phường Phan Thiết, thành phố Tuyên Quang tổ chức ngày hội đại đoàn kết toàn dân tộc ở "
        "tổ dân phố 5.",
        "Phường Minh Xuân",
        published=BEFORE,
    ),
    # --- Tây Ninh (with the former Long An) -------------------------------------------------
    S(
        "tay-ninh",
        "(BTN) - Công an phường Hòa Thành tổ chức lễ ra quân đợt cao điểm tấn công, trấn áp tội "
        "phạm dịp cuối năm.",
        "Phường Hoà Thành",
    ),
    S(
        "tay-ninh",
        "Công ty TNHH MTV Xổ số kiến thiết Tây Ninh trao giải đặc biệt cho một khách hàng ở "
        "phường Long Hoa.",
        "Phường Long Hoa",
    ),
    S(
        "tay-ninh",
        "Ông Nguyễn Văn Hòa, Phó Giám đốc Sở Xây dựng cho biết tỉnh ưu tiên vốn cho tuyến vành "
        "đai 4 và cầu qua sông Vàm Cỏ Đông.",
    ),
    S(
        "tay-ninh",
        "UBND xã Dương Minh Châu vừa tổ chức đối thoại với nông dân trồng mía về giá thu mua vụ "
        "mới.",
        "Xã Dương Minh Châu",
    ),
    S(
        "tay-ninh",
        "Phường 3, thành phố Tây Ninh cũ nay thuộc phường Tân Ninh; trụ sở cũ được dùng làm nhà "
        "văn hóa khu phố.",
        "Phường Tân Ninh",
    ),
    S(
        "tay-ninh",
        "Nông dân xã Truông Mít thu hoạch mì sớm do giá tăng, nhiều ruộng đạt 35 tấn mỗi hecta.",
        "Xã Truông Mít",
    ),
    S(
        "tay-ninh",
        "Xã Bình Hiệp (thị xã Kiến Tường) có đường biên giới dài hơn 10 km giáp Campuchia, lực "
        "lượng biên phòng tăng cường tuần tra.",
        "Xã Bình Hiệp",
        published=BEFORE,
    ),
    S(
        "tay-ninh",
        "Hợp tác xã mãng cầu Trảng Bàng đang hoàn thiện hồ sơ cấp mã số vùng trồng để xuất khẩu.",
    ),
    S(
        "tay-ninh",
        "Sau sáp nhập, xã Tân Phú cũ (Tân Châu) được chia về xã Tân Châu và xã Tân Phú mới.",
        "Xã Tân Châu",
        "Xã Tân Phú",
    ),
    S(
        "tay-ninh",
        "Cô Trần Thị Mai, Hiệu trưởng Trường Tiểu học Hòa Hiệp cho biết học sinh nay được học "
        "hai buổi mỗi ngày.",
    ),
    S(
        "tay-ninh",
        "Thị xã Trảng Bàng cũ có 6 phường, xã; nay địa bàn này thuộc nhiều đơn vị hành chính mới.",
    ),
    S(
        "tay-ninh",
        "Người dân phường Trảng Bàng tham gia ngày chủ nhật xanh, thu gom hơn 2 tấn rác dọc "
        "kênh Đông.",
        "Phường Trảng Bàng",
    ),
    S(
        "tay-ninh",
        "Xã Vĩnh Thuận, huyện Vĩnh Hưng cũ nay được chia về xã Vĩnh Hưng và xã Tuyên Bình.",
        "Xã Vĩnh Hưng",
        "Xã Tuyên Bình",
    ),
    S(
        "tay-ninh",
        "Đoàn thiện nguyện của Công ty Hòa Bình Xanh trao 200 suất quà cho hộ nghèo ấp Trường Lưu.",
    ),
    # --- Quảng Trị (with the former Quảng Bình) ---------------------------------------------
    S(
        "quang-tri",
        "QTO - Trung tâm Văn hóa - Thể thao xã Lệ Thủy tổ chức đêm hò khoan bên dòng Kiến Giang.",
        "Xã Lệ Thủy",
    ),
    S(
        "quang-tri",
        "Tàu cá của ngư dân các xã ven biển cập cảng Nhật Lệ sau chuyến biển đầu tiên sau bão.",
    ),
    S(
        "quang-tri",
        "Đoàn công tác thăm, tặng quà cán bộ, chiến sĩ đang công tác tại đặc khu Cồn Cỏ.",
        "Đặc khu Cồn Cỏ",
    ),
    S(
        "quang-tri",
        "Xã A Ngo (Đa Krông) nay thuộc xã La Lay; tuyến đường lên cửa khẩu đang được nâng cấp.",
        "Xã La Lay",
    ),
    S(
        "quang-tri",
        "UBND xã Triệu Cơ huy động người dân gia cố đê bao trước mùa mưa bão.",
        "Xã Triệu Cơ",
    ),
    S(
        "quang-tri",
        "Phường Bắc Lý (Đồng Hới) tổ chức lễ phát động phong trào “Ngày thứ bảy văn minh”.",
        "Phường Đồng Thuận",
        published=BEFORE,
    ),
    S(
        "quang-tri",
        "Nông dân xã Trường Sơn mở rộng diện tích trồng sâm Bố Chính dưới tán rừng.",
        "Xã Trường Sơn",
    ),
    S(
        "quang-tri",
        "Thị xã Quảng Trị cũ nay là phường Quảng Trị, nơi có Thành cổ Quảng Trị.",
        "Phường Quảng Trị",
    ),
    S(
        "quang-tri",
        "Nghệ nhân ưu tú Nguyễn Thị Lợi năm nay đã 78 tuổi vẫn truyền dạy hò khoan cho lớp trẻ.",
    ),
    S(
        "quang-tri",
        "Bệnh viện Đa khoa tỉnh phối hợp Bệnh viện Trung ương Huế ghép thận thành công ca thứ 10.",
    ),
    # --- Đắk Lắk (with the former Phú Yên) --------------------------------------------------
    S(
        "dak-lak",
        "Giá cà phê tăng, nông dân xã Krông Búk phấn khởi thu hoạch vụ mới.",
        "Xã Krông Búk",
    ),
    S(
        "dak-lak",
        "Xã Sơn Long (Sơn Hòa) nay thuộc xã Vân Hòa; người dân được hỗ trợ chuyển đổi cây trồng.",
        "Xã Vân Hòa",
    ),
    S(
        "dak-lak",
        "Tại xã Đắk Phơi, mô hình du lịch cộng đồng ở buôn Jun thu hút khách quốc tế.",
        "Xã Đắk Phơi",
    ),
    S(
        "dak-lak",
        "Phường Phú Lâm (thành phố Tuy Hòa) ra mắt mô hình camera an ninh do nhân dân đóng góp.",
        "Phường Phú Yên",
        published=BEFORE,
    ),
    S(
        "dak-lak",
        "Phường 9 cũ của thành phố Tuy Hòa được chia về phường Tuy Hòa và phường Bình Kiến.",
        "Phường Tuy Hòa",
        "Phường Bình Kiến",
    ),
    S(
        "dak-lak",
        "Ông Y Khoa Niê, Giám đốc Hợp tác xã Ea Kao chia sẻ kinh nghiệm trồng sầu riêng hữu cơ.",
    ),
    S(
        "dak-lak",
        "Người dân xã Ea H'Leo dự lễ hội cồng chiêng mừng lúa mới tại buôn Dliê Yang.",
        "Xã Ea H’leo",
    ),
    S(
        "dak-lak",
        "UBND phường Hòa Hiệp tổ chức cưỡng chế công trình lấn chiếm hành lang bờ biển.",
        "Phường Hòa Hiệp",
    ),
    # --- Lào Cai (with the former Yên Bái) --------------------------------------------------
    S("lao-cai", "Xã Bát Xát hoàn thành 100% nhà ở cho hộ nghèo trước thời hạn.", "Xã Bát Xát"),
    S("lao-cai", "Xã Cốc San tổ chức phiên chợ nông sản an toàn mỗi sáng chủ nhật.", "Xã Cốc San"),
    S(
        "lao-cai",
        "Thôn Nậm Khánh, xã Bản Liền có hơn 200 ha chè cổ thụ được cấp chứng nhận hữu cơ.",
        "Xã Bản Liền",
    ),
    S(
        "lao-cai",
        "Xã Lang Thíp, huyện Văn Yên đẩy mạnh trồng quế theo chuỗi liên kết.",
        "Xã Lâm Giang",
        published=BEFORE,
    ),
    S(
        "lao-cai",
        "Các xã Dương Quỳ, Lâm Giang và Bản Liền được hỗ trợ xây nhà văn hóa thôn.",
        "Xã Dương Quỳ",
        "Xã Lâm Giang",
        "Xã Bản Liền",
    ),
    S("lao-cai", "Mường Hum, Y Tý và A Mú Sung là những điểm du lịch hút khách mùa lúa chín."),
    S("lao-cai", "Bà Hoàng Thị Mai, chủ Hợp tác xã Quế Văn Yên, cho biết giá quế khô đã tăng 15%."),
    # --- Nghệ An ----------------------------------------------------------------------------
    S(
        "nghe-an",
        "Xã Mường Típ (Kỳ Sơn) vẫn còn nhiều bản chưa có điện lưới quốc gia.",
        "Xã Mường Típ",
    ),
    S(
        "nghe-an",
        "Người dân xã Hạnh Lâm thu hoạch chè công nghiệp, năng suất đạt 12 tấn/ha.",
        "Xã Hạnh Lâm",
    ),
    S(
        "nghe-an",
        "Xã Anh Sơn Đông khánh thành cầu treo bắc qua sông Lam, phục vụ hơn 2.000 hộ dân.",
        "Xã Anh Sơn Đông",
    ),
    S(
        "nghe-an",
        "Xã Diễn Lộc, huyện Diễn Châu nay thuộc xã Tân Châu; các hợp tác xã đang sắp xếp lại "
        "vùng nguyên liệu.",
        "Xã Tân Châu",
    ),
    S("nghe-an", "Ông Nghi Thạch, giáo viên về hưu, dành cả đời sưu tầm sách cổ về xứ Nghệ."),
    S(
        "nghe-an",
        "Xã Thịnh Trường (Nghi Lộc) xây dựng cánh đồng mẫu lớn trồng lạc.",
        "Xã Đông Lộc",
        published=BEFORE,
    ),
    # --- An Giang (with the former Kiên Giang) ----------------------------------------------
    S(
        "an-giang",
        "Đặc khu Phú Quốc đón hơn 1 triệu lượt khách quốc tế từ đầu năm.",
        "Đặc khu Phú Quốc",
    ),
    S(
        "an-giang",
        "Huyện Kiên Hải cũ nay là đặc khu Kiên Hải; ngư dân đảo Hòn Tre chuẩn bị vụ cá cơm.",
        "Đặc khu Kiên Hải",
    ),
    S(
        "an-giang",
        "Phường Vĩnh Tế tổ chức lễ hội Vía Bà Chúa Xứ núi Sam với nhiều hoạt động văn hóa.",
        "Phường Vĩnh Tế",
    ),
    S(
        "an-giang",
        "Xã Vĩnh Châu cũ (Châu Đốc) được chia về phường Châu Đốc và phường Vĩnh Tế.",
        "Phường Châu Đốc",
        "Phường Vĩnh Tế",
    ),
    S(
        "an-giang",
        "Phường Pháo Đài, thành phố Hà Tiên phát triển du lịch biển gắn với di tích lịch sử.",
        "Phường Hà Tiên",
        published=BEFORE,
    ),
    S(
        "an-giang",
        "Nông dân xã Ngọc Chúc xuống giống lúa thơm vụ đông xuân sớm hơn mọi năm.",
        "Xã Ngọc Chúc",
    ),
    S("an-giang", "Người dân xã Bình Hòa góp tiền làm đường bê tông liên ấp.", "Xã Bình Hòa"),
    S(
        "an-giang",
        "Huyện đảo Phú Quốc trước đây nay là đặc khu Phú Quốc và đặc khu Thổ Châu.",
        "Đặc khu Phú Quốc",
        "Đặc khu Thổ Châu",
    ),
    # --- Hải Phòng (with the former Hải Dương) ----------------------------------------------
    S(
        "hai-phong",
        "Xã Nguyên Giáp tổ chức lễ hội đền thờ danh nhân, thu hút hàng nghìn người dân.",
        "Xã Nguyên Giáp",
    ),
    S(
        "hai-phong",
        "Phường Nam Triệu khởi công khu nhà ở xã hội cho công nhân.",
        "Phường Nam Triệu",
    ),
    S(
        "hai-phong",
        "Thị trấn Thanh Miện (huyện Thanh Miện) nay thuộc xã Thanh Miện.",
        "Xã Thanh Miện",
    ),
    S(
        "hai-phong",
        "Đặc khu Bạch Long Vĩ được đầu tư hệ thống điện gió và lọc nước biển.",
        "Đặc khu Bạch Long Vĩ",
    ),
    S(
        "hai-phong",
        "Huyện Cát Hải cũ nay là đặc khu Cát Hải; dự án cảng cửa ngõ tiếp tục triển khai.",
        "Đặc khu Cát Hải",
    ),
    S(
        "hai-phong",
        "Thị trấn Gia Lộc cũ được chia về xã Gia Lộc và xã Gia Phúc.",
        "Xã Gia Lộc",
        "Xã Gia Phúc",
    ),
    S("hai-phong", "Công ty Cổ phần Xây dựng Nam Triệu trúng thầu gói đường ven sông."),
    S(
        "hai-phong",
        "Nông dân xã Quyết Thắng trồng thử nghiệm giống lúa chịu mặn.",
        "Xã Quyết Thắng",
    ),
    # --- Thanh Hóa --------------------------------------------------------------------------
    S(
        "thanh-hoa",
        "Xã Thiết Ống đẩy mạnh trồng tre luồng, thu nhập bình quân tăng 20%.",
        "Xã Thiết Ống",
    ),
    S(
        "thanh-hoa",
        "Lũ quét gây thiệt hại nặng tại xã Mường Mìn, nhiều hộ phải di dời khẩn cấp.",
        "Xã Mường Mìn",
    ),
    S(
        "thanh-hoa",
        "Xã Hiền Chung (Quan Hóa) nay thuộc xã Hiền Kiệt, nơi có bản du lịch cộng đồng Pù Luông.",
        "Xã Hiền Kiệt",
    ),
    S(
        "thanh-hoa",
        "Xã Luận Khê cũ được chia về xã Luận Thành và xã Tân Thành.",
        "Xã Luận Thành",
        "Xã Tân Thành",
    ),
    S(
        "thanh-hoa",
        "Ông Lê Văn Thiết, Chủ tịch Hội đồng quản trị Công ty Mậu Lâm, trao học bổng cho học sinh.",
    ),
    S(
        "thanh-hoa",
        "Người dân xã Mậu Lâm trồng dứa xen cao su, mỗi năm thu hơn 100 triệu đồng/ha.",
        "Xã Mậu Lâm",
    ),
    # --- Gia Lai (with the former Bình Định) ------------------------------------------------
    S("gia-lai", "Phường An Nhơn Bắc ra mắt chợ đêm phục vụ du khách.", "Phường An Nhơn Bắc"),
    S("gia-lai", "Xã Cát Sơn, huyện Phù Cát nay thuộc xã Hội Sơn.", "Xã Hội Sơn"),
    S("gia-lai", "Nông dân xã Chư Krey thu hoạch mì, giá bán 3.000 đồng/kg.", "Xã Chư Krey"),
    S(
        "gia-lai",
        "Xã An Nghĩa cũ (An Lão) được chia về xã An Toàn và xã An Hòa.",
        "Xã An Toàn",
        "Xã An Hòa",
    ),
    S("gia-lai", "Ông Rơ Mah Hội, già làng ở Chư Păh, vẫn giữ nghề đan gùi truyền thống."),
    # --- Lâm Đồng (with the former Đắk Nông, Bình Thuận) -------------------------------------
    S("lam-dong", "Xã Tà Hine đưa vào sử dụng trạm y tế mới khang trang.", "Xã Tà Hine"),
    S("lam-dong", "Ngư dân xã Phan Rí Cửa trúng mùa cá cơm.", "Xã Phan Rí Cửa"),
    S("lam-dong", "Đặc khu Phú Quý khánh thành nhà máy điện gió thứ hai.", "Đặc khu Phú Quý"),
    S(
        "lam-dong",
        "Xã Quảng Trực, nơi có đường biên giới dài nhất tỉnh, tăng cường tuần tra chung với "
        "lực lượng biên phòng.",
        "Xã Quảng Trực",
    ),
    S(
        "lam-dong",
        "Thị trấn Phan Rí Cửa, huyện Tuy Phong chuẩn bị lễ hội Nghinh Ông.",
        "Xã Phan Rí Cửa",
        published=BEFORE,
    ),
    S(
        "lam-dong",
        "Xã Bảo Thuận và xã Tà Hine phối hợp bảo vệ rừng phòng hộ đầu nguồn.",
        "Xã Bảo Thuận",
        "Xã Tà Hine",
    ),
    # --- Cà Mau (with the former Bạc Liêu) --------------------------------------------------
    S("ca-mau", "Xã Cái Nước hoàn thành tuyến đê ngăn mặn dài 3 km.", "Xã Cái Nước"),
    S("ca-mau", "Xã Gành Hào tổ chức lễ hội Nghinh Ông thu hút hàng nghìn ngư dân.", "Xã Gành Hào"),
    S(
        "ca-mau",
        "Phường 7 cũ của thành phố Cà Mau nay thuộc phường Tân Thành và phường Hòa Thành.",
        "Phường Tân Thành",
        "Phường Hòa Thành",
    ),
    S(
        "ca-mau",
        "Xã Nguyễn Phích cũ (U Minh) được chia về ba xã Nguyễn Phích, Khánh An và Khánh Lâm.",
        "Xã Nguyễn Phích",
        "Xã Khánh An",
        "Xã Khánh Lâm",
    ),
    S(
        "ca-mau",
        "Xã Đông Hải và xã Gành Hào cùng ra quân dọn rác bãi biển.",
        "Xã Đông Hải",
        "Xã Gành Hào",
    ),
    S("ca-mau", "Ông Phong Thạnh, chủ vựa tôm ở chợ Giá Rai, cho biết giá tôm càng tăng mạnh."),
    # --- Ninh Bình (with the former Hà Nam, Nam Định) ---------------------------------------
    S(
        "ninh-binh",
        "Phường Yên Thắng khởi công tuyến đường nối khu du lịch Tam Cốc.",
        "Phường Yên Thắng",
    ),
    S(
        "ninh-binh",
        "Xã Giao Phúc phát triển nghề nuôi ngao, doanh thu hàng chục tỷ đồng mỗi năm.",
        "Xã Giao Phúc",
    ),
    S(
        "ninh-binh",
        "Phường Quang Trung cũ của thành phố Phủ Lý được chia về phường Phủ Lý và phường Hà Nam.",
        "Phường Phủ Lý",
        "Phường Hà Nam",
    ),
    S(
        "ninh-binh",
        "Thị trấn Xuân Trường, huyện Xuân Trường tổ chức giải bóng đá thiếu niên.",
        "Xã Xuân Trường",
        published=BEFORE,
    ),
    S(
        "ninh-binh",
        "Xã Gia Lâm và xã Yên Cường được công nhận đạt chuẩn nông thôn mới nâng cao.",
        "Xã Gia Lâm",
        "Xã Yên Cường",
    ),
    # --- Phú Thọ (with the former Vĩnh Phúc, Hòa Bình) --------------------------------------
    S(
        "phu-tho",
        "Phường Tân Hòa tổ chức ngày hội văn hóa các dân tộc Mường, Dao, Tày.",
        "Phường Tân Hòa",
    ),
    S("phu-tho", "Xã Thọ Văn có 3 sản phẩm đạt chuẩn OCOP.", "Xã Thọ Văn"),
    S("phu-tho", "Phường Kỳ Sơn thu hút dự án khu công nghiệp mới.", "Phường Kỳ Sơn"),
    S("phu-tho", "Thị trấn Tứ Trưng, huyện Vĩnh Tường nay thuộc xã Vĩnh Tường.", "Xã Vĩnh Tường"),
    S(
        "phu-tho",
        "Công ty Hòa Bình Minerals đề xuất mở rộng mỏ đá, người dân lo ngại bụi.",
    ),
    S(
        "phu-tho",
        "Xã Cao Sơn cũ (Lương Sơn) được chia về xã Lương Sơn và xã Liên Sơn.",
        "Xã Lương Sơn",
        "Xã Liên Sơn",
    ),
    S(
        "phu-tho",
        "Thành phố Hòa Bình cũ có nhiều phường, xã; nay địa bàn được sắp xếp lại thành các "
        "phường mới.",
    ),
    # --- Khánh Hòa, Quảng Ngãi, Vĩnh Long, Hà Tĩnh ------------------------------------------
    S(
        "khanh-hoa",
        "Phường Hòa Thắng triển khai dự án chỉnh trang đô thị ven sông Dinh.",
        "Phường Hòa Thắng",
    ),
    S(
        "khanh-hoa",
        "Đặc khu Trường Sa đón đoàn công tác số 10 ra thăm, tặng quà quân và dân trên đảo.",
        "Đặc khu Trường Sa",
    ),
    S(
        "khanh-hoa",
        "Xã Cam An Nam cũ được chia về xã Cam Lâm và xã Cam An.",
        "Xã Cam Lâm",
        "Xã Cam An",
    ),
    S(
        "khanh-hoa",
        "Nông dân xã Suối Hiệp trồng sầu riêng xen xoài, lãi hơn 300 triệu đồng/ha.",
        "Xã Suối Hiệp",
    ),
    S("quang-ngai", "Đặc khu Lý Sơn được mùa tỏi, giá bán ổn định.", "Đặc khu Lý Sơn"),
    S("quang-ngai", "Huyện đảo Lý Sơn trước đây nay là đặc khu Lý Sơn.", "Đặc khu Lý Sơn"),
    S(
        "quang-ngai",
        "Xã Bình Chương tổ chức trao quà cho học sinh vùng khó khăn.",
        "Xã Bình Chương",
    ),
    S(
        "quang-ngai",
        "Xã Phổ Cường (Đức Phổ) nay thuộc xã Khánh Cường; cảng cá Mỹ Á được nạo vét.",
        "Xã Khánh Cường",
    ),
    S(
        "vinh-long",
        "Phường 9 cũ của thành phố Vĩnh Long nay thuộc phường Long Châu.",
        "Phường Long Châu",
    ),
    S("vinh-long", "Xã Thạnh Phong khai thác du lịch biển, rừng phòng hộ.", "Xã Thạnh Phong"),
    S(
        "vinh-long",
        "Xã Lương Phú và xã Tam Ngãi được hỗ trợ vốn phát triển dừa hữu cơ.",
        "Xã Lương Phú",
        "Xã Tam Ngãi",
    ),
    S("vinh-long", "Ông Lục Sĩ Thành, một nông dân giỏi, chia sẻ kinh nghiệm trồng bưởi da xanh."),
    S("ha-tinh", "Phường Hoành Sơn tổ chức diễn tập phòng chống thiên tai.", "Phường Hoành Sơn"),
    S(
        "ha-tinh",
        "Xã Kỳ Lợi cũ được chia về các phường Sông Trí, Vũng Áng và Hoành Sơn.",
        "Phường Sông Trí",
        "Phường Vũng Áng",
        "Phường Hoành Sơn",
    ),
    S(
        "ha-tinh",
        "Xã Sơn Tiến và xã Sơn Giang phát triển vùng cam bù Hương Sơn.",
        "Xã Sơn Tiến",
        "Xã Sơn Giang",
    ),
    S("ha-tinh", "Xã Cẩm Lạc khởi công đường liên xã.", "Xã Cẩm Lạc"),
    # --- Hà Nội, TP Hồ Chí Minh, Đà Nẵng, Huế, Cần Thơ --------------------------------------
    S("ha-noi", "Phường Đông Ngạc tổ chức lễ hội đình làng Đông Ngạc.", "Phường Đông Ngạc"),
    S("ha-noi", "Xã Quảng Oai phát triển chăn nuôi bò sữa theo hướng hữu cơ.", "Xã Quảng Oai"),
    S("ha-noi", "Phường Phú Lương khánh thành công viên cây xanh hơn 2 ha.", "Phường Phú Lương"),
    S("ha-noi", "Xã Tây Phương được công nhận làng nghề mộc truyền thống.", "Xã Tây Phương"),
    S(
        "ha-noi",
        "Quận Hoàn Kiếm cũ có 18 phường; nay địa bàn thuộc các phường Hoàn Kiếm, Cửa Nam và một "
        "phần các phường lân cận.",
        "Phường Hoàn Kiếm",
        "Phường Cửa Nam",
    ),
    S("ho-chi-minh", "Đặc khu Côn Đảo đón chuyến bay thẳng đầu tiên từ Hà Nội.", "Đặc khu Côn Đảo"),
    S(
        "ho-chi-minh",
        "Phường Long Trường khởi công cầu kết nối với Đồng Nai.",
        "Phường Long Trường",
    ),
    S("ho-chi-minh", "Phường Thới Hòa là nơi tập trung nhiều khu công nghiệp.", "Phường Thới Hòa"),
    S(
        "ho-chi-minh",
        "Phường Long Tâm (thành phố Bà Rịa) nay thuộc phường Tam Long.",
        "Phường Tam Long",
    ),
    S("ho-chi-minh", "Thành phố Thủ Đức cũ nay được chia thành nhiều phường mới."),
    S("da-nang", "Phường Ngũ Hành Sơn tổ chức lễ hội Quán Thế Âm.", "Phường Ngũ Hành Sơn"),
    S("da-nang", "Xã Tam Xuân đẩy mạnh trồng rừng gỗ lớn.", "Xã Tam Xuân"),
    S(
        "da-nang",
        "Đặc khu Hoàng Sa tổ chức lễ khao lề thế lính Hoàng Sa tại nhà trưng bày.",
        "Đặc khu Hoàng Sa",
    ),
    S("hue", "Phường Kim Long phát triển làng du lịch nhà vườn.", "Phường Kim Long"),
    S(
        "hue",
        "Xã Phú Hồ và xã Long Quảng ra quân làm thủy lợi đầu năm.",
        "Xã Phú Hồ",
        "Xã Long Quảng",
    ),
    S(
        "hue",
        "Thị xã Phong Điền cũ nay có nhiều xã, phường mới; phường Phong Điền là trung tâm.",
        "Phường Phong Điền",
    ),
    S("can-tho", "Phường Thốt Nốt khởi công chợ mới.", "Phường Thốt Nốt"),
    S("can-tho", "Thị trấn An Lạc Thôn (Kế Sách) nay thuộc xã An Lạc Thôn.", "Xã An Lạc Thôn"),
    # --- other provinces named in the story --------------------------------------------------
    S(
        "tuyen-quang",
        "Đoàn công tác của tỉnh đến học tập mô hình nuôi cá lồng tại xã Ea Kao, tỉnh Đắk Lắk.",
        "dak-lak:Phường Ea Kao",
    ),
    S(
        "quang-tri",
        "Đoàn văn công biểu diễn phục vụ nhân dân xã Lệ Thủy và đặc khu Côn Đảo, TP Hồ Chí Minh.",
        "Xã Lệ Thủy",
        "ho-chi-minh:Đặc khu Côn Đảo",
    ),
    S(
        "tay-ninh",
        "Nhiều lao động của tỉnh làm việc tại phường Long Trường, TP. Hồ Chí Minh.",
        "ho-chi-minh:Phường Long Trường",
    ),
    S(
        "tuyen-quang",
        "Bà con xã Bát Xát (Lào Cai) sang giao lưu văn nghệ với đồng bào xã Minh Quang.",
        "lao-cai:Xã Bát Xát",
        "Xã Minh Quang",
    ),
    S(
        "lao-cai",
        "Cán bộ xã Lùng Tám, tỉnh Tuyên Quang đến trao đổi kinh nghiệm làm du lịch cộng đồng.",
        "tuyen-quang:Xã Lùng Tám",
    ),
    # --- names several units share -----------------------------------------------------------
    S("tuyen-quang", "Xã Hòa Bình cũ từng nổi tiếng với đồi chè cổ thụ."),
    S(
        "lang-son",
        "Xã Hòa Bình cũ nay đã thuộc đơn vị hành chính mới, người dân đề nghị giữ tên chợ cũ.",
    ),
    S("ha-noi", "Xã Minh Quang cũ có nghề trồng sắn dây lâu đời.", "Xã Ba Vì"),
    S("hung-yen", "Xã Minh Quang cũ tổ chức lễ hội truyền thống vào tháng Giêng."),
    S(
        "tay-ninh",
        "Xã Tân Thành và xã Tân Thạnh đều đề xuất mở rộng chợ nông sản.",
        "Xã Tân Thành",
        "Xã Tân Thạnh",
    ),
    S("ca-mau", "Phường Hòa Thành tổ chức hội thi nấu ăn cho hội viên phụ nữ.", "Phường Hòa Thành"),
    S(
        "tay-ninh",
        "Người dân phường Hòa Thành và phường Long Hoa dâng hương tại Tòa Thánh.",
        "Phường Hoà Thành",
        "Phường Long Hoa",
    ),
    # --- stories before the merger -----------------------------------------------------------
    S(
        "tuyen-quang",
        "Xã Kim Bình, huyện Chiêm Hóa tổ chức lễ đón bằng công nhận xã đạt chuẩn nông thôn mới.",
        "Xã Kim Bình",
        published=BEFORE,
    ),
    S(
        "tuyen-quang",
        "Xã Bình Nhân đầu tư hệ thống tưới tiêu cho 50 ha lúa.",
        "Xã Kim Bình",
        published=BEFORE,
    ),
    S(
        "quang-tri",
        "Xã Triệu Tài (Triệu Phong) hoàn thành bê tông hóa đường thôn.",
        "Xã Triệu Cơ",
        published=BEFORE,
    ),
    S(
        "an-giang",
        "Xã Phú Hiệp (Phú Tân) tổ chức ngày hội đại đoàn kết.",
        "Xã Hòa Lạc",
        published=BEFORE,
    ),
    S(
        "son-la",
        "Xã Chiềng Ân, huyện Mường La phát triển cây ăn quả trên đất dốc.",
        "Xã Chiềng Hoa",
        published=BEFORE,
    ),
    S(
        "dien-bien",
        "Thị trấn Tuần Giáo chỉnh trang đô thị đón Tết.",
        "Xã Tuần Giáo",
        published=BEFORE,
    ),
    S(
        "cao-bang",
        "Xã Ngọc Côn, huyện Trùng Khánh đón khách tham quan thác Bản Giốc.",
        "Xã Đình Phong",
        published=BEFORE,
    ),
    S(
        "lang-son",
        "Thị trấn Thất Khê (Tràng Định) ra quân làm sạch môi trường.",
        "Xã Thất Khê",
        "Xã Quốc Khánh",
        published=BEFORE,
    ),
    S(
        "quang-ninh",
        "Phường Ka Long (Móng Cái) đẩy mạnh du lịch biên giới.",
        "Phường Móng Cái 2",
        published=BEFORE,
    ),
    S(
        "bac-ninh",
        "Xã Lạc Vệ, huyện Tiên Du phát triển nghề trồng hoa.",
        "Xã Tân Chi",
        published=BEFORE,
    ),
    S(
        "dong-nai",
        "Phường Bàu Sen (Long Khánh) tổ chức hội chợ trái cây.",
        "Phường Xuân Lập",
        published=BEFORE,
    ),
    S(
        "dong-thap",
        "Thị trấn Cái Bè tổ chức chợ nổi về đêm phục vụ du khách.",
        "Xã Cái Bè",
        published=BEFORE,
    ),
    S(
        "thai-nguyen",
        "Xã Bộc Nhiêu (Định Hóa) phát triển du lịch ATK.",
        "Xã Trung Hội",
        published=BEFORE,
    ),
    S(
        "lai-chau",
        "Xã Hố Mít (Tân Uyên) trồng chè theo hướng hữu cơ.",
        "Xã Pắc Ta",
        published=BEFORE,
    ),
    # --- today's names across the other provinces --------------------------------------------
    S("son-la", "Phường Chiềng An tổ chức ngày hội văn hóa dân tộc Thái.", "Phường Chiềng An"),
    S(
        "son-la",
        "Xã Long Hẹ và xã Chiềng Mung được đầu tư đường giao thông liên xã.",
        "Xã Long Hẹ",
        "Xã Chiềng Mung",
    ),
    S(
        "dien-bien",
        "Xã Quài Tở và xã Sính Phình đón bằng công nhận xã đạt chuẩn nông thôn mới.",
        "Xã Quài Tở",
        "Xã Sính Phình",
    ),
    S("cao-bang", "Xã Đoài Dương phát triển du lịch homestay gần thác Bản Giốc.", "Xã Đoài Dương"),
    S("lang-son", "Xã Vạn Linh tổ chức phiên chợ na lớn nhất năm.", "Xã Vạn Linh"),
    S("quang-ninh", "Phường Hà Lầm tổ chức lễ tri ân thợ mỏ.", "Phường Hà Lầm"),
    S("bac-ninh", "Phường Trí Quả ra mắt câu lạc bộ dân ca quan họ.", "Phường Trí Quả"),
    S(
        "hung-yen",
        "Xã Khoái Châu và xã Chí Minh phát triển vùng trồng nhãn lồng.",
        "Xã Khoái Châu",
        "Xã Chí Minh",
    ),
    S("dong-nai", "Phường Tam Hiệp cải tạo chợ truyền thống.", "Phường Tam Hiệp"),
    S(
        "dong-thap",
        "Xã Mỹ Thiện và xã Tân Đông ra quân phòng chống sạt lở bờ sông.",
        "Xã Mỹ Thiện",
        "Xã Tân Đông",
    ),
    S("thai-nguyen", "Phường Sông Công đón dự án nhà máy điện tử mới.", "Phường Sông Công"),
    S("lai-chau", "Xã Mù Cả là địa bàn vùng cao, giáp biên giới Việt - Trung.", "Xã Mù Cả"),
    S("gia-lai", "Xã Tuy Phước Tây ra quân làm đường giao thông nông thôn.", "Xã Tuy Phước Tây"),
    S("quang-ngai", "Xã Sơn Tây Hạ đón đoàn công tác của Ủy ban Dân tộc.", "Xã Sơn Tây Hạ"),
    S(
        "nghe-an",
        "Chủ tịch UBND xã Đông Lộc cho biết 100% hộ dân đã dùng nước sạch.",
        "Xã Đông Lộc",
    ),
    S("thanh-hoa", "Xã Nam Xuân phát triển du lịch sinh thái trên lòng hồ.", "Xã Nam Xuân"),
    S("hai-phong", "Xã Phú Thái đón đoàn doanh nghiệp Hàn Quốc khảo sát đầu tư.", "Xã Phú Thái"),
    S(
        "khanh-hoa",
        "Xã Khánh Vĩnh và xã Tây Khánh Vĩnh phối hợp bảo vệ rừng.",
        "Xã Khánh Vĩnh",
        "Xã Tây Khánh Vĩnh",
    ),
    S("an-giang", "Phường Hà Tiên tổ chức lễ giỗ Mạc Cửu.", "Phường Hà Tiên"),
    # --- district words and no unit at all --------------------------------------------------
    S(
        "tuyen-quang",
        "Huyện Chiêm Hóa cũ có 26 xã, thị trấn; nay địa bàn được sắp xếp thành 10 xã mới.",
    ),
    S(
        "quang-tri",
        "Huyện Cồn Cỏ cũ nay là đặc khu Cồn Cỏ, có hơn 400 người dân sinh sống.",
        "Đặc khu Cồn Cỏ",
    ),
    S("tay-ninh", "Tỉnh Long An cũ và tỉnh Tây Ninh cũ đã hợp nhất thành tỉnh Tây Ninh mới."),
    S(
        "tuyen-quang",
        "Giải bóng đá thanh niên toàn tỉnh khởi tranh với 16 đội tham dự, trận khai mạc diễn ra "
        "trên sân vận động tỉnh.",
    ),
    S(
        "dak-lak",
        "Giá cà phê nhân xô hôm nay tăng 1.500 đồng/kg so với tuần trước, lên mức cao nhất năm.",
    ),
    S(
        "quang-tri",
        "Ông Quang Trung, nguyên cán bộ lão thành, kể lại những năm tháng chiến đấu ở Thành cổ.",
    ),
    S("ninh-binh", "Bà Lê Thị Yên Thắng, chủ doanh nghiệp du lịch, cho biết lượng khách tăng 30%."),
    # --- harder: spelling, typography, capitalised words after names, generic unit words -----
    S("tuyen-quang", "Xã Minh Quang Tổ chức Lễ ra quân trồng cây đầu xuân.", "Xã Minh Quang"),
    S(
        "tuyen-quang",
        "Chủ tịch UBND xã Trung Hà Nguyễn Văn Hùng cho biết, xã đã hoàn thành kế hoạch năm.",
        "Xã Trung Hà",
    ),
    S(
        "tuyen-quang",
        "Đảng bộ xã đã lãnh đạo nhân dân vượt qua khó khăn; các xã vùng cao, xã đặc biệt khó "
        "khăn được ưu tiên nguồn vốn.",
    ),
    S(
        "tuyen-quang",
        "Sở Lao động - Thương binh và Xã hội phối hợp Bảo hiểm Xã hội tỉnh chi trả trợ cấp.",
    ),
    S(
        "tuyen-quang",
        "TP.Tuyên Quang cũ nay gồm 5 phường; phường Mỹ Lâm và phường An Tường là hai phường mới "
        "thành lập.",
        "Phường Mỹ Lâm",
        "Phường An Tường",
    ),
    S(
        "tuyen-quang",
        "Người dân xã Lâm Bình, xã Thượng Lâm (huyện Lâm Bình cũ) tham gia lễ hội Lồng tông.",
        "Xã Lâm Bình",
        "Xã Thượng Lâm",
    ),
    S(
        "tuyen-quang",
        "Các xã: Lùng Tám, Đường Hồng, Tân Long đã hoàn thành xóa nhà tạm.",
        "Xã Lùng Tám",
        "Xã Đường Hồng",
        "Xã Tân Long",
    ),
    S(
        "tuyen-quang",
        "“Xã Minh Quang hôm nay” là chủ đề cuộc thi ảnh do Hội Văn học nghệ thuật tổ chức.",
        "Xã Minh Quang",
    ),
    S(
        "dak-lak",
        "Nông dân xã Ea H’Leo và xã Krông Búk tham gia hội chợ nông sản.",
        "Xã Ea H’leo",
        "Xã Krông Búk",
    ),
    S("dak-lak", "Ông Nguyễn Đắk Phơi, thương lái cà phê ở chợ huyện, cho biết giá đã chững lại."),
    S(
        "tay-ninh",
        "Xã Dương Minh Châu được chọn làm điểm; ông Dương Minh Châu, cán bộ hưu trí, đóng góp 50 "
        "triệu đồng.",
        "Xã Dương Minh Châu",
    ),
    S("tay-ninh", "Đường Hòa Thành - Trảng Bàng được nâng cấp, người dân hai bên đường phấn khởi."),
    S(
        "quang-tri",
        "Ủy ban nhân dân xã Lệ Thủy vừa ban hành kế hoạch phòng chống lụt bão; Xã Lệ Thủy có "
        "hơn 4.000 hộ dân vùng thấp trũng.",
        "Xã Lệ Thủy",
    ),
    S(
        "an-giang",
        "Thành phố Châu Đốc cũ nay gồm phường Châu Đốc và phường Vĩnh Tế.",
        "Phường Châu Đốc",
        "Phường Vĩnh Tế",
    ),
    S(
        "an-giang",
        "Thành phố Châu Đốc cũ nổi tiếng với chợ mắm và miếu Bà Chúa Xứ.",
        "Phường Châu Đốc",
        "Phường Vĩnh Tế",
    ),
    S(
        "hai-phong",
        "Xã Thanh Miện (trước đây là thị trấn Thanh Miện và 3 xã lân cận) tổ chức đại hội.",
        "Xã Thanh Miện",
    ),
    S(
        "lam-dong",
        "Phường Xuân Hương - Đà Lạt tổ chức lễ hội hoa; phường Lang Biang - Đà Lạt đón khách leo "
        "núi.",
        "Phường Xuân Hương - Đà Lạt",
        "Phường Lang Biang - Đà Lạt",
    ),
    S("lam-dong", "Phường Xuân Hương-Đà Lạt ra mắt phố đi bộ.", "Phường Xuân Hương - Đà Lạt"),
    S(
        "hue",
        "Xã Chân Mây – Lăng Cô thu hút nhiều dự án du lịch nghỉ dưỡng.",
        "Xã Chân Mây - Lăng Cô",
    ),
    S(
        "ha-noi",
        "Phường Văn Miếu - Quốc Tử Giám tổ chức vinh danh thủ khoa.",
        "Phường Văn Miếu - Quốc Tử Giám",
    ),
    S("quang-ngai", "Xã Đăk Rơ Wa phát triển du lịch cộng đồng bên dòng Đăk Bla.", "Xã Đăk Rơ Wa"),
    S("gia-lai", "Hợp tác xã Nông nghiệp An Nhơn Bắc ký hợp đồng bao tiêu lúa giống."),
    S(
        "ca-mau",
        "Thị trấn Cái Nước cũ nay thuộc xã Cái Nước; UBND xã Cái Nước đặt trụ sở tại đây.",
        "Xã Cái Nước",
    ),
    S("vinh-long", "Xã Lục Sỹ Thành cũ (Trà Ôn) nay thuộc xã Lục Sĩ Thành.", "Xã Lục Sĩ Thành"),
    S(
        "ninh-binh",
        "Huyện Giao Thủy cũ có vườn quốc gia Xuân Thủy; xã Giao Phúc là vùng đệm.",
        "Xã Giao Phúc",
    ),
    S(
        "phu-tho",
        "Thành phố Hòa Bình, tỉnh Hòa Bình (cũ) tổ chức tuần văn hóa Mường năm 2024.",
        published=BEFORE,
    ),
    S(
        "khanh-hoa",
        "Nha Trang, Cam Ranh và Ninh Hòa là ba đô thị lớn của tỉnh; du lịch phục hồi mạnh.",
    ),
    S("thanh-hoa", "Trường THPT Mường Mìn và Trạm Y tế Mường Mìn được xây mới sau lũ."),
    S(
        "tay-ninh",
        "Ba điểm trường ở các xã biên giới Tân Lập, Phước Vinh và Hòa Hội vừa được xây mới.",
        "Xã Tân Lập",
        "Xã Phước Vinh",
        "Xã Hoà Hội",
    ),
    S(
        "tuyen-quang",
        "Các xã vùng cao Lũng Cú, Lùng Tám đẩy mạnh du lịch cộng đồng.",
        "Xã Lũng Cú",
        "Xã Lùng Tám",
    ),
    S("tuyen-quang", "Các xã vùng cao của tỉnh Tuyên Quang đều có trạm y tế đạt chuẩn."),
)
