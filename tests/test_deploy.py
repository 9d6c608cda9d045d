"""The deployment files in deploy/, run as written (paths moved to this test's folders): the
systemd units verified by systemd-analyze and their command run, the cron line run by /bin/sh
with the environment file, logrotate rotating the cron log, the nginx site serving published
feeds in a real nginx, and README's backup one-liner. Each skips, saying why, where its tool is
not installed."""

from __future__ import annotations

import getpass
import gzip
import http.client
import re
import shlex
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import feedparser
import pytest

from aggregator.samples.server import SampleServer
from tests.conftest import REPO, SAMPLE_IDS, Workspace

DEPLOY = REPO / "deploy"
SERVICE = DEPLOY / "systemd" / "aggregator-crawl.service"
TIMER = DEPLOY / "systemd" / "aggregator-crawl.timer"
ENV_FILE = DEPLOY / "aggregator.env"
WORKDIR = "/srv/aggregator"


def need(tool: str) -> str:
    path = shutil.which(tool) or next(
        (p for p in (f"/usr/sbin/{tool}", f"/sbin/{tool}") if Path(p).exists()), None
    )
    if path is None:
        pytest.skip(f"{tool} is not installed here")
    return path


def unit_settings(path: Path) -> dict[str, str]:
    settings = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            name, _, value = line.partition("=")
            settings[name.strip()] = value.strip()
    return settings


def env_file(path: Path) -> dict[str, str]:
    values = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, sep, value = line.partition("=")
            assert sep, f"{path.name}: not NAME=value: {line!r}"
            assert re.fullmatch(r"[A-Z_][A-Z0-9_]*", name), line
            assert not re.search(r"[\s'\"$`\\]", value), f"{line!r}: systemd and sh read it apart"
            values[name] = value
    return values


@pytest.fixture
def samples_only(tmp_path: Path) -> Path:
    """A site rules folder with only the sample sites: a run of every site stays on loopback."""
    sites = tmp_path / "site_rules"
    sites.mkdir()
    for site in SAMPLE_IDS:
        shutil.copy(REPO / "aggregator" / "site_rules" / f"{site}.toml", sites)
    return sites


def run_env(ws: Workspace, samples_only: Path) -> dict[str, str]:
    """The environment file's settings, with this test's store, feeds and sites."""
    return {
        **env_file(ENV_FILE),
        "AGGREGATOR_DB_URL": ws.db_url,
        "AGGREGATOR_FEEDS_DIR": str(ws.feeds),
        "AGGREGATOR_REPORT_PATH": str(ws.root / "report.json"),
        "AGGREGATOR_SITES_DIR": str(samples_only),
        "AGGREGATOR_SAMPLES_BASE": ws.server.base,
    }


# --- systemd ------------------------------------------------------------------------------------


