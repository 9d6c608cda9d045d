"""Commands as an operator types them: only their own output unless Scrapy's log is asked for,
`checksite --write` into a folder that does not exist yet, `demo --serve` keeping its links alive."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from aggregator.sites import load_site
from tests.conftest import REPO, Workspace


def run(ws: Workspace, *args: str) -> subprocess.CompletedProcess[str]:
    """`scrapy ARGS` exactly as typed: no -s LOG_LEVEL (Workspace.scrapy adds one)."""
    return subprocess.run(  # noqa: PLW1510 - the exit code is asserted by the tests
        [sys.executable, "-m", "scrapy", *args],
        cwd=REPO, env=ws.env(), capture_output=True, text=True, timeout=120,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("args", "first_line"),
    [
        (("sites",), "id "),
        (("sites", "--json"), "["),
        (("quarantine",), "0 quarantined item(s)"),
    ],
)
def test_commands_print_only_their_own_output(
    workspace: Workspace, args: tuple[str, ...], first_line: str
) -> None:
    result = run(workspace, *args)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith(first_line)
    if args == ("sites", "--json"):
        json.loads(result.stdout)  # pipeable as it is


def test_scrapys_log_when_asked_for(workspace: Workspace) -> None:
    result = run(workspace, "sites", "-L", "INFO")
    assert result.returncode == 0
    assert "Scrapy 2." in result.stderr  # the start-up banner, on stderr where logs go
    assert result.stdout.startswith("id ")


def test_checksite_prints_only_its_findings_and_creates_the_folder(workspace: Workspace) -> None:
    out = workspace.root / "new" / "folder" / "mau-tayninh.toml"
    home = f"{workspace.server.base}/mau-tayninh/"
    result = run(
        workspace,
        "checksite",
        home,
        "--write",
        str(out),
        "--province",
        "tay-ninh",
        "--samples",
        "1",
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert load_site(out).homepage == home


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("a-file/x.toml", "cannot create folder"),  # a file where the folder should be
        ("a-folder", "is a directory"),
    ],
)
def test_checksite_write_says_in_one_line_why_it_cannot(
    workspace: Workspace, target: str, message: str
) -> None:
    (workspace.root / "a-file").write_text("x", encoding="utf-8")
    (workspace.root / "a-folder").mkdir()
    home = f"{workspace.server.base}/mau-tayninh/"
    result = run(workspace, "checksite", home, "--write", str(workspace.root / target))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("error: --write ")
    assert message in result.stderr
    assert result.stdout == ""  # said before probing the site


def test_demo_serve_keeps_the_sample_sites_and_the_feeds_until_ctrl_c(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AGGREGATOR_")}
    env.update(
        AGGREGATOR_DB_URL=f"sqlite:///{tmp_path / 'demo.sqlite3'}",
        AGGREGATOR_FEEDS_DIR=str(tmp_path / "feeds"),
        AGGREGATOR_REPORT_PATH=str(tmp_path / "report.json"),
    )
    demo = subprocess.Popen(
        [sys.executable, "-m", "scrapy", "demo", "--serve", "--port", "0"],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert demo.stdout is not None
        lines = []
        for line in demo.stdout:
            lines.append(line)
            if "Ctrl-C" in line:
                break
        feeds_line = next(x for x in lines if x.startswith("Feeds of "))
        base = feeds_line.rsplit("open ", 1)[1].strip().rstrip("/")
        everything = json.loads(urllib.request.urlopen(f"{base}/all.json", timeout=10).read())
        assert everything["feed_url"] == f"{base}/all.json"  # self links point where it serves
        assert len(everything["items"]) == 12  # 13 stored, one a copy shown on its site only
        for item in everything["items"][:3]:  # the items' links: the sample sites, still served
            with urllib.request.urlopen(item["url"], timeout=10) as page:
                assert page.status == 200
        with urllib.request.urlopen(f"{base}/index.html", timeout=10) as page:
            assert page.status == 200
        # the index page's search form opens query feeds, answered from the demo's store
        query = f"{base}/search.json?q=%22hoa+thanh%22"  # "hoa thanh": a phrase, unaccented
        found = json.loads(urllib.request.urlopen(query, timeout=30).read())
        assert "Hoà Thành ra quân" in [i["title"][:17] for i in found["items"]]
        demo.send_signal(signal.SIGINT)
        out, err = demo.communicate(timeout=30)
        assert demo.returncode == 0, err[-2000:]
        assert out.strip().endswith("stopped")
    finally:
        if demo.poll() is None:
            demo.kill()
            demo.communicate()
