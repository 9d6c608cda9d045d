"""`scrapy places NAME [--province SLUG]`: which units a place name resolves to.

For operators checking a tag. Lists today's communes, wards and special zones called NAME
(with their code, province and feed), then the pre-merger units of that name (with their
district and old province) and the unit(s) that took each over. NAME may carry its unit word
("xã Minh Quang", "huyện Chiêm Hóa") to narrow the kind.

`scrapy places --url URL` shows how a stored story was tagged: every mention found, what it
resolved to, or why it stayed unresolved. `scrapy places --retag` tags every stored story again
(after an upgrade of the tagger or of its data), holding the store's crawl lock; the feeds
change at the next publish.

Exit status: 0 found, 1 nothing called NAME (or URL not stored), 2 bad input, 3 a crawl holds
the store (--retag).
"""

from __future__ import annotations

import argparse

from scrapy.commands import ScrapyCommand

from aggregator.commands import echo, exit_with, fail, lock_wait, require_store, take_lock
from aggregator.locking import CRAWL
from aggregator.places import gazetteer
from aggregator.placetags import Outcome, tag_places
from aggregator.publishing.model import province_name
from aggregator.storage import ArticleStore
from aggregator.taxonomy import PROVINCES

REASONS = {
    "ambiguous": "ambiguous: several units have this name here, left untagged",
    "unknown": "no such unit in the story's province, the provinces it names or their neighbours",
    "too-broad": "a whole former district: more units than a tag should claim",
    "not-a-unit": "a province, used as context",
}


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False
    default_settings = {"LOG_LEVEL": "WARNING"}

    def syntax(self) -> str:
        return "NAME [--province SLUG] | --url URL | --retag"

    def short_desc(self) -> str:
        return "Which communes/wards a place name resolves to (current and former names)"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--province", metavar="SLUG", help="only this province (its slug)")
        parser.add_argument("--url", metavar="URL", help="how this stored story was tagged")
        parser.add_argument(
            "--retag", action="store_true", help="tag every stored story again (then publish)"
        )

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if opts.province and opts.province not in PROVINCES:
            exit_with(
                f"--province: unknown province {opts.province!r} (see aggregator/taxonomy.py)"
            )
        if opts.url or opts.retag:
            if args:
                exit_with("give a NAME, or --url, or --retag, not several")
            # Re-tagging writes what a crawl writes: not while one runs (exit 3 names it).
            lock = take_lock(self.settings, CRAWL, lock_wait(self.settings)) if opts.retag else None
            store = ArticleStore(require_store(self.settings))
            try:
                self.exitcode = self._story(store, opts.url) if opts.url else self._retag(store)
            finally:
                store.close()
                if lock is not None:
                    lock.release()
            return
        name = " ".join(args).strip()
        if not name:
            exit_with('a place name is needed, e.g. scrapy places "Minh Quang"')
        self.exitcode = self._lookup(name, opts.province or "")

    @staticmethod
    def _lookup(name: str, province: str) -> int:
        g = gazetteer()
        current, former = g.lookup(name)
        if province:
            current = [u for u in current if u.province == province]
            former = [f for f in former if f.province == province]
        if not current and not former:
            echo(f"no commune, ward or former unit is called {name!r}")
            return 1
        if current:
            echo("today (since 1 July 2025):")
            for unit in current:
                echo(
                    f"  {unit.code}  {unit.name}, {province_name(unit.province)}  "
                    f"feed: {unit.feed_path}.rss"
                )
        if former:
            echo("former names (before 1 July 2025) -> the unit(s) that took them over:")
            for f in former:
                where = ", ".join(part for part in (f.district, f.old_province) if part)
                targets = "; ".join(
                    f"{g.units[c].name} ({c})" for c in f.successors if c in g.units
                )
                new = province_name(f.province)
                echo(f"  {f.name}, {where} -> {targets}, {new}")
        echo(f"{len(current)} current, {len(former)} former")
        return 0

    @staticmethod
    def _story(store: ArticleStore, url: str) -> int:
        stored = store.get(url)
        if stored is None:
            fail(f"not a stored article: {url}")
            return 1
        a = stored.article
        outcomes: list[Outcome] = []
        tag_places(a.title, a.summary, a.body_text, a.province, a.published, outcomes=outcomes)
        echo(f"{a.title} ({a.province}, {a.published:%Y-%m-%d})")
        for outcome in outcomes:
            m = outcome.mention
            extra = ", ".join(
                part
                for part in (
                    m.district and f"district {m.district}",
                    m.province and f"province {m.province}",
                    "marked cũ" if m.former else "",
                )
                if part
            )
            head = f"  {m.text!r}" + (f" [{extra}]" if extra else "")
            if outcome.units:
                units = "; ".join(f"{u.name} ({u.code})" for u in outcome.units)
                echo(f"{head} -> {units} [{outcome.how}]")
            else:
                echo(f"{head} -> {REASONS.get(outcome.reason or '', outcome.reason)}")
        stored_places = store.places_of(url)
        echo("stored: " + ("; ".join(f"{p.name} ({p.code})" for p in stored_places) or "no places"))
        return 0

    @staticmethod
    def _retag(store: ArticleStore) -> int:
        seen = changed = 0
        for stored in store.iter_articles(status=None):
            a = stored.article
            places = tag_places(a.title, a.summary, a.body_text, a.province, a.published)
            seen += 1
            before = {(p.code, p.how) for p in store.places_of(a.url)}
            if before != {(p.code, p.how) for p in places}:
                store.replace_places(a.url, places)
                changed += 1
        echo(f"retagged {seen} stories: {changed} changed (publish to update the feeds)")
        return 0
