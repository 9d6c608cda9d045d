"""``scrapy search QUERY [--province …] [--category …] [--site …] [--since DAYS] [--limit N]``:
the stored stories that match, best first, for operators (the engine of the query feeds)."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, timedelta

from aggregator.cli import QuietCommand
from aggregator.commands import EXIT_FAILED, echo, exit_with, require_store
from aggregator.publishing.model import to_vn
from aggregator.search import QueryError, SearchTooSlow, parse_request
from aggregator.storage import ArticleStore
from aggregator.taxonomy import CATEGORIES, PROVINCES


class Command(QuietCommand):
    requires_project = True

    def syntax(self) -> str:
        return "QUERY [--province SLUG] [--category SLUG] [--site ID] [--since DAYS] [--limit N]"

    def short_desc(self) -> str:
        return 'Search stored stories (diacritic-insensitive; "phrases", -exclusion, OR)'

    def long_desc(self) -> str:
        return (
            'Search the stored, published stories: `scrapy search "sạt lở" --province lao-cai`. '
            'Words match without tone marks or case ("sat lo" finds "sạt lở", "Da Nang" finds '
            '"Đà Nẵng"); "a phrase" in quotes; -word or -"a phrase" excludes; OR between two '
            "terms. Best matches first (a match in the title or sapo counts more); --by-date for "
            "newest first. Filters repeat: --province a --province b."
        )

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        for name, what in (
            ("province", "a province slug (tuyen-quang)"),
            ("category", "a category slug (kinh-te)"),
            ("site", "a site id (baotuyenquang)"),
            ("place", "a commune or ward: province/slug or GSO code"),
        ):
            parser.add_argument(
                f"--{name}", action="append", default=[], help=f"{what}; repeatable"
            )
        parser.add_argument(
            "--since", metavar="DAYS", default="", help="published in the last DAYS"
        )
        parser.add_argument("--limit", default="20", help="at most this many (default 20, max 200)")
        parser.add_argument("--by-date", action="store_true", help="newest first")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) > 1:
            exit_with('give the query as one argument, in quotes: scrapy search "sạt lở"')
        params = {
            "q": args[:1],
            "province": opts.province,
            "category": opts.category,
            "site": opts.site,
            "place": opts.place,
            "since": [opts.since],
            "limit": [opts.limit],
        }
        try:
            request = parse_request(params, provinces=PROVINCES, categories=CATEGORIES)
        except QueryError as exc:
            exit_with(str(exc))
        store = ArticleStore(require_store(self.settings))
        since = None
        if request.since_days is not None:
            since = datetime.now(UTC) - timedelta(days=request.since_days)
        try:
            found = store.search(
                request.query,
                **request.filters(),
                since=since,
                order="date" if opts.by_date else "relevance",
            )
        except SearchTooSlow as exc:
            exit_with(str(exc), EXIT_FAILED)
        finally:
            store.close()
        for stored in found:
            a = stored.article
            when = to_vn(a.published).strftime("%d/%m/%Y %H:%M") if a.published else ""
            echo(f"{when}  {a.site:<18} {a.title}")
            echo(f"                  {a.url}")
        echo(f"{len(found)} stor{'y' if len(found) == 1 else 'ies'}")
