"""Scrapyd, for real: the egg `scrapyd-deploy` builds runs from its zip, and a local `scrapyd` on
loopback takes it, runs the `news` spider per site through `schedule.json`, and what the jobs
stored is published by `scrapy publish`.

The project is copied (scrapy.cfg, setup.py, pyproject.toml, aggregator/) into the test's folder
and deployed from there, as from a checkout: setuptools' build folders stay out of the repository.
Scrapyd runs in a folder of its own with no `aggregator` on its path, so the jobs can only run the
code inside the egg. Skips, saying why, where scrapyd or scrapyd-client is not installed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import feedparser
import pytest
from sqlalchemy import create_engine, text

from tests.conftest import REPO, Workspace

pytest.importorskip("scrapyd", reason="scrapyd is not installed (requirements-dev.txt)")
pytest.importorskip(
    "scrapyd_client", reason="scrapyd-client is not installed (requirements-dev.txt)"
)

BIN = Path(sys.executable).parent
PROJECT = "aggregator"
# Loopback only, whatever proxy the environment names (requests and urllib both read it).
LOOPBACK = {"NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"}
_HTTP = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def api(base: str, endpoint: str, data: list[tuple[str, str]] | None = None) -> Any:
    """GET (or POST *data* to) one Scrapyd endpoint; its JSON answer, which must say ok."""
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    with _HTTP.open(f"{base}/{endpoint}", data=body, timeout=30) as response:
        answer = json.load(response)
    assert answer.get("status") == "ok", f"{endpoint}: {answer}"
    return answer


def copy_checkout(root: Path) -> Path:
    """The files scrapyd-deploy reads, copied as a fresh checkout has them."""
    root.mkdir()
    for name in ("scrapy.cfg", "setup.py", "pyproject.toml"):
        shutil.copy(REPO / name, root)
    shutil.copytree(
        REPO / "aggregator",
        root / "aggregator",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    return root


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(  # noqa: PLW1510 - the exit code is asserted below
        command,
        cwd=cwd,
        env={**(env or os.environ), **LOOPBACK},
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, (
        f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
    )
    return result.stdout + result.stderr


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    return copy_checkout(tmp_path / "checkout")


@pytest.fixture(scope="module")
def egg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The egg as `scrapyd-deploy --build-egg` builds it (once for the tests that read it)."""
    folder = tmp_path_factory.mktemp("egg")
    path = folder / "aggregator.egg"
    checkout = copy_checkout(folder / "checkout")
    run([str(BIN / "scrapyd-deploy"), "--build-egg", str(path)], cwd=checkout)
    return path


# --- the egg --------------------------------------------------------------------------------------


def test_the_egg_carries_the_package_and_its_data(egg: Path) -> None:
    with zipfile.ZipFile(egg) as archive:
        names = set(archive.namelist())
        entry_points = archive.read("EGG-INFO/entry_points.txt").decode()
    packaged = {
        p.relative_to(REPO).as_posix()
        for folder in ("site_rules", "migrations", "samples/sites")
        for p in (REPO / "aggregator" / folder).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }
    assert packaged - names == set()
    assert {n.split("/")[0] for n in names} == {"EGG-INFO", "aggregator"}  # no tests/, benchmarks/
    assert re.search(r"^settings = aggregator\.settings$", entry_points, re.MULTILINE)


ZIP_PROBE = """
import json, sys
import aggregator
from aggregator import packagedata, schema
from aggregator.sites import BUNDLED_SITES_DIR, registry
from aggregator.storage import ArticleStore

store = ArticleStore(sys.argv[1])
with store.engine.connect() as conn:
    revision = schema.read_status(conn).revision
store.close()
print(json.dumps({
    "code": aggregator.__file__,
    "sites": sorted(registry(samples_base="http://127.0.0.1:9")),
    "site_rules": str(BUNDLED_SITES_DIR),
    "revision": revision,
    "head": schema.head(),
}))
"""


def test_the_code_runs_from_the_zipped_egg(egg: Path, tmp_path: Path) -> None:
    """What Scrapyd's runner does (the egg, a zip, on sys.path): the site rules load, and a new
    store is made by the Alembic migrations read out of the zip."""
    probe = tmp_path / "probe"
    probe.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("AGGREGATOR_")}
    env["PYTHONPATH"] = str(egg)
    store = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    out = json.loads(run([sys.executable, "-c", ZIP_PROBE, store], cwd=probe, env=env))

    assert out["code"].startswith(str(egg) + os.sep), out["code"]
    assert out["sites"] == sorted(p.stem for p in (REPO / "aggregator/site_rules").glob("*.toml"))
    assert out["revision"] == out["head"]
    # The copy taken out of the zip for this process went with it.
    assert not Path(out["site_rules"]).exists()
    assert not Path(out["site_rules"]).parent.exists()


# --- a real Scrapyd -------------------------------------------------------------------------------


