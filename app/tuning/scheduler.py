"""`advance`: the only place that decides what a tuning job does next, and where its status
changes (created InProgress by app/tuning/service.py).

Under the lock on the job's row it finalizes the job if it is done, winds it down if a stop
or a completion criterion asked for it, and otherwise launches training jobs up to the
limits. It commits before it submits anything, and running it twice (or from two processes
at once) changes nothing the second time.
"""

from __future__ import annotations

import logging
import secrets
from datetime import timedelta
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import arns
from app.clock import now
from app.config import Settings
from app.db import repositories
from app.db.models import TrainingJob, TuningJob
from app.db.session import Database, after_rollback
from app.executor import Executor, send_training, unit_of_work
from app.observe.logs import job_context
from app.training import lifecycle
from app.training.lifecycle import Outcome
from app.training.states import ACTIVE, TrainingJobStatus
from app.tuning import studies
from app.tuning.outcomes import gave_up, record_end, record_launch
from app.tuning.plan import Plan, plan_of
from app.tuning.states import TERMINAL, StopReason, TuningJobStatus
from app.tuning.strategies import STRATEGIES, trial_seed

log = logging.getLogger(__name__)


def advance(db: Database, settings: Settings, executor: Executor, name: str) -> None:
    with job_context(tuning_job=name), unit_of_work(db, executor) as session:
        job = repositories.tuning_job(session, name, lock=True)
        if job is not None and job.status not in TERMINAL:
            step(session, settings, job)


def step(session: Session, settings: Settings, job: TuningJob) -> None:
    """One decision for a locked job, in the caller's unit of work: the training jobs it
    launches are sent once that commits."""
    if job.stop_reason is None:
        _check_limits(job)
    if job.stop_reason is not None:
        _wind_down(session, settings, job)
        return
    if job.launched >= job.max_training_jobs:
        if job.in_progress == 0:
            _finalize(job, TuningJobStatus.COMPLETED)
        return
    wanted = min(job.max_parallel - job.in_progress, job.max_training_jobs - job.launched)
    if wanted <= 0:
        return
    try:
        plan = plan_of(job)
    except ValueError as error:
        # Stored under rules that have since tightened: end it with the reason, not forever.
        job.stop_reason = StopReason.FAILED
        job.failure_reason = f"The stored request is no longer valid: {error}"[:1024]
        _wind_down(session, settings, job)
        return
    for _ in range(wanted):
        send_training(session, _launch(session, settings, job, plan))


def _check_limits(job: TuningJob) -> None:
    if job.max_runtime_seconds is not None and now() - job.creation_time >= timedelta(
        seconds=job.max_runtime_seconds
    ):
        job.stop_reason = StopReason.MAX_RUNTIME
    elif gave_up(job):
        failed = job.retryable_error + job.non_retryable_error
        job.stop_reason = StopReason.FAILED
        job.failure_reason = f"No training job succeeded after {failed} attempts"


def _wind_down(session: Session, settings: Settings, job: TuningJob) -> None:
    """Stop what runs (runners see Stopping and kill their process groups), then finalize."""
    active = session.scalars(
        select(TrainingJob)
        .where(TrainingJob.tuning_job_name == job.name, TrainingJob.status.in_(ACTIVE))
        .with_for_update()
    )
    for training in active:
        if not lifecycle.request_stop(training):  # never started: nothing to kill
            record_end(settings, job, training, Outcome(TrainingJobStatus.STOPPED))
    if job.in_progress == 0:
        assert job.stop_reason is not None
        _finalize(job, StopReason(job.stop_reason).final_status)


def request_stop(job: TuningJob, reason: StopReason) -> None:
    """StopHyperParameterTuningJob: InProgress -> Stopping; the next `advance` stops the
    training jobs and ends the job as `reason` says."""
    job.status = TuningJobStatus.STOPPING
    job.stop_reason = reason
    job.last_modified_time = now()


def _finalize(job: TuningJob, status: TuningJobStatus) -> None:
    job.status = status
    job.end_time = job.last_modified_time = now()
    log.info("tuning job %s %s", job.name, status, extra={"tuning_job": job.name})


def _launch(session: Session, settings: Settings, job: TuningJob, plan: Plan) -> str:
    sequence = job.launched + 1
    strategy = STRATEGIES[plan.strategy]
    seed = trial_seed(plan.sampling, sequence)
    (chosen, tuned), trial_id = studies.ask(
        settings,
        job.id,
        job.name,
        lambda space: strategy.make_sampler(plan.sampling, seed, space),
        plan.suggest,
        fixed=plan.grid()[sequence - 1] if strategy.enumerates_grid else None,
    )
    # Should this launch roll back, its trial must not stay RUNNING in the study.
    after_rollback(session, partial(studies.tell, settings, trial_id, None, pruned=False))
    name = f"{job.name}-{sequence:03d}-{secrets.token_hex(4)}"
    session.add(
        lifecycle.new(
            name=name,
            arn=arns.training_job_arn(settings, name),
            tuning_job_name=job.name,
            tuning_job_arn=job.arn,
            sequence=sequence,
            trial_id=trial_id,
            definition_name=chosen.name,
            tuned_hyperparameters=tuned,
            hyperparameters={
                **chosen.static,
                **tuned,
                "_tuning_objective_metric": plan.objective_metric,
            },
            spec=chosen.training_spec,
            tags=list(job.tags),
        )
    )
    record_launch(job)
    session.flush()
    return name
