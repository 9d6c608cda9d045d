"""Unit tables for the extraction helpers, bad inputs and encodings."""

from __future__ import annotations

import random
import unicodedata

import pytest
from lxml import etree
from lxml import html as lxml_html

from aggregator.encoding import _nfc, decode_html, decode_html_source
from aggregator.extract import content, extract_article
from aggregator.extract.clean import (
    byline_authors,
    credit_of,
    is_agency_credit,
    is_boilerplate,
    is_comment_heading,
    is_contact_field,
    is_control_label,
    is_page_meta,
    is_promo,
    is_shortcode,
    is_stop_heading,
    join_caption_lines,
    looks_like_filename,
    one_line,
    person_names,
    photo_credit,
    strip_end_marker_ending_sentence,
    strip_lead_prefix,
    strip_site_suffix,
    trailing_name,
    without_more_link,
)
from aggregator.extract.page import parse_document
from aggregator.items import Article

URL = "https://baoxyz.vn/thoi-su/bai-viet-123.html"


# One paragraph of a story's text, long enough to be the story (tests set boxes around it).
VI_STORY = "<p>" + "Câu văn đầy đủ của bài, có dấu phẩy, kể tiếp chuyện. " * 8 + "</p>"
EN_STORY = "<p>" + "A full sentence of the story, with a comma, telling more of it. " * 8 + "</p>"
DE_STORY = "<p>" + "Ein ganzer Satz der Meldung, mit einem Komma, der mehr erzählt. " * 8 + "</p>"


def _boxed_story(middle: str, story: str = VI_STORY, url: str = URL) -> Article:
    """The article of a page whose container holds *middle* between two copies of *story*,
    under a plain h1 (Vietnamese or English, as the story)."""
    headline = "Story headline" if story == EN_STORY else "Tiêu đề bài"
    html = (
        f"<html><body><h1>{headline}</h1>"
        f"<div class='entry-content'>{story}{middle}{story}</div></body></html>"
    )
    return extract_article(html, url)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "(BTN) - Sáng 5-6, tỉnh tổ chức hội nghị tổng kết.",
            "Sáng 5-6, tỉnh tổ chức hội nghị tổng kết.",
        ),
        (
            "(Baonghean.vn) - Năm 2025, Nghệ An phấn đấu giảm nghèo.",
            "Năm 2025, Nghệ An phấn đấu giảm nghèo.",
        ),
        (
            "QTO - Trong 4 ngày nghỉ lễ, toàn tỉnh đón khách.",
            "Trong 4 ngày nghỉ lễ, toàn tỉnh đón khách.",
        ),
        ("VOV.VN - Chiều 22-10, Quốc hội thảo luận ở tổ.", "Chiều 22-10, Quốc hội thảo luận ở tổ."),
        (
            "NDĐT- Ngày 12-10, Đảng ủy ban hành hướng dẫn.",
            "Ngày 12-10, Đảng ủy ban hành hướng dẫn.",
        ),
        ("(TTV) Sáng nay, huyện tổ chức lễ ra quân.", "Sáng nay, huyện tổ chức lễ ra quân."),
        ("- Ngày 23-3, Ban Thường vụ Tỉnh ủy họp.", "Ngày 23-3, Ban Thường vụ Tỉnh ủy họp."),
        (
            "UBND tỉnh - cơ quan chủ trì - đã họp.",
            "UBND tỉnh - cơ quan chủ trì - đã họp.",
        ),  # not a prefix
        ("Hà Nội - Thủ đô ngàn năm văn hiến.", "Hà Nội - Thủ đô ngàn năm văn hiến."),
    ],
)
def test_strip_lead_prefix(raw: str, expected: str) -> None:
    assert strip_lead_prefix(raw) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Theo TQĐT", "Theo TQĐT"),
        ("(Theo TTXVN)", "(Theo TTXVN)"),
        ("Nguồn: Sở Văn hóa, Thể thao và Du lịch", "Nguồn: Sở Văn hóa, Thể thao và Du lịch"),
        ("Source: http://news.baolongan.vn/", "Source: http://news.baolongan.vn"),
        ("Theo ông Nguyễn Văn A, dự án sẽ hoàn thành vào năm sau.", ""),  # a sentence
        ("Theo kế hoạch, công trình khởi công trong tháng 6 và hoàn thành năm 2026", ""),
        ("Người dân phấn khởi.", ""),
    ],
)
def test_credit_of(line: str, expected: str) -> None:
    assert credit_of(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Bài, ảnh: THÁI CẢNH", ["THÁI CẢNH"]),
        ("Bài và ảnh: HỒNG ANH", ["HỒNG ANH"]),
        ("(Thực hiện: Trọng Phú)", ["Trọng Phú"]),
        ("Thực hiện: Công Tràng Chí Điển", ["Công Tràng Chí Điển"]),
        ("Ảnh: Minh Quang", None),  # a photo credit names the photographer, not the author
        ("PV", ["PV"]),
        ("Nhóm PV", ["Nhóm PV"]),
        ("Bài: P.Y", ["P.Y"]),
        ("By Quoc Binh - Translated by Kim Khanh", ["Quoc Binh"]),
        ("Bài: Lan Anh - Ảnh: Văn Dũng", ["Lan Anh"]),
        ("Bài viết này rất hay, mời bạn đọc.", None),
        ("Von Tobias Kuske", ["Tobias Kuske"]),
        ("VON MORITZ GATHMANN am 21. April 2020", ["MORITZ GATHMANN"]),
        ("By Giovanni Gaggero | 12/10/2020", ["Giovanni Gaggero"]),
        ("Por Williams Perdomo @wperdomod -", ["Williams Perdomo"]),
        ("Autor: Peter Maahn/SP-X", ["Peter Maahn"]),
        ("By Ursula von der Leyen", ["Ursula von der Leyen"]),
        ("Von Montag an gilt die neue Regel.", None),
    ],
)
def test_byline_authors(line: str, expected: list[str] | None) -> None:
    assert byline_authors(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tố Tuấn", ["Tố Tuấn"]),
        ("Minh Phúc (tổng hợp)", ["Minh Phúc"]),
        ("Vũ Nguyệt – Nhật Quang", ["Vũ Nguyệt", "Nhật Quang"]),
        ("THANH TUẤN", ["THANH TUẤN"]),
        ("Trần Duy Khánh", ["Trần Duy Khánh"]),
        ("Người dân phấn khởi.", None),
        ("Ngày 12-10", None),
        ("Hà", None),  # one word: too weak to call a name
    ],
)
def test_trailing_name(line: str, expected: list[str] | None) -> None:
    assert trailing_name(line) == expected


@pytest.mark.parametrize(
    ("title", "names", "expected"),
    [
        ("Lũ về - Báo Tuyên Quang", (), "Lũ về"),
        ("Giá chè tăng nhẹ | Báo Thái Nguyên điện tử", (), "Giá chè tăng nhẹ"),
        ("Báo Hà Giang - Khai mạc lễ hội", (), "Khai mạc lễ hội"),
        ("Tin A – Tuyen Quang Online", ("Tuyen Quang Online",), "Tin A"),
        ("Đồng Tháp: Sẵn sàng ứng phó triều cường", (), "Đồng Tháp: Sẵn sàng ứng phó triều cường"),
        ("Hà Nội - Hải Phòng thông tuyến cao tốc", (), "Hà Nội - Hải Phòng thông tuyến cao tốc"),
    ],
)
def test_strip_site_suffix(title: str, names: tuple[str, ...], expected: str) -> None:
    assert strip_site_suffix(title, names) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("…giữ uy tín thương hiệu chè Thái Nguyên./.", "…giữ uy tín thương hiệu chè Thái Nguyên."),
        # aggregator.text keeps the sentence's own ellipsis before the marker
        ("Hội nghị kết thúc…/.", "Hội nghị kết thúc…"),
        ("Mục tiêu đề ra /.", "Mục tiêu đề ra."),
        ("Tỷ lệ đạt 50/50.", "Tỷ lệ đạt 50/50."),
    ],
)
def test_strip_end_marker(text: str, expected: str) -> None:
    assert strip_end_marker_ending_sentence(text) == expected


