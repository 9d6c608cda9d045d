"""Shared test fixtures: the sample sites on a real loopback HTTP server, and real crawls.

Crawls run `scrapy crawlall` in a subprocess: Twisted's reactor cannot be restarted inside one
test process, and a subprocess is also exactly what an operator runs.

The real services (.ci/run starts them and sets these; the local defaults otherwise):
AGGREGATOR_TEST_PG_URL, a PostgreSQL database in which each test creates (and drops) a database
of its own, and AGGREGATOR_TEST_REDIS_URL, a Redis server on which each test uses keys under a
prefix of its own. Tests that need one skip, saying why, when it does not answer.
"""

from __future__ import annotations

import http.client
import os
import shutil
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import unquote, urlsplit

import pytest
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.exc import OperationalError

from aggregator.samples.server import SITES_ROOT, SampleServer
from aggregator.sites import BUNDLED_SITES_DIR

REPO = Path(__file__).resolve().parents[1]
SAMPLE_IDS = ("mau-tuyenquang", "mau-tayninh", "mau-quangtri")
PG_URL = (
    os.environ.get("AGGREGATOR_TEST_PG_URL") or "postgresql+psycopg2://postgres@127.0.0.1:5432/test"
)
REDIS_URL = os.environ.get("AGGREGATOR_TEST_REDIS_URL") or "redis://127.0.0.1:6379/0"


@pytest.fixture
def sample_root(tmp_path: Path) -> Path:
    """A private copy of the sample sites, so a test can add or edit pages."""
    root = tmp_path / "sites"
    shutil.copytree(SITES_ROOT, root)
    return root


@pytest.fixture
def sample_server(sample_root: Path) -> Iterator[SampleServer]:
    with SampleServer(sample_root) as server:
        yield server


def http_request(
    address: tuple[str, int], path: str, method: str = "GET", **headers: str
) -> tuple[int, dict[str, str], bytes]:
    """One request to a server under test, sent as written (no Accept-Encoding unless given):
    status, lower-cased headers, body."""
    conn = http.client.HTTPConnection(*address, timeout=30)
    conn.putrequest(method, path, skip_accept_encoding=True)
    for name, value in headers.items():
        conn.putheader(name.replace("_", "-"), value)
    conn.endheaders()
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, {k.lower(): v for k, v in response.getheaders()}, body


def scrapy_command(*args: str) -> list[str]:
    """`scrapy ARGS` as this interpreter runs it, without politeness delays, logging at INFO."""
    return [
        sys.executable,
        "-m",
        "scrapy",
        *args,
        "-s",
        "DOWNLOAD_DELAY=0",
        "-s",
        "AUTOTHROTTLE_ENABLED=False",
        "-s",
        "LOG_LEVEL=INFO",
    ]


@dataclass
class Workspace:
    """Where one test's runs keep their store, feeds and reports."""

    root: Path
    server: SampleServer
    database: str = ""  # another store URL (PostgreSQL); default: a SQLite file in root

    @property
    def db_url(self) -> str:
        return self.database or f"sqlite:///{self.root / 'store.sqlite3'}"

    @property
    def feeds(self) -> Path:
        return self.root / "feeds"

    @property
    def site_rules(self) -> Path:
        """The bundled sample sites' files and nothing else: the default sites directory of a
        test's runs, so no test, whatever its arguments, can send a request to a real paper."""
        folder = self.root / "sample-site-rules"
        if not folder.is_dir():
            folder.mkdir(parents=True)
            for site_id in SAMPLE_IDS:
                shutil.copy(BUNDLED_SITES_DIR / f"{site_id}.toml", folder)
        return folder

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("AGGREGATOR_")}
        env.update(
            AGGREGATOR_SITES_DIR=str(self.site_rules),
            AGGREGATOR_DB_URL=self.db_url,
            AGGREGATOR_FEEDS_DIR=str(self.feeds),
            AGGREGATOR_SAMPLES_BASE=self.server.base,
            AGGREGATOR_BASE_URL="https://tin.example.vn",
            AGGREGATOR_REPORT_PATH=str(self.root / "report.json"),
        )
        env.update(extra)  # a test's own value wins, the store and feeds directory included
        return env

    def scrapy(
        self, *args: str, check: bool = True, code: Path = REPO, **env: str
    ) -> subprocess.CompletedProcess[str]:
        """Run `scrapy ARGS` in the repository (or another checkout of it: *code*), as an
        operator would, without politeness delays."""
        command = scrapy_command(*args)
        result = subprocess.run(  # noqa: PLW1510 - the exit code is asserted below
            command, cwd=code, env=self.env(**env), capture_output=True, text=True, timeout=240
        )
        if check and result.returncode != 0:
            raise AssertionError(
                f"scrapy {' '.join(args)} failed ({result.returncode}):\n{result.stderr[-4000:]}"
            )
        return result

    def crawlall(self, *sites: str) -> subprocess.CompletedProcess[str]:
        return self.scrapy("crawlall", "-a", "sites=" + ",".join(sites or SAMPLE_IDS))


