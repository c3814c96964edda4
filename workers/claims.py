"""A training job's life in the database, as its runner sees it: claim it (status
InProgress, our lease: a repeated message finds it claimed and does nothing), mark it
training, hand it back on a shutdown, and record its end together with the tuning job's
next step, under the job's lock."""

from __future__ import annotations

import logging
import os
import socket
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from app.clock import now
from app.config import Settings
from app.db.models import TrainingJob, TuningJob
from app.db.session import Database
from app.training import algorithms
from app.training.metrics import MetricDefinition
from app.training.status import set_secondary
from app.tuning import scheduler
from app.tuning.outcomes import record_end, tell_study
from app.tuning.schemas import CreateTuningJobRequest
from app.tuning.spec import interpret
from app.tuning.strategies import configured

log = logging.getLogger(__name__)


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass
class Claim:
    """Plain data about a claimed job: no ORM object leaves its session."""

    name: str
    arn: str
    tuning_job_name: str | None  # None for a standalone training job (CreateTrainingJob)
    trial_id: int | None
    hyperparameters: dict[str, str]
    spec: dict[str, Any]
    objective_metric: str | None
    objective_type: str | None
    metric_definitions: list[MetricDefinition]
    builtin_xgboost: bool
    strategy: str | None
    plan: Any
    max_resource: int | None
    attempt: int
    interruptions: int = 0  # simulated spot interruptions so far (workers/spot.py)


def claim_training_job(db: Database, settings: Settings, name: str, owner: str) -> Claim | None:
    with db.write() as session:
        found = session.execute(
            select(TrainingJob.id, TrainingJob.tuning_job_name).where(TrainingJob.name == name)
        ).first()
        if found is None:
            return None
        job = None
        if found.tuning_job_name is not None:  # lock order: the tuning job, then its training job
            job = session.scalar(
                select(TuningJob).where(TuningJob.name == found.tuning_job_name).with_for_update()
            )
            if job is None:
                return None
        training = session.scalar(
            select(TrainingJob).where(TrainingJob.name == name).with_for_update()
        )
        if training is None or training.status != "InProgress":
            return None
        if training.lease_owner is not None:
            return None  # someone runs it, or the reaper will decide about an expired lease
        started = now()
        training.lease_owner = owner
        training.lease_expires_at = started + timedelta(seconds=settings.lease_seconds)
        training.attempts += 1
        set_secondary(training, "Downloading", at=started)
        training.training_start_time = training.training_start_time or started
        training.last_modified_time = started
        if job is None:
            return _standalone_claim(training)
        spec = interpret(CreateTuningJobRequest.model_validate(job.request))
        definition = spec.for_definition(training.definition_name)
        assert training.trial_id is not None
        return Claim(
            name=name,
            arn=training.arn,
            tuning_job_name=job.name,
            trial_id=training.trial_id,
            hyperparameters=dict(training.hyperparameters),
            spec=dict(training.spec),
            objective_metric=job.objective_metric,
            objective_type=job.objective_type,
            metric_definitions=definition.metric_definitions,
            builtin_xgboost=definition.builtin_xgboost,
            strategy=spec.strategy,
            plan=configured(spec.plan, settings),
            max_resource=spec.plan.max_resource,
            attempt=training.attempts,
            interruptions=training.interruptions,
        )


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
        objective_type=None,
        metric_definitions=rules,
        builtin_xgboost=builtin,
        strategy=None,
        plan=None,
        max_resource=None,
        attempt=training.attempts,
        interruptions=training.interruptions,
    )


def mark_training(db: Database, claim: Claim, owner: str, process_group: int) -> None:
    with db.write(durable=False) as session:
        training = session.scalar(select(TrainingJob).where(TrainingJob.name == claim.name))
        if training is not None and training.lease_owner == owner:
            training.process_group = process_group
            if training.status == "InProgress":
                set_secondary(training, "Training")


def mark_interrupted(db: Database, claim: Claim, owner: str, interruptions: int) -> None:
    """A simulated spot reclaim: the job stays InProgress (this runner restarts it), shows
    SecondaryStatus Interrupted until it trains again, and counts the interruption."""
    with db.write() as session:
        training = session.scalar(select(TrainingJob).where(TrainingJob.name == claim.name))
        if training is not None and training.lease_owner == owner:
            training.interruptions = interruptions
            training.process_group = None
            training.last_modified_time = now()
            if training.status == "InProgress":
                set_secondary(training, "Interrupted")


def mark_uploading(db: Database, claim: Claim, owner: str) -> None:
    """The training process ended well: its model is being archived and uploaded."""
    with db.write(durable=False) as session:
        training = session.scalar(select(TrainingJob).where(TrainingJob.name == claim.name))
        owned = training is not None and training.lease_owner == owner
        if owned and training is not None and training.status == "InProgress":
            set_secondary(training, "Uploading")


def release_claim(db: Database, claim: Claim, owner: str) -> None:
    """Give the job back unclaimed (the next start resubmits it); the attempt is not counted."""
    with db.write() as session:
        training = session.scalar(
            select(TrainingJob).where(TrainingJob.name == claim.name).with_for_update()
        )
        if training is not None and training.lease_owner == owner:
            training.lease_owner = None
            training.lease_expires_at = None
            training.process_group = None
            training.attempts -= 1
            set_secondary(training, "Starting", message="The worker shut down; the job waits")


def finish_training_job(
    db: Database, settings: Settings, claim: Claim, owner: str, outcome: dict[str, Any]
) -> list[str] | None:
    """Record the end once and take the tuning job's next step in the same transaction (it
    already holds the job's lock). Returns the training jobs to submit after the commit, or
    None when the job was no longer ours (the reaper took it)."""
    with db.write() as session:
        job = None
        if claim.tuning_job_name is not None:
            job = session.scalar(
                select(TuningJob).where(TuningJob.name == claim.tuning_job_name).with_for_update()
            )
            if job is None:
                return None
        training = session.scalar(
            select(TrainingJob).where(TrainingJob.name == claim.name).with_for_update()
        )
        if training is None or training.lease_owner != owner:
            return None
        if training.status not in ("InProgress", "Stopping"):
            return None
        record_end(
            job,
            training,
            status=outcome["status"],
            failure_kind=outcome.get("failure_kind"),
            failure_reason=outcome.get("failure_reason"),
            objective=outcome.get("objective") if outcome["status"] != "Failed" else None,
            early_stopped=outcome.get("early_stopped", False),
            secondary_status=outcome.get("secondary_status"),
        )
        training.final_metrics = outcome.get("final_metrics", [])
        training.model_artifacts = outcome.get("model_artifacts")
        if outcome.get("training_seconds") is not None:
            training.training_seconds = outcome["training_seconds"]
            training.billable_seconds = outcome.get("billable_seconds")
            training.interruptions = outcome.get("interruptions", training.interruptions)
        if job is None or claim.trial_id is None:
            return []  # a standalone training job: no study to tell, no next step
        # The study hears the result before the next suggestion is asked for. Should our
        # commit fail after this, the retried unit tells it again, which is a no-op.
        tell_study(
            settings, job.name, claim.trial_id, training.final_objective,
            pruned=training.early_stopped,
        )  # fmt: skip
        return scheduler.step(session, settings, job)
