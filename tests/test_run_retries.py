"""What keeps a run alive through openamt's own trouble: an internal error its runner caught is
retried per RetryStrategy as a lost worker's run is (app/runs.finish); the lease is kept while
the runner lays out a run's channels and ends a run (workers/lease.py); a lease spans three
heartbeats (app/config.py)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError
from sqlalchemy import select

from app import runs
from app.config import Settings
from app.db.migrate import upgrade
from app.db.models import TrainingJob, TuningJob
from app.db.session import get_database
from app.executor import unit_of_work
from app.training.lifecycle import Outcome
from app.training.states import FailureKind, SecondaryStatus, TrainingJobStatus
from app.tuning import scheduler, service
from app.tuning.schemas import CreateTuningJobRequest
from tests.support.jobs import unique, xgboost_job
from workers.lease import LeaseKeeper

OWNER = "host:1"


class Recorder:
    """Where the units of work send (the queue, in a real executor)."""

    def __init__(self) -> None:
        self.training: list[str] = []

    def submit_training(self, training_job_name: str) -> None:
        self.training.append(training_job_name)

    def submit_advance(self, tuning_job_name: str) -> None:
        pass

    def training_waits(self) -> bool:
        return False


INTERNAL = Outcome.failed(FailureKind.RETRYABLE, "InternalServerError: the database went away")


def _claimed(settings: Settings, queue: Recorder, *, retries: int | None) -> runs.Claim:
    """The first training job of a new tuning job (parallel 1), claimed by OWNER."""
    upgrade(settings)
    body = xgboost_job(unique("retries"), max_jobs=2, parallel=1)
    if retries is not None:
        body["TrainingJobDefinition"]["RetryStrategy"] = {"MaximumRetryAttempts": retries}
    db = get_database(settings)
    with unit_of_work(db, queue) as session:
        service.create(session, CreateTuningJobRequest.model_validate(body), settings)
    scheduler.advance(db, settings, queue, body["HyperParameterTuningJobName"])
    (first,) = queue.training
    queue.training.clear()
    claim = runs.claim(db, settings, first, OWNER)
    assert claim is not None
    return claim


def _row(settings: Settings, model: type, name: str) -> Any:
    column = TrainingJob.name if model is TrainingJob else TuningJob.name
    with get_database(settings).read() as session:
        row: Any = session.scalars(select(model).where(column == name)).one()
        session.expunge(row)
        return row


def test_an_internal_error_is_retried_while_the_retry_strategy_allows(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    queue = Recorder()
    claim = _claimed(settings, queue, retries=1)
    db = get_database(settings)
    assert runs.finish(db, settings, queue, claim, OWNER, INTERNAL, take_next=True) is None
    retried = _row(settings, TrainingJob, claim.name)
    assert retried.status == TrainingJobStatus.IN_PROGRESS
    assert retried.secondary_status == SecondaryStatus.STARTING
    assert retried.secondary_status_transitions[-1]["StatusMessage"] == (
        "Retrying after an internal error"
    )
    assert retried.lease_owner is None and retried.failure_reason is None
    assert queue.training == [claim.name]  # sent again, under its own name
    job = _row(settings, TuningJob, str(claim.tuning_job_name))
    assert job.in_progress == 1 and job.launched == 1 and job.retryable_error == 0
    # The second attempt's internal error is past MaximumRetryAttempts: Failed, retryable.
    again = runs.claim(db, settings, claim.name, OWNER)
    assert again is not None and again.attempt == 2
    runs.finish(db, settings, queue, again, OWNER, INTERNAL)
    failed = _row(settings, TrainingJob, claim.name)
    assert failed.status == TrainingJobStatus.FAILED
    assert failed.failure_reason == INTERNAL.failure_reason
    assert failed.failure_kind == FailureKind.RETRYABLE


def test_without_a_retry_strategy_an_internal_error_fails_the_job(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    queue = Recorder()
    claim = _claimed(settings, queue, retries=None)
    runs.finish(get_database(settings), settings, queue, claim, OWNER, INTERNAL)
    assert _row(settings, TrainingJob, claim.name).status == TrainingJobStatus.FAILED
    assert claim.name not in queue.training


def test_the_user_s_failure_is_not_retried(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    queue = Recorder()
    claim = _claimed(settings, queue, retries=3)
    theirs = Outcome.failed(FailureKind.NON_RETRYABLE, "AlgorithmError: exit code 1")
    runs.finish(get_database(settings), settings, queue, claim, OWNER, theirs)
    assert _row(settings, TrainingJob, claim.name).status == TrainingJobStatus.FAILED
    assert claim.name not in queue.training


def _lease(settings: Settings, name: str) -> Any:
    return _row(settings, TrainingJob, name).lease_expires_at


def test_the_keeper_renews_the_lease_until_its_block_ends(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", heartbeat_seconds=0.05, lease_seconds=60)
    claim = _claimed(settings, Recorder(), retries=None)
    db = get_database(settings)
    claimed = _lease(settings, claim.name)
    with LeaseKeeper(db, settings, claim, OWNER) as keeper:
        keeper.start()
        keeper.start()  # a second start changes nothing
        deadline = time.monotonic() + 30
        while _lease(settings, claim.name) == claimed:
            assert time.monotonic() < deadline, "the lease was never renewed"
            time.sleep(0.05)
    kept = _lease(settings, claim.name)
    time.sleep(0.3)  # six periods: a thread still running would have renewed it
    assert _lease(settings, claim.name) == kept


def test_a_keeper_of_a_fresh_lease_writes_nothing_within_a_heartbeat(tmp_path: Path) -> None:
    """The download phase's keeper (at_once=False): a layout quicker than a heartbeat costs no
    write; a longer one is renewed as above."""
    settings = Settings(data_dir=tmp_path / "data", heartbeat_seconds=20, lease_seconds=60)
    claim = _claimed(settings, Recorder(), retries=None)
    claimed = _lease(settings, claim.name)
    with LeaseKeeper(get_database(settings), settings, claim, OWNER, at_once=False) as keeper:
        keeper.start()
    assert _lease(settings, claim.name) == claimed


def test_the_keeper_leaves_an_ended_job_alone(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", heartbeat_seconds=0.05, lease_seconds=60)
    queue = Recorder()
    claim = _claimed(settings, queue, retries=None)
    db = get_database(settings)
    with LeaseKeeper(db, settings, claim, OWNER) as keeper:
        keeper.start()
        runs.finish(db, settings, queue, claim, OWNER, Outcome(TrainingJobStatus.COMPLETED))
        time.sleep(0.2)
    ended = _row(settings, TrainingJob, claim.name)
    assert ended.status == TrainingJobStatus.COMPLETED
    assert ended.lease_owner is None and ended.lease_expires_at is None


def test_a_lease_shorter_than_three_heartbeats_is_refused() -> None:
    with pytest.raises(ValidationError, match="at least 3 times OPENAMT_HEARTBEAT_SECONDS"):
        Settings(heartbeat_seconds=1.0, lease_seconds=2.9)
    assert Settings(heartbeat_seconds=0.1, lease_seconds=0.3).lease_seconds == 0.3
    defaults = Settings()
    assert defaults.lease_seconds >= 3 * defaults.heartbeat_seconds
