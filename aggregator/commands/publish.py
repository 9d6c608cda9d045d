"""``scrapy publish``: regenerate the feeds directory from the store, then print one line.

It holds the store's ``publish`` lock (a crawlall publishing at the end takes it too): exit
status 3 when another publish holds it longer than AGGREGATOR_LOCK_WAIT seconds; 2 for a bad
setting; 1 when the store or the feeds directory is unusable.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from scrapy.commands import ScrapyCommand
from sqlalchemy.exc import SQLAlchemyError

from aggregator.commands import EXIT_BAD_INPUT, EXIT_FAILED, lock_wait, require_store, take_lock
from aggregator.errors import AggregatorError, SiteConfigError
from aggregator.locking import PUBLISH
from aggregator.publishing import publish_from_settings
from aggregator.publishing.publish import PublishOptions
from aggregator.topics import TopicsError


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
        try:
            PublishOptions.from_settings(self.settings)
        except ValueError as exc:  # a bad AGGREGATOR_* setting: bad input
            sys.stderr.write(f"publish: error: {exc}\n")
            raise SystemExit(EXIT_BAD_INPUT) from None
        lock = take_lock(self.settings, PUBLISH, lock_wait(self.settings))
        require_store(self.settings)
        try:
            report = publish_from_settings(self.settings)
        except (AggregatorError, ValueError, OSError, SQLAlchemyError) as exc:
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            sys.stderr.write(f"publish: error: {message}\n")
            self.exitcode = (
                EXIT_BAD_INPUT if isinstance(exc, SiteConfigError | TopicsError) else EXIT_FAILED
            )
            return
        finally:
            lock.release()
        sys.stdout.write(f"{report.summary()} → {self.settings.get('AGGREGATOR_FEEDS_DIR')}\n")
