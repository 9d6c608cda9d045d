"""`scrapy crawl`: Scrapy's own command, with our site registry checked before the engine starts.

`scrapy crawl news -a site=ID` with a bad site file or an unknown site id stops with one line
naming the file and field (or the id), not a traceback from inside the engine.
"""

from __future__ import annotations

import argparse

from scrapy.commands.crawl import Command as ScrapyCrawl

from aggregator.commands import exit_with, require_store
from aggregator.crawling import select_sites
from aggregator.errors import AggregatorError


class Command(ScrapyCrawl):
    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        if args[:1] == ["news"]:
            if not opts.spargs.get("site"):
                exit_with("scrapy crawl news needs -a site=ID (see `scrapy sites`)")
            try:
                select_sites(self.settings, [opts.spargs["site"]])
            except AggregatorError as exc:
                exit_with(str(exc))
            require_store(self.settings)
