"""`scrapy crawl`: Scrapy's own command, with our site registry checked before the engine starts.

`scrapy crawl news -a site=ID` with a bad site file or an unknown site id stops with one line
naming the file and field (or the id), not a traceback from inside the engine.

Run as a Scrapyd job (Scrapyd adds `-a _job=ID`), the crawl is also recorded in the run history
as one site's run, the way `crawlall` records each of its sites: where Scrapyd schedules the
crawls there is no `crawlall`, and `scrapy sites` and the index page would otherwise show no
health for any site. The run report file stays `crawlall`'s.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from scrapy.commands.crawl import Command as ScrapyCrawl
from sqlalchemy.exc import SQLAlchemyError

from aggregator.commands import EXIT_FAILED, exit_with, fail, require_store
from aggregator.crawling import report_runs, run_crawls, select_sites
from aggregator.errors import AggregatorError, first_line
from aggregator.sites import SiteConfig

SCRAPYD_JOB = "_job"  # the spider argument Scrapyd gives every job it starts


class Command(ScrapyCrawl):
    site: SiteConfig | None = None

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        if args[:1] == ["news"]:
            if not opts.spargs.get("site"):
                exit_with("scrapy crawl news needs -a site=ID (see `scrapy sites`)")
            try:
                (self.site,) = select_sites(self.settings, [opts.spargs["site"]])
            except AggregatorError as exc:
                exit_with(str(exc))
            require_store(self.settings)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if self.site is None or SCRAPYD_JOB not in opts.spargs:
            super().run(args, opts)
            return
        assert self.crawler_process is not None
        spider_args = {k: v for k, v in opts.spargs.items() if k != "site"}
        started = datetime.now(UTC)
        (run,) = run_crawls(self.crawler_process, [self.site], **spider_args)
        try:
            report, _health = report_runs(self.settings, [run], started, write_file=False)
        except (OSError, SQLAlchemyError) as exc:
            fail(f"cannot record the run: {first_line(exc)}")
            self.exitcode = EXIT_FAILED
            return
        if report["totals"]["failed_sites"]:
            self.exitcode = EXIT_FAILED
