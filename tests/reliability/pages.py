"""Pages for the loopback test sites of the reliability suite: stories, article pages, feeds.

The stories are invented local news written like a provincial paper's (vietnam-notes §2): a
heading, a sapo, three or four paragraphs, a byline, a date in the page's metadata. Every fault
site of ``faultsite.py`` serves two of them: one before the faults start (it must stay stored and
published) and one behind its fault.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from html import escape


@dataclass(frozen=True)
class Story:
    slug: str
    id: str
    title: str
    published: str  # ISO 8601, +07:00
    lead: str
    paragraphs: tuple[str, ...]
    author: str = ""

    def path(self, site: str) -> str:
        return f"/{site}/tin-tuc/{self.slug}-{self.id}.html"


STORIES: tuple[Story, ...] = (
    Story(
        slug="nong-dan-xa-yen-thuan-thu-hoach-che-vu-dong",
        id="310001",
        title="Nông dân xã Yên Thuận thu hoạch chè vụ đông",
        published="2025-11-20T07:30:00+07:00",
        lead="Gần 300 hộ trồng chè ở xã Yên Thuận đang vào đợt thu hoạch cuối năm, giá chè búp "
        "tươi ổn định ở mức 9.000 đồng/kg.",
        paragraphs=(
            "Theo UBND xã, toàn xã có hơn 450 ha chè, trong đó 120 ha được chứng nhận VietGAP. Nhờ "
            "chăm sóc đúng quy trình và tưới bổ sung trong mùa khô, năng suất chè vụ đông năm nay "
            "đạt khoảng 6 tấn búp tươi mỗi héc-ta, cao hơn năm trước gần 10%.",
            "Bà Hoàng Thị Lan ở thôn Khuổi Xoan cho biết gia đình có 1,5 ha chè, mỗi lứa hái được "
            "khoảng 2 tấn búp. Hợp tác xã chè Yên Thuận bao tiêu toàn bộ sản phẩm nên bà con yên "
            "tâm đầu tư phân bón hữu cơ và máy hái.",
            "Xã đang phối hợp với Trung tâm Khuyến nông tỉnh mở lớp tập huấn chế biến chè xanh đặc "
            "sản, hướng tới xây dựng sản phẩm OCOP ba sao trong năm 2026.",
        ),
        author="Thu Hà",
    ),
    Story(
        slug="khanh-thanh-cau-dan-sinh-thon-na-mo",
        id="310002",
        title="Khánh thành cầu dân sinh thôn Nà Mò",
        published="2025-11-21T09:10:00+07:00",
        lead="Cây cầu dài 48 m bắc qua suối Nà Mò giúp hơn 120 hộ dân và học sinh đi lại an toàn "
        "trong mùa mưa lũ.",
        paragraphs=(
            "Công trình do Ban Quản lý dự án đầu tư xây dựng huyện làm chủ đầu tư, tổng kinh phí "
            "gần 3,2 tỷ đồng từ nguồn vốn chương trình mục tiêu quốc gia phát triển kinh tế - xã "
            "hội vùng đồng bào dân tộc thiểu số và miền núi.",
            "Trước đây, mỗi khi nước suối dâng cao, người dân phải đi vòng gần 7 km qua đường đồi. "
            "Nhiều em học sinh phải nghỉ học vì không thể qua suối, nhất là vào tháng 7 và tháng 8.",
            "Tại lễ khánh thành, đại diện chính quyền địa phương đề nghị người dân cùng giữ gìn, bảo "
            "vệ công trình và không cho xe tải trọng lớn qua cầu.",
        ),
        author="Minh Đức",
    ),
    Story(
        slug="benh-vien-tinh-trien-khai-ho-so-benh-an-dien-tu",
        id="310003",
        title="Bệnh viện tỉnh triển khai hồ sơ bệnh án điện tử",
        published="2025-11-22T14:00:00+07:00",
        lead="Từ ngày 1/12, người bệnh điều trị nội trú tại Bệnh viện Đa khoa tỉnh không còn phải "
        "mang theo hồ sơ giấy giữa các khoa.",
        paragraphs=(
            "Bệnh viện đã hoàn thành kết nối phần mềm quản lý bệnh viện với hệ thống lưu trữ và "
            "truyền tải hình ảnh, cho phép bác sĩ xem kết quả chụp chiếu ngay trên máy tính tại "
            "buồng bệnh. Mỗi năm đơn vị tiết kiệm khoảng 1,5 tỷ đồng tiền in phim và giấy.",
            "Giám đốc bệnh viện cho biết gần 400 nhân viên y tế đã được tập huấn sử dụng chữ ký số. "
            "Trong tháng đầu, bệnh viện vẫn duy trì song song hồ sơ giấy để đối chiếu khi cần.",
            "Sở Y tế đặt mục tiêu đến hết năm 2026, toàn bộ bệnh viện tuyến tỉnh và các trung tâm y "
            "tế khu vực triển khai bệnh án điện tử theo quy định của Bộ Y tế.",
        ),
        author="Ngọc Anh",
    ),
    Story(
        slug="truong-pho-thong-dan-toc-noi-tru-don-bang-chuan-quoc-gia",
        id="310004",
        title="Trường Phổ thông Dân tộc nội trú đón bằng công nhận chuẩn quốc gia",
        published="2025-11-23T08:00:00+07:00",
        lead="Sau ba năm đầu tư cơ sở vật chất và nâng cao chất lượng dạy học, nhà trường đạt "
        "chuẩn quốc gia mức độ 1.",
        paragraphs=(
            "Trường hiện có 420 học sinh thuộc 9 dân tộc, học tập và ăn ở nội trú. Tỷ lệ học sinh "
            "tốt nghiệp trung học phổ thông năm học vừa qua đạt 100%, gần 70% em đỗ vào các trường "
            "đại học, cao đẳng.",
            "Nhà trường đã xây mới khu nhà ở 4 tầng, nhà ăn và phòng thí nghiệm tin học với tổng "
            "vốn hơn 25 tỷ đồng. Đội ngũ giáo viên đạt chuẩn về trình độ đào tạo, nhiều thầy cô biết "
            "tiếng Tày, tiếng Dao để hỗ trợ học sinh mới nhập học.",
            "Dịp này, nhà trường trao 30 suất học bổng cho học sinh có thành tích học tập tốt và "
            "hoàn cảnh khó khăn.",
        ),
        author="Lan Phương",
    ),
    Story(
        slug="cong-an-tinh-triet-pha-duong-day-lua-dao-qua-mang",
        id="310005",
        title="Công an tỉnh triệt phá đường dây lừa đảo qua mạng",
        published="2025-11-24T16:20:00+07:00",
        lead="Các đối tượng giả danh nhân viên ngân hàng, chiếm đoạt hơn 2 tỷ đồng của 37 người ở "
        "nhiều tỉnh, thành phố.",
        paragraphs=(
            "Theo Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, nhóm đối tượng "
            "gửi tin nhắn mạo danh thông báo nâng hạn mức thẻ tín dụng, dẫn người nhận vào trang "
            "web giả để lấy mã xác thực giao dịch.",
            "Qua hơn hai tháng xác minh, lực lượng chức năng đã bắt giữ 5 đối tượng, thu giữ 12 điện "
            "thoại, 40 sim rác và nhiều tài liệu liên quan. Vụ việc đang được mở rộng điều tra.",
            "Công an tỉnh khuyến cáo người dân không cung cấp mã OTP cho bất kỳ ai, không truy cập "
            "đường dẫn lạ và liên hệ trực tiếp ngân hàng khi nhận được tin nhắn đáng ngờ.",
        ),
        author="Quang Huy",
    ),
    Story(
        slug="le-hoi-long-tong-thu-hut-hang-nghin-du-khach",
        id="310006",
        title="Lễ hội Lồng tông thu hút hàng nghìn du khách",
        published="2025-11-25T10:45:00+07:00",
        lead="Lễ hội xuống đồng của đồng bào Tày được tổ chức với nhiều trò chơi dân gian và phần "
        "thi ẩm thực truyền thống.",
        paragraphs=(
            "Phần lễ diễn ra trang trọng tại miếu thờ thần nông, các thầy Then làm lễ cầu mưa thuận "
            "gió hòa, mùa màng bội thu. Phần hội có thi ném còn, kéo co, đẩy gậy và thi gói bánh "
            "chưng đen giữa các thôn.",
            "Năm nay, ban tổ chức bố trí khu trưng bày sản phẩm OCOP với hơn 40 gian hàng, giới "
            "thiệu miến dong, chè Shan tuyết, mật ong bạc hà và các sản phẩm thổ cẩm.",
            "Theo phòng Văn hóa - Thông tin, lễ hội đón khoảng 8.000 lượt khách, nhiều homestay "
            "trong vùng kín phòng trong hai ngày cuối tuần.",
        ),
        author="Hồng Nhung",
    ),
)

ENGLISH_STORY = Story(
    slug="province-opens-new-border-trade-gate",
    id="310099",
    title="Province opens new border trade gate",
    published="2025-11-26T09:00:00+07:00",
    lead="The gate is expected to handle 300 trucks a day and cut waiting times for farm exports.",
    paragraphs=(
        "Officials said the new gate, built at a cost of VND 450 billion, would “significantly "
        "reduce congestion” at the old crossing, where trucks carrying durian, dragon fruit and "
        "cassava often wait two or three days during the harvest season.",
        "The provincial People’s Committee has asked customs, border guards and quarantine "
        "agencies to process documents electronically — a first for a crossing in the region.",
        "Businesses welcomed the decision, though some noted that the access road still needs "
        "upgrading before the rainy season begins next year.",
    ),
    author="Staff reporter",
)


def article_html(
    story: Story,
    paper: str,
    *,
    charset: str | None = "utf-8",
    lang: str = "vi",
    extra_head: str = "",
    body_extra: str = "",
) -> str:
    """An article page as a small provincial CMS serves it (generic extraction path)."""
    meta = f'<meta charset="{charset}">' if charset else ""
    paragraphs = "\n".join(f"<p>{escape(p)}</p>" for p in story.paragraphs)
    when = datetime.fromisoformat(story.published)
    home, news, economy, society, latest, owner = (
        (
            "Home",
            "News",
            "Economy",
            "Society",
            "Latest",
            "Published by the provincial Party Committee",
        )
        if lang == "en"
        else ("Trang chủ", "Thời sự", "Kinh tế", "Xã hội", "Tin mới", "Cơ quan của Đảng bộ tỉnh")
    )
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head>{meta}
<title>{escape(story.title)} - {escape(paper)}</title>
<meta property="og:title" content="{escape(story.title)}">
<meta property="og:description" content="{escape(story.lead)}">
<meta property="article:published_time" content="{story.published}">
{extra_head}
</head><body>
<header class="header"><a class="logo" href="/">{escape(paper)}</a></header>
<nav class="main-menu"><ul><li><a href="/">{home}</a></li><li><a href="/thoi-su/">{news}</a></li>
<li><a href="/kinh-te/">{economy}</a></li><li><a href="/xa-hoi/">{society}</a></li></ul></nav>
<div class="container"><article class="detail">
<h1 class="detail-title">{escape(story.title)}</h1>
<div class="detail-time">{when:%H:%M %d/%m/%Y}</div>
<div class="detail-sapo"><strong>{escape(story.lead)}</strong></div>
<div class="detail-content">
{paragraphs}
{body_extra}
<p class="author" style="text-align:right"><strong>{escape(story.author)}</strong></p>
</div></article>
<aside class="sidebar"><h3>{latest}</h3><ul><li><a href="/">{home}</a></li></ul></aside></div>
<footer class="footer"><p>{escape(paper)} - {owner}</p></footer>
</body></html>
"""