@pytest.mark.parametrize(
    ("text", "stop", "boilerplate"),
    [
        ("Tin cùng chuyên mục", True, False),
        ("TIN LIÊN QUAN:", True, False),
        ("Related articles", True, False),
        ("Über den Autor", True, False),
        ("NOTAS RELACIONADAS", True, False),
        ("0 Kommentare", True, False),  # a comment counter: the comments follow
        ("12 comments", True, False),
        ("3 bình luận", True, False),
        ("Keine Kommentare", True, False),
        ("12 Kommentare zu Verkehr und Klima", False, False),
        # a blog theme's counter quoting the post's title (round 9), however long the title
        ("11 Antworten zu “Sunday Thoughts: Ein wenig lost, aber immer noch da!”", True, False),
        ("2 thoughts on “Hiking the Boulder Flat Irons with two small kids”", True, False),
        ("Keine Kommentare for “Malaga, die quirlige Metropole in Andalusien”", True, False),
        ("One Response to “Was ist virales Marketing?”", True, False),
        ("2 thoughts on the new budget and what it means for the city's schools", False, False),
        ("Weitere Beiträge aus der Kolumne:", True, False),  # names what the box holds more of
        ("More from The Verge", True, False),
        ("Tin cùng tác giả", True, False),
        ("More from the interview is below.", False, False),  # a sentence
        # invitations that open the comment section
        ("Tell us what YOU think...", True, False),
        ("Schreibe einen Kommentar", True, False),
        ("Tell us what you think about the new timetable by Friday.", False, False),
        # A teaser box inside the article: its heading goes, the article goes on after it.
        ("Lesen Sie auch:", False, True),
        ("Auch auf gofeminin.de", False, True),  # a teaser heading naming the site's domain
        ("Auch auf gofeminin.de gibt es viele Tipps.", False, False),  # a sentence
        ("Le puede interesar", False, True),
        ("Đọc báo in", False, True),
        ("Lượt xem: 128", False, True),
        ("Aa | Tăng cỡ chữ | Cỡ chữ mặc định | Giảm cỡ chữ", False, True),
        ("Tin liên quan đến vụ cháy đã được cơ quan chức năng làm rõ trong ngày.", False, False),
        # how to cite the post, however long its reference
        (
            (
                "SUGGESTED CITATION Berger, Lena: Gerichte in der Pandemie, RechtBlog, 2021/3/02, "
                "https://rechtblog.example/gerichte-in-der-pandemie/, DOI: 10.1234/abc."
            ),
            False,
            True,
        ),
        (
            "Zitiervorschlag: Berger, L. (2021): Gerichte in der Pandemie. In: RechtBlog.",
            False,
            True,
        ),
        ("Zitierweise im Fließtext", False, False),  # a guide's section on citing
        ("Suggested citations are rare in the older volumes, the editors said.", False, False),
    ],
)
def test_stop_headings_and_boilerplate(text: str, stop: bool, boilerplate: bool) -> None:
    assert is_stop_heading(text) is stop
    assert is_boilerplate(text) is boilerplate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Caption Close", True),
        ("Image 1 of 8", True),
        ("Xem ảnh | Đóng", True),
        ("- Anzeige -", True),  # the advertisement label, German
        ("Iklan", True),  # Indonesian
        ("Drucken | PDF", True),
        ("Anzeige gegen Unbekannt", False),  # a sentence starting with the word
        ("02-751-1500", False),  # a bare number is data, not a button
        ("Close to the border", False),
        ("Ảnh: Văn Dũng", False),
    ],
)
def test_control_labels(text: str, expected: bool) -> None:
    assert is_control_label(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Get the latest updates right in your inbox. Subscribe to our newsletters.", True),
        ("Have a tip? Jane Doe may be reached at jdoe@example.com.", True),
        ("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", True),
        ("This slideshow requires JavaScript.", True),
        ("Đăng ký nhận tin mới nhất qua email.", True),
        ("Already a subscriber? Log in for immediate access to this story.", True),
        ("HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS", True),
        ("Zapraszamy też do subskrypcji naszego kanału.", True),
        ("Er hat die Zeitung schon seit Jahren abonniert.", False),
        ("She became a member of parliament in 2010.", False),
        (
            "Get the magazine every month: 12 issues for £11.99. Click here for more information.",
            True,
        ),
        ("Người dân theo dõi bản tin thời sự tối qua trên truyền hình.", False),
        ("The council will follow the plan agreed last year.", False),
        ("If you enjoyed reading this post, please consider supporting our work.", True),
        ("If you enjoyed this article, we have a proposition for you: join our club.", True),
        ("Wenn Ihnen dieser Artikel gefallen hat, unterstützen Sie uns.", True),
        ("Voters said they enjoyed this campaign more than the last one.", False),
        ("If you like this song, you will like the album.", False),
        ("¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular.", True),
        ("Tham gia nhóm Zalo của báo để nhận tin nhanh nhất.", True),
        ("Join our WhatsApp channel for breaking news.", True),
        ("Die Gruppe nutzte Telegram, um die Proteste zu organisieren.", False),
        # an ad slot's text opened by the advertisement label
        ("ANZEIGE - Heute mal ausgehen/bestellen? Wie wäre es mit:", True),
        ("Quảng cáo: Mua sắm thả ga cuối tuần", True),
        ("Quảng cáo trên mạng xã hội tăng mạnh trong năm nay.", False),  # the story's topic
        # sign-ups without a named list, appeals for money or membership, affiliate disclosures
        ("Do you want to be informed of DiEM25's actions? Sign up here", True),
        ("Hágase miembro ahora", True),
        ("Wesprzyj nas darowizną lub przekaż nam 1% podatku.", True),
        ("Help us continue our reporting: support independent journalism.", True),
        (
            "Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen handelt es sich um Affiliate Links",
            True,
        ),
        ("This post contains affiliate links; we may earn a commission.", True),
        ("\u201cThe government has to support us now,\u201d the farmer said.", False),  # a quote
        ("She signed up the new striker in June.", False),
        ("Die Stadt sucht einen Partner für das Projekt.", False),
        # a wire's pointer to its topic page
        (
            "Follow AP's full coverage of Brexit and British politics at https://apnews.com/Brexit",
            True,
        ),
        ("The network will follow the coverage rules set by the regulator.", False),
        # a magazine's pitch for its print issue
        (
            "Die neue Ausgabe gibt es am Kiosk, digital in der App oder als Einzelheft im Shop.",
            True,
        ),
        ("Das Heft können Sie hier portofrei bestellen.", True),
        ("Die Zeitung gibt es als Abo seit 1990, sagte der Verleger.", False),
        ("Viele Leser bestellen das Magazin inzwischen digital.", False),
        # a long pitch that opens with the reader's relation to the site
        (
            (
                "If you enjoyed this article, we have a proposition for you: Join our club. Members "
                "get all of our content (including the magazine), no paywalls or content meters, an "
                "ad-light experience, and direct access to our writers, editors and events, all for "
                "the price of a cup of coffee each week. Join today and read on."
            ),
            True,
        ),
        (
            (
                "Newsletters have become a large business for writers who left newspapers: some of "
                "them earn more from a few thousand readers who pay each month than they did in a "
                "newsroom, and the platforms that host them take a tenth of what the writers earn, "
                "which critics call too much for what they do."
            ),
            False,
        ),
        # The paper's calls set inside the body's container (round 8), as the paragraph's
        # opening only; a story's sentence about following something stays.
        ("Mời bạn đọc theo dõi Báo Tỉnh trên Google News", True),
        ("Mời quý độc giả theo dõi chúng tôi trên Zalo để cập nhật tin tức nhanh nhất.", True),
        ("Đặt mua Báo Tỉnh in: liên hệ 0207.3822.xxx", True),
        (
            (
                "Lực lượng chức năng theo dõi diễn biến trên Facebook và xử lý các tài khoản đưa "
                "tin sai sự thật."
            ),
            False,
        ),
        ("Theo dõi diễn biến trên Facebook, cơ quan chức năng đã xác minh các tài khoản.", False),
        ("Người dân đặt mua vé tàu Tết qua mạng.", False),
        ("Bạn đọc có thông tin phản ánh xin gửi về đường dây nóng: 0912.345.678", True),
        ("Đường dây nóng của Sở Y tế đã tiếp nhận hơn 200 cuộc gọi của người dân.", False),
    ],
)
def test_promo_lines(text: str, expected: bool) -> None:
    assert is_promo(text) is expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Der Ort St. Magdalena und dahinter die Stadt Bozen. © Südtirol Wein / Tiberio Sorvillo",
            "Der Ort St. Magdalena und dahinter die Stadt Bozen.",
        ),
        ("Top-Modell der Enyaq-Familie. © Foto: Skoda", "Top-Modell der Enyaq-Familie."),
        (
            "Die Krautschicht entwickelte sich. Foto © Peter Steiger",
            "Die Krautschicht entwickelte sich.",
        ),
        (
            "More than 4,000 people are expected to receive notice (Credit: iStock)",
            "More than 4,000 people are expected to receive notice",
        ),
        (
            "Das FWR reagiert mit Entsetzen. (Quelle: Fleischmann/Unsplash/DJV)",
            "Das FWR reagiert mit Entsetzen.",
        ),
        # a wire's credit in brackets, and a collapsed caption's toggle after it
        (
            "The mayor greets fans at the parade, Tuesday, Nov. 19. (AP Photo/Jane Q. Doe) less",
            "The mayor greets fans at the parade, Tuesday, Nov. 19.",
        ),
        ("The senator speaks to reporters. (John Roe/Reuters)", "The senator speaks to reporters."),
        ("Troops remain in the province [File: Reuters]", "Troops remain in the province"),
        ("Talks resumed in Doha [Jane Roe/AFP]", "Talks resumed in Doha"),
        # a bracket naming no agency; an agency inside a sentence's bracket
        ("The mayor met the press (see story above)", "The mayor met the press (see story above)"),
        (
            "The list (as first reported by Reuters) grew.",
            "The list (as first reported by Reuters) grew.",
        ),
        # only the credit: left whole, for the credit rules
        ("Zeichnungen © Burkard Meyer", "Zeichnungen © Burkard Meyer"),
        # brackets that are part of the caption, and Vietnamese credits (their own rules)
        ("Der Präsident (links) spricht mit Gästen.", "Der Präsident (links) spricht mit Gästen."),
        (
            "Lãnh đạo tỉnh thăm hỏi bà con. (Ảnh: Minh Quang)",
            "Lãnh đạo tỉnh thăm hỏi bà con. (Ảnh: Minh Quang)",
        ),
    ],
)
def test_a_credit_at_the_end_of_a_caption_is_not_the_caption(caption: str, expected: str) -> None:
    assert join_caption_lines([caption]) == expected


def test_caption_lines_are_joined() -> None:
    lines = ["Cán bộ chiến sỹ Công an tỉnh tham gia", "giúp nhân dân thôn Bản Túm tu sửa đường."]
    assert join_caption_lines(lines) == (
        "Cán bộ chiến sỹ Công an tỉnh tham gia giúp nhân dân thôn Bản Túm tu sửa đường."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [("thoát nghèo..jpg", True), ("IMG_2034.JPG", True), ("Ảnh: Văn Dũng", False)],
)
def test_looks_like_filename(text: str, expected: bool) -> None:
    assert looks_like_filename(text) is expected


def test_one_line_nfc_spaces_and_invisibles() -> None:
    nfd = unicodedata.normalize("NFD", "Tỉnh  ủy\u00a0Tuyên\u200b\n Quang\u034f")
    assert one_line(nfd) == "Tỉnh ủy Tuyên Quang"


# --- encodings -------------------------------------------------------------------------------------

VIETNAMESE = "Tỉnh ủy Tuyên Quang chỉ đạo các huyện khắc phục hậu quả mưa lũ, bảo đảm an toàn."
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _cp1258(text: str) -> bytes:
    """Encode like a windows-1258 editor: base letters precomposed, tones as combining bytes."""
    out = bytearray()
    for ch in text:
        decomposed = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
        out += base.encode("cp1258") + "".join(c for c in decomposed if c in _TONES).encode(
            "cp1258"
        )
    return bytes(out)


def _page(body: str, head: str = "") -> str:
    return f"<html><head>{head}<title>t</title></head><body><p>{body}</p></body></html>"


@pytest.mark.parametrize(
    ("raw", "header"),
    [
        (_page(VIETNAMESE, '<meta charset="utf-8">').encode("utf-8"), None),
        (_page(VIETNAMESE).encode("utf-8"), None),  # no charset anywhere
        (
            b"\xef\xbb\xbf" + _page(VIETNAMESE).encode("utf-8"),
            "text/html; charset=iso-8859-1",
        ),  # BOM wins
        (_page(VIETNAMESE, '<meta charset="iso-8859-1">').encode("utf-8"), None),  # wrong meta
        (_cp1258(_page(VIETNAMESE, '<meta charset="windows-1258">')), None),
        (_cp1258(_page(VIETNAMESE, '<meta charset="iso-8859-1">')), None),  # wrong declaration
        (_cp1258(_page(VIETNAMESE)), None),  # missing declaration
        (_cp1258(_page(VIETNAMESE)), "text/html; charset=utf-8"),  # wrong HTTP header
        (_page(VIETNAMESE).encode("utf-16"), None),
        # UTF-8 bytes under a UTF-16 <meta> (a CMS template default): read as UTF-8, as browsers do
        (_page(VIETNAMESE, '<meta charset="utf-16">').encode("utf-8"), None),
    ],
)
def test_decode_html_gives_nfc_vietnamese(raw: bytes, header: str | None) -> None:
    text = decode_html(raw, header)
    assert VIETNAMESE in text
    assert unicodedata.is_normalized("NFC", text)


@pytest.mark.parametrize(
    ("raw", "unchanged"),
    [
        (_page(VIETNAMESE, '<meta charset="utf-8">').encode("utf-8"), True),
        (_page("plain ASCII").encode("ascii"), True),
        (_page(VIETNAMESE, '<meta charset="iso-8859-1">').encode("utf-8"), True),
        (_page(unicodedata.normalize("NFD", VIETNAMESE)).encode("utf-8"), False),  # NFC differs
        (b"\xef\xbb\xbf" + _page(VIETNAMESE).encode("utf-8"), False),  # the BOM is not text
        (_cp1258(_page(VIETNAMESE)), False),
        (_page(VIETNAMESE.encode("utf-8").decode("cp1252", "replace")).encode("utf-8"), False),
    ],
)
def test_decode_html_source_says_when_the_bytes_are_the_text(raw: bytes, unchanged: bool) -> None:
    """Only bytes that are the decoded text in UTF-8 may be handed to the parser as they are."""
    text, same = decode_html_source(raw)
    assert same is unchanged
    assert text == decode_html(raw)
    if same:
        assert raw == text.encode("utf-8")


def test_parsing_the_bytes_gives_the_tree_of_the_text() -> None:
    raw = _page(VIETNAMESE + " &amp; &nbsp;&#7871; <!-- c -->", '<meta charset="latin-1">')
    raw_bytes = raw.encode("utf-8")
    text, same = decode_html_source(raw_bytes)
    assert same
    assert etree.tostring(parse_document(text, raw_bytes)) == etree.tostring(parse_document(text))


# Letters, marks that compose with them, "<"/">" and "=" that compose with U+0338, Hangul jamo.
_NFC_ALPHABET = [*"ae\n><= ư", *"\u0338\u0301\u0323\u0302\u0345", *"\u1100\u1161\u11a8"]


@pytest.mark.parametrize(
    "text",
    [
        "a" * 8200 + "<\u0338" + "b" * 9000,  # "<" + U+0338 composes to "≮": never cut after it
        "x" * 8191 + ">" + "<\u0338" * 3000,
        unicodedata.normalize("NFD", "Người dân xã Tân Trào\n" * 2000),  # NFD everywhere
        "<p>e</p>" * 2000 + "\u0301" * 3 + "<p>o\u0302\u0301</p>" * 2000,
        *("".join(random.Random(seed).choices(_NFC_ALPHABET, k=30_000)) for seed in range(20)),
    ],
)
def test_page_nfc_in_pieces_equals_whole_nfc(text: str) -> None:
    assert _nfc(text) == unicodedata.normalize("NFC", text)


def test_page_nfc_returns_the_page_itself_when_already_nfc() -> None:
    page = _page(VIETNAMESE) * 500
    assert _nfc(page) is page


def test_decode_html_keeps_western_latin1() -> None:
    raw = _page("São Paulo, ação e coração.", '<meta charset="iso-8859-1">').encode("latin-1")
    assert "São Paulo, ação e coração." in decode_html(raw)


def test_decode_html_repairs_mojibake() -> None:
    mojibake = VIETNAMESE.encode("utf-8").decode("cp1252", "replace")
    assert VIETNAMESE[:20] in decode_html(_page(mojibake).encode("utf-8"))


def test_decode_html_repairs_mojibake_line_by_line() -> None:
    """A template pasted from an old CMS: one double-encoded line among clean Vietnamese ones."""
    mojibake = VIETNAMESE.encode("utf-8").decode("cp1252", "replace")
    page = _page(f"{VIETNAMESE}\n{mojibake}\n“Đúng” – {VIETNAMESE}")
    text = decode_html(page.encode("utf-8"))
    assert text.count(VIETNAMESE) == 3
    assert "“Đúng” –" in text


# --- bad inputs ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty-page"),
        ("", "empty-page"),
        ("   \n\t ", "empty-page"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"\x00\x01\x02\x03" * 200, "binary"),
        ("just some text without markup", "not-html"),
        (b"<html><body><div>Menu</div></body></html>", "no-body"),
        ("<html><head><title>Truncated", "no-body"),
        (b"<" + b"a" * (9 * 1024 * 1024), "too-large"),
        ("<?xml version='1.0' encoding='utf-8'?><html><body></body></html>", "no-body"),
    ],
)
def test_bad_input_is_a_rejected_article_not_an_exception(raw: str | bytes, reason: str) -> None:
    article = extract_article(raw, URL)
    assert article.reject_reason == reason
    assert not article.is_article
    assert article.url == URL


