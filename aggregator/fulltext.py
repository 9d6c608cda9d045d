"""The full-text index of published stories, on each engine (the store's room: SQL only).

- **SQLite**: an FTS5 table ``article_search`` with external content (``content='articles'``):
  the index holds the words, the text stays in ``articles`` once. The store writes the index
  itself, in the transaction of each change, with the words of
  :func:`aggregator.text.search_words` (folded: no tone marks, "đ" → "d"), so FTS5's own
  tokenizer only ever splits on spaces. FTS5 removes a row from its index only when told the
  words it indexed; they are made again from the stored columns, by the same function.
- **PostgreSQL**: a table ``article_search`` (article id, ``tsvector``) with a GIN index; the
  vector is built from the same folded words ('simple' configuration: Vietnamese syllables are
  words, there is nothing to stem), through ``unaccent`` for any letter with a mark that the
  fold leaves (ligatures such as "æ").

Only stories with status "published" are in the index: a quarantined story is taken out, a
released one put back. Title, sapo (summary) and body are separate columns (FTS5) or weights
(A, B, D) so a match in the title ranks first. Made by revision 0004.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Float, Integer, Subquery, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

from aggregator.search import Query, SearchTooSlow
from aggregator.text import search_words

TABLE = "article_search"
# Weights of title, sapo and body: bm25() column weights (SQLite), ts_rank's A/B/D (PostgreSQL).
SQLITE_WEIGHTS = (10.0, 4.0, 1.0)

_SQLITE_ADD = text(
    f"INSERT INTO {TABLE} (rowid, title, summary, body_text) VALUES (:id, :title, :summary, :body)"
)
_SQLITE_REMOVE = text(
    f"INSERT INTO {TABLE} ({TABLE}, rowid, title, summary, body_text) "
    "VALUES ('delete', :id, :title, :summary, :body)"
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


def index_values(row_id: int, title: str, summary: str, body: str) -> dict[str, Any]:
    """What the index holds for one story: its folded words, one space apart."""
    return {
        "id": row_id,
        "title": " ".join(search_words(title)),
        "summary": " ".join(search_words(summary)),
        "body": " ".join(search_words(body)),
    }


def add(conn: Connection, row_id: int, title: str, summary: str, body: str) -> None:
    """Index a story that is not in the index (on PostgreSQL: or replace it)."""
    statement = _SQLITE_ADD if conn.dialect.name == "sqlite" else _PG_ADD
    conn.execute(statement, index_values(row_id, title, summary, body))


def remove(conn: Connection, row_id: int, title: str, summary: str, body: str) -> None:
    """Take a story out of the index; *title*, *summary* and *body* are the texts it was
    indexed with (FTS5 needs them to find its words)."""
    if conn.dialect.name == "sqlite":
        conn.execute(_SQLITE_REMOVE, index_values(row_id, title, summary, body))
    else:
        conn.execute(_PG_REMOVE, {"id": row_id})


def rebuild(conn: Connection, batch: int = 2000) -> int:
    """Index every published story again from the stored text; the number indexed."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('delete-all')")
    else:
        conn.exec_driver_sql(f"DELETE FROM {TABLE}")
    statement = _SQLITE_ADD if conn.dialect.name == "sqlite" else _PG_ADD
    page = text(
        "SELECT id, title, summary, body_text FROM articles WHERE status = 'published' "
        "AND id > :after ORDER BY id LIMIT :batch"
    )
    count, after = 0, 0
    while rows := conn.execute(page, {"after": after, "batch": batch}).fetchall():
        conn.execute(statement, [index_values(*row) for row in rows])
        count += len(rows)
        after = rows[-1][0]
    return count


def matching(dialect: str, query: Query) -> Subquery:
    """The stories that match *query*: a subquery of (id, rank), lower rank first (better)."""
    if dialect == "sqlite":
        weights = ", ".join(str(w) for w in SQLITE_WEIGHTS)
        sql = text(
            f"SELECT rowid AS id, bm25({TABLE}, {weights}) AS rank FROM {TABLE} "
            f"WHERE {TABLE} MATCH :match"
        ).bindparams(match=query.fts5())
    else:
        sql = text(
            f"SELECT s.article AS id, -ts_rank(s.document, q) AS rank "
            f"FROM {TABLE} s, to_tsquery('simple', unaccent(:match)) q WHERE s.document @@ q"
        ).bindparams(match=query.tsquery())
    return sql.columns(id=Integer, rank=Float).subquery("found")


@contextmanager
def time_limit(conn: Connection, seconds: float) -> Iterator[None]:
    """Stop a statement on *conn* that runs longer than *seconds*: :class:`SearchTooSlow`.

    SQLite checks a clock every few thousand virtual machine steps; PostgreSQL has its own
    ``statement_timeout`` (for this transaction only)."""
    if conn.dialect.name == "sqlite":
        raw = conn.connection.driver_connection
        deadline = time.monotonic() + seconds
        raw.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
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
