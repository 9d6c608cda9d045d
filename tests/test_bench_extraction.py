"""The extraction benchmark's perturbations: what each removes, and what it keeps."""

from __future__ import annotations

from typing import Any

import pytest
from lxml import html as lxml_html

from benchmarks.bench_extraction import Page, half_of, perturb, perturb_url

PAGE = """<?xml version="1.0" encoding="utf-8"?>
<html lang="vi"><head><meta charset="utf-8"><title>Đắk Lắk: mưa lớn</title>
<meta name="viewport" content="width=device-width">
<meta property="og:title" content="Mưa lớn ở Đắk Lắk">
<meta name="author" content="Minh Anh">
<script type="application/ld+json">{"datePublished": "2026-01-08"}</script>
<script>var x = 1;</script></head>
<body><article class="article-body main" id="story" itemscope itemtype="https://schema.org/NewsArticle">
<h1 class="title" itemprop="headline">Đắk Lắk: mưa lớn</h1>
<time class="date" datetime="2026-01-08T18:21:00+07:00">08/01/2026 - 18:21</time>
<a rel="author" href="/tac-gia/minh-anh">Minh Anh</a>
<p class="main">Mưa lớn kéo dài.</p></article></body></html>"""


def _doc(raw: bytes) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(raw)


def test_reparse_keeps_everything_and_declares_utf8() -> None:
    doc = _doc(perturb(PAGE.encode("utf-8"), ["reparse"]))
    assert next(m.get("charset") for m in doc.iter("meta")) == "utf-8"
    assert doc.find(".//meta[@property='og:title']") is not None
    assert doc.find(".//time").get("datetime") == "2026-01-08T18:21:00+07:00"
    assert doc.find(".//article").get("class") == "article-body main"


@pytest.mark.parametrize(
    ("xpath", "kept"),
    [
        ("//meta[@property='og:title']", False),
        ("//meta[@name='author']", False),
        ("//script[@type='application/ld+json']", False),
        ("//*[@itemprop or @itemscope or @itemtype]", False),
        ("//time[@datetime]", False),
        ("//a[@rel='author']", False),
        ("//meta[@name='viewport']", True),
        ("//script[not(@type)]", True),
        ("//time[text()='08/01/2026 - 18:21']", True),
        ("//a[@href='/tac-gia/minh-anh']", True),
        ("//title[text()='Đắk Lắk: mưa lớn']", True),
        ("//article[@class='article-body main']", True),
    ],
)
def test_no_meta_leaves_what_a_reader_sees(xpath: str, kept: bool) -> None:
    doc = _doc(perturb(PAGE.encode("utf-8"), ["no-meta"]))
    assert bool(doc.xpath(xpath)) is kept


def test_no_class_hashes_names_the_same_way_on_a_page() -> None:
    doc = _doc(perturb(PAGE.encode("utf-8"), ["no-class"]))
    article, paragraph = doc.find(".//article"), doc.find(".//p")
    assert "article" not in article.get("class")
    assert "story" not in article.get("id")
    # "main" on the article and on the paragraph: one token, one hash
    assert article.get("class").split()[1] == paragraph.get("class")
    assert doc.find(".//meta[@property='og:title']") is not None  # metadata untouched


def test_a_page_in_a_legacy_encoding_comes_out_as_utf8() -> None:
    raw = "<html><head><meta charset='windows-1252'></head><body><p>Café</p></body></html>"
    doc = _doc(perturb(raw.encode("windows-1252"), ["reparse"]))
    assert doc.find(".//p").text == "Café"


def test_modes_combine() -> None:
    doc = _doc(perturb(PAGE.encode("utf-8"), ["no-meta", "no-class"]))
    assert not doc.xpath("//time[@datetime]")
    assert "title" not in doc.find(".//h1").get("class")


def test_no_tags_leaves_only_divs_and_spans() -> None:
    page = PAGE.replace("<p class", "<aside role='complementary'>Đọc thêm</aside><p class")
    doc = _doc(perturb(page.encode("utf-8"), ["no-tags"]))
    assert not doc.xpath("//article | //time | //aside | //*[@role]")
    assert doc.xpath("//div[@class='article-body main']/span[text()='08/01/2026 - 18:21']")
    assert doc.xpath("//div[text()='Đọc thêm']")
    assert doc.find(".//meta[@property='og:title']") is not None  # metadata untouched


def test_no_url_keeps_the_host_and_says_nothing_else() -> None:
    url = "https://baodaklak.vn/thoi-su/2026/01/08/mua-lon-o-dak-lak-123.html"
    shown = perturb_url(url)
    assert shown.startswith("https://baodaklak.vn/p/")
    assert "2026" not in shown
    assert "mua" not in shown
    assert perturb_url(url) == shown  # the same page, the same address


