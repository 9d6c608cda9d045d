"""Naming faults: failure reasons, anti-bot and maintenance pages, broken feeds and sitemaps.

Pure helpers, tables. The anti-bot test also runs over every golden page and every page of the
extraction benchmark (../shared/benchmarks/extraction), which are real articles: it must take
none of them for a wall.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import HtmlResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils._compression import _DecompressionMaxSizeExceeded

from aggregator.discovery import parse_sitemap, read_feed
from aggregator.extract import extract_article
from aggregator.faults import Refused, RobotsUnreachable, challenge_reason, failure_reason
from aggregator.state import HealthRules, compute_health
from tests.reliability import faultsite as fs

GOLDEN = Path(__file__).resolve().parents[1] / "golden"


def _http_error(status: int) -> HttpError:
    return HttpError(HtmlResponse("http://baomau.vn/", status=status))


def _bomb() -> IgnoreRequest:
    try:
        raise _DecompressionMaxSizeExceeded(9_000_000, 8_388_608)
    except _DecompressionMaxSizeExceeded as cause:
        error = IgnoreRequest("Ignored response ... during decompression.")
        error.__cause__ = cause
        return error


@pytest.mark.parametrize(
    ("exc", "kind", "expected"),
    [
        (_http_error(503), "feed", "http_503"),
        (_http_error(404), "article", "http_404"),
        (DownloadTimeoutError("took longer than 2.0 seconds"), "article", "timeout"),
        (CannotResolveHostError("baomau.vn"), "feed", "dns"),
        (DownloadConnectionRefusedError(), "feed", "connection_refused"),
        (ResponseDataLossError(), "article", "truncated"),
        (DownloadFailedError("Connection lost"), "article", "connection_lost"),
        (DownloadCancelledError(""), "article", "oversize"),
        (_bomb(), "article", "decompression_bomb"),
        (Refused("blocked", "403 http://baomau.vn/"), "feed", "blocked"),
        (Refused("redirect_loop"), "article", "redirect_loop"),
        (RobotsUnreachable("robots.txt of baomau.vn unreachable"), "article", "robots_unreachable"),
        (IgnoreRequest("max redirections reached"), "article", "too_many_redirects"),
        # robots.txt forbidding a start point costs the whole site; an article, only itself.
        (IgnoreRequest("Forbidden by robots.txt"), "listing", "robots_forbidden"),
        (IgnoreRequest("Forbidden by robots.txt"), "article", None),
        (IgnoreRequest("something else decided"), "article", None),
        (KeyError("x"), "article", "keyerror"),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_failure_reason(exc: BaseException, kind: str, expected: str | None) -> None:
    assert failure_reason(exc, kind=kind) == expected


ARTICLE_ABOUT_MAINTENANCE = (
    "<html><head><title>Bảo trì hệ thống điện: nhiều xã mất điện ngày 12/10</title></head><body>"
    "<h1>Bảo trì hệ thống điện: nhiều xã mất điện ngày 12/10</h1>"
    + "<p>Công ty Điện lực tỉnh thông báo tạm ngừng cung cấp điện để bảo trì đường dây. " * 30
    + "</p></body></html>"
)
ARTICLE_QUOTING_CLOUDFLARE = (
    "<html><head><title>Sự cố Cloudflare làm gián đoạn nhiều trang web</title></head><body>"
    "<h1>Sự cố Cloudflare làm gián đoạn nhiều trang web</h1>"
    + "<p>Người dùng thấy thông báo “Just a moment...” và “Checking your browser before "
    "accessing” khi vào các trang báo điện tử trong sáng nay. " * 25 + "</p></body></html>"
)


AKAMAI = (
    b"<html><head><title>Access Denied</title></head><body><h1>Access Denied</h1>You don't have "
    b"permission to access this server.<p>Reference&#32;&#35;18.5c2e1ab8</p></body></html>"
)
SUCURI = (
    b"<html><head><title>Sucuri WebSite Firewall - Access Denied</title></head><body>"
    b"<div id='main'>Access Denied - Sucuri Website Firewall</div></body></html>"
)
UPGRADE = (
    "<html><head><title>Thông báo</title></head><body><h1>Trang web tạm ngừng hoạt động để nâng "
    "cấp</h1></body></html>"
)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (fs.CHALLENGE_200, "blocked"),
        (fs.CHALLENGE_403, "blocked"),
        (fs.CHALLENGE_503, "blocked"),
        (fs.MAINTENANCE, "maintenance"),
        (AKAMAI, "blocked"),
        (SUCURI, "blocked"),
        (UPGRADE, "maintenance"),
        (ARTICLE_ABOUT_MAINTENANCE, ""),
        (ARTICLE_QUOTING_CLOUDFLARE, ""),
        (fs.HOMEPAGE, ""),
        (b'<?xml version="1.0"?><rss><channel><title>Just a moment</title></channel></rss>', ""),
        (b"", ""),
        (b"<h1>404 Not Found</h1>", ""),
    ],
    ids=["cloudflare-managed", "cloudflare-block", "cloudflare-uam", "maintenance-vi", "akamai",
         "sucuri", "maintenance-upgrade", "article-on-power-maintenance",
         "article-quoting-cloudflare", "homepage", "feed", "empty", "not-found"],
)  # fmt: skip
def test_challenge_reason(page: bytes | str, expected: str) -> None:
    assert challenge_reason(page) == expected


def _real_pages() -> Iterator[tuple[str, bytes]]:
    for page in sorted(GOLDEN.glob("*/page.html")):
        yield f"golden/{page.parent.name}", page.read_bytes()
    root = next(
        (p / "shared" / "benchmarks" / "extraction" for p in Path(__file__).resolve().parents
         if (p / "shared" / "benchmarks" / "extraction").is_dir()),
        None,
    )  # fmt: skip
    if root is None:
        return
    for page in sorted(root.glob("*/html/*.html.gz")):
        yield f"{page.parent.parent.name}/{page.name}", gzip.decompress(page.read_bytes())


def test_no_real_article_is_taken_for_a_wall() -> None:
    """Over ~1,400 real pages: whatever is taken for a wall has no article in it. (The htmldate
    set holds one such page: an Imperva/Incapsula challenge saved instead of the article.)"""
    pages = list(_real_pages())
    if len(pages) < 100:
        pytest.skip("the extraction benchmark pages (../shared/benchmarks/extraction) are absent")
    flagged = [(name, page) for name, page in pages if challenge_reason(page)]
    false_positives = [
        name
        for name, page in flagged
        if len(extract_article(page, "https://example.vn/tin-1.html").body_text) >= 200
    ]
    assert false_positives == [], f"{len(false_positives)} of {len(pages)} real pages"
    assert len(flagged) <= 2, [name for name, _ in flagged]


RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>' + b"".join(
    b"<item><title>T%d</title><link>http://baomau.vn/tin-%d.html</link></item>" % (i, i)
    for i in range(3)
) + b"</channel></rss>"  # fmt: skip
URLSET = b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + (
    b"".join(b"<url><loc>http://baomau.vn/tin-%d.html</loc></url>" % i for i in range(3))
) + b"</urlset>"  # fmt: skip


@pytest.mark.parametrize(
    ("body", "entries", "problem"),
    [
        (RSS, 3, ""),
        (RSS[: RSS.rfind(b"<item>") + 12], 2, "malformed_feed"),
        (b"", 0, "empty_feed"),
        (b"  \n", 0, "empty_feed"),
        (fs.HOMEPAGE, 0, "not_a_feed"),
        (fs.MAINTENANCE, 0, "not_a_feed"),
        (b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
         0, ""),  # a valid feed with nothing in it yet
        (b'{"version": "https://jsonfeed.org/version/1.1"}', 0, "not_a_feed"),
    ],
    ids=["ok", "truncated", "empty", "blank", "html", "maintenance", "no-items-yet", "json"],
)  # fmt: skip
def test_read_feed_names_what_is_wrong(body: bytes, entries: int, problem: str) -> None:
    found, named = read_feed(body)
    assert (len(found), named) == (entries, problem)


@pytest.mark.parametrize(
    ("body", "entries", "problem"),
    [
        (URLSET, 3, ""),
        (gzip.compress(URLSET), 3, ""),
        (URLSET[: URLSET.rfind(b"<url>") + 5], 2, "malformed_sitemap"),
        (b"", 0, "empty_sitemap"),
        (fs.HOMEPAGE, 0, "not_a_sitemap"),
        (fs.bomb(64), 0, "decompression_bomb"),
    ],
    ids=["ok", "gzip", "truncated", "empty", "html", "gzip-bomb"],
)
def test_parse_sitemap_names_what_is_wrong(body: bytes, entries: int, problem: str) -> None:
    sitemap = parse_sitemap(body)
    assert (len(sitemap.entries), sitemap.problem) == (entries, problem)


def test_a_blocked_run_flags_the_site() -> None:
    now = datetime(2025, 12, 1, tzinfo=UTC)
    row = {"finished": now, "status": "failed", "requests": 2, "errors": 1, "new": 0,
           "report": json.dumps({"errors": {"blocked": 1}})}  # fmt: skip
    health = compute_health("baomau", [row], HealthRules(), now)
    assert health.flags == ("failing", "blocked", "errors")
    ok = {**row, "status": "ok", "requests": 20, "errors": 0, "report": "{}"}
    assert compute_health("baomau", [ok, row], HealthRules(), now).flags == ()
