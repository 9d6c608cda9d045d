"""Places: the communes, wards and special zones each story is about (issue #15).

Revision 0002, after 0001. Written out in full: a revision never imports the live tables
(aggregator/storage.py, state.py), which move on after it. Existing stories get no rows here:
``scrapy places --retag`` tags them (or their next update does).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "article_places",
        sa.Column("article", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("province", sa.String(length=32), nullable=False),
        sa.Column("slug", sa.String(length=128), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("how", sa.String(length=16), nullable=False),
        sa.Column("mention", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["article"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article", "code"),
    )
    op.create_index("ix_article_places_code", "article_places", ["code", "article"])


def downgrade() -> None:
    op.drop_index("ix_article_places_code", table_name="article_places")
    op.drop_table("article_places")
