"""A training job's life: every change of its status, secondary status and lease is here.

    InProgress/Starting --claim--> InProgress/Downloading --started--> InProgress/Training
        --(interrupted: spot)--> InProgress/Interrupted --started--> ...
        --uploading--> InProgress/Uploading --end--> Completed
        --end--> Completed | Failed | Stopped (with MaxRuntimeExceeded, MaxWaitTimeExceeded)
    InProgress --request_stop--> Stopping --end--> Stopped   (never claimed: Stopped at once)
    claimed --release (shutdown)--> InProgress/Starting, the attempt not counted
    claimed, lease expired (or an internal error) --retry--> InProgress/Starting
        | --end--> Failed (Retryable)

These functions change rows the caller has locked, in the lock order of
`app/db/repositories.py`; they know nothing of tuning jobs (app/tuning/outcomes.py counts an
end in its tuning job) nor of transactions (app/runs.py opens them). Terminal states never
change: `end` refuses a job that has ended.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from app.clock import now
from app.db.models import TrainingJob
from app.training.states import (
    ACTIVE,
    FailureKind,
    ObjectiveStatus,
    SecondaryStatus,
    TrainingJobStatus,
)

LOST_WORKER = "InternalServerError: the worker running this training job stopped responding"

TERMINAL_SECONDARY = frozenset(
    {
        SecondaryStatus.COMPLETED,
        SecondaryStatus.FAILED,
        SecondaryStatus.STOPPED,
        SecondaryStatus.MAX_RUNTIME_EXCEEDED,
        SecondaryStatus.MAX_WAIT_TIME_EXCEEDED,
    }
)
# AWS's wording where it has one; openamt's otherwise.
MESSAGES = {
    SecondaryStatus.STARTING: "Preparing the instances for training",
    SecondaryStatus.DOWNLOADING: "Downloading input data",
    SecondaryStatus.TRAINING: "Training image download completed. Training in progress.",
    SecondaryStatus.UPLOADING: "Uploading generated training model",
    SecondaryStatus.INTERRUPTED: "The spot instance was interrupted; training restarts",
    SecondaryStatus.STOPPING: "Stopping the training job",
    SecondaryStatus.STOPPED: "The training job was stopped",
    SecondaryStatus.COMPLETED: "Training job completed",
    SecondaryStatus.FAILED: "Training job failed",
    SecondaryStatus.MAX_RUNTIME_EXCEEDED: (
        "The job stopped because it exceeded the maximum allowed runtime"
    ),
    SecondaryStatus.MAX_WAIT_TIME_EXCEEDED: (
        "The job stopped because it exceeded the maximum allowed wait time"
    ),
}


@dataclass(frozen=True)
class Outcome:
    """How a run ended, as its runner (or the reaper) saw it."""

    status: TrainingJobStatus
    failure_kind: FailureKind | None = None
    failure_reason: str | None = None
    objective: float | None = None
    early_stopped: bool = False
    secondary_status: SecondaryStatus | None = None
    final_metrics: list[dict[str, Any]] = field(default_factory=list)
    model_artifacts: str | None = None
    training_seconds: float | None = None
    billable_seconds: int | None = None
    interruptions: int | None = None

    @classmethod
    def failed(cls, kind: FailureKind, reason: str) -> Outcome:
        return cls(TrainingJobStatus.FAILED, failure_kind=kind, failure_reason=reason[:1024])


def new(
    *,
    name: str,
    arn: str,
    hyperparameters: dict[str, Any],
    spec: dict[str, Any],
    tags: list[Any],
    tuning_job_name: str | None = None,
    tuning_job_arn: str | None = None,
    sequence: int = 0,
    trial_id: int | None = None,
    definition_name: str | None = None,
    tuned_hyperparameters: dict[str, Any] | None = None,
) -> TrainingJob:
    """A training job waiting for a worker: InProgress, Starting."""
    created = now()
    training = TrainingJob(
        name=name,
        arn=arn,
        tuning_job_name=tuning_job_name,
        tuning_job_arn=tuning_job_arn,
        sequence=sequence,
        trial_id=trial_id,
        definition_name=definition_name,
        status=TrainingJobStatus.IN_PROGRESS,
        objective_status=ObjectiveStatus.PENDING,
        tuned_hyperparameters=tuned_hyperparameters or {},
        hyperparameters=hyperparameters,
        spec=spec,
        creation_time=created,
        last_modified_time=created,
        tags=tags,
    )
    set_secondary(training, SecondaryStatus.STARTING, at=created)
    return training


def claim(training: TrainingJob, owner: str, lease_seconds: float) -> bool:
    """Take the job for `owner` with a lease; False when it is not there to take (ended,
    stopping, or someone holds it: a repeated message is a no-op)."""
    if training.status != TrainingJobStatus.IN_PROGRESS or training.lease_owner is not None:
        return False
    started = now()
    training.lease_owner = owner
    training.lease_expires_at = started + timedelta(seconds=lease_seconds)
    training.attempts += 1
    set_secondary(training, SecondaryStatus.DOWNLOADING, at=started)
    training.training_start_time = training.training_start_time or started
    training.last_modified_time = started
    return True


def held_by(training: TrainingJob | None, owner: str) -> bool:
    return training is not None and training.lease_owner == owner


def started(training: TrainingJob, process_group: int) -> None:
    """The training process runs (again, after a spot interruption)."""
    training.process_group = process_group
    if training.status == TrainingJobStatus.IN_PROGRESS:
        set_secondary(training, SecondaryStatus.TRAINING)


def interrupted(training: TrainingJob, interruptions: int) -> None:
    """A simulated spot reclaim: the job stays InProgress (its runner restarts it), shows
    Interrupted until it trains again, and counts the interruption."""
    training.interruptions = interruptions
    training.process_group = None
    training.last_modified_time = now()
    if training.status == TrainingJobStatus.IN_PROGRESS:
        set_secondary(training, SecondaryStatus.INTERRUPTED)


def uploading(training: TrainingJob) -> None:
    """The training process ended well: its model is being archived and uploaded."""
    if training.status == TrainingJobStatus.IN_PROGRESS:
        set_secondary(training, SecondaryStatus.UPLOADING)


def renew(training: TrainingJob, lease_seconds: float) -> bool:
    """Extend the lease; whether the job should go on (False once it is Stopping)."""
    training.lease_expires_at = now() + timedelta(seconds=lease_seconds)
    return training.status == TrainingJobStatus.IN_PROGRESS


def release(training: TrainingJob) -> None:
    """Hand the job back unclaimed (its worker shut down; the next start resubmits it); the
    attempt is not counted."""
    _clear_lease(training)
    training.attempts -= 1
    set_secondary(training, SecondaryStatus.STARTING, message="The worker shut down; the job waits")


def request_stop(training: TrainingJob) -> bool:
    """InProgress -> Stopping, for its runner to kill the process tree and end it Stopped.
    False when no runner holds it: the caller ends it Stopped at once."""
    if training.lease_owner is None:
        return False
    if training.status == TrainingJobStatus.IN_PROGRESS:
        training.status = TrainingJobStatus.STOPPING
        set_secondary(training, SecondaryStatus.STOPPING)
        training.last_modified_time = now()
    return True


def retry(training: TrainingJob, *, after: str) -> None:
    """The run failed on openamt's side (`after`: the worker was lost, an internal error) and
    `RetryStrategy` allows another attempt: the job waits again."""
    _clear_lease(training)
    set_secondary(training, SecondaryStatus.STARTING, message=f"Retrying after {after}")
    training.last_modified_time = now()


def may_retry(training: TrainingJob) -> bool:
    retries = (training.spec.get("RetryStrategy") or {}).get("MaximumRetryAttempts", 0)
    return training.status == TrainingJobStatus.IN_PROGRESS and training.attempts <= retries


def lease_expired(training: TrainingJob, at: datetime) -> bool:
    lease = training.lease_expires_at
    return (
        training.status in ACTIVE
        and training.lease_owner is not None
        and lease is not None
        and lease < at
    )


def end(training: TrainingJob, outcome: Outcome) -> None:
    """Move the job to its terminal status, once."""
    assert training.status in ACTIVE, training.status
    status = outcome.status
    assert status in (
        TrainingJobStatus.COMPLETED,
        TrainingJobStatus.FAILED,
        TrainingJobStatus.STOPPED,
    ), status
    failed = status == TrainingJobStatus.FAILED
    reason = outcome.failure_reason[:1024] if outcome.failure_reason else None
    objective = None if failed else outcome.objective
    ended = now()
    training.status = status
    set_secondary(
        training,
        outcome.secondary_status or SecondaryStatus(status),
        message=reason if failed else None,
        at=ended,
    )
    training.failure_kind = outcome.failure_kind
    training.failure_reason = reason
    training.final_objective = objective
    training.objective_status = (
        ObjectiveStatus.SUCCEEDED if objective is not None else ObjectiveStatus.FAILED
    )
    training.early_stopped = outcome.early_stopped
    training.training_end_time = ended
    training.last_modified_time = ended
    if outcome.final_metrics:
        training.final_metrics = outcome.final_metrics
    if outcome.model_artifacts is not None:
        training.model_artifacts = outcome.model_artifacts
    if outcome.training_seconds is not None:
        training.training_seconds = outcome.training_seconds
        training.billable_seconds = outcome.billable_seconds
    if outcome.interruptions is not None:
        training.interruptions = outcome.interruptions
    _clear_lease(training)


def set_secondary(
    training: TrainingJob,
    status: SecondaryStatus,
    *,
    message: str | None = None,
    at: datetime | None = None,
) -> None:
    """Every change of `secondary_status` comes here: it closes the open transition and opens
    the next, so `SecondaryStatusTransitions` is the job's history (the SDK's `logs_for_job`
    prints it). A terminal status's transition starts and ends at once, as AWS shows it.
    Timestamps are ISO 8601 strings (a JSON column)."""
    stamp = (at or now()).isoformat()
    transitions: list[dict[str, Any]] = [
        dict(t) for t in training.secondary_status_transitions or []
    ]
    if transitions and transitions[-1]["Status"] == status:
        training.secondary_status = status
        return
    if transitions and "EndTime" not in transitions[-1]:
        transitions[-1]["EndTime"] = stamp
    entry = {"Status": status, "StartTime": stamp, "StatusMessage": message or MESSAGES[status]}
    if status in TERMINAL_SECONDARY:
        entry["EndTime"] = stamp
    transitions.append(entry)
    # A new list, so the ORM sees the JSON column change.
    training.secondary_status_transitions = transitions
    training.secondary_status = status


def _clear_lease(training: TrainingJob) -> None:
    training.lease_owner = None
    training.lease_expires_at = None
    training.process_group = None
