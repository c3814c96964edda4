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
    text,
)
from sqlalchemy.exc import DBAPIError, IntegrityError

from app.config import Settings
from app.db.migrate import alembic_config, upgrade
from app.db.models import Base
from app.db.session import get_database
from app.executor import NullExecutor, unit_of_work
from app.serving.service import describe_endpoint
from app.training import service as training
from app.training.series import list_points
from app.tuning import scheduler
from app.tuning import service as tuning
from app.tuning.plan import Plan
from app.tuning.schemas import CreateTuningJobRequest
from app.tuning.service import list_training_jobs
from app.tuning.spec import interpret
from tests.support import revisions
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


def test_an_upgrade_that_fails_part_way_leaves_nothing_of_itself(
    tmp_path: Path, database_url: str | None
) -> None:
    """The upgrade is one transaction on both databases: here 0002's last column is already
    there, so 0002 fails after adding its first two; the database stays at 0001 without them,
    and once the obstacle is gone the next start upgrades it to head."""
    settings = Settings(data_dir=tmp_path, database_url=database_url)
    command.upgrade(alembic_config(settings), "0001")
    engine = create_engine(settings.sqlalchemy_url)
    obstacle = "training_jobs ADD COLUMN definition_name VARCHAR(64)"
    with engine.begin() as connection:
        connection.execute(text(f"ALTER TABLE {obstacle}"))
    with pytest.raises(DBAPIError, match="definition_name"):
        upgrade(settings)
    assert _version(engine) == "0001"
    assert "parent_best_training_job" not in _column_names(engine, "tuning_jobs")
    with engine.begin() as connection:
        connection.execute(text("ALTER TABLE training_jobs DROP COLUMN definition_name"))
    upgrade(settings)
    assert _version(engine) == revisions.HEAD
    _assert_models_match(engine)
    engine.dispose()


def _column_names(engine: Engine, table_name: str) -> set[str]:
    return {c["name"] for c in inspect(engine).get_columns(table_name)}


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


@pytest.mark.parametrize("revision", revisions.REVISIONS)
def test_a_database_at_any_earlier_revision_upgrades_with_its_rows(
    tmp_path: Path, database_url: str | None, revision: str
) -> None:
    """A database left at any earlier revision, holding what openamt stored then (tuning jobs
    with training jobs in each status, metric points, a warm start and its parent, hosting and
    a standalone job where the revision had them), upgrades to head: every row keeps its
    values, the columns added since hold what their revisions give, the schema is the models',
    and openamt describes, lists and warm-starts from the old jobs."""
    settings = Settings(data_dir=tmp_path, database_url=database_url)
    command.upgrade(alembic_config(settings), revision)
    engine = create_engine(settings.sqlalchemy_url)
    with engine.begin() as connection:
        for name, row in revisions.stored_at(revision):
            # No id: the database numbers the rows (1, 2, ... in the order given), so what
            # openamt inserts after the upgrade gets its own.
            values = {k: v for k, v in row.items() if k != "id"}
            connection.execute(revisions.shaped(name, values).insert().values(**values))
    upgrade(settings)
    assert _version(engine) == revisions.HEAD
    _assert_models_match(engine)
    with engine.connect() as connection:
        for name, row in revisions.expected_at_head(revision):
            shape = revisions.shaped(name, row)
            stored = connection.execute(select(shape).where(shape.c.id == row["id"])).one()
            assert stored._asdict() == row, (name, row["id"])
        query = select(column("name"), column("plan", JSON)).select_from(table("tuning_jobs"))
        plans: dict[str, Any] = {name: plan for name, plan in connection.execute(query)}
    for name in (revisions.PARENT, revisions.CHILD):
        assert plans[name] == revisions.frozen_plan(revisions.REQUESTS[name])
    with pytest.raises(ValueError, match=revisions.INVALID_REASON):
        Plan.from_json(plans[revisions.INVALID])
    _assert_openamt_reads_them(settings, revision)
    _assert_openamt_warm_starts_from_them(settings)
    _assert_names_stay_unique_whatever_their_case(engine)
    get_database(settings).dispose()
    engine.dispose()


def _version(engine: Engine) -> str:
    with engine.connect() as connection:
        query = select(column("version_num")).select_from(table("openamt_alembic_version"))
        [version] = connection.execute(query).scalars().all()  # one row: one revision, applied
        return str(version)


def _assert_models_match(engine: Engine) -> None:
    with engine.connect() as connection, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # SQLite cannot reflect the lower(name) index
        context = MigrationContext.configure(
            connection, opts={"version_table": "openamt_alembic_version"}
        )
        assert compare_metadata(context, Base.metadata) == []


