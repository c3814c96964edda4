"""an index for every order of every List, ending in the column that breaks ties; a tuning
job's launch sequence numbers unique

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TUNING = "tuning_job_name"
# (table, index, columns) as 0006 makes them (app/db/models.py says why each is there).
INDEXES = [
    ("tuning_jobs", "ix_tuning_jobs_creation_time", ["creation_time", "id"]),
    ("tuning_jobs", "ix_tuning_jobs_status", ["status", "id"]),
    ("training_jobs", "ix_training_jobs_tuning_name", [TUNING, "name", "sequence"]),
    (
        "training_jobs",
        "ix_training_jobs_tuning_creation_time",
        [TUNING, "creation_time", "sequence"],
    ),
    ("training_jobs", "ix_training_jobs_tuning_status", [TUNING, "status", "sequence"]),
    ("training_jobs", "ix_training_jobs_tuning_objective", [TUNING, "final_objective", "sequence"]),
    (
        "training_jobs",
        "ix_training_jobs_tuning_status_name",
        [TUNING, "status", "name", "sequence"],
    ),
    (
        "training_jobs",
        "ix_training_jobs_tuning_status_creation_time",
        [TUNING, "status", "creation_time", "sequence"],
    ),
    (
        "training_jobs",
        "ix_training_jobs_tuning_status_objective",
        [TUNING, "status", "final_objective", "sequence"],
    ),
    ("training_jobs", "ix_training_jobs_creation_time", ["creation_time", "id"]),
    ("training_jobs", "ix_training_jobs_status", ["status", "id"]),
    ("models", "ix_models_creation_time", ["creation_time", "id"]),
    ("endpoint_configs", "ix_endpoint_configs_creation_time", ["creation_time", "id"]),
    ("endpoints", "ix_endpoints_creation_time", ["creation_time", "id"]),
    ("endpoints", "ix_endpoints_status", ["status", "id"]),
]
UNIQUE_SEQUENCE = ("training_jobs", "uq_training_jobs_tuning_sequence", [TUNING, "sequence"])
# The indexes 0006 replaces, as 0001 and 0003 made them.
REPLACED = [
    ("tuning_jobs", "ix_tuning_jobs_creation_time", ["creation_time"]),
    ("tuning_jobs", "ix_tuning_jobs_status", ["status"]),
    ("training_jobs", "ix_training_jobs_tuning_status", [TUNING, "status"]),
    ("training_jobs", "ix_training_jobs_tuning_sequence", [TUNING, "sequence"]),
    ("endpoints", "ix_endpoints_status", ["status"]),
]


def upgrade() -> None:
    # No batch (table copy) on SQLite: it would drop the expression indexes on lower(name).
    for table, name, _ in REPLACED:
        op.drop_index(name, table_name=table)
    for table, name, columns in INDEXES:
        op.create_index(name, table, columns)
    table, name, columns = UNIQUE_SEQUENCE
    op.create_index(name, table, columns, unique=True)


def downgrade() -> None:
    for table, name, _ in [*INDEXES, UNIQUE_SEQUENCE]:
        op.drop_index(name, table_name=table)
    for table, name, columns in REPLACED:
        op.create_index(name, table, columns)
