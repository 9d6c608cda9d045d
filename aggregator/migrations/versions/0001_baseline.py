"""Baseline: the schema as it was before migrations (articles and the crawl state).

Revision 0001, the first. Written out in full: a revision never imports the live tables
(aggregator/storage.py, state.py), which move on after it. A store made before migrations has
exactly these tables; ``scrapy db upgrade`` stamps it with this revision instead of running it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("url", sa.String(length=2048), nullable=False),
        sa.Column("guid", sa.String(length=2048), nullable=False),
        sa.Column("site", sa.String(length=64), nullable=False),
        sa.Column("article_id", sa.String(length=64), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("body_text", sa.Text(), nullable=False),
        sa.Column("body_html", sa.Text(), nullable=False),
        sa.Column("authors", sa.Text(), nullable=False),
        sa.Column("credit", sa.Text(), nullable=False),
        sa.Column("image", sa.String(length=2048), nullable=False),
        sa.Column("section", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("province", sa.String(length=32), nullable=False),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("published", sa.DateTime(), nullable=False),
        sa.Column("updated", sa.DateTime(), nullable=True),
        sa.Column("first_seen", sa.DateTime(), nullable=False),
        sa.Column("last_seen", sa.DateTime(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("spam_score", sa.Float(), nullable=False),
        sa.Column("spam_reasons", sa.Text(), nullable=False),
        sa.Column("page_title", sa.Text(), nullable=False),
        sa.Column("title_injected", sa.Boolean(), nullable=False),
        sa.Column("dup_of", sa.String(length=2048), nullable=True),
        sa.Column("signature", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("url"),
        sa.UniqueConstraint("guid"),
    )
    op.create_index("ix_articles_site", "articles", ["site"])
    op.create_index("ix_articles_category", "articles", ["category"])
    op.create_index("ix_articles_province", "articles", ["province"])
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_index("ix_articles_site_article_id", "articles", ["site", "article_id"])
    op.create_index("ix_articles_status_published", "articles", ["status", "published"])
    op.create_index(
        "ix_articles_feed_keys",
        "articles",
        ["status", "site", "category", "province", "dup_of", "title_injected"],
    )

    op.create_table(
        "crawl_validators",
        sa.Column("url", sa.String(length=2048), nullable=False),
        sa.Column("site", sa.String(length=64), nullable=False),
        sa.Column("etag", sa.String(length=512), nullable=False),
        sa.Column("last_modified", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("url"),
    )
    op.create_index("ix_crawl_validators_site", "crawl_validators", ["site"])

    op.create_table(
        "crawl_aliases",
        sa.Column("url", sa.String(length=2048), nullable=False),
        sa.Column("site", sa.String(length=64), nullable=False),
        sa.Column("target", sa.String(length=2048), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("url"),
    )
    op.create_index("ix_crawl_aliases_site", "crawl_aliases", ["site"])

    op.create_table(
        "crawl_runs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("run_id", sa.String(length=32), nullable=False),
        sa.Column("site", sa.String(length=64), nullable=False),
        sa.Column("started", sa.DateTime(), nullable=False),
        sa.Column("finished", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("requests", sa.Integer(), nullable=False),
        sa.Column("article_requests", sa.Integer(), nullable=False),
        sa.Column("not_modified", sa.Integer(), nullable=False),
        sa.Column("new", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("errors", sa.Integer(), nullable=False),
        sa.Column("report", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_crawl_runs_run_id", "crawl_runs", ["run_id"])
    op.create_index("ix_crawl_runs_site", "crawl_runs", ["site"])


def downgrade() -> None:
    for table in ("crawl_runs", "crawl_aliases", "crawl_validators", "articles"):
        op.drop_table(table)  # its indexes go with it
