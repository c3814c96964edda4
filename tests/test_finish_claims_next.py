"""A worker's finish claims the first training job its step launched, in the same
transaction, for that worker to run next (app/runs.finish `take_next`), unless training jobs
already wait for a worker; embedded mode's dispatcher tells its workers how many wait
(workers/local_executor.py)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from app import runs
from app.config import Settings
from app.db.migrate import upgrade
from app.db.models import TrainingJob
from app.db.session import get_database
from app.executor import unit_of_work
from app.training.lifecycle import Outcome
from app.training.states import SecondaryStatus, TrainingJobStatus
from app.tuning import scheduler, service
from app.tuning.schemas import CreateTuningJobRequest
from tests.support.jobs import unique, xgboost_job
from workers.local_executor import LocalExecutor

OWNER = "host:1"


class Recorder:
    """Where the units of work send (the queue, in a real executor)."""

    def __init__(self, *, waits: bool = False) -> None:
        self.waits = waits
        self.training: list[str] = []

    def submit_training(self, training_job_name: str) -> None:
        self.training.append(training_job_name)

    def submit_advance(self, tuning_job_name: str) -> None:
        pass

    def training_waits(self) -> bool:
        return self.waits


def _first_job_claimed(tmp_path: Path, queue: Recorder) -> tuple[Settings, runs.Claim]:
    """A tuning job at parallel 1 whose first training job this worker has claimed."""
    settings = Settings(data_dir=tmp_path / "data")
    upgrade(settings)
    name = unique("next")
    body = CreateTuningJobRequest.model_validate(xgboost_job(name, max_jobs=3, parallel=1))
    db = get_database(settings)
    with unit_of_work(db, queue) as session:
        service.create(session, body, settings)
    scheduler.advance(db, settings, queue, name)
    (first,) = queue.training
    queue.training.clear()
    claim = runs.claim(db, settings, first, OWNER)
    assert claim is not None
    return settings, claim


def _finish(settings: Settings, queue: Recorder, claim: runs.Claim) -> runs.Claim | None:
    ended = Outcome(TrainingJobStatus.COMPLETED, objective=0.5)
    db = get_database(settings)
    return runs.finish(db, settings, queue, claim, OWNER, ended, take_next=True)


def _row(settings: Settings, name: str) -> TrainingJob:
    with get_database(settings).read() as session:
        row = session.scalars(select(TrainingJob).where(TrainingJob.name == name)).one()
        session.expunge(row)
        return row


def test_the_end_and_the_next_start_are_one_commit(tmp_path: Path) -> None:
    queue = Recorder()
    settings, claim = _first_job_claimed(tmp_path, queue)
    following = _finish(settings, queue, claim)
    assert following is not None and following.name != claim.name
    assert queue.training == []  # claimed here, so not sent to another worker
    ended, started = _row(settings, claim.name), _row(settings, following.name)
    assert ended.status == TrainingJobStatus.COMPLETED
    assert started.lease_owner == OWNER
    assert started.secondary_status == SecondaryStatus.DOWNLOADING
    assert started.attempts == 1 and following.attempt == 1
    assert started.training_start_time is not None and ended.training_end_time is not None
    assert started.training_start_time >= ended.training_end_time
    assert following.trial_id == started.trial_id is not None
    # The worker runs it as it would a job it claimed itself: a repeated message is a no-op.
    assert runs.claim(get_database(settings), settings, following.name, "other:2") is None


def test_nothing_is_claimed_while_other_training_jobs_wait(tmp_path: Path) -> None:
    queue = Recorder()
    settings, claim = _first_job_claimed(tmp_path, queue)
    queue.waits = True
    assert _finish(settings, queue, claim) is None
    (sent,) = queue.training
    assert _row(settings, sent).lease_owner is None  # the queue's next worker claims it


def test_the_last_job_claims_nothing(tmp_path: Path) -> None:
    queue = Recorder()
    settings, claim = _first_job_claimed(tmp_path, queue)
    for _ in range(2):
        following = _finish(settings, queue, claim)
        assert following is not None
        claim = following
    assert _finish(settings, queue, claim) is None  # MaxNumberOfTrainingJobs reached
    assert queue.training == []


def _until(condition: Callable[[], bool], seconds: float = 60.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_the_dispatcher_says_training_waits_only_when_no_idle_worker_takes_it(
    tmp_path: Path,
) -> None:
    settings = Settings(data_dir=tmp_path / "data", workers=1)
    upgrade(settings)
    executor = LocalExecutor(settings)
    executor.start()
    try:
        assert not executor.training_waits()
        # Unknown names: the worker's claim finds nothing and it is ready again at once, so
        # the one idle worker takes each in turn and nothing is left waiting.
        for index in range(3):
            executor.submit_training(f"no-such-job-{index}")
        assert _until(lambda: executor.queue_depths() == {"local": 0})
        assert _until(lambda: not executor.training_waits())
    finally:
        executor.shutdown()
