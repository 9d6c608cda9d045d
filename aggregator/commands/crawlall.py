"""`scrapy crawlall [-a sites=ID,ID]`: crawl every enabled site in one process, then publish.

After the crawl it writes the JSON run report (AGGREGATOR_REPORT_PATH), records the run in the
site-health history, prints the end-of-run table, and publishes the feeds. ``--no-publish`` stops
after the report (for a crawl-only machine, or while publishing runs elsewhere).

Exit status: 0 when at least one site was crawled, 1 when every site failed, 2 on bad arguments.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from scrapy.commands import ScrapyCommand

from aggregator.commands import echo, exit_with, require_store
from aggregator.crawling import report_runs, run_crawls, select_sites
from aggregator.errors import AggregatorError
from aggregator.publishing import publish_from_settings
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
        except AggregatorError as exc:
            exit_with(str(exc))
        require_store(self.settings)

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
        if opts.publish:
            echo(publish_from_settings(self.settings).summary())
        if runs and report["totals"]["failed_sites"] == len(runs):
            self.exitcode = 1
