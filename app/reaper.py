"""Self-healing: what a crash, a kill or a lost message left behind is repaired from the database.

- A training job whose lease expired lost its worker: it is retried (same name, same
  hyperparameters) while `RetryStrategy.MaximumRetryAttempts` allows, else it fails with
  `RetryableError` (app/runs.py, `expire_leases`).
- Every tuning job with something to decide is advanced: that enforces
  `MaxRuntimeInSeconds` and launches what a lost message would have launched (advance is
  idempotent). Training jobs left unclaimed too long are submitted again.

The studies need no repair: a trial is told in the transaction that ends its training job, and
failed when its launch rolls back (app/tuning/studies.py).
"""

from __future__ import annotations

import logging
from datetime import timedelta

from sqlalchemy import or_, select

from app import runs
from app.clock import now
from app.config import Settings
from app.db.models import TrainingJob, TuningJob
from app.db.session import Database
from app.executor import Executor, send_training, unit_of_work
from app.training.states import TrainingJobStatus
from app.tuning import scheduler
from app.tuning.states import ACTIVE, TuningJobStatus

log = logging.getLogger(__name__)


def sweep(db: Database, settings: Settings, executor: Executor) -> None:
    """One repair pass. Passes never overlap: a slow one makes the next one skip."""
    with db.exclusive("openamt-sweep") as ours:
        if ours:
            _sweep(db, settings, executor)


def _sweep(db: Database, settings: Settings, executor: Executor) -> None:
    runs.expire_leases(db, settings, executor)
    resubmit_stale(db, settings, executor)
    with db.read() as session:
        # A job running at full parallelism, with no runtime limit and nothing to stop, has
        # nothing to decide until one of its training jobs ends (which advances it).
        waiting = list(
            session.scalars(
                select(TuningJob.name).where(
                    TuningJob.status.in_(ACTIVE),
                    or_(
                        TuningJob.status == TuningJobStatus.STOPPING,
                        TuningJob.stop_reason.is_not(None),
                        TuningJob.max_runtime_seconds.is_not(None),
                        TuningJob.in_progress < TuningJob.max_parallel,
                    ),
                )
            )
        )
    for tuning_job_name in waiting:
        scheduler.advance(db, settings, executor, tuning_job_name)


def resubmit_stale(db: Database, settings: Settings, executor: Executor) -> None:
    """A training job unclaimed for `resubmit_seconds` may have lost its message (a flushed
    broker): submit it again. A duplicate is harmless (the claim makes it a no-op); the
    touch of last_modified_time spaces the resubmits out."""
    horizon = now() - timedelta(seconds=settings.resubmit_seconds)
    with unit_of_work(db, executor) as session:
        stale = list(
            session.scalars(
                select(TrainingJob)
                .where(
                    TrainingJob.status == TrainingJobStatus.IN_PROGRESS,
                    TrainingJob.lease_owner.is_(None),
                    TrainingJob.last_modified_time < horizon,
                )
                .with_for_update(skip_locked=True)
            )
        )
        for training in stale:
            training.last_modified_time = now()
            send_training(session, training.name)


def resubmit_unclaimed(db: Database, executor: Executor) -> None:
    """After a restart: messages held in a process's memory are gone, the rows are not."""
    with db.read() as session:
        names = list(
            session.scalars(
                select(TrainingJob.name)
                .where(
                    TrainingJob.status == TrainingJobStatus.IN_PROGRESS,
                    TrainingJob.lease_owner.is_(None),
                )
                .order_by(TrainingJob.id)
            )
        )
    for name in names:
        executor.submit_training(name)
