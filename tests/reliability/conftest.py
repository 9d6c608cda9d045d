"""The reliability suite's worlds: the healthy sample sites next to fault sites, on loopback.

``FaultWorld`` puts every case of ``faultsite.CASES`` on a real server (robots.txt cases on a
server of their own each), writes a site file per case into a private sites folder next to the
bundled sample sites' files, and runs real ``scrapy crawlall`` subprocesses against all of it.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from aggregator.samples.server import SITES_ROOT, SampleServer
from aggregator.sites import BUNDLED_SITES_DIR
from aggregator.taxonomy import PROVINCES
from tests.conftest import REPO, SAMPLE_IDS, Workspace
from tests.reliability import faultsite as fs
from tests.reliability.pages import (
    ENGLISH_STORY,
    STORIES,
    Story,
    article_html,
    rss,
    sitemap,
    to_cp1258,
)

# Short limits so a fault costs seconds, not the production half-minute (settings.py).
FAST = {
    "DOWNLOAD_TIMEOUT": "2",
    "AGGREGATOR_RETRY_BACKOFF": "0.1",
    "AGGREGATOR_RETRY_AFTER_MAX": "5",
    "AGGREGATOR_PROGRESS_INTERVAL": "0",
}


def site_id(case: fs.Case) -> str:
    return f"loi-{case.name}"


def site_file(site: str, base: str, start: str, province: str) -> str:
    kind = "sitemaps" if start == "sitemap" else "feeds"
    path = "sitemap.xml" if start == "sitemap" else "rss.xml"
    return (
        f'name = "Báo thử lỗi {site}"\nprovince = "{province}"\nhomepage = "{base}/{site}/"\n\n'
        f'[start]\n{kind} = ["{base}/{site}/{path}"]\n\n'
        "[urls]\narticle = '-\\d{6}\\.html$'\narticle_id = '-(\\d{6})\\.html$'\n"
    )


@dataclass
class FaultSite:
    case: fs.Case
    server: fs.FaultServer
    old: Story  # stored in the healthy run
    new: Story  # behind the fault

    @property
    def id(self) -> str:
        return site_id(self.case)

    def url(self, story: Story) -> str:
        return self.server.base + story.path(self.id)


@dataclass
class FaultWorld:
    root: Path
    samples: SampleServer
    servers: dict[str, fs.FaultServer]
    sites: dict[str, FaultSite] = field(default_factory=dict)

    @property
    def workspace(self) -> Workspace:
        return Workspace(self.root, self.samples)

    @property
    def sites_dir(self) -> Path:
        return self.root / "site_rules"

    def build(self, cases: Iterable[fs.Case]) -> None:
        self.sites_dir.mkdir(parents=True, exist_ok=True)
        for sample in SAMPLE_IDS:
            shutil.copy(BUNDLED_SITES_DIR / f"{sample}.toml", self.sites_dir)
        provinces = list(PROVINCES)
        for i, case in enumerate(cases):
            server = self.servers[case.robots]
            site = FaultSite(case, server, STORIES[i % len(STORIES)], STORIES[(i + 1) % 6])
            self.sites[site.id] = site
            (self.sites_dir / f"{site.id}.toml").write_text(
                site_file(site.id, server.base, case.start, provinces[i % len(provinces)]),
                encoding="utf-8",
            )
            self._serve(site)

    def _serve(self, site: FaultSite) -> None:
        server, case, sid = site.server, site.case, site.id
        paper = f"Báo thử lỗi {sid}"
        for story in (site.old, site.new):
            server.page(story.path(sid), article_html(story, paper).encode())
        start_path = f"/{sid}/sitemap.xml" if case.start == "sitemap" else f"/{sid}/rss.xml"

        def listing(stories: list[Story]) -> bytes:
            if case.start == "sitemap":
                return sitemap(server.base, sid, stories)
            return rss(server.base, sid, paper, stories)

        # Healthy: the old story only. Faulty: the new story too (newest first).
        server.page(start_path, listing([site.old]), fs.XML)
        faulty_listing = listing([site.new, site.old])
        new_path = site.new.path(sid)
        server.fault(start_path, lambda h, _page: fs.send(h, 200, faulty_listing, fs.XML))
        if case.where in ("feed", "sitemap") and case.responder is not None:
            server.fault(start_path, lambda h, _page, r=case.responder: r(h, faulty_listing))
        elif case.where == "article":
            server.fault(new_path, self._article_fault(site))

    def _article_fault(self, site: FaultSite) -> fs.Responder:
        case, sid, server = site.case, site.id, site.server
        paper = f"Báo thử lỗi {sid}"
        if case.name == "redirect-loop":
            loop = f"/{sid}/tin-tuc/chuyen-huong-{site.new.id}.html"
            server.fault(loop, fs.redirect(server.base + site.new.path(sid)))
            return fs.redirect(server.base + loop)
        if case.name == "redirect-offsite":
            port = server.base.rsplit(":", 1)[1]
            return fs.redirect(f"http://localhost:{port}/quang-cao/{site.new.slug}.html")
        if case.name == "wrong-charset":
            page = to_cp1258(article_html(site.new, paper, charset="utf-8"))
            return fs.body(page, "text/html; charset=utf-8")
        if case.name == "no-charset-1258":
            return fs.body(to_cp1258(article_html(site.new, paper, charset=None)), "text/html")
        if case.name == "no-charset-1252":
            english = article_html(ENGLISH_STORY, "Provincial News", charset=None, lang="en")
            return fs.body(english.encode("cp1252"), "text/html")
        assert case.responder is not None
        return case.responder

    def faulty(self, on: bool = True) -> None:
        for server in self.servers.values():
            server.faulty = on

    def crawl(self, *args: str, **options: Any) -> Run:
        """One `scrapy crawlall` of every site (samples and faults), timed and measured."""
        return run_scrapy(
            self.workspace, "crawlall", *args, AGGREGATOR_SITES_DIR=str(self.sites_dir),
            **{**FAST, **options},
        )  # fmt: skip

    def scrapy(self, *args: str, **options: Any) -> Run:
        return run_scrapy(
            self.workspace, *args, AGGREGATOR_SITES_DIR=str(self.sites_dir), **options
        )


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    max_rss_mib: float  # the subprocess's peak resident memory
    report: dict[str, Any]

    def site(self, site: str) -> dict[str, Any]:
        return next(s for s in self.report["sites"] if s["site"] == site)


def run_scrapy(
    ws: Workspace,
    *args: str,
    timeout: float = 240,
    via: tuple[str, ...] = (),
    preexec: Callable[[], None] | None = None,
    **env: str,
) -> Run:
    """`scrapy ARGS` in a subprocess, as Workspace.scrapy runs it, plus its wall time and peak
    RSS (the child's own, ``_wait``).

    *via*: a test module and its arguments that run the scrapy command for us (clockshift,
    crashpoint), e.g. ``("tests.reliability.clockshift", "-86400")``."""
    settings = [a for name, value in env.items() if name.isupper() and not name.startswith(
        "AGGREGATOR_") for a in ("-s", f"{name}={value}")]  # fmt: skip
    env = {k: v for k, v in env.items() if k.startswith("AGGREGATOR_")}
    runner = ["-m", via[0], *via[1:]] if via else ["-m", "scrapy"]
    command = [sys.executable, *runner, *args, *settings, "-s", "DOWNLOAD_DELAY=0",
               "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=INFO"]  # fmt: skip
    report_path = ws.root / "report.json"
    report_path.unlink(missing_ok=True)
    out, err = ws.root / "stdout.txt", ws.root / "stderr.txt"
    started = time.monotonic()
    with out.open("w") as stdout, err.open("w") as stderr:
        process = subprocess.Popen(
            command, cwd=REPO, env=ws.env(**env), stdout=stdout, stderr=stderr,
            preexec_fn=preexec,  # noqa: PLW1509 - it only sets limits and a signal
        )  # fmt: skip
        try:
            status, peak_kib = _wait(process.pid, timeout)
        except TimeoutError:
            process.kill()
            _wait(process.pid, 10)
            raise
    seconds = time.monotonic() - started
    report = json.loads(report_path.read_text("utf-8")) if report_path.exists() else {}
    return Run(
        returncode=os.waitstatus_to_exitcode(status),
        stdout=out.read_text("utf-8"),
        stderr=err.read_text("utf-8"),
        seconds=seconds,
        max_rss_mib=peak_kib / 1024,
        report=report,
    )


def _wait(pid: int, timeout: float) -> tuple[int, int]:
    """Reap *pid*; its exit status and its peak resident memory in KiB.

    The peak is the child's own program's high-water mark (``VmHWM``, read while it runs, so
    growth in its last poll interval is missed), not wait4's ``ru_maxrss``: Linux carries the
    parent's peak over the fork and exec into the child's, so after a long test session that
    measured pytest, not the crawl (a bare ``python -c pass`` under a 600 MiB parent "used"
    610 MiB). Where /proc is missing, ``ru_maxrss`` is what there is."""
    deadline = time.monotonic() + timeout
    peak = 0
    while True:
        peak = max(peak, _high_water_kib(pid))
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            return status, peak or usage.ru_maxrss
        if time.monotonic() > deadline:
            raise TimeoutError(f"process {pid} still running after {timeout} s")
        time.sleep(0.05)


def _high_water_kib(pid: int) -> int:
    """``VmHWM`` of a running process in KiB; 0 when it is gone, a zombie or /proc is absent."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def article_rows(db_url: str) -> dict[str, dict[str, Any]]:
    """Every stored article row by URL, every column: to compare what a run left alone."""
    path = db_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        conn.row_factory = sqlite3.Row
        return {row["url"]: dict(row) for row in conn.execute("SELECT * FROM articles")}


def integrity(db_url: str) -> str:
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


@pytest.fixture(scope="module")
def fault_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FaultWorld]:
    root = tmp_path_factory.mktemp("faults")
    samples_root = root / "samples"
    shutil.copytree(SITES_ROOT, samples_root)
    modes = ("allow", "timeout", "500", "disallow")
    with SampleServer(samples_root) as samples:
        servers = {mode: fs.FaultServer(robots=mode) for mode in modes}
        for server in servers.values():
            server.__enter__()
        try:
            world = FaultWorld(root, samples, servers)
            world.build(fs.CASES)
            yield world
        finally:
            for server in servers.values():
                server.__exit__()
