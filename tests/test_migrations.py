"""Alembic's revisions build exactly the tables the models describe, and can be undone."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Engine,
    Float,
    Integer,
    MetaData,
    Table,
    column,
    create_engine,
    inspect,
    select,
    table,
)
from sqlalchemy.exc import IntegrityError

from app.config import Settings
from app.db.migrate import alembic_config, upgrade
from app.db.models import Base
from app.db.session import get_database
from app.tuning.plan import Plan
from app.tuning.schemas import CreateTuningJobRequest
from app.tuning.service import list_training_jobs
from app.tuning.spec import interpret
from tests.support.databases import scratch_postgres
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


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.services)])
def database_url(request: pytest.FixtureRequest) -> Iterator[str | None]:
    """None (SQLite under the data directory) or a fresh PostgreSQL database's URL."""
    if request.param == "sqlite":
        yield None
        return
    with scratch_postgres() as url:
        yield url


def test_list_indexes_are_built_over_the_jobs_stored_before_them(
    tmp_path: Path, database_url: str | None
) -> None:
    """Revision 0006 indexes every list order over the rows already there (a tuning job's
    training jobs, standalone ones, which all have sequence 0), makes launch sequences unique
    within a tuning job, and matches the models on both databases; its downgrade gives 0005's
    indexes back."""
    settings = Settings(data_dir=tmp_path, database_url=database_url)
    config = alembic_config(settings)
    command.upgrade(config, "0005")
    engine = create_engine(settings.sqlalchemy_url)
    before = _index_names(engine)
    tables = _reflected(engine, "tuning_jobs", "training_jobs")
    stamp = datetime(2026, 1, 1, tzinfo=UTC)
    body = xgboost_job("before-indexes")
    trainings = [
        ("before-indexes", 1, "Completed", 0.7),
        ("before-indexes", 2, "Failed", None),
        ("before-indexes", 3, "Completed", 0.7),
        (None, 0, "Completed", None),
        (None, 0, "InProgress", None),
    ]
    with engine.begin() as connection:
        connection.execute(tables["tuning_jobs"].insert().values(**{
            **_required(tables["tuning_jobs"], stamp), "name": "before-indexes", "request": body,
            "objective_type": "Maximize", "objective_metric": "validation:auc",
        }))  # fmt: skip
        for i, (tuning, sequence, status, objective) in enumerate(trainings):
            connection.execute(tables["training_jobs"].insert().values(**{
                **_required(tables["training_jobs"], stamp), "name": f"job-{i}",
                "arn": f"arn:aws:sagemaker:us-east-1:123456789012:training-job/job-{i}",
                "tuning_job_name": tuning, "sequence": sequence, "status": status,
                "final_objective": objective, "tuned_hyperparameters": {},
                "objective_status": "Pending" if objective is None else "Succeeded",
            }))  # fmt: skip
    upgrade(settings)
    with engine.connect() as connection, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # SQLite cannot reflect the lower(name) index
        context = MigrationContext.configure(
            connection, opts={"version_table": "openamt_alembic_version"}
        )
        assert compare_metadata(context, Base.metadata) == []
    with get_database(settings).read() as session:
        params: dict[str, Any] = {"SortBy": "FinalObjectiveMetricValue", "MaxResults": 1}
        first = list_training_jobs(session, "before-indexes", params)
        rest = list_training_jobs(
            session, "before-indexes", {**params, "NextToken": first.next_token}
        )
    listed = [
        s.training_job_name for s in first.training_job_summaries + rest.training_job_summaries
    ]
    assert listed == ["job-0", "job-2"]  # the tie in launch order; no value, not listed
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(tables["training_jobs"].insert().values(**{
            **_required(tables["training_jobs"], stamp), "name": "job-again",
            "tuning_job_name": "before-indexes", "sequence": 1,
        }))  # fmt: skip
    command.downgrade(config, "0005")
    assert _index_names(engine) == before
    get_database(settings).dispose()
    engine.dispose()


def _index_names(engine: Engine) -> dict[str, set[str]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # SQLite cannot reflect the lower(name) index
        found = inspect(engine)
        return {t: {i["name"] or "" for i in found.get_indexes(t)} for t in found.get_table_names()}


def _reflected(engine: Engine, *names: str) -> dict[str, Table]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # SQLite cannot reflect the lower(name) index
        return {name: Table(name, MetaData(), autoload_with=engine) for name in names}


def _required(table: Table, stamp: datetime) -> dict[str, Any]:
    """A value for each column a row of `table` must have, by the column's type."""

    def value(kind: Any) -> Any:
        if isinstance(kind, JSON):
            return []
        if isinstance(kind, DateTime):
            return stamp
        if isinstance(kind, Boolean):
            return False
        if isinstance(kind, Integer | Float):
            return 0
        return "x"

    return {c.name: value(c.type) for c in table.columns if not c.nullable and not c.primary_key}
