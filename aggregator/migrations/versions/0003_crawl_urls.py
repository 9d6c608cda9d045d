"""crawl_urls: what the crawl remembers about each article URL (issue #10).

Revision 0003, after 0002. Written out in full: a revision never imports the live tables
(aggregator/storage.py, state.py), which move on after it.

One row per article URL a site's feeds, sitemaps or listings showed: the page's own ETag and
Last-Modified (for the conditional re-fetch of an edited story), the change signals its sources
showed last (JSON), and why it is not fetched (dead, skipped, retry) with the reason, failures in
a row and the next try. A new table: existing stores start without memory, and their stored
stories set their signals' baseline on the next run (no mass re-fetch).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "crawl_urls",
        sa.Column("url", sa.String(length=2048), nullable=False),
        sa.Column("site", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=64), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_try", sa.DateTime(), nullable=True),
        sa.Column("etag", sa.String(length=512), nullable=False),
        sa.Column("last_modified", sa.String(length=64), nullable=False),
        sa.Column("signals", sa.Text(), nullable=False),
        sa.Column("checked_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("url"),
    )
    op.create_index("ix_crawl_urls_site", "crawl_urls", ["site"])


def downgrade() -> None:
    op.drop_index("ix_crawl_urls_site", table_name="crawl_urls")
    op.drop_table("crawl_urls")
