"""Which stored articles go into which feed: one ordered pass over the store, narrow columns first.

Rules (docs/feeds.md): only status "published"; newest first by publication date, ties broken by
guid (the store's own total order); at most ``max_items`` per feed and, when ``max_days`` is set,
nothing older than ``max_days`` before the newest published article in the store (the store's
clock, not the wall clock, so the same store always gives the same feeds). A near-duplicate copy
(``dup_of`` set) appears in its own site's feed only; the original carries the story everywhere
else.

The pass reads only ids and grouping columns, bucketing rows into feeds until every feed is full,
then fetches the full rows of the few thousand selected articles. With 100k stored articles this
is what keeps a publish within seconds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import case, func, select, true
from sqlalchemy.engine import Engine

from aggregator.storage import articles

FeedKey = tuple[str, str]  # (kind, slug): ("all", ""), ("category", "kinh-te"), ("site", "x")
ALL: FeedKey = ("all", "")

# The columns a feed item needs (never the dedup signature or spam bookkeeping).
_ITEM_COLUMNS = (
    articles.c.id,
    articles.c.url,
    articles.c.guid,
    articles.c.site,
    articles.c.title,
    articles.c.summary,
    articles.c.body_text,
    articles.c.body_html,
    articles.c.authors,
    articles.c.credit,
    articles.c.image,
    articles.c.category,
    articles.c.province,
    articles.c.published,
    articles.c.updated,
    articles.c.language,
)
_IN_CHUNK = 500  # SQLite's default limit on bound parameters is far above this; PostgreSQL too


@dataclass(slots=True)
class Selection:
    """The outcome of one selection pass."""

    members: dict[FeedKey, list[int]] = field(default_factory=dict)  # row ids, newest first
    totals: Counter[FeedKey] = field(default_factory=Counter)  # published articles per feed
    rows: dict[int, Any] = field(default_factory=dict)  # row id -> full row (_ITEM_COLUMNS)
    injected_sites: set[str] = field(default_factory=set)  # sites that served a spam <title>
    newest: datetime | None = None  # newest publication date in the store (aware, UTC)


def feed_keys_for(site: str, category: str, province: str, is_copy: bool) -> list[FeedKey]:
    """The feeds an article belongs to; a near-duplicate copy only to its own site's feed."""
    if is_copy:
        return [("site", site)]
    return [ALL, ("category", category), ("province", province), ("site", site)]


def select_items(
    engine: Engine,
    wanted: Iterable[FeedKey],
    *,
    max_items: int,
    max_days: float | None = None,
) -> Selection:
    """Pick the newest ``max_items`` published articles for every feed in *wanted*."""
    wanted = set(wanted)
    result = Selection(members={key: [] for key in wanted})
    published = articles.c.status == "published"
    is_copy = articles.c.dup_of.is_not(None)
    with engine.connect() as conn:
        # One scan for counts and the injected-title flag (which counts quarantined articles
        # too): the store keeps these columns after the article text, so every aggregate is a
        # full table read and one is cheaper than two.
        grouped = conn.execute(
            select(
                articles.c.site,
                articles.c.category,
                articles.c.province,
                is_copy.label("is_copy"),
                func.sum(case((published, 1), else_=0)),
                func.max(case((articles.c.title_injected == true(), 1), else_=0)),
            ).group_by(articles.c.site, articles.c.category, articles.c.province, is_copy)
        )
        for site, category, province, copy, count, injected in grouped:
            if injected:
                result.injected_sites.add(site)
            if not count:
                continue
            for key in feed_keys_for(site, category, province, bool(copy)):
                result.totals[key] += count
        newest = conn.scalar(select(func.max(articles.c.published)).where(published))
        result.newest = newest.replace(tzinfo=UTC) if newest else None

        # A feed is full when it has max_items or everything it could ever get.
        needed = {
            key: min(max_items, result.totals[key]) for key in wanted if result.totals[key] > 0
        }
        open_feeds = sum(1 for n in needed.values() if n > 0)
        query = (
            select(
                articles.c.id, articles.c.site, articles.c.category, articles.c.province, is_copy
            )
            .where(published)
            .order_by(articles.c.published.desc(), articles.c.guid)
        )
        if max_days is not None and newest is not None:
            query = query.where(articles.c.published >= newest - timedelta(days=max_days))
        chosen: set[int] = set()
        rows = conn.execution_options(stream_results=True, yield_per=5000).execute(query)
        for row_id, site, category, province, copy in rows:
            if open_feeds == 0:
                break
            for key in feed_keys_for(site, category, province, bool(copy)):
                members = result.members.get(key)
                if members is None or len(members) >= needed[key]:
                    continue
                members.append(row_id)
                chosen.add(row_id)
                if len(members) == needed[key]:
                    open_feeds -= 1
        rows.close()

        ordered = sorted(chosen)
        for start in range(0, len(ordered), _IN_CHUNK):
            chunk = ordered[start : start + _IN_CHUNK]
            for row in conn.execute(select(*_ITEM_COLUMNS).where(articles.c.id.in_(chunk))):
                result.rows[row.id] = row
    return result
