"""Alembic's revisions build exactly the tables the models describe, and can be undone."""

from __future__ import annotations

import warnings
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import JSON, MetaData, Table, column, create_engine, inspect, select, table

from app.config import Settings
from app.db.migrate import alembic_config, upgrade
from app.db.models import Base
from app.tuning.plan import Plan
from app.tuning.schemas import CreateTuningJobRequest
from app.tuning.spec import interpret
from tests.support.jobs import unique, xgboost_job


def test_migrations_match_the_models_and_round_trip(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    upgrade(settings)
    engine = create_engine(settings.sqlalchemy_url)
    with engine.connect() as connection, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # SQLite cannot reflect the lower(name) index
        context = MigrationContext.configure(
            connection, opts={"version_table": "openamt_alembic_version"}
        )
        assert compare_metadata(context, Base.metadata) == []
    command.downgrade(alembic_config(settings), "base")
    assert set(inspect(engine).get_table_names()) == {"openamt_alembic_version"}
    upgrade(settings)
    assert {"tuning_jobs", "training_jobs", "metric_points"} <= set(
        inspect(engine).get_table_names()
    )


def test_jobs_stored_before_plans_get_theirs_interpreted_once(tmp_path: Path) -> None:
    """Revision 0005 freezes a plan for every tuning job stored before it: the request as
    today's rules read it, or the reason they refuse it (that job's scheduler then ends it
    Failed with the reason)."""
    settings = Settings(data_dir=tmp_path)
    config = alembic_config(settings)
    command.upgrade(config, "0004")
    good = xgboost_job(unique("before-plans"))
    bad = xgboost_job(unique("no-longer-valid"))
    bad["HyperParameterTuningJobConfig"]["ResourceLimits"]["MaxParallelTrainingJobs"] = 99
    engine = create_engine(settings.sqlalchemy_url)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # SQLite cannot reflect the lower(name) index
        jobs = Table("tuning_jobs", MetaData(), autoload_with=engine)  # as 0004 left it
    counters = {c.name: 0 for c in jobs.columns if not c.nullable and c.name != "id"}
    stamp = datetime(2026, 1, 1, tzinfo=UTC)
    with engine.begin() as connection:
        for i, body in enumerate((good, bad), start=1):
            values = {
                **counters,
                "id": i,
                "name": body["HyperParameterTuningJobName"],
                "arn": "arn",
                "status": "Completed",
                "strategy": "Random",
                "request": body,
                "objective_type": "Maximize",
                "objective_metric": "validation:auc",
                "creation_time": stamp,
                "last_modified_time": stamp,
                "tags": [],
            }
            connection.execute(jobs.insert().values(**values))
    upgrade(settings)
    with engine.connect() as connection:
        stored = dict(connection.execute(select(column("id"), column("plan", JSON)).select_from(
            table("tuning_jobs"))).all())  # fmt: skip
    expected = interpret(CreateTuningJobRequest.model_validate(good)).freeze(settings)
    assert Plan.from_json(stored[1]) == expected
    with pytest.raises(ValueError, match="cannot exceed MaxNumberOfTrainingJobs"):
        Plan.from_json(stored[2])
