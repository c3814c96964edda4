"""Self-healing: what a crash, a kill or a lost message left behind is repaired from the database.

- A training job whose lease expired lost its worker: it is retried (same name, same
  hyperparameters) while `RetryStrategy.MaximumRetryAttempts` allows, else it fails with
  `RetryableError`.
- Every tuning job with something to decide is advanced: that enforces
  `MaxRuntimeInSeconds` and launches what a lost message would have launched (advance is
  idempotent). Training jobs left unclaimed too long are submitted again.
- Optuna trials left RUNNING by a crash between the two commits are reconciled.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import time
from datetime import UTC, timedelta

from optuna.trial import TrialState
from sqlalchemy import or_, select

from app.clock import now
from app.config import Settings
from app.db.models import TrainingJob, TuningJob
from app.db.session import Database
from app.executor import Executor
from app.training.status import set_secondary
from app.tuning import scheduler, studies
from app.tuning.outcomes import record_end, tell_study

log = logging.getLogger(__name__)

ORPHAN_TRIAL_SECONDS = 60
LOST_WORKER = "InternalServerError: the worker running this training job stopped responding"


_last_reconcile = 0.0  # per process: trials are reconciled once a minute, not every sweep


def sweep(db: Database, settings: Settings, executor: Executor) -> None:
    """One repair pass. Passes never overlap: a slow one makes the next one skip."""
    with db.exclusive("openamt-sweep") as ours:
        if ours:
            _sweep(db, settings, executor)


def _sweep(db: Database, settings: Settings, executor: Executor) -> None:
    global _last_reconcile
    for name in reap_expired_leases(db, settings, executor):
        executor.submit_training(name)
    resubmit_stale(db, settings, executor)
    with db.read() as session:
        # A job running at full parallelism, with no runtime limit and nothing to stop, has
        # nothing to decide until one of its training jobs ends (which advances it).
        waiting = list(
            session.scalars(
                select(TuningJob.name).where(
                    TuningJob.status.in_(("InProgress", "Stopping")),
                    or_(
                        TuningJob.status == "Stopping",
                        TuningJob.stop_reason.is_not(None),
                        TuningJob.max_runtime_seconds.is_not(None),
                        TuningJob.in_progress < TuningJob.max_parallel,
                    ),
                )
            )
        )
    for tuning_job_name in waiting:
        scheduler.advance(db, settings, executor, tuning_job_name)
    if time.monotonic() - _last_reconcile >= ORPHAN_TRIAL_SECONDS:
        _last_reconcile = time.monotonic()
        with db.read() as session:
            active = list(
                session.scalars(
                    select(TuningJob.name).where(TuningJob.status.in_(("InProgress", "Stopping")))
                )
            )
        for tuning_job_name in active:
            reconcile_trials(db, settings, tuning_job_name)


def reconcile_trials(
    db: Database,
    settings: Settings,
    tuning_job_name: str,
    *,
    orphan_seconds: float = ORPHAN_TRIAL_SECONDS,
) -> None:
    """The study and openamt's tables commit separately: mend what a crash between the two
    left. A RUNNING trial whose training job ended is told its result; one that no training
    job owns (the launch rolled back after the ask) is failed, once it is old enough that
    its launch cannot still be in flight."""
    try:
        study = studies.load_study(settings, tuning_job_name)
    except KeyError:
        return
    running = study.get_trials(deepcopy=False, states=(TrialState.RUNNING,))
    if not running:
        return
    with db.read() as session:
        owners = {
            trial_id: (status, objective, early_stopped)
            for trial_id, status, objective, early_stopped in session.execute(
                select(
                    TrainingJob.trial_id,
                    TrainingJob.status,
                    TrainingJob.final_objective,
                    TrainingJob.early_stopped,
                ).where(TrainingJob.trial_id.in_([t._trial_id for t in running]))
            )
        }
    horizon = now() - timedelta(seconds=orphan_seconds)
    for trial in running:
        owner = owners.get(trial._trial_id)
        if owner is None:
            started = trial.datetime_start
            if started is not None and started.astimezone(UTC) < horizon:
                tell_study(settings, tuning_job_name, trial._trial_id, None, pruned=False)
        elif owner[0] in ("Completed", "Failed", "Stopped"):
            tell_study(settings, tuning_job_name, trial._trial_id, owner[1], pruned=owner[2])


def resubmit_stale(db: Database, settings: Settings, executor: Executor) -> None:
    """A training job unclaimed for `resubmit_seconds` may have lost its message (a flushed
    broker): submit it again. A duplicate is harmless (the claim makes it a no-op); the
    touch of last_modified_time spaces the resubmits out."""
    horizon = now() - timedelta(seconds=settings.resubmit_seconds)
    with db.write() as session:
        stale = list(
            session.scalars(
                select(TrainingJob)
                .where(
                    TrainingJob.status == "InProgress",
                    TrainingJob.lease_owner.is_(None),
                    TrainingJob.last_modified_time < horizon,
                )
                .with_for_update(skip_locked=True)
            )
        )
        for training in stale:
            training.last_modified_time = now()
        names = [training.name for training in stale]
    for name in names:
        executor.submit_training(name)


def resubmit_unclaimed(db: Database, executor: Executor) -> None:
    """After a restart: messages held in a process's memory are gone, the rows are not."""
    with db.read() as session:
        names = list(
            session.scalars(
                select(TrainingJob.name)
                .where(TrainingJob.status == "InProgress", TrainingJob.lease_owner.is_(None))
                .order_by(TrainingJob.id)
            )
        )
    for name in names:
        executor.submit_training(name)


