"""A fault-injecting web site on loopback: every URL fails in one chosen way, on purpose.

``FaultServer`` is a real HTTP server on 127.0.0.1 (port 0). It hosts any number of small sites,
each under ``/<site-id>/``; each site has a feed (or a sitemap) and article pages. A site starts
healthy; ``server.faulty = True`` turns its fault on, so a test can store a site's first story in
a healthy run and then check that the faulty run left it alone. A fault is a *responder*: a
function that writes the whole HTTP exchange itself, down to the socket (a reset mid-body, a body
shorter than its Content-Length, one byte a second), given the healthy bytes of the URL.

robots.txt is per host, so its faults (a timeout, a 500, a disallow-everything file) each get a
server of their own (``FaultServer(robots=...)``).
"""

from __future__ import annotations

import gzip
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import formatdate
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import urlsplit

Responder = Callable[["_Handler", bytes], None]
HTML = "text/html; charset=utf-8"
XML = "application/xml; charset=utf-8"


class FaultServer:
    """``with FaultServer() as server: server.base`` → ``http://127.0.0.1:<port>``."""

    def __init__(self, robots: str = "allow", host: str = "127.0.0.1") -> None:
        self.robots = robots  # "allow", "disallow", "timeout" or "500": only once faulty
        self.pages: dict[str, tuple[bytes, str]] = {}  # path -> (healthy body, content type)
        self.faults: dict[str, Responder] = {}  # path -> responder, once faulty
        self.faulty = False
        self.clock_offset = 0.0  # seconds this server's clock is off (its Date headers)
        self.hits: Counter[str] = Counter()
        self.log: list[tuple[str, float]] = []  # (path, time.monotonic()) of every request
        self.stop = threading.Event()  # ends hanging and dripping answers at teardown
        self._lock = threading.Lock()
        handler = type("Handler", (_Handler,), {"site": self})
        self.httpd = _Server((host, 0), handler)
        self.httpd.daemon_threads = True
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def page(self, path: str, body: bytes, ctype: str = HTML) -> None:
        self.pages[path] = (body, ctype)

    def fault(self, path: str, responder: Responder) -> None:
        self.faults[path] = responder

    def hit(self, path: str) -> int:
        with self._lock:
            self.hits[path] += 1
            self.log.append((path, time.monotonic()))
            return self.hits[path]


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that gave up (our timeouts, size limits) is the point, not an error


class _Handler(BaseHTTPRequestHandler):
    site: FaultServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        self.hit_count = self.site.hit(path)
        self.close_connection = True
        if path == "/robots.txt":
            robots(self, self.site.robots if self.site.faulty else "allow")
            return
        body, ctype = self.site.pages.get(path, (b"", ""))
        responder = self.site.faults.get(path) if self.site.faulty else None
        if responder is not None:
            responder(self, body)
        elif ctype:
            send(self, 200, body, ctype)
        else:
            send(self, 404, "<h1>404 Không tìm thấy trang</h1>".encode(), HTML)

    def head(self, status: int, headers: list[tuple[str, str]], *, date: str | None = None) -> None:
        """The status line and headers, nothing else. *date*: a Date header of our choosing."""
        self.send_response_only(status)
        stamp = time.time() + self.site.clock_offset
        self.send_header("Date", date or formatdate(stamp, usegmt=True))
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Connection", "close")
        self.end_headers()

    def write(self, data: bytes) -> bool:
        try:
            self.wfile.write(data)
        except OSError:  # the client hung up: a timeout or a size limit did its job
            return False
        return True


# --- responders ----------------------------------------------------------------------------------


def send(
    h: _Handler,
    status: int,
    body: bytes,
    ctype: str = HTML,
    headers: tuple[tuple[str, str], ...] = (),
    *,
    length: int | None = None,
    date: str | None = None,
) -> None:
    h.head(
        status,
        [("Content-Type", ctype), ("Content-Length", str(len(body) if length is None else length)),
         *headers],
        date=date,
    )  # fmt: skip
    h.write(body)


def robots(h: _Handler, mode: str) -> None:
    if mode == "timeout":
        hang(h, b"")
    elif mode == "500":
        send(h, 500, b"<h1>500 Internal Server Error</h1>")
    elif mode == "disallow":
        send(h, 200, b"User-agent: *\nDisallow: /\n", "text/plain")
    else:
        send(h, 200, b"User-agent: *\nDisallow: /tim-kiem/\n", "text/plain")


