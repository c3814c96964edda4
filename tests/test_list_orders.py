"""ListTrainingJobsForHyperParameterTuningJob walked page by page in every order, on SQLite and
PostgreSQL: each job is listed exactly once, in its order, over rows that tie (statuses, equal
objective values, equal creation times) and rows without an objective value.

The pages are read off an index from where the NextToken left off (app/pagination.py and the
list's indexes in app/db/models.py); these tests hold the order that gives, whatever plan the
database picks. The app runs in-process over the real database and nothing trains: the
training jobs are launched by `advance` and ended by `record_end`, as workers would.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event, select, update

from app.config import Settings
from app.db import migrate
from app.db.models import TrainingJob, TuningJob
from app.db.session import Database, get_database
from app.executor import NullExecutor
from app.main import create_app
from app.training.lifecycle import Outcome
from app.training.states import FailureKind, TrainingJobStatus
from app.tuning.outcomes import record_end
from app.tuning.scheduler import advance
from tests.support.databases import scratch_postgres
from tests.support.jobs import xgboost_job

NAME = "orders"
URL = f"/v1/hyper-parameter-tuning-jobs/{NAME}/training-jobs"
# How each launched job ends, in launch order (None: it is still running). Objective values
# repeat, and some ends carry none, so every sort has ties and FinalObjectiveMetricValue
# leaves jobs out.
ENDS: list[tuple[str, float | None] | None] = [
    ("Completed", 0.7), ("Failed", None), ("Completed", 0.9), ("Stopped", 0.7), None,
    ("Completed", None), ("Completed", 0.7), ("Stopped", None), ("Completed", 0.5),
    ("Failed", None), None, ("Completed", 0.9), ("Completed", 0.7), ("Stopped", 0.5),
    ("Completed", 0.8), ("Failed", None), ("Completed", 0.7), None,
]  # fmt: skip
# Launches that share one creation time (jobs launched in the same instant tie).
SAME_INSTANT = {2, 3, 4, 9, 10, 14}
SORTS = {
    "Name": "name",
    "CreationTime": "creation_time",
    "Status": "status",
    "FinalObjectiveMetricValue": "objective",
}


@dataclass(frozen=True)
class Job:
    name: str
    sequence: int
    status: str
    objective: float | None
    creation_time: datetime


@dataclass
class Listed:
    client: TestClient
    jobs: list[Job]  # what the list should hold
    db: Database


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.services)]
)
def listed(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Listed]:
    """The app over a fresh database of that kind, and the jobs it should list."""
    data_dir = tmp_path_factory.mktemp(request.param) / "data"
    if request.param == "sqlite":
        yield from _populated(data_dir, None)
    else:
        with scratch_postgres() as url:
            yield from _populated(data_dir, url)


def _populated(data_dir: Path, database_url: str | None) -> Iterator[Listed]:
    settings = Settings(data_dir=data_dir, database_url=database_url)
    migrate.upgrade(settings)
    db = get_database(settings)
    client = TestClient(create_app(settings, NullExecutor()), raise_server_exceptions=False)
    body = xgboost_job(NAME, max_jobs=len(ENDS), parallel=len(ENDS))
    assert client.post("/v1/hyper-parameter-tuning-jobs", json=body).status_code == 201
    advance(db, settings, NullExecutor(), NAME)
    instant = datetime(2026, 1, 1, tzinfo=UTC)
    with db.write() as session:
        job = session.scalars(select(TuningJob).where(TuningJob.name == NAME)).one()
        query = select(TrainingJob).where(TrainingJob.tuning_job_name == NAME)
        launched = list(session.scalars(query.order_by(TrainingJob.sequence)))
        for training, end in zip(launched, ENDS, strict=True):
            if end is not None:
                record_end(settings, job, training, _outcome(*end))
        session.execute(
            update(TrainingJob)
            .where(TrainingJob.tuning_job_name == NAME, TrainingJob.sequence.in_(SAME_INSTANT))
            .values(creation_time=instant)
        )
    with db.read() as session:
        jobs = [
            Job(t.name, t.sequence, t.status, t.final_objective, t.creation_time)
            for t in session.scalars(query)
        ]
    with client:
        yield Listed(client, jobs, db)
    db.dispose()


def _outcome(status: str, objective: float | None) -> Outcome:
    if status == "Failed":
        return Outcome.failed(FailureKind.NON_RETRYABLE, "AlgorithmError: exit code 1")
    return Outcome(
        TrainingJobStatus(status), objective=objective, early_stopped=status == "Stopped"
    )


def walk(client: TestClient, params: dict[str, Any]) -> list[str]:
    """Every name the query lists, following NextToken."""
    found: list[str] = []
    token = None
    for _ in range(len(ENDS) + 2):
        page = client.get(URL, params={**params, **({"NextToken": token} if token else {})})
        assert page.status_code == 200, page.text
        found += [s["TrainingJobName"] for s in page.json()["TrainingJobSummaries"]]
        token = page.json().get("NextToken")
        if not token:
            return found
    raise AssertionError("pagination does not end")


def expected(jobs: list[Job], sort_by: str, order: str, status: str | None) -> list[str]:
    """The list's order: by the sort value, ties in launch order; Descending reverses both.
    Jobs without an objective value are left out of SortBy=FinalObjectiveMetricValue."""
    field = SORTS[sort_by]
    kept = [j for j in jobs if status is None or j.status == status]
    kept = [j for j in kept if getattr(j, field) is not None]
    ordered = sorted(kept, key=lambda j: (getattr(j, field), j.sequence))
    return [j.name for j in (ordered[::-1] if order == "Descending" else ordered)]


def test_the_rows_tie_and_lack_objectives(listed: Listed) -> None:
    jobs = listed.jobs
    assert len({j.creation_time for j in jobs}) == len(jobs) - len(SAME_INSTANT) + 1
    assert any(j.objective is None for j in jobs if j.status == "Completed")
    assert len({j.status for j in jobs}) == 4


@pytest.mark.parametrize("sort_by", list(SORTS))
@pytest.mark.parametrize("order", ["Ascending", "Descending"])
@pytest.mark.parametrize("status", [None, "Completed", "Stopped", "InProgress"])
@pytest.mark.parametrize("max_results", [1, 4, 100])
def test_every_job_once_in_order(
    listed: Listed, sort_by: str, order: str, status: str | None, max_results: int
) -> None:
    params = {"SortBy": sort_by, "SortOrder": order, "MaxResults": max_results}
    if status:
        params["StatusEquals"] = status
    assert walk(listed.client, params) == expected(listed.jobs, sort_by, order, status)


@pytest.mark.parametrize("sort_by", list(SORTS))
@pytest.mark.parametrize("order", ["Ascending", "Descending"])
@pytest.mark.parametrize("status", [None, "Stopped"])
def test_every_page_is_read_off_an_index(
    listed: Listed, sort_by: str, order: str, status: str | None
) -> None:
    """The first page and the next are each read off an index, in the list's order: SQLite's
    plan builds no temporary b-tree to sort, PostgreSQL's has no Sort (told to avoid one, for
    on a table this small it might rightly prefer sorting; bench/lists.py shows what it picks
    at 10,000 jobs)."""
    params: dict[str, Any] = {"SortBy": sort_by, "SortOrder": order, "MaxResults": 1}
    if status:
        params["StatusEquals"] = status
    first = listed.client.get(URL, params=params).json()
    for page in (params, {**params, "NextToken": first["NextToken"]}):
        with statements(listed.db) as ran:
            assert listed.client.get(URL, params=page).status_code == 200
        (query,) = [(sql, args) for sql, args in ran if "FROM training_jobs" in sql]
        plan = explain(listed.db, *query)
        assert "TEMP B-TREE" not in plan and " Sort " not in f" {plan} ", plan
        assert "INDEX" in plan.upper(), plan


@contextmanager
def statements(db: Database) -> Iterator[list[tuple[str, Any]]]:
    """The SQL (and its parameters) the read engine runs meanwhile."""
    ran: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, sql: str, args: Any, *_: Any) -> None:
        ran.append((sql, args))

    event.listen(db.read_engine, "before_cursor_execute", record)
    try:
        yield ran
    finally:
        event.remove(db.read_engine, "before_cursor_execute", record)


def explain(db: Database, sql: str, args: Any) -> str:
    with db.read_engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", args).all()
        else:
            connection.exec_driver_sql("SET enable_sort = off")
            rows = connection.exec_driver_sql(f"EXPLAIN {sql}", args).all()
        connection.rollback()
    return "\n".join(str(row[-1]) for row in rows)