@pytest.fixture
def workspace(tmp_path: Path, sample_server: SampleServer) -> Workspace:
    return Workspace(tmp_path, sample_server)


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every file under *directory*: relative path -> bytes."""
    return {
        str(p.relative_to(directory)): p.read_bytes()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def postgres_database() -> Iterator[str]:
    """A fresh PostgreSQL database on the AGGREGATOR_TEST_PG_URL server for one test (dropped
    after), or a skip saying why when no server answers. A generator: next() gives the URL,
    exhausting drops it."""
    name = f"aggregator_test_{uuid.uuid4().hex[:8]}"
    server = make_url(PG_URL)
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except OperationalError as exc:
        admin.dispose()
        where = server.render_as_string(hide_password=True)
        pytest.skip(f"no PostgreSQL at {where} ({str(exc.orig).strip().splitlines()[0]})")
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A new, empty store: a SQLite file, then a PostgreSQL database (skipped without one)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'data' / 'store.sqlite3'}"
        return
    database = postgres_database()
    yield next(database)
    next(database, None)


# --- Redis ----------------------------------------------------------------------------------------
# The fixtures speak RESP over a plain socket (ping, scan, delete): the code under test brings its
# own client, and the tests need no Redis package of their own for three commands.


def redis_command(url: str, *command: str) -> Any:
    """Send one command to the Redis at *url* (after AUTH and SELECT from the URL); its reply."""
    parts = urlsplit(url)
    commands: list[tuple[str, ...]] = []
    if parts.password:
        user = unquote(parts.username or "default")
        commands.append(("AUTH", user, unquote(parts.password)))
    database = parts.path.strip("/")
    if database and database != "0":
        commands.append(("SELECT", database))
    commands.append(command)
    address = (parts.hostname or "127.0.0.1", parts.port or 6379)
    with socket.create_connection(address, timeout=5) as sock:
        sock.sendall(b"".join(_resp_encode(c) for c in commands))
        with sock.makefile("rb") as reader:
            replies = [_resp_read(reader) for _ in commands]
    return replies[-1]


def _resp_encode(command: tuple[str, ...]) -> bytes:
    out = [b"*%d\r\n" % len(command)]
    for part in command:
        data = part.encode()
        out.append(b"$%d\r\n%s\r\n" % (len(data), data))
    return b"".join(out)


def _resp_read(reader: BinaryIO) -> Any:
    line = reader.readline()
    kind, rest = line[:1], line[1:].rstrip(b"\r\n")
    if kind == b"+":
        return rest.decode()
    if kind == b"-":
        raise ConnectionError(f"Redis: {rest.decode()}")
    if kind == b":":
        return int(rest)
    if kind == b"$":
        size = int(rest)
        return None if size < 0 else reader.read(size + 2)[:-2]
    if kind == b"*":
        size = int(rest)
        return None if size < 0 else [_resp_read(reader) for _ in range(size)]
    raise ConnectionError(f"Redis: unexpected reply {line!r}")


def redis_delete_prefix(url: str, prefix: str) -> int:
    """Delete every key under *prefix* (never FLUSHDB: other test runs share the server)."""
    cursor, deleted = "0", 0
    while True:
        cursor_bytes, keys = redis_command(
            url, "SCAN", cursor, "MATCH", f"{prefix}*", "COUNT", "500"
        )
        cursor = cursor_bytes.decode()
        if keys:
            deleted += redis_command(url, "DEL", *(k.decode() for k in keys))
        if cursor == "0":
            return deleted


@pytest.fixture
def redis_prefix() -> str:
    """A key prefix of this test's own on the shared Redis server."""
    return f"aggregator-test:{uuid.uuid4().hex[:12]}:"


@pytest.fixture
def redis_url(redis_prefix: str) -> Iterator[str]:
    """The Redis server of AGGREGATOR_TEST_REDIS_URL (skipped, saying why, when it does not
    answer); every key under ``redis_prefix`` is deleted after the test."""
    try:
        redis_command(REDIS_URL, "PING")
    except OSError as exc:
        pytest.skip(f"no Redis at {REDIS_URL} ({exc})")
    yield REDIS_URL
    redis_delete_prefix(REDIS_URL, redis_prefix)