def status(code: int, body: bytes = b"", ctype: str = HTML, retry_after: str = "") -> Responder:
    """Always answer *code* (with *body* instead of the page's own, and a Retry-After)."""
    extra = (("Retry-After", retry_after),) if retry_after else ()
    return lambda h, _page: send(h, code, body or f"<h1>{code}</h1>".encode(), ctype, extra)


def first_then_ok(first: Responder, ctype: str = HTML) -> Responder:
    """*first* on the first request, the healthy page after: a transient fault."""

    def respond(h: _Handler, page: bytes) -> None:
        if h.hit_count == 1:
            first(h, page)
        else:
            send(h, 200, page, ctype)

    return respond


def retry_after_date(code: int, seconds: float) -> Responder:
    """*code* with Retry-After as an HTTP date *seconds* from now."""
    return lambda h, page: send(
        h, code, b"<h1>Too many requests</h1>", HTML,
        (("Retry-After", formatdate(time.time() + seconds, usegmt=True)),),
    )  # fmt: skip


def hang(h: _Handler, _page: bytes) -> None:
    """Accept the connection and never answer."""
    h.site.stop.wait(60)


def drip(h: _Handler, page: bytes) -> None:
    """The page, one byte a second."""
    h.head(200, [("Content-Type", HTML), ("Content-Length", str(len(page)))])
    for i in range(len(page)):
        if h.site.stop.wait(1.0) or not h.write(page[i : i + 1]):
            return


