"""A training job's metric series: every point it emitted, with its step and time (the role
CloudWatch plays for SageMaker's training jobs)."""

from __future__ import annotations

from typing import Any

from pydantic import ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import MetricPoint
from app.pagination import paginate
from app.schemas_common import AwsModel, MetricName, NextToken, Timestamp, TrainingJobName
from app.training.service import get

_EXAMPLE_POINT: dict[str, Any] = {
    "MetricName": "validation:auc",
    "Step": 7,
    "Value": 0.9473,
    "Timestamp": "2026-01-10T12:03:41.250000Z",
}


class MetricPointRecord(AwsModel):
    """One value a training job emitted for a metric."""

    model_config = ConfigDict(json_schema_extra={"examples": [_EXAMPLE_POINT]})

    metric_name: MetricName = Field(description="The metric's name.")
    step: int = Field(
        description="The count of values of this metric so far, from 1: the boosting round "
        "of built-in XGBoost, the epoch of a script that prints once an epoch."
    )
    value: float = Field(description="The value.")
    timestamp: Timestamp = Field(description="When openamt read it from the job's output.")


class ListMetricPointsResponse(AwsModel):
    """A page of a training job's metric points, in the order they were emitted."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "TrainingJobName": "xgboost-fraud-260110-1200-014-3f9c2a7e",
                    "MetricPoints": [_EXAMPLE_POINT],
                    "NextToken": "eyJhZnRlciI6IFsxMjMsIDEyM10sICJxIjogIi4uLiJ9",
                }
            ]
        }
    )

    training_job_name: TrainingJobName = Field(description="The training job.")
    metric_points: list[MetricPointRecord] = Field(description="The points on this page.")
    next_token: NextToken | None = Field(
        None, description="The token for the next page, when more points follow."
    )


def list_points(session: Session, name: str, params: dict[str, Any]) -> ListMetricPointsResponse:
    """Every point of one training job (optionally of one metric), oldest first, by pages."""
    training = get(session, name)
    query = select(MetricPoint).where(MetricPoint.training_job_id == training.id)
    if params.get("MetricName"):
        query = query.where(MetricPoint.metric_name == params["MetricName"])
    rows, token = paginate(
        session,
        query,
        # Points are inserted as they are read, so the id is the order they were emitted in.
        sort=MetricPoint.id,
        row_id=MetricPoint.id,
        descending=False,
        max_results=params.get("MaxResults") or 100,
        token=params.get("NextToken"),
        fingerprint={
            "list": "metric-points",
            "TrainingJobName": training.name,
            "MetricName": params.get("MetricName"),
        },
    )
    return ListMetricPointsResponse.model_validate(
        {
            "TrainingJobName": training.name,
            "MetricPoints": [
                {
                    "MetricName": p.metric_name,
                    "Step": p.step,
                    "Value": p.value,
                    "Timestamp": p.timestamp,
                }
                for p in rows
            ],
            "NextToken": token,
        }
    )
