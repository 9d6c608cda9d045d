"""`scrapy quarantine [--release URL]`: list quarantined spam, or release one item."""

from __future__ import annotations

import argparse

from aggregator.cli import QuietCommand
from aggregator.commands import echo, fail, require_store
from aggregator.storage import ArticleStore


class Command(QuietCommand):
    requires_project = True

    def syntax(self) -> str:
        return "[--release URL]"

    def short_desc(self) -> str:
        return "List items quarantined as spam (score, reasons), or release one into the feeds"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--release", metavar="URL", help="publish this quarantined item")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        store = ArticleStore(require_store(self.settings))
        try:
            if opts.release:
                stored = store.get(opts.release)
                if stored is None or stored.status != "quarantined":
                    fail(f"not a quarantined item: {opts.release}")
                    self.exitcode = 1
                    return
                store.release(opts.release)
                echo(f"released: {opts.release} (publish to update the feeds)")
                return
            items = list(store.iter_articles(status="quarantined"))
            for stored in items:
                a = stored.article
                echo(f"{a.spam_score:5.1f}  {a.site:<18} {a.title[:70]}")
                echo(f"       {a.url}")
                echo(f"       {', '.join(a.spam_reasons)}")
            echo(f"{len(items)} quarantined item(s)")
        finally:
            store.close()
