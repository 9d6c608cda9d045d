"""The full-text index of published stories, on each engine (the store's room: SQL only).

- **SQLite**: an FTS5 table ``article_search`` with external content: the index holds the
  words, the text stays in ``articles`` (FTS5 reads it, when asked, through the view
  ``article_search_source``). The store writes the index itself, in the transaction of each
  change, with the words of :func:`aggregator.text.search_text` (folded: no tone marks,
  "đ" → "d"), so FTS5's own tokenizer only ever splits on spaces. FTS5 removes a row from its
  index only when told the words it indexed; they are made again from the stored columns, by
  the same function.

  A row's FTS5 rowid is its **search key**: the publication time (seconds) above the article
  id (:func:`search_key`). FTS5 walks its matches in rowid order, so "the newest 50 stories
  that match" stops after about 50 of them, however common the word ("tỉnh" is in most
  stories): the newest-first query feeds never sort all the matches.
- **PostgreSQL**: a table ``article_search`` (article id, ``tsvector``) with a GIN index; the
  vector is built from the same folded words ('simple' configuration: Vietnamese syllables are
  words, there is nothing to stem), through ``unaccent`` for any letter with a mark that the
  fold leaves (ligatures such as "æ").

Only stories with status "published" are in the index: a quarantined story is taken out, a
released one put back. Title, sapo (summary) and body are separate columns (FTS5) or weights
(A, B, D) so a match in the title ranks first. Made by revision 0004.
"""

from __future__ import annotations

import calendar
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    DateTime,
    FromClause,
    Integer,
    bindparam,
    column,
    func,
    table,
    text,
)
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

from aggregator.search import Query, SearchTooSlow
from aggregator.text import search_text

TABLE = "article_search"
# Weights of title, sapo and body: bm25() column weights (SQLite), ts_rank's A/B/D (PostgreSQL).
SQLITE_WEIGHTS = (10.0, 4.0, 1.0)
ID_BITS = 29  # article ids below 2**29 (536 million) fit under the time in a search key
ID_MASK = (1 << ID_BITS) - 1
REBUILD_CACHE_KIB = -524288  # PRAGMA cache_size in KiB (negative): 512 MiB while rebuilding

_SQLITE_ADD = text(
    f"INSERT INTO {TABLE} (rowid, title, summary, body_text) VALUES (:key, :title, :summary, :body)"
)
_SQLITE_REMOVE = text(
    f"INSERT INTO {TABLE} ({TABLE}, rowid, title, summary, body_text) "
    "VALUES ('delete', :key, :title, :summary, :body)"
)
_PG_VECTOR = (
    "setweight(to_tsvector('simple', unaccent(:title)), 'A') || "
    "setweight(to_tsvector('simple', unaccent(:summary)), 'B') || "
    "setweight(to_tsvector('simple', unaccent(:body)), 'D')"
)
_PG_ADD = text(
    f"INSERT INTO {TABLE} (article, document) VALUES (:id, {_PG_VECTOR}) "
    "ON CONFLICT (article) DO UPDATE SET document = EXCLUDED.document"
)
_PG_REMOVE = text(f"DELETE FROM {TABLE} WHERE article = :id")


def search_key(row_id: int, published: datetime) -> int:
    """The FTS5 rowid of a story: its publication time in whole seconds (naive UTC, as the store
    keeps it), then its id; newer stories have larger keys. The view
    ``article_search_source`` computes the same in SQL."""
    if not 0 < row_id <= ID_MASK:
        raise ValueError(f"article id {row_id} does not fit in a search key")
    return (max(0, calendar.timegm(published.timetuple())) << ID_BITS) | row_id


@dataclass(frozen=True, slots=True)
class Indexed:
    """What the index was (or is to be) given for one story."""

    title: str
    summary: str
    body: str
    published: datetime  # naive UTC


def index_values(row_id: int, story: Indexed) -> dict[str, Any]:
    """What the index holds for one story: its folded words, one space apart."""
    return {
        "id": row_id,
        "key": search_key(row_id, story.published),
        "title": search_text(story.title),
        "summary": search_text(story.summary),
        "body": search_text(story.body),
    }


def add(conn: Connection, row_id: int, story: Indexed) -> None:
    """Index a story that is not in the index (on PostgreSQL: or replace it)."""
    statement = _SQLITE_ADD if conn.dialect.name == "sqlite" else _PG_ADD
    conn.execute(statement, index_values(row_id, story))


