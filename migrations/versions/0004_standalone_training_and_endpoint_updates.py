"""secondary status transitions of training jobs and their case-insensitive names;
endpoint generations for UpdateEndpoint

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.db.models

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("training_jobs") as batch:
        batch.add_column(
            sa.Column(
                "secondary_status_transitions", sa.JSON(), nullable=False, server_default="[]"
            )
        )
    op.create_index(
        "uq_training_jobs_lower_name", "training_jobs", [sa.text("lower(name)")], unique=True
    )
    with op.batch_alter_table("endpoints") as batch:
        batch.add_column(sa.Column("generation", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("pending_config_name", sa.String(length=63), nullable=True))
        batch.add_column(sa.Column("pending_variants", sa.JSON(), nullable=True))
        batch.add_column(
            sa.Column("update_start_time", app.db.models.UtcDateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("endpoints") as batch:
        batch.drop_column("update_start_time")
        batch.drop_column("pending_variants")
        batch.drop_column("pending_config_name")
        batch.drop_column("generation")
    op.drop_index("uq_training_jobs_lower_name", table_name="training_jobs")
    with op.batch_alter_table("training_jobs") as batch:
        batch.drop_column("secondary_status_transitions")
