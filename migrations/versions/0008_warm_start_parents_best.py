"""the parents' best of a warm start stored before 0002

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

JOBS = sa.table(
    "tuning_jobs",
    sa.column("id"),
    sa.column("name"),
    sa.column("request", sa.JSON),
    sa.column("objective_type"),
    sa.column("best_training_job"),
    sa.column("best_objective"),
    sa.column("parent_best_training_job"),
    sa.column("parent_best_objective"),
)


def upgrade() -> None:
    """0002 added the parents' best (the best of the parents' own bests, as create keeps it)
    with NULL for the warm starts already stored, whose overall best then became their own:
    fill it from the parents, which were terminal at the child's create and kept their best
    since. A child whose parents have no best keeps NULL, as create gives it."""
    connection = op.get_bind()
    bests = {
        row.name.lower(): (row.best_training_job, row.best_objective)
        for row in connection.execute(
            sa.select(JOBS.c.name, JOBS.c.best_training_job, JOBS.c.best_objective).where(
                JOBS.c.best_objective.is_not(None)
            )
        )
    }
    unfilled = sa.select(JOBS.c.id, JOBS.c.request, JOBS.c.objective_type).where(
        JOBS.c.parent_best_objective.is_(None)
    )
    for row in connection.execute(unfilled).all():
        scored = [bests[name] for name in _parents(row.request) if name in bests]
        if not scored:
            continue
        pick = max if row.objective_type == "Maximize" else min
        job, objective = pick(scored, key=lambda best: best[1])
        connection.execute(
            JOBS.update()
            .where(JOBS.c.id == row.id)
            .values(parent_best_training_job=job, parent_best_objective=objective)
        )


def _parents(request: dict[str, Any]) -> list[str]:
    warm = request.get("WarmStartConfig") or {}
    return [
        str(parent.get("HyperParameterTuningJobName", "")).lower()
        for parent in warm.get("ParentHyperParameterTuningJobs") or []
    ]


def downgrade() -> None:
    pass  # the values filled are what 0002 and later store for such a job: nothing to undo
