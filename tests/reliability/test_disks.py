"""Full disks and a read-only feeds directory: one clear error line, exit 1, nothing lost.

Two ways to fill a disk, both real: a tiny tmpfs mounted for the test (root only, as CI runs;
it gives the kernel's own ENOSPC), and RLIMIT_FSIZE on the subprocess with SIGXFSZ ignored,
which works anywhere and makes every write past the limit fail (EFBIG) the way a full disk
does. A read-only directory is a read-only bind mount as root (root ignores permission bits),
permission bits otherwise.
"""

from __future__ import annotations

import dataclasses
import os
import resource
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from aggregator.items import Article
from aggregator.samples.build import add_story
from aggregator.samples.content import SAMPLES
from aggregator.samples.server import SITES_ROOT, SampleServer
from aggregator.storage import ArticleStore
from tests.conftest import REPO, Workspace, snapshot
from tests.reliability.conftest import FAST, FaultWorld, Run, article_rows, integrity, run_scrapy
from tests.reliability.test_crashes import check_whole


@pytest.fixture
def world(tmp_path: Path) -> Iterator[FaultWorld]:
    shutil.copytree(SITES_ROOT, tmp_path / "samples")
    with SampleServer(tmp_path / "samples") as server:
        world = FaultWorld(tmp_path, server, {})
        world.build([])
        yield world


def file_size_limit(limit: int) -> Callable[[], None]:
    def preexec() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of being killed
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return preexec


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True, check=False).returncode == 0