@dataclass
class Scrapyd:
    base: str
    root: Path
    output: Path  # scrapyd's own log (stdout and stderr)

    def jobs(self) -> dict[str, list[dict[str, Any]]]:
        return api(self.base, f"listjobs.json?project={PROJECT}")

    def wait(self, job_ids: set[str], timeout: float = 180) -> list[dict[str, Any]]:
        """Poll listjobs.json until every job in *job_ids* has finished."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            finished = [j for j in self.jobs()["finished"] if j["id"] in job_ids]
            if len(finished) == len(job_ids):
                return finished
            time.sleep(0.5)
        raise AssertionError(f"jobs not finished after {timeout} s: {self.jobs()}")

    def log(self, job: dict[str, Any]) -> str:
        return (self.root / "logs" / PROJECT / "news" / f"{job['id']}.log").read_text("utf-8")


@pytest.fixture
def scrapyd(workspace: Workspace, tmp_path: Path) -> Iterator[Scrapyd]:
    """`scrapyd` on a free loopback port, in a folder of its own with its own scrapyd.conf; the
    store, feeds and sample sites come from the environment it runs in, as in deploy/."""
    root = tmp_path / "scrapyd"
    root.mkdir()
    port = free_port()
    (root / "scrapyd.conf").write_text(
        "[scrapyd]\n"
        "bind_address = 127.0.0.1\n"
        f"http_port = {port}\n"
        f"eggs_dir = {root / 'eggs'}\n"
        f"logs_dir = {root / 'logs'}\n"
        f"dbs_dir = {root / 'dbs'}\n"
        "items_dir =\n"
        "max_proc = 2\n"
        "poll_interval = 0.5\n",
        encoding="utf-8",
    )
    # HOME: no ~/.scrapyd.conf of the machine's user overrides the file above.
    env = {**workspace.env(), **LOOPBACK, "HOME": str(root)}
    env.pop("PYTHONPATH", None)
    # The jobs must be able to get `aggregator` from the egg only.
    found = subprocess.run(  # noqa: PLW1510 - inspected below
        [sys.executable, "-c", "import aggregator"], cwd=root, env=env, capture_output=True
    )
    assert found.returncode != 0, (
        "aggregator is importable without the egg: the test proves nothing"
    )

    output = root / "scrapyd.out"
    with output.open("wb") as sink:
        process = subprocess.Popen(
            [str(BIN / "scrapyd")], cwd=root, env=env, stdout=sink, stderr=subprocess.STDOUT
        )
    server = Scrapyd(f"http://127.0.0.1:{port}", root, output)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                api(server.base, "daemonstatus.json")
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(
                        f"scrapyd did not start:\n{output.read_text('utf-8', 'replace')}"
                    ) from None
                time.sleep(0.2)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_scrapyd_runs_the_news_spider_per_site_and_publish_publishes(
    scrapyd: Scrapyd, checkout: Path, workspace: Workspace
) -> None:
    # Deployed as README says, to a [deploy:NAME] target next to the committed [deploy].
    with (checkout / "scrapy.cfg").open("a", encoding="utf-8") as cfg:
        cfg.write(f"\n[deploy:test]\nurl = {scrapyd.base}/\n")
    out = run([str(BIN / "scrapyd-deploy"), "test", "-v", "r1"], cwd=checkout)
    assert json.loads(out[out.index("{") : out.rindex("}") + 1])["spiders"] == 1, out
    assert api(scrapyd.base, f"listspiders.json?project={PROJECT}")["spiders"] == ["news"]

    # One job per site; politeness off for loopback through `setting=`, the rest from the
    # environment scrapyd runs in.
    sites = ("mau-tuyenquang", "mau-tayninh")
    job_ids = {
        api(
            scrapyd.base,
            "schedule.json",
            [
                ("project", PROJECT),
                ("spider", "news"),
                ("site", site),
                ("setting", "DOWNLOAD_DELAY=0"),
                ("setting", "AUTOTHROTTLE_ENABLED=False"),
            ],
        )["jobid"]
        for site in sites
    }
    finished = scrapyd.wait(job_ids)

    daemon_log = scrapyd.output.read_text("utf-8", "replace")
    assert "Process died" not in daemon_log, daemon_log[-4000:]
    for job in finished:
        log = scrapyd.log(job)
        assert "'finish_reason': 'finished'" in log, log[-3000:]
        assert " ERROR: " not in log, log[-3000:]

    # Every article page of the two sample sites is stored, under its site.
    expected = {
        site: {
            f"{workspace.server.base}/{p.relative_to(workspace.server.root).as_posix()}"
            for p in (workspace.server.root / site).rglob("*.html")
            if p.name != "index.html" and not re.fullmatch(r"trang-\d+\.html", p.name)
        }
        for site in sites
    }
    engine = create_engine(workspace.db_url)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT site, url FROM articles")).all()
    engine.dispose()
    stored: dict[str, set[str]] = {}
    for site, url in rows:
        stored.setdefault(site, set()).add(url)
    assert stored == expected

    # Published by `scrapy publish` from the checkout, into the same feeds directory.
    workspace.scrapy("publish")
    everything = feedparser.parse(workspace.feeds / "all.atom")
    assert everything.bozo == 0, everything.bozo_exception
    assert {e.link for e in everything.entries} == expected[sites[0]] | expected[sites[1]]
    for site in sites:
        feed = feedparser.parse(workspace.feeds / "site" / f"{site}.rss")
        assert feed.bozo == 0, feed.bozo_exception
        assert {e.link for e in feed.entries} == expected[site]