def test_deep_nesting_does_not_raise() -> None:
    html = "<div>" * 5000 + "<p>" + "Nội dung bài viết rất dài. " * 20 + "</p>" + "</div>" * 5000
    article = extract_article(html, URL)
    assert isinstance(article.reject_reason, str)


def test_truncated_page_still_yields_its_text() -> None:
    html = (
        "<html><body><h1>Tiêu đề bài</h1><div class='detail-content'><p>" + "Câu văn đầy đủ. " * 30
    )
    article = extract_article(html, URL)
    assert article.is_article
    assert article.title == "Tiêu đề bài"
    assert article.body_text.startswith("Câu văn đầy đủ.")


def test_a_one_line_box_with_an_article_name_does_not_beat_the_story() -> None:
    # The story's text is written straight into unnamed divs with <br>; a teaser beside it has
    # an article-like class name ("teaser-text") and one line of text.
    line = "Câu văn thứ nhất của bài khá dài và kể tiếp chuyện của hôm qua ở tỉnh nhà"
    step = f"<div>{line}<br>{line}<br>{line}</div>"
    html = (
        "<html><body><h1>Tiêu đề bài</h1>"
        "<div><div class='teaser-text'>Một dòng giới thiệu bài khác ngắn thôi</div></div>"
        f"<div>{step * 3}</div></body></html>"
    )
    article = extract_article(html, URL)
    assert article.body_text.startswith("Câu văn thứ nhất")
    assert "Một dòng giới thiệu" not in article.body_text


@pytest.mark.parametrize(
    ("hero_class", "lead_kept"),
    [
        ("hero with-featured-image", True),  # holds the h1: the article's header over its photo
        ("post-image", False),  # a picture box after the h1: its line is a caption
    ],
)
def test_a_picture_named_box_that_holds_the_h1_keeps_its_lead(
    hero_class: str, lead_kept: bool
) -> None:
    lead = "Trong bài tiểu luận mới, tác giả đi tìm một cảm xúc nghịch lý giữa nỗi buồn và sự siêu việt."
    story = VI_STORY
    if lead_kept:
        hero = (
            f"<div class='{hero_class}'><img src='/a.jpg'><h1>Nỗi nhớ nhà</h1><p>{lead}</p></div>"
        )
    else:
        hero = (
            f"<h1>Nỗi nhớ nhà</h1><div class='{hero_class}'><img src='/a.jpg'><p>{lead}</p></div>"
        )
    html = f"<html><body>{hero}<div class='hfeed'><div class='entry-content'>{story * 3}</div></div></body></html>"
    article = extract_article(html, URL)
    assert article.body_text.startswith(lead) is lead_kept
    assert "Câu văn đầy đủ của bài" in article.body_text


@pytest.mark.parametrize(
    ("links", "kept"),
    [
        (False, True),  # the story's key points under the headline
        (True, False),  # a list of links there is a menu or a list of other stories
    ],
)
def test_key_points_under_the_headline_lead_the_body(links: bool, kept: bool) -> None:
    points = [
        "Tỉnh khởi công tuyến đường mới nối hai huyện",
        "Vốn đầu tư hơn 500 tỷ đồng, hoàn thành trong hai năm",
    ]
    items = "".join(
        f"<li><a href='/tin-{i}'>{p}</a></li>" if links else f"<li>{p}</li>"
        for i, p in enumerate(points)
    )
    story = VI_STORY
    html = (
        f"<html><body><article><div class='header'><h1>Khởi công đường mới</h1></div>"
        f"<div class='teaser-text'><ul>{items}</ul></div>"
        f"<div class='news-text-wrap'>{story * 3}</div></article></body></html>"
    )
    article = extract_article(html, URL)
    assert article.body_text.startswith(points[0]) is kept
    assert "Câu văn đầy đủ của bài" in article.body_text


@pytest.mark.parametrize(
    ("heading", "kept"),
    [
        ("<h2 class='title'>Khởi công đường mới nối hai huyện</h2>", True),  # the headline
        ("<h3>Khởi công đường mới nối hai huyện</h3>", True),
        ("<h2>Tin tức trong ngày</h2>", False),  # a section heading: no lead after it
    ],
)
def test_a_lower_heading_that_reads_as_the_title_starts_the_lead(heading: str, kept: bool) -> None:
    # The page's only h1 is the site's, hidden for screen readers (pruned); the headline is an
    # h2 or h3 in the article's own wording, the lead below it, apart from the body block.
    lead = "Tỉnh khởi công tuyến đường mới nối hai huyện miền núi, vốn đầu tư hơn 500 tỷ đồng."
    story = VI_STORY
    html = (
        "<html><head><title>Khởi công đường mới nối hai huyện | Báo Tỉnh</title></head><body>"
        "<header><h1 class='visually-hidden'>Báo Tỉnh</h1></header>"
        f"<article><div class='article-head'>{heading}<strong><p>{lead}</p></strong></div>"
        f"<div class='row'><div class='article-content'>{story * 3}</div></div></article>"
        "</body></html>"
    )
    article = extract_article(html, URL)
    assert article.body_text.startswith(lead) is kept
    assert "Câu văn đầy đủ của bài" in article.body_text


@pytest.mark.parametrize(
    ("heading", "kept"),
    [
        ("<h2 class='entry-title'>Khởi công đường mới nối hai huyện</h2>", True),
        ("<h2 class='entry-title'>Tin tức trong ngày</h2>", False),  # not the headline
    ],
)
def test_a_header_box_that_holds_the_headline_heading_is_the_articles(
    heading: str, kept: bool
) -> None:
    # The page's h1 is the site's name in a breadcrumb; the article's header (named "header",
    # a furniture word) holds the headline as an h2 and the lead.
    lead = "Tỉnh khởi công tuyến đường mới nối hai huyện miền núi, vốn đầu tư hơn 500 tỷ đồng."
    story = VI_STORY
    html = (
        "<html><head><title>Khởi công đường mới nối hai huyện | Báo Tỉnh</title></head><body>"
        "<div class='site-breadcrumb'><span><h1>Báo Tỉnh</h1></span></div>"
        f"<main><header class='entry-header'>{heading}<div class='lead'><p>{lead}</p></div>"
        f"</header><div class='entry-content'>{story * 3}</div></main></body></html>"
    )
    article = extract_article(html, URL)
    assert article.body_text.startswith(lead) is kept
    assert "Câu văn đầy đủ của bài" in article.body_text


def test_a_table_named_header_is_no_site_header() -> None:
    # "table-header" is a table's style, not the site's header; the box named "header" with the
    # site's links still goes.
    rows = "".join(
        f"<tr><td>{n} g</td><td>Nguyên liệu số {n} cho món bánh</td></tr>" for n in (100, 200, 300)
    )
    story = VI_STORY
    html = (
        "<html><body><div class='header'><a href='/'>Trang chủ</a><a href='/a'>Thời sự</a></div>"
        "<article class='recipe'><h1>Bánh quýt</h1>"
        f"<table class='ingredients table-header'>{rows}</table>{story * 2}</article>"
        "</body></html>"
    )
    article = extract_article(html, URL)
    assert "Nguyên liệu số 200 cho món bánh" in article.body_text
    assert "Trang chủ" not in article.body_text


def test_ruby_readings_stay_out_of_the_text() -> None:
    ruby = "<ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもへの法律ができました。"
    html = f"<html><body><h1>見出し</h1><div class='article-body'><p>{ruby * 12}</p></div></body></html>"
    article = extract_article(html, URL)
    assert article.body_text.startswith("子どもへの法律ができました。")


def test_title_source_names_a_class_titled_heading() -> None:
    body = "<div class='detail-content'><p>" + "Câu văn đầy đủ, có dấu phẩy. " * 30 + "</p></div>"
    with_h1 = extract_article(f"<html><body><h1>Tiêu đề bài viết</h1>{body}</body></html>", URL)
    assert (with_h1.title, with_h1.title_source) == ("Tiêu đề bài viết", "h1")
    html = f"<html><body><div class='tieude'>Tiêu đề bài viết ở đây</div>{body}</body></html>"
    no_h1 = extract_article(html, URL)
    assert (no_h1.title, no_h1.title_source) == ("Tiêu đề bài viết ở đây", "title-class")


def test_http_charset_reaches_the_decoder() -> None:
    """The spider passes the Content-Type header: a page that declares nothing itself, in a
    charset that detection alone gets wrong on so little text, decodes right with it."""
    page = "<html><body><h1>Новости региона</h1><p>Короткий текст новости.</p></body></html>"
    body = page.encode("koi8-r")
    assert extract_article(body, "https://example.ru/a-1.html").title != "Новости региона"
    with_header = extract_article(
        body, "https://example.ru/a-1.html", content_type="text/html; charset=KOI8-R"
    )
    assert with_header.title == "Новости региона"


TITLE_BODY = "<div class='detail-content'><p>" + "Câu văn đầy đủ, có dấu phẩy. " * 30 + "</p></div>"


@pytest.mark.parametrize(
    ("name", "head", "headings", "expected"),
    [
        (
            # Two h1: a section label first, the headline second.
            "section-label-h1-first",
            "<title>Chiến sự Nga - Ukraine ngày 8/1 - Báo Cà Mau</title>",
            "<h1 class='cate'>THỜI SỰ</h1><h1>Chiến sự Nga - Ukraine ngày 8/1</h1>",
            ("Chiến sự Nga - Ukraine ngày 8/1", "h1"),
        ),
        (
            # The site's name in an h1 covers the "Site" of "Headline | Site".
            "site-name-h1-and-headline-h1",
            "<title>Lũ về trên sông Lô | Báo Tuyên Quang</title>",
            "<h1>Báo Tuyên Quang</h1><h1>Lũ về trên sông Lô</h1>",
            ("Lũ về trên sông Lô", "h1"),
        ),
        (
            # og:title carries words the page's headline does not show.
            "og-title-with-extra-words",
            '<meta property="og:title" content="Lũ về trên sông Lô Tuyên Quang › Báo TQ">',
            "<h1>Lũ về trên sông Lô</h1>",
            ("Lũ về trên sông Lô", "h1"),
        ),
        (
            "blog-h2-under-the-site-h1",
            "<title>Lũ về trên sông Lô | Nhật ký</title>",
            "<h1>Nhật ký</h1><h2>Lũ về trên sông Lô</h2>",
            ("Lũ về trên sông Lô", "h2"),
        ),
        (
            "kicker-marked-in-the-h1",
            "<title>Lũ về trên sông Lô</title>",
            (
                "<h1><span class='dachzeile'>Thời tiết</span> <span class='headline'>Lũ về trên "
                "sông Lô</span></h1>"
            ),
            ("Lũ về trên sông Lô", "h1"),
        ),
        (
            # A metadata title found inside the heading: the rest is set beside it.
            "og-title-inside-the-h1",
            '<meta property="og:title" content="Lũ về trên sông Lô">',
            "<h1><em>Thời tiết </em>Lũ về trên sông Lô</h1>",
            ("Lũ về trên sông Lô", "og"),
        ),
        (
            "date-and-ruby-left-out",
            "<title>子どもへの体罰を禁止</title>",
            "<h1><span class='date'>27.01.2022</span><ruby>子<rt>こ</rt></ruby>どもへの体罰を禁止</h1>",
            ("子どもへの体罰を禁止", "h1"),
        ),
    ],
)
def test_title_is_the_heading_that_names_the_page(
    name: str, head: str, headings: str, expected: tuple[str, str]
) -> None:
    article = extract_article(
        f"<html><head>{head}</head><body>{headings}{TITLE_BODY}</body></html>", URL
    )
    assert (article.title, article.title_source) == expected


def test_character_references_in_json_ld_and_meta_are_letters() -> None:
    head = (
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Chi&#7871;n '
        's&#7921; Nga - Ukraine","author":{"@type":"Person","name":"Nguy&#7877;n V&#259;n A"},'
        '"publisher":{"@type":"Organization","name":"B&aacute;o C&agrave; Mau"}}</script>'
        '<meta name="description" content="Ng&amp;agrave;y 8/1, chi&amp;#7871;n s&amp;#7921; tiếp diễn">'
        '<script type="application/ld+json">{"@type":"WebSite","name":"B&aacute;o C&agrave; Mau"}'
        "</script>"
    )
    # The page shows the JSON-LD's author in a sentence (no byline of its own): a name the
    # page never shows is not taken from metadata.
    shown = "<p>Phóng viên Nguyễn Văn A ghi nhận tại hiện trường.</p>"
    article = extract_article(
        f"<html><head>{head}</head><body><h1>x</h1>{TITLE_BODY}{shown}</body></html>", URL
    )
    assert article.title == "Chiến sự Nga - Ukraine"
    assert article.authors == ["Nguyễn Văn A"]
    assert article.summary == "Ngày 8/1, chiến sự tiếp diễn"


