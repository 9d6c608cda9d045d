"""The built-in feeds server: a real server on 127.0.0.1 (port 0) in a thread."""

from __future__ import annotations

import gzip
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from email.utils import formatdate
from pathlib import Path

import pytest

from aggregator.publishing.server import (
    accepts_gzip,
    cache_max_age,
    make_server,
    resolve,
    serve_in_thread,
)

RSS = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
    + ("<title>Kinh tế — Báo địa phương</title>".encode() * 40)
    + b"</channel></rss>\n"
)
MTIME = 1760239800  # 12/10/2025 10:30 +07:00
from tests.conftest import http_request as request


@pytest.fixture
def root(tmp_path: Path) -> Path:
    feeds = tmp_path / "feeds"
    (feeds / "category").mkdir(parents=True)
    files = {
        "index.html": "<!doctype html><html lang=vi><title>Báo địa phương</title></html>\n" * 10,
        "all.rss": RSS.decode(),
        "all.atom": "<feed xmlns='http://www.w3.org/2005/Atom'/>\n" * 10,
        "all.json": '{"version": "https://jsonfeed.org/version/1.1"}\n' * 10,
        "feeds.opml": "<opml version='2.0'/>\n" * 20,
        "category/kinh-te.rss": RSS.decode(),
        ".hidden.rss": "secret",
    }
    for name, text in files.items():
        (feeds / name).write_text(text, encoding="utf-8")
        os.utime(feeds / name, (MTIME, MTIME))
    (tmp_path / "secret.txt").write_text("outside")
    (feeds / "escape.rss").symlink_to(tmp_path / "secret.txt")
    (feeds / "category" / "inside.rss").symlink_to(feeds / "all.rss")  # stays inside: allowed
    return feeds


@pytest.fixture
def server(root: Path) -> Iterator[tuple[str, int]]:
    srv = make_server(root, "127.0.0.1", 0, max_age=900)
    serve_in_thread(srv)
    yield ("127.0.0.1", srv.server_address[1])
    srv.shutdown()
    srv.server_close()


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("/all.rss", "application/rss+xml; charset=utf-8"),
        ("/all.atom", "application/atom+xml; charset=utf-8"),
        ("/all.json", "application/feed+json; charset=utf-8"),
        ("/feeds.opml", "text/x-opml; charset=utf-8"),
        ("/", "text/html; charset=utf-8"),
        ("/index.html", "text/html; charset=utf-8"),
        ("/category/kinh-te.rss?utm_source=x", "application/rss+xml; charset=utf-8"),
    ],
)
def test_content_types(server: tuple[str, int], path: str, content_type: str) -> None:
    status, headers, _ = request(server, path)
    assert status == 200
    assert headers["content-type"] == content_type


def test_caching_headers_and_304(server: tuple[str, int]) -> None:
    status, headers, body = request(server, "/all.rss")
    assert status == 200
    assert body == RSS
    assert headers["content-length"] == str(len(RSS))
    assert headers["last-modified"] == formatdate(MTIME, usegmt=True)
    assert headers["cache-control"] == "public, max-age=900"
    etag = headers["etag"]
    assert etag.startswith('"')

    status, again, body = request(server, "/all.rss", If_None_Match=etag)
    assert (status, body) == (304, b"")
    assert again["etag"] == etag
    status, _, _ = request(server, "/all.rss", If_None_Match=f'"other", W/{etag}')
    assert status == 304
    status, _, _ = request(server, "/all.rss", If_None_Match='"other"')
    assert status == 200
    status, _, _ = request(server, "/all.rss", If_Modified_Since=headers["last-modified"])
    assert status == 304
    earlier = formatdate(MTIME - 60, usegmt=True)
    status, _, _ = request(server, "/all.rss", If_Modified_Since=earlier)
    assert status == 200
    # If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2)
    status, _, _ = request(
        server, "/all.rss", If_None_Match='"other"', If_Modified_Since=headers["last-modified"]
    )
    assert status == 200


