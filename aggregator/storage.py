"""ArticleStore: the one place articles live between crawls (SQLAlchemy Core).

SQLite file by default, PostgreSQL by URL (same schema). Articles are upserted by canonical URL,
or by the site's own article id when the URL changed (a slug edit, a moved section), so an edited
article updates in place and keeps its feed id (``guid``). Each upsert is its own transaction, so
a crash mid-run loses at most the article being written, never what was stored before.

Datetimes are stored as UTC and come back aware.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    bindparam,
    create_engine,
    event,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from aggregator import fulltext
from aggregator.items import Article, PlaceTag
from aggregator.schema import ensure_schema
from aggregator.search import Query

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("url", String(2048), nullable=False, unique=True),
    Column("guid", String(2048), nullable=False, unique=True),  # never changes for an article
    Column("site", String(64), nullable=False, index=True),
    Column("article_id", String(64)),
    Column("title", Text, nullable=False),
    Column("summary", Text, nullable=False, default=""),
    Column("body_text", Text, nullable=False, default=""),
    Column("body_html", Text, nullable=False, default=""),
    Column("authors", Text, nullable=False, default="[]"),  # JSON list
    Column("credit", Text, nullable=False, default=""),
    Column("image", String(2048), nullable=False, default=""),
    Column("section", Text, nullable=False, default=""),
    Column("category", String(32), nullable=False, index=True),
    Column("province", String(32), nullable=False, index=True),
    Column("tags", Text, nullable=False, default="[]"),  # JSON list
    Column("language", String(8), nullable=False, default="vi"),
    Column("published", DateTime, nullable=False, index=True),  # UTC
    Column("updated", DateTime),  # UTC
    Column("first_seen", DateTime, nullable=False),  # UTC, crawl clock
    Column("last_seen", DateTime, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("status", String(16), nullable=False, default="published"),  # or "quarantined"
    Column("spam_score", Float, nullable=False, default=0.0),
    Column("spam_reasons", Text, nullable=False, default="[]"),
    Column("page_title", Text, nullable=False, default=""),
    Column("title_injected", Boolean, nullable=False, default=False),
    Column(
        "dup_of", String(2048)
    ),  # guid of the original when this is a copy of another site's story
    Column("signature", LargeBinary),  # near-duplicate signature of the body
    Index("ix_articles_site_article_id", "site", "article_id"),
    Index("ix_articles_status_published", "status", "published"),
    # Covers publishing's per-feed counts, so they are an index-only scan (docs/feeds.md).
    Index(
        "ix_articles_feed_keys",
        "status",
        "site",
        "category",
        "province",
        "dup_of",
        "title_injected",
    ),
)

# The communes and wards each story is about (aggregator.placetags), replaced with the article.
# Name, province and feed slug are kept with the code, so publishing needs no gazetteer.
article_places = Table(
    "article_places",
    metadata,
    Column(
        "article",
        Integer,
        ForeignKey("articles.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("code", String(8), primary_key=True),  # GSO code of the current unit
    Column("province", String(32), nullable=False),
    Column("slug", String(128), nullable=False),  # place/<province>/<slug>.rss
    Column("name", Text, nullable=False),
    Column("how", String(16), nullable=False),  # "name", "former", "district"
    Column("mention", Text, nullable=False, default=""),  # as written in the story
    # "Articles of this unit" (place feeds, query feeds) reads by code.
    Index("ix_article_places_code", "code", "article"),
)

# The write path's statements, built once: building a statement per article (``.values(**row)``)
# cost more than executing it. Bind names differ from column names, which SQLAlchemy reserves.
_FIND_COLUMNS = (
    articles.c.id, articles.c.url, articles.c.content_hash, articles.c.status,
    articles.c.spam_reasons, articles.c.updated,
)  # fmt: skip
_FIND_BY_URL = select(*_FIND_COLUMNS).where(articles.c.url == bindparam("find_url"))
_FIND_BY_ID = select(*_FIND_COLUMNS).where(
    articles.c.site == bindparam("find_site"), articles.c.article_id == bindparam("find_id")
)
_INSERT = articles.insert()
_UPDATE = update(articles).where(articles.c.id == bindparam("row_id"))
_DELETE_PLACES = article_places.delete().where(
    article_places.c.article == bindparam("place_article")
)
_INSERT_PLACE = article_places.insert()
_INDEXED_TEXT = select(
    articles.c.title, articles.c.summary, articles.c.body_text, articles.c.published
).where(articles.c.id == bindparam("row_id"))
_TOUCH = (
    update(articles).where(articles.c.id == bindparam("row_id")).values(last_seen=bindparam("seen"))
)

Outcome = Literal["new", "updated", "unchanged"]
_CONCURRENT_TRIES = 3  # a batch that met another writer's insert of the same URL is done again
RELEASED = "released-by-operator"  # in spam_reasons: an operator released it from quarantine


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article as the store holds it: the Article plus the store's own bookkeeping."""

    article: Article
    guid: str
    first_seen: datetime
    status: str
    dup_of: str | None


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError(f"naive datetime reached the store: {value!r}")
    return value.astimezone(UTC).replace(tzinfo=None)


