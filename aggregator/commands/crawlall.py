"""`scrapy crawlall [-a sites=ID,ID]`: crawl every enabled site in one process, then publish.

After the crawl it writes the JSON run report (AGGREGATOR_REPORT_PATH), records the run in the
site-health history, prints the end-of-run table, and publishes the feeds. ``--no-publish`` stops
after the report (for a crawl-only machine, or while publishing runs elsewhere).

It holds the store's ``crawl`` lock from start to end, and its ``publish`` lock while
publishing, so scheduled runs never overlap (``aggregator.locking``).

With AGGREGATOR_REDIS_URL set it is one worker of a round (``aggregator.frontier``): it joins
the round (or opens one), crawls from the round's shared frontier holding the ``crawl`` lock
shared with the other workers, and, when it is the last worker of the round to finish, hands
what dead workers had taken to the next run and publishes. The others say so and exit.

Exit status: 0 when at least one site was crawled (and the feeds published), 1 when every site
failed, the store failed during the crawl, or the store or the feeds directory is unusable (one
line on stderr says which), 2 on bad input, 3 when another run holds the lock for longer than
AGGREGATOR_LOCK_WAIT seconds.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from redis.exceptions import RedisError
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
from aggregator.crawling import (
    reconcile_round,
    report_runs,
    run_crawls,
    select_sites,
    settle_abandoned,
)
from aggregator.errors import AggregatorError, first_line
from aggregator.frontier import Frontier, FrontierConfig, FrontierError, Round
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
            frontier = FrontierConfig.from_settings(self.settings)
        except (AggregatorError, ValueError) as exc:
            exit_with(str(exc))
        self.lock_wait = lock_wait(self.settings)
        # Then what a run needs, in the order it needs it (status 3, then 1, before any request).
        # The workers of a round share the crawl lock (a one-machine crawlall or `db upgrade`
        # still keeps them out, and they it).
        shared = frontier is not None
        self.locks: list[StoreLock] = [
            take_lock(self.settings, CRAWL, self.lock_wait, shared=shared)
        ]
        require_store(self.settings)
        if opts.publish:
            require_feeds_dir(self.settings)
        self.frontier: Frontier | None = None
        if frontier is not None:
            try:
                self.frontier = Frontier.connect(frontier)
            except FrontierError as exc:
                exit_with(str(exc), EXIT_FAILED)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        sites, spider_args = self.sites, self.spider_args
        assert self.crawler_process is not None
        started = datetime.now(UTC)
        round_ = self._join_round()
        runs = run_crawls(
            self.crawler_process,
            sites,
            overrides=round_.crawler_settings(self.settings) if round_ else None,
            on_start=round_.start_heartbeat if round_ else None,
            **spider_args,
        )
        store_failed = [r.site for r in runs if r.stats.get("aggregator/errors/store_failed")]
        if store_failed:
            fail(
                f"the store failed during the crawl of {', '.join(store_failed)} (see the log): "
                "those crawls stopped; everything committed before is kept"
            )
            self.exitcode = EXIT_FAILED
        try:
            report, health = report_runs(self.settings, runs, started)
        except (OSError, SQLAlchemyError) as exc:
            fail(f"cannot record the run: {first_line(exc)}")
            self.exitcode = EXIT_FAILED
            self._release()
            return
        flags = {site: h.flags for site, h in health.items()}
        echo(render_table(report, flags))
        if self.settings.get("AGGREGATOR_REPORT_PATH"):
            echo(f"Run report: {self.settings.get('AGGREGATOR_REPORT_PATH')}")
        if runs and report["totals"]["failed_sites"] == len(runs):
            self.exitcode = EXIT_FAILED
        if round_ is not None and not self._leave_round(round_):
            self._release()
            return
        if opts.publish:
            note = "; the crawl is stored, the next publish will include it"
            self.locks.append(take_lock(self.settings, PUBLISH, self.lock_wait, note))
            try:
                echo(publish_from_settings(self.settings).summary())
            except (AggregatorError, ValueError, OSError, SQLAlchemyError) as exc:
                fail(f"publishing failed: {first_line(exc)}")
                self.exitcode = EXIT_FAILED
        self._release()

    def _join_round(self) -> Round | None:
        if self.frontier is None:
            return None
        try:
            round_ = self.frontier.join()
            if round_.stale:  # every worker of the last round died: settle it first
                settle_abandoned(
                    self.settings, self.frontier.abandoned(round_.stale), self.frontier
                )
                self.frontier.clear(round_.stale)
        except (RedisError, OSError, SQLAlchemyError) as exc:
            fail(f"cannot join the crawl round on Redis: {first_line(exc)}")
            self._release()
            raise SystemExit(EXIT_FAILED) from None
        echo(f"Round {round_.id}: worker {round_.worker}")
        return round_

    def _leave_round(self, round_: Round) -> bool:
        """Leave the round; True when this worker was its last and publishes."""
        assert self.frontier is not None
        try:
            last, dead = round_.leave()
            if not last:
                echo(f"Round {round_.id}: other workers are still crawling; the last one publishes")
                return False
            if dead:
                settle_abandoned(
                    self.settings, self.frontier.abandoned(round_.id, dead), self.frontier
                )
            self.frontier.clear(round_.id)
            if settled := reconcile_round(self.settings, round_.started):
                echo(f"Round {round_.id}: {settled} near-duplicate marks settled across workers")
        except (RedisError, OSError, SQLAlchemyError) as exc:
            fail(f"cannot close the crawl round on Redis: {first_line(exc)}")
            self.exitcode = EXIT_FAILED
            return False
        echo(f"Round {round_.id}: last worker to finish" + (f" ({len(dead)} dead)" if dead else ""))
        return True

    def _release(self) -> None:
        for lock in reversed(self.locks):
            lock.release()
