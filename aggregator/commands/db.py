"""`scrapy db upgrade | current | revision -m MESSAGE`: the store's schema migrations (Alembic).

- ``upgrade`` brings the store to this code's newest revision, in one transaction, while no
  crawl or publish runs (it takes their locks, waiting AGGREGATOR_LOCK_WAIT seconds, else exit
  status 3). A store made before migrations is recognised as the baseline (0001) first.
- ``current`` says which revision the store is at, changing nothing; exit status 1 when the
  store needs ``scrapy db upgrade`` (or newer code), so a health check can use it.
- ``revision -m MESSAGE`` (for developers) writes the next revision file from the difference
  between the live tables and the revisions, to review before committing.
"""

from __future__ import annotations

import argparse

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from aggregator import schema
from aggregator.commands import EXIT_FAILED, echo, exit_with, lock_wait, take_lock
from aggregator.errors import BadStoreURL, StoreError
from aggregator.locking import CRAWL, PUBLISH, SCHEMA

ACTIONS = ("upgrade", "current", "revision")


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False
    default_settings = {"LOG_LEVEL": "WARNING"}

    def syntax(self) -> str:
        return "upgrade | current | revision -m MESSAGE"

    def short_desc(self) -> str:
        return "Apply (upgrade) or show (current) the store's schema migrations"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("-m", "--message", default="", help="revision: what it changes")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1 or args[0] not in ACTIONS:
            raise UsageError(f"scrapy db needs one of: {', '.join(ACTIONS)}")
        url = self.settings.get("AGGREGATOR_DB_URL")
        try:
            if args[0] == "upgrade":
                self.upgrade(url)
            elif args[0] == "current":
                self.current(url)
            else:
                if not opts.message.strip():
                    raise UsageError("scrapy db revision needs -m MESSAGE")
                path = schema.new_revision(opts.message.strip())
                echo(f"wrote {path}: review it (and test_migrations) before committing")
        except BadStoreURL as exc:
            exit_with(str(exc))
        except StoreError as exc:
            exit_with(str(exc), EXIT_FAILED)

    def upgrade(self, url: str) -> None:
        wait = lock_wait(self.settings)
        # No crawl or publish may run on the old schema meanwhile; held until the process ends.
        for name in (CRAWL, PUBLISH, SCHEMA):
            take_lock(self.settings, name, wait)
        before, after = schema.upgrade(url)
        if before.state == "current":
            echo(f"{after.store}: already at {after.revision} (head)")
        elif before.state == "empty":
            echo(f"{after.store}: created at {after.revision} (head)")
        elif before.state == "legacy":
            echo(
                f"{after.store}: made before migrations, recognised as {schema.BASELINE} "
                f"(baseline), upgraded to {after.revision} (head)"
            )
        else:
            echo(f"{after.store}: upgraded from {before.revision} to {after.revision} (head)")

    def current(self, url: str) -> None:
        status = schema.current(url)
        if status.state == "current":
            echo(f"{status.store}: {status.revision} (head)")
        elif status.state == "empty":
            echo(f"{status.store}: empty; made at {status.head} (head) on first use")
        else:
            echo(f"{status.store}: {status.revision or 'no revision'} (head is {status.head})")
            exit_with(status.problem(), EXIT_FAILED)
