"""A real HTTP server on loopback for the bundled sample sites (demo and tests).

Serves ``sites/<site-id>/...`` under ``http://127.0.0.1:<port>/<site-id>/...`` like a small
provincial web server would: robots.txt, directory index pages, ETag and Last-Modified with 304
answers to conditional requests. Absolute links in the files are written with the placeholder
host ``http://samples.invalid`` and rewritten to the server's own address as they are served.
Every request is logged in ``requests`` so tests can count what a crawl asked for.
"""

from __future__ import annotations

import hashlib
import threading
import time
from email.utils import formatdate, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, NamedTuple, Self
from urllib.parse import unquote, urlsplit

from aggregator.packagedata import package_dir

PLACEHOLDER = b"http://samples.invalid"
ROBOTS = (
    b"User-agent: *\nDisallow: /mau-tayninh/tim-kiem/\n\n"
    b"Sitemap: http://samples.invalid/mau-quangtri/sitemap.xml\n"
)
_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".gz": "application/gzip",
}


def sites_root() -> Path:
    """The bundled sample sites' folder (copied out of a zipped egg only when asked for)."""
    return package_dir("samples/sites")


def __getattr__(name: str) -> Any:
    # SITES_ROOT, on first use: every Scrapy command imports this module (through `scrapy
    # demo`), and a Scrapyd job should not copy the sample sites out of its egg for nothing.
    if name == "SITES_ROOT":
        return sites_root()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Logged(NamedTuple):
    method: str
    path: str
    status: int
    conditional: bool
    at: float = 0.0  # time.monotonic() when answered: tests check waits between retries
    agent: str = ""  # the User-Agent that asked


class Failure(NamedTuple):
    prefix: str
    status: int
    times: int
    retry_after: str


class SampleServer:
    """``with SampleServer() as server: server.base`` → ``http://127.0.0.1:<port>``."""

    def __init__(self, root: Path | None = None, host: str = "127.0.0.1", port: int = 0) -> None:
        self.root = (root or sites_root()).resolve()
        self.requests: list[Logged] = []
        self.failures: list[Failure] = []
        self._lock = threading.Lock()
        handler = type("Handler", (_Handler,), {"server_state": self})
        self.httpd = ThreadingHTTPServer((host, port), handler)
        self.httpd.daemon_threads = True
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> SampleServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def log(self, entry: Logged) -> None:
        with self._lock:
            self.requests.append(entry._replace(at=time.monotonic()))

    def fail(self, prefix: str, status: int = 503, times: int = 1, retry_after: str = "") -> None:
        """Answer the next *times* requests whose path starts with *prefix* with *status* (and a
        Retry-After header if given): an overloaded or rate-limiting provincial server."""
        with self._lock:
            self.failures.append(Failure(prefix, status, times, retry_after))

    def _take_failure(self, path: str) -> Failure | None:
        with self._lock:
            for index, failure in enumerate(self.failures):
                if path.startswith(failure.prefix):
                    if failure.times <= 1:
                        del self.failures[index]
                    else:
                        self.failures[index] = failure._replace(times=failure.times - 1)
                    return failure
        return None


class _Handler(BaseHTTPRequestHandler):
    server_state: SampleServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass  # the request log above is what tests read; stderr noise helps nobody

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def do_GET(self) -> None:
        self._serve(head=False)

    def _serve(self, head: bool) -> None:
        state = self.server_state
        path = unquote(urlsplit(self.path).path)
        conditional = bool(
            self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since")
        )
        if (failure := state._take_failure(path)) is not None:
            extra = {"Retry-After": failure.retry_after} if failure.retry_after else {}
            self._send(failure.status, b"busy", "text/plain", head, extra)
            state.log(
                Logged(
                    self.command,
                    path,
                    failure.status,
                    conditional,
                    agent=self.headers.get("User-Agent", ""),
                )
            )
            return
        if path == "/robots.txt":
            body, mtime, ctype = (
                ROBOTS.replace(PLACEHOLDER, state.base.encode()),
                0.0,
                _TYPES[".txt"],
            )
        else:
            file = (state.root / path.lstrip("/")).resolve()
            if file.is_dir():
                file = file / "index.html"
            if not file.is_relative_to(state.root) or not file.is_file():
                self._send(
                    HTTPStatus.NOT_FOUND,
                    b"<h1>404 Kh\xc3\xb4ng t\xc3\xacm th\xe1\xba\xa5y</h1>",
                    "text/html; charset=utf-8",
                    head,
                )
                state.log(
                    Logged(
                        self.command,
                        path,
                        404,
                        conditional,
                        agent=self.headers.get("User-Agent", ""),
                    )
                )
                return
            body = file.read_bytes().replace(PLACEHOLDER, state.base.encode())
            mtime, ctype = file.stat().st_mtime, _TYPES.get(file.suffix, "application/octet-stream")
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        last_modified = formatdate(int(mtime), usegmt=True)
        if self._not_modified(etag, mtime):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self.send_header("ETag", etag)
            self.end_headers()
            state.log(
                Logged(
                    self.command, path, 304, conditional, agent=self.headers.get("User-Agent", "")
                )
            )
            return
        self._send(HTTPStatus.OK, body, ctype, head, {"ETag": etag, "Last-Modified": last_modified})
        state.log(
            Logged(self.command, path, 200, conditional, agent=self.headers.get("User-Agent", ""))
        )

    def _not_modified(self, etag: str, mtime: float) -> bool:
        if (tags := self.headers.get("If-None-Match")) is not None:
            return etag in [t.strip() for t in tags.split(",")] or tags.strip() == "*"
        if since := self.headers.get("If-Modified-Since"):
            try:
                return int(mtime) <= parsedate_to_datetime(since).timestamp()
            except (TypeError, ValueError):  # an unparseable date: serve the full page
                return False
        return False

    def _send(
        self,
        status: int,
        body: bytes,
        ctype: str,
        head: bool,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if not head:
            self.wfile.write(body)
