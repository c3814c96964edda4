"""CloudWatch operations over the training jobs' metric series: GetMetricStatistics (what the
SageMaker SDK's TrainingJobAnalytics calls), GetMetricData and ListMetrics.

The series are app/training/cloudwatch.py's: namespace `/aws/sagemaker/TrainingJobs`, the
job's metric names, dimension `TrainingJobName`.

Decisions:
- Any other namespace, or other dimensions, is a metric with no data: an empty answer, not
  an error, as CloudWatch answers for a metric nobody published.
- Periods are those of a high-resolution metric: 1, 5, 10, 20, 30 or a multiple of 60
  seconds (InvalidParameterValue otherwise). GetMetricStatistics answers at most 1,440
  periods (InvalidParameterCombination beyond, as AWS).
- GetMetricData's Expressions (metric math) are refused with InvalidParameterValue: only
  MetricStat queries are evaluated.
"""

from __future__ import annotations

import math
import re
from datetime import datetime, timedelta
from typing import Any

from app.api.aws.registry import ServiceError, operation
from app.api.context import Context
from app.clock import now
from app.errors import ValidationError
from app.pagination import decode_token, encode_token
from app.training import cloudwatch as series
from app.training.cloudwatch import DIMENSION, NAMESPACE, STATISTICS, UNIT

MAX_DATAPOINTS = 1440  # GetMetricStatistics, per call
GET_METRIC_DATA_POINTS = 100_800  # GetMetricData's default MaxDatapoints
MAX_QUERIES = 500
LIST_PAGE = 500
HIGH_RESOLUTION = (1, 5, 10, 20, 30)
_PERCENTILE = re.compile(r"^p(\d{1,2}(\.\d{1,2})?|100(\.0{1,2})?)$")
_QUERY_ID = re.compile(r"^[a-z][a-zA-Z0-9_]*$")


def _value_error(message: str) -> ServiceError:
    return ServiceError("InvalidParameterValue", message)


def _check_period(period: int, where: str = "Period") -> None:
    if period not in HIGH_RESOLUTION and period % 60:
        raise _value_error(f"The parameter {where} must be 1, 5, 10, 20, 30, or a multiple of 60.")


def _check_times(start: datetime, end: datetime) -> None:
    if start >= end:
        raise _value_error("The parameter StartTime must be less than the parameter EndTime.")


def _job_of(namespace: str | None, dimensions: list[dict[str, str]] | None) -> str | None:
    """The training job a metric names, or None when it is not one openamt publishes: the
    dimensions must be exactly `TrainingJobName`, as CloudWatch matches them."""
    if namespace != NAMESPACE or not dimensions or len(dimensions) != 1:
        return None
    (dimension,) = dimensions
    return dimension["Value"] if dimension["Name"] == DIMENSION else None


def _points(
    ctx: Context, metric: dict[str, Any], start: datetime, end: datetime, period: int
) -> list[tuple[datetime, list[float]]]:
    """The metric's values in [StartTime, EndTime), by period from the aligned start."""
    aligned = series.aligned_start(start, period)
    job = _job_of(metric.get("Namespace"), metric.get("Dimensions"))
    if job is None:
        return []
    with ctx.db.read() as session:
        found = series.samples(session, job, metric["MetricName"], aligned, end)
    return series.buckets(found, aligned, period)


# --- GetMetricStatistics ----------------------------------------------------------------------


@operation("cloudwatch", "GetMetricStatistics")
def get_metric_statistics(ctx: Context, params: dict[str, Any]) -> dict[str, Any]:
    statistics = params.get("Statistics")
    extended = params.get("ExtendedStatistics")
    if statistics and extended:
        raise ServiceError(
            "InvalidParameterCombination",
            "The parameters Statistics and ExtendedStatistics are mutually exclusive.",
        )
    if not statistics and not extended:
        raise ServiceError(
            "MissingParameter", "The parameter Statistics or ExtendedStatistics is required."
        )
    for name in statistics or []:
        if name not in STATISTICS:
            raise _value_error(f"The parameter Statistics contains an invalid value: {name}.")
    for name in extended or []:
        if not _PERCENTILE.match(name):
            raise _value_error(
                f"The parameter ExtendedStatistics contains an invalid value: {name}. "
                "openamt supports percentiles p0 to p100 (pNN or pNN.NN)."
            )
    period: int = params["Period"]
    start: datetime = params["StartTime"]
    end: datetime = params["EndTime"]
    _check_period(period)
    _check_times(start, end)
    aligned = series.aligned_start(start, period)
    requested = math.ceil((end - aligned).total_seconds() / period)
    if requested > MAX_DATAPOINTS:
        raise ServiceError(
            "InvalidParameterCombination",
            f"You have requested up to {requested} datapoints, which exceeds the limit of "
            f"{MAX_DATAPOINTS}. You may reduce the datapoints requested by increasing Period, "
            "or decreasing the time range.",
        )
    answer: dict[str, Any] = {"Label": params["MetricName"], "Datapoints": []}
    if params.get("Unit") not in (None, UNIT):
        return answer
    for stamp, values in _points(ctx, params, start, end, period):
        point: dict[str, Any] = {"Timestamp": stamp, "Unit": UNIT}
        for name in statistics or []:
            point[name] = series.statistic(name, values)
        if extended:
            point["ExtendedStatistics"] = {
                name: series.statistic(name, values) for name in extended
            }
        answer["Datapoints"].append(point)
    return answer


# --- GetMetricData ----------------------------------------------------------------------------


