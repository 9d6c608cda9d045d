"""Run reports: what one ``crawlall`` did, per site, as JSON (AGGREGATOR_REPORT_PATH) and a table.

A site's entry is computed from its crawler's Scrapy stats alone (``site_report``), so the same
numbers appear in the JSON, the printed table and the run history behind ``scrapy sites``:

    site, status (ok | errors | failed), started, finished, duration_s,
    requests (every request that went out, robots.txt included),
    requests_by_kind {feed, sitemap, listing, article, other}, article_requests,
    not_modified (304s), articles {new, updated, unchanged, quarantined},
    dropped {reason: n}, errors {reason: n} (``aggregator.faults``), warnings {reason: n},
    skipped_known, robots_forbidden, error (crawl failure),
    revisits {updates, retries, rechecks, not_modified}: stored or failed articles asked again,
    skipped {known, dead, not_article, waiting}: article URLs left alone, by why,
    remembered {dead, skipped, retry}: the site's URLs remembered after the run (aggregator.state)

The format is versioned (``format``) for scripts that read it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPORT_FORMAT = 1
KINDS = ("feed", "sitemap", "listing", "article", "other")
# Article URLs discovery left alone, by why (aggregator.state.Action) -> the spider's stat.
_SKIPPED = {
    "known": "known_skipped",
    "dead": "dead_skipped",
    "not_article": "not_article_skipped",
    "waiting": "retry_waiting",
}


def _iso(value: Any) -> str:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat(timespec="seconds")
    return str(value or "")


def _prefixed(stats: Mapping[str, Any], prefix: str) -> dict[str, int]:
    return {
        key[len(prefix) :]: int(value)
        for key, value in sorted(stats.items())
        if key.startswith(prefix) and "/" not in key[len(prefix) :]
    }


def site_report(
    site: str,
    stats: Mapping[str, Any],
    *,
    error: str = "",
    started: datetime | None = None,
    finished: datetime | None = None,
    remembered: Mapping[str, int] | None = None,
) -> dict[str, Any]:
    """One site's entry of the run report, from its crawler's stats and what the crawl state
    remembers about the site's URLs after the run (pure: table-tested)."""
    started = stats.get("start_time") or started or datetime.now(UTC)
    finished = stats.get("finish_time") or finished or started
    errors = _prefixed(stats, "aggregator/errors/")
    for name, count in _prefixed(stats, "spider_exceptions/").items():
        errors[f"exception/{name}"] = count  # a bug or a layout change: Scrapy logged the trace
    if error:
        errors["crawl"] = errors.get("crawl", 0) + 1
    by_kind = {kind: int(stats.get(f"aggregator/requests/{kind}", 0)) for kind in KINDS}
    responses_ok = int(stats.get("aggregator/responses_ok", 0))
    n_errors = sum(errors.values())
    if error or (n_errors and not responses_ok) or "store_failed" in errors:
        status = "failed"
    elif n_errors:
        status = "errors"
    else:
        status = "ok"
    return {
        "site": site,
        "status": status,
        "started": _iso(started),
        "finished": _iso(finished),
        "duration_s": round(max((finished - started).total_seconds(), 0.0), 2),
        "requests": int(stats.get("downloader/request_count", 0)),
        "requests_by_kind": by_kind,
        "article_requests": by_kind["article"],
        "not_modified": int(stats.get("aggregator/http/not_modified", 0)),
        "articles": {
            "new": int(stats.get("aggregator/store/new", 0)),
            "updated": int(stats.get("aggregator/store/updated", 0)),
            "unchanged": int(stats.get("aggregator/store/unchanged", 0)),
            "quarantined": int(stats.get("aggregator/store/quarantined", 0)),
        },
        "dropped": _prefixed(stats, "aggregator/dropped/"),
        # What the trust stages did (issue: every stage counts by reason in the report).
        "spam": {
            "injected_titles": int(stats.get("aggregator/spam/injected_title", 0)),
            "quarantined": int(stats.get("aggregator/spam/quarantined", 0)),
            "reasons": _prefixed(stats, "aggregator/spam/reason/"),
        },
        "merged": {
            "copies_of_other_sites": int(stats.get("aggregator/dedupe/copies", 0)),
            "originals_of_stored_copies": int(
                stats.get("aggregator/dedupe/originals_of_stored_copies", 0)
            ),
        },
        "unmapped_sections": _prefixed(stats, "aggregator/categorize/unmapped/"),
        "errors": errors,
        # Faults survived without losing anything (a feed with broken XML that still gave its
        # entries): worth a look, not a failure.
        "warnings": _prefixed(stats, "aggregator/warnings/"),
        "skipped_known": int(stats.get("aggregator/discovery/known_skipped", 0)),
        "robots_forbidden": int(stats.get("robotstxt/forbidden", 0)),
        "error": error,
        "revisits": {
            "updates": int(stats.get("aggregator/revisit/updates", 0)),
            "retries": int(stats.get("aggregator/revisit/retries", 0)),
            "rechecks": int(stats.get("aggregator/revisit/rechecks", 0)),
            "not_modified": int(stats.get("aggregator/http/not_modified/article", 0)),
        },
        "skipped": {
            name: int(stats.get(f"aggregator/discovery/{stat}", 0))
            for name, stat in _SKIPPED.items()
        },
        "remembered": {k: int((remembered or {}).get(k, 0)) for k in ("dead", "skipped", "retry")},
    }


