"""warm start's best over the parents; a training job's definition name

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-27 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tuning_jobs") as batch:
        batch.add_column(sa.Column("parent_best_training_job", sa.String(length=63), nullable=True))
        batch.add_column(sa.Column("parent_best_objective", sa.Float(), nullable=True))
    with op.batch_alter_table("training_jobs") as batch:
        batch.add_column(sa.Column("definition_name", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("training_jobs") as batch:
        batch.drop_column("definition_name")
    with op.batch_alter_table("tuning_jobs") as batch:
        batch.drop_column("parent_best_objective")
        batch.drop_column("parent_best_training_job")
