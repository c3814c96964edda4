"""A training job's secondary status and the transitions DescribeTrainingJob reports.

Every change of `secondary_status` goes through `set_secondary`, which closes the open
transition and opens the next, so `SecondaryStatusTransitions` is the job's history (the SDK's
`logs_for_job` prints it). A terminal status's transition starts and ends at once, as AWS shows
it. Timestamps are stored as ISO 8601 strings (a JSON column).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.clock import now
from app.db.models import TrainingJob

TERMINAL_SECONDARY = frozenset(
    {"Completed", "Failed", "Stopped", "MaxRuntimeExceeded", "MaxWaitTimeExceeded"}
)
# AWS's wording where it has one; openamt's otherwise.
MESSAGES = {
    "Starting": "Preparing the instances for training",
    "Downloading": "Downloading input data",
    "Training": "Training image download completed. Training in progress.",
    "Uploading": "Uploading generated training model",
    "Interrupted": "The spot instance was interrupted; training restarts",
    "Stopping": "Stopping the training job",
    "Stopped": "The training job was stopped",
    "Completed": "Training job completed",
    "Failed": "Training job failed",
    "MaxRuntimeExceeded": "The job stopped because it exceeded the maximum allowed runtime",
    "MaxWaitTimeExceeded": "The job stopped because it exceeded the maximum allowed wait time",
}


def set_secondary(
    training: TrainingJob, status: str, *, message: str | None = None, at: datetime | None = None
) -> None:
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