def reset_mid_body(h: _Handler, page: bytes) -> None:
    """Half the page, then a TCP reset."""
    h.head(200, [("Content-Type", HTML), ("Content-Length", str(len(page)))])
    h.write(page[: len(page) // 2])
    h.wfile.flush()
    h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    h.connection.close()


def short_body(h: _Handler, page: bytes) -> None:
    """The page, under a Content-Length 4 KiB longer than it, then a clean close."""
    send(h, 200, page, HTML, length=len(page) + 4096)


def typed(ctype: str) -> Responder:
    """The healthy bytes under another Content-Type."""
    return lambda h, page: send(h, 200, page, ctype)


def body(data: bytes, ctype: str = HTML, code: int = 200) -> Responder:
    """Other bytes than the healthy page."""
    return lambda h, _page: send(h, code, data, ctype)


def truncated(h: _Handler, page: bytes) -> None:
    """The document cut a few bytes into its last entry, served as if complete (a CMS that died
    mid-render): every entry but the last is whole."""
    cut = max(page.rfind(b"<item>"), page.rfind(b"<url>")) + 12
    send(h, 200, page[:cut], XML)


@cache
def bomb(megabytes: int = 1024) -> bytes:
    """~1 MB of gzip that inflates to *megabytes* MiB of spaces (1 GiB by default): one member
    per MiB, which every gzip reader must read on (RFC 1952 §2.2)."""
    return gzip.compress(b" " * (1 << 20), compresslevel=9, mtime=0) * megabytes


def gzip_bomb(h: _Handler, _page: bytes) -> None:
    """A gzip bomb as Content-Encoding: what a browser would inflate on the fly."""
    data = bomb()
    send(h, 200, data, HTML, (("Content-Encoding", "gzip"),))


def gzip_file_bomb(h: _Handler, _page: bytes) -> None:
    """A gzip bomb as the file itself (``sitemap.xml.gz``), no Content-Encoding."""
    send(h, 200, bomb(), "application/x-gzip")


def endless(h: _Handler, page: bytes) -> None:
    """The page, then HTML forever, with no Content-Length (read until the server closes)."""
    h.head(200, [("Content-Type", HTML)])
    h.close_connection = True
    filler = b"<p>" + b"Tin tuc " * 8000 + b"</p>\n"
    if not h.write(page[: page.find(b"</body>")]):
        return
    for _ in range(200 * (1 << 20) // len(filler)):  # 200 MB at most
        if h.site.stop.is_set() or not h.write(filler):
            return


def padded(target: int) -> Responder:
    """The healthy document with whitespace before its closing tag, *target* bytes in all."""

    def respond(h: _Handler, page: bytes) -> None:
        cut = page.rfind(b"</")
        pad = max(0, target - len(page))
        h.head(200, [("Content-Type", XML), ("Content-Length", str(len(page) + pad))])
        if not h.write(page[:cut]):
            return
        chunk = b" " * (1 << 20)
        while pad > 0:
            if h.site.stop.is_set() or not h.write(chunk[: min(pad, len(chunk))]):
                return
            pad -= len(chunk)
        h.write(page[cut:])

    return respond


def redirect(location: str, code: int = 302) -> Responder:
    return lambda h, _page: send(h, code, b"", HTML, (("Location", location),))


@dataclass(frozen=True)
class Case:
    """One fault: where it sits, how the URL answers, and the reason the report must name.

    ``where``: "feed", "sitemap" (the site's start point answers with the fault), "article"
    (the new story's page does) or "robots" (the host's robots.txt). ``stored``: whether the new
    story must end up stored anyway (a transient fault, a page we can read despite its fault).
    """

    name: str
    where: str
    reason: str
    responder: Responder | None = None
    robots: str = "allow"
    stored: bool = False
    failed: bool = True  # the site's run counts as failed (no page of it could be used)

    @property
    def start(self) -> str:
        return "sitemap" if self.where == "sitemap" else "feed"


CHALLENGE_200 = b"""<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="robots" content="noindex,nofollow"><meta name="viewport" content="width=device-width,initial-scale=1">
<style>*{box-sizing:border-box;margin:0;padding:0}html{line-height:1.15}</style>
<script>(function(){window._cf_chl_opt={cvId: '3',cZone: 'baomau.vn',cType: 'managed',cRay: '8f1b2c3d4e5f6a7b',cH: 'x',cUPMDTk: '/tin-tuc/?__cf_chl_tk=abc',cFPWv: 'b'};var cpo = document.createElement('script');cpo.src = '/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1?ray=8f1b2c3d4e5f6a7b';document.getElementsByTagName('head')[0].appendChild(cpo);}());</script>
</head><body><div class="main-wrapper" role="main"><div class="main-content">
<h1 class="zone-name-title h1">baomau.vn</h1><h2 class="h2" id="challenge-running">Verifying you are human. This may take a few seconds.</h2>
<noscript><div class="h2"><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></noscript>
</div></div><div class="footer" role="contentinfo"><div class="footer-inner"><div class="clearfix diagnostic-wrapper">
<div class="ray-id">Ray ID: <code>8f1b2c3d4e5f6a7b</code></div></div>
<div class="text-center" id="footer-text">Performance &amp; security by Cloudflare</div></div></div></body></html>"""

CHALLENGE_403 = b"""<!DOCTYPE html><html class="no-js" lang="en-US"><head>
<title>Attention Required! | Cloudflare</title><meta charset="UTF-8">
<link rel="stylesheet" id="cf_styles-css" href="/cdn-cgi/styles/cf.errors.css"></head><body>
<div id="cf-wrapper"><div id="cf-error-details" class="cf-error-details-wrapper">
<div class="cf-wrapper cf-header cf-error-overview"><h1 data-translate="block_headline">Sorry, you have been blocked</h1>
<h2 class="cf-subheadline"><span data-translate="unable_to_access">You are unable to access</span> baomau.vn</h2></div>
<div class="cf-section cf-wrapper"><div class="cf-columns two"><div class="cf-column">
<h2 data-translate="blocked_why_headline">Why have I been blocked?</h2>
<p>This website is using a security service to protect itself from online attacks.</p></div></div></div>
<div class="cf-error-footer cf-wrapper"><p>Cloudflare Ray ID: <strong>8f1b2c3d4e5f6a7c</strong></p></div>
</div></div></body></html>"""

CHALLENGE_503 = b"""<!DOCTYPE HTML><html lang="en-US"><head><meta charset="UTF-8" />
<title>Just a moment...</title><meta http-equiv="refresh" content="35">
</head><body><table width="100%" height="100%" cellpadding="20"><tr><td align="center" valign="middle">
<div class="cf-browser-verification cf-im-under-attack"><noscript><h1>Please turn JavaScript on and reload the page.</h1></noscript>
<div id="cf-content"><h1>Checking your browser before accessing baomau.vn.</h1>
<p>This process is automatic. Your browser will redirect to your requested content shortly.</p>
<p id="cf-spinner-allow-5-secs">Please allow up to 5 seconds&hellip;</p></div>
<form id="challenge-form" action="/?__cf_chl_jschl_tk__=abc" method="POST"><input type="hidden" name="r" value="x"/></form>
</div><div class="attribution">DDoS protection by <a href="https://www.cloudflare.com/5xx-error-landing/">Cloudflare</a><br />
Ray ID: 8f1b2c3d4e5f6a7d</div></td></tr></table></body></html>"""

MAINTENANCE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Website đang bảo trì</title></head><body style="text-align:center">
<img src="/images/logo.png" alt="Báo điện tử"><h1>Website đang bảo trì</h1>
<p>Hệ thống đang được nâng cấp, bảo trì. Quý độc giả vui lòng quay lại sau.</p>
<p>Xin lỗi vì sự bất tiện này!</p></body></html>""".encode()

HOMEPAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Báo điện tử - Trang chủ</title>
</head><body><nav class="main-menu"><a href="/">Trang chủ</a> <a href="/thoi-su/">Thời sự</a></nav>
<div class="list-news"><h3><a href="/tin-tuc/bai-viet-moi-nhat-310777.html">Bài viết mới nhất của báo</a></h3>
<p class="sapo">Tin tức mới cập nhật trong ngày.</p></div></body></html>""".encode()

MB = 1 << 20

CASES: tuple[Case, ...] = (
    Case("http-500", "feed", "http_500", status(500)),
    Case("http-503-retry-after", "feed", "http_503", status(503, retry_after="1")),
    Case("http-429-retry-after-date", "article", "",
         first_then_ok(retry_after_date(429, 2)), stored=True, failed=False),
    Case("timeout", "article", "timeout", hang, failed=False),
    Case("drip", "article", "timeout", drip, failed=False),
    # A reset after part of the body: the client sees a body cut short.
    Case("reset-mid-body", "article", "truncated", reset_mid_body, failed=False),
    Case("short-body", "article", "truncated", short_body, failed=False),
    Case("gzip-bomb", "article", "decompression_bomb", gzip_bomb, failed=False),
    Case("oversize", "article", "oversize", endless, failed=False),
    Case("redirect-loop", "article", "redirect_loop", None, failed=False),
    Case("redirect-offsite", "article", "offsite_redirect", None, failed=False),
    Case("octet-stream", "article", "", typed("application/octet-stream"), stored=True,
         failed=False),
    Case("wrong-charset", "article", "", None, stored=True, failed=False),
    Case("no-charset-1258", "article", "", None, stored=True, failed=False),
    Case("no-charset-1252", "article", "", None, stored=True, failed=False),
    Case("antibot-200", "article", "blocked", body(CHALLENGE_200), failed=False),
    Case("antibot-403", "feed", "blocked", body(CHALLENGE_403, code=403)),
    Case("antibot-503", "feed", "blocked", body(CHALLENGE_503, code=503)),
    Case("maintenance-503", "feed", "maintenance", body(MAINTENANCE, code=503)),
    Case("maintenance-200", "feed", "maintenance", body(MAINTENANCE)),
    Case("feed-truncated", "feed", "malformed_feed", truncated, stored=True, failed=False),
    Case("feed-empty", "feed", "empty_feed", body(b"", XML)),
    Case("feed-html", "feed", "not_a_feed", body(HOMEPAGE)),
    Case("feed-50mb", "feed", "oversize", padded(50 * MB)),
    Case("sitemap-truncated", "sitemap", "malformed_sitemap", truncated, stored=True,
         failed=False),
    Case("sitemap-empty", "sitemap", "empty_sitemap", body(b"", XML)),
    Case("sitemap-html", "sitemap", "not_a_sitemap", body(HOMEPAGE)),
    Case("sitemap-50mb", "sitemap", "oversize", padded(51 * MB)),  # past the 50 MiB of the spec
    Case("sitemap-gzip-bomb", "sitemap", "decompression_bomb", gzip_file_bomb),
    Case("robots-timeout", "robots", "robots_unreachable", robots="timeout"),
    Case("robots-500", "robots", "robots_unreachable", robots="500"),
    Case("robots-disallow", "robots", "robots_forbidden", robots="disallow"),
)  # fmt: skip
