"""`scrapy crawlall [-a sites=ID,ID]`: crawl every enabled site in one process, then publish.

After the crawl it writes the JSON run report (AGGREGATOR_REPORT_PATH), records the run in the
site-health history, prints the end-of-run table, and publishes the feeds. ``--no-publish`` stops
after the report (for a crawl-only machine, or while publishing runs elsewhere).

It holds the store's ``crawl`` lock from start to end, and its ``publish`` lock while
publishing, so scheduled runs never overlap (``aggregator.locking``).

Exit status: 0 when at least one site was crawled (and the feeds published), 1 when every site
failed or the store or the feeds directory is unusable, 2 on bad input, 3 when another run holds
the lock for longer than AGGREGATOR_LOCK_WAIT seconds.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from scrapy.commands import ScrapyCommand
from sqlalchemy.exc import SQLAlchemyError

from aggregator.commands import (
    EXIT_FAILED,
    echo,
    exit_with,
    fail,
    lock_wait,
    require_feeds_dir,
    require_store,
    take_lock,
)
from aggregator.crawling import report_runs, run_crawls, select_sites
from aggregator.errors import AggregatorError, first_line
from aggregator.locking import CRAWL, PUBLISH, StoreLock
from aggregator.publishing import publish_from_settings
from aggregator.publishing.publish import PublishOptions
from aggregator.reports import render_table


class Command(ScrapyCommand):
    requires_project = True

    def syntax(self) -> str:
        return "[-a sites=ID,ID] [-a since=YYYY-MM-DD] [-a max_pages=N] [-a refresh=1]"

    def short_desc(self) -> str:
        return "Crawl every enabled site (or the named ones) in one process, then publish feeds"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument(
            "-a",
            dest="spargs",
            action="append",
            default=[],
            metavar="NAME=VALUE",
            help="sites=ID,ID to crawl only those; other NAME=VALUE pairs go to every spider "
            "(since=YYYY-MM-DD, max_pages=N, refresh=1)",
        )
        parser.add_argument(
            "--no-publish",
            dest="publish",
            action="store_false",
            help="crawl and write the report, but do not publish feeds",
        )

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        # Checked here, before Scrapy starts its engine and logs: a bad site file, an unknown
        # site or a bad argument is one line on stderr and exit status 2, nothing else.
        self.spider_args: dict[str, str] = {}
        for pair in opts.spargs:
            name, sep, value = pair.partition("=")
            if not sep:
                exit_with(f"-a expects NAME=VALUE, got {pair!r}")
            self.spider_args[name] = value
        try:
            self.sites = select_sites(self.settings, self.spider_args.pop("sites", "").split(","))
            if opts.publish:
                PublishOptions.from_settings(self.settings)
        except (AggregatorError, ValueError) as exc:
            exit_with(str(exc))
        self.lock_wait = lock_wait(self.settings)
        # Then what a run needs, in the order it needs it (status 3, then 1, before any request).
        self.locks: list[StoreLock] = [take_lock(self.settings, CRAWL, self.lock_wait)]
        require_store(self.settings)
        if opts.publish:
            require_feeds_dir(self.settings)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        sites, spider_args = self.sites, self.spider_args
        assert self.crawler_process is not None
        started = datetime.now(UTC)
        runs = run_crawls(self.crawler_process, sites, **spider_args)
        report, health = report_runs(self.settings, runs, started)
        flags = {site: h.flags for site, h in health.items()}
        echo(render_table(report, flags))
        if self.settings.get("AGGREGATOR_REPORT_PATH"):
            echo(f"Run report: {self.settings.get('AGGREGATOR_REPORT_PATH')}")
        if runs and report["totals"]["failed_sites"] == len(runs):
            self.exitcode = EXIT_FAILED
        if opts.publish:
            note = "; the crawl is stored, the next publish will include it"
            self.locks.append(take_lock(self.settings, PUBLISH, self.lock_wait, note))
            try:
                echo(publish_from_settings(self.settings).summary())
            except (AggregatorError, ValueError, OSError, SQLAlchemyError) as exc:
                fail(f"publishing failed: {first_line(exc)}")
                self.exitcode = EXIT_FAILED
        for lock in reversed(self.locks):
            lock.release()