def _assert_openamt_reads_them(settings: Settings, revision: str) -> None:
    """Describe and List over the upgraded rows, through the service functions both doors
    call."""
    with get_database(settings).read() as session:
        parent = tuning.describe(session, revisions.PARENT).model_dump(by_alias=True)
        child = tuning.describe(session, revisions.CHILD).model_dump(by_alias=True)
        listed = tuning.list_jobs(session, {}).model_dump(by_alias=True)
        by_objective = list_training_jobs(
            session, revisions.PARENT, {"SortBy": "FinalObjectiveMetricValue"}
        ).model_dump(by_alias=True)
        failed = list_training_jobs(
            session, revisions.PARENT, {"StatusEquals": "Failed"}
        ).model_dump(by_alias=True)
        best = training.describe(session, revisions.BEST).model_dump(by_alias=True)
        running = training.describe(session, f"{revisions.CHILD}-002-abcdef05").model_dump(
            by_alias=True
        )
        points = list_points(session, revisions.BEST, {}).model_dump(by_alias=True)
        all_training = training.list_jobs(session, {}).model_dump(by_alias=True)
        endpoint = (
            describe_endpoint(session, revisions.ENDPOINT, settings).model_dump(by_alias=True)
            if revision >= "0003"
            else None
        )
    assert parent["HyperParameterTuningJobStatus"] == "Completed"
    assert parent["TrainingJobStatusCounters"] == {
        "Completed": 1, "InProgress": 0, "RetryableError": 0, "NonRetryableError": 1, "Stopped": 1,
    }  # fmt: skip
    assert parent["BestTrainingJob"]["TrainingJobName"] == revisions.BEST
    assert parent["BestTrainingJob"]["FinalHyperParameterTuningJobObjectiveMetric"]["Value"] == 0.91
    assert parent["TrainingJobDefinition"]["RoleArn"] == revisions.SPEC["RoleArn"]
    assert parent["TuningJobCompletionDetails"]["NumberOfTrainingJobsObjectiveNotImproving"] == 2
    assert child["WarmStartConfig"] == revisions.CHILD_REQUEST["WarmStartConfig"]
    # The parents' best, stored by create since 0002 and given by 0008 to a warm start
    # stored before: the parent's best beats the child's own.
    assert child["OverallBestTrainingJob"]["TrainingJobName"] == revisions.BEST
    assert parent["OverallBestTrainingJob"] is None  # no warm start
    assert [j["HyperParameterTuningJobName"] for j in listed["HyperParameterTuningJobSummaries"]
            ] == sorted([revisions.PARENT, revisions.CHILD, revisions.INVALID])  # fmt: skip
    assert [(j["TrainingJobName"], j["FinalHyperParameterTuningJobObjectiveMetric"]["Value"])
            for j in by_objective["TrainingJobSummaries"]] == [
        (f"{revisions.PARENT}-002-abcdef02", 0.6), (revisions.BEST, 0.91)]  # fmt: skip
    [failure] = failed["TrainingJobSummaries"]
    assert failure["FailureReason"] == "AlgorithmError: the data has no label column"
    assert best["ModelArtifacts"]["S3ModelArtifacts"].endswith(
        f"{revisions.BEST}/output/model.tar.gz"
    )
    assert [m["Value"] for m in best["FinalMetricDataList"]] == [0.91]
    # Measured seconds from 0003 on; before, the time from start to end (4 minutes too).
    assert best["TrainingTimeInSeconds"] == best["BillableTimeInSeconds"] == 240
    assert (running["TrainingJobStatus"], running["SecondaryStatus"]) == ("InProgress", "Training")
    assert [(p["Step"], p["Value"]) for p in points["MetricPoints"]] == [(0, 0.7), (1, 0.91)]
    assert sorted(t["TrainingJobName"] for t in all_training["TrainingJobSummaries"]) == sorted(
        row["name"] for table_name, row in revisions.stored_at(revision)
        if table_name == "training_jobs"
    )  # fmt: skip
    if endpoint is not None:
        assert endpoint["EndpointStatus"] == "InService"
        assert [v["VariantName"] for v in endpoint["ProductionVariants"]] == ["AllTraffic"]


def _assert_openamt_warm_starts_from_them(settings: Settings) -> None:
    """A new tuning job warm-started from the upgraded parent: the parent's plan (frozen by
    0005, or stored since) and its evaluated jobs are what create reads."""
    body = xgboost_job("after-the-upgrade")
    body["WarmStartConfig"] = {
        "ParentHyperParameterTuningJobs": [{"HyperParameterTuningJobName": revisions.PARENT}],
        "WarmStartType": "IdenticalDataAndAlgorithm",
    }
    with unit_of_work(get_database(settings), NullExecutor()) as session:
        tuning.create(session, CreateTuningJobRequest.model_validate(body), settings)
    scheduler.advance(get_database(settings), settings, NullExecutor(), "after-the-upgrade")
    with get_database(settings).read() as session:
        described = tuning.describe(session, "after-the-upgrade").model_dump(by_alias=True)
        launched = list_training_jobs(session, "after-the-upgrade", {}).model_dump(by_alias=True)
    assert described["OverallBestTrainingJob"]["TrainingJobName"] == revisions.BEST
    assert len(launched["TrainingJobSummaries"]) == 2  # MaxParallelTrainingJobs


def _assert_names_stay_unique_whatever_their_case(engine: Engine) -> None:
    """The lower(name) indexes (0001, 0004) survive every later revision on both databases:
    SQLite cannot reflect them, so the comparison with the models cannot tell."""
    for name, row in (
        ("tuning_jobs", revisions.ROWS[0][2]),
        ("training_jobs", revisions.ROWS[3][2]),
    ):
        again = {k: v for k, v in row.items() if k not in ("id", "plan")} | {
            "name": row["name"].upper()
        }
        if name == "tuning_jobs":
            again["plan"] = {}
        with pytest.raises(IntegrityError), engine.begin() as connection:
            connection.execute(revisions.shaped(name, again).insert().values(**again))
