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
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from app.config import Settings
from app.db import migrate
from app.db.models import TrainingJob, TuningJob
from app.db.session import get_database
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


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.services)]
)
def listed(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[TestClient, list[Job]]]:
    """The app over a fresh database of that kind, and the jobs it should list."""
    data_dir = tmp_path_factory.mktemp(request.param) / "data"
    if request.param == "sqlite":
        yield from _populated(data_dir, None)
    else:
        with scratch_postgres() as url:
            yield from _populated(data_dir, url)


def _populated(data_dir: Path, database_url: str | None) -> Iterator[tuple[TestClient, list[Job]]]:
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
        yield client, jobs
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


def test_the_rows_tie_and_lack_objectives(listed: tuple[TestClient, list[Job]]) -> None:
    _, jobs = listed
    assert len({j.creation_time for j in jobs}) == len(jobs) - len(SAME_INSTANT) + 1
    assert any(j.objective is None for j in jobs if j.status == "Completed")
    assert len({j.status for j in jobs}) == 4


@pytest.mark.parametrize("sort_by", list(SORTS))
@pytest.mark.parametrize("order", ["Ascending", "Descending"])
@pytest.mark.parametrize("status", [None, "Completed", "Stopped", "InProgress"])
@pytest.mark.parametrize("max_results", [1, 4, 100])
def test_every_job_once_in_order(
    listed: tuple[TestClient, list[Job]],
    sort_by: str,
    order: str,
    status: str | None,
    max_results: int,
) -> None:
    client, jobs = listed
    params = {"SortBy": sort_by, "SortOrder": order, "MaxResults": max_results}
    if status:
        params["StatusEquals"] = status
    assert walk(client, params) == expected(jobs, sort_by, order, status)