def _aware(value: datetime | None) -> datetime | None:
    return None if value is None else value.replace(tzinfo=UTC)


def content_hash(article: Article) -> str:
    """What counts as an edit: a change of title, summary or text (not of crawl bookkeeping)."""
    digest = hashlib.sha256()
    for part in (article.title, article.summary, article.body_text, article.image):
        digest.update(part.encode())
        digest.update(b"\x00")
    return digest.hexdigest()


# Switching a new file to WAL needs it alone for a moment; two processes opening the same new
# store at once can both hold a read lock there, and SQLite then answers "database is locked"
# at once instead of waiting (its busy handler would deadlock). The loser tries again.
_WAL_TRIES = 100
_WAL_PAUSE = 0.05  # seconds: 5 s in all, sqlite3's own busy timeout


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL: readers (publish, serve) never block the crawl's writer; a crash leaves a valid file.
    for attempt in range(_WAL_TRIES):
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            break
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == _WAL_TRIES - 1:
                raise
            time.sleep(_WAL_PAUSE)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for *url*; for a SQLite file, its folder is created and WAL is switched on."""
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


class ArticleStore:
    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        ensure_schema(self.engine)  # made at the newest revision, or one line on what to do

    def close(self) -> None:
        self.engine.dispose()

    # --- writing ----------------------------------------------------------------------------------

    def upsert(self, article: Article, *, now: datetime) -> Outcome:
        """Insert or update *article* in its own transaction; say whether it was new, edited or
        unchanged."""
        return self.upsert_many([article], now=now)[0]

    def upsert_many(self, batch: Sequence[Article], *, now: datetime) -> list[Outcome]:
        """Upsert *batch* in one transaction (all or nothing), for a crawl's write path.

        A quarantined article is stored as "quarantined", unless an operator released that URL
        before: then it stays published. ``dup_of`` and ``signature`` come from the article.
        """
        for attempt in range(_CONCURRENT_TRIES):
            outcomes: list[Outcome] = []
            try:
                with self.engine.begin() as conn:
                    for article in batch:
                        outcomes.append(self._upsert(conn, article, now))
            except IntegrityError:
                # Another writer (a worker of the same round on PostgreSQL) inserted one of these
                # URLs between our look-up and our insert. The unique keys (url, guid) refused
                # the copy and the batch was rolled back whole; done again, the look-up finds
                # that row and updates it.
                if attempt + 1 == _CONCURRENT_TRIES:
                    raise
                continue
            return outcomes
        raise AssertionError("unreachable")

    def _upsert(self, conn: Any, article: Article, now: datetime) -> Outcome:
        if article.published is None:
            raise ValueError(f"article without a publication date: {article.url}")
        digest = content_hash(article)
        row = self._find(conn, article)
        status = "quarantined" if article.quarantined else "published"
        if status == "quarantined" and row is not None and RELEASED in json.loads(row.spam_reasons):
            status = "published"
        values: dict[str, Any] = {
            "url": article.url,
            "site": article.site,
            "article_id": article.article_id or None,
            "title": article.title,
            "summary": article.summary,
            "body_text": article.body_text,
            "body_html": article.body_html,
            "authors": json.dumps(article.authors, ensure_ascii=False),
            "credit": article.credit,
            "image": article.image,
            "section": article.section,
            "category": article.category,
            "province": article.province,
            "tags": json.dumps(article.tags, ensure_ascii=False),
            "language": article.language,
            "published": _utc(article.published),
            "updated": _utc(article.updated),
            "last_seen": _utc(now),
            "content_hash": digest,
            "status": status,
            "spam_score": article.spam_score,
            "spam_reasons": json.dumps(article.spam_reasons, ensure_ascii=False),
            "page_title": article.page_title,
            "title_injected": article.title_injected,
            "dup_of": article.dup_of or None,
            "signature": article.signature or None,
        }
        if row is None:
            result = conn.execute(_INSERT, {**values, "guid": article.url, "first_seen": _utc(now)})
            row_id = result.inserted_primary_key[0]
            self._write_places(conn, row_id, article.places, new=True)
            if status == "published":
                fulltext.add(conn, row_id, _indexed(values))
            return "new"
        if row.content_hash == digest and row.url == article.url and row.status == status:
            conn.execute(_TOUCH, {"row_id": row.id, "seen": _utc(now)})
            return "unchanged"
        if RELEASED in json.loads(row.spam_reasons):
            values["spam_reasons"] = json.dumps(
                [*article.spam_reasons, RELEASED], ensure_ascii=False
            )
        values["updated"] = _edited_at(values["updated"], row, digest, _utc(now))
        was = _indexed_text(conn, row.id) if row.status == "published" else None
        conn.execute(_UPDATE, {**values, "row_id": row.id})
        _reindex(conn, row.id, was, _indexed(values) if status == "published" else None)
        self._write_places(conn, row.id, article.places, new=False)
        return "updated"

    @staticmethod
    def _write_places(conn: Any, row_id: int, places: Sequence[PlaceTag], *, new: bool) -> None:
        """Replace the article's places, in the caller's transaction (with its upsert)."""
        if not new:
            conn.execute(_DELETE_PLACES, {"place_article": row_id})
        if places:
            conn.execute(
                _INSERT_PLACE,
                [
                    {
                        "article": row_id,
                        "code": p.code,
                        "province": p.province,
                        "slug": p.slug,
                        "name": p.name,
                        "how": p.how,
                        "mention": p.mention,
                    }
                    for p in places
                ],
            )

    def replace_places(self, url: str, places: Sequence[PlaceTag]) -> bool:
        """Re-tag one stored article (``scrapy places --retag``); False if *url* is not stored."""
        with self.engine.begin() as conn:
            row_id = conn.scalar(select(articles.c.id).where(articles.c.url == url))
            if row_id is None:
                return False
            self._write_places(conn, row_id, places, new=False)
        return True

    @staticmethod
    def _find(conn: Any, article: Article) -> Any:
        row = conn.execute(_FIND_BY_URL, {"find_url": article.url}).first()
        if row is None and article.article_id:
            params = {"find_site": article.site, "find_id": article.article_id}
            row = conn.execute(_FIND_BY_ID, params).first()
        return row

    # --- reading ----------------------------------------------------------------------------------

    def known_urls(self, site: str) -> set[str]:
        """Canonical URLs already stored for *site*: the spider never requests them again."""
        with self.engine.connect() as conn:
            return set(conn.scalars(select(articles.c.url).where(articles.c.site == site)))

    def recent_urls(self, site: str, since: datetime) -> list[tuple[str, datetime]]:
        """(URL, published) of *site*'s stored articles published since *since*, newest first:
        candidates for the optional re-check of recent stories (aggregator.state.pick_rechecks)."""
        query = (
            select(articles.c.url, articles.c.published)
            .where(articles.c.site == site, articles.c.published >= _utc(since))
            .order_by(articles.c.published.desc())
        )
        with self.engine.connect() as conn:
            return [(row.url, row.published.replace(tzinfo=UTC)) for row in conn.execute(query)]

    def known_article_ids(self, site: str) -> set[str]:
        with self.engine.connect() as conn:
            rows = conn.scalars(
                select(articles.c.article_id).where(
                    articles.c.site == site, articles.c.article_id.is_not(None)
                )
            )
            return set(rows)

    def recent_signatures(self, since: datetime) -> Iterator[tuple[str, str, datetime, str, bytes]]:
        """(guid, site, published, credit, signature) of stored articles published since *since*."""
        query = select(
            articles.c.guid,
            articles.c.site,
            articles.c.published,
            articles.c.credit,
            articles.c.signature,
        ).where(articles.c.published >= _utc(since), articles.c.signature.is_not(None))
        with self.engine.connect() as conn:
            for row in conn.execution_options(yield_per=2000).execute(query):
                yield row.guid, row.site, _aware(row.published), row.credit, bytes(row.signature)

    def recent_copies(
        self, since: datetime, seen_since: datetime
    ) -> list[tuple[str, str, datetime, str, bytes, str, datetime]]:
        """(guid, site, published, credit, signature, dup_of or "", last_seen) of stored articles
        with a signature, published since *since* or crawled since *seen_since* (what a crawl's
        near-duplicate index holds: the window's stories and the run's own): near-duplicate
        groups settled after a round of several workers
        (``aggregator.pipelines.dedupe.reconcile_copies``)."""
        query = (
            select(
                articles.c.guid,
                articles.c.site,
                articles.c.published,
                articles.c.credit,
                articles.c.signature,
                articles.c.dup_of,
                articles.c.last_seen,
            )
            .where(
                (articles.c.published >= _utc(since)) | (articles.c.last_seen >= _utc(seen_since)),
                articles.c.signature.is_not(None),
            )
            .order_by(articles.c.guid)
        )
        with self.engine.connect() as conn:
            return [
                (
                    row.guid,
                    row.site,
                    _aware(row.published),
                    row.credit,
                    bytes(row.signature),
                    row.dup_of or "",
                    _aware(row.last_seen),
                )
                for row in conn.execute(query)
            ]

    def set_dup_of(self, guids: Sequence[str], original: str | None) -> None:
        """Mark stored articles as copies of *original* (None: as originals themselves)."""
        if not guids:
            return
        with self.engine.begin() as conn:
            conn.execute(
                update(articles).where(articles.c.guid.in_(list(guids))).values(dup_of=original)
            )

    def sites_with_injected_titles(self) -> set[str]:
        """Sites that served an injected (spam) <title> on a stored article: compromised."""
        query = select(articles.c.site).where(articles.c.title_injected.is_(True)).distinct()
        with self.engine.connect() as conn:
            return set(conn.scalars(query))

    def count(self, status: str | None = None) -> int:
        query = select(func.count()).select_from(articles)
        if status:
            query = query.where(articles.c.status == status)
        with self.engine.connect() as conn:
            return int(conn.scalar(query) or 0)

    def iter_articles(
        self, *, status: str | None = "published", sites: Sequence[str] | None = None
    ) -> Iterator[StoredArticle]:
        """Stored articles, newest first (ties by guid, so the order is total and stable)."""
        query = select(articles).order_by(articles.c.published.desc(), articles.c.guid)
        if status:
            query = query.where(articles.c.status == status)
        if sites:
            query = query.where(articles.c.site.in_(list(sites)))
        with self.engine.connect() as conn:
            for row in conn.execution_options(yield_per=2000).execute(query):
                yield _stored(row)

    def places_of(self, url: str) -> list[PlaceTag]:
        """The places stored for the article at *url*, in code order."""
        query = (
            select(article_places)
            .join(articles, articles.c.id == article_places.c.article)
            .where(articles.c.url == url)
            .order_by(article_places.c.code)
        )
        with self.engine.connect() as conn:
            return [_place(row) for row in conn.execute(query)]

    def place_articles(
        self, code: str, *, limit: int | None = None, status: str | None = "published"
    ) -> Iterator[StoredArticle]:
        """Articles about the unit *code*, newest first (ties by guid), copies of another
        paper's story left out as in every aggregate feed: the store query behind place feeds,
        and the hook for query feeds' ``place=`` (#14)."""
        query = (
            select(articles)
            .join(article_places, article_places.c.article == articles.c.id)
            .where(article_places.c.code == code, articles.c.dup_of.is_(None))
            .order_by(articles.c.published.desc(), articles.c.guid)
        )
        if status:
            query = query.where(articles.c.status == status)
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                yield _stored(row)

    def search_ids(
        self,
        query: Query | None,
        *,
        provinces: Sequence[str] = (),
        categories: Sequence[str] = (),
        sites: Sequence[str] = (),
        places: Sequence[str] = (),
        since: datetime | None = None,
        limit: int = 50,
        order: Literal["date", "relevance"] = "date",
        timeout: float = 5.0,
    ) -> list[int]:
        """Ids of the published stories that match *query* (None: every story) and every
        filter given, best first: newest first (ties by guid, as feeds), or by relevance (a
        match in the title, then the sapo, counts more than one in the body).

        A filter's values are alternatives (``provinces=["lao-cai", "tuyen-quang"]``); *places*
        are units as their feeds name them ("tuyen-quang/xa-minh-quang") or GSO codes. Copies
        of another paper's story are left out, as in every feed but the site's own. Raises
        ``aggregator.search.SearchTooSlow`` after *timeout* seconds.
        """
        dialect = self.engine.dialect.name
        found = fulltext.match(dialect, query) if query is not None else None
        statement = select(articles.c.id, articles.c.published, articles.c.guid).where(
            articles.c.status == "published", articles.c.dup_of.is_(None)
        )
        if found is not None:
            statement = statement.join_from(
                found.source, articles, articles.c.id == found.article_id
            ).where(found.where)
        if provinces:
            statement = statement.where(articles.c.province.in_(list(provinces)))
        if categories:
            statement = statement.where(articles.c.category.in_(list(categories)))
        if sites:
            statement = statement.where(articles.c.site.in_(list(sites)))
        if places:
            units = [
                (article_places.c.province == p.partition("/")[0])
                & (article_places.c.slug == p.partition("/")[2])
                if "/" in p
                else article_places.c.code == p
                for p in places
            ]
            statement = statement.where(
                articles.c.id.in_(select(article_places.c.article).where(or_(*units)))
            )
        if since is not None:
            statement = statement.where(articles.c.published >= _utc(since))
            if found is not None and found.newest is not None:  # FTS5 skips older stories
                statement = statement.where(found.newest >= fulltext.since_key(_utc(since)))
        by_date = (articles.c.published.desc(), articles.c.guid)
        if found is not None and order == "relevance":
            statement = statement.order_by(found.rank, *by_date)
        elif found is not None and found.newest is not None:
            # The index's own order (publication second, then id): FTS5 stops after *limit*.
            statement = statement.order_by(found.newest.desc())
        else:
            statement = statement.order_by(*by_date)
        with self.engine.connect() as conn, fulltext.time_limit(conn, timeout):
            rows = conn.execute(statement.limit(limit)).all()
        if order == "date":  # ties within a second as feeds break them: by guid
            rows.sort(key=lambda r: r.guid)
            rows.sort(key=lambda r: r.published, reverse=True)
        return [row.id for row in rows]

    def search(self, query: Query | None, **filters: Any) -> list[StoredArticle]:
        """:meth:`search_ids`' stories, in its order."""
        ids = self.search_ids(query, **filters)
        if not ids:
            return []
        with self.engine.connect() as conn:
            rows = {
                row.id: row for row in conn.execute(select(articles).where(articles.c.id.in_(ids)))
            }
        return [_stored(rows[i]) for i in ids if i in rows]

    def rebuild_search_index(self) -> int:
        """Index every published story again (after a change of the fold rules); how many."""
        with self.engine.begin() as conn:
            return fulltext.rebuild(conn)

    def get(self, url: str) -> StoredArticle | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(articles).where(articles.c.url == url)).first()
        return None if row is None else _stored(row)

    def set_status(self, url: str, status: str) -> bool:
        with self.engine.begin() as conn:
            row = conn.execute(select(*_FIND_COLUMNS).where(articles.c.url == url)).first()
            if row is None:
                return False
            text_ = _indexed_text(conn, row.id)
            conn.execute(update(articles).where(articles.c.id == row.id).values(status=status))
            was = text_ if row.status == "published" else None
            _reindex(conn, row.id, was, text_ if status == "published" else None)
        return True

    def release(self, url: str) -> bool:
        """An operator's decision that a quarantined item is not spam: publish it, and keep it
        published when a refresh crawl would quarantine it again."""
        with self.engine.begin() as conn:
            row = conn.execute(select(*_FIND_COLUMNS).where(articles.c.url == url)).first()
            if row is None:
                return False
            reasons = [*json.loads(row.spam_reasons), RELEASED]
            conn.execute(
                update(articles)
                .where(articles.c.id == row.id)
                .values(status="published", spam_reasons=json.dumps(reasons, ensure_ascii=False))
            )
            if row.status != "published":
                _reindex(conn, row.id, None, _indexed_text(conn, row.id))
        return True


