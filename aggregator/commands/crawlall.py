"""`scrapy crawlall [-a sites=ID,ID]`: crawl every enabled site in one process, then publish."""

from __future__ import annotations

import argparse

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from aggregator.commands import echo, fail
from aggregator.crawling import run_crawls, select_sites
from aggregator.errors import AggregatorError
from aggregator.publishing import publish_from_settings


class Command(ScrapyCommand):
    requires_project = True

    def syntax(self) -> str:
        return "[-a sites=ID,ID] [-a since=YYYY-MM-DD]"

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
            help="sites=ID,ID to crawl only those; other NAME=VALUE pairs go to every spider",
        )

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        spider_args = {}
        for pair in opts.spargs:
            name, sep, value = pair.partition("=")
            if not sep:
                raise UsageError(f"-a expects NAME=VALUE, got {pair!r}")
            spider_args[name] = value
        try:
            sites = select_sites(self.settings, spider_args.pop("sites", "").split(","))
        except AggregatorError as exc:
            fail(str(exc))
            self.exitcode = 2
            return
        assert self.crawler_process is not None
        runs = run_crawls(self.crawler_process, sites, **spider_args)
        failed = [r for r in runs if r.error]
        summary = publish_from_settings(self.settings).summary()
        echo(summary)
        if failed and len(failed) == len(runs):
            self.exitcode = 1