@contextmanager
def tiny_filesystem(path: Path, kib: int) -> Iterator[Path]:
    """A tmpfs of *kib* KiB at *path*; skips when this machine cannot mount one."""
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or not _mount("-t", "tmpfs", "-o", f"size={kib}k", "tmpfs", str(path)):
        pytest.skip("cannot mount a tmpfs here (needs root); the RLIMIT_FSIZE tests still ran")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def fill(path: Path) -> None:
    """Write into *path* until its filesystem is full."""
    fd = os.open(path / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:  # ENOSPC: full
        pass
    finally:
        os.close(fd)


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    if os.geteuid() == 0:
        if not (_mount("--bind", str(path), str(path))
                and _mount("-o", "remount,bind,ro", str(path))):  # fmt: skip
            pytest.skip("cannot bind-mount read-only here")
        try:
            yield
        finally:
            subprocess.run(["umount", "-l", str(path)], check=False)
    else:
        modes = {p: p.stat().st_mode for p in (path, *path.rglob("*")) if p.is_dir()}
        for p in modes:
            p.chmod(0o555)
        try:
            yield
        finally:
            for p, mode in modes.items():
                p.chmod(mode)


def one_error_line(run: Run, prefix: str) -> str:
    lines = [line for line in run.stderr.splitlines() if line.startswith(prefix)]
    assert len(lines) == 1, run.stderr[-3000:]
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
    return lines[0]


def published_then_changed(world: FaultWorld) -> dict[str, bytes]:
    """A first crawl and publish; then a new story stored (not yet published)."""
    first = world.crawl()
    assert first.returncode == 0, first.stderr[-2000:]
    base = SAMPLES["mau-tayninh"][1]
    story = dataclasses.replace(base, id="7" + base.id, slug="tin-moi-" + base.slug,
                                title="Tin mới: " + base.title,
                                published="2025-12-01T08:00:00+07:00")  # fmt: skip
    add_story(world.samples.root, "mau-tayninh", story)
    crawled = world.crawl("--no-publish")
    assert crawled.returncode == 0, crawled.stderr[-2000:]
    return snapshot(world.workspace.feeds)


def test_publish_to_a_full_disk_rlimit(world: FaultWorld) -> None:
    """Files may grow to 40 KiB at most (SQLite's 32 KiB shared-memory file must fit): the small
    feeds are written, the large ones fail as on a disk that fills up mid-publish. stdout and
    stderr are pipes, which RLIMIT_FSIZE spares."""
    published_then_changed(world)
    store = ArticleStore(world.workspace.db_url)
    now = datetime.now(UTC)
    try:  # long stories, so that the "all" and category feeds are well over the limit
        store.upsert_many([
            Article(url=f"http://127.0.0.1/mau-tayninh/tin-tuc/tin-dai-{i}-a{800000 + i}.html",
                    title=f"Tin dài số {i}", body_text="Nội dung rất dài của bài. " * 400,
                    published=now - timedelta(minutes=i), site="mau-tayninh",
                    province="tay-ninh", category="kinh-te")
            for i in range(20)
        ], now=now)  # fmt: skip
    finally:
        store.close()
    before = snapshot(world.workspace.feeds)
    command = [sys.executable, "-m", "scrapy", "publish"]
    env = world.workspace.env(AGGREGATOR_SITES_DIR=str(world.sites_dir))
    result = subprocess.run(  # noqa: PLW1510 - the exit code is asserted below
        command, cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
        preexec_fn=file_size_limit(40 * 1024),
    )  # fmt: skip
    assert result.returncode == 1, result.stderr[-2000:]
    errors = [line for line in result.stderr.splitlines() if line.startswith("publish: error:")]
    assert len(errors) == 1, result.stderr[-3000:]
    assert "File too large" in errors[0]
    assert "Traceback" not in result.stderr
    after = snapshot(world.workspace.feeds)
    assert set(after) == set(before)
    for name, data in after.items():
        check_whole(world.workspace.feeds / name, data)  # old or new, never partial
    assert after["all.rss"] == before["all.rss"]  # too large to write: left as it was


def test_publish_to_a_full_tmpfs(world: FaultWorld, tmp_path: Path) -> None:
    before = published_then_changed(world)
    feeds = world.workspace.feeds
    saved = tmp_path / "saved-feeds"
    shutil.copytree(feeds, saved)
    with tiny_filesystem(feeds, 2048):
        shutil.copytree(saved, feeds, dirs_exist_ok=True)
        fill(feeds)
        (feeds / "filler").rename(feeds / ".filler")  # keep it out of the snapshot below
        run = world.scrapy("publish")
        assert run.returncode == 1
        assert "No space left on device" in one_error_line(run, "publish: error:")
        after = snapshot(feeds)
        after.pop(".filler")
        assert after == before


@pytest.mark.parametrize("where", ["site", "."], ids=["a-feeds-subfolder", "the-feeds-directory"])
def test_crawlall_publishing_into_a_read_only_directory(world: FaultWorld, where: str) -> None:
    """The feeds directory itself read-only is refused before the crawl (commands'
    require_feeds_dir); a folder of it read-only fails the publish after the crawl, which is
    kept. Either way: one line, exit 1, every file whole, the read-only ones as they were."""
    before = published_then_changed(world)
    base = SAMPLES["mau-quangtri"][1]
    add_story(world.samples.root, "mau-quangtri", dataclasses.replace(
        base, id="7" + base.id, slug="tin-moi-" + base.slug, title="Tin mới: " + base.title))  # fmt: skip
    stored = len(article_rows(world.workspace.db_url))
    with read_only(world.workspace.feeds / where):
        run = world.crawl()
        assert run.returncode == 1
        line = one_error_line(run, "error:")
        assert "Read-only file system" in line or "Permission denied" in line
        after = snapshot(world.workspace.feeds)
        assert set(after) == set(before)
        for name, data in after.items():  # each file whole; the read-only ones untouched
            check_whole(world.workspace.feeds / name, data)
            if name.startswith(f"{where}/") or where == ".":
                assert data == before[name], name
    crawled = 1 if where == "site" else 0
    assert len(article_rows(world.workspace.db_url)) == stored + crawled


@pytest.mark.parametrize(
    ("free_kib", "message"),
    [(96, "error: the store failed"), (0, "error: cannot open the store")],
    ids=["fills-during-the-crawl", "full-from-the-start"],
)
def test_a_full_disk_during_a_crawl_stops_it_cleanly(
    world: FaultWorld, tmp_path: Path, free_kib: int, message: str
) -> None:
    first = world.crawl("-a", "sites=mau-tuyenquang", "--no-publish")
    assert first.returncode == 0, first.stderr[-2000:]
    committed = article_rows(world.workspace.db_url)
    with tiny_filesystem(tmp_path / "disk", 1024) as disk:
        db = f"sqlite:///{disk / 'store.sqlite3'}"
        shutil.copy(world.workspace.db_url.removeprefix("sqlite:///"), disk / "store.sqlite3")
        fill(disk)
        os.truncate(disk / "filler", (disk / "filler").stat().st_size - free_kib * 1024)
        on_full_disk = Workspace(world.root, world.samples, database=db)
        run = run_scrapy(on_full_disk, "crawlall", AGGREGATOR_SITES_DIR=str(world.sites_dir),
                         AGGREGATOR_STORE_BATCH="2", **FAST)  # fmt: skip
        assert run.returncode == 1, run.stderr[-2000:]
        one_error_line(run, message)
        assert run.seconds < 60
        (disk / "filler").unlink()
        assert integrity(db) == "ok"
        after = article_rows(db)
        for url, row in committed.items():  # nothing committed is lost or changed
            assert after[url] == row, url