def run_report(
    sites: Sequence[Mapping[str, Any]], started: datetime, finished: datetime
) -> dict[str, Any]:
    """The whole run: its sites' entries and totals."""
    totals: dict[str, int] = {
        "sites": len(sites),
        "failed_sites": sum(1 for s in sites if s["status"] == "failed"),
        "requests": sum(s["requests"] for s in sites),
        "article_requests": sum(s["article_requests"] for s in sites),
        "not_modified": sum(s["not_modified"] for s in sites),
        "new": sum(s["articles"]["new"] for s in sites),
        "updated": sum(s["articles"]["updated"] for s in sites),
        "dropped": sum(sum(s["dropped"].values()) for s in sites),
        "errors": sum(sum(s["errors"].values()) for s in sites),
    }
    return {
        "format": REPORT_FORMAT,
        "run_id": _iso(started),
        "started": _iso(started),
        "finished": _iso(finished),
        "duration_s": round((finished - started).total_seconds(), 2),
        "totals": totals,
        "sites": list(sites),
    }


def write_report(report: Mapping[str, Any], path: str | Path) -> Path:
    """Write *report* as JSON at *path*, atomically (a reader never sees half a report)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(target)
    return target


def _short(counts: Mapping[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])) or "-"


def render_table(
    report: Mapping[str, Any], flags: Mapping[str, Iterable[str]] | None = None
) -> str:
    """A fixed-width, end-of-run table: one line per site, then the totals."""
    flags = flags or {}
    header = ("site", "status", "req", "art", "304", "new", "upd", "dropped", "errors", "time")
    rows = [header]
    for s in report["sites"]:
        status = s["status"] + "".join(f" [{f}]" for f in flags.get(s["site"], ()))
        rows.append(
            (
                s["site"],
                status,
                str(s["requests"]),
                str(s["article_requests"]),
                str(s["not_modified"]),
                str(s["articles"]["new"]),
                str(s["articles"]["updated"]),
                _short(s["dropped"]),
                _short(s["errors"]),
                f"{s['duration_s']:.1f}s",
            )
        )
    t = report["totals"]
    rows.append(
        (
            f"{t['sites']} sites",
            f"{t['failed_sites']} failed",
            str(t["requests"]),
            str(t["article_requests"]),
            str(t["not_modified"]),
            str(t["new"]),
            str(t["updated"]),
            str(t["dropped"]),
            str(t["errors"]),
            f"{report['duration_s']:.1f}s",
        )
    )
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    numeric = {2, 3, 4, 5, 6, 9}

    def line(row: Sequence[str]) -> str:
        cells = [
            c.rjust(w) if i in numeric else c.ljust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        return "  ".join(cells).rstrip()

    rule = "  ".join("-" * w for w in widths)
    body = [line(r) for r in rows[1:-1]]
    return "\n".join([line(rows[0]), rule, *body, rule, line(rows[-1])])
