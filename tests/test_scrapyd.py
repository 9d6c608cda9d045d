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
import shlex
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

from tests.conftest import REPO, SAMPLE_IDS, Workspace

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
    shutil.copytree(REPO / "deploy", root / "deploy")
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

from alembic import command
from aggregator.errors import StoreError

store = ArticleStore(sys.argv[1])
with store.engine.connect() as conn:
    revision = schema.read_status(conn).revision
store.close()

# A store at the first revision: the check names the upgrade, which brings it to head.
with schema.migrating(sys.argv[2]) as conn:
    command.upgrade(schema.alembic_config(conn), schema.BASELINE)
try:
    schema.check_store(sys.argv[2])
    check = ""
except StoreError as exc:
    check = str(exc)
before, after = schema.upgrade(sys.argv[2])

import aggregator.commands.demo  # what every Scrapy command loads, a Scrapyd job's included
from pathlib import Path
copied = sorted(p.name for p in Path(BUNDLED_SITES_DIR).parent.iterdir())

print(json.dumps({
    "code": aggregator.__file__,
    "sites": sorted(registry(samples_base="http://127.0.0.1:9")),
    "site_rules": str(BUNDLED_SITES_DIR),
    "revision": revision,
    "head": schema.head(),
    "check": check,
    "upgraded": [before.revision, after.revision],
    "copied": copied,
}))
"""


def test_the_code_runs_from_the_zipped_egg(egg: Path, tmp_path: Path) -> None:
    """What Scrapyd's runner does (the egg, a zip, on sys.path): the site rules load, a new
    store is made by the Alembic migrations read out of the zip, and an old one is checked and
    upgraded by them."""
    probe = tmp_path / "probe"
    probe.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("AGGREGATOR_")}
    env["PYTHONPATH"] = str(egg)
    store = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    old_store = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    out = json.loads(run([sys.executable, "-c", ZIP_PROBE, store, old_store], cwd=probe, env=env))

    assert out["code"].startswith(str(egg) + os.sep), out["code"]
    assert out["sites"] == sorted(p.stem for p in (REPO / "aggregator/site_rules").glob("*.toml"))
    assert out["revision"] == out["head"]
    assert "run `scrapy db upgrade`" in out["check"], out["check"]
    assert out["upgraded"] == ["0001", out["head"]]
    assert out["copied"] == ["migrations", "site_rules"]  # the sample sites only when served
    # The copy taken out of the zip for this process went with it.
    assert not Path(out["site_rules"]).exists()
    assert not Path(out["site_rules"]).parent.exists()


# --- a real Scrapyd, as deploy/ sets it up -------------------------------------------------------

DEPLOY = REPO / "deploy"
UNIT = DEPLOY / "systemd" / "aggregator-scrapyd.service"
CONF = DEPLOY / "scrapyd" / "scrapyd.conf"
CRON = DEPLOY / "cron" / "aggregator-scrapyd"
WORKDIR = "/srv/aggregator"


def unit_settings(path: Path) -> dict[str, list[str]]:
    settings: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            name, _, value = line.partition("=")
            settings.setdefault(name.strip(), []).append(value.strip())
    return settings


def article_pages(workspace: Workspace, site: str) -> set[str]:
    """The URLs of a sample site's article pages (not its home, section or listing pages)."""
    root = workspace.server.root
    return {
        f"{workspace.server.base}/{p.relative_to(root).as_posix()}"
        for p in (root / site).rglob("*.html")
        if p.name != "index.html" and not re.fullmatch(r"trang-\d+\.html", p.name)
    }


def stored(workspace: Workspace) -> dict[str, set[str]]:
    """Article URLs in the store, per site."""
    engine = create_engine(workspace.db_url)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT site, url FROM articles")).all()
    engine.dispose()
    found: dict[str, set[str]] = {}
    for site, url in rows:
        found.setdefault(site, set()).add(url)
    return found


def published_links(path: Path) -> set[str]:
    feed = feedparser.parse(path)
    assert feed.bozo == 0, f"{path}: {feed.bozo_exception}"
    return {entry.link for entry in feed.entries}


