"""warm start's best over the parents; a training job's definition name

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


# Plain ADD/DROP COLUMN (SQLite has both): a batch rebuild of tuning_jobs would lose its
# lower(name) index, which SQLite cannot reflect.
def upgrade() -> None:
    op.add_column(
        "tuning_jobs", sa.Column("parent_best_training_job", sa.String(length=63), nullable=True)
    )
    op.add_column("tuning_jobs", sa.Column("parent_best_objective", sa.Float(), nullable=True))
    op.add_column(
        "training_jobs", sa.Column("definition_name", sa.String(length=64), nullable=True)
    )


def downgrade() -> None:
    op.drop_column("training_jobs", "definition_name")
    op.drop_column("tuning_jobs", "parent_best_objective")
    op.drop_column("tuning_jobs", "parent_best_training_job")
