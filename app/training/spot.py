"""Managed spot training's rules for a training job definition, as AWS states them.

`StoppingCondition.MaxWaitTimeInSeconds` is "the maximum length of time that a managed Spot
training job has to complete ... It must be equal to or greater than MaxRuntimeInSeconds":
required with `EnableManagedSpotTraining`, and refused without it (SageMaker answers
ValidationException for both). How the simulated spot capacity behaves is in
workers/spot_capacity.py.
"""

from __future__ import annotations

from app.errors import ValidationError
from app.schemas_common import CheckpointConfig, StoppingCondition


def check_spot(
    *,
    field: str,
    enabled: bool | None,
    stopping: StoppingCondition,
    checkpoint: CheckpointConfig | None,
) -> None:
    field = f"{field}." if field else ""  # "" for a training job's own request
    wait = stopping.max_wait_time_in_seconds
    runtime = stopping.max_runtime_in_seconds
    if enabled:
        if wait is None:
            raise ValidationError(
                f"{field}StoppingCondition.MaxWaitTimeInSeconds is required when "
                "EnableManagedSpotTraining is true"
            )
        if runtime is not None and wait < runtime:
            raise ValidationError(
                f"{field}StoppingCondition.MaxWaitTimeInSeconds ({wait}) must be equal to or "
                f"greater than MaxRuntimeInSeconds ({runtime})"
            )
    elif wait is not None:
        raise ValidationError(
            f"{field}StoppingCondition.MaxWaitTimeInSeconds is only valid with managed spot "
            "training: set EnableManagedSpotTraining to true, or leave it out"
        )
    local_path = checkpoint.local_path if checkpoint is not None else None
    if local_path is not None and not local_path.startswith("/"):
        raise ValidationError(f"{field}CheckpointConfig.LocalPath must be an absolute path")