def remove(conn: Connection, row_id: int, story: Indexed) -> None:
    """Take a story out of the index; *story* is what it was indexed with (FTS5 needs the
    words and the key to find them)."""
    if conn.dialect.name == "sqlite":
        conn.execute(_SQLITE_REMOVE, index_values(row_id, story))
    else:
        conn.execute(_PG_REMOVE, {"id": row_id})


@dataclass(frozen=True, slots=True)
class Match:
    """How a store query finds a search's stories on one engine: join ``source`` on
    ``article_id == articles.id`` and require ``where``; ``rank`` orders by relevance (lower
    first); ``newest`` (SQLite) orders newest first in the index's own order."""

    source: FromClause
    article_id: ColumnElement[Any]
    where: ColumnElement[Any]
    rank: ColumnElement[Any]
    newest: ColumnElement[Any] | None = None


def match(dialect: str, query: Query) -> Match:
    if dialect == "sqlite":
        fts = table(TABLE, column("rowid", Integer))
        everything = column(TABLE)  # FTS5: "<table> MATCH ..." searches every column
        return Match(
            source=fts,
            article_id=fts.c.rowid.op("&")(ID_MASK),
            where=everything.op("MATCH")(bindparam("fts_match", query.fts5())),
            rank=func.bm25(everything, *SQLITE_WEIGHTS),
            newest=fts.c.rowid,
        )
    found = table(TABLE, column("article", Integer), column("document")).alias("found")
    tsquery = func.to_tsquery("simple", func.unaccent(bindparam("ts_match", query.tsquery())))
    return Match(
        source=found,
        article_id=found.c.article,
        where=found.c.document.op("@@")(tsquery),
        rank=-func.ts_rank(found.c.document, tsquery),
    )


def since_key(since: datetime) -> int:
    """The smallest search key of a story published at *since* (naive UTC) or later."""
    return max(0, calendar.timegm(since.timetuple())) << ID_BITS


def rebuild(conn: Connection, batch: int = 2000) -> int:
    """Index every published story again from the stored text; the number indexed."""
    if conn.dialect.name == "sqlite":
        # One transaction writes the whole index: with SQLite's default 2 MB page cache, FTS5's
        # merges would go back and forth to the WAL (measured: hundreds of GB of reads for a
        # million stories). A large cache keeps the transaction's pages in memory.
        conn.exec_driver_sql(f"PRAGMA cache_size = {REBUILD_CACHE_KIB}")
        conn.exec_driver_sql(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('delete-all')")
    else:
        conn.exec_driver_sql(f"DELETE FROM {TABLE}")
    statement = _SQLITE_ADD if conn.dialect.name == "sqlite" else _PG_ADD
    # Pages of the table in id order, the status checked here: with "status = 'published'" in
    # the query, SQLite reads the pages through the (status, published) index and sorts them,
    # the whole table for every page (measured: hundreds of GB read for a million stories).
    page = text(
        "SELECT id, title, summary, body_text, published, status FROM articles "
        "WHERE id > :after ORDER BY id LIMIT :batch"
    ).columns(published=DateTime)
    count, after = 0, 0
    while rows := conn.execute(page, {"after": after, "batch": batch}).fetchall():
        values = [index_values(r[0], Indexed(*r[1:5])) for r in rows if r[5] == "published"]
        if values:
            conn.execute(statement, values)
        count += len(values)
        after = rows[-1][0]
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA cache_size = -2000")  # SQLite's default again
    return count


@contextmanager
def time_limit(conn: Connection, seconds: float) -> Iterator[None]:
    """Stop a statement on *conn* that runs longer than *seconds*: :class:`SearchTooSlow`.

    SQLite checks a clock every few thousand virtual machine steps; PostgreSQL has its own
    ``statement_timeout`` (for this transaction only)."""
    if conn.dialect.name == "sqlite":
        raw = conn.connection.driver_connection
        deadline = time.monotonic() + seconds
        raw.set_progress_handler(lambda: int(time.monotonic() > deadline), 4000)
    else:
        conn.exec_driver_sql(f"SET LOCAL statement_timeout = {max(1, int(seconds * 1000))}")
    try:
        yield
    except OperationalError as exc:
        if _cancelled(exc):
            raise SearchTooSlow(f"the search took longer than {seconds:g} s: narrow it") from exc
        raise
    finally:
        if conn.dialect.name == "sqlite":
            raw.set_progress_handler(None, 0)


def _cancelled(exc: OperationalError) -> bool:
    orig = exc.orig
    if orig is not None and type(orig).__name__ == "QueryCanceled":  # psycopg2
        return True
    return "interrupted" in str(orig)  # sqlite3
