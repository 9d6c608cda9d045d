"""The shortcuts of aggregator.extract.published against what they stand for.

The date search walks the tree lazily and remembers verdicts per page instead of asking libxml2
for whole axes; these tests hold each shortcut to the plain definition it replaces, on real
pages (the golden cases) and on a small page built to have every awkward node kind.
"""

from __future__ import annotations

import gzip
from datetime import datetime
from pathlib import Path

import lxml.html
import pytest
from lxml import etree

from aggregator.dates import VN_TZ
from aggregator.extract.metadata import jsonld_scripts, read_metadata
from aggregator.extract.page import parse_document
from aggregator.extract.published import (
    _elements_after,
    _elements_before,
    _has_digit,
    _is_boilerplate_box,
    _own_text,
    _Page,
    _short_text,
    find_dates,
)

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=VN_TZ)
GOLDEN = Path(__file__).parent / "golden"

LONG_PARAGRAPH = "Nội dung dài. " * 20
AWKWARD = f"""<!DOCTYPE html><!-- before the root --><html><head><title>t</title>
<script>var a = 1;</script><style>p {{}}</style></head><body>
<!-- comment --><?pi instruction?><div class="top-bar"><span class="date">Thứ Hai, 12/5/2025</span>
<nav><a href="/">Home</a><ul><li>1</li><li>2 <b>b</b></li></ul></nav></div>
<div class="related-news"><h3>Other</h3><span class="time">11/05/2025</span></div>
<article><header><h1>Tiêu đề <em>bài</em><!-- in h1 --> viết</h1>
<div class="meta"><span class="date">12/05/2025 08:30</span> <span>|</span> <i>Nguồn</i></div>
</header><p>x</p><p>{LONG_PARAGRAPH}</p><p>2019<br>Comments</p>
<div><div><div><span>deep 1</span></div></div><!-- tail comment --></div></article>
<aside class="sidebar"><time datetime="2025-05-01">1/5</time></aside>
<footer>© 2025</footer></body></html>"""


def _pages() -> list[tuple[str, lxml.html.HtmlElement]]:
    pages = [("awkward", parse_document(AWKWARD))]
    for case in sorted(GOLDEN.iterdir()):
        for name in ("page.html", "page.html.gz"):
            path = case / name
            if path.exists():
                raw = path.read_bytes()
                raw = gzip.decompress(raw) if name.endswith(".gz") else raw
                pages.append((case.name, parse_document(raw.decode("utf-8", "replace"))))
    return pages


PAGES = _pages()
_FOLLOWING = etree.XPath("descendant::* | following::*")
_PRECEDING = etree.XPath("ancestor::* | preceding::*")


@pytest.mark.parametrize(("name", "doc"), PAGES, ids=[name for name, _ in PAGES])
def test_lazy_walks_are_the_xpath_axes(name: str, doc: lxml.html.HtmlElement) -> None:
    for el in doc.iter(etree.Element):
        inside = set(el.iterdescendants())
        after = list(_elements_after(el))
        assert [e for e, _ in after] == _FOLLOWING(el)
        assert [flag for _, flag in after] == [e in inside for e, _ in after]
        assert list(_elements_before(el)) == _PRECEDING(el)[::-1]


@pytest.mark.parametrize(("name", "doc"), PAGES, ids=[name for name, _ in PAGES])
def test_text_shortcuts_match_their_definitions(name: str, doc: lxml.html.HtmlElement) -> None:
    for el in doc.iter(etree.Element):
        text = el.text_content()
        for limit in (0, 60, 160):
            assert _short_text(el, limit) == (text if len(text) <= limit else None)
        assert _has_digit(el) == any(ch.isdigit() for ch in text)
        line = " ".join(t.strip() for t in el.itertext() if t.strip())
        assert _own_text(el) == (line if len(line) <= 160 else "")


def _in_boilerplate(el: lxml.html.HtmlElement) -> bool:
    """The definition: some ancestor below <body> is a boilerplate box."""
    for anc in el.iterancestors():
        if anc.tag in ("body", "html"):
            return False
        if _is_boilerplate_box(anc):
            return True
    return False


@pytest.mark.parametrize(("name", "doc"), PAGES, ids=[name for name, _ in PAGES])
def test_remembered_boilerplate_verdicts(name: str, doc: lxml.html.HtmlElement) -> None:
    page = _Page(doc, NOW)  # one page object for all: later answers come from the memo
    for el in doc.iter(etree.Element):
        assert page.in_boilerplate(el) == _in_boilerplate(el), el


def test_awkward_page_dates_from_the_header_line() -> None:
    doc = parse_document(AWKWARD)
    assert find_dates(doc, now=NOW) == (datetime(2025, 5, 12, 8, 30, tzinfo=VN_TZ), None)


LD = '<script type="{}">{}</script>'


@pytest.mark.parametrize(
    ("kind", "text", "published", "headline"),
    [
        ("application/ld+json", '{"@type":"NewsArticle","headline":"H","datePublished":"2025-05-12"}', True, "H"),
        # published.py repairs a trailing comma; metadata.py does not
        ("application/ld+json", '{"@type":"NewsArticle","headline":"H","datePublished":"2025-05-12",}', True, ""),
        # metadata.py reads past trailing garbage; published.py falls back to the raw keys
        ("application/ld+json", '{"@type":"NewsArticle","headline":"H","datePublished":"2025-05-12"};', True, "H"),
        # a raw control character in a string: valid JSON, but metadata.py blanks it first
        ("application/ld+json", '{"@type":"NewsArticle","headline":"a\x0bb"}', False, "a b"),
        # published.py reads any ld+json type, metadata.py only application/ld+json
        ("text/ld+json", '{"@type":"NewsArticle","headline":"H","datePublished":"2025-05-12"}', True, ""),
    ],
)  # fmt: skip
def test_shared_jsonld_gives_what_each_reader_reads_alone(
    kind: str, text: str, published: bool, headline: str
) -> None:
    doc = parse_document(
        "<html><head>" + LD.format(kind, text) + "</head><body><h1>T</h1></body></html>"
    )
    md = read_metadata(doc)
    assert md.jsonld_headline == headline
    assert [s.text for s in md.jsonld] == [s.text for s in jsonld_scripts(doc)] == [text]
    shared = find_dates(doc, now=NOW, jsonld=md.jsonld)
    assert shared == find_dates(doc, now=NOW)
    assert (shared[0] is not None) == published
