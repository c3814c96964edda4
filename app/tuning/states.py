"""The words of a tuning job's life, as SageMaker spells them on the wire (StrEnums: each
member is its wire string)."""

from __future__ import annotations

from enum import StrEnum


class TuningJobStatus(StrEnum):
    IN_PROGRESS = "InProgress"
    COMPLETED = "Completed"
    FAILED = "Failed"
    STOPPING = "Stopping"
    STOPPED = "Stopped"


TERMINAL = frozenset({TuningJobStatus.COMPLETED, TuningJobStatus.FAILED, TuningJobStatus.STOPPED})
ACTIVE = frozenset({TuningJobStatus.IN_PROGRESS, TuningJobStatus.STOPPING})


class StopReason(StrEnum):
    """Why a tuning job winds down (set once); the status it ends in follows from it."""

    USER = "user"  # StopHyperParameterTuningJob: ends Stopped
    FAILED = "failed"  # nothing succeeded, or the stored plan is unusable: ends Failed
    MAX_RUNTIME = "max_runtime"  # ResourceLimits.MaxRuntimeInSeconds: ends Completed
    TARGET = "target"  # TargetObjectiveMetricValue reached: ends Completed
    NOT_IMPROVING = "not_improving"  # BestObjectiveNotImproving: ends Completed
    CONVERGENCE = "convergence"  # ConvergenceDetected: ends Completed

    @property
    def final_status(self) -> TuningJobStatus:
        return {
            StopReason.USER: TuningJobStatus.STOPPED,
            StopReason.FAILED: TuningJobStatus.FAILED,
        }.get(self, TuningJobStatus.COMPLETED)
