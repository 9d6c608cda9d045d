"""Dedupe: the same story republished on several sites is grouped, and one copy is the original.

Same-site duplicates never get here as two articles: the store upserts by canonical URL and by the
site's article id. Across sites, provincial papers republish each other and the national wire
("Theo TQĐT", "(Theo TTXVN)"); near-duplicate bodies (MinHash LSH, aggregator.neardup) form a
group whose original is the credited source's copy, else the earliest. Copies keep their place in
their own site's feed; category, province and "all" feeds show the original only.

The index holds the stories of the last AGGREGATOR_DEDUP_DAYS days (republishing happens within
days), loaded once per process and shared by every site's crawler in a `crawlall`, so copies
crawled in the same run find each other. Lookups are sub-linear: no pairwise pass.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import ClassVar

from scrapy.crawler import Crawler

from aggregator.items import Article
from aggregator.neardup import Copy, NearDupIndex, group_keys, pick_original, signature
from aggregator.pipelines.base import Stage
from aggregator.sites import SiteConfig, registry
from aggregator.storage import ArticleStore, shared_store
from aggregator.text import fold, match_key


@dataclass
class _Shared:
    index: NearDupIndex
    copies: dict[str, Copy]  # index key (guid) -> what pick_original needs
    credit_sites: dict[str, str]  # folded outlet name -> site id
    # This process's decisions, key -> original key ("" = is an original): the store pipeline
    # applies them at flush, so a copy still waiting in another site's batch is marked too.
    decisions: dict[str, str] = field(default_factory=dict)


class DedupePipeline(Stage):
    stage = "dedupe"
    _shared: ClassVar[dict[str, _Shared]] = {}  # per store URL, for every crawler of the process

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        settings = crawler.settings
        self.store = shared_store(settings.get("AGGREGATOR_DB_URL"))
        self.window = timedelta(days=settings.getint("AGGREGATOR_DEDUP_DAYS", 14))
        key = settings.get("AGGREGATOR_DB_URL")
        if key not in self._shared:
            sites = registry(
                settings.get("AGGREGATOR_SITES_DIR", ""),
                settings.get("AGGREGATOR_SAMPLES_BASE", ""),
            )
            self._shared[key] = self._load(sites)
        self.shared = self._shared[key]

    def _load(self, sites: dict[str, SiteConfig]) -> _Shared:
        shared = _Shared(NearDupIndex(), {}, credit_sites(sites.values()))
        since = datetime.now(UTC) - self.window
        for guid, site, published, credit, sig in self.store.recent_signatures(since):
            shared.index.add(guid, sig)
            shared.copies[guid] = Copy(guid, site, published, credit)
        return shared

    def process_item(self, item: Article) -> Article:
        if item.quarantined:
            return item
        item.signature = signature(item.body_text)
        if not item.signature:
            self.count("too_short_to_compare")
            return item
        shared = self.shared
        new = Copy(item.url, item.site, item.published, item.credit)
        others = [
            shared.copies[key]
            for key in shared.index.query(item.signature)
            if key in shared.copies and shared.copies[key].site != item.site
        ]
        if others:
            group = [new, *others]
            original = pick_original(group, shared.credit_sites)
            item.dup_of = "" if original is new else original.key
            # Stored copies point at the (possibly new) original; the original points nowhere.
            copies = [c.key for c in others if c is not original]
            self.store.set_dup_of(copies, original.key)
            shared.decisions.update(dict.fromkeys(copies, original.key))
            shared.decisions[new.key] = item.dup_of
            if original is not new:
                self.store.set_dup_of([original.key], None)
                shared.decisions[original.key] = ""
            self.count("copies" if item.dup_of else "originals_of_stored_copies")
        else:
            # Alone now: an edited story that was a copy earlier in this process is not any more.
            shared.decisions.pop(item.url, None)
        # An edited story (the same key again) is compared under its new text from now on.
        shared.index.replace(item.url, item.signature)
        shared.copies[item.url] = new
        return item


def reconcile_copies(
    store: ArticleStore, sites: dict[str, SiteConfig], window: timedelta, touched_since: datetime
) -> int:
    """Settle near-duplicate groups after a round of several workers; returns the stories whose
    ``dup_of`` changed.

    Each worker's index knows the stories stored before it started and those it crawled itself,
    so two copies crawled by two workers of one round never met. The round's last worker
    groups the stored stories of the window again (one LSH query each) and, in every group
    across sites with a story stored or seen since *touched_since*, marks the original the
    pipeline would have picked (``pick_original``) and points the other copies at it."""
    now = datetime.now(UTC)
    rows = store.recent_copies(now - window, touched_since)
    copies = {
        guid: Copy(guid, site, published, credit) for guid, site, published, credit, *_ in rows
    }
    current = {row[0]: row[5] for row in rows}
    touched = {row[0] for row in rows if row[6] >= touched_since}
    credits = credit_sites(sites.values())
    changed = 0
    for group in group_keys(NearDupIndex(), ((row[0], row[4]) for row in rows)):
        members = [copies[key] for key in group]
        if len({c.site for c in members}) < 2 or not touched.intersection(group):
            continue
        original = pick_original(members, credits)
        for copy in members:
            wanted = "" if copy is original else original.key
            if current[copy.key] != wanted:
                store.set_dup_of([copy.key], wanted or None)
                changed += 1
    return changed


def credit_sites(sites: object) -> dict[str, str]:
    """Folded outlet names a credit line may use ("Theo TQĐT", "Theo Báo Tuyên Quang") -> site id."""
    table: dict[str, str] = {}
    for site in sites:  # type: ignore[attr-defined]
        for name in (site.name, *site.credit_names):
            table[fold(match_key(name))] = site.id
    return table


def decided_dup_of(db_url: str, key: str, default: str) -> str:
    """The latest dedup decision of this process for *key* (for the store's delayed writes)."""
    shared = DedupePipeline._shared.get(db_url)
    return shared.decisions.get(key, default) if shared else default
