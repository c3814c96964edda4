"""The look-ups of one job by name, written once: exact (the unique index), or as SageMaker
matches names (not case sensitive), with or without the row lock.

Lock order, everywhere: a tuning job's row before any of its training jobs' rows
(`training_job_with_its_tuning_job`). Every writer that changes both takes them in this order,
so two of them never wait on each other in a cycle.
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import TrainingJob, TuningJob

Row = TypeVar("Row", TuningJob, TrainingJob)


def _by_name(session: Session, model: type[Row], name: str, *, lock: bool) -> Row | None:
    query = select(model).where(model.name == name)
    return session.scalar(query.with_for_update() if lock else query)


def tuning_job(session: Session, name: str, *, lock: bool = False) -> TuningJob | None:
    return _by_name(session, TuningJob, name, lock=lock)


def training_job(session: Session, name: str, *, lock: bool = False) -> TrainingJob | None:
    return _by_name(session, TrainingJob, name, lock=lock)


def find(session: Session, model: type[Row], name: str, *, lock: bool = False) -> Row | None:
    """The row of that name as SageMaker matches names: not case sensitive (ARNs hold them
    lower-cased). The exact name first: that lookup uses the unique index."""
    found = _by_name(session, model, name, lock=lock)
    if found is not None:
        return found
    query = select(model).where(func.lower(model.name) == name.lower())
    return session.scalar(query.with_for_update() if lock else query)


def training_job_with_its_tuning_job(
    session: Session, name: str
) -> tuple[TuningJob | None, TrainingJob] | None:
    """Both rows locked, in the lock order: (None, training job) for a standalone one; None
    when the training job is gone, or its tuning job is (a deleted tuning job's training
    jobs are terminal and belong to no tuning job any more)."""
    found = session.execute(
        select(TrainingJob.tuning_job_name).where(TrainingJob.name == name)
    ).first()
    if found is None:
        return None
    tuning_job_name = found.tuning_job_name
    job = None
    if tuning_job_name is not None:
        job = tuning_job(session, tuning_job_name, lock=True)
        if job is None:
            return None
    training = training_job(session, name, lock=True)
    if training is None or training.tuning_job_name != tuning_job_name:
        return None
    return job, training
