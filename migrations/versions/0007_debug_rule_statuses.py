"""a training job's Debugger rule evaluation statuses

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # No batch (table copy) on SQLite: it would drop the expression index on lower(name).
    op.add_column(
        "training_jobs",
        sa.Column("debug_rule_statuses", sa.JSON(), nullable=False, server_default="[]"),
    )


def downgrade() -> None:
    op.drop_column("training_jobs", "debug_rule_statuses")
