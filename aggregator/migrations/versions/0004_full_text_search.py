"""Full-text search: the index of published stories (issue #14).

Revision 0004, after 0003. Written out in full: a revision never imports the live tables
(aggregator/storage.py, state.py) nor the index's live code (aggregator/fulltext.py), which move
on after it. It does use ``aggregator.text.search_text``, the one fold rule: the index must hold
what today's queries look for.

SQLite: an FTS5 table with external content (the text stays in ``articles``, read through the
view ``article_search_source``), whose rowids are search keys: the publication second above the
article id, so newest-first searches stop early. PostgreSQL: the ``unaccent`` extension and a
table of ``tsvector`` with a GIN index. Every published story is indexed here, so an upgraded
store is searchable at once.
"""

from __future__ import annotations

import calendar

import sqlalchemy as sa
from alembic import op

from aggregator.text import search_text

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

ID_BITS = 29
SQLITE = (
    # substr: whole seconds, truncated as in Python (strftime would round the microseconds)
    (
        "CREATE VIEW article_search_source AS SELECT "
        f"(CAST(strftime('%s', substr(published, 1, 19)) AS INTEGER) << {ID_BITS}) | id AS key, "
        "title, summary, body_text FROM articles WHERE status = 'published'"
    ),
    (
        "CREATE VIRTUAL TABLE article_search USING fts5(title, summary, body_text, "
        "content='article_search_source', content_rowid='key', "
        "tokenize='unicode61 remove_diacritics 0')"
    ),
)
POSTGRESQL = (
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    (
        "CREATE TABLE article_search (article INTEGER PRIMARY KEY REFERENCES articles (id) "
        "ON DELETE CASCADE, document TSVECTOR NOT NULL)"
    ),
    "CREATE INDEX article_search_document ON article_search USING GIN (document)",
)
FILL = {
    "sqlite": "INSERT INTO article_search (rowid, title, summary, body_text) "
    "VALUES (:key, :title, :summary, :body)",
    "postgresql": "INSERT INTO article_search (article, document) VALUES (:id, "
    "setweight(to_tsvector('simple', unaccent(:title)), 'A') || "
    "setweight(to_tsvector('simple', unaccent(:summary)), 'B') || "
    "setweight(to_tsvector('simple', unaccent(:body)), 'D'))",
}
BATCH = 2000


def upgrade() -> None:
    conn = op.get_bind()
    dialect = conn.dialect.name
    for statement in SQLITE if dialect == "sqlite" else POSTGRESQL:
        conn.exec_driver_sql(statement)
    if dialect == "sqlite":  # the whole index in one transaction: keep its pages in memory
        conn.exec_driver_sql("PRAGMA cache_size = -524288")
    # In id order, the status checked below: a "status = 'published'" condition makes SQLite
    # read every page through the (status, published) index and sort it.
    page = sa.text(
        "SELECT id, title, summary, body_text, published, status FROM articles "
        "WHERE id > :after ORDER BY id LIMIT :batch"
    ).columns(published=sa.DateTime)
    after = 0
    while rows := conn.execute(page, {"after": after, "batch": BATCH}).fetchall():
        values = [
            {
                "id": row_id,
                "key": (max(0, calendar.timegm(published.timetuple())) << ID_BITS) | row_id,
                "title": search_text(title),
                "summary": search_text(summary),
                "body": search_text(body),
            }
            for row_id, title, summary, body, published, status in rows
            if status == "published"
        ]
        if values:
            conn.execute(sa.text(FILL[dialect]), values)
        after = rows[-1][0]
    if dialect == "sqlite":
        conn.exec_driver_sql("PRAGMA cache_size = -2000")


def downgrade() -> None:
    # The unaccent extension stays: other databases' objects may use it by now.
    conn = op.get_bind()
    conn.exec_driver_sql("DROP TABLE IF EXISTS article_search")
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("DROP VIEW IF EXISTS article_search_source")
