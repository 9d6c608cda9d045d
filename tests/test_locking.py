"""No overlapping runs: the store's named locks, with real `scrapy` processes on SQLite and
PostgreSQL (a second run waits AGGREGATOR_LOCK_WAIT seconds, then exits with 3 naming the
holder; a SIGKILLed holder never blocks the next run), and the lock API the commands use."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from aggregator.commands import lock_wait
from aggregator.errors import BadStoreURL, StoreError
from aggregator.locking import CRAWL, PUBLISH, Holder, LockHeld, acquire
from tests.conftest import REPO, SAMPLE_IDS, Workspace, postgres_database

HOST = socket.gethostname()
CRAWL_SAMPLES = ("crawlall", "-a", "sites=" + ",".join(SAMPLE_IDS))  # never the real sites
HOLDER_LINE = re.compile(
    r"error: another run holds the (\w+) lock of (\S+): pid (\d+) on (\S+), "
    r"since (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) UTC(.*)"
)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_workspace(request: pytest.FixtureRequest, workspace: Workspace) -> Iterator[Workspace]:
    if request.param == "sqlite":
        yield workspace
        return
    database = postgres_database()
    workspace.database = next(database)
    yield workspace
    next(database, None)


def start_crawlall(ws: Workspace, delay: float, **env: str) -> subprocess.Popen[str]:
    """A crawlall in the background; with *delay* seconds between requests it runs a while."""
    command = [
        sys.executable, "-m", "scrapy", "crawlall", "-a", "sites=" + ",".join(SAMPLE_IDS),
        "-s", f"DOWNLOAD_DELAY={delay}", "-s", "RANDOMIZE_DOWNLOAD_DELAY=False",
        "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=INFO",
    ]  # fmt: skip
    return subprocess.Popen(
        command, cwd=REPO, env=ws.env(**env), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip


def wait_until_crawling(ws: Workspace, process: subprocess.Popen[str]) -> None:
    """The crawl has reached the sites, so it holds its lock (taken before any request)."""
    deadline = time.monotonic() + 60
    while not ws.server.requests:
        assert process.poll() is None, process.communicate()[1][-3000:]
        assert time.monotonic() < deadline, "the crawl never started"
        time.sleep(0.1)


def holder_process(db_url: str, name: str) -> subprocess.Popen[str]:
    """Another process holding lock *name*: it says "held" once it has it, then sleeps."""
    code = (
        "import sys, time; from aggregator.locking import acquire; "
        "lock = acquire(sys.argv[1], sys.argv[2]); print('held', flush=True); time.sleep(300)"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code, db_url, name], cwd=REPO, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    assert process.stdout.readline() == "held\n"
    return process


def kill(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)


def only_line(result: subprocess.CompletedProcess[str]) -> str:
    """The one line of a command that stopped before crawling."""
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr[-3000:]
    return lines[0]


def last_line(result: subprocess.CompletedProcess[str]) -> str:
    """The last line of a command that crawled (Scrapy's log is on stderr too)."""
    return result.stderr.strip().splitlines()[-1]


# --- real scrapy processes ----------------------------------------------------------------------


def test_a_second_crawlall_exits_3_naming_the_holder(store_workspace: Workspace) -> None:
    ws = store_workspace
    # One crawler per site, so three requests at a time: ~7 requests per site take ~35 s.
    first = start_crawlall(ws, delay=5.0)
    try:
        wait_until_crawling(ws, first)
        second = ws.scrapy(*CRAWL_SAMPLES, check=False)
        assert second.returncode == 3
        match = HOLDER_LINE.fullmatch(only_line(second))
        assert match is not None, second.stderr
        assert match[1] == "crawl"
        assert (int(match[3]), match[4]) == (first.pid, HOST)
        since = datetime.strptime(match[5], "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
        assert abs((datetime.now(UTC) - since).total_seconds()) < 120
        assert "Scrapy" not in second.stdout  # it stopped before starting a crawl

        # With AGGREGATOR_LOCK_WAIT it tries for that long first.
        waited = time.monotonic()
        patient = ws.scrapy(*CRAWL_SAMPLES, check=False, AGGREGATOR_LOCK_WAIT="2")
        assert patient.returncode == 3
        assert time.monotonic() - waited >= 2
        assert HOLDER_LINE.fullmatch(only_line(patient))
        assert first.poll() is None, "the holder ended early: the test proves nothing"
    finally:
        kill(first)  # SIGKILL: no cleanup code runs, the lock goes with the process

    after = ws.scrapy(*CRAWL_SAMPLES, check=False)  # AGGREGATOR_LOCK_WAIT=0: not a moment's wait
    assert after.returncode == 0, after.stderr[-3000:]


def test_a_waiting_crawlall_runs_once_the_lock_is_free(store_workspace: Workspace) -> None:
    ws = store_workspace
    holder = holder_process(ws.db_url, CRAWL)
    waiting = start_crawlall(ws, delay=0, AGGREGATOR_LOCK_WAIT="120")
    try:
        time.sleep(8)  # Scrapy starts in ~3 s: then it waits, without a single request
        assert waiting.poll() is None, waiting.communicate()[1][-3000:]
        assert ws.server.requests == []
    finally:
        kill(holder)
    _, err = waiting.communicate(timeout=240)
    assert waiting.returncode == 0, err[-3000:]
    report = json.loads((ws.root / "report.json").read_text(encoding="utf-8"))
    assert report["totals"]["new"] == 13


def test_the_publish_lock(store_workspace: Workspace) -> None:
    ws = store_workspace
    holder = holder_process(ws.db_url, PUBLISH)
    try:
        publish = ws.scrapy("publish", check=False)
        assert publish.returncode == 3
        match = HOLDER_LINE.fullmatch(only_line(publish))
        assert match is not None, publish.stderr
        assert (match[1], int(match[3])) == ("publish", holder.pid)
        # A crawlall crawls and stores, then cannot publish: 3, saying the crawl is kept.
        crawl = ws.scrapy(*CRAWL_SAMPLES, check=False)
        assert crawl.returncode == 3
        match = HOLDER_LINE.fullmatch(last_line(crawl))
        assert match is not None, crawl.stderr
        assert match[6] == "; the crawl is stored, the next publish will include it"
        assert not (ws.feeds / "all.atom").exists()
    finally:
        kill(holder)
    assert ws.scrapy("publish").returncode == 0
    assert (ws.feeds / "all.atom").exists()


def test_publishing_is_not_held_up_by_a_crawl(store_workspace: Workspace) -> None:
    ws = store_workspace
    holder = holder_process(ws.db_url, CRAWL)
    try:
        assert ws.scrapy("publish").returncode == 0  # feeds can be refreshed while a crawl runs
    finally:
        kill(holder)


def test_db_upgrade_waits_for_no_run(store_workspace: Workspace) -> None:
    ws = store_workspace
    holder = holder_process(ws.db_url, CRAWL)
    try:
        upgrade = ws.scrapy("db", "upgrade", check=False)
        assert upgrade.returncode == 3
        assert HOLDER_LINE.fullmatch(only_line(upgrade))
    finally:
        kill(holder)
    assert ws.scrapy("db", "upgrade").returncode == 0


# --- the lock API ---------------------------------------------------------------------------


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'data' / 'store.sqlite3'}"


def test_a_lock_is_held_until_released(sqlite_url: str, tmp_path: Path) -> None:
    lock = acquire(sqlite_url, CRAWL)
    assert (tmp_path / "data" / "store.sqlite3.crawl.lock").exists()
    # Another open file of the same lock, as another process would have it.
    with pytest.raises(LockHeld) as held:
        acquire(sqlite_url, CRAWL)
    assert held.value.holder.pid == os.getpid()
    assert held.value.holder.host == HOST
    with acquire(sqlite_url, PUBLISH):  # another name, another lock
        pass
    lock.release()
    lock.release()  # twice is harmless
    with acquire(sqlite_url, CRAWL):
        pass


def test_shared_holders_keep_out_an_exclusive_one(db_url: str) -> None:
    """Several crawl workers of one round (shared) against `scrapy db upgrade` (exclusive)."""
    first = acquire(db_url, CRAWL, shared=True)
    second = acquire(db_url, CRAWL, shared=True)
    with pytest.raises(LockHeld) as held:
        acquire(db_url, CRAWL)
    assert held.value.holder.pid == os.getpid()
    first.release()
    with pytest.raises(LockHeld):
        acquire(db_url, CRAWL)
    second.release()
    with acquire(db_url, CRAWL), pytest.raises(LockHeld):
        acquire(db_url, CRAWL, shared=True)


def test_waiting_gives_up_after_the_wait(sqlite_url: str) -> None:
    with acquire(sqlite_url, CRAWL):
        started = time.monotonic()
        with pytest.raises(LockHeld):
            acquire(sqlite_url, CRAWL, wait=0.5)
        assert 0.5 <= time.monotonic() - started < 5


def test_a_stale_lock_file_names_nobody_and_blocks_nobody(sqlite_url: str, tmp_path: Path) -> None:
    path = tmp_path / "data" / "store.sqlite3.crawl.lock"
    path.parent.mkdir()
    path.write_text('{"pid": 1, "host": "gone", "started": "2025-01-01T00:00:00+00:00"}')
    with acquire(sqlite_url, CRAWL):
        assert f'"pid": {os.getpid()}' in path.read_text()


def test_an_in_memory_store_needs_no_lock() -> None:
    with acquire("sqlite://", CRAWL), acquire("sqlite://", CRAWL):
        pass


def test_a_lock_that_cannot_be_reached_is_a_store_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    with pytest.raises(StoreError, match="cannot create the lock file"):
        acquire(f"sqlite:///{tmp_path / 'file' / 'store.sqlite3'}", CRAWL)
    with pytest.raises(StoreError, match="cannot reach the store"):
        acquire("postgresql+psycopg2://postgres@127.0.0.1:1/none", CRAWL)
    with pytest.raises(StoreError, match="no run lock for mysql stores"):
        acquire("mysql://localhost/aggregator", CRAWL)
    with pytest.raises(BadStoreURL, match="not a database URL"):
        acquire("data/aggregator.sqlite3", CRAWL)


@pytest.mark.parametrize(
    ("holder", "said"),
    [
        (Holder(), "a process that did not say who it is"),
        (Holder(pid=42, host="crawler-1"), "pid 42 on crawler-1"),
        (
            Holder(pid=42, host="h", started=datetime(2025, 6, 1, 10, 2, 3, tzinfo=UTC)),
            "pid 42 on h, since 2025-06-01 10:02:03 UTC",
        ),
    ],
)
def test_holder_description(holder: Holder, said: str) -> None:
    assert holder.describe() == said


@pytest.mark.parametrize(
    ("raw", "seconds"),
    [("0", 0.0), ("", 0.0), ("30", 30.0), ("2.5", 2.5), (" 10 ", 10.0)],
)
def test_lock_wait_setting(raw: str, seconds: float) -> None:
    assert lock_wait({"AGGREGATOR_LOCK_WAIT": raw}) == seconds


@pytest.mark.parametrize("raw", ["-1", "soon", "nan", "inf"])
def test_a_bad_lock_wait_is_bad_input(raw: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        lock_wait({"AGGREGATOR_LOCK_WAIT": raw})
    assert stopped.value.code == 2
    assert capsys.readouterr().err == (
        f"error: AGGREGATOR_LOCK_WAIT must be a number of seconds >= 0, got {raw!r}\n"
    )
