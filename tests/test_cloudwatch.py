"""CloudWatch through unmodified boto3 and the AWS CLI against a live openamt: the metric series
of real built-in XGBoost training jobs under `/aws/sagemaker/TrainingJobs`, in both modes,
compared point for point with what the REST door stores (`/v1/training-jobs/{name}/metrics`).
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import botocore.exceptions
import pytest

from tests.support import jobs, runs
from tests.support.servers import Server, aws_client, aws_env

NAMESPACE = "/aws/sagemaker/TrainingJobs"
CLI = Path(sys.executable).parent / "aws"


@pytest.fixture(scope="module")
def finished(server: Server) -> list[dict[str, Any]]:
    """The training jobs of a small finished tuning job, each with its stored points."""
    sm = aws_client(server.url)
    name = jobs.unique("cw")
    sm.create_hyper_parameter_tuning_job(**jobs.xgboost_job(name, max_jobs=2, num_round=15))
    jobs.wait_done(sm, name)
    summaries = sm.list_training_jobs_for_hyper_parameter_tuning_job(
        HyperParameterTuningJobName=name
    )["TrainingJobSummaries"]
    found = []
    for summary in summaries:
        training = sm.describe_training_job(TrainingJobName=summary["TrainingJobName"])
        assert training["TrainingJobStatus"] == "Completed"
        training["points"] = rest_points(server, training["TrainingJobName"])
        found.append(training)
    return found


def rest_points(server: Server, job: str) -> list[dict[str, Any]]:
    points: list[dict[str, Any]] = []
    params: dict[str, Any] = {"MaxResults": 1000}
    with server.client() as http:
        while True:
            page = http.get(f"/v1/training-jobs/{job}/metrics", params=params).json()
            points += page["MetricPoints"]
            if not page.get("NextToken"):
                break
            params["NextToken"] = page["NextToken"]
    for point in points:
        point["Timestamp"] = datetime.fromisoformat(point["Timestamp"].replace("Z", "+00:00"))
    return points


@pytest.fixture
def cloudwatch(server: Server) -> Any:
    return aws_client(server.url, "cloudwatch")


def dimensions(training: dict[str, Any]) -> list[dict[str, str]]:
    return [{"Name": "TrainingJobName", "Value": training["TrainingJobName"]}]


def expected_buckets(
    points: list[dict[str, Any]], metric: str, start: datetime, period: int
) -> dict[datetime, list[float]]:
    """The stored values of `metric` by period, counted from `start` rounded down as AWS
    documents (to the minute for periods of a minute or more, else to the second)."""
    aligned = start.replace(microsecond=0)
    if period >= 60:
        aligned = aligned.replace(second=0)
    grouped: dict[datetime, list[float]] = {}
    for point in points:
        if point["MetricName"] != metric:
            continue
        number = math.floor((point["Timestamp"] - aligned).total_seconds() / period)
        grouped.setdefault(aligned + timedelta(seconds=number * period), []).append(point["Value"])
    return grouped


def error_code(error: pytest.ExceptionInfo[botocore.exceptions.ClientError]) -> str:
    return str(error.value.response["Error"]["Code"])


def test_per_minute_average_as_training_job_analytics_asks(
    cloudwatch: Any, finished: list[dict[str, Any]]
) -> None:
    for training in finished:
        names = {p["MetricName"] for p in training["points"]}
        assert {"validation:auc", "train:auc"} <= names
        for metric in names:
            # sagemaker.analytics.TrainingJobAnalytics: the job's start to its end plus a minute.
            start = training["TrainingStartTime"]
            answer = cloudwatch.get_metric_statistics(
                Namespace=NAMESPACE,
                MetricName=metric,
                Dimensions=dimensions(training),
                StartTime=start,
                EndTime=training["TrainingEndTime"] + timedelta(minutes=1),
                Period=60,
                Statistics=["Average", "SampleCount"],
            )
            assert answer["Label"] == metric
            expected = expected_buckets(training["points"], metric, start, 60)
            got = {p["Timestamp"]: p for p in answer["Datapoints"]}
            assert set(got) == set(expected)
            for stamp, values in expected.items():
                assert got[stamp]["Average"] == pytest.approx(sum(values) / len(values))
                assert got[stamp]["SampleCount"] == len(values)
                assert got[stamp]["Unit"] == "None"
            count = sum(p["SampleCount"] for p in answer["Datapoints"])
            assert count == sum(1 for p in training["points"] if p["MetricName"] == metric)


def test_every_statistic_per_second(cloudwatch: Any, finished: list[dict[str, Any]]) -> None:
    training = finished[0]
    start = training["TrainingStartTime"] - timedelta(seconds=5)
    window = {
        "Namespace": NAMESPACE,
        "MetricName": "validation:auc",
        "Dimensions": dimensions(training),
        "StartTime": start,
        "EndTime": training["TrainingEndTime"] + timedelta(seconds=5),
        "Period": 1,
    }
    plain = cloudwatch.get_metric_statistics(
        **window, Statistics=["SampleCount", "Average", "Sum", "Minimum", "Maximum"]
    )["Datapoints"]
    extended = cloudwatch.get_metric_statistics(
        **window, ExtendedStatistics=["p0", "p50", "p99.5", "p100"]
    )["Datapoints"]
    expected = expected_buckets(training["points"], "validation:auc", start, 1)
    assert {p["Timestamp"] for p in plain} == set(expected) == {p["Timestamp"] for p in extended}
    by_time = {p["Timestamp"]: p for p in extended}
    for point in plain:
        values = sorted(expected[point["Timestamp"]])
        assert point["SampleCount"] == len(values)
        assert point["Sum"] == pytest.approx(sum(values))
        assert point["Average"] == pytest.approx(sum(values) / len(values))
        assert (point["Minimum"], point["Maximum"]) == (values[0], values[-1])
        percentiles = by_time[point["Timestamp"]]["ExtendedStatistics"]
        assert percentiles["p0"] == values[0] and percentiles["p100"] == values[-1]
        assert percentiles["p50"] == values[max(1, math.ceil(len(values) / 2)) - 1]
        assert percentiles["p50"] in values and percentiles["p99.5"] in values


def test_get_metric_data_pages(cloudwatch: Any, finished: list[dict[str, Any]]) -> None:
    training = finished[1]
    start = training["TrainingStartTime"] - timedelta(seconds=2)
    end = training["TrainingEndTime"] + timedelta(seconds=2)

    def query(query_id: str, metric: str, stat: str) -> dict[str, Any]:
        return {
            "Id": query_id,
            "MetricStat": {
                "Metric": {
                    "Namespace": NAMESPACE,
                    "MetricName": metric,
                    "Dimensions": dimensions(training),
                },
                "Period": 1,
                "Stat": stat,
            },
        }

    queries = [query("auc", "validation:auc", "Average"), query("top", "train:auc", "Maximum")]
    for scan in ("TimestampAscending", "TimestampDescending"):
        collected: dict[str, list[tuple[datetime, float]]] = {"auc": [], "top": []}
        pages = cloudwatch.get_paginator("get_metric_data").paginate(
            MetricDataQueries=queries,
            StartTime=start,
            EndTime=end,
            ScanBy=scan,
            PaginationConfig={"PageSize": 1},
        )
        for page in pages:
            for result in page["MetricDataResults"]:
                collected[result["Id"]] += list(
                    zip(result["Timestamps"], result["Values"], strict=True)
                )
        for query_id, metric, pick in (
            ("auc", "validation:auc", "mean"),
            ("top", "train:auc", "max"),
        ):
            expected = expected_buckets(training["points"], metric, start, 1)
            series = [
                (stamp, sum(v) / len(v) if pick == "mean" else max(v))
                for stamp, v in sorted(expected.items(), reverse=scan == "TimestampDescending")
            ]
            assert [s for s, _ in collected[query_id]] == [s for s, _ in series]
            assert [v for _, v in collected[query_id]] == pytest.approx([v for _, v in series])


def test_list_metrics(cloudwatch: Any, finished: list[dict[str, Any]]) -> None:
    for training in finished:
        listed = cloudwatch.list_metrics(
            Namespace=NAMESPACE,
            Dimensions=[{"Name": "TrainingJobName", "Value": training["TrainingJobName"]}],
        )["Metrics"]
        assert {m["MetricName"] for m in listed} == {p["MetricName"] for p in training["points"]}
        assert all(m["Dimensions"] == dimensions(training) for m in listed)
    everything = [
        metric
        for page in cloudwatch.get_paginator("list_metrics").paginate()
        for metric in page["Metrics"]
    ]
    jobs_listed = {m["Dimensions"][0]["Value"] for m in everything}
    assert {t["TrainingJobName"] for t in finished} <= jobs_listed
    assert cloudwatch.list_metrics(Namespace="AWS/EC2")["Metrics"] == []
    recent = cloudwatch.list_metrics(MetricName="validation:auc", RecentlyActive="PT3H")
    assert {t["TrainingJobName"] for t in finished} <= {
        m["Dimensions"][0]["Value"] for m in recent["Metrics"]
    }


def test_metrics_nobody_published_are_empty(
    cloudwatch: Any, finished: list[dict[str, Any]]
) -> None:
    training = finished[0]
    window = {
        "StartTime": training["TrainingStartTime"],
        "EndTime": training["TrainingEndTime"] + timedelta(minutes=1),
        "Period": 60,
        "Statistics": ["Average"],
    }
    for namespace, metric, dims, unit in (
        ("AWS/EC2", "validation:auc", dimensions(training), None),
        (NAMESPACE, "validation:auc", [{"Name": "TrainingJobName", "Value": "nobody"}], None),
        (
            NAMESPACE,
            "validation:auc",
            [*dimensions(training), {"Name": "Host", "Value": "a"}],
            None,
        ),
        (NAMESPACE, "no:such-metric", dimensions(training), None),
        (NAMESPACE, "validation:auc", dimensions(training), "Seconds"),
    ):
        answer = cloudwatch.get_metric_statistics(
            Namespace=namespace,
            MetricName=metric,
            Dimensions=dims,
            **window,
            **({"Unit": unit} if unit else {}),
        )
        assert answer["Datapoints"] == [], (namespace, metric, dims, unit)


def test_bad_input(cloudwatch: Any, finished: list[dict[str, Any]]) -> None:
    now = datetime.now(UTC)
    base = {
        "Namespace": NAMESPACE,
        "MetricName": "validation:auc",
        "Dimensions": dimensions(finished[0]),
        "StartTime": now - timedelta(hours=1),
        "EndTime": now,
    }
    cases: list[tuple[dict[str, Any], str]] = [
        ({**base, "Period": 7, "Statistics": ["Average"]}, "InvalidParameterValue"),
        ({**base, "Period": 90, "Statistics": ["Average"]}, "InvalidParameterValue"),
        ({**base, "Period": 1, "Statistics": ["Average"]}, "InvalidParameterCombination"),
        ({**base, "Period": 60, "Statistics": ["Average"], "ExtendedStatistics": ["p90"]},
         "InvalidParameterCombination"),
        ({**base, "Period": 60}, "MissingParameter"),
        ({**base, "Period": 60, "ExtendedStatistics": ["p101"]}, "InvalidParameterValue"),
        ({**base, "Period": 60, "ExtendedStatistics": ["tm90"]}, "InvalidParameterValue"),
        ({**base, "Period": 60, "Statistics": ["Median"]}, "InvalidParameterValue"),
        ({**base, "StartTime": now, "EndTime": now - timedelta(minutes=5), "Period": 60,
          "Statistics": ["Average"]}, "InvalidParameterValue"),
    ]  # fmt: skip
    for kwargs, code in cases:
        with pytest.raises(botocore.exceptions.ClientError) as error:
            cloudwatch.get_metric_statistics(**kwargs)
            pytest.fail(f"{kwargs}: no error")
        assert error_code(error) == code, kwargs
    # 1,440 periods is the most one call answers; exactly that many is fine. The day before
    # the last one: no job of this module had started, whatever minute its points fell in.
    fine = {**base, "StartTime": now.replace(second=0, microsecond=0) - timedelta(minutes=2880)}
    fine["EndTime"] = fine["StartTime"] + timedelta(minutes=1440)
    assert (
        cloudwatch.get_metric_statistics(**fine, Period=60, Statistics=["Sum"])["Datapoints"] == []
    )
    with pytest.raises(botocore.exceptions.ClientError) as error:
        cloudwatch.get_metric_data(
            MetricDataQueries=[{"Id": "math", "Expression": "SUM(METRICS())"}],
            StartTime=base["StartTime"],
            EndTime=base["EndTime"],
        )
    assert error_code(error) == "InvalidParameterValue"
    assert "Expression" in str(error.value)
    with pytest.raises(botocore.exceptions.ClientError) as error:
        cloudwatch.get_metric_data(
            MetricDataQueries=[{"Id": "x", "MetricStat": {"Metric": {"MetricName": "m"},
                                "Period": 60, "Stat": "Average"}}],
            StartTime=base["StartTime"], EndTime=base["EndTime"], NextToken="not-a-token",
        )  # fmt: skip
    assert error_code(error) == "InvalidNextToken"


@pytest.mark.parametrize("server", ["embedded"], indirect=True)  # boto3: both
def test_aws_cli_gets_the_statistics(server: Server, finished: list[dict[str, Any]]) -> None:
    training = finished[0]
    start = training["TrainingStartTime"]
    env = aws_env(server.url)
    done = subprocess.run(
        [str(CLI), "cloudwatch", "get-metric-statistics", "--namespace", NAMESPACE,
         "--metric-name", "validation:auc",
         "--dimensions", f"Name=TrainingJobName,Value={training['TrainingJobName']}",
         "--start-time", start.isoformat(),
         "--end-time", (training["TrainingEndTime"] + timedelta(minutes=1)).isoformat(),
         "--period", "60", "--statistics", "Maximum", "--output", "json"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    expected = expected_buckets(training["points"], "validation:auc", start, 60)
    assert sorted(p["Maximum"] for p in answer["Datapoints"]) == sorted(
        max(values) for values in expected.values()
    )


ANALYTICS = """
import sys, boto3, sagemaker
from sagemaker.analytics import TrainingJobAnalytics
session = sagemaker.Session(boto3.Session(region_name="us-east-1"))
frame = TrainingJobAnalytics(sys.argv[1], metric_names=["validation:auc", "train:auc"],
                             sagemaker_session=session).dataframe()
