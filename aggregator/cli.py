"""The base of our commands that crawl nothing (``scrapy sites``, ``checksite``, ``quarantine``).

It lives outside ``aggregator.commands`` because Scrapy takes every ScrapyCommand class defined in
that package for a command of its own.
"""

from __future__ import annotations

import argparse

from scrapy.commands import ScrapyCommand
from scrapy.settings import SETTINGS_PRIORITIES
from scrapy.utils.log import configure_logging, log_scrapy_info


class QuietCommand(ScrapyCommand):
    """A command that crawls nothing and prints only its own output: no crawler process, so
    Scrapy neither sets up its log nor prints its start-up banner (versions, settings). Asked for
    with ``-L LEVEL``, ``--logfile`` or ``-s LOG_LEVEL=…``, Scrapy's log is there as usual."""

    requires_crawler_process = False

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        assert self.settings is not None
        asked = max(
            self.settings.getpriority(name) or 0
            for name in ("LOG_LEVEL", "LOG_FILE", "LOG_ENABLED")
        )
        if asked >= SETTINGS_PRIORITIES["cmdline"] and self.settings.getbool("LOG_ENABLED"):
            configure_logging(self.settings)
            log_scrapy_info(self.settings)
