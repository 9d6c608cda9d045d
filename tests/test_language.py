"""English editions: a story's language from its page, and English section names in the same
alias table as the Vietnamese ones. Pure functions, tables; one page through the extractor."""

from __future__ import annotations

import pytest

from aggregator import extract_article
from aggregator.categorize import categorize
from aggregator.extract.language import detect_language, primary_tag

VI = (
    "Đến hết tháng 10, tỉnh đã giải ngân hơn 4.100 tỷ đồng vốn đầu tư công, đạt 68% kế hoạch, cao "
    "hơn mức bình quân cả nước. Tại cuộc họp trực tuyến với các sở, ngành và địa phương, lãnh đạo "
    "UBND tỉnh yêu cầu các chủ đầu tư tập trung tháo gỡ vướng mắc về giải phóng mặt bằng, nhất là "
    "tại dự án đường cao tốc Tuyên Quang - Hà Giang giai đoạn 2."
)
EN = (
    "By the end of October the province had disbursed more than 4.1 trillion VND of public "
    "investment capital, 68 percent of the plan and above the national average. At an online "
    "meeting with departments and localities, provincial leaders asked project owners to resolve "
    "site clearance problems, especially on the second phase of the expressway."
)
CS = (
    "Do konce října kraj vyčerpal více než čtyři miliardy korun z veřejných investic, což je "
    "šedesát osm procent plánu a více než celostátní průměr. Na jednání s odbory a obcemi "
    "vedení kraje požádalo investory, aby vyřešili potíže s výkupem pozemků, zejména na druhé "
    "etapě dálnice."
)
FR = (
    "À la fin du mois d'octobre, la région avait dépensé plus de quatre milliards de couronnes "
    "d'investissements publics, soit soixante-huit pour cent du plan. Lors d'une réunion avec "
    "les services et les communes, la direction a demandé aux maîtres d'ouvrage de régler les "
    "problèmes fonciers, même s'il faut être prêt à rester côté tribunal, surtout sur la deuxième "
    "tranche de l'autoroute: le tôlier et l'hôte en pâtissent."
)
ZH = (
    "到十月底，该省已拨付公共投资资金四万一千亿越南盾，完成计划的百分之六十八，高于全国平均水平。"
    * 8
)
VI, EN, CS, FR = (
    f"{VI} {VI}",
    f"{EN} {EN}",
    f"{CS} {CS}",
    f"{FR} {FR}",
)  # enough letters to decide (MIN_LETTERS)


@pytest.mark.parametrize(
    ("value", "tag"),
    [("vi", "vi"), ("vi-VN", "vi"), ("en_US", "en"), ("EN-gb", "en"), ("vi, en", "vi"),
     ("", ""), ("  ", ""), ("x", ""), ("123", ""), ("vietnamese", "")],
)  # fmt: skip
def test_primary_tag(value: str, tag: str) -> None:
    assert primary_tag(value) == tag


@pytest.mark.parametrize(
    ("declared", "text", "fallback", "expected"),
    [
        (["en"], EN, "vi", "en"),
        (["", "en_US"], EN, "vi", "en"),  # og:locale when <html> says nothing
        (["vi"], EN, "vi", "en"),  # an English edition on the Vietnamese template
        ([], EN, "vi", "en"),
        (["en"], VI, "vi", "vi"),  # a Vietnamese page on an English template
        (["fr"], VI, "vi", "vi"),
        (["fr"], EN, "vi", "fr"),  # a declared third language stands against English-looking text
        (["en"], "Short caption.", "vi", "en"),  # too little text to overrule
        ([], "Short caption.", "vi", "vi"),
        ([], "Short caption.", "en", "en"),  # the site's own language
        (["", "", "zh-CN"], "", "vi", "zh"),
        # Enough text with no Vietnamese letter is not Vietnamese, whatever the site or the
        # template says; nobody named its language, so it stays unnamed.
        ([], CS, "vi", ""),
        (["vi"], CS, "vi", ""),
        ([], ZH, "vi", ""),
        # French writes â, ê, ô too ("être", "côté", "hôte"): a few per thousand letters, and
        # none of the letters only Vietnamese has.
        ([], FR, "vi", ""),
        (["cs"], CS, "vi", "cs"),
        (["zh-CN"], ZH, "vi", "zh"),
    ],
)
def test_detect_language(declared: list[str], text: str, fallback: str, expected: str) -> None:
    assert detect_language(declared, text, fallback) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<html lang="en">', "en"),
        ('<html><meta property="og:locale" content="en_US">', "en"),
        ('<html><meta http-equiv="Content-Language" content="en">', "en"),
        ("<html>", "en"),  # nothing declared: the text decides
    ],
)
def test_extracted_story_language(head: str, expected: str) -> None:
    page = (
        f"{head}<head><title>Tuyen Quang disburses 68 percent</title></head><body><article>"
        f"<h1>Tuyen Quang disburses 68 percent</h1><p>{EN}</p><p>{EN}</p></article></body></html>"
    )
    article = extract_article(page, "https://baotuyenquang.com.vn/en/economy/story-178260.html")
    assert article.language == expected


@pytest.mark.parametrize(
    ("head", "header", "expected"),
    [
        ("<html>", "en-US", "en"),  # only the server says
        ("<html>", "", "vi"),  # nobody says, too little text: the site's language
        ('<html lang="vi">', "en", "vi"),  # the page's own declaration first
        ("<html>", "vi, en", "vi"),  # a list: its first
    ],
)
def test_the_http_content_language_header_is_a_declaration(
    head: str, header: str, expected: str
) -> None:
    page = (
        f"{head}<head><title>Tuyen Quang disburses 68 percent</title></head><body><article>"
        "<h1>Tuyen Quang disburses 68 percent</h1><p>The province disbursed 68 percent of its "
        "public investment plan by November, above the national average.</p></article></body>"
        "</html>"
    )
    url = "https://baotuyenquang.com.vn/en/economy/story-178260.html"
    article = extract_article(page.encode(), url, content_language=header or None)
    assert article.language == expected


@pytest.mark.parametrize(
    ("candidates", "slug"),
    [
        (["Economy"], "kinh-te"),
        (["Business"], "kinh-te"),
        (["Politics"], "chinh-tri"),
        (["Society"], "xa-hoi"),
        (["Culture"], "van-hoa"),
        (["Sports"], "the-thao"),
        (["World"], "quoc-te"),
        (["Travel"], "du-lich"),
        (["Health"], "y-te"),
        (["Education"], "giao-duc"),
        (["Science & Technology"], "khoa-hoc-cong-nghe"),
        (["Environment"], "moi-truong"),
        (["Law"], "phap-luat"),
        (["National Defence - Security"], "quoc-phong-an-ninh"),
        (["Agriculture"], "nong-nghiep"),
        (["Home › Economy"], "kinh-te"),
        (["", "en", "economy"], "kinh-te"),  # URL path segments of /en/economy/…
        (["Kinh tế"], "kinh-te"),  # the Vietnamese table is untouched
        (["Weather"], "khac"),
    ],
)
def test_english_sections_map_through_the_same_table(candidates: list[str], slug: str) -> None:
    assert categorize(candidates)[0] == slug