def _check_queries(queries: list[dict[str, Any]]) -> None:
    if not queries or len(queries) > MAX_QUERIES:
        raise _value_error(f"MetricDataQueries must hold 1 to {MAX_QUERIES} queries.")
    seen: set[str] = set()
    for query in queries:
        query_id = query["Id"]
        if not _QUERY_ID.match(query_id):
            raise _value_error(
                f"The value {query_id} for parameter MetricDataQueries.Id is not valid: it must "
                "start with a lowercase letter, then letters, digits and underscores."
            )
        if query_id in seen:
            raise _value_error("The values for parameter id in MetricDataQueries are not unique.")
        seen.add(query_id)
        if query.get("Expression") is not None:
            raise _value_error(
                f"Query {query_id}: openamt does not evaluate metric math Expressions; "
                "ask for the metric with a MetricStat."
            )
        stat = query.get("MetricStat")
        if stat is None:
            raise ServiceError(
                "MissingParameter",
                f"Query {query_id}: exactly one of MetricStat and Expression must be given.",
            )
        if stat["Stat"] not in STATISTICS and not _PERCENTILE.match(stat["Stat"]):
            raise _value_error(f"Query {query_id}: the statistic {stat['Stat']} is not supported.")
        _check_period(stat["Period"], f"MetricDataQueries.{query_id}.MetricStat.Period")


@operation("cloudwatch", "GetMetricData")
def get_metric_data(ctx: Context, params: dict[str, Any]) -> dict[str, Any]:
    queries: list[dict[str, Any]] = params["MetricDataQueries"]
    start: datetime = params["StartTime"]
    end: datetime = params["EndTime"]
    _check_queries(queries)
    _check_times(start, end)
    descending = (params.get("ScanBy") or "TimestampDescending") == "TimestampDescending"
    limit = params.get("MaxDatapoints") or GET_METRIC_DATA_POINTS
    if limit < 1:
        raise _value_error("The parameter MaxDatapoints must be at least 1.")
    fingerprint = {
        "op": "GetMetricData",
        "queries": queries,
        "start": start.isoformat(),
        "end": end.isoformat(),
        "descending": descending,
    }
    skip = _offset(params.get("NextToken"), fingerprint)
    results, returned, total = [], 0, 0
    for query in queries:
        stat = query["MetricStat"]
        points = []
        if stat.get("Unit") in (None, UNIT):
            buckets = _points(ctx, stat["Metric"], start, end, stat["Period"])
            points = [(stamp, series.statistic(stat["Stat"], values)) for stamp, values in buckets]
        if descending:
            points.reverse()
        first = min(len(points), max(0, skip - total))
        last = min(len(points), max(first, skip + limit - total))
        total += len(points)
        returned += last - first
        if query.get("ReturnData") is False:
            continue
        results.append(
            {
                "Id": query["Id"],
                "Label": query.get("Label") or stat["Metric"]["MetricName"],
                "Timestamps": [stamp for stamp, _ in points[first:last]],
                "Values": [value for _, value in points[first:last]],
                "StatusCode": "Complete",
                "Messages": [],
            }
        )
    answer: dict[str, Any] = {"MetricDataResults": results, "Messages": []}
    if skip + returned < total:
        for result in results:
            result["StatusCode"] = "PartialData"
        answer["NextToken"] = encode_token(skip + returned, 0, fingerprint)
    return answer


def _offset(token: str | None, fingerprint: dict[str, Any]) -> int:
    if token is None:
        return 0
    try:
        value, _ = decode_token(token, fingerprint)
    except ValidationError:
        raise ServiceError("InvalidNextToken", "The NextToken is invalid.") from None
    if not isinstance(value, int) or value < 0:
        raise ServiceError("InvalidNextToken", "The NextToken is invalid.")
    return value


# --- ListMetrics ------------------------------------------------------------------------------


@operation("cloudwatch", "ListMetrics")
def list_metrics(ctx: Context, params: dict[str, Any]) -> dict[str, Any]:
    namespace = params.get("Namespace")
    filters: list[dict[str, str]] = params.get("Dimensions") or []
    fingerprint = {
        "op": "ListMetrics",
        "namespace": namespace,
        "metric": params.get("MetricName"),
        "dimensions": filters,
        "recent": params.get("RecentlyActive"),
    }
    after = None
    if params.get("NextToken") is not None:
        try:
            value, _ = decode_token(params["NextToken"], fingerprint)
            after = str(value).split("\n", 1)
        except ValidationError:
            raise _value_error("The NextToken is invalid.") from None
    answer: dict[str, Any] = {"Metrics": []}
    if namespace not in (None, NAMESPACE) or any(f["Name"] != DIMENSION for f in filters):
        return answer
    jobs = {f["Value"] for f in filters if f.get("Value") is not None}
    if len(jobs) > 1:
        return answer  # one metric has one TrainingJobName
    since = now() - timedelta(hours=3) if params.get("RecentlyActive") == "PT3H" else None
    with ctx.db.read() as session:
        pairs = series.metrics(
            session, job=next(iter(jobs), None), metric=params.get("MetricName"), since=since
        )
    if after is not None and len(after) == 2:
        marker = (after[0].encode(), after[1].encode())
        pairs = [p for p in pairs if (p[0].encode(), p[1].encode()) > marker]
    page = pairs[:LIST_PAGE]
    answer["Metrics"] = [
        {
            "Namespace": NAMESPACE,
            "MetricName": metric,
            "Dimensions": [{"Name": DIMENSION, "Value": job}],
        }
        for job, metric in page
    ]
    if params.get("IncludeLinkedAccounts"):
        answer["OwningAccounts"] = [ctx.settings.account_id] * len(page)
    if len(pairs) > LIST_PAGE:
        job, metric = page[-1]
        answer["NextToken"] = encode_token(f"{job}\n{metric}", 0, fingerprint)
    return answer