def test_sapo_above_the_body_is_its_first_paragraph_and_the_summary() -> None:
    html = (
        "<html><body><h1 class='cate'>THỜI SỰ</h1><h1>Chiến sự ngày 8/1</h1>"
        "<div class='sapo'>(CTO) - Ngày 8/1, lực lượng chức năng tỉnh Cà Mau tổ chức diễn tập.</div>"
        f"<div class='share'>Chia sẻ</div>{TITLE_BODY}<footer><p class='intro'>"
        + "Báo Cà Mau, cơ quan của Tỉnh ủy. " * 3
        + "</p></footer></body></html>"
    )
    article = extract_article(html, URL)
    assert article.summary == "Ngày 8/1, lực lượng chức năng tỉnh Cà Mau tổ chức diễn tập."
    assert article.body_text.startswith(article.summary + "\n\nCâu văn đầy đủ")
    assert "Tỉnh ủy" not in article.body_text


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Nguyễn Văn A", "Trần Thị B"], ["Nguyễn Văn A", "Trần Thị B"]),
        (["VnExpress"], []),  # the site
        (["VCCorp.vn"], []),  # a domain
        (["VietNamNet News"], []),  # a publication
        (["Báo Cà Mau"], []),
        (["Công ty CP Truyền thông ABC"], []),
        (["admin"], []),
        (["Name *"], []),
        (["Deutsches Weininstitut GmbH"], []),
        (["mix1.de Redaktion"], []),
        (["Kirche und Leben", "Münster", "Germany"], []),  # a publisher line, all of it
        (["Lüder Hoppe info@buero-hoppe.de"], ["Lüder Hoppe"]),
        (["PV"], ["PV"]),
        (["Heiko Adams"], ["Heiko Adams"]),  # a person's own site keeps its author
    ],
)
def test_person_names(names: list[str], expected: list[str]) -> None:
    sites = ["VnExpress", "Kirche und Leben", "Heiko Adams"]
    assert person_names(names, sites, "www.vnexpress.net") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ảnh: Minh Quang", True),
        ("Foto: dpa", True),
        ("Ảnh minh họa", False),
        ("Bài: A", False),
        # the credit of the picture heading the post
        ("Beitragsbild: Titelseite der FAZ vom 2.4.2019, Ausriss.", True),
        ("Ảnh bìa: Thanh Hà", True),
        ("Featured image: NASA", True),
    ],
)
def test_photo_credit(line: str, expected: bool) -> None:
    assert photo_credit(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Natalie Naccache | Bloomberg | Getty Images", True),
        ("Hau Dinh / AP Photo", True),
        ("© Amazon", True),
        ("Thinkstock", True),  # a stock-photo library alone
        ("Photo by Jane Doe on Unsplash", True),
        ("Shutterstock bought the company. It paid in cash.", False),  # sentences
        ("Reuters", False),  # a lone word may be a dateline or a heading
        ("Ảnh: TTXVN", False),  # photo_credit's, kept as a caption
        ("Copyright 2020. All rights reserved.", False),  # a sentence
        ("The minister met them in Paris / AFP. Then he left", False),
    ],
)
def test_is_agency_credit(line: str, expected: bool) -> None:
    assert is_agency_credit(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tempo de leitura: 1 minuto", True),
        ("5 min read", True),
        ("Lesezeit: ca. 3 Minuten", True),
        ("Filed under: Khawarij |", True),
        ("Từ khóa: Hà Nội, bão số 3", True),
        ("Reading time is falling. We found that readers skim", False),  # a sentence
        ("Posted in the morning, the letter said.", False),  # no label's colon
        # a download link's line: a file type and its size
        (
            "Informationsschreiben vom 14. Oktober 2021PDF | 38 KB | Datei ist nicht barrierefrei",
            True,
        ),
        ("Tải về (PDF, 1,2 MB)", True),
        ("Die PDF-Datei hat 38 KB und ist barrierefrei, sagte er.", False),  # a sentence
        ("Adobe PDF 38 Seiten", False),  # no size
        ("Hồ sơ gửi qua mạng dưới dạng PDF 2 MB.", False),  # a sentence about a file
    ],
)
def test_is_page_meta(line: str, expected: bool) -> None:
    assert is_page_meta(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Telefon: +49 - (30) - 555 12 - 300", True),
        ("Tel.: 0221 98765-43", True),
        ("Fax: 0431/123 45-6", True),
        ("E-Mail: presse@beispiel-verband.de", True),
        ("Phone: +1 (212) 555-0188", True),
        ("Telefon: Die Hotline ist ab Montag geschaltet.", False),  # a sentence, no number
        ("Phone: 555-0188, or write to the newsroom", False),  # more than the number
        ("Đường dây nóng: 0912 345 678", False),  # a story's hotline, not a contact label
    ],
)
def test_is_contact_field(line: str, expected: bool) -> None:
    assert is_contact_field(line) is expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Głos w sprawie zabrali też radni miasta. [czytaj więcej]",
            "Głos w sprawie zabrali też radni miasta.",
        ),
        ("The council voted on Monday. [Read more…]", "The council voted on Monday."),
        ("Der Rat stimmte zu. [mehr]", "Der Rat stimmte zu."),
        ("[mehr]", "[mehr]"),  # only the link: judged as a line of its own
        ("Er sagte [mehr] nicht.", "Er sagte [mehr] nicht."),  # not at the end
        ("The survey [1] covers 2,000 homes [2]", "The survey [1] covers 2,000 homes [2]"),
    ],
)
def test_without_more_link(paragraph: str, expected: str) -> None:
    assert without_more_link(paragraph) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '[button link="https://example.com/review/" type="big"] Send us your review[/button]',
            True,
        ),
        ("[caption id=1]Người dân đón xe ở bến[/caption]", False),  # a caption: kept
        ("[1] Smith, J. (2001). A study [of] things.", False),  # a reference, not a shortcode
    ],
)
def test_is_shortcode(text: str, expected: bool) -> None:
    assert is_shortcode(text) is expected


@pytest.mark.parametrize(
    "article_class",
    [
        # WordPress post classes: its taxonomy classes ("tag-…") are not a tag list.
        "post-89676 post type-post status-publish hentry category-xa-hoi tag-le-hoi tag-du-lich",
        # A paywall-named container holds the story's visible part.
        "has-paywall entry-body",
    ],
)
def test_article_container_named_like_furniture_is_kept(article_class: str) -> None:
    menu = "".join(f"<li><a href='/m{i}'>Chuyên mục số {i} của báo</a></li>" for i in range(60))
    html = (
        f"<html><body><header><ul class='main-nav'>{menu}</ul></header>"
        f"<h1>Lễ hội đền Bà Triệu</h1><article class='{article_class}'><p>"
        + "Lễ hội năm nay thu hút hàng nghìn du khách, nhiều hoạt động mới. " * 12
        + "</p></article></body></html>"
    )
    article = extract_article(html, URL)
    assert article.body_text.startswith("Lễ hội năm nay thu hút")


@pytest.mark.parametrize(
    ("hints", "negative"),
    [
        ("field field--name-field-body field--label-hidden", False),  # Drupal: the label is hidden
        ("node node-article node-promoted view-mode-full", False),  # Drupal: promoted to the front
        ("kb-tip-print-step", False),  # a recipe's step
        ("kb-overflow-hidden", False),  # a CSS utility
        ("box hidden", True),
        ("print-only", True),
        ("promo-box", True),
        ("share-bar", True),
        # affiliate notes and disclosures set in the article ("We recommend the best products…")
        ("affiliate-text", True),
        ("comp disclosure-text", True),
        ("artDetailAutor__text".lower(), True),  # the author's box, in German
        # author-box plugins whose names do not say "author"
        ("saboxplugin-wrap", True),
        ("abh_box abh_box_down", True),
        ("ts-fab-wrapper", True),
        ("sabo-fonts", False),
    ],
)
def test_furniture_names(hints: str, negative: bool) -> None:
    from aggregator.extract.content import is_negative

    assert is_negative(hints) is negative


@pytest.mark.parametrize(
    ("heading", "kept"),
    [
        ("<h3>Xem thêm: <a href='/tin-khac.html'>Khánh thành cầu mới ở huyện bên</a></h3>", False),
        ("<h3>MIRA: <a href='/otra.html'>Madre se acerca a conocer los motivos</a></h3>", False),
        # a linked subheading; a pointer's words without a link: the story's own headings
        ("<h3><a href='#phan-2'>Phần 2: Những người giữ rừng</a></h3>", True),
        ("<h3>Xem thêm những điểm mới của luật</h3>", True),
    ],
)
def test_a_pointer_set_as_a_subheading_is_not_the_story(heading: str, kept: bool) -> None:
    article = _boxed_story(heading)
    text = etree.fromstring(f"<x>{heading}</x>").xpath("string()").strip()
    assert (text in article.body_text) is kept
    assert article.body_text.count("Câu văn đầy đủ của bài") == 16


_CARD_TEXT = "Mùa hè là mùa du lịch, nhiều gia đình chọn biển miền Trung."


@pytest.mark.parametrize(
    ("box", "kept"),
    [
        # another story's card: its picture and its "more" link go to one address
        (
            (
                f"<div class='snippet'><a href='/bai-khac.html'><img src='/a.jpg'></a>"
                f"<div>{_CARD_TEXT} <a href='/bai-khac.html'>Đọc tiếp</a></div></div>"
            ),
            False,
        ),
        # its headline and its "more" link
        (
            (
                f"<div class='teaser'><h2><a href='/bai-khac.html'>Biển đón khách</a></h2>"
                f"<p>{_CARD_TEXT} <a href='/bai-khac.html'>mehr</a></p></div>"
            ),
            False,
        ),
        # a photo and its caption's link both go to the full-size picture: the story's figure
        (
            (
                f"<div class='photo'><a href='/anh/lon.jpg'><img src='/anh/nho.jpg'></a>"
                f"<p>{_CARD_TEXT} <a href='/anh/lon.jpg'>Phóng to</a></p></div>"
            ),
            True,
        ),
        # a short post's own box: its title and its date both link the page itself
        (
            (
                f"<div class='post'><h2><a href='{URL}'>Biển đón khách</a></h2>"
                f"<p><a href='{URL}'>12/3/2024</a></p><p>{_CARD_TEXT}</p></div>"
            ),
            True,
        ),
        # the story's own paragraph citing one source twice, no picture or heading linked
        (
            (
                f"<div><p>{_CARD_TEXT} Theo <a href='/so-lieu.html'>số liệu</a> của sở "
                f"(<a href='/so-lieu.html'>bảng</a>).</p></div>"
            ),
            True,
        ),
    ],
)
def test_a_teaser_card_inside_the_story_is_not_the_story(box: str, kept: bool) -> None:
    article = _boxed_story(box)
    assert (_CARD_TEXT in article.body_text) is kept
    assert article.body_text.count("Câu văn đầy đủ của bài") == 16


_TEASER_SUMMARY = "The latest on artificial intelligence, from machine learning to vision"


@pytest.mark.parametrize(
    ("box", "kept"),
    [
        # a teaser box between the story's paragraphs: its heading, the other story's summary
        (
            (
                "<div class='callout'><div class='heading-h5'>Keep Reading</div>"
                f"<div class='summary'>{_TEASER_SUMMARY}</div>"
                "<ul><li><a href='/story/a'>Another story of the site</a></li></ul></div>"
            ),
            False,
        ),
        (
            (
                "<section><h4>Lesen Sie auch:</h4>"
                f"<p>{_TEASER_SUMMARY}</p><p><a href='/b'>Zum Artikel</a></p></section>"
            ),
            False,
        ),
        # a box of the story whose first words are no teaser heading
        (
            f"<div class='fact-box'><h4>Key figures</h4><p>{_TEASER_SUMMARY}</p></div>",
            True,
        ),
        # a paragraph that starts with the words, in a box of its own: the story's sentence
        (f"<div><p>Keep reading {_TEASER_SUMMARY}</p></div>", True),
    ],
)
def test_a_box_opened_by_a_teaser_heading_is_the_teaser(box: str, kept: bool) -> None:
    article = _boxed_story(box, EN_STORY, "https://example.com/story/1")
    assert (_TEASER_SUMMARY in article.body_text) is kept
    assert article.body_text.count("A full sentence of the story") == 16


_PITCH_ARGUMENT = "Independent reporting costs money, and readers like you pay for most of it"


