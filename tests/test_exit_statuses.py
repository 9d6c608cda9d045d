"""Exit statuses a scheduler can act on, from real `scrapy` runs against the loopback samples:
0 ok (even when some sites failed), 1 the run failed (every site failed, or the store or the
feeds directory is unusable), 2 bad input, 3 another run holds the lock (tests/test_locking.py).
Whatever stops a run before it starts says so in one line on stderr, and fetches nothing."""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.conftest import SAMPLE_IDS, Workspace

CRAWL_SAMPLES = ("crawlall", "-a", "sites=" + ",".join(SAMPLE_IDS))


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr[-3000:]
    return lines[0]


def statuses(ws: Workspace) -> dict[str, str]:
    report = json.loads((ws.root / "report.json").read_text(encoding="utf-8"))
    return {s["site"]: s["status"] for s in report["sites"]}


def test_0_when_some_sites_failed(workspace: Workspace) -> None:
    workspace.server.fail("/mau-tayninh/", status=404, times=1000)
    result = workspace.scrapy(*CRAWL_SAMPLES, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert statuses(workspace) == {
        "mau-tuyenquang": "ok",
        "mau-tayninh": "failed",
        "mau-quangtri": "ok",
    }
    assert (workspace.feeds / "all.atom").exists()


def test_1_when_every_site_failed(workspace: Workspace) -> None:
    for site in SAMPLE_IDS:
        workspace.server.fail(f"/{site}/", status=404, times=1000)
    result = workspace.scrapy(*CRAWL_SAMPLES, check=False)
    assert result.returncode == 1
    assert set(statuses(workspace).values()) == {"failed"}


@pytest.mark.parametrize(
    ("setting", "value", "said"),
    [
        (
            "AGGREGATOR_DB_URL",
            "postgresql+psycopg2://postgres@127.0.0.1:1/aggregator",
            (
                "error: cannot reach the store postgresql+psycopg2://postgres@127.0.0.1:1/"
                'aggregator: connection to server at "127.0.0.1", port 1 failed: Connection refused'
            ),
        ),
        (
            "AGGREGATOR_DB_URL",
            "sqlite:///{root}/a-file/store.sqlite3",
            (
                "error: cannot create the lock file {root}/a-file/store.sqlite3.crawl.lock: "
                "Not a directory"
            ),
        ),
        (
            "AGGREGATOR_FEEDS_DIR",
            "{root}/a-file",
            "error: the feeds directory {root}/a-file is unusable: it is not a directory",
        ),
    ],
    ids=["store-unreachable", "store-folder-is-a-file", "feeds-dir-is-a-file"],
)
def test_1_when_the_store_or_the_feeds_directory_is_unusable(
    workspace: Workspace, setting: str, value: str, said: str
) -> None:
    (workspace.root / "a-file").write_text("not a folder")
    value, said = (v.format(root=workspace.root) for v in (value, said))
    result = workspace.scrapy(*CRAWL_SAMPLES, check=False, **{setting: value})
    assert result.returncode == 1
    assert one_line(result) == said
    assert workspace.server.requests == []  # stopped before the first request


@pytest.mark.parametrize(
    ("args", "env", "said"),
    [
        (
            ("-a", "sites=mau-nowhere"),
            {},
            "error: unknown site(s): mau-nowhere; see `scrapy sites`",
        ),
        (("-a", "sites"), {}, "error: -a expects NAME=VALUE, got 'sites'"),
        (
            (),
            {"AGGREGATOR_LOCK_WAIT": "a while"},
            "error: AGGREGATOR_LOCK_WAIT must be a number of seconds >= 0, got 'a while'",
        ),
        (
            (),
            {"AGGREGATOR_DB_URL": "data/aggregator.sqlite3"},
            "error: AGGREGATOR_DB_URL is not a database URL: 'data/aggregator.sqlite3'",
        ),
        (
            (),
            {"AGGREGATOR_WEBSUB_HUB": "ftp://hub.example"},
            "error: AGGREGATOR_WEBSUB_HUB must be an http(s) URL, got 'ftp://hub.example'",
        ),
        (
            (),
            {"AGGREGATOR_FEED_MAX_ITEMS": "fifty"},
            "error: AGGREGATOR_FEED_MAX_ITEMS must be a whole number, got 'fifty'",
        ),
    ],
    ids=[
        "unknown-site",
        "bad-argument",
        "bad-lock-wait",
        "bad-store-url",
        "bad-setting",
        "not-a-number",
    ],
)
def test_2_on_bad_input(
    workspace: Workspace, args: tuple[str, ...], env: dict[str, str], said: str
) -> None:
    command = ("crawlall", *args) if args else CRAWL_SAMPLES
    result = workspace.scrapy(*command, check=False, **env)
    assert result.returncode == 2
    assert one_line(result) == said
    assert workspace.server.requests == []


@pytest.mark.parametrize(
    ("env", "status", "said"),
    [
        ({}, 0, ""),
        (
            {"AGGREGATOR_DB_URL": "postgresql+psycopg2://postgres@127.0.0.1:1/aggregator"},
            1,
            "error: cannot reach the store postgresql+psycopg2://postgres@127.0.0.1:1/aggregator",
        ),
        ({"AGGREGATOR_FEEDS_DIR": "{root}/a-file"}, 1, "publish: error: "),
        ({"AGGREGATOR_LOCK_WAIT": "-5"}, 2, "error: AGGREGATOR_LOCK_WAIT must be a number"),
        ({"AGGREGATOR_FEED_MAX_ITEMS": "0"}, 2, "publish: error: AGGREGATOR_FEED_MAX_ITEMS"),
    ],
    ids=["ok", "store-unreachable", "feeds-dir-is-a-file", "bad-lock-wait", "bad-setting"],
)
def test_publish(workspace: Workspace, env: dict[str, str], status: int, said: str) -> None:
    (workspace.root / "a-file").write_text("not a folder")
    env = {k: v.format(root=workspace.root) for k, v in env.items()}
    result = workspace.scrapy("publish", check=False, **env)
    assert result.returncode == status, result.stderr[-3000:]
    if said:
        assert one_line(result).startswith(said)
    else:
        assert result.stderr.strip() == ""