def rss(base: str, site: str, paper: str, stories: list[Story]) -> bytes:
    """An RSS 2.0 feed listing *stories* at *base*."""
    items = "".join(
        f"<item><title>{escape(s.title)}</title><link>{base}{s.path(site)}</link>"
        f"<description>{escape(s.lead)}</description>"
        f"<pubDate>{format_datetime(datetime.fromisoformat(s.published))}</pubDate></item>\n"
        for s in stories
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{escape(paper)}</title><link>{base}/{site}/</link>"
        f"<description>Tin mới</description>\n{items}</channel></rss>\n"
    ).encode("utf-8", "surrogatepass")  # a hostile test may want invalid UTF-8 through


def sitemap(base: str, site: str, stories: list[Story]) -> bytes:
    """A url set listing *stories* with their lastmod."""
    urls = "".join(
        f"<url><loc>{base}{s.path(site)}</loc><lastmod>{s.published}</lastmod></url>\n"
        for s in stories
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{urls}</urlset>\n"
    ).encode()


def to_cp1258(text: str) -> bytes:
    """*text* in windows-1258, which has no precomposed toned vowels: each toned letter is its
    base letter (with circumflex, breve or horn, which cp1258 has) and a combining tone mark."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", char)
            tones = [m for m in marks if m in "\u0300\u0301\u0303\u0309\u0323"]
            shape = unicodedata.normalize("NFC", base + "".join(m for m in marks if m not in tones))
            out += (shape + "".join(tones)).encode("cp1258")
    return bytes(out)