@dataclass
class Scrapyd:
    base: str
    checkout: Path  # stands for /srv/aggregator
    output: Path  # scrapyd's own log (stdout and stderr): the journal's part
    env: dict[str, str]  # the settings the service and the cron line read

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
        path = self.checkout / "scrapyd" / "logs" / PROJECT / "news" / f"{job['id']}.log"
        return path.read_text("utf-8")

    def stop_jobs(self) -> None:
        """Cancel what is still pending or running: Scrapyd leaves its jobs running when it
        stops, and a test leaves no process behind."""
        try:
            jobs = self.jobs()
        except (OSError, AssertionError):  # nothing deployed, or no answer
            return
        for job in [*jobs["pending"], *jobs["running"]]:
            api(
                self.base,
                "cancel.json",
                [("project", PROJECT), ("job", job["id"]), ("signal", "INT")],
            )
        deadline = time.monotonic() + 30
        while self.jobs()["running"] and time.monotonic() < deadline:
            time.sleep(0.5)

    def deploy(self) -> None:
        """`scrapyd-deploy NAME` from the checkout, to a [deploy:NAME] target as README says."""
        with (self.checkout / "scrapy.cfg").open("a", encoding="utf-8") as cfg:
            cfg.write(f"\n[deploy:test]\nurl = {self.base}/\n")
        out = run([str(BIN / "scrapyd-deploy"), "test"], cwd=self.checkout)
        assert json.loads(out[out.index("{") : out.rindex("}") + 1])["spiders"] == 1, out
        assert api(self.base, f"listspiders.json?project={PROJECT}")["spiders"] == ["news"]


