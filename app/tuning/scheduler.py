"""`advance`: the only place that decides what a tuning job does next.

Under the lock on the job's row it finalizes the job if it is done, winds it down if a stop
or a completion criterion asked for it, and otherwise launches training jobs up to the
limits. It commits before it submits anything, and running it twice (or from two processes
at once) changes nothing the second time.
"""

from __future__ import annotations

import logging
import secrets
from datetime import timedelta
from typing import Any

import optuna
from pydantic import ValidationError as PydanticValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import arns
from app.clock import now
from app.config import Settings
from app.db.models import TrainingJob, TuningJob
from app.db.session import Database
from app.errors import ValidationError
from app.executor import Executor
from app.observe.logs import job_context
from app.training.status import set_secondary
from app.tuning import studies
from app.tuning.outcomes import gave_up, record_end, record_launch
from app.tuning.schemas import CreateTuningJobRequest
from app.tuning.spec import JobSpec, interpret
from app.tuning.strategies import STRATEGIES, configured, trial_seed

log = logging.getLogger(__name__)

TERMINAL = ("Completed", "Failed", "Stopped")
# What a training job's definition carries that belongs to the tuner, not to the training job.
TUNER_ONLY = (
    "DefinitionName",
    "TuningObjective",
    "HyperParameterRanges",
    "StaticHyperParameters",
    "HyperParameterTuningResourceConfig",
)


def advance(db: Database, settings: Settings, executor: Executor, name: str) -> None:
    with job_context(tuning_job=name), db.write() as session:
        job = session.scalar(select(TuningJob).where(TuningJob.name == name).with_for_update())
        if job is None or job.status in TERMINAL:
            return
        launched = step(session, settings, job)
    for training_job_name in launched:
        executor.submit_training(training_job_name)


def step(session: Session, settings: Settings, job: TuningJob) -> list[str]:
    """One decision for a locked job; returns the training jobs to submit after commit."""
    if job.stop_reason is None:
        _check_limits(job)
    if job.stop_reason is not None:
        _wind_down(session, job)
        return []
    if job.launched >= job.max_training_jobs:
        if job.in_progress == 0:
            _finalize(job, "Completed")
        return []
    wanted = min(job.max_parallel - job.in_progress, job.max_training_jobs - job.launched)
    if wanted <= 0:
        return []
    try:
        spec = interpret(CreateTuningJobRequest.model_validate(job.request))
    except (ValidationError, PydanticValidationError) as error:
        # Stored under rules that have since tightened: end it with the reason, not forever.
        job.stop_reason = "failed"
        job.failure_reason = f"The stored request is no longer valid: {error}"[:1024]
        _wind_down(session, job)
        return []
    return [_launch(session, settings, job, spec) for _ in range(wanted)]


def _check_limits(job: TuningJob) -> None:
    if job.max_runtime_seconds is not None and now() - job.creation_time >= timedelta(
        seconds=job.max_runtime_seconds
    ):
        job.stop_reason = "max_runtime"
    elif gave_up(job):
        failed = job.retryable_error + job.non_retryable_error
        job.stop_reason = "failed"
        job.failure_reason = f"No training job succeeded after {failed} attempts"


def _wind_down(session: Session, job: TuningJob) -> None:
    """Stop what runs (runners see Stopping and kill their process groups), then finalize."""
    active = session.scalars(
        select(TrainingJob)
        .where(
            TrainingJob.tuning_job_name == job.name,
            TrainingJob.status.in_(("InProgress", "Stopping")),
        )
        .with_for_update()
    )
    for training in active:
        if training.lease_owner is None:  # never started: nothing to kill
            record_end(job, training, status="Stopped")
        elif training.status == "InProgress":
            training.status = "Stopping"
            set_secondary(training, "Stopping")
            training.last_modified_time = now()
    if job.in_progress == 0:
        final = {"user": "Stopped", "failed": "Failed"}.get(job.stop_reason or "", "Completed")
        _finalize(job, final)


def _finalize(job: TuningJob, status: str) -> None:
    job.status = status
    job.end_time = job.last_modified_time = now()
    log.info("tuning job %s %s", job.name, status, extra={"tuning_job": job.name})


def _launch(session: Session, settings: Settings, job: TuningJob, spec: JobSpec) -> str:
    sequence = job.launched + 1
    strategy = STRATEGIES[spec.strategy]
    plan = configured(spec.plan, settings)
    sampler = strategy.make_sampler(plan, trial_seed(plan, sequence))
    study = optuna.Study(
        study_name=job.name, storage=studies.get_storage(settings), sampler=sampler
    )
    if strategy.enumerates_grid:
        study.enqueue_trial(spec.grid()[sequence - 1], skip_if_exists=False)
    trial = study.ask()
    chosen, tuned = spec.suggest(trial)
    definition = chosen.definition
    static = dict(chosen.static)
    name = f"{job.name}-{sequence:03d}-{secrets.token_hex(4)}"
    created = now()
    training = TrainingJob(
        name=name,
        arn=arns.training_job_arn(settings, name),
        tuning_job_name=job.name,
        tuning_job_arn=job.arn,
        sequence=sequence,
        trial_id=trial._trial_id,
        definition_name=chosen.name,
        status="InProgress",
        objective_status="Pending",
        tuned_hyperparameters=tuned,
        hyperparameters={**static, **tuned, "_tuning_objective_metric": spec.objective_metric},
        spec=training_spec(definition.model_dump(by_alias=True, exclude_none=True, mode="json")),
        creation_time=created,
        last_modified_time=created,
        tags=list(job.tags),
    )
    set_secondary(training, "Starting", at=created)
    session.add(training)
    record_launch(job)
    session.flush()
    return name


def training_spec(definition: dict[str, Any]) -> dict[str, Any]:
    spec = {k: v for k, v in definition.items() if k not in TUNER_ONLY}
    resources = definition.get("HyperParameterTuningResourceConfig")
    if resources and "ResourceConfig" not in spec:
        # The SDK sends HyperParameterTuningResourceConfig; a training job shows ResourceConfig.
        # Of several InstanceConfigs, the first (the Prioritized allocation's first choice)
        # is the one openamt's single kind of instance stands for.
        chosen = resources
        if "InstanceType" not in resources and resources.get("InstanceConfigs"):
            chosen = {**resources["InstanceConfigs"][0], **resources}
        spec["ResourceConfig"] = {
            k: v
            for k, v in chosen.items()
            if k in ("InstanceType", "InstanceCount", "VolumeSizeInGB", "VolumeKmsKeyId")
        }
    return spec
