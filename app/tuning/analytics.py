"""A tuning job's analytics: one row per training job (tuned hyperparameters, objective,
status, times) and the best-so-far curve, as JSON or CSV. The role of the SageMaker SDK's
HyperParameterTuningJobAnalytics, whose dataframe has the same columns.

An export, not a Describe: it reads every training job of the tuning job (their small
columns only, never the stored definitions)."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from typing import Any, Literal

from pydantic import ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import TrainingJob
from app.schemas_common import (
    AwsModel,
    HyperParameters,
    MetricName,
    Timestamp,
    TrainingJobName,
    TrainingJobStatus,
)
from app.tuning.service import get

_JOB = "fraud-xgboost-003-5d1c8e2a"
_ROW: dict[str, Any] = {
    "TrainingJobName": _JOB,
    "TrainingJobStatus": "Completed",
    "TunedHyperParameters": {"eta": "0.21", "max_depth": "5"},
    "FinalObjectiveValue": 0.9473,
    "BestObjectiveSoFar": 0.9473,
    "CreationTime": "2026-01-10T12:03:30Z",
    "TrainingStartTime": "2026-01-10T12:03:31Z",
    "TrainingEndTime": "2026-01-10T12:03:41Z",
    "TrainingElapsedTimeSeconds": 10.0,
}
_POINT: dict[str, Any] = {
    "TrainingJobName": _JOB,
    "TrainingEndTime": "2026-01-10T12:03:41Z",
    "FinalObjectiveValue": 0.9473,
    "BestObjectiveSoFar": 0.9473,
}
# The CSV's columns after the hyperparameters (one column each, sorted by name).
CSV_COLUMNS = (
    "TrainingJobName",
    "TrainingJobStatus",
    "FinalObjectiveValue",
    "BestObjectiveSoFar",
    "CreationTime",
    "TrainingStartTime",
    "TrainingEndTime",
    "TrainingElapsedTimeSeconds",
)


class TrainingJobAnalytics(AwsModel):
    """One training job of a tuning job, as a row of its analytics."""

    model_config = ConfigDict(json_schema_extra={"examples": [_ROW]})

    training_job_name: TrainingJobName = Field(description="The training job.")
    training_job_status: TrainingJobStatus = Field(description="Its status.")
    tuned_hyper_parameters: HyperParameters = Field(
        description="The hyperparameters the tuner chose for it, as the algorithm saw them."
    )
    final_objective_value: float | None = Field(
        None, description="Its final objective metric value; absent until it has one."
    )
    best_objective_so_far: float | None = Field(
        None,
        description="The best final objective of the tuning job's training jobs that had ended "
        "when this one ended (ties by launch order); absent for a job without an end or value.",
    )
    creation_time: Timestamp = Field(description="When the tuner launched it.")
    training_start_time: Timestamp | None = Field(
        None, description="When a worker first claimed it."
    )
    training_end_time: Timestamp | None = Field(None, description="When it ended.")
    training_elapsed_time_seconds: float | None = Field(
        None, description="From its start to its end, in seconds."
    )


class BestSoFarPoint(AwsModel):
    """A point of the best-so-far curve: the best objective once this training job ended."""

    model_config = ConfigDict(json_schema_extra={"examples": [_POINT]})

    training_job_name: TrainingJobName = Field(description="The training job that ended.")
    training_end_time: Timestamp = Field(description="When it ended.")
    final_objective_value: float = Field(description="Its final objective metric value.")
    best_objective_so_far: float = Field(description="The best value of any job ended by then.")


class TuningJobAnalyticsResponse(AwsModel):
    """Every training job of a tuning job with its hyperparameters and objective, and the
    best objective over time."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "HyperParameterTuningJobName": "fraud-xgboost",
                    "ObjectiveType": "Maximize",
                    "ObjectiveMetricName": "validation:auc",
                    "TrainingJobs": [_ROW],
                    "BestSoFar": [_POINT],
                }
            ]
        }
    )

    hyper_parameter_tuning_job_name: str = Field(description="The tuning job.")
    objective_type: Literal["Maximize", "Minimize"] = Field(
        description="Whether the objective is maximized or minimized."
    )
    objective_metric_name: MetricName = Field(description="The objective metric.")
    training_jobs: list[TrainingJobAnalytics] = Field(
        description="Every training job the tuning job launched, in launch order."
    )
    best_so_far: list[BestSoFarPoint] = Field(
        description="The best objective after each training job that ended with a value, in "
        "the order they ended."
    )


def analytics(session: Session, name: str) -> TuningJobAnalyticsResponse:
    job = get(session, name)
    rows = session.execute(
        select(
            TrainingJob.name,
            TrainingJob.status,
            TrainingJob.tuned_hyperparameters,
            TrainingJob.final_objective,
            TrainingJob.creation_time,
            TrainingJob.training_start_time,
            TrainingJob.training_end_time,
            TrainingJob.sequence,
        )
        .where(TrainingJob.tuning_job_name == job.name)
        .order_by(TrainingJob.sequence)
    ).all()
    better = max if job.objective_type == "Maximize" else min
    ended = sorted(
        (r for r in rows if r.training_end_time is not None and r.final_objective is not None),
        key=lambda r: (r.training_end_time, r.sequence),
    )
    curve: list[dict[str, Any]] = []
    best_at: dict[str, float] = {}
    best: float | None = None
    for row in ended:
        best = row.final_objective if best is None else better(best, row.final_objective)
        best_at[row.name] = best
        curve.append(
            {
                "TrainingJobName": row.name,
                "TrainingEndTime": row.training_end_time,
                "FinalObjectiveValue": row.final_objective,
                "BestObjectiveSoFar": best,
            }
        )
    return TuningJobAnalyticsResponse.model_validate(
        {
            "HyperParameterTuningJobName": job.name,
            "ObjectiveType": job.objective_type,
            "ObjectiveMetricName": job.objective_metric,
            "TrainingJobs": [_row(r, best_at.get(r.name)) for r in rows],
            "BestSoFar": curve,
        }
    )


def _row(row: Any, best_so_far: float | None) -> dict[str, Any]:
    elapsed = None
    if row.training_start_time is not None and row.training_end_time is not None:
        elapsed = (row.training_end_time - row.training_start_time).total_seconds()
    return {
        "TrainingJobName": row.name,
        "TrainingJobStatus": row.status,
        "TunedHyperParameters": row.tuned_hyperparameters,
        "FinalObjectiveValue": row.final_objective,
        "BestObjectiveSoFar": best_so_far,
        "CreationTime": row.creation_time,
        "TrainingStartTime": row.training_start_time,
        "TrainingEndTime": row.training_end_time,
        "TrainingElapsedTimeSeconds": elapsed,
    }


def to_csv(result: TuningJobAnalyticsResponse) -> str:
    """One line per training job: each tuned hyperparameter in a column of its own (sorted
    by name), then CSV_COLUMNS; times in ISO 8601, an absent value empty."""
    names = sorted({key for row in result.training_jobs for key in row.tuned_hyper_parameters})
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*names, *CSV_COLUMNS])
    for row in result.training_jobs:
        data = row.model_dump(by_alias=True)
        writer.writerow(
            [row.tuned_hyper_parameters.get(n, "") for n in names]
            + [_cell(data[column]) for column in CSV_COLUMNS]
        )
    return out.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)
