"""Field bounds and hostile text, below the crawl: pure helpers and the store, tables."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from aggregator.encoding import decode_html
from aggregator.items import Article
from aggregator.text import bound, normalize_text, strip_controls
from tests.reliability.pages import STORIES

NOW = datetime(2025, 12, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("Tin ngắn", 500, "Tin ngắn"),
        ("một hai ba bốn năm", 10, "một hai…"),
        ("x" * 20, 10, "x" * 9 + "…"),
        ("Khánh thành cầu, dân vui", 17, "Khánh thành cầu…"),
    ],
)
def test_bound(text: str, limit: int, expected: str) -> None:
    assert bound(text, limit) == expected
    assert len(bound(text, limit)) <= limit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("http://anh.example/\ud800.jpg", "http://anh.example/.jpg"),
        ("a\x00b\x1fc\x7fd", "abcd"),
        ("trái\u202ephải\u2066x\u2069", "tráiphảix"),
        ("Thời sự\t", "Thời sự\t"),
    ],
)
def test_strip_controls(text: str, expected: str) -> None:
    assert strip_controls(text) == expected


def test_bidi_overrides_leave_display_text() -> None:
    assert normalize_text("Tin \u202enóng\u202c hôm nay") == "Tin nóng hôm nay"


def test_a_utf8_page_with_a_few_broken_bytes_stays_utf8() -> None:
    page = "".join(f"<p>{p}</p>" for p in STORIES[1].paragraphs).encode()
    broken = page.replace("suối".encode(), b"su\xed\xa0\x80i")  # lone surrogates, as CESU-8
    text = decode_html(broken, "text/html; charset=utf-8")
    assert "Công trình do Ban Quản lý" in text
    assert STORIES[1].paragraphs[-1] in text
    # A real windows-1258 page still reads as windows-1258.
    legacy = "<p>Khánh thành cầu dân sinh</p>".encode("cp1258", "replace")
    assert "Kh" in decode_html(legacy, "text/html")


def test_one_unstorable_article_does_not_cost_its_batch(tmp_path: object) -> None:
    from aggregator.storage import ArticleStore

    store = ArticleStore(f"sqlite:///{tmp_path}/s.sqlite3")  # type: ignore[str-bytes-safe]
    try:
        good = Article(url="http://baomau.vn/tin-1.html", title="Tin", body_text="x " * 200,
                       published=NOW, site="baomau", category="khac", province="lao-cai")  # fmt: skip
        bad = Article(url="http://baomau.vn/tin-2.html", title="T\ud800", body_text="y",
                      published=NOW, site="baomau", category="khac", province="lao-cai")  # fmt: skip
        with pytest.raises(UnicodeEncodeError):
            store.upsert_many([good, bad], now=NOW)  # all or nothing, as documented
        assert store.count() == 0
        assert store.upsert(good, now=NOW) == "new"  # what StorePipeline falls back to
    finally:
        store.close()


BAD_URLS = ("//[x/anh.jpg", "http://[bad/tin-12345.html", "http://baomau.vn:99999/a", "http://a:b/")


@pytest.mark.parametrize("bad", BAD_URLS)
def test_one_malformed_url_costs_only_itself(bad: str) -> None:
    from aggregator.discovery import page_links, parse_html, read_feed
    from aggregator.extract import extract_article
    from aggregator.publishing.sanitize import sanitize_html
    from aggregator.urls import canonicalize, join_url, same_site

    assert join_url("http://baomau.vn/", bad) == ""
    assert canonicalize(bad) == bad
    assert not same_site(bad, ("baomau.vn",))
    good = '<a href="/tin-1.html">Tin</a>'
    links = page_links(parse_html(f'<a href="{bad}">x</a>{good}'), "http://baomau.vn/")
    assert [link.url for link in links] == ["http://baomau.vn/tin-1.html"]
    page = (f"<html><body><h1>Khánh thành cầu dân sinh</h1><p>{STORIES[1].paragraphs[0]}</p>"
            f'<img src="{bad}"><p><a href="{bad}">x</a> {STORIES[1].paragraphs[1]}</p></body></html>')  # fmt: skip
    article = extract_article(page, "http://baomau.vn/tin-310002.html")
    assert article.is_article, article.reject_reason
    assert "<p>" in sanitize_html(f'<p><a href="{bad}">x</a><img src="{bad}"></p>', "http://b.vn/")
    feed = f"<rss><channel><item><link>{bad}</link></item></channel></rss>".encode()
    assert read_feed(feed)[0]  # the entry is read; the spider skips its URL (bad_url)
