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

Place feeds (one per commune or ward that has stories) are chosen by one more query over the
``article_places`` table, ranked per unit in the database, since thousands of small feeds would
keep the ordered pass from ever stopping early. Their members come back as narrow rows only
(:data:`_STAMP_COLUMNS`): publishing fingerprints each place feed from them and fetches full
rows (:func:`fetch_rows`) only for the feeds that changed, a province at a time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import case, func, select, true
from sqlalchemy.engine import Engine

from aggregator.items import PlaceTag
from aggregator.storage import article_places, articles

FeedKey = tuple[str, str]  # (kind, slug): ("all", ""), ("category", "kinh-te"), ("site", "x")
ALL: FeedKey = ("all", "")


def place_key(province: str, slug: str) -> FeedKey:
    """The feed key of a unit's place feed: ("place", "tuyen-quang/xa-minh-quang")."""
    return ("place", f"{province}/{slug}")


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
# What a place feed's fingerprint is made of: every column an item shows, the text columns by
# their content hash (title, summary, body text, image) and the HTML body by its length.
_STAMP_COLUMNS = (
    articles.c.id,
    articles.c.url,
    articles.c.guid,
    articles.c.site,
    articles.c.title,
    articles.c.summary,
    articles.c.authors,
    articles.c.credit,
    articles.c.image,
    articles.c.category,
    articles.c.province,
    articles.c.published,
    articles.c.updated,
    articles.c.content_hash,
    func.length(articles.c.body_html).label("html_length"),
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
    places: dict[FeedKey, PlaceTag] = field(default_factory=dict)  # units with stories
    item_places: dict[int, list[PlaceTag]] = field(default_factory=dict)  # row id -> its places
    stamps: dict[int, Any] = field(default_factory=dict)  # place feed members: _STAMP_COLUMNS


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
    place_items: int = 0,
) -> Selection:
    """Pick the newest ``max_items`` published articles for every feed in *wanted*, and the
    newest ``place_items`` for every unit with stories (none when 0)."""
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
        placed: set[int] = set()
        if place_items > 0:
            since = newest - timedelta(days=max_days) if max_days and newest else None
            placed = _select_places(conn, result, place_items, since)
        rows_, places_ = _fetch(conn, chosen, _ITEM_COLUMNS)
        result.rows.update(rows_)
        result.item_places.update(places_)
        result.stamps, places_ = _fetch(conn, placed, _STAMP_COLUMNS)
        result.item_places.update(places_)
    return result


def fetch_rows(engine: Engine, ids: Iterable[int]) -> dict[int, Any]:
    """Full item rows (:data:`_ITEM_COLUMNS`) of *ids*."""
    with engine.connect() as conn:
        return _fetch(conn, set(ids), _ITEM_COLUMNS)[0]


def fetch_with_places(
    engine: Engine, ids: Iterable[int]
) -> tuple[dict[int, Any], dict[int, list[PlaceTag]]]:
    """Full item rows (:data:`_ITEM_COLUMNS`) of *ids*, and their places: a query feed's."""
    with engine.connect() as conn:
        return _fetch(conn, set(ids), _ITEM_COLUMNS)


def _fetch(
    conn: Any, ids: set[int], columns: tuple[Any, ...]
) -> tuple[dict[int, Any], dict[int, list[PlaceTag]]]:
    """Rows of *ids* with *columns*, and each row's places (code order)."""
    rows: dict[int, Any] = {}
    item_places: dict[int, list[PlaceTag]] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), _IN_CHUNK):
        chunk = ordered[start : start + _IN_CHUNK]
        for row in conn.execute(select(*columns).where(articles.c.id.in_(chunk))):
            rows[row.id] = row
        places = select(article_places).where(article_places.c.article.in_(chunk))
        for row in conn.execute(places.order_by(article_places.c.code)):
            item_places.setdefault(row.article, []).append(
                PlaceTag(row.code, row.name, row.province, row.slug, row.how, row.mention)
            )
    return rows, item_places


def _select_places(conn: Any, result: Selection, limit: int, since: datetime | None) -> set[int]:
    """Fill *result* with every unit that has published stories (originals, not copies) and
    its newest *limit* of them; the chosen row ids."""
    story = (articles.c.status == "published") & articles.c.dup_of.is_(None)
    joined = article_places.join(articles, articles.c.id == article_places.c.article)
    counts = conn.execute(
        select(
            article_places.c.code,
            func.max(article_places.c.province),
            func.max(article_places.c.slug),
            func.max(article_places.c.name),
            func.count(),
        )
        .select_from(joined)
        .where(story)
        .group_by(article_places.c.code)
    )
    keys: dict[str, FeedKey] = {}
    for code, province, slug, name, count in counts:
        key = place_key(province, slug)
        keys[code] = key
        result.places[key] = PlaceTag(code, name, province, slug, how="")
        result.totals[key] = count
        result.members[key] = []
    rank = (
        func.row_number()
        .over(
            partition_by=article_places.c.code,
            order_by=(articles.c.published.desc(), articles.c.guid),
        )
        .label("rank")
    )
    ranked = select(article_places.c.code, articles.c.id, rank).select_from(joined).where(story)
    if since is not None:
        ranked = ranked.where(articles.c.published >= since)
    inner = ranked.subquery()
    query = (
        select(inner.c.code, inner.c.id)
        .where(inner.c.rank <= limit)
        .order_by(inner.c.code, inner.c.rank)
    )
    chosen: set[int] = set()
    for code, row_id in conn.execute(query):
        result.members[keys[code]].append(row_id)
        chosen.add(row_id)
    return chosen
