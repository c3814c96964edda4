"""The words of a training job's life, as SageMaker spells them on the wire.

A `StrEnum` member is its wire string, so rows, JSON and comparisons with plain strings keep
working; what is new is that a misspelt status is a NameError, not a silent mismatch.
"""

from __future__ import annotations

from enum import StrEnum


class TrainingJobStatus(StrEnum):
    IN_PROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"
    STOPPING = "Stopping"
    STOPPED = "Stopped"


TERMINAL = frozenset(
    {TrainingJobStatus.COMPLETED, TrainingJobStatus.FAILED, TrainingJobStatus.STOPPED}
)
# A job some worker may still be running (or about to): the reaper watches their leases.
ACTIVE = frozenset({TrainingJobStatus.IN_PROGRESS, TrainingJobStatus.STOPPING})


class SecondaryStatus(StrEnum):
    STARTING = "Starting"
    DOWNLOADING = "Downloading"
    TRAINING = "Training"
    UPLOADING = "Uploading"
    INTERRUPTED = "Interrupted"
    STOPPING = "Stopping"
    STOPPED = "Stopped"
    COMPLETED = "Completed"
    FAILED = "Failed"
    MAX_RUNTIME_EXCEEDED = "MaxRuntimeExceeded"
    MAX_WAIT_TIME_EXCEEDED = "MaxWaitTimeExceeded"


class FailureKind(StrEnum):
    """Why a Failed job failed, as the tuning job counts it: openamt's side (a lost worker, an
    internal error: `RetryableError`) or the user's code or data (`NonRetryableError`)."""

    RETRYABLE = "Retryable"
    NON_RETRYABLE = "NonRetryable"


class ObjectiveStatus(StrEnum):
    PENDING = "Pending"
    SUCCEEDED = "Succeeded"
    FAILED = "Failed"


class StopCause(StrEnum):
    """Why a runner killed its training process."""

    USER = "user"  # StopTrainingJob, a stopped tuning job, or the job is no longer ours
    PRUNED = "pruned"  # early stopping (TrainingJobEarlyStoppingType Auto, Hyperband)
    MAX_RESOURCE = "max_resource"  # Hyperband's MaxResource reached
    MAX_RUNTIME = "max_runtime"  # StoppingCondition.MaxRuntimeInSeconds
    MAX_WAIT = "max_wait"  # StoppingCondition.MaxWaitTimeInSeconds (spot)
    INTERRUPTED = "interrupted"  # a simulated spot reclaim: the job restarts
    VOLUME_FULL = "volume_full"  # its files passed ResourceConfig.VolumeSizeInGB: it fails
    DEBUG_RULE = "debug_rule"  # a Debugger rule with the StopTraining action fired: Stopped

    @property
    def early_stopped(self) -> bool:
        return self in (StopCause.PRUNED, StopCause.MAX_RESOURCE)

    @property
    def secondary_status(self) -> SecondaryStatus:
        return {
            StopCause.MAX_RUNTIME: SecondaryStatus.MAX_RUNTIME_EXCEEDED,
            StopCause.MAX_WAIT: SecondaryStatus.MAX_WAIT_TIME_EXCEEDED,
        }.get(self, SecondaryStatus.STOPPED)
