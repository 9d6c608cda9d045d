"""Query feeds (/search.rss, .atom, .json) over real HTTP on loopback, from real stores (SQLite and
PostgreSQL): valid feeds (feedparser bozo 0, JSON Feed 1.1), the static feeds' items, ETag/304,
Cache-Control, one-line 400s, bounded time; and `scrapy serve` answering them."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import feedparser
import pytest
from sqlalchemy import text

from aggregator import fulltext
from aggregator.publishing.publish import publish
from aggregator.publishing.query_feeds import QueryFeeds
from aggregator.publishing.server import make_server, serve_in_thread
from aggregator.search import SearchTooSlow
from aggregator.sites import SiteConfig
from aggregator.storage import ArticleStore
from tests.conftest import REPO
from tests.conftest import http_request as get
from tests.test_publishing import check_json_feed
from tests.test_search import NOW, story

SITES = {
    "baotuyenquang": SiteConfig(
        "baotuyenquang", "Báo Tuyên Quang", "tuyen-quang", "https://baotuyenquang.com.vn/"
    ),
    "baolaocai": SiteConfig("baolaocai", "Báo Lào Cai", "lao-cai", "https://baolaocai.vn/"),
}
BASE = "https://tin.example.vn"


def fill(store: ArticleStore) -> None:
    for article in (
        story(1, "Sạt lở ở Hà Giang", "Mưa lớn gây sạt lở đất.", image="https://x.vn/a.jpg"),
        story(2, "Tin tổng hợp", "Đường bị sạt lở.", province="lao-cai", site="baolaocai"),
        story(3, "Lúa mùa bội thu", "<script>alert(1)</script> Nông dân vui.",
              category="nong-nghiep", body_html="<p>Nông dân vui.</p><script>alert(1)</script>"),
        story(4, "Xổ số trực tuyến", "Sạt lở giá rẻ.", quarantined=True, spam_reasons=["gambling"]),
        story(5, "Sạt lở ở Hà Giang", "Bản sao.", site="baolaocai",
              dup_of="https://baotuyenquang.com.vn/tin-1.html"),
    ):  # fmt: skip
        store.upsert(article, now=NOW)


@pytest.fixture
def served(db_url: str, tmp_path: Path) -> Iterator[tuple[str, int, ArticleStore, Path]]:
    store = ArticleStore(db_url)
    fill(store)
    out = tmp_path / "feeds"
    publish(store, SITES, out, BASE)
    feeds = QueryFeeds(db_url, SITES, BASE)
    server = make_server(out, "127.0.0.1", 0, max_age=900, dynamic=feeds.paths())
    serve_in_thread(server)
    yield "127.0.0.1", server.server_address[1], store, out
    server.shutdown()
    server.server_close()
    feeds.close()
    store.close()


def test_query_feeds_are_valid_and_carry_the_static_items(served: tuple) -> None:
    host, port, _store, out = served
    address = (host, port)
    q = quote("sạt lở")
    status, headers, rss = get(address, f"/search.rss?q={q}")
    assert status == 200, rss
    assert headers["content-type"] == "application/rss+xml; charset=utf-8"
    parsed = feedparser.parse(rss)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    # newest first; the quarantined story and the copy are not there
    assert [e.link for e in parsed.entries] == [
        "https://baotuyenquang.com.vn/tin-2.html",
        "https://baotuyenquang.com.vn/tin-1.html",
    ]
    assert parsed.feed.title == "sạt lở — Báo địa phương"
    self_link = [link.href for link in parsed.feed.links if link.rel == "self"]
    assert self_link == [f"{BASE}/search.rss?q=s%E1%BA%A1t+l%E1%BB%9F&limit=50"]
    # the same item as the static feed: id, title, content
    static = {e.id: e for e in feedparser.parse((out / "all.rss").read_bytes()).entries}
    for entry in parsed.entries:
        assert entry.title == static[entry.id].title
        assert entry.content[0].value == static[entry.id].content[0].value
        assert entry.published == static[entry.id].published

    status, _headers, atom = get(address, f"/search.atom?q={q}&province=lao-cai")
    parsed = feedparser.parse(atom)
    assert (status, parsed.bozo) == (200, 0)
    assert [e.title for e in parsed.entries] == ["Tin tổng hợp"]

    status, headers, body = get(address, f"/search.json?q={q}&site=baotuyenquang&limit=1")
    assert headers["content-type"] == "application/feed+json; charset=utf-8"
    doc = json.loads(body)
    check_json_feed(doc)
    assert [item["id"] for item in doc["items"]] == ["https://baotuyenquang.com.vn/tin-1.html"]
    assert (
        doc["feed_url"] == f"{BASE}/search.json?q=s%E1%BA%A1t+l%E1%BB%9F&site=baotuyenquang&limit=1"
    )


def test_filters_only_and_sanitized_content(served: tuple) -> None:
    host, port, _store, _out = served
    status, _h, body = get((host, port), "/search.json?category=nong-nghiep")
    doc = json.loads(body)
    assert status == 200
    assert [item["title"] for item in doc["items"]] == ["Lúa mùa bội thu"]
    assert "<script" not in doc["items"][0]["content_html"]


def test_etag_304_cache_control_and_gzip(served: tuple) -> None:
    host, port, store, _out = served
    address = (host, port)
    path = "/search.rss?q=lua"
    status, headers, _body = get(address, path)
    assert status == 200
    assert headers["cache-control"] == "public, max-age=900"
    etag = headers["etag"]
    status, headers, body304 = get(address, path, If_None_Match=etag)
    assert (status, body304, headers["etag"]) == (304, b"", etag)
    status, headers, _gz = get(address, path, Accept_Encoding="gzip")
    assert headers.get("content-encoding") == "gzip"
    assert headers["etag"] != etag
    assert get(address, path, method="HEAD")[0] == 200
    # a new matching story: a new ETag, and the old one gets the full feed
    store.upsert(story(9, "Lúa chiêm xuân"), now=NOW)
    status, headers, _body = get(address, path, If_None_Match=etag)
    assert status == 200
    assert headers["etag"] != etag


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/search.rss", "nothing to search: give q, province, category, site or place"),
        ("/search.rss?q=", "nothing to search: give q, province, category, site or place"),
        ("/search.rss?q=-x%E1%BB%95", "the query has only excluded terms"),
        ("/search.rss?q=a&q=b", "q may be given once"),
        ("/search.atom?q=lua&province=atlantis", "unknown province 'atlantis'"),
        ("/search.atom?q=lua&category=sport", "unknown category 'sport'"),
        ("/search.json?q=lua&site=nytimes", "unknown site 'nytimes'"),
        ("/search.json?q=lua&place=..%2Fetc", "unknown place '../etc'"),
        ("/search.json?q=lua&limit=201", "limit must be from 1 to 200, got '201'"),
        ("/search.json?q=lua&limit=0", "limit must be from 1 to 200, got '0'"),
        ("/search.json?q=lua&limit=ten", "limit must be a number, got 'ten'"),
        ("/search.json?q=lua&since=-1", "since must be above 0 and at most 3650, got '-1'"),
        ("/search.json?q=lua&since=nan", "since must be above 0 and at most 3650, got 'nan'"),
        ("/search.rss?q=%FF", "the query string is not UTF-8"),
        ("/search.rss?q=" + "a" * 201, "the query is too long (201 characters, at most 200)"),
        ("/search.rss?q=" + "a+" * 13, "the query has too many terms (at most 12)"),
        ("/search.rss?" + "x=1&" * 600, "the query string is too long (at most 2000 characters)"),
    ],
)
def test_bad_parameters_get_a_one_line_400(served: tuple, path: str, reason: str) -> None:
    host, port, _store, _out = served
    status, headers, body = get((host, port), path)
    assert status == 400
    assert headers["cache-control"] == "no-store"
    assert headers["content-type"] == "text/plain; charset=utf-8"
    assert body.decode() == f"400 Bad Request: {reason}\n"


SLOW = {
    # statements that run for seconds on each engine
    "sqlite": "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000000)"
    " SELECT count(*) FROM n",
    "postgresql": "SELECT pg_sleep(5)",
}


def test_time_limit_stops_a_statement(db_url: str) -> None:
    store = ArticleStore(db_url)
    try:
        with store.engine.connect() as conn:
            started = time.monotonic()
            with (
                pytest.raises(
                    SearchTooSlow, match=r"^the search took longer than 0.2 s: narrow it$"
                ),
                fulltext.time_limit(conn, 0.2),
            ):
                conn.execute(text(SLOW[conn.dialect.name]))
            assert time.monotonic() - started < 3
    finally:
        store.close()


def test_a_search_over_time_is_a_one_line_503(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    store = ArticleStore(db_url)
    store.upsert_many([story(n, f"Sạt lở số {n}") for n in range(1, 1001)], now=NOW)
    feeds = QueryFeeds(db_url, SITES, BASE, timeout=0.000001)
    try:
        # every one of the 1000 matches is looked at (none is in Lào Cai): far past the limit
        status, content_type, body = feeds.respond("rss", "province=lao-cai&q=" + quote("sạt lở"))
    finally:
        feeds.close()
        store.close()
    assert (status, content_type) == (503, "text/plain; charset=utf-8")
    assert (
        body.decode() == "503 Service Unavailable: the search took longer than 1e-06 s: narrow it\n"
    )


def test_scrapy_serve_answers_query_feeds(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    store = ArticleStore(db_url)
    fill(store)
    store.close()
    (tmp_path / "feeds").mkdir()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {
        "PATH": "/usr/bin:/bin",
        "AGGREGATOR_DB_URL": db_url,
        "AGGREGATOR_FEEDS_DIR": str(tmp_path / "feeds"),
        "AGGREGATOR_BASE_URL": f"http://127.0.0.1:{port}",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "scrapy", "serve", "--port", str(port)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                status, _h, body = get(("127.0.0.1", port), "/search.rss?q=sat+lo")
                break
            except OSError:
                assert process.poll() is None, process.communicate()[1].decode()[-2000:]
                assert time.monotonic() < deadline
                time.sleep(0.3)
        parsed = feedparser.parse(body)
        assert (status, parsed.bozo) == (200, 0)
        assert [e.title for e in parsed.entries] == ["Tin tổng hợp", "Sạt lở ở Hà Giang"]
    finally:
        process.terminate()
        process.wait(timeout=30)