def kill_leftovers(training: TrainingJob) -> None:
    """A worker killed mid-job may leave its training's process group behind: end it, when
    it ran on this host (other hosts' groups die with their worker via PDEATHSIG)."""
    host = (training.lease_owner or "").rpartition(":")[0]
    if training.process_group and host == socket.gethostname():
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(training.process_group, signal.SIGKILL)
    training.process_group = None


def reap_expired_leases(db: Database, settings: Settings, executor: Executor) -> list[str]:
    """Expired leases -> retried (returned, to resubmit after commit) or RetryableError."""
    with db.read() as session:
        expired = list(
            session.scalars(
                select(TrainingJob.name).where(
                    TrainingJob.status.in_(("InProgress", "Stopping")),
                    TrainingJob.lease_owner.is_not(None),
                    TrainingJob.lease_expires_at < now(),
                )
            )
        )
    retry: list[str] = []
    for name in expired:
        with db.write() as session:
            training = session.scalar(select(TrainingJob).where(TrainingJob.name == name))
            if training is None:
                continue
            # A standalone training job (no tuning job) has only its own row to lock.
            standalone = training.tuning_job_name is None
            job = None
            if not standalone:
                job = session.scalar(
                    select(TuningJob)
                    .where(TuningJob.name == training.tuning_job_name)
                    .with_for_update()
                )
            session.refresh(training, with_for_update=True)
            lease = training.lease_expires_at
            if (job is None and not standalone) or training.lease_owner is None:
                continue  # finished meanwhile
            if lease is None or lease >= now():
                continue  # renewed meanwhile
            max_retries = (training.spec.get("RetryStrategy") or {}).get("MaximumRetryAttempts", 0)
            log.warning("training job %s lost its worker %s", name, training.lease_owner)
            kill_leftovers(training)
            if training.status == "InProgress" and training.attempts <= max_retries:
                training.lease_owner = None
                training.lease_expires_at = None
                set_secondary(training, "Starting", message="Retrying after the worker was lost")
                training.last_modified_time = now()
                retry.append(name)
            elif training.status == "Stopping":
                record_end(job, training, status="Stopped")
            else:
                record_end(
                    job,
                    training,
                    status="Failed",
                    failure_kind="Retryable",
                    failure_reason=LOST_WORKER,
                )
    return retry