def test_the_systemd_units_verify(tmp_path: Path) -> None:
    analyze = need("systemd-analyze")
    service = SERVICE.read_text(encoding="utf-8").replace(WORKDIR, str(REPO))
    service = service.replace("/etc/aggregator/aggregator.env", str(ENV_FILE))
    (tmp_path / SERVICE.name).write_text(service, encoding="utf-8")
    shutil.copy(TIMER, tmp_path)
    result = subprocess.run(
        [analyze, "verify", str(tmp_path / SERVICE.name), str(tmp_path / TIMER.name)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == ""


def test_the_systemd_units_say_what_the_issue_asks() -> None:
    service, timer = unit_settings(SERVICE), unit_settings(TIMER)
    assert service["User"] == "aggregator"  # not root
    assert service["WorkingDirectory"] == WORKDIR
    assert service["EnvironmentFile"] == "/etc/aggregator/aggregator.env"
    assert service["StandardOutput"] == service["StandardError"] == "journal"
    assert service["SuccessExitStatus"] == "3"
    assert timer["Unit"] == SERVICE.name
    assert timer["OnCalendar"] == "*:00/30"


def test_the_service_command_runs_as_written(workspace: Workspace, samples_only: Path) -> None:
    command = unit_settings(SERVICE)["ExecStart"].replace("%%", "%").replace(WORKDIR, str(REPO))
    argv = shlex.split(command)
    argv[0:1] = [sys.executable, "-m", "scrapy"]  # this checkout's own virtualenv
    argv += ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"]
    result = subprocess.run(
        argv, cwd=REPO, env={"PATH": "/usr/bin:/bin", **run_env(workspace, samples_only)},
        capture_output=True, text=True, timeout=240, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    assert "published" in result.stdout
    log = [line for line in result.stderr.splitlines() if line.strip()]
    assert log
    # Journal-friendly: "INFO [scrapy.core.engine] ...", no date of its own before it.
    assert all(not re.match(r"\d{4}-\d\d-\d\d", line) for line in log)
    assert any(re.match(r"INFO \[scrapy\.core\.engine\] Spider closed", line) for line in log)


# --- cron and logrotate --------------------------------------------------------------------------


def cron_line() -> tuple[str, str, str]:
    """(schedule, user, command) of the one job in deploy/cron/aggregator."""
    jobs = [
        line
        for line in (DEPLOY / "cron" / "aggregator").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#") and not re.match(r"[A-Z]+=", line)
    ]
    assert len(jobs) == 1
    fields = jobs[0].split(None, 6)
    return " ".join(fields[:5]), fields[5], fields[6]


def test_the_cron_line_runs_as_written(
    workspace: Workspace, samples_only: Path, tmp_path: Path
) -> None:
    schedule, user, command = cron_line()
    assert (schedule, user) == ("*/30 * * * *", "aggregator")
    settings = tmp_path / "aggregator.env"
    settings.write_text(
        "".join(f"{k}={v}\n" for k, v in run_env(workspace, samples_only).items()),
        encoding="utf-8",
    )
    # This checkout stands for /srv/aggregator, with a virtualenv at .venv: the one running us.
    venv = tmp_path / "srv"
    (venv / ".venv" / "bin").mkdir(parents=True)
    (venv / ".venv" / "bin" / "scrapy").write_text(
        f'#!/bin/sh\ncd {REPO} && exec {sys.executable} -m scrapy "$@" -s DOWNLOAD_DELAY=0\n'
    )
    (venv / ".venv" / "bin" / "scrapy").chmod(0o755)
    (venv / "data").mkdir()
    command = command.replace(f"cd {WORKDIR}", f"cd {venv}")
    command = command.replace("/etc/aggregator/aggregator.env", str(settings))
    result = subprocess.run(
        ["/bin/sh", "-c", command], env={"PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, timeout=240, check=False,
    )  # fmt: skip
    log = (venv / "data" / "cron.log").read_text(encoding="utf-8")
    assert result.returncode == 0, log[-3000:]
    assert "published" in log
    assert (workspace.feeds / "all.atom").exists()


def test_logrotate_rotates_the_cron_log(tmp_path: Path) -> None:
    logrotate = need("logrotate")
    me = getpass.getuser()
    log = tmp_path / "data" / "cron.log"
    log.parent.mkdir()
    log.write_text("a run\n")
    config = (DEPLOY / "logrotate" / "aggregator").read_text(encoding="utf-8")
    config = config.replace(f"{WORKDIR}/data/cron.log", str(log))
    config = config.replace("aggregator aggregator", f"{me} {me}")
    (tmp_path / "logrotate.conf").write_text(config, encoding="utf-8")
    state = tmp_path / "state"
    check = subprocess.run(
        [logrotate, "-d", "-s", str(state), str(tmp_path / "logrotate.conf")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert check.returncode == 0, check.stderr
    assert "error" not in check.stderr.lower()
    forced = subprocess.run(
        [logrotate, "-f", "-s", str(state), str(tmp_path / "logrotate.conf")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert forced.returncode == 0, forced.stderr
    assert (tmp_path / "data" / "cron.log.1").read_text() == "a run\n"
    assert log.exists()
    assert log.read_text() == ""


# --- nginx -----------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def nginx_site(tmp_path: Path, sample_server: SampleServer) -> Iterator[tuple[int, Workspace]]:
    """deploy/nginx/aggregator.conf in a real nginx on loopback, serving freshly published feeds."""
    nginx = need("nginx")
    ws = Workspace(tmp_path, sample_server)
    ws.crawlall()
    port = free_port()
    site = (DEPLOY / "nginx" / "aggregator.conf").read_text(encoding="utf-8")
    site = site.replace("listen 80;", f"listen 127.0.0.1:{port};")
    site = site.replace(f"root {WORKDIR}/feeds;", f"root {ws.feeds};")
    (tmp_path / "site.conf").write_text(site, encoding="utf-8")
    user = "user root;\n" if getpass.getuser() == "root" else ""
    temp = " ".join(
        f"{kind}_temp_path {tmp_path / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    (tmp_path / "nginx.conf").write_text(
        f"{user}worker_processes 1;\npid {tmp_path / 'nginx.pid'};\n"
        f"error_log {tmp_path / 'error.log'};\nevents {{}}\n"
        f"http {{ access_log off; {temp} include {tmp_path / 'site.conf'}; }}\n",
        encoding="utf-8",
    )
    base = [nginx, "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")]
    test = subprocess.run([*base, "-t"], capture_output=True, text=True, check=False)
    assert test.returncode == 0, test.stderr
    process = subprocess.Popen([*base, "-g", "daemon off;"], stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert process.poll() is None, process.communicate()[1]
                assert time.monotonic() < deadline, "nginx did not start"
                time.sleep(0.1)
        yield port, ws
    finally:
        process.terminate()
        process.communicate(timeout=20)


def get(port: int, path: str, method: str = "GET", **headers: str) -> http.client.HTTPResponse:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request(method, path, headers=headers)
    response = conn.getresponse()
    response.body = response.read()  # type: ignore[attr-defined]
    conn.close()
    return response


def test_the_nginx_site_serves_the_published_feeds(nginx_site: tuple[int, Workspace]) -> None:
    port, ws = nginx_site
    rss = get(port, "/all.rss")
    assert rss.status == 200
    assert rss.getheader("Content-Type") == "application/rss+xml; charset=utf-8"
    assert rss.body == (ws.feeds / "all.rss").read_bytes()  # type: ignore[attr-defined]
    assert feedparser.parse(rss.body).bozo == 0  # type: ignore[attr-defined]
    assert rss.getheader("Cache-Control") == "public, max-age=900"
    types = {
        "/all.atom": "application/atom+xml; charset=utf-8",
        "/all.json": "application/feed+json; charset=utf-8",
        "/feeds.opml": "text/x-opml; charset=utf-8",
        "/": "text/html; charset=utf-8",
    }
    for path, kind in types.items():
        assert get(port, path).getheader("Content-Type") == kind, path
    etag = rss.getheader("ETag")
    assert etag
    assert get(port, "/all.rss", **{"If-None-Match": etag}).status == 304
    zipped = get(port, "/all.rss", **{"Accept-Encoding": "gzip"})
    assert zipped.getheader("Content-Encoding") == "gzip"
    assert gzip.decompress(zipped.body) == rss.body  # type: ignore[attr-defined]
    (ws.feeds / ".all.rss.tmp").write_text("half written")
    assert get(port, "/.all.rss.tmp").status == 404
    assert get(port, "/all.rss", method="POST").status == 403
    assert get(port, "/category/").status in (403, 404)  # no directory listing


def test_the_nginx_file_is_the_configuration_in_the_docs() -> None:
    docs = (REPO / "docs" / "feeds.md").read_text(encoding="utf-8")
    block = re.search(r"```nginx\n(.*?)```", docs, re.DOTALL)
    assert block is not None
    site = (DEPLOY / "nginx" / "aggregator.conf").read_text(encoding="utf-8")
    assert (
        "\n".join(line for line in site.splitlines() if not line.startswith("#")) + "\n"
        == (block[1])
    )


# --- backups ---------------------------------------------------------------------------------------

BACKUP_ONE_LINER = (
    '.venv/bin/python -c "import sqlite3, sys; backup = sqlite3.connect(sys.argv[2]); '
    'sqlite3.connect(sys.argv[1]).backup(backup); backup.close()" '
    "data/aggregator.sqlite3 data/aggregator-backup.sqlite3"
)


def test_the_readme_backup_one_liner_copies_a_store_in_use(workspace: Workspace) -> None:
    assert BACKUP_ONE_LINER in (REPO / "README.md").read_text(encoding="utf-8")
    crawled = workspace
    crawled.crawlall()
    data = crawled.root / "data"
    data.mkdir()
    shutil.copy(crawled.root / "store.sqlite3", data / "aggregator.sqlite3")
    reader = sqlite3.connect(data / "aggregator.sqlite3")  # another process has it open
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM articles").fetchone()
    command = BACKUP_ONE_LINER.replace(".venv/bin/python", shlex.quote(sys.executable))
    subprocess.run(["/bin/sh", "-c", command], cwd=crawled.root, check=True, timeout=60)
    reader.close()
    copy = sqlite3.connect(data / "aggregator-backup.sqlite3")
    assert copy.execute("SELECT count(*) FROM articles").fetchone() == (13,)
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    copy.close()