def test_no_url_hides_the_address_the_page_names_too() -> None:
    url = "https://baodaklak.vn/thoi-su/2026/01/08/mua-lon-123.html"
    page = f"""<html><head>
    <link rel="canonical" href="{url}"><meta property="og:url" content="/thoi-su/2026/01/08/mua-lon-123.html/">
    <link rel="amphtml" href="https://m.baodaklak.vn/thoi-su/2026/01/08/mua-lon-123.html">
    <script type="application/ld+json">{{"url": "https:\\/\\/baodaklak.vn\\/thoi-su\\/2026\\/01\\/08\\/mua-lon-123.html",
     "mainEntityOfPage": "{url}?utm=x", "sameAs": "{url[:-5]}-anh.html", "x": "<\\/script>"}}</script>
    </head><body><a href="/thoi-su/2026/01/09/khac.html">Khác</a></body></html>"""
    shown = perturb_url(url)
    served = perturb(page.encode("utf-8"), ["no-url"], url).decode("utf-8")
    assert "2026/01/08/mua-lon-123.html" not in served.replace("mua-lon-123-anh", "")
    assert served.count(shown) == 4
    assert served.count(shown.replace("/", "\\/")) == 1  # JSON's escaped slashes kept
    assert "<\\/script>" in served  # the script's own strings otherwise untouched
    assert "/thoi-su/2026/01/09/khac.html" in served  # another page's address stays
    assert perturb(page.encode("utf-8"), ["reparse"], url).count(b"mua-lon-123.html") == 5


def test_a_page_keeps_its_half_whatever_url_it_shows() -> None:
    page = Page("aeb", "k", "https://example.com/2020/01/02/a", {}, b"")
    half = page.half
    page.url = perturb_url(page.url)
    assert page.half == half == half_of("https://example.com/2020/01/02/a")


# --- benchmarks.step_instructions: each builtin calls its step as the step itself would -------


def _step(a: int, b: int = 0, *, c: str = "") -> tuple[int, int, str]:
    return a, b, c


@pytest.mark.parametrize("index", range(8))
@pytest.mark.parametrize(
    ("args", "kwargs"), [((1,), {}), ((1, 2), {}), ((1,), {"b": 3, "c": "x"}), ((0, 0), {"c": ""})]
)
def test_step_trampolines_return_what_the_step_returns(
    index: int, args: tuple[int, ...], kwargs: dict[str, Any]
) -> None:
    from benchmarks.step_instructions import TRAMPOLINES

    symbol, wrapper = TRAMPOLINES[index]
    assert symbol
    assert wrapper(_step)(*args, **kwargs) == _step(*args, **kwargs)


def test_wrap_step_replaces_a_method_where_it_is_looked_up(monkeypatch: pytest.MonkeyPatch) -> None:
    from aggregator.extract import page
    from benchmarks.step_instructions import TRAMPOLINES, wrap_step

    monkeypatch.setattr(page.ArticlePage, "title_byline", page.ArticlePage.title_byline)
    original = page.ArticlePage.title_byline
    wrap_step("aggregator.extract.page:ArticlePage.title_byline", TRAMPOLINES[1][1])
    assert page.ArticlePage.title_byline is not original


def test_title_forms_render_pages_whose_headline_is_shown(capsys: pytest.CaptureFixture) -> None:
    # Every generated page shows its headline in the story, and a small run scores.
    import random
    from html import escape

    from benchmarks import title_forms

    rng = random.Random(1)
    for form, template in title_forms.forms(60, 3):
        assert escape(form.headline, quote=False) in title_forms.render(form, rng), template
    # The harder layouts show it too, with its soft hyphens, no-break spaces or line breaks.
    for hard, template in title_forms.hard_forms(60, 3):
        shown = title_forms._decorated(hard.headline, hard.decoration)
        assert shown in title_forms.render_hard(hard, rng), template
    title_forms.main(["--pages", "30", "--seed", "3"])
    out = capsys.readouterr().out
    assert out.startswith("templates: title exact on 30 generated pages: ")
    assert "\nharder layouts: title exact on 30 generated pages: " in out


def test_body_forms_render_every_paragraph_and_score(capsys: pytest.CaptureFixture) -> None:
    # Every generated page holds each story paragraph's opening and each boilerplate text,
    # and a small run over every structure scores.
    from html import escape

    from benchmarks import body_forms

    old = body_forms.pages(len(body_forms.STRUCTURES), 3)
    assert {p.structure for p in old} == set(body_forms.STRUCTURES)
    new = body_forms.pages(len(body_forms.NEW_STRUCTURES), 3, body_forms.NEW_STRUCTURES)
    assert {p.structure for p in new} == set(body_forms.NEW_STRUCTURES)
    # the round-13 structures draw from their own stream: the round-12 pages stay the same
    assert [p.html for p in body_forms.pages(len(body_forms.STRUCTURES), 3)] == [
        p.html for p in old
    ]
    for page in old + new:
        for text in page.story:
            assert escape(text.split(" ")[0]) in page.html, page.structure
        for text in page.boiler:
            assert escape(text) in page.html, page.structure
    body_forms.main(["--pages", "44", "--new-pages", "18", "--seed", "3"])
    assert capsys.readouterr().out.startswith("main text on 62 generated long pages: ")