@pytest.fixture
def scrapyd(workspace: Workspace, checkout: Path, tmp_path: Path) -> Iterator[Scrapyd]:
    """Scrapyd as deploy/systemd/aggregator-scrapyd.service runs it, with scrapyd.conf from deploy/
    (paths moved to this test's checkout, a free loopback port): in the checkout, the settings
    in its environment (store, feeds, a sites folder with only the sample sites)."""
    port = free_port()
    conf = CONF.read_text(encoding="utf-8").replace(WORKDIR, str(checkout))
    conf = conf.replace("http_port    = 6800", f"http_port    = {port}")
    assert f"http_port    = {port}" in conf
    # Scrapyd reads ./scrapyd.conf after /etc/scrapyd/; jobs are started at once, not every 5 s.
    (checkout / "scrapyd.conf").write_text(conf + "poll_interval = 0.5\n", encoding="utf-8")
    (checkout / ".venv").symlink_to(sys.prefix)  # the virtualenv at .venv: the one running us

    unit = unit_settings(UNIT)
    assert unit["WorkingDirectory"] == [WORKDIR]
    settings = {
        **workspace.env(),  # the sample sites only (AGGREGATOR_SITES_DIR)
        **dict(e.split("=", 1) for e in unit["Environment"]),
        **LOOPBACK,
        "HOME": str(tmp_path),  # no ~/.scrapyd.conf of this machine's user
    }
    settings.pop("PYTHONPATH", None)
    # With the unit's PYTHONSAFEPATH, a job (`python -m scrapyd.runner` in the checkout) cannot
    # import the checkout's aggregator/: only the egg's.
    shadow = subprocess.run(  # noqa: PLW1510 - inspected below
        [sys.executable, "-m", "aggregator.settings"],
        cwd=checkout,
        env=settings,
        capture_output=True,
    )
    assert b"No module named 'aggregator'" in shadow.stderr, shadow.stderr

    command = shlex.split(unit["ExecStart"][0].replace(WORKDIR, str(checkout)))
    output = tmp_path / "scrapyd.out"
    with output.open("wb") as sink:
        process = subprocess.Popen(
            command, cwd=checkout, env=settings, stdout=sink, stderr=subprocess.STDOUT
        )
    server = Scrapyd(f"http://127.0.0.1:{port}", checkout, output, settings)
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
        if process.poll() is None:
            server.stop_jobs()
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_the_scrapyd_unit_verifies(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed here")
    unit = UNIT.read_text(encoding="utf-8").replace(WORKDIR, str(REPO))
    unit = unit.replace("/etc/aggregator/aggregator.env", str(DEPLOY / "aggregator.env"))
    (tmp_path / UNIT.name).write_text(unit, encoding="utf-8")
    result = subprocess.run(  # noqa: PLW1510 - inspected below
        [analyze, "verify", str(tmp_path / UNIT.name)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == ""
    settings = unit_settings(UNIT)
    assert settings["User"] == ["aggregator"]  # not root
    assert settings["EnvironmentFile"] == ["/etc/aggregator/aggregator.env"]


def test_scrapyd_runs_the_news_spider_per_site_and_publish_publishes(
    scrapyd: Scrapyd, workspace: Workspace, db_url: str
) -> None:
    """On SQLite and on PostgreSQL (the store of several machines), named through `setting=`
    over the one in Scrapyd's environment."""
    scrapyd.deploy()
    workspace.database = db_url  # for this test's own commands: sites, publish, the checks

    # One job per site, as README shows; politeness off for loopback through `setting=`.
    sites = ("mau-tuyenquang", "mau-tayninh")
    job_ids = {
        api(
            scrapyd.base,
            "schedule.json",
            [
                ("project", PROJECT),
                ("spider", "news"),
                ("site", site),
                ("setting", f"AGGREGATOR_DB_URL={db_url}"),
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
    expected = {site: article_pages(workspace, site) for site in sites}
    assert all(expected.values())
    assert stored(workspace) == expected

    # Each job is one run of its site in the run history: `scrapy sites` has its health.
    health = {s["id"]: s for s in json.loads(workspace.scrapy("sites", "--json").stdout)}
    for site in sites:
        assert health[site]["last_success"] is not None, health[site]
        assert health[site]["last_new"] is not None, health[site]
        assert "failing" not in health[site]["flags"], health[site]
    assert health["mau-quangtri"]["last_success"] is None  # not crawled
    assert not (workspace.root / "report.json").exists()  # the report file stays crawlall's

    # Published by `scrapy publish` from the checkout, into the same feeds directory.
    workspace.scrapy("publish")
    assert published_links(workspace.feeds / "all.atom") == set().union(*expected.values())
    for site in sites:
        assert published_links(workspace.feeds / "site" / f"{site}.rss") == expected[site]


def cron_line() -> tuple[str, str, str]:
    """(schedule, user, command) of the one job in deploy/cron/aggregator-scrapyd."""
    jobs = [
        line
        for line in CRON.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#") and not re.match(r"[A-Z]+=", line)
    ]
    assert len(jobs) == 1
    fields = jobs[0].split(None, 6)
    return " ".join(fields[:5]), fields[5], fields[6]


def test_the_cron_round_schedules_every_site_then_publishes(
    scrapyd: Scrapyd, workspace: Workspace, tmp_path: Path
) -> None:
    scrapyd.deploy()
    schedule, user, command = cron_line()
    assert (schedule, user) == ("*/30 * * * *", "aggregator")
    env_file = tmp_path / "aggregator.env"
    env_file.write_text(
        "".join(
            f"{k}={v}\n"
            for k, v in {**scrapyd.env, "SCRAPYD_URL": scrapyd.base}.items()
            if k.startswith(("AGGREGATOR_", "SCRAPYD_")) or k in LOOPBACK
        ),
        encoding="utf-8",
    )
    (scrapyd.checkout / "data").mkdir()
    command = command.replace(f"cd {WORKDIR}", f"cd {scrapyd.checkout}")
    command = command.replace("/etc/aggregator/aggregator.env", str(env_file))
    result = subprocess.run(  # noqa: PLW1510 - inspected below
        ["/bin/sh", "-c", command], env={"PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, timeout=280,
    )  # fmt: skip
    log = (scrapyd.checkout / "data" / "cron.log").read_text(encoding="utf-8")
    assert result.returncode == 0, log[-3000:]
    assert f"round: {len(SAMPLE_IDS)} jobs scheduled" in log, log[-3000:]

    # Every enabled site (here the three samples) crawled by a job of its own, then published.
    expected = {site: article_pages(workspace, site) for site in SAMPLE_IDS}
    assert stored(workspace) == expected
    assert published_links(workspace.feeds / "all.atom") == set().union(*expected.values())

    # While a round's jobs are still pending or running, the next tick does not start another.
    api(
        scrapyd.base,
        "schedule.json",
        [("project", PROJECT), ("spider", "news"), ("site", "mau-quangtri")],
    )
    result = subprocess.run(  # noqa: PLW1510 - inspected below
        [str(BIN / "python"), "deploy/scrapyd/round.py", "--scrapyd", scrapyd.base],
        cwd=scrapyd.checkout, env=scrapyd.env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 3, result.stderr
    assert "the previous round is not over" in result.stderr


def test_the_readme_installs_the_pinned_versions_and_names_the_deploy_target() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Scrapyd") :]
    pins = dict(
        re.findall(
            r"^(scrapyd(?:-client)?)==(\S+)",
            (REPO / "requirements-dev.txt").read_text(encoding="utf-8"),
            re.MULTILINE,
        )
    )
    assert set(pins) == {"scrapyd", "scrapyd-client"}
    for name, version in pins.items():
        assert f".venv/bin/pip install {name}=={version}\n" in section
    cfg = (REPO / "scrapy.cfg").read_text(encoding="utf-8")
    assert re.search(r"^\[deploy\]\n(?:#.*\n)*url = http://127\.0\.0\.1:6800/\n", cfg, re.MULTILINE)
    assert "http://127.0.0.1:6800/" in section
    # The ports README uses are the ones of the files in deploy/.
    assert "http_port    = 6800" in CONF.read_text(encoding="utf-8")
