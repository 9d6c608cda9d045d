"""`scrapy demo`: the first thing a new user runs. Offline, one command, real components.

Serves the bundled sample sites on 127.0.0.1, crawls them into a fresh store (data/demo.sqlite3
unless AGGREGATOR_DB_URL is given), publishes the feeds and prints where to look.
"""

from __future__ import annotations

import argparse
import os
from datetime import UTC, datetime
from pathlib import Path

from scrapy.commands import ScrapyCommand

from aggregator.commands import echo, require_store
from aggregator.crawling import report_runs, run_crawls, select_sites
from aggregator.publishing import publish_from_settings
from aggregator.reports import render_table
from aggregator.samples.server import SampleServer

DEMO_DB = "data/demo.sqlite3"
DEMO_REPORT = "data/reports/demo-run.json"


class Command(ScrapyCommand):
    requires_project = True
    # The sample sites are our own loopback server: politeness would only slow the demo, and
    # the story is the summary at the end, not Scrapy's log. (`-s`/`-L` still win.)
    demo_settings = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "WARNING"}

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        # settings.py sets these at project priority, above a command's default_settings.
        for name, value in self.demo_settings.items():
            if (self.settings.getpriority(name) or 0) < 40:  # not given on the command line
                self.settings.set(name, value, priority="cmdline")

    def short_desc(self) -> str:
        return "Offline demo: serve the sample sites on loopback, crawl, publish, show the feeds"

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        settings = self.settings
        # A fresh demo store, unless the user named one (-s or the environment).
        if (
            settings.getpriority("AGGREGATOR_DB_URL") or 0
        ) <= 20 and "AGGREGATOR_DB_URL" not in os.environ:
            db = Path(DEMO_DB)
            for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
                stale.unlink(missing_ok=True)
            settings.set("AGGREGATOR_DB_URL", f"sqlite:///{DEMO_DB}", priority="cmdline")
            # Nor does the demo's report replace the last real run's.
            if "AGGREGATOR_REPORT_PATH" not in os.environ:
                settings.set("AGGREGATOR_REPORT_PATH", DEMO_REPORT, priority="cmdline")
        require_store(settings)
        with SampleServer() as server:
            settings.set("AGGREGATOR_SAMPLES_BASE", server.base, priority="cmdline")
            sites = [s for s in select_sites(settings) if s.sample]
            echo(f"Serving {len(sites)} sample sites at {server.base}; crawling…")
            assert self.crawler_process is not None
            started = datetime.now(UTC)
            runs = run_crawls(self.crawler_process, sites)
        # The same report, run history and end-of-run table as `crawlall`.
        report, health = report_runs(settings, runs, started)
        echo(render_table(report, {site: h.flags for site, h in health.items()}))
        echo(publish_from_settings(settings).summary())
        feeds = Path(settings.get("AGGREGATOR_FEEDS_DIR")).resolve()
        echo(f"Feeds are in {feeds}/ — open {feeds / 'index.html'},")
        echo("or run `scrapy serve` and visit http://127.0.0.1:8080/")