@pytest.mark.parametrize(
    ("box", "kept"),
    [
        # the site's pitch as a box between the story's paragraphs: its heading, its argument,
        # the call to action, the button
        (
            (
                "<div class='member-box'><h2>An informed public decides better</h2>"
                f"<p>{_PITCH_ARGUMENT}.<br><br><strong>Become a member today</strong></p>"
                "<a class='button' href='/join'>Join</a></div>"
            ),
            False,
        ),
        (
            (
                "<section><h3>While you are here</h3>"
                f"<p>{_PITCH_ARGUMENT}.</p><p>Support our journalism: donate now.</p></section>"
            ),
            False,
        ),
        # a fact box of the story without a call to action
        (
            f"<div class='fact-box'><h4>Key figures</h4><p>{_PITCH_ARGUMENT}.</p></div>",
            True,
        ),
        # one paragraph in a box of its own: judged line by line (no call to action here)
        (f"<div><p>{_PITCH_ARGUMENT}, the editor said.</p></div>", True),
    ],
)
def test_a_short_box_holding_a_call_to_action_is_the_pitch(box: str, kept: bool) -> None:
    article = _boxed_story(box, EN_STORY, "https://example.com/story/1")
    assert (_PITCH_ARGUMENT in article.body_text) is kept
    assert article.body_text.count("A full sentence of the story") == 16


@pytest.mark.parametrize(
    ("element", "kept"),
    [
        # a custom element named as a teaser or as furniture, between the story's paragraphs
        (
            (
                "<pp-inline-teaser><pp-link href='/faq'><h3>FAQs Infektionsschutz</h3></pp-link>"
                "<div><p class='text'>{text}</p></div></pp-inline-teaser>"
            ),
            False,
        ),
        ("<newsletter-signup><p>{text}</p></newsletter-signup>", False),
        # a custom element of the story's own text (a highlighted passage, a term's tooltip)
        ("<p><x-highlight>{text}</x-highlight></p>", True),
    ],
)
def test_a_custom_element_named_as_furniture_is_not_the_story(element: str, kept: bool) -> None:
    text = "Erhalten Sie Antworten auf Ihre Fragen zum Thema Infektionsschutz."
    story = DE_STORY
    html = (
        "<html><body><h1>Meldung</h1>"
        f"<div class='body-text'>{story}{element.format(text=text)}{story}</div></body></html>"
    )
    article = extract_article(html, "https://example.de/meldung")
    assert (text in article.body_text) is kept
    assert article.body_text.count("Ein ganzer Satz der Meldung") == 16


@pytest.mark.parametrize(
    ("last", "kept"),
    [
        # the writer's bio set as the story's last paragraph
        (
            "Candice Sealey is the Founder & Principal Consultant at Ignite!, a PR consultancy.",
            False,
        ),
        ("Eric Song is IGN's deal curator and spends 25% of his pay on stuff he posts.", False),
        ("Anna Weber, Redakteurin in Berlin, ist eine Journalistin für Umweltthemen.", False),
        # the story's background, opened by an article; a quote's speaker named after it
        ("Die G7 ist ein informelles Forum der Staats- und Regierungschefs.", True),
        ("The council is a body of twelve elected members.", True),
        ("\u201cWe will rebuild,\u201d said Maria Lopez, who is a teacher.", True),
    ],
)
def test_a_closing_bio_is_not_the_story(last: str, kept: bool) -> None:
    story = EN_STORY
    html = (
        "<html><body><h1>Story headline</h1><div class='entry-content'>"
        f"{story}{story}<p><em>{last}</em></p></div></body></html>"
    )
    body = extract_article(html, "https://example.com/news/2").body_text
    assert (last in body) is kept
    assert body.count("A full sentence of the story") == 16


def test_an_id_left_in_the_markup_is_not_a_paragraph() -> None:
    story = EN_STORY
    html = (
        "<html><body><h1>Story headline</h1><div class='article-body'>"
        f"{story}<div class='inpage-embed' data-guid='191119052250266'>"
        "<div style='display: none;'>191119052250266</div></div>"
        f"<p>Turnout was 2019 of 4000 voters.</p><p>12345</p>{story}</div></body></html>"
    )
    body = extract_article(html, "https://example.com/news/1").body_text
    assert "191119052250266" not in body
    assert "Turnout was 2019 of 4000 voters." in body
    assert "\n12345\n" in body


@pytest.mark.parametrize(
    "page",
    [
        # a <nav> left open: the parser nests the whole article inside it
        "<nav class='navbar'>{menu}<main>{article}</main>",
        # a closed <nav> and an <aside> of other text beside the story: both go
        "<nav>{menu}</nav><main>{article}</main><aside><p>{aside}</p></aside>",
        # a page rendered by JavaScript: the story only in <noscript>
        "<nav>{menu}</nav><div id='app'></div><noscript>{article}</noscript>",
        # a <noscript> copy beside the story itself: read once
        "<nav>{menu}</nav><main>{article}</main><noscript>{article}</noscript>",
        # a <noscript> holding a picture and another text: not the story
        "<main>{article}</main><noscript><img src='/px.gif'><p>{aside}</p></noscript>",
    ],
)
def test_a_nav_or_noscript_holding_the_story_is_a_layout_box(page: str) -> None:
    menu = "".join(f"<a href='/muc-{i}'>Chuyên mục {i}</a>" for i in range(8))
    story = VI_STORY
    article = f"<article><h1>Tiêu đề bài</h1><div class='entry-content'>{story * 3}</div></article>"
    aside = "Một đoạn văn khác bên lề trang, không thuộc bài viết này, khá dài. " * 3
    html = "<html><body>" + page.format(menu=menu, article=article, aside=aside) + "</body></html>"
    body = extract_article(html, URL).body_text
    assert body.count("Câu văn đầy đủ của bài") == 24
    assert "Chuyên mục 3" not in body
    assert "Một đoạn văn khác bên lề" not in body


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        # a named anchor (a jump target) around the story's sentence: no link
        ("<p><a name='cau-hoi-3'>Nhiều bạn đọc hỏi: khi nào cầu mới thông xe?</a></p>", True),
        # a paragraph that is one link: a pointer to another story
        ("<p><a href='/cau-moi.html'>Nhiều bạn đọc hỏi: khi nào cầu mới thông xe?</a></p>", False),
        # a script's button without href (like and share counters): still a link
        ("<p><a onclick='like()'>Nhiều bạn đọc hỏi: khi nào cầu mới thông xe?</a></p>", False),
    ],
)
def test_a_named_anchor_is_no_link(paragraph: str, kept: bool) -> None:
    body = _boxed_story(paragraph).body_text
    assert ("khi nào cầu mới thông xe?" in body) is kept


@pytest.mark.parametrize(
    ("heading", "kept"),
    [
        # every heading set in h1: a section's heading shares no word with the page's title
        ("<h1>Tiểu sử nghệ thuật</h1>", True),
        # the headline repeated in the story block, with a kicker: not a subheading
        ("<h1>Thời sự: Khởi công đường mới nối huyện</h1>", False),
        # the site's logo, linked to its front page: not a subheading
        ("<h1><a href='/'>Báo Tỉnh Online</a></h1>", False),
    ],
)
def test_an_h1_that_names_no_title_is_a_subheading(heading: str, kept: bool) -> None:
    story = VI_STORY
    html = (
        "<html><head><title>Khởi công đường mới nối huyện | Báo Tỉnh</title></head><body>"
        "<h1>Khởi công đường mới nối huyện</h1>"
        f"<div class='entry-content'>{story}{heading}{story}</div></body></html>"
    )
    body = extract_article(html, URL).body_text
    text = etree.fromstring(f"<x>{heading}</x>").xpath("string()")
    assert (text in body) is kept
    assert body.count("Câu văn đầy đủ của bài") == 16


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        # WordPress's table block: a table in a figure, with its caption
        (
            (
                "<figure class='wp-block-table'><table><tr><td>Huyện</td><td>Diện tích</td></tr>"
                "<tr><td>Tân Biên</td><td>1.500 ha</td></tr></table>"
                "<figcaption>Diện tích lúa vụ đông xuân</figcaption></figure>"
            ),
            ["Tân Biên | 1.500 ha", "Diện tích lúa vụ đông xuân"],
        ),
        # a pull quote in a figure
        (
            (
                "<figure class='wp-block-pullquote'><blockquote><p>Nông dân phấn khởi vì được mùa"
                "</p></blockquote></figure>"
            ),
            ["Nông dân phấn khởi vì được mùa"],
        ),
        # an embed's figure: the address is no text, the caption is
        (
            (
                "<figure class='wp-block-embed-youtube'><div class='wp-block-embed__wrapper'>"
                "https://www.youtube.com/watch?v=abc123</div>"
                "<figcaption>Nông dân thu hoạch lúa</figcaption></figure>"
            ),
            ["Nông dân thu hoạch lúa"],
        ),
    ],
)
def test_a_figure_without_a_picture_is_read(figure: str, expected: list[str]) -> None:
    body = _boxed_story(figure).body_text
    for text in expected:
        assert text in body
    assert "youtube.com" not in body


def test_a_story_in_one_long_paragraph_outscores_a_box_of_short_ones() -> None:
    # An old CMS writes the whole story into one <p> with <br>s (over 4000 characters); a box of
    # a few shorter paragraphs below it (another story's intro) must not win on its commas.
    line = "Câu văn của bài kể chuyện ở huyện, có dấu phẩy, có số liệu, có lời kể.<br>"
    story = f"<p>{line * 60}</p>"
    intro = "<p>" + "Đoạn giới thiệu bài khác, ngắn, có vài dấu phẩy, vậy thôi. " * 5 + "</p>"
    html = (
        "<html><body><h1>Tiêu đề bài</h1><table><tr>"
        f"<td>{story}</td></tr><tr><td><div class='intro'>{intro * 3}</div></td></tr>"
        "</table></body></html>"
    )
    body = extract_article(html, URL).body_text
    assert body.count("Câu văn của bài kể chuyện ở huyện") == 60
    assert "Đoạn giới thiệu bài khác" not in body


@pytest.mark.parametrize(
    ("pieces", "kept"),
    [
        # the story cut into page-builder modules: two smaller ones after the first
        (["Đoạn tiếp theo của bài, có dấu phẩy, kể tiếp. " * 7] * 2, True),
        # a single module of the same build after a press release: its "about us" box
        (["Công ty chúng tôi là đơn vị hàng đầu, có trụ sở, có nhà máy. " * 12], False),
    ],
)
def test_an_article_cut_into_several_modules_is_read_whole(pieces: list[str], kept: bool) -> None:
    story = VI_STORY
    module = "<div class='wpb_text_column'><div class='wpb_wrapper'>{}</div></div>"
    html = (
        "<html><body><h1>Tiêu đề bài</h1><div class='vc_row'>"
        + module.format(story * 5)
        + "".join(module.format(f"<p>{text}</p>") for text in pieces)
        + "</div></body></html>"
    )
    body = extract_article(html, URL).body_text
    assert body.count("Câu văn đầy đủ của bài") == 40
    assert (pieces[0][:20] in body) is kept


def test_a_javascript_warning_in_noscript_is_no_article() -> None:
    # A page rendered by JavaScript whose <noscript> holds only a warning: still no body.
    html = (
        "<html><body><div id='app'></div><noscript><p>Trình duyệt của bạn đã tắt JavaScript, "
        "vui lòng bật JavaScript để đọc báo.</p></noscript></body></html>"
    )
    article = extract_article(html, URL)
    assert article.body_text == ""
    assert article.reject_reason == "no-body"


@pytest.mark.parametrize(
    ("page", "posts_read"),
    [
        # a forum thread: every post named like a comment, nothing else on the page to read
        ("<h1>Hỏi về cập nhật phần mềm</h1><div class='forum-comments'>{posts}</div>", True),
        # a story with its readers' comments below: the comments still go
        (
            (
                "<h1>Tiêu đề bài</h1><div class='entry-content'>{story}</div>"
                "<div class='comment-list'>{posts}</div>"
            ),
            False,
        ),
        # a short story (a few lines of verse) with more comment text than story: still a story
        (
            (
                "<h1>Tiêu đề bài</h1><div class='entry-content'><p>Mùa thu lá vàng rơi đầy ngõ"
                " nhỏ,<br>em về ngang qua phố cũ chiều nay.</p></div>"
                "<div class='comment-list'>{posts}</div>"
            ),
            False,
        ),
    ],
)
def test_a_thread_of_comment_named_posts_is_read(page: str, posts_read: bool) -> None:
    post = (
        "<div class='comment-item'><span class='comment-author'>bạn đọc {i}</span>"
        "<div class='comment-text'><p>Máy của tôi cập nhật xong trong năm phút, "
        "không gặp lỗi gì, chỉ cần kết nối mạng ổn định là được.</p></div></div>"
    )
    posts = "".join(post.format(i=i) for i in range(4))
    story = VI_STORY
    html = "<html><body>" + page.format(posts=posts, story=story * 2) + "</body></html>"
    body = extract_article(html, URL).body_text
    assert ("cập nhật xong trong năm phút" in body) is posts_read


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        # links set one per line under the story's text, in its block: pointers, gone
        ("<br><br><a href='/bai-khac.html'>Năm mẹo giữ sức khỏe mùa lạnh</a><br><br>", False),
        ("<br><a href='/bai-khac.html'>Năm mẹo giữ sức khỏe mùa lạnh</a><br>", False),
        # a line of links and separators: pointers too
        (
            (
                "<br><a href='/bai-khac.html'>Năm mẹo giữ sức khỏe mùa lạnh</a> <span>|</span> "
                "<a href='/rss'><span class='icon'></span>RSS</a><br>"
            ),
            False,
        ),
        # a line of links with words between them: a sentence, read
        (
            (
                "<br><a href='/a.html'>Năm mẹo giữ sức khỏe mùa lạnh</a> và "
                "<a href='/b.html'>cách phòng cảm cúm</a><br>"
            ),
            True,
        ),
        # a link inside a sentence of the story: read
        (
            "<br>Xem thêm <a href='/bai-khac.html'>Năm mẹo giữ sức khỏe mùa lạnh</a> ở đây.<br>",
            True,
        ),
        # a named anchor on a line of its own: no link
        ("<br><a name='muc-2'>Năm mẹo giữ sức khỏe mùa lạnh</a><br>", True),
    ],
)
def test_a_line_that_is_one_link_under_the_story_is_a_pointer(tail: str, kept: bool) -> None:
    story = "Câu văn đầy đủ của bài, có dấu phẩy, kể tiếp chuyện. " * 8
    html = (
        "<html><body><h1>Tiêu đề bài</h1>"
        f"<div class='entry-content'>{story}<br><br>{story}{tail}</div></body></html>"
    )
    body = extract_article(html, URL).body_text
    assert body.count("Câu văn đầy đủ của bài") == 16
    assert ("Năm mẹo giữ sức khỏe mùa lạnh" in body) is kept


