"""hosting (models, endpoint configs, endpoints) and managed spot accounting

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.db.models

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "models",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=63), nullable=False),
        sa.Column("arn", sa.String(length=2048), nullable=False),
        sa.Column("request", sa.JSON(), nullable=False),
        sa.Column("creation_time", app.db.models.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "endpoint_configs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=63), nullable=False),
        sa.Column("arn", sa.String(length=2048), nullable=False),
        sa.Column("request", sa.JSON(), nullable=False),
        sa.Column("creation_time", app.db.models.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "endpoints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=63), nullable=False),
        sa.Column("arn", sa.String(length=2048), nullable=False),
        sa.Column("config_name", sa.String(length=63), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("failure_reason", sa.Text(), nullable=True),
        sa.Column("variants", sa.JSON(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("creation_time", app.db.models.UtcDateTime(timezone=True), nullable=False),
        sa.Column("last_modified_time", app.db.models.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_index(op.f("ix_endpoints_status"), "endpoints", ["status"], unique=False)
    with op.batch_alter_table("training_jobs") as batch:
        batch.add_column(sa.Column("training_seconds", sa.Float(), nullable=True))
        batch.add_column(sa.Column("billable_seconds", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("interruptions", sa.Integer(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("training_jobs") as batch:
        batch.drop_column("interruptions")
        batch.drop_column("billable_seconds")
        batch.drop_column("training_seconds")
    op.drop_index(op.f("ix_endpoints_status"), table_name="endpoints")
    op.drop_table("endpoints")
    op.drop_table("endpoint_configs")
    op.drop_table("models")
