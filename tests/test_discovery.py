"""Discovery helpers: feeds (broken ones too), sitemaps, pagination, homepage autodiscovery."""

from __future__ import annotations

import gzip
from datetime import datetime

import pytest

from aggregator.discovery import (
    Link,
    autodiscover,
    infer_article_pattern,
    is_older,
    next_page,
    parse_feed,
    parse_feed_date,
    parse_since,
    parse_sitemap,
    robots_sitemaps,
)
from aggregator.samples.server import SITES_ROOT

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>T</title>
<item><title>A</title><link>https://bao.vn/a-post1.html</link>
<pubDate>Fri, 14 Nov 2025 08:15:00 +0700</pubDate></item>
<item><title>B</title><guid>https://bao.vn/b-post2.html</guid></item>
</channel></rss>"""
ATOM = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title>
<link rel="enclosure" href="https://bao.vn/a.jpg"/><link href="https://bao.vn/a-post1.html"/>
<updated>2025-11-14T08:15:00+07:00</updated></entry></feed>"""
RDF = b"""<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<item rdf:about="https://bao.vn/a-post1.html"><link>https://bao.vn/a-post1.html</link>
<dc:date>2025-11-14T08:15:00+07:00</dc:date></item></rdf:RDF>"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(RSS, ["https://bao.vn/a-post1.html", "https://bao.vn/b-post2.html"], id="rss"),
        pytest.param(ATOM, ["https://bao.vn/a-post1.html"], id="atom-alternate-link-only"),
        pytest.param(RDF, ["https://bao.vn/a-post1.html"], id="rss-1.0"),
        pytest.param(b"\xef\xbb\xbf\n\n" + RSS, ["https://bao.vn/a-post1.html", "https://bao.vn/b-post2.html"], id="bom-and-blank-lines"),
        pytest.param(RSS.replace(b"<title>A</title>", b"<title>A &nbsp; &</title>"), ["https://bao.vn/a-post1.html", "https://bao.vn/b-post2.html"], id="html-entities-and-bare-ampersand"),
        pytest.param(RSS[: RSS.index(b"<item><title>B")], ["https://bao.vn/a-post1.html"], id="truncated"),
        pytest.param(b"<html><p>not a feed</p></html>", [], id="html"),
        pytest.param(b"", [], id="empty"),
        pytest.param(b"garbage <link>https://bao.vn/x-post9.html</link> <<<< \x00", ["https://bao.vn/x-post9.html"], id="unparseable-regex-fallback"),
        pytest.param(b"<rss><channel><item><link><![CDATA[ https://bao.vn/c-post3.html ]]></link></item></channel></rss>", ["https://bao.vn/c-post3.html"], id="cdata"),
    ],
)  # fmt: skip
def test_parse_feed(body: bytes, expected: list[str]) -> None:
    assert [e.url for e in parse_feed(body)] == expected


def test_feed_dates_are_aware() -> None:
    first = parse_feed(RSS)[0]
    assert first.published is not None
    assert first.published.isoformat() == "2025-11-14T08:15:00+07:00"
    assert parse_feed(RSS)[1].published is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fri, 14 Nov 2025 08:15:00 +0700", "2025-11-14T08:15:00+07:00"),
        ("2025-11-14T01:15:00Z", "2025-11-14T01:15:00+00:00"),
        ("2025-11-14", "2025-11-14T00:00:00+07:00"),  # no zone: Vietnam time
        ("2025-11-14 08:15:00", "2025-11-14T08:15:00+07:00"),
        ("hôm qua", None),
        ("", None),
    ],
)
def test_parse_feed_date(text: str, expected: str | None) -> None:
    value = parse_feed_date(text)
    assert (value.isoformat() if value else None) == expected


def test_since() -> None:
    since = parse_since("2025-11-14")
    assert since is not None
    assert since.isoformat() == "2025-11-14T00:00:00+07:00"
    assert is_older(datetime.fromisoformat("2025-11-13T23:59:00+07:00"), since)
    assert not is_older(datetime.fromisoformat("2025-11-13T17:00:00+00:00"), since)  # 00:00 VN
    assert not is_older(None, since)  # undated entries are never cut off
    assert parse_since("") is None
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_since("14/11/2025")


INDEX = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://bao.vn/sitemaps/2025-11.xml</loc><lastmod>2025-11-30</lastmod></sitemap>
<sitemap><loc>https://bao.vn/sitemaps/2019-01.xml.gz</loc><lastmod>2019-01-31</lastmod></sitemap>
</sitemapindex>"""
URLSET = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://bao.vn/a-post1.html</loc><lastmod>2025-11-20T10:00:00+07:00</lastmod>
<news:news><news:publication_date>2025-11-14T08:15:00+07:00</news:publication_date></news:news></url>
<url><loc> https://bao.vn/b-post2.html </loc><lastmod>2025-11-15</lastmod></url>
<url><loc>https://bao.vn/c-post3.html</loc></url>
</urlset>"""


@pytest.mark.parametrize(
    ("body", "is_index", "urls", "dates"),
    [
        pytest.param(INDEX, True, ["https://bao.vn/sitemaps/2025-11.xml", "https://bao.vn/sitemaps/2019-01.xml.gz"], ["2025-11-30T00:00:00+07:00", "2019-01-31T00:00:00+07:00"], id="index"),
        # The news publication date wins over lastmod (an edit is not a new article).
        pytest.param(URLSET, False, ["https://bao.vn/a-post1.html", "https://bao.vn/b-post2.html", "https://bao.vn/c-post3.html"], ["2025-11-14T08:15:00+07:00", "2025-11-15T00:00:00+07:00", None], id="news-urlset"),
        pytest.param(gzip.compress(URLSET), False, ["https://bao.vn/a-post1.html", "https://bao.vn/b-post2.html", "https://bao.vn/c-post3.html"], ["2025-11-14T08:15:00+07:00", "2025-11-15T00:00:00+07:00", None], id="gzip"),
        pytest.param(gzip.compress(URLSET)[:-30], False, [], [], id="truncated-gzip-no-crash"),
        pytest.param(b"<urlset><url><loc>https://bao.vn/a-post1.html</loc></url><url><loc>https://bao.vn/b", False, ["https://bao.vn/a-post1.html", "https://bao.vn/b"], [None, None], id="truncated-xml"),
        pytest.param(b"not xml at all", False, [], [], id="garbage"),
    ],
)  # fmt: skip
def test_parse_sitemap(
    body: bytes, is_index: bool, urls: list[str], dates: list[str | None]
) -> None:
    sitemap = parse_sitemap(body)
    assert sitemap.is_index is is_index
    if urls or dates:
        assert [e.url for e in sitemap.entries] == urls
        assert [e.published.isoformat() if e.published else None for e in sitemap.entries] == dates


def test_robots_sitemaps() -> None:
    robots = "User-agent: *\nDisallow: /tim-kiem/\nSitemap: https://bao.vn/sitemap.xml\nsitemap:https://bao.vn/news.xml\n"
    assert robots_sitemaps(robots) == ["https://bao.vn/sitemap.xml", "https://bao.vn/news.xml"]


S = "https://bao.vn/thoi-su/"


@pytest.mark.parametrize(
    ("links", "current", "page", "template", "expected"),
    [
        pytest.param([Link(S + "p/9", rel="next")], S, 1, "", S + "p/9", id="rel-next"),
        pytest.param([Link(S + "x?pg=2", "Trang sau")], S, 1, "", S + "x?pg=2", id="trang-sau-text"),
        pytest.param([Link(S + "x?pg=2", "»")], S, 1, "", S + "x?pg=2", id="raquo"),
        pytest.param([Link(S + "trang-2.html", "2"), Link(S + "trang-3.html", "3")], S + "trang-2.html", 2, "", S + "trang-3.html", id="trang-n-in-url"),
        pytest.param([Link(S + "?page=3", "3")], S + "?page=2", 2, "", S + "?page=3", id="page-query"),
        pytest.param([Link(S + "page/2/", "2")], S, 1, "", S + "page/2/", id="page-n-from-first-page"),
        pytest.param([Link(S + "trang-1.html", "1"), Link(S + "trang-2.html", "2")], S + "trang-2.html", 2, "trang-{page}.html", "", id="last-page-of-a-visible-pager"),
        pytest.param([Link("https://bao.vn/a-post1.html", "A")], S, 1, "trang-{page}.html", S + "trang-2.html", id="no-pager-in-html-template"),
        pytest.param([Link("https://bao.vn/a-post1.html", "A")], S, 1, "", "", id="nothing"),
        pytest.param([Link("https://other.vn/x", "Tiếp")], S, 1, "", "", id="next-text-offsite-ignored"),
    ],
)  # fmt: skip
def test_next_page(
    links: list[Link], current: str, page: int, template: str, expected: str
) -> None:
    assert next_page(links, current, page, S, template) == expected


@pytest.mark.parametrize(
    ("urls", "expected"),
    [
        (["https://a.vn/x-y-z-a123.html", "https://a.vn/p-q-r-a456.html"], "-a<id>.html"),
        (["https://a.vn/x-y-z-post123.html", "https://a.vn/k-l-m-1234567.html", "https://a.vn/p-post9.html"], "-post<id>.html"),
        (["https://a.vn/le-hoi-postid12345.bbg"], "-postid<id>.bbg"),
        (["https://a.vn/tin-moi-123456.htm", "https://a.vn/tin-cu-654321.htm"], "-<id>.htm"),
        (["https://a.vn/gioi-thieu.html"], None),
        ([], None),
    ],
)  # fmt: skip
def test_infer_article_pattern(urls: list[str], expected: str | None) -> None:
    found = infer_article_pattern(urls)
    assert (found[0] if found else None) == expected


def test_autodiscover_sample_homepage() -> None:
    body = (SITES_ROOT / "mau-tuyenquang" / "index.html").read_bytes()
    body = body.replace(b"http://samples.invalid", b"http://127.0.0.1:1")
    found = autodiscover(body, "http://127.0.0.1:1/mau-tuyenquang/")
    assert found.feeds == ["http://127.0.0.1:1/mau-tuyenquang/rss/home.rss"]
    assert "http://127.0.0.1:1/mau-tuyenquang/kinh-te/" in found.sections
    assert not any("video" in s for s in found.sections)  # a non-article section
    assert len(found.articles) == 4
    assert found.article_pattern is not None
    assert found.article_pattern[0] == "-<id>.html"


def test_autodiscover_menu_by_class_and_not_html() -> None:
    page = b"""<html><head><link rel="alternate" type="application/atom+xml" href="/atom.xml"></head>
    <body><div class="main-menu"><a href="/kinh-te/">Kinh te</a><a href="/tag/x/">tag</a>
    <a href="https://facebook.com/bao">fb</a></div><a href="/rss/thoi-su.rss">RSS</a></body></html>"""
    found = autodiscover(page, "https://bao.vn/")
    assert found.feeds == ["https://bao.vn/atom.xml", "https://bao.vn/rss/thoi-su.rss"]
    assert found.sections == ["https://bao.vn/kinh-te/"]
    assert autodiscover(b"", "https://bao.vn/").feeds == []