def test_a_block_of_link_lines_alone_is_judged_whole() -> None:
    # A block holding only one-link lines (no text of its own) keeps them: its links are judged
    # as a whole (here a list of sources under the story, in a block of its own).
    story = VI_STORY
    sources = "<br>".join(
        f"<a href='/nguon-{i}.html'>Nguồn số {i} của bài viết này</a>" for i in range(2)
    )
    html = (
        "<html><body><h1>Tiêu đề bài</h1>"
        f"<div class='entry-content'>{story * 2}<p>{sources}</p></div></body></html>"
    )
    body = extract_article(html, URL).body_text
    assert "\ue000" not in body


@pytest.mark.parametrize(
    ("sizes", "widened"),
    [
        # the story cut into frames of one template (TYPO3 "outer", page-builder rows): the
        # chosen frame is a short one, a later frame of the same build is over twice as long
        ([4, 16, 6], True),
        # one frame of the same build beside it, much longer: a second story or a thread
        ([4, 16], False),
    ],
)
def test_a_story_cut_into_same_template_frames_widens_past_a_longer_frame(
    sizes: list[int], widened: bool
) -> None:
    sentence = "Câu văn của bài, có dấu phẩy, kể tiếp chuyện ở huyện. "
    frames = "".join(
        f"<div class='outer'><div class='inner'><p>{sentence * n}</p></div></div>" for n in sizes
    )
    root = lxml_html.fromstring(f"<html><body><div class='frames'>{frames}</div></body></html>")
    stats = content.measure(root.find("body"))
    best = root.find(".//div[@class='inner']")
    result = content._widen(best, {}, stats)
    assert (result.get("class") == "frames") is widened


@pytest.mark.parametrize(
    ("later", "read"),
    [
        # the story's next band, after a band holding a table: read on
        (
            "<div class='band text'><div class='col'><h2>Phần hai</h2><p>{rest}</p></div></div>",
            True,
        ),
        # the next story an endless page appends, in the same band template: its own h1
        (
            "<div class='band text'><div class='col'><h1>Bài khác</h1><p>{rest}</p></div></div>",
            False,
        ),
        # a band of another template (the site's footer band)
        ("<div class='band footer-info'><div class='col'><p>{rest}</p></div></div>", False),
    ],
)
def test_a_story_carried_on_in_the_next_top_level_band_of_its_template(
    later: str, read: bool
) -> None:
    story = "<p>" + "Câu văn đầy đủ của bài, có dấu phẩy, kể chuyện ở huyện. " * 6 + "</p>"
    rest = "Đoạn sau của bài viết, có dấu phẩy, kể tiếp chuyện ở xã. " * 4
    html = (
        "<html><body><div class='site-head'><a href='/'>Trang chủ</a></div>"
        f"<div class='band text'><div class='col'><h1>Tiêu đề bài</h1>{story * 4}</div></div>"
        "<div class='band table-band'><table><tr><td>Chỉ số</td><td>12,5</td></tr></table></div>"
        + later.format(rest=rest)
        + "</body></html>"
    )
    body = extract_article(html, URL).body_text
    assert body.count("Câu văn đầy đủ của bài") == 24
    assert ("Đoạn sau của bài viết" in body) is read


_CTA_PITCH = "Members get every story, the magazine and calls with our writers. Consider it?"


@pytest.mark.parametrize(
    ("box", "kept"),
    [
        # a call-to-action box set in the story's container: the pitch, its heading, its button
        (
            (
                "<div class='nrx-cta-wrap'><div class='nrx-cta'><h4>Something to Consider</h4>"
                f"<p>{_CTA_PITCH}</p><a class='button' href='/join'>LEARN MORE</a></div></div>"
            ),
            False,
        ),
        (f"<section class='cta-bar'><p>{_CTA_PITCH}</p></section>", False),
        # "cta" inside another word; a link named so is judged with its card or paragraph
        (f"<div class='dictator-profile'><p>{_CTA_PITCH}</p></div>", True),
        (f"<p>{_CTA_PITCH} <a class='cta' href='/join'>Join</a></p>", True),
    ],
)
def test_a_call_to_action_box_is_not_the_story(box: str, kept: bool) -> None:
    body = _boxed_story(box, EN_STORY, "https://example.com/news/3").body_text
    assert (_CTA_PITCH in body) is kept
    assert ("LEARN MORE" in body) is False
    assert body.count("A full sentence of the story") == 16


@pytest.mark.parametrize(
    ("post", "kept"),
    [
        # a short embedded tweet: its picture's address and its date are links, most of its text
        (
            (
                "<blockquote class='twitter-tweet'><p lang='en'>Wow. "
                "<a href='https://t.co/4p7SXk7JPW'>pic.twitter.com/4p7SXk7JPW</a></p>"
                "&mdash; Jane Doe (@janedoe) <a href='https://twitter.com/janedoe/status/1'>"
                "November 18, 2019</a></blockquote>"
            ),
            True,
        ),
        # a quote of links with no embed class: a list of other stories, judged by its density
        (
            (
                "<blockquote><p><a href='/a'>Wow. pic.twitter.com/4p7SXk7JPW</a></p>"
                "<p><a href='/b'>Jane Doe (@janedoe) November 18, 2019</a></p></blockquote>"
            ),
            False,
        ),
    ],
)
def test_an_embedded_post_is_quoted_whole(post: str, kept: bool) -> None:
    body = _boxed_story(post, EN_STORY, "https://example.com/news/4").body_text
    assert ("Wow. pic.twitter.com/4p7SXk7JPW" in body) is kept
    assert ("Jane Doe (@janedoe) November 18, 2019" in body) is kept
    assert body.count("A full sentence of the story") == 16


_HOVER_HEADLINES = "Senate passes the budget after a long night; Governor signs the water bill"


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        # a linked name wrapped with its hover card: the name stays in the sentence, the card goes
        (
            (
                "<p>The bill was backed by Sen. <span class='rollover-people'>"
                "<a class='rollover-people-link' href='/people/jane-doe'>Jane Doe</a>"
                "<span class='rollover-people-block'><span>Jane Ann Doe</span>"
                "<a href='/news/1'>Senate passes the budget after a long night</a>; "
                "<a href='/news/2'>Governor signs the water bill</a>"
                "<a href='/people/jane-doe'>MORE</a></span></span> (D-Ore.) on Tuesday.</p>"
            ),
            "The bill was backed by Sen. Jane Doe (D-Ore.) on Tuesday.",
        ),
        # the card set apart after the link
        (
            (
                "<p>The bill was backed by Sen. <a href='/people/jane-doe'>Jane Doe</a>"
                "<span class='hovercard'><a href='/news/1'>Senate passes the budget after a long"
                " night</a>; <a href='/news/2'>Governor signs the water bill</a></span>"
                " (D-Ore.) on Tuesday.</p>"
            ),
            "The bill was backed by Sen. Jane Doe (D-Ore.) on Tuesday.",
        ),
        # a glossary tooltip (no links) and a link named as a tooltip: the story's own words
        (
            (
                "<p>The bill was backed by the <span class='tooltip'>Senate<span "
                "class='tooltip-text'>the upper chamber</span></span> and <a class='lexicon "
                "tooltip-link' href='/glossary/house'>House</a> on Tuesday.</p>"
            ),
            "The bill was backed by the Senatethe upper chamber and House on Tuesday.",
        ),
    ],
)
def test_a_hover_card_is_not_the_story(sentence: str, shown: str) -> None:
    body = _boxed_story(sentence, EN_STORY, "https://example.com/news/5").body_text
    assert shown in body.split("\n")
    assert "Senate passes the budget" not in body
    assert body.count("A full sentence of the story") == 16


@pytest.mark.parametrize(
    ("caption", "kept"),
    [
        # the lead picture's caption is the served title (the h1 words it another way)
        ("Council opens a letters page for its readers", False),
        ("The council's new building on Main Street", True),  # a caption of its own
    ],
)
def test_a_lead_caption_that_repeats_the_page_title_goes(caption: str, kept: bool) -> None:
    html = (
        "<html><head><title>Council opens a letters page for its readers | Daily</title>"
        "<meta property='og:title' content='Council opens a letters page for its readers'>"
        "</head><body><h1>Letters: a new space where the council hears its readers</h1>"
        "<div class='entry-content'><figure><img src='/img/lead.jpg'>"
        f"<figcaption>{caption}</figcaption></figure>{EN_STORY}{EN_STORY}</div></body></html>"
    )
    article = extract_article(html, "https://example.com/story/1")
    # (an English page's body_text leaves every caption out; body_html shows the kept ones)
    assert (caption in article.body_html) is kept
    assert "/img/lead.jpg" in article.body_html
    assert article.body_text.count("A full sentence of the story") == 16


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # the way on to the next part of a series: a pointer, its label diluting the link
        ("<p>... weiter zu „<a href='/serie/teil-2'>Die Wortwahl</a>“</p>", False),
        ("<p>Continue to <a href='/guide/part-3'>part three</a></p>", False),
        # a sentence that starts with the words and holds no link
        ("<p>Weiter zu Fuß ging es dann über den Pass bis ins Tal.</p>", True),
    ],
)
def test_a_pointer_to_the_next_part_goes(line: str, kept: bool) -> None:
    html = (
        "<html><body><h1>Story headline</h1>"
        f"<div class='entry-content'>{DE_STORY}{DE_STORY}{line}</div></body></html>"
    )
    article = extract_article(html, "https://example.com/serie/teil-1")
    text = lxml_html.fromstring(line).text_content()
    assert (text in article.body_text) is kept
    assert article.body_text.count("Ein ganzer Satz der Meldung") == 16


# --- round 9: furniture by structure, on pages whose class names say nothing -----------------------


_HASHED_PAGE = (
    "<html><body><div class='c1a2b3c'><h1 class='c9f8e7d'>Story headline</h1>"
    "<div class='c4d5e6f'>{story}</div>{after}</div>"
    "<div class='c7a8b9c'><p>Site footer text of the publisher, a line long enough to count.</p>"
    "</div></body></html>"
)
_REPLY_FORM = (
    "<form action='/wp-comments-post.php' method='post'>"
    "<p>Your email address will not be published. Required fields are marked *</p>"
    "<p><label>Comment</label><textarea name='comment'></textarea></p>"
    "<p><label>Name *</label><input name='author'></p>"
    "<p><input type='submit' value='Post Comment'></p></form>"
)
_COMMENT_LIST = (
    "<ol>"
    + "".join(
        f"<li><p>Reader {i} says: 20. November 2022 at 10:3{i}</p><p>I read this twice, and "
        "the part about the harbour reminded me of my own town, thank you for writing.</p></li>"
        for i in range(4)
    )
    + "</ol>"
)


@pytest.mark.parametrize(
    ("after", "gone"),
    [
        # a reply form under its heading, no class names
        (f"<div class='cab12cd'><h3>Leave a Reply</h3>{_REPLY_FORM}</div>", ["not be published"]),
        # a counter heading quoting the title, the posts in a list, the form below them
        (
            (
                "<section class='c0c0c0c'><h3>4 Antworten zu “Story headline”</h3>"
                f"{_COMMENT_LIST}<div>{_REPLY_FORM}</div></section>"
            ),
            ["Antworten zu", "reminded me", "not be published"],
        ),
        # the heading and the posts are the story box's siblings: they go from the heading on
        (
            f"<h2>4 Comments »</h2>{_COMMENT_LIST}<h2>Leave a comment</h2>{_REPLY_FORM}",
            ["Comments", "reminded me", "not be published"],
        ),
        # comments closed: the heading and its list, no form
        (f"<h3>3 Kommentare</h3>{_COMMENT_LIST}", ["Kommentare", "reminded me"]),
    ],
)
def test_a_comment_section_goes_by_its_structure(after: str, gone: list[str]) -> None:
    article = extract_article(_HASHED_PAGE.format(story=EN_STORY, after=after), URL)
    assert "A full sentence of the story" in article.body_text
    for text in gone:
        assert text not in article.body_text


