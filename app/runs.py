"""A run of a training job, as its runner and the reaper take it: each step one transaction,
with the rows locked in the lock order (app/db/repositories.py), the change itself made by
app/training/lifecycle.py, and the tuning job's share by app/tuning/outcomes.py and
app/tuning/scheduler.py.

    claim      InProgress, our lease (a repeated message finds it claimed: a no-op)
    heartbeat  renew the lease, store the metric points seen since the last beat
    finish     the end, counted in the tuning job, told to its study, and its next step
               (whose first launch the finishing worker may claim to run next); an
               internal error is retried per `RetryStrategy`, as a lost worker's run is
    renew_lease  the lease kept while the runner ends a run (workers/lease.py)
    release    a shutdown hands the job back
    expire     the reaper: a lease that ran out is retried, or failed as RetryableError
    stop       StopTrainingJob

A step that finds the job no longer held by its runner changes nothing: the reaper took it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, object_session

from app.clock import now
from app.config import Settings
from app.db import repositories
from app.db.models import MetricPoint, TrainingJob, TuningJob
from app.db.session import Database
from app.errors import ResourceNotFound, ValidationError
from app.executor import (
    Executor,
    send_advance,
    send_training,
    unit_of_work,
    withhold_training,
)
from app.training import algorithms, lifecycle
from app.training.lifecycle import Outcome
from app.training.metrics import MetricDefinition
from app.training.states import ACTIVE, FailureKind, TrainingJobStatus
from app.tuning import scheduler
from app.tuning.outcomes import record_end
from app.tuning.plan import Plan, plan_of

log = logging.getLogger(__name__)


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass(frozen=True)
class Claim:
    """Plain data about a claimed job: no ORM object leaves its session."""

    name: str
    arn: str
    tuning_job_name: str | None  # None for a standalone training job (CreateTrainingJob)
    trial_id: int | None
    hyperparameters: dict[str, str]
    spec: dict[str, Any]
    objective_metric: str | None
    metric_definitions: tuple[MetricDefinition, ...]
    builtin_xgboost: bool
    plan: Plan | None  # its tuning job's plan (None for a standalone job)
    attempt: int
    interruptions: int = 0  # simulated spot interruptions so far (workers/spot_capacity.py)
    tuning_job_id: int | None = None  # its tuning job's row id (its study's key)
    num_cpus: int = 1  # its share of this host's cores when it was claimed (_share_of_cores)

    @property
    def tuning_job(self) -> tuple[int, str] | None:
        if self.tuning_job_id is None or self.tuning_job_name is None:
            return None
        return self.tuning_job_id, self.tuning_job_name


def claim(db: Database, settings: Settings, name: str, owner: str) -> Claim | None:
    with db.write() as session:
        rows = repositories.training_job_with_its_tuning_job(session, name)
        if rows is None:
            return None
        return _claimed(settings, *rows, owner)


def _claimed(
    settings: Settings, job: TuningJob | None, training: TrainingJob, owner: str
) -> Claim | None:
    """Take the locked `training` for `owner`; None when it is not there to take."""
    if not lifecycle.claim(training, owner, settings.lease_seconds):
        return None  # ended, stopping, or someone runs it (the reaper judges its lease)
    cores = _share_of_cores(training, owner)
    if job is None:
        return replace(_standalone_claim(training), num_cpus=cores)
    plan = plan_of(job)
    definition = plan.for_definition(training.definition_name)
    return Claim(
        num_cpus=cores,
        name=training.name,
        arn=training.arn,
        tuning_job_name=job.name,
        trial_id=training.trial_id,
        hyperparameters=dict(training.hyperparameters),
        spec=dict(training.spec),
        objective_metric=plan.objective_metric,
        metric_definitions=definition.metric_definitions,
        builtin_xgboost=definition.builtin_xgboost,
        plan=plan,
        attempt=training.attempts,
        interruptions=training.interruptions,
        tuning_job_id=job.id,
    )


def _share_of_cores(training: TrainingJob, owner: str) -> int:
    """The threads a job claimed now may use: this host's cores over the training jobs that
    its workers hold now, this one included. A job alone gets every core (a tuning job at
    parallel 1 trains as fast as the machine allows), N jobs one N-th each; a job started
    while others ran keeps its share when they end."""
    session = object_session(training)
    assert session is not None
    host = owner.rpartition(":")[0]
    held = session.scalar(
        select(func.count())
        .select_from(TrainingJob)
        .where(
            TrainingJob.status.in_(ACTIVE),
            TrainingJob.lease_owner.startswith(f"{host}:", autoescape=True),
        )
    )
    return max(1, (os.cpu_count() or 1) // max(1, held or 0))


def _standalone_claim(training: TrainingJob) -> Claim:
    """A training job of no tuning job: no trial, no objective, no pruner; its metrics are
    those its definition (and a built-in algorithm) names."""
    spec = dict(training.spec)
    algorithm = spec.get("AlgorithmSpecification") or {}
    builtin = algorithms.runs_builtin_xgboost(
        algorithm.get("TrainingImage"),
        training.hyperparameters,
        spec.get("Environment"),
        entrypoint=algorithm.get("ContainerEntrypoint"),
    )
    rules = [
        MetricDefinition(d["Name"], d["Regex"])
        for d in algorithms.metric_definitions(algorithm, builtin_xgboost=False)
    ]
    if builtin:
        rules = algorithms.xgboost_metric_rules() + rules
    return Claim(
        name=training.name,
        arn=training.arn,
        tuning_job_name=None,
        trial_id=None,
        hyperparameters=dict(training.hyperparameters),
        spec=spec,
        objective_metric=None,
        metric_definitions=tuple(rules),
        builtin_xgboost=builtin,
        plan=None,
        attempt=training.attempts,
        interruptions=training.interruptions,
    )


def _held(session: Session, claim: Claim, owner: str, *, lock: bool = False) -> TrainingJob | None:
    training = repositories.training_job(session, claim.name, lock=lock)
    return training if lifecycle.held_by(training, owner) else None


def mark_training(
    db: Database, settings: Settings, claim: Claim, owner: str, process_group: int
) -> None:
    """The process runs: its group is recorded, and the lease renewed (laying out the
    channels took time no heartbeat covered)."""
    with db.write(durable=False) as session:
        if (training := _held(session, claim, owner)) is not None:
            lifecycle.started(training, process_group)
            lifecycle.renew(training, settings.lease_seconds)


def mark_interrupted(db: Database, claim: Claim, owner: str, interruptions: int) -> None:
    with db.write() as session:
        if (training := _held(session, claim, owner)) is not None:
            lifecycle.interrupted(training, interruptions)


def mark_uploading(db: Database, claim: Claim, owner: str) -> None:
    with db.write(durable=False) as session:
        if (training := _held(session, claim, owner)) is not None:
            lifecycle.uploading(training)


def renew_lease(db: Database, settings: Settings, claim: Claim, owner: str) -> None:
    """The lease renewed while its runner works after the training (workers/lease.py); a
    database briefly unreachable is tried again at the next renewal, as a heartbeat is."""
    try:
        with db.write(durable=False) as session:
            if (training := _held(session, claim, owner, lock=True)) is not None:
                lifecycle.renew(training, settings.lease_seconds)
    except DBAPIError:
        log.warning("training job %s: lease renewal failed; retrying", claim.name, exc_info=True)


def release(db: Database, claim: Claim, owner: str) -> None:
    with db.write() as session:
        if (training := _held(session, claim, owner, lock=True)) is not None:
            lifecycle.release(training)


def heartbeat(
    db: Database, settings: Settings, claim: Claim, owner: str, points: list[dict[str, Any]]
) -> bool:
    """Renew the lease and store `points` (emptied once stored); False when the job should
    stop (Stopping, or no longer ours). A database that is briefly unreachable is not the
    job's failure: keep training and try again at the next beat (a lease lasts three beats
    or more (app/config.py), so it outlives a missed beat)."""
    try:
        with db.write(durable=False) as session:
            training = repositories.training_job(session, claim.name)
            _insert_points(session, training, points)
            if not lifecycle.held_by(training, owner):
                return False
            assert training is not None
            return lifecycle.renew(training, settings.lease_seconds)
    except DBAPIError:
        log.warning("training job %s: heartbeat failed; retrying", claim.name, exc_info=True)
        return True


def still_ours(db: Database, claim: Claim, owner: str) -> bool:
    """The cheap check between beats: a read, so a stop is seen within stop_poll_seconds."""
    try:
        with db.read() as session:
            row = session.execute(
                select(TrainingJob.status, TrainingJob.lease_owner).where(
                    TrainingJob.name == claim.name
                )
            ).first()
    except DBAPIError:
        return True
    return (
        row is not None and row.status == TrainingJobStatus.IN_PROGRESS and row.lease_owner == owner
    )


def flush_points(db: Database, claim: Claim, points: list[dict[str, Any]]) -> None:
    if points:
        with db.write(durable=False) as session:
            _insert_points(session, repositories.training_job(session, claim.name), points)


def _insert_points(
    session: Session, training: TrainingJob | None, points: list[dict[str, Any]]
) -> None:
    if training is not None and points:
        session.execute(
            insert(MetricPoint), [{**point, "training_job_id": training.id} for point in points]
        )
    points.clear()


def finish(
    db: Database,
    settings: Settings,
    executor: Executor,
    claim: Claim,
    owner: str,
    outcome: Outcome,
    *,
    take_next: bool = False,
) -> Claim | None:
    """Record the end once and take the tuning job's next step in the same transaction (it
    already holds the job's lock); what the step launches is sent after the commit.

    With `take_next`, the first training job the step launches is claimed in this
    transaction for `owner` to run next, and not sent: one job's end and the next one's start
    are one commit, with no trip through the queue. Not while other training jobs wait for a
    worker (`Executor.training_waits`): those go first, as the queue orders them, so no
    tuning job keeps a worker to itself. Returns that claim, or None."""
    with unit_of_work(db, executor) as session:
        rows = repositories.training_job_with_its_tuning_job(session, claim.name)
        if rows is None:
            return None
        job, training = rows
        if not lifecycle.held_by(training, owner) or training.status not in ACTIVE:
            return None  # no longer ours: the reaper took it
        if outcome.failure_kind is FailureKind.RETRYABLE and _retried(
            session, training, "an internal error"
        ):
            return None  # openamt's own failure, retried as a lost worker's run is
        # The study hears the result (record_end) before the next suggestion is asked for.
        record_end(settings, job, training, outcome)
        if job is None:
            return None
        scheduler.step(session, settings, job)
        if not take_next or executor.training_waits():
            return None
        return _take_launched(session, settings, job, owner)


def _take_launched(
    session: Session, settings: Settings, job: TuningJob, owner: str
) -> Claim | None:
    """The first training job this unit launched, withheld from the queue and claimed (its
    row is new in this transaction and the tuning job's lock is held: the lock order)."""
    name = withhold_training(session)
    if name is None:
        return None
    training = repositories.training_job(session, name)
    assert training is not None
    return _claimed(settings, job, training, owner)


def expire_leases(db: Database, settings: Settings, executor: Executor) -> None:
    """Expired leases (a lost worker): retried (sent again after the commit) while
    `RetryStrategy.MaximumRetryAttempts` allows, else ended as RetryableError."""
    with db.read() as session:
        expired = list(
            session.scalars(
                select(TrainingJob.name).where(
                    TrainingJob.status.in_(ACTIVE),
                    TrainingJob.lease_owner.is_not(None),
                    TrainingJob.lease_expires_at < now(),
                )
            )
        )
    for name in expired:
        with unit_of_work(db, executor) as session:
            rows = repositories.training_job_with_its_tuning_job(session, name)
            if rows is None:
                continue
            job, training = rows
            if not lifecycle.lease_expired(training, now()):
                continue  # finished or renewed meanwhile
            log.warning("training job %s lost its worker %s", name, training.lease_owner)
            _kill_leftovers(training)
            if _retried(session, training, "the worker was lost"):
                continue
            if training.status == TrainingJobStatus.STOPPING:
                record_end(settings, job, training, Outcome(TrainingJobStatus.STOPPED))
            else:
                lost = Outcome.failed(FailureKind.RETRYABLE, lifecycle.LOST_WORKER)
                record_end(settings, job, training, lost)


def _retried(session: Session, training: TrainingJob, why: str) -> bool:
    """A run that failed on openamt's side (its worker lost, or an internal error its runner
    caught: AWS's InternalServerError) waits for another attempt, sent after the commit,
    while `RetryStrategy.MaximumRetryAttempts` allows; False when it does not."""
    if not lifecycle.may_retry(training):
        return False
    log.warning("training job %s: retried after %s", training.name, why)
    lifecycle.retry(training, after=why)
    send_training(session, training.name)
    return True


def _kill_leftovers(training: TrainingJob) -> None:
    """A worker killed mid-job may leave its training's process group behind: end it, when
    it ran on this host (other hosts' groups die with their worker via PDEATHSIG)."""
    host = (training.lease_owner or "").rpartition(":")[0]
    if training.process_group and host == socket.gethostname():
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(training.process_group, signal.SIGKILL)


def stop(db: Database, settings: Settings, executor: Executor, name: str) -> None:
    """StopTrainingJob: InProgress -> Stopping (its runner kills the process tree and records
    Stopped), or Stopped at once when no worker has it yet, and then its tuning job (if it has
    one) replaces it. Stopping a job already Stopping is a no-op success; a finished one, a
    ValidationException."""
    with unit_of_work(db, executor) as session:
        found = repositories.find(session, TrainingJob, name)
        if found is None:
            raise _not_found(name)
        rows = repositories.training_job_with_its_tuning_job(session, found.name)
        if rows is None:
            raise _not_found(name)
        job, training = rows
        if training.status == TrainingJobStatus.STOPPING:
            return
        if training.status != TrainingJobStatus.IN_PROGRESS:
            raise ValidationError(
                f"The training job {training.name} is {training.status} and can't be stopped"
            )
        if not lifecycle.request_stop(training):
            record_end(settings, job, training, Outcome(TrainingJobStatus.STOPPED))
            if job is not None:
                send_advance(session, job.name)


def _not_found(name: str) -> ResourceNotFound:
    return ResourceNotFound(f"Requested resource not found: training job {name}")
