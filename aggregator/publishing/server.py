"""A small static server for the feeds directory, with the HTTP caching feed readers rely on.

Standard-library ``http.server`` underneath; what it adds: feed content types with a charset,
a strong ETag (content hash) and Last-Modified with 304 answers to If-None-Match /
If-Modified-Since, gzip when the client accepts it (its own ETag, ``Vary: Accept-Encoding``),
HEAD, Cache-Control, and a path check that keeps every request inside the directory: ``..``
segments, encoded slashes and dots, backslashes, NUL bytes, hidden files and symlinks that point
outside are all refused. No directory listings. A client silent for CLIENT_TIMEOUT seconds is
disconnected. For production, nginx does the same job
(docs/feeds.md has the configuration).

Besides files, the server answers the paths it is given handlers for (``dynamic``: the query
feeds, aggregator.publishing.query_feeds) with the same caching: a strong ETag of the bytes, 304,
gzip, Cache-Control; their errors are one line of text, never cached.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import threading
from collections.abc import Callable, Mapping
from email.utils import formatdate, parsedate_to_datetime
from functools import partial
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

logger = logging.getLogger(__name__)

CONTENT_TYPES: dict[str, str] = {
    ".rss": "application/rss+xml; charset=utf-8",
    ".atom": "application/atom+xml; charset=utf-8",
    ".json": "application/feed+json; charset=utf-8",
    ".opml": "text/x-opml; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".png": "image/png",
    ".ico": "image/x-icon",
}
# A dynamic path's handler: the request's query string → (status, content type, body).
Handler = Callable[[str], tuple[HTTPStatus, str, bytes]]
_COMPRESSIBLE = (".rss", ".atom", ".json", ".opml", ".html", ".xml", ".css", ".txt")
_MIN_GZIP = 256  # below this gzip's own header outweighs the saving


def cache_max_age(crawl_interval_minutes: int) -> int:
    """Seconds a reader may reuse a response: a quarter of the crawl interval, 1–15 minutes.

    A new crawl then reaches a reader at most that late, and revalidation after it is a cheap 304.
    """
    return max(60, min(900, crawl_interval_minutes * 60 // 4))


def resolve(root: Path, raw_path: str) -> Path | None:
    """The file under *root* that *raw_path* (the request target) names, or None if it may not
    be served. *root* must be absolute and resolved.

    Each segment is percent-decoded on its own, so "%2f" can never become a separator and
    "%2e%2e" is seen as "..". Symlinks are followed and must still land inside *root*.
    """
    path = urlsplit(raw_path).path
    if not path.startswith("/"):
        return None
    segments = []
    for raw in path.split("/")[1:]:
        segment = unquote(raw, errors="strict") if "%" in raw else raw
        if segment == "":
            continue
        if (
            segment.startswith(".")  # "..", ".", hidden files and our own temp files
            or "/" in segment
            or "\\" in segment
            or "\x00" in segment
        ):
            return None
        segments.append(segment)
    candidate = root.joinpath(*segments)
    try:
        if candidate.is_dir():
            candidate = candidate / "index.html"
        real = candidate.resolve(strict=True)
    except (OSError, RuntimeError):  # missing, a name too long for the OS, a symlink loop
        return None
    if real != root and root not in real.parents:
        return None
    return real if real.is_file() else None


class _Cached:
    """The bytes, ETags and gzip form of one file version, keyed by (size, mtime)."""

    __slots__ = ("data", "etag", "gz", "gz_etag", "stamp")

    def __init__(self, data: bytes, stamp: tuple[int, int]) -> None:
        self.data = data
        self.stamp = stamp
        digest = hashlib.sha256(data).hexdigest()[:32]
        self.etag = f'"{digest}"'
        self.gz_etag = f'"{digest}-gz"'  # a different representation needs a different ETag
        self.gz: bytes | None = None


class FeedRequestHandler(BaseHTTPRequestHandler):
    """GET and HEAD for files under ``directory``; see the module docstring for the rules."""

    server_version = "vn-feeds"
    sys_version = ""
    protocol_version = "HTTP/1.1"

    def __init__(
        self,
        *args: object,
        directory: Path,
        max_age: int,
        cache: dict[Path, _Cached],
        timeout: float,
        dynamic: Mapping[str, Handler] | None = None,
        **kw: object,
    ) -> None:
        self.root = directory
        self.dynamic = dynamic or {}
        self.max_age = max_age
        self.cache = cache
        # A socket timeout for every read and write: a client that sends its request a byte at a
        # time, or never reads the answer, holds its thread this long at most (slowloris).
        self.timeout = timeout
        super().__init__(*args, **kw)  # type: ignore[arg-type]  # handles the request

    def log_message(self, format: str, *args: object) -> None:
        logger.debug("%s - " + format, self.address_string(), *args)

    def do_GET(self) -> None:
        self._serve(send_body=True)

    def do_HEAD(self) -> None:
        self._serve(send_body=False)

    def _error(self, status: HTTPStatus) -> None:
        body = f"{status.value} {status.phrase}\n".encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _load(self, path: Path) -> tuple[_Cached, float]:
        stat = path.stat()
        stamp = (stat.st_size, stat.st_mtime_ns)
        entry = self.cache.get(path)
        if entry is None or entry.stamp != stamp:
            entry = _Cached(path.read_bytes(), stamp)
            self.cache[path] = entry
        return entry, stat.st_mtime

    def _serve(self, *, send_body: bool) -> None:
        target = urlsplit(self.path)
        handler = self.dynamic.get(target.path)
        if handler is not None:
            self._serve_dynamic(handler, target.query, send_body=send_body)
            return
        try:
            path = resolve(self.root, self.path)
        except UnicodeDecodeError:  # percent-encoding that is not UTF-8
            path = None
        if path is None:
            self._error(HTTPStatus.NOT_FOUND)
            return
        entry, mtime = self._load(path)
        compressible = path.suffix in _COMPRESSIBLE and len(entry.data) >= _MIN_GZIP
        use_gzip = compressible and accepts_gzip(self.headers.get("Accept-Encoding", ""))
        etag = entry.gz_etag if use_gzip else entry.etag
        last_modified = formatdate(int(mtime), usegmt=True)

        headers = {
            "ETag": etag,
            "Last-Modified": last_modified,
            "Cache-Control": f"public, max-age={self.max_age}",
        }
        if compressible:
            headers["Vary"] = "Accept-Encoding"
        if _not_modified(self.headers, {entry.etag, entry.gz_etag}, int(mtime)):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            return

        body = entry.data
        if use_gzip:
            if entry.gz is None:
                # mtime=0: the same file always compresses to the same bytes.
                entry.gz = gzip.compress(entry.data, compresslevel=6, mtime=0)
            body = entry.gz
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", CONTENT_TYPES.get(path.suffix, "application/octet-stream"))
        self.send_header("Content-Length", str(len(body)))
        if use_gzip:
            self.send_header("Content-Encoding", "gzip")
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def _serve_dynamic(self, handler: Handler, query: str, *, send_body: bool) -> None:
        status, content_type, data = handler(query)
        headers = {"Content-Type": content_type}
        if status != HTTPStatus.OK:
            headers["Cache-Control"] = "no-store"
        else:
            digest = hashlib.sha256(data).hexdigest()[:32]
            use_gzip = len(data) >= _MIN_GZIP and accepts_gzip(
                self.headers.get("Accept-Encoding", "")
            )
            etag = f'"{digest}-gz"' if use_gzip else f'"{digest}"'
            headers.update(
                {
                    "ETag": etag,
                    "Cache-Control": f"public, max-age={self.max_age}",
                    "Vary": "Accept-Encoding",
                }
            )
            matches = self.headers.get("If-None-Match")
            if matches is not None:
                tags = {t.strip().removeprefix("W/") for t in matches.split(",")}
                if "*" in tags or tags & {f'"{digest}"', f'"{digest}-gz"'}:
                    self.send_response(HTTPStatus.NOT_MODIFIED)
                    for name in ("ETag", "Cache-Control", "Vary"):
                        self.send_header(name, headers[name])
                    self.end_headers()
                    return
            if use_gzip:
                data = gzip.compress(data, compresslevel=6, mtime=0)
                headers["Content-Encoding"] = "gzip"
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if send_body:
            self.wfile.write(data)


def accepts_gzip(header: str) -> bool:
    """Whether an Accept-Encoding value allows gzip ("gzip", "gzip;q=0.5", "*"; not "gzip;q=0")."""
    for part in header.split(","):
        token, *params = (p.strip() for p in part.split(";"))
        if token.lower() not in ("gzip", "*"):
            continue
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    return float(value) > 0
                except ValueError:  # a malformed weight: treat as not acceptable
                    return False
        return True
    return False


def _not_modified(headers: object, etags: set[str], mtime: int) -> bool:
    """RFC 9110 §13.1: If-None-Match wins; If-Modified-Since only when it is absent."""
    get = headers.get  # type: ignore[attr-defined]
    if_none_match = get("If-None-Match")
    if if_none_match is not None:
        tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
        return "*" in tags or bool(tags & etags)
    if_modified_since = get("If-Modified-Since")
    if if_modified_since:
        try:
            since = parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError):  # unparseable date: the header is ignored
            return False
        return mtime <= since.timestamp()
    return False


CLIENT_TIMEOUT = 30.0  # seconds a connection may stay silent (or not read) before it is closed


def make_server(
    directory: Path | str,
    host: str = "127.0.0.1",
    port: int = 8080,
    *,
    max_age: int = 900,
    timeout: float = CLIENT_TIMEOUT,
    dynamic: Mapping[str, Handler] | None = None,
) -> ThreadingHTTPServer:
    """A server for *directory* bound to (host, port); port 0 picks a free port. *dynamic*
    maps request paths ("/search.rss") to their handlers.

    Raises OSError when the address is in use (the command turns that into one line).
    """
    root = Path(directory).resolve(strict=True)
    if not root.is_dir():
        raise NotADirectoryError(f"{root} is not a directory")
    cache: dict[Path, _Cached] = {}
    handler = partial(
        FeedRequestHandler,
        directory=root,
        max_age=max_age,
        cache=cache,
        timeout=timeout,
        dynamic=dynamic,
    )
    server = _Server((host, port), handler)
    server.daemon_threads = True
    return server


class _Server(ThreadingHTTPServer):
    # socketserver's default backlog is 5: a burst of readers (50 at once after a crawl, or a
    # handful of slow clients) had connections dropped and retried after 1, 3, 7 seconds.
    request_queue_size = 128


def serve_in_thread(server: ThreadingHTTPServer) -> threading.Thread:
    """Run *server* in a daemon thread (tests, ``scrapy demo``); stop it with server.shutdown()."""
    thread = threading.Thread(target=server.serve_forever, name="feeds-server", daemon=True)
    thread.start()
    return thread


def base_url(server: ThreadingHTTPServer) -> str:
    host, port = server.server_address[:2]
    return f"http://{host if isinstance(host, str) else host.decode()}:{port}"


__all__ = ["CONTENT_TYPES", "cache_max_age", "make_server", "resolve", "serve_in_thread"]
