"""`scrapy sites [--flagged] [--json]`: every site of the registry with its health.

Columns: id, name, province, enabled, last success, new articles in the last run, error rate
over the recent runs, runs in a row without new articles, article URLs remembered as dead
(404/410, or failing too often) and as skipped (not articles: video pages, stubs), and flags
(health rules in ``aggregator.state``: "failing", "blocked", "errors", "silent", "compromised").
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime

from aggregator.cli import QuietCommand
from aggregator.commands import echo, exit_with, require_store
from aggregator.dates import VN_TZ
from aggregator.errors import AggregatorError
from aggregator.sites import load_sites
from aggregator.state import CrawlState, site_health


def _when(value: datetime | None) -> str:
    return value.astimezone(VN_TZ).strftime("%Y-%m-%d %H:%M") if value else "-"


class Command(QuietCommand):
    requires_project = True

    def syntax(self) -> str:
        return "[--flagged] [--json]"

    def short_desc(self) -> str:
        return "List sites with their province and health (last success, new items, errors)"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--flagged", action="store_true", help="only sites with a flag")
        parser.add_argument("--json", action="store_true", help="JSON instead of a table")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        settings = self.settings
        try:
            # Every site file, the bundled samples included: their health is recorded too.
            sites = load_sites(settings.get("AGGREGATOR_SITES_DIR", "") or None)
        except AggregatorError as exc:
            exit_with(str(exc))
        db_url = require_store(settings)
        health = site_health(db_url, sites, settings)
        state = CrawlState(db_url)
        try:
            remembered = state.remembered()
        finally:
            state.close()
        rows = []
        for site in sites.values():
            h = health[site.id]
            if opts.flagged and not h.flags:
                continue
            rows.append(
                {
                    "id": site.id,
                    "name": site.name,
                    "province": site.province,
                    "enabled": site.enabled,
                    "last_success": h.last_success.isoformat() if h.last_success else None,
                    "last_new": h.last_new if h.runs else None,
                    "error_rate": h.error_rate if h.runs else None,
                    "runs_without_new": h.runs_without_new if h.runs else None,
                    "remembered": remembered.get(site.id, {"dead": 0, "skipped": 0, "retry": 0}),
                    "flags": list(h.flags),
                    "_when": _when(h.last_success),
                }
            )
        if opts.json:
            for row in rows:
                row.pop("_when")
            echo(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        header = (
            "id", "name", "province", "on", "last success", "new", "err%", "dry", "dead", "skip",
            "flags",
        )  # fmt: skip
        table = [header] + [
            (
                r["id"],
                r["name"],
                r["province"],
                "yes" if r["enabled"] else "no",
                r["_when"],
                "-" if r["last_new"] is None else str(r["last_new"]),
                "-" if r["error_rate"] is None else f"{100 * r['error_rate']:.0f}",
                "-" if r["runs_without_new"] is None else str(r["runs_without_new"]),
                str(r["remembered"]["dead"] or "-"),
                str(r["remembered"]["skipped"] or "-"),
                " ".join(r["flags"]),
            )
            for r in rows
        ]
        widths = [max(len(row[i]) for row in table) for i in range(len(header))]
        for row in table:
            echo("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        flagged = sum(1 for r in rows if r["flags"])
        echo(f"{len(rows)} sites, {flagged} flagged")