def test_a_page_in_one_form_keeps_its_story() -> None:
    # ASP.NET: the whole page in one form, a comment box inside it: the form is no reply form
    html = (
        "<html><body><form id='aspnetForm'><h1>Tiêu đề bài</h1>"
        f"<div>{VI_STORY}{VI_STORY}</div><h3>Bình luận</h3>"
        "<div><textarea></textarea><input type='submit' value='Gửi'></div></form></body></html>"
    )
    article = extract_article(html, URL)
    assert article.body_text.count("Câu văn đầy đủ") == 16


def test_a_reply_form_beside_a_short_story_leaves_the_story() -> None:
    # the form's wrapper holds a paragraph of the story: the wrapper is the story's, it stays
    story = "<p>A short note of the day, with a comma, and nothing else to tell.</p>"
    html = (
        "<html><body><h1>Story headline</h1><div>"
        f"{story}{EN_STORY}<div>{_REPLY_FORM}</div></div></body></html>"
    )
    article = extract_article(html, URL)
    assert "A short note of the day" in article.body_text
    assert "not be published" not in article.body_text


def test_a_forum_thread_keeps_its_posts() -> None:
    # the posts are the page's text: removing them would leave no story
    html = (
        "<html><body><h1>Thread title</h1><h2>4 replies</h2>"
        f"<h3>4 Comments</h3>{_COMMENT_LIST}<h3>Leave a Reply</h3>{_REPLY_FORM}</body></html>"
    )
    article = extract_article(html, URL)
    assert "reminded me of my own town" in article.body_text


_SHARE_BAR = (
    "<div><h3>Teilen Sie dies mit:</h3><div>"
    "<a href='https://blog.example/2020/post/?share=twitter'>Twitter</a>"
    "<a href='https://blog.example/2020/post/?share=facebook'>Facebook</a></div></div>"
)


@pytest.mark.parametrize(
    ("middle", "gone"),
    [
        (_SHARE_BAR, ["Teilen Sie", "Twitter", "Facebook"]),
        # a label before the bar, the bar of network names linked to their share endpoints
        (
            (
                "<p>Sharing is caring!</p><div><a href='https://www.facebook.com/sharer/sharer.php"
                "?u=https%3A%2F%2Fblog.example%2Fpost'>Facebook</a><a href='https://twitter.com/"
                "intent/tweet?url=https%3A%2F%2Fblog.example%2Fpost'>Twitter</a><a href='https://"
                "www.pinterest.com/pin/create/button/?url=x'>Pinterest</a></div>"
            ),
            ["Sharing is caring", "Pinterest"],
        ),
    ],
)
def test_a_share_bar_goes_by_its_links(middle: str, gone: list[str]) -> None:
    article = _boxed_story(middle, EN_STORY)
    assert article.body_text.count("A full sentence of the story") == 16
    for text in gone:
        assert text not in article.body_text


def test_one_share_link_in_a_sentence_stays() -> None:
    middle = (
        "<p>Readers can <a href='https://twitter.com/intent/tweet?text=x'>tweet the quote</a> "
        "and <a href='https://www.facebook.com/paper'>follow the paper</a>, the editor said.</p>"
    )
    article = _boxed_story(middle, EN_STORY)
    assert "tweet the quote" in article.body_text


_SLIDESHOW = (
    "<div class='c11aa22'><ul class='c33bb44'><li><img src='/photos/1.jpg' alt='photo'>"
    "<div>{caption}<a> less</a></div><div>{cut}<a> ... more</a></div></li></ul>"
    "<div><span>Photo: Jane Roe, AP</span><div>Image <span>1</span><span> of </span>"
    "<span>23</span></div><p>Caption</p><p>Close</p></div>"
    "<div><div>Gallery headline</div><div>1 / 23</div><div>Back to Gallery</div></div></div>"
)
_CAPTION = (
    "Visitors look at the new electric station wagon on the show's opening day, Tuesday, "
    "Nov. 19, 2019, in Los Angeles."
)


def test_a_slideshow_goes_by_its_counter() -> None:
    gallery = _SLIDESHOW.format(caption=_CAPTION, cut=_CAPTION[:60])
    html = (
        "<html><body><h1>Story headline</h1>"
        f"<div class='c55cc66'>{gallery}{EN_STORY}{EN_STORY}</div></body></html>"
    )
    article = extract_article(html, URL)
    assert article.body_text.count("A full sentence of the story") == 16
    for text in ("Visitors look", "1 / 23", "Back to Gallery", "Jane Roe"):
        assert text not in article.body_text


def test_a_photo_story_keeps_its_captions() -> None:
    # the slideshow is the page's text: its captions are the story
    captions = "".join(
        f"<li><img src='/photos/{i}.jpg'><p>{_CAPTION} Picture {i} of the day's walk.</p></li>"
        for i in range(1, 6)
    )
    html = (
        "<html><body><h1>Story headline</h1><div><ul>"
        f"{captions}</ul><div>1 / 5</div></div></body></html>"
    )
    article = extract_article(html, URL)
    assert "Picture 3 of the day's walk" in article.body_text


@pytest.mark.parametrize(
    ("text", "counter"),
    [
        ("1 / 23", True),
        ("Image 1 of 23", True),
        ("Bild 3 von 12", True),
        ("Ảnh 2/5", True),
        ("20/11", False),  # a day and a month: more shown than there are
        ("Room 4 of 9 floors", False),
        ("2019/2020", False),
    ],
)
def test_slide_counters(text: str, counter: bool) -> None:
    doc = lxml_html.fromstring(f"<div><img src='a.jpg'><div>{text}</div></div>")
    stats = content.measure(doc)
    assert (content._slide_counter(doc[1], stats.text) is not None) is counter


def _author_box(name: str) -> str:
    return (
        f"<div class='c8d9e0f'><img src='/img/{name.split()[0].lower()}.jpg' alt='{name}'>"
        f"<div><p><a href='/autoren/{name.lower().replace(' ', '-')}'>{name}</a></p>"
        f"<p>{name} leitet das Ressort Wissen und schreibt über Medizin und Forschung.</p>"
        f"<p><a href='mailto:{name.split()[0].lower()}@zeitung.example'>E-Mail</a></p>"
        "</div></div>"
    )


def test_an_author_box_goes_by_its_picture_and_links() -> None:
    html = (
        "<html><body><h1>Story headline</h1>"
        f"<div class='c1f2e3d'>{DE_STORY}{DE_STORY}{_author_box('Claudia Riedler')}</div>"
        "</body></html>"
    )
    article = extract_article(html, URL)
    assert article.body_text.count("Ein ganzer Satz der Meldung") == 16
    assert "leitet das Ressort" not in article.body_text


def test_a_team_page_keeps_its_people() -> None:
    # three or more such boxes are the page's text: a team or contact page
    people = "".join(_author_box(n) for n in ("Anna Berg", "Jonas Keller", "Mira Vogt"))
    html = f"<html><body><h1>Unser Team</h1><div>{people}</div></body></html>"
    article = extract_article(html, URL)
    assert "Jonas Keller leitet das Ressort" in article.body_text


def test_a_contact_line_without_a_picture_stays() -> None:
    middle = (
        "<div><p>Fragen zur Aktion beantwortet das Bürgerbüro, <a href='mailto:buero@stadt"
        ".example'>buero@stadt.example</a>, montags bis freitags von acht bis zwölf Uhr.</p></div>"
    )
    article = _boxed_story(middle, DE_STORY)
    assert "Fragen zur Aktion beantwortet" in article.body_text


# --- round 10: a page's parts known by shape, without HTML5's semantic elements ---------------------

_PICTURE = "<div><img src='/img/lander.jpg' alt=''></div>"


@pytest.mark.parametrize(
    ("box", "caption"),
    [
        # <figure> and <figcaption> renamed to divs
        (
            (
                f"<div>{_PICTURE}<div>An illustration of the lander shows how people could go "
                "back to the Moon [SpaceX via Nasa]</div></div>"
            ),
            True,
        ),
        # the picture straight in the box, the credit in a span of the caption
        (
            (
                "<div><img src='/img/schiff.jpg'><div>Rep. Adam Schiff speaks during a briefing, "
                "October 31, 2019. <span>(Joshua Roberts/Reuters)</span></div></div>"
            ),
            True,
        ),
        # the caption and its credit in paragraphs of their own, a zoom label on the link
        (
            (
                "<div><a href='/img/big.jpg'><img src='/img/cells.jpg'><i>Zoom</i></a>"
                "<div><p>Cells with taste receptors develop inside the lungs.</p>"
                "<p><a href='/people/render'>RenderBurger</a> for Quanta Magazine</p></div></div>"
            ),
            True,
        ),
        # a picture set in a paragraph's text: the text is the story's
        (
            (
                "<div><img src='/img/cells.jpg'> Cells with taste receptors develop inside the "
                "lungs, the researchers found.</div>"
            ),
            False,
        ),
        # an icon beside the points it explains, in a list
        (
            (
                f"<div>{_PICTURE}<div><ul><li>The crossed-out dollar means no commercial use."
                "</li><li>Ask the author first.</li></ul></div></div>"
            ),
            False,
        ),
        # text above the picture
        (
            (
                "<div><div>Cells with taste receptors develop inside the lungs, the researchers "
                f"found.</div>{_PICTURE}</div>"
            ),
            False,
        ),
    ],
)
def test_a_figure_built_from_divs_has_a_caption(box: str, caption: bool) -> None:
    article = _boxed_story(box, EN_STORY)
    assert article.body_text.count("A full sentence of the story") == 16
    words = ("the lander", "Adam Schiff", "taste receptors", "crossed-out dollar")
    assert any(w in article.body_text for w in words) is not caption


def test_pictures_in_a_row_keep_their_texts() -> None:
    # a how-to's steps, each a picture with its text: the texts are the story's
    steps = "".join(
        f"<div>{_PICTURE}<div><div>Step {i}: hold the offcut against the fence and cut.</div>"
        "<div></div></div></div>"
        for i in range(1, 4)
    )
    article = _boxed_story(steps, EN_STORY)
    assert "Step 2: hold the offcut" in article.body_text


def test_a_vietnamese_figure_built_from_divs_keeps_its_caption() -> None:
    box = (
        "<div><div><img src='/img/lua.jpg'></div><div>Nông dân thu hoạch lúa đông xuân. "
        "Ảnh: Minh Anh</div></div>"
    )
    article = _boxed_story(box)
    assert "Nông dân thu hoạch lúa đông xuân" in article.body_text


def test_a_page_wrapper_named_for_a_menu_script_keeps_the_story() -> None:
    # a menu script's page wrapper around everything, the menus written in divs, not <nav>:
    # links make most of its text, but it holds all of the page's running text
    menu = "".join(
        f"<li><a href='/rubrik/{i}'>Rubrik Nummer {i} mit Unterseiten</a></li>" for i in range(40)
    )
    html = (
        "<html><body><div id='mmenu-wrapper'>"
        f"<div><div><ul>{menu}</ul></div></div>"
        f"<div><h1>Meldung</h1><div>{DE_STORY}{DE_STORY}</div></div>"
        "</div></body></html>"
    )
    article = extract_article(html, URL)
    assert article.body_text.count("Ein ganzer Satz der Meldung") == 16


def test_a_figure_built_from_divs_above_the_story_is_no_lead() -> None:
    # the picture between the headline and the story's box: its caption is no standfirst
    html = (
        "<html><body><div><h1>Story headline</h1><div><div><img src='/img/lander.jpg'></div>"
        "<div>This illustration of the lander shows how private operators could take people "
        "back to the Moon [SpaceX via Nasa]</div></div>"
        f"<div>{EN_STORY}{EN_STORY}</div></div></body></html>"
    )
    article = extract_article(html, URL)
    assert article.body_text.count("A full sentence of the story") == 16
    assert "This illustration" not in article.body_text


def test_a_writers_picture_and_name_over_the_lead_is_no_figure() -> None:
    # the name beside the picture links to the writer's page: the text under it is the lead
    box = (
        "<div><div><a href='/team/kathrin-hofmeister'><img src='/img/kh.jpg'> "
        "<span>Kathrin Hofmeister</span></a></div><div><p>Im Winter Gemüse frisch aus dem "
        "Garten ernten können: drei Tipps für die Ernte.</p></div></div>"
    )
    article = _boxed_story(box, DE_STORY)
    assert "Im Winter Gemüse frisch" in article.body_text


