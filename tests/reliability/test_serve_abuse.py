"""`scrapy serve` under abuse: traversal, absurd requests, slow clients, and 50 clients at once.

A real server on 127.0.0.1 (port 0) over a real published feeds directory; raw sockets where
http.client would refuse to send what an attacker sends.
"""

from __future__ import annotations

import http.client
import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from aggregator.publishing.server import make_server, serve_in_thread

SLOW_CLIENT_TIMEOUT = 1.0  # the server's CLIENT_TIMEOUT for this test (30 s in production)


@pytest.fixture
def feeds(tmp_path: Path) -> Path:
    root = tmp_path / "feeds"
    (root / "site").mkdir(parents=True)
    (root / "all.rss").write_bytes(b'<?xml version="1.0"?><rss version="2.0"><channel/></rss>')
    (root / "site" / "baomau.rss").write_bytes(b"<rss/>" * 100)
    (root / "index.html").write_text("<!doctype html><title>Báo địa phương</title>", "utf-8")
    (tmp_path / "secret.txt").write_text("SECRET-OUTSIDE")
    (root / "site" / "link-out.rss").symlink_to(tmp_path / "secret.txt")
    (root / "site" / "dir-out").symlink_to(tmp_path, target_is_directory=True)
    return root


@pytest.fixture
def address(feeds: Path) -> Iterator[tuple[str, int]]:
    server = make_server(feeds, "127.0.0.1", 0, timeout=SLOW_CLIENT_TIMEOUT)
    serve_in_thread(server)
    yield "127.0.0.1", server.server_address[1]
    server.shutdown()
    server.server_close()


def raw(address: tuple[str, int], data: bytes, *, wait: float = 5.0) -> bytes:
    """Send *data* as it is and read until the server closes (or *wait* passes)."""
    with socket.create_connection(address, timeout=wait) as sock:
        sock.sendall(data)
        chunks = []
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        except TimeoutError:
            pass
    return b"".join(chunks)


def status_of(answer: bytes) -> int:
    """The answer's status; to a request line it cannot read, http.server answers as to an
    HTTP/0.9 client (no status line), with the code in the page."""
    if answer.startswith(b"HTTP/"):
        return int(answer.split(b" ", 2)[1])
    match = re.search(rb"Error code: (\d{3})", answer)
    return int(match.group(1)) if match else 0


@pytest.mark.parametrize(
    "path",
    [
        b"/../secret.txt",
        b"/site/../../secret.txt",
        b"/%2e%2e/secret.txt",
        b"/%252e%252e/secret.txt",  # double-encoded: stays "%2e%2e", a name that does not exist
        b"/%252e%252e%252fsecret.txt",
        b"/..\\secret.txt",  # raw backslashes
        b"/site\\..\\..\\secret.txt",
        b"/..%5c..%5csecret.txt",
        b"/all.rss%00",
        b"/all.rss\x00.html",  # a raw NUL
        b"/site/link-out.rss",  # a symlink out of the directory
        b"/site/dir-out/secret.txt",  # through a symlinked directory
        b"/site/dir-out/",
        b"//../secret.txt",
        b"http://127.0.0.1/../secret.txt",  # an absolute-form target
    ],
)
def test_traversal_is_refused(address: tuple[str, int], path: bytes) -> None:
    answer = raw(address, b"GET " + path + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert status_of(answer) in (400, 403, 404), answer[:200]
    assert b"SECRET-OUTSIDE" not in answer


@pytest.mark.parametrize(
    ("request_bytes", "expected"),
    [
        (b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414),
        (b"GET /" + b"a/" * 20_000 + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 404),
        (b"GET /all.rss HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * 70_000 + b"\r\n\r\n", 431),
        (b"GET /all.rss HTTP/1.1\r\n" + b"X-H: v\r\n" * 200 + b"\r\n", 431),
        (b"GET /all.rss HTTP/9.9\r\n\r\n", 505),
        (b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 64 + b"\r\n\r\n", 400),  # TLS
        (b"GARBAGE\r\n\r\n", 400),
        (b"DELETE /all.rss HTTP/1.1\r\nHost: x\r\n\r\n", 501),
        (b"GET /all.rss HTTP/1.1\r\nHost: x\r\nRange: bytes=0-5,1-2,3-4\r\nIf-None-Match: "
         + b'"x",' * 5000 + b"\r\nConnection: close\r\n\r\n", 200),
    ],
    ids=["long-target", "deep-path", "long-header", "many-headers", "bad-version", "tls-hello",
         "garbage", "other-method", "absurd-values"],
)  # fmt: skip
def test_absurd_requests_get_an_answer_not_a_crash(
    address: tuple[str, int], request_bytes: bytes, expected: int
) -> None:
    assert status_of(raw(address, request_bytes)) == expected
    # And the server is still there for everyone else.
    assert status_of(raw(address, b"GET /all.rss HTTP/1.0\r\n\r\n")) == 200


@pytest.mark.parametrize(
    "partial",
    [b"", b"GET /all.rss HTTP/1.1\r\nHost: x\r\n", b"GET /all"],
    ids=["silent", "headers-never-end", "request-line-never-ends"],
)
def test_slow_clients_are_disconnected(address: tuple[str, int], partial: bytes) -> None:
    started = time.monotonic()
    answer = raw(address, partial, wait=10 * SLOW_CLIENT_TIMEOUT)
    elapsed = time.monotonic() - started
    assert elapsed < 5 * SLOW_CLIENT_TIMEOUT, elapsed  # closed by the server, not by our wait
    assert status_of(answer) in (0, 408)


def test_a_slowloris_does_not_stop_other_readers(address: tuple[str, int]) -> None:
    sockets = [socket.create_connection(address) for _ in range(100)]
    try:
        for sock in sockets:
            sock.sendall(b"GET /all.rss HTTP/1.1\r\nHost: x\r\n")  # and never the blank line
        started = time.monotonic()
        assert status_of(raw(address, b"GET /all.rss HTTP/1.0\r\n\r\n")) == 200
        assert time.monotonic() - started < 2
    finally:
        for sock in sockets:
            sock.close()


def test_fifty_clients_two_thousand_requests_no_error(address: tuple[str, int]) -> None:
    paths = ["/all.rss", "/site/baomau.rss", "/index.html", "/", "/missing.rss"]
    expected = {"/missing.rss": 404}
    errors: list[str] = []
    lock = threading.Lock()

    def client(n: int) -> int:
        done = 0
        conn = http.client.HTTPConnection(*address, timeout=10)
        try:
            for i in range(40):  # 50 clients x 40 requests, on keep-alive connections
                path = paths[(n + i) % len(paths)]
                headers = {"Accept-Encoding": "gzip"} if i % 2 else {}
                conn.request("GET", path, headers=headers)
                response = conn.getresponse()
                response.read()
                if response.status != expected.get(path, 200):
                    with lock:
                        errors.append(f"{path}: {response.status}")
                done += 1
        except (OSError, http.client.HTTPException) as exc:
            with lock:
                errors.append(f"client {n}: {type(exc).__name__}: {exc}")
        finally:
            conn.close()
        return done

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=50) as pool:
        done = sum(pool.map(client, range(50)))
    elapsed = time.monotonic() - started
    assert errors == []
    assert done == 2000
    assert elapsed < 60, elapsed
    print(f"2000 requests from 50 clients in {elapsed:.1f} s ({os.cpu_count()} CPUs)")
