"""the plan of each tuning job, frozen at create

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # No batch (table copy) on SQLite: it would drop the expression index on lower(name).
    op.add_column("tuning_jobs", sa.Column("plan", sa.JSON(), nullable=False, server_default="{}"))
    connection = op.get_bind()
    jobs = sa.table(
        "tuning_jobs", sa.column("id"), sa.column("request", sa.JSON), sa.column("plan", sa.JSON)
    )
    for row in connection.execute(sa.select(jobs.c.id, jobs.c.request)).all():
        connection.execute(jobs.update().where(jobs.c.id == row.id).values(plan=_plan(row.request)))


def _plan(request: dict[str, Any]) -> dict[str, Any]:
    """A job stored before plans were: its request interpreted now, under the settings'
    defaults. One that no longer passes today's rules keeps the reason, and its scheduler ends
    it Failed with it (app/tuning/scheduler.py), as before."""
    from app.config import Settings
    from app.tuning.schemas import CreateTuningJobRequest
    from app.tuning.spec import interpret

    defaults = Settings.model_construct()
    try:
        return interpret(CreateTuningJobRequest.model_validate(request)).freeze(defaults).to_json()
    except Exception as error:  # noqa: BLE001 - any reason is the job's, kept for its end
        return {"Version": 0, "Invalid": str(error)[:900]}


def downgrade() -> None:
    op.drop_column("tuning_jobs", "plan")