def _br_post(lines: int) -> str:
    """A page whose post is written straight into one div as <br>-separated lines (no <p>:
    Blogger's classic templates), beside a sidebar list of popular posts' teasers."""
    post = "<br>\n".join(
        f"Zeile {i} des Beitrags, mit einem Komma, und noch einem, erzählt weiter, was geschah."
        for i in range(lines)
    )
    teasers = "".join(
        f"<li><div><a href='/2020/0{i % 9 + 1}/beitrag-{i}.html'>Beitrag {i}</a></div>"
        f"<div>Ein Anriss von Beitrag {i}, mit Komma, mit noch einem Komma, und einem "
        "dritten, und einem vierten, der abbricht und weiterführt ...</div></li>"
        for i in range(10)
    )
    return (
        "<html><body><div><div><div><div><h3>Tach auch!</h3>"
        f"<div>{post}</div><div>Eingestellt von Michel</div></div></div></div>"
        f"<div><div><h2>Beliebte Posts</h2><ul>{teasers}</ul></div></div></div></body></html>"
    )


@pytest.mark.parametrize("lines", [60, 120])
def test_a_post_written_in_br_lines_outscores_a_teaser_list(lines: int) -> None:
    # a post of 60 lines (over 4,000 characters of the div's own text) counts its commas as a
    # short one does: it must not score as one line and lose to the sidebar's teasers
    article = extract_article(_br_post(lines), URL)
    assert f"Zeile {lines - 1} des Beitrags" in article.body_text
    assert "Ein Anriss von Beitrag" not in article.body_text


@pytest.mark.parametrize(
    ("markup", "own"),
    [
        ("<div>one<br>two <b>three</b> four</div>", "one two  three  four"),
        ("<div>lead<p>a paragraph</p>tail</div>", "lead tail"),  # a block's text is its own
        ("<div><span><i>nested</i></span>after</div>", " after"),  # not a leaf: read by itself
        ("<div></div>", ""),
    ],
)
def test_own_text(markup: str, own: str) -> None:
    el = lxml_html.fromstring(markup)
    assert content._own_text(el) == own
    assert content._own_text_len(el) == len("".join(part.strip() for part in own.split(" ")))


def _centred_post(intro_style: str) -> str:
    """A post of pictures, each with a paragraph under it, every paragraph set as *intro_style*
    says; the story's first paragraphs above the pictures."""
    centre = " style='text-align: center;'"
    reviews = "".join(
        f"<blockquote><p{centre}><img src='/img/review-{i}.jpg' alt=''></p>"
        f"<p{centre}>“Review {i}: the show was really great, the cast were talented and "
        "we enjoyed a free drink at the cafe.”</p></blockquote>"
        for i in range(3)
    )
    intro = "".join(
        f"<p{intro_style}>Visitors who booked their tickets came to the theatre, watched the "
        f"play and left their reviews of the show, paragraph {i}.</p>"
        for i in range(4)
    )
    return (
        "<html><head><meta property='og:locale' content='en_US'></head><body><div>"
        f"<h1>More reviews from our visitors</h1><div>{intro}{reviews}</div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("intro_style", "kept"),
    [
        (" style='text-align: center;'", True),  # the post is centred throughout
        (" align='center'", True),
        ("", False),  # the story left-aligned: the centred line under a picture is its caption
    ],
)
def test_a_centred_line_under_a_picture_is_a_caption_only_where_centring_sets_it_apart(
    intro_style: str, kept: bool
) -> None:
    article = extract_article(_centred_post(intro_style), "https://theatre.example.com/reviews")
    assert ("Review 1: the show was really great" in article.body_text) is kept
    assert "Review 1: the show was really great" in article.body_html  # a caption either way


@pytest.mark.parametrize(
    ("markup", "rule"),
    [
        ("<div><p style='text-align:center'>a</p><p>b</p></div>", True),  # half is enough
        ("<div><p style='text-align:center'>a</p><p>b</p><p>c</p></div>", False),
        ("<div><p align='center'>a</p><p>short</p></div>", True),  # a short line does not count
        ("<div><div>no paragraph</div></div>", False),
    ],
)
def test_centred_as_a_rule(markup: str, rule: bool) -> None:
    container = lxml_html.fromstring(
        markup.replace(">a<", ">" + "a" * 30 + "<")
        .replace(">b<", ">" + "b" * 30 + "<")
        .replace(">c<", ">" + "c" * 30 + "<")
    )
    stats = content.measure(container)
    assert content.centred_as_a_rule(container, stats) is rule


_STORY_LINE = (
    "<p>Thousands of academic staff at British universities are being treated as second-class "
    "citizens on precarious contracts, according to a report by the union, paragraph {i}.</p>"
)


def _story_with_card(card: str, after: int = 4) -> str:
    before = "".join(_STORY_LINE.format(i=i) for i in range(3))
    rest = "".join(_STORY_LINE.format(i=i) for i in range(3, 3 + after))
    return (
        "<html><body><div><h1>Academics on casual contracts</h1>"
        f"<div>{before}{card}{rest}</div></div></body></html>"
    )


_RICH_LINK = (
    "<div><div><div><h2>Third of Cambridge University staff 'have experienced bullying'</h2>"
    "</div><div><div><span><svg></svg></span></div><div>Read more</div></div>"
    "<a href='/education/2020/jan/07/third-cambridge-staff-bullying' aria-label='x'></a>"
    "</div></div>"
)


def test_another_storys_card_between_paragraphs_does_not_end_the_story() -> None:
    article = extract_article(_story_with_card(_RICH_LINK), URL)
    assert "paragraph 6." in article.body_text  # the story after the card
    assert "Third of Cambridge" not in article.body_text


@pytest.mark.parametrize(
    "card",
    [
        # the card followed by a short line, not a paragraph of the story
        _RICH_LINK + "<p>Sign up to our daily newsletter.</p>",
        # a list of other stories' links after the card
        _RICH_LINK
        + "<ul>"
        + "".join(
            f"<li><a href='/education/story-{i}'>Another story about universities {i}</a></li>"
            for i in range(4)
        )
        + "</ul>",
    ],
)
def test_a_stop_line_not_followed_by_the_story_still_stops(card: str) -> None:
    article = extract_article(_story_with_card(card), URL)
    assert "paragraph 2." in article.body_text
    assert "paragraph 3." not in article.body_text


@pytest.mark.parametrize(
    ("key", "named"),
    [
        ("schneeflöckchen – mit hund im winter", True),  # the title itself
        ("mit hund im winter und bei eis", True),  # the title with the site's name after it
        ("mit hund im winter", False),  # the title goes on, not after a separator
        ("aktuelles", False),  # too short: a section's label that starts a title
        ("", False),
    ],
)
def test_names_a_headline(key: str, named: bool) -> None:
    headlines = frozenset(
        {"schneeflöckchen – mit hund im winter", "mit hund im winter und bei eis | dogs"}
    )
    assert content.names_a_headline(key, headlines) is named


def test_the_lead_under_a_headline_in_h3_is_read_without_metadata() -> None:
    # no metadata: the served <title> keeps the site's name; the headline is an h3, the lead
    # in its own box above the story's container
    lead = (
        "Die Temperaturen sind in den letzten Wochen immer weiter gesunken, und in einigen "
        "Orten fiel der erste Schnee: der erste Spaziergang in geschlossener Schneedecke."
    )
    html = (
        "<html><head><title>Mit Hund im Winter und bei Eis - Hundeschule Nord</title></head>"
        "<body><div><div><h3>Mit Hund im Winter und bei Eis</h3></div>"
        f"<div><p>27.01.2022</p></div><div><p>{lead}</p></div>"
        "<div><img src='/img/hund.jpg'></div>"
        f"<div>{DE_STORY}{DE_STORY}</div></div></body></html>"
    )
    article = extract_article(html, "https://hundeschule.example.de/aktuelles/winter")
    assert "der erste Spaziergang in geschlossener Schneedecke" in article.body_text


# --- round 12 (body16): main text on long generated pages (benchmarks/body_forms.py) -----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the break an ad slot leaves in the story, alone in its block
        ("Article continues below", True),
        ("Lesen Sie nach der Anzeige weiter", True),
        ("Bài viết tiếp tục bên dưới", True),
        ("Nội dung tiếp tục bên dưới", True),
        # a sentence that says more is not the line
        ("Bài viết tiếp tục bên dưới phần bình luận của độc giả về dự án đường cao tốc.", False),
        ("The debate continues below the surface of the town's politics.", False),
    ],
)
def test_continues_below_lines(text: str, expected: bool) -> None:
    assert is_boilerplate(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a paywall's teaser box left above the rest of the story
        ("You have read your free articles this month. Subscribe for unlimited access.", True),
        ("Dieser Artikel ist nur für Abonnenten verfügbar. Jetzt vier Wochen testen.", True),
        ("Bạn đang đọc bài viết dành cho thành viên. Đăng ký gói đọc báo để đọc tiếp.", True),
        ("This story is available to subscribers only.", True),
        # story sentences about subscribers and members
        ("The paper said its subscribers grew by two percent, only a little.", False),
        ("Die Zeitung hat nur noch 20.000 Abonnenten, sagte der Verleger.", False),
        ("Hội nghị dành cho thành viên Hội Nông dân tỉnh diễn ra sáng 14/3.", False),
    ],
)
def test_paywall_teaser_lines(text: str, expected: bool) -> None:
    assert is_promo(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bình luận (12)", True),
        ("Comments (24)", True),
        ("Kommentare [3]", True),
        ("Ảnh (3)", False),  # a gallery's count
        ("Video (2)", False),
        ("Điều 5 (sửa đổi)", False),
    ],
)
def test_comment_headings_with_a_count(text: str, expected: bool) -> None:
    assert is_comment_heading(text) is expected
    assert is_stop_heading(text) is expected


_SUMMARY = "Nông dân Chiêm Hóa làm giàu từ mô hình nuôi cá lồng trên sông Gâm, thu nhập tăng cao"


@pytest.mark.parametrize(
    ("heading", "kept"),
    [
        # a box of two cards (a linked headline over a summary each) under a related heading,
        # the story going on in a container of its own: the rest of the story is read
        ("Tin liên quan", True),
        ("Related stories", True),
        ("Lesen Sie auch", True),
        # a comment heading still ends the story
        ("Bình luận (3)", False),
    ],
)
def test_a_box_of_summary_cards_inside_the_story(heading: str, kept: bool) -> None:
    cards = "".join(
        f"<div><a href='/bai-{k}.html'><h3>Tiêu đề bài khác số {k} của trang</h3></a>"
        f"<p>{_SUMMARY}</p></div>"
        for k in range(2)
    )
    second = "<p>" + "Phần sau của bài, có dấu phẩy, kể tiếp câu chuyện dài. " * 6 + "</p>"
    html = (
        "<html><body><h1>Tiêu đề bài</h1><div class='x1'>"
        f"<div>{VI_STORY * 3}</div><div><h4>{heading}</h4>{cards}</div>"
        f"<div>{second * 3}</div></div></body></html>"
    )
    body = extract_article(html, URL).body_text
    assert body.count("Câu văn đầy đủ của bài") == 24
    assert ("Phần sau của bài" in body) is kept
    assert _SUMMARY not in body


_OTHER_STORY = "County approves budget with new funding for rural broadband projects next year"
_LATER = "<p>" + "A later sentence of the same story, with a comma, going on. " * 6 + "</p>"
_LATER_VI = "<p>" + "Phần sau của bài, có dấu phẩy, kể tiếp câu chuyện dài. " * 6 + "</p>"


@pytest.mark.parametrize(
    ("heading", "after", "kept"),
    [
        # a related heading and its links between two containers of the story: read on
        ("Related stories", f"<div>{_LATER * 3}</div>", True),
        ("Tin liên quan", f"<div>{_LATER_VI * 3}</div>", True),
        # a bare run of the story's paragraphs after the links
        ("Related stories:", _LATER * 3, True),
        # the box at the story's end: one teaser paragraph, or a comment section, after it
        ("Related stories", f"<p>{_LATER[3:160]} summary.</p>", False),
        ("Related stories", f"<div><h3>Discussion</h3>{_LATER * 3}</div>", False),
        # a comment heading never opens such a box
        ("Comments (3)", f"<div>{_LATER * 3}</div>", False),
    ],
)
def test_a_related_heading_between_parts_of_the_story(heading: str, after: str, kept: bool) -> None:
    links = "".join(f"<li><a href='/news/{k}.html'>{_OTHER_STORY} {k}</a></li>" for k in range(3))
    html = (
        "<html><body><h1>Story headline</h1><div class='x1'>"
        f"<div>{EN_STORY * 3}</div><h3>{heading}</h3><ul>{links}</ul>{after}</div></body></html>"
    )
    body = extract_article(html, URL).body_text
    assert "A full sentence of the story" in body
    assert ("A later sentence" in body or "Phần sau của bài" in body) is kept
    assert _OTHER_STORY not in body
