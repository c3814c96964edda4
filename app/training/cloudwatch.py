"""A training job's metric series as CloudWatch metrics: namespace `/aws/sagemaker/TrainingJobs`,
one metric per metric name the job emitted, dimension `TrainingJobName` (what SageMaker
publishes for the MetricDefinitions of a training job).

Decisions:
- Every stored point is a sample (openamt keeps all of them, at the time it read the line),
  as a high-resolution metric: periods of 1, 5, 10, 20 and 30 seconds are served with no
  retention-based coarsening, since nothing is ever rolled up here.
- Percentiles are nearest-rank over a period's samples (`p50` of 1, 2, 3, 4 is 2): always a
  value the job emitted. CloudWatch's own are approximate and undocumented in detail.
- The samples carry no unit: their Unit is `None`, and a request for any other unit matches
  nothing (CloudWatch filters by unit the same way).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import as_utc
from app.db.models import MetricPoint, TrainingJob

NAMESPACE = "/aws/sagemaker/TrainingJobs"
DIMENSION = "TrainingJobName"
UNIT = "None"
STATISTICS = ("SampleCount", "Average", "Sum", "Minimum", "Maximum")


@dataclass(frozen=True)
class Sample:
    timestamp: datetime
    value: float


def samples(
    session: Session, job: str, metric: str, start: datetime, end: datetime
) -> list[Sample]:
    """The job's points of `metric` in [start, end), oldest first."""
    rows = session.execute(
        select(MetricPoint.timestamp, MetricPoint.value)
        .join(TrainingJob, TrainingJob.id == MetricPoint.training_job_id)
        .where(
            TrainingJob.name == job,
            MetricPoint.metric_name == metric,
            MetricPoint.timestamp >= as_utc(start),
            MetricPoint.timestamp < as_utc(end),
        )
        .order_by(MetricPoint.timestamp, MetricPoint.id)
    )
    found = []
    for stamp, value in rows:
        moment = as_utc(stamp)
        assert moment is not None
        found.append(Sample(moment, value))
    return found


def metrics(
    session: Session,
    *,
    job: str | None,
    metric: str | None,
    since: datetime | None,
) -> list[tuple[str, str]]:
    """(training job, metric name) of every series, sorted, optionally narrowed."""
    query = (
        select(TrainingJob.name, MetricPoint.metric_name)
        .join(TrainingJob, TrainingJob.id == MetricPoint.training_job_id)
        .distinct()
    )
    if job is not None:
        query = query.where(TrainingJob.name == job)
    if metric is not None:
        query = query.where(MetricPoint.metric_name == metric)
    if since is not None:
        query = query.where(MetricPoint.timestamp >= as_utc(since))
    pairs = [(str(name), str(metric_name)) for name, metric_name in session.execute(query)]
    return sorted(pairs, key=lambda pair: (pair[0].encode(), pair[1].encode()))


def aligned_start(start: datetime, period: int) -> datetime:
    """Where the first period begins: CloudWatch rounds StartTime down to the second for
    periods under a minute, to the minute otherwise."""
    start = start.replace(microsecond=0)
    return start.replace(second=0) if period >= 60 else start


def buckets(
    points: Sequence[Sample], start: datetime, period: int
) -> list[tuple[datetime, list[float]]]:
    """The points grouped by period from `start`, periods without points left out."""
    grouped: dict[int, list[float]] = {}
    for point in points:
        number = int((point.timestamp - start).total_seconds() // period)
        grouped.setdefault(number, []).append(point.value)
    return [
        (start + timedelta(seconds=number * period), values)
        for number, values in sorted(grouped.items())
    ]


def statistic(name: str, values: Sequence[float]) -> float:
    """One of STATISTICS, or a percentile `pNN(.NN)`, of a period's values."""
    if name == "SampleCount":
        return float(len(values))
    if name == "Sum":
        return math.fsum(values)
    if name == "Average":
        return math.fsum(values) / len(values)
    if name == "Minimum":
        return min(values)
    if name == "Maximum":
        return max(values)
    return percentile(float(name[1:]), values)


def percentile(rank: float, values: Sequence[float]) -> float:
    ordered = sorted(values)
    position = max(1, math.ceil(rank / 100 * len(ordered)))
    return ordered[min(position, len(ordered)) - 1]