print(frame.to_json(orient="records"))
"""


@pytest.mark.parametrize("server", ["embedded"], indirect=True)  # boto3: both
def test_sagemaker_sdk_v2_training_job_analytics(
    server: Server, finished: list[dict[str, Any]], tmp_path: Path
) -> None:
    """`TrainingJobAnalytics(job).dataframe()`, unmodified: per-minute averages from the job's
    start, as seconds from the first minute."""
    env = runs.sdk_env(server, tmp_path)
    training = finished[0]
    done = subprocess.run(
        [str(runs.sdk_python(2)), "-c", ANALYTICS, training["TrainingJobName"]],
        env=env, capture_output=True, text=True, timeout=300, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    rows = json.loads(done.stdout.strip().splitlines()[-1])
    for metric in ("validation:auc", "train:auc"):
        expected = expected_buckets(training["points"], metric, training["TrainingStartTime"], 60)
        first = min(expected)
        want = sorted(
            ((stamp - first).total_seconds(), sum(v) / len(v)) for stamp, v in expected.items()
        )
        got = sorted((r["timestamp"], r["value"]) for r in rows if r["metric_name"] == metric)
        assert [t for t, _ in got] == [t for t, _ in want]
        assert [v for _, v in got] == pytest.approx([v for _, v in want])
