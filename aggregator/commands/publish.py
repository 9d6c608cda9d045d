"""``scrapy publish``: regenerate the feeds directory from the store, then print one line."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from scrapy.commands import ScrapyCommand
from sqlalchemy.exc import SQLAlchemyError

from aggregator.commands import require_store
from aggregator.errors import AggregatorError
from aggregator.publishing import publish_from_settings


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False  # no crawl: no reactor, no downloader

    def syntax(self) -> str:
        return ""

    def short_desc(self) -> str:
        return "Regenerate feeds/ (RSS, Atom, JSON Feed, OPML, index.html) from the store"

    def long_desc(self) -> str:
        return (
            "Regenerate AGGREGATOR_FEEDS_DIR from the store at AGGREGATOR_DB_URL. Files whose "
            "bytes did not change are left alone; changed files are replaced atomically."
        )

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)

    def run(self, args: list[str], opts: Any) -> None:
        require_store(self.settings)
        try:
            report = publish_from_settings(self.settings)
        except (AggregatorError, ValueError, OSError, SQLAlchemyError) as exc:
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            sys.stderr.write(f"publish: error: {message}\n")
            self.exitcode = 1
            return
        sys.stdout.write(f"{report.summary()} → {self.settings.get('AGGREGATOR_FEEDS_DIR')}\n")
