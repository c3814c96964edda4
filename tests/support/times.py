"""A job's durations computed from its own timestamps, with the rounding openamt uses, so a
test can check the seconds a response shows against the times the same response shows."""

from __future__ import annotations

from datetime import datetime
from typing import Any


def stamp(value: str | datetime) -> float:
    """Epoch seconds of a timestamp as the REST door (ISO 8601) or boto3 (datetime) gives it."""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return moment.timestamp()


def wall_training_seconds(training: dict[str, Any]) -> int:
    """A training job's start to end as TrainingTimeInSeconds rounds it (at least 1,
    app/training/service.training_seconds). The runner reports what it measured of the
    training process instead, which lies within this span: at most this figure."""
    seconds = stamp(training["TrainingEndTime"]) - stamp(training["TrainingStartTime"])
    return max(1, round(seconds))


def tuning_runtime_seconds(described: dict[str, Any]) -> int:
    """A finished tuning job's ConsumedResources.RuntimeInSeconds: creation to end, whole
    seconds cut (app/tuning/views.runtime_seconds)."""
    end = stamp(described["HyperParameterTuningEndTime"])
    return int(end - stamp(described["CreationTime"]))
