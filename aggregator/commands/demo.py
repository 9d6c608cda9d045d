"""`scrapy demo [--serve [--port 8080]]`: the first thing a new user runs. Offline, one command,
real components.

Serves the bundled sample sites on 127.0.0.1, crawls them into a fresh store (data/demo.sqlite3
unless AGGREGATOR_DB_URL is given), publishes the feeds and prints where to look. The items' links
point to the sample sites, which are served only while the demo runs: with ``--serve`` the demo
keeps serving them, and the feeds too (``scrapy serve``'s server), until Ctrl-C, so every link of
the feeds and of index.html works while the user looks.
"""

from __future__ import annotations

import argparse
import errno
import os
import signal
from datetime import UTC, datetime
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

from scrapy.commands import ScrapyCommand

from aggregator.commands import echo, exit_with, require_store
from aggregator.crawling import report_runs, run_crawls, select_sites
from aggregator.publishing import publish_from_settings
from aggregator.publishing.query_feeds import QueryFeeds
from aggregator.publishing.server import Handler, base_url, cache_max_age, make_server
from aggregator.reports import render_table
from aggregator.samples.server import SampleServer

DEMO_DB = "data/demo.sqlite3"
DEMO_REPORT = "data/reports/demo-run.json"


class Command(ScrapyCommand):
    requires_project = True
    # The sample sites are our own loopback server: politeness would only slow the demo, and
    # the story is the summary at the end, not Scrapy's log. (`-s`/`-L` still win.)
    demo_settings = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "WARNING"}

    def syntax(self) -> str:
        return "[--serve [--port 8080] [--host 127.0.0.1]]"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument(
            "--serve",
            action="store_true",
            help="keep serving the sample sites and the feeds until Ctrl-C, so their links work",
        )
        parser.add_argument("--port", type=int, default=8080, help="feeds port (default: 8080)")
        parser.add_argument("--host", default="127.0.0.1", help="feeds address (127.0.0.1)")

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
        if not _given(settings, "AGGREGATOR_DB_URL"):
            db = Path(DEMO_DB)
            for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
                stale.unlink(missing_ok=True)
            settings.set("AGGREGATOR_DB_URL", f"sqlite:///{DEMO_DB}", priority="cmdline")
            # Nor does the demo's report replace the last real run's.
            if "AGGREGATOR_REPORT_PATH" not in os.environ:
                settings.set("AGGREGATOR_REPORT_PATH", DEMO_REPORT, priority="cmdline")
        require_store(settings)
        feeds = Path(settings.get("AGGREGATOR_FEEDS_DIR")).resolve()
        # Bound before the crawl: a port in use is one line now, not after the whole demo.
        feeds_server = self._feeds_server(feeds, opts) if opts.serve else None
        server = SampleServer().start()
        try:
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
            if feeds_server is not None:  # the index page's search form: query feeds too
                search = QueryFeeds(
                    settings.get("AGGREGATOR_DB_URL"),
                    {site.id: site for site in sites},
                    settings.get("AGGREGATOR_BASE_URL"),
                )
                self.dynamic.update(search.paths())
            if feeds_server is None:
                echo(f"Feeds are in {feeds}/ — open {feeds / 'index.html'},")
                echo("or run `scrapy serve` and visit http://127.0.0.1:8080/")
                echo(
                    "The items link to the sample sites, served only while the demo runs: "
                    "`scrapy demo --serve` keeps them (and the feeds) served until Ctrl-C."
                )
                return
            _serve(feeds_server, feeds, server.base)
        finally:
            server.stop()
            if feeds_server is not None:
                feeds_server.server_close()

    def _feeds_server(self, feeds: Path, opts: argparse.Namespace) -> ThreadingHTTPServer:
        feeds.mkdir(parents=True, exist_ok=True)
        interval = self.settings.getint("AGGREGATOR_CRAWL_INTERVAL_MINUTES", 60)
        # Filled with the query feeds once the demo's store is crawled.
        self.dynamic: dict[str, Handler] = {}
        try:
            feeds_server = make_server(
                feeds, opts.host, opts.port, max_age=cache_max_age(interval), dynamic=self.dynamic
            )
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                exit_with(f"port {opts.port} on {opts.host} is already in use (try --port)")
            exit_with(f"cannot listen on {opts.host}:{opts.port}: {exc.strerror or exc}")
        if not _given(self.settings, "AGGREGATOR_BASE_URL"):
            # Self links and feeds.opml point where the feeds are served now.
            self.settings.set("AGGREGATOR_BASE_URL", base_url(feeds_server), priority="cmdline")
        return feeds_server


def _given(settings: Any, name: str) -> bool:
    """Whether the user set *name* (on the command line or in the environment)."""
    return (settings.getpriority(name) or 0) > 20 or name in os.environ


def _serve(feeds_server: ThreadingHTTPServer, feeds: Path, samples: str) -> None:
    """Serve the feeds until Ctrl-C; the sample sites are served by their own thread meanwhile."""
    # Scrapy's shutdown handler is still installed from the crawl: Ctrl-C must stop us instead.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    echo(f"Feeds of {feeds}/ at {base_url(feeds_server)}/ — open {base_url(feeds_server)}/")
    echo(f"The sample sites stay at {samples}/ so the items' links work (Ctrl-C to stop)")
    try:
        feeds_server.serve_forever()
    except KeyboardInterrupt:
        echo("stopped")
