"""Crashes: a crawl or a publish killed with SIGKILL at chosen points, then run again.

The kill comes from inside the real process at an exact point (tests/reliability/crashpoint.py):
while fetching, inside a store transaction, half-way through writing a published file. After
it: the SQLite store passes PRAGMA integrity_check, every committed article is still there
(same guid, same first_seen), none is stored twice, and every published file is a whole, valid
document. A reader polling the feeds directory during a publish never sees a partial file.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from lxml import etree

from aggregator.items import Article
from aggregator.samples.build import add_story
from aggregator.samples.content import SAMPLES
from aggregator.samples.server import SITES_ROOT, SampleServer
from aggregator.storage import ArticleStore
from tests.reliability.conftest import FaultWorld, article_rows, integrity

CRASH = "tests.reliability.crashpoint"
STORIES = 13  # the sample sites' stories (tests/test_incremental.py)
KILLED = -9  # os.waitstatus_to_exitcode of a SIGKILL


@pytest.fixture
def world(tmp_path: Path) -> Iterator[FaultWorld]:
    shutil.copytree(SITES_ROOT, tmp_path / "samples")
    with SampleServer(tmp_path / "samples") as server:
        world = FaultWorld(tmp_path, server, {})
        world.build([])
        yield world


def check_whole(path: Path, data: bytes) -> None:
    """*data* is a complete document of *path*'s kind."""
    if path.suffix in (".rss", ".atom", ".opml"):
        etree.fromstring(data)
    elif path.suffix == ".json":
        json.loads(data)
    elif path.suffix == ".html":
        assert data.rstrip().endswith(b"</html>"), path


def check_feeds(feeds: Path) -> int:
    files = [p for p in feeds.rglob("*") if p.is_file() and not p.name.startswith(".")]
    for path in files:
        check_whole(path, path.read_bytes())
    return len(files)


@pytest.mark.parametrize(("point", "count"), [("fetch", 5), ("store", 6)])
def test_a_killed_crawl_loses_nothing_it_committed(
    world: FaultWorld, point: str, count: int
) -> None:
    db = world.workspace.db_url
    killed = world.crawl(via=(CRASH, point, str(count)), AGGREGATOR_STORE_BATCH="4")
    assert killed.returncode == KILLED, killed.stderr[-2000:]
    assert integrity(db) == "ok"
    committed = article_rows(db)
    assert len(committed) < STORIES
    again = world.crawl(AGGREGATOR_STORE_BATCH="4")
    assert again.returncode == 0, again.stderr[-2000:]
    assert integrity(db) == "ok"
    after = article_rows(db)
    assert len(after) == STORIES
    assert len({row["guid"] for row in after.values()}) == STORIES  # none stored twice
    for url, row in committed.items():
        for column in ("guid", "first_seen", "published", "content_hash", "title"):
            assert after[url][column] == row[column], (url, column)
    assert check_feeds(world.workspace.feeds) > 100


def _new_story(site: str, n: int) -> object:
    base = SAMPLES[site][1]
    return dataclasses.replace(
        base, id=f"8{n}{base.id}", slug=f"tin-them-{n}-{base.slug}", title=f"Tin thêm {n}: {base.title}",
        published="2025-12-01T08:00:00+07:00",
    )  # fmt: skip


def test_a_killed_publish_leaves_every_file_whole(world: FaultWorld) -> None:
    first = world.crawl()
    assert first.returncode == 0, first.stderr[-2000:]
    feeds = world.workspace.feeds
    before = {p: p.read_bytes() for p in feeds.rglob("[!.]*") if p.is_file()}  # served files
    add_story(world.samples.root, "mau-tuyenquang", _new_story("mau-tuyenquang", 1))  # type: ignore[arg-type]
    crawled = world.crawl("--no-publish")
    assert crawled.returncode == 0, crawled.stderr[-2000:]
    killed = world.scrapy("publish", via=(CRASH, "publish", "2"))
    assert killed.returncode == KILLED, killed.stderr[-2000:]
    # A half-written temporary file was left behind, and nothing else is partial.
    leftovers = list(feeds.rglob(".*.tmp"))
    assert len(leftovers) == 1
    assert check_feeds(feeds) == len(before)
    again = world.scrapy("publish")
    assert again.returncode == 0, again.stderr[-2000:]
    assert not list(feeds.rglob(".*.tmp"))  # the orphan was cleaned up
    assert check_feeds(feeds) == len(before)
    assert "Tin thêm 1" in (feeds / "site" / "mau-tuyenquang.rss").read_text("utf-8")


def test_a_reader_polling_during_publish_never_sees_a_partial_file(world: FaultWorld) -> None:
    first = world.crawl()
    assert first.returncode == 0, first.stderr[-2000:]
    # Enough new articles that the next publish rewrites every feed, and takes a while.
    store = ArticleStore(world.workspace.db_url)
    now = datetime.now(UTC)
    try:
        store.upsert_many(
            [
                Article(url=f"http://127.0.0.1/mau-tayninh/tin-tuc/tin-them-{i}-a{900000 + i}.html",
                        title=f"Tin thêm số {i}", body_text="Nội dung bài. " * (50 + i % 300),
                        summary="Tóm tắt.", published=now - timedelta(minutes=i),
                        site="mau-tayninh", province="tay-ninh",
                        category=("kinh-te", "xa-hoi", "giao-duc")[i % 3])
                for i in range(600)
            ],
            now=now,
        )  # fmt: skip
    finally:
        store.close()
    feeds = world.workspace.feeds
    stop = threading.Event()
    reads: list[int] = [0]
    partial: list[str] = []

    def poll() -> None:
        while not stop.is_set():
            for path in feeds.rglob("*"):
                if path.name.startswith(".") or not path.is_file():
                    continue
                try:
                    data = path.read_bytes()
                except FileNotFoundError:  # replaced or removed between listing and reading
                    continue
                try:
                    check_whole(path, data)
                except (etree.XMLSyntaxError, ValueError, AssertionError):
                    partial.append(f"{path.name} ({len(data)} bytes)")
                reads[0] += 1

    reader = threading.Thread(target=poll)
    reader.start()
    try:
        published = world.scrapy("publish")
    finally:
        stop.set()
        reader.join()
    assert published.returncode == 0, published.stderr[-2000:]
    assert partial == []
    assert reads[0] > 300
    print(f"{reads[0]} reads during the publish, none partial")