def test_etag_changes_with_content(server: tuple[str, int], root: Path) -> None:
    _, before, _ = request(server, "/all.rss")
    (root / "all.rss").write_bytes(RSS.replace(b"Kinh t", b"Kinh T"))
    os.utime(root / "all.rss", (MTIME + 60, MTIME + 60))
    status, after, _ = request(server, "/all.rss", If_None_Match=before["etag"])
    assert status == 200
    assert after["etag"] != before["etag"]


def test_gzip(server: tuple[str, int]) -> None:
    status, headers, body = request(server, "/all.rss", Accept_Encoding="br, gzip;q=0.8")
    assert status == 200
    assert headers["content-encoding"] == "gzip"
    assert headers["vary"] == "Accept-Encoding"
    assert gzip.decompress(body) == RSS
    assert int(headers["content-length"]) == len(body) < len(RSS)
    _, plain, _ = request(server, "/all.rss")
    assert plain["etag"] != headers["etag"]  # a different representation, a different ETag
    assert "content-encoding" not in plain
    status, _, _ = request(
        server, "/all.rss", Accept_Encoding="gzip", If_None_Match=headers["etag"]
    )
    assert status == 304
    _, refused, _ = request(server, "/all.rss", Accept_Encoding="gzip;q=0")
    assert "content-encoding" not in refused


def test_head(server: tuple[str, int]) -> None:
    status, headers, body = request(server, "/all.rss", method="HEAD")
    assert status == 200
    assert body == b""
    assert headers["content-length"] == str(len(RSS))
    assert headers["content-type"] == "application/rss+xml; charset=utf-8"
    assert "etag" in headers


@pytest.mark.parametrize(
    "path",
    [
        "/../secret.txt",
        "/category/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/category/%2e%2e/%2e%2e/secret.txt",
        "/..%2fsecret.txt",
        "/..%2Fsecret.txt",
        "/category%2f..%2f..%2fsecret.txt",
        "/..%5csecret.txt",
        "/%252e%252e/secret.txt",
        "/all.rss%00.html",
        "/escape.rss",  # a symlink pointing outside the directory
        "/.hidden.rss",
        "/category/",  # no directory listings
        "/missing.rss",
        "/%ff%fe.rss",  # not UTF-8
        "//etc/passwd",
    ],
)
def test_nothing_outside_the_directory(server: tuple[str, int], path: str) -> None:
    status, _, body = request(server, path)
    assert status in (403, 404)
    assert b"outside" not in body
    assert b"secret" not in body


def test_symlink_inside_the_directory_is_served(server: tuple[str, int]) -> None:
    status, _, body = request(server, "/category/inside.rss")
    assert status == 200
    assert body == RSS


def test_other_methods_refused(server: tuple[str, int]) -> None:
    status, _, _ = request(server, "/all.rss", method="POST")
    assert status == 501


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("gzip", True),
        ("gzip, deflate, br", True),
        ("br;q=1.0, gzip;q=0.8", True),
        ("*", True),
        ("gzip;q=0", False),
        ("gzip;q=0.0", False),
        ("identity", False),
        ("", False),
    ],
)
def test_accepts_gzip(header: str, expected: bool) -> None:
    assert accepts_gzip(header) is expected


@pytest.mark.parametrize(("interval", "expected"), [(60, 900), (20, 300), (2, 60), (1440, 900)])
def test_cache_max_age(interval: int, expected: int) -> None:
    assert cache_max_age(interval) == expected


def test_resolve_rejects_relative_targets(root: Path) -> None:
    assert resolve(root.resolve(), "all.rss") is None
    assert resolve(root.resolve(), "/all.rss") == (root / "all.rss").resolve()


def test_serve_command_port_in_use(root: Path) -> None:
    """`scrapy serve` on a busy port: one line, exit code 1, no traceback."""
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen(1)
    port = busy.getsockname()[1]
    try:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "scrapy",
                "serve",
                "--port",
                str(port),
                "-s",
                f"AGGREGATOR_FEEDS_DIR={root}",
            ],
            cwd=Path(__file__).parent.parent,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        busy.close()
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == (
        f"serve: error: port {port} on 127.0.0.1 is already in use (try --port)"
    )
    assert "Traceback" not in done.stderr