def _indexed(values: dict[str, Any]) -> fulltext.Indexed:
    """What the search index is given for a row about to be written."""
    return fulltext.Indexed(
        values["title"], values["summary"], values["body_text"], values["published"]
    )


def _indexed_text(conn: Any, row_id: int) -> fulltext.Indexed:
    """What the search index was given for a stored row."""
    row = conn.execute(_INDEXED_TEXT, {"row_id": row_id}).one()
    return fulltext.Indexed(row.title, row.summary, row.body_text, row.published)


def _reindex(
    conn: Any, row_id: int, was: fulltext.Indexed | None, now: fulltext.Indexed | None
) -> None:
    """Keep the search index in step with one story, in the caller's transaction: *was* is the
    text it was indexed with (None: not indexed, not published), *now* the text to index (None:
    no longer published)."""
    if was == now:
        return
    if was is not None:
        fulltext.remove(conn, row_id, was)
    if now is not None:
        fulltext.add(conn, row_id, now)


def _edited_at(page: datetime | None, row: Any, digest: str, now: datetime | None) -> Any:
    """When an update was edited (naive UTC): the page's own date when it is later than the one
    stored, else the crawl time, so readers see a later ``updated``. A change that is not an edit
    of the text (a new URL, a release from quarantine) keeps the stored date."""
    if row.content_hash == digest:
        return page or row.updated
    if page is None or (row.updated is not None and page <= row.updated):
        return now
    return page


