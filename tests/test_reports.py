"""Run reports, site health rules and Retry-After parsing: pure functions, tables."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from aggregator.middlewares import retry_after_seconds
from aggregator.reports import render_table, run_report, site_report, write_report
from aggregator.state import CrawlState, HealthRules, compute_health

T0 = datetime(2025, 11, 30, 1, 0, tzinfo=UTC)
T1 = T0 + timedelta(seconds=12.5)

BASE: dict[str, Any] = {"start_time": T0, "finish_time": T1}


@pytest.mark.parametrize(
    ("stats", "error", "expected"),
    [
        pytest.param(
            {
                **BASE,
                "downloader/request_count": 9,
                "aggregator/responses_ok": 8,
                "aggregator/requests/feed": 1,
                "aggregator/requests/listing": 2,
                "aggregator/requests/article": 5,
                "aggregator/requests/other": 1,
                "aggregator/http/not_modified": 2,
                "aggregator/store/new": 4,
                "aggregator/store/updated": 1,
                "aggregator/dropped/no-body": 1,
                "aggregator/discovery/known_skipped": 30,
            },
            "",
            {"status": "ok", "requests": 9, "article_requests": 5, "not_modified": 2,
             "articles": {"new": 4, "updated": 1, "unchanged": 0, "quarantined": 0},
             "dropped": {"no-body": 1}, "errors": {}, "skipped_known": 30, "duration_s": 12.5},
            id="ok",
        ),
        pytest.param(
            {**BASE, "downloader/request_count": 4, "aggregator/responses_ok": 3,
             "aggregator/errors/http_404": 1, "spider_exceptions/KeyError": 2},
            "",
            {"status": "errors", "errors": {"http_404": 1, "exception/KeyError": 2}},
            id="errors",
        ),
        pytest.param(
            {**BASE, "downloader/request_count": 3, "downloader/response_status_count/200": 1,
             "aggregator/errors/http_503": 1},
            "",
            {"status": "failed", "errors": {"http_503": 1}},
            id="every-request-failed",
        ),
        pytest.param({}, "SiteConfigError: bad", {"status": "failed", "errors": {"crawl": 1}, "requests": 0}, id="did-not-start"),
    ],
)  # fmt: skip
def test_site_report(stats: dict[str, Any], error: str, expected: dict[str, Any]) -> None:
    entry = site_report("bao", stats, error=error, started=T0, finished=T1)
    assert {k: entry[k] for k in expected} == expected
    json.dumps(entry)  # the entry is plain JSON


def test_site_report_says_what_was_asked_again_and_what_is_remembered() -> None:
    stats = {
        **BASE,
        "aggregator/revisit/updates": 2,
        "aggregator/revisit/retries": 1,
        "aggregator/http/not_modified": 3,
        "aggregator/http/not_modified/article": 1,
        "aggregator/discovery/known_skipped": 40,
        "aggregator/discovery/dead_skipped": 2,
        "aggregator/discovery/not_article_skipped": 1,
    }
    entry = site_report("bao", stats, remembered={"dead": 2, "skipped": 1})
    assert entry["revisits"] == {"updates": 2, "retries": 1, "rechecks": 0, "not_modified": 1}
    assert entry["skipped"] == {"known": 40, "dead": 2, "not_article": 1, "waiting": 0}
    assert entry["skipped_known"] == 40
    assert entry["remembered"] == {"dead": 2, "skipped": 1, "retry": 0}
    assert entry["not_modified"] == 3
    assert site_report("bao", {})["remembered"] == {"dead": 0, "skipped": 0, "retry": 0}


def test_run_report_table_and_file(tmp_path: Path) -> None:
    ok = site_report("baoa", {**BASE, "downloader/request_count": 3, "aggregator/store/new": 2,
                              "aggregator/responses_ok": 3})  # fmt: skip
    bad = site_report("baob", {}, error="boom", started=T0, finished=T1)
    report = run_report([ok, bad], T0, T1)
    assert report["totals"] == {
        "sites": 2, "failed_sites": 1, "requests": 3, "article_requests": 0, "not_modified": 0,
        "new": 2, "updated": 0, "dropped": 0, "errors": 1,
    }  # fmt: skip
    table = render_table(report, {"baob": ("failing",)})
    lines = table.splitlines()
    assert lines[0].split()[:3] == ["site", "status", "req"]
    assert "failed [failing]" in table
    assert lines[-1].startswith("2 sites")
    path = write_report(report, tmp_path / "reports" / "last.json")
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(json.dumps(report))


def row(
    new: int, errors: int = 0, requests: int = 10, status: str = "ok", hours_ago: float = 0
) -> dict[str, Any]:
    return {"new": new, "errors": errors, "requests": requests, "status": status,
            "finished": T0 - timedelta(hours=hours_ago)}  # fmt: skip


RULES = HealthRules(window=10, error_rate=0.2, silent_runs=3, silent_hours=48)


@pytest.mark.parametrize(
    ("history", "flags", "without_new"),
    [
        pytest.param([row(2)], (), 0, id="healthy"),
        pytest.param([], (), 0, id="never-run"),
        pytest.param([row(0, status="failed", errors=3, requests=0), row(2, hours_ago=1)], ("failing", "errors"), 1, id="last-run-failed"),
        pytest.param([row(1, errors=3), row(1, errors=0)], (), 0, id="15%-errors"),
        pytest.param([row(1, errors=5), row(1, errors=0)], ("errors",), 0, id="25%-errors"),
        pytest.param([row(0), row(0, hours_ago=24), row(0, hours_ago=48), row(3, hours_ago=60)], ("silent",), 3, id="silent-3-runs-60h"),
        pytest.param([row(0), row(0, hours_ago=1), row(0, hours_ago=2), row(3, hours_ago=3)], (), 3, id="quiet-but-recent"),
        pytest.param([row(0, hours_ago=h) for h in range(0, 100, 10)], (), 10, id="never-had-articles"),
    ],
)  # fmt: skip
def test_compute_health(
    history: list[dict[str, Any]], flags: tuple[str, ...], without_new: int
) -> None:
    health = compute_health("bao", history, RULES, now=T0)
    assert health.flags == flags
    assert health.runs_without_new == without_new


def test_health_from_recorded_runs(tmp_path: Path) -> None:
    state = CrawlState(f"sqlite:///{tmp_path / 's.sqlite3'}")
    entry = site_report("bao", {**BASE, "downloader/request_count": 2, "aggregator/store/new": 3,
                                "aggregator/responses_ok": 2})  # fmt: skip
    state.record_runs("r1", [entry])
    health = state.health(["bao", "other"], RULES, now=T1)
    state.close()
    assert health["bao"].last_success == T1.replace(microsecond=0)
    assert health["bao"].last_new == 3
    assert health["other"].runs == 0


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", 120.0),
        (b"5", 5.0),
        ("Sun, 30 Nov 2025 01:00:30 GMT", 30.0),
        ("Sun, 30 Nov 2025 00:59:00 GMT", 0.0),  # in the past: retry now
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_retry_after_seconds(value: str | bytes | None, expected: float | None) -> None:
    assert retry_after_seconds(value, now=T0.timestamp()) == expected