def _place(row: Any) -> PlaceTag:
    return PlaceTag(row.code, row.name, row.province, row.slug, row.how, row.mention)


def _stored(row: Any) -> StoredArticle:
    article = Article(
        url=row.url,
        title=row.title,
        body_text=row.body_text,
        body_html=row.body_html,
        summary=row.summary,
        published=_aware(row.published),
        updated=_aware(row.updated),
        authors=json.loads(row.authors),
        credit=row.credit,
        image=row.image,
        section=row.section,
        tags=json.loads(row.tags),
        language=row.language,
        page_title=row.page_title,
        site=row.site,
        province=row.province,
        category=row.category,
        article_id=row.article_id or "",
        spam_score=row.spam_score,
        spam_reasons=json.loads(row.spam_reasons),
        title_injected=row.title_injected,
    )
    return StoredArticle(
        article=article,
        guid=row.guid,
        first_seen=_aware(row.first_seen) or datetime.min.replace(tzinfo=UTC),
        status=row.status,
        dup_of=row.dup_of,
    )


_SHARED: dict[str, ArticleStore] = {}


def shared_store(url: str) -> ArticleStore:
    """One store per database for the whole process: a `crawlall` runs one crawler per site
    (~60), and an engine (with its connection pool) for each stage of each crawler would open
    more connections than a default PostgreSQL server accepts. Not closed by its users."""
    if url not in _SHARED:
        _SHARED[url] = ArticleStore(url)
    return _SHARED[url]
