"""The read side of the API: the two Lists, Describe and DescribeTrainingJob.

A dozen tuning jobs in every status and one tuning job with training jobs in every status are
driven through the real domain functions (`advance`, `record_end`) on a real SQLite database;
the app runs in-process and nothing trains. Every response is also held to botocore's output
shape, the contract boto3 clients parse.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import botocore.session
import pytest
from botocore.model import Shape
from botocore.parsers import create_parser
from botocore.validate import ParamValidator
from fastapi.testclient import TestClient
from sqlalchemy import select

from app.config import Settings
from app.db import migrate
from app.db.models import TrainingJob, TuningJob
from app.db.session import Database, get_database
from app.executor import NullExecutor
from app.main import create_app
from app.training.lifecycle import Outcome
from app.tuning.outcomes import record_end
from app.tuning.scheduler import advance
from tests.support.jobs import xgboost_job

JOBS = "/v1/hyper-parameter-tuning-jobs"
SAGEMAKER = botocore.session.get_session().get_service_model("sagemaker")
ACCOUNT_ARN = "arn:aws:sagemaker:us-east-1:123456789012"

# Created in this order (names out of alphabetical order), then driven to these statuses.
TUNING_JOBS = [
    ("fraud-c", "Completed"),
    ("churn-b", "InProgress"),
    ("fraud-a", "Stopped"),
    ("churn-d", "Failed"),
    ("fraud-e", "InProgress"),
    ("churn-a", "Completed"),
    ("fraud-b", "Stopping"),
    ("churn-c", "InProgress"),
    ("fraud-d", "Completed"),
    ("churn-e", "InProgress"),
    ("fraud-f", "Stopped"),
    ("trials", "InProgress"),
]
# The training jobs of "trials", by launch order: (status, objective, failure kind).
TRIALS = [
    ("Completed", 0.7, None),
    ("Completed", 0.9, None),
    ("Completed", 0.8, None),
    ("Failed", None, "NonRetryable"),
    ("Stopped", 0.85, None),  # early-stopped: its last value is its final value
    ("Stopped", None, None),
    ("InProgress", None, None),
    ("InProgress", None, None),
]


@dataclass
class World:
    client: TestClient
    settings: Settings
    db: Database

    def get(self, path: str, **params: Any) -> Any:
        response = self.client.get(path, params=params)
        assert response.status_code == 200, response.text
        return response.json()

    def tuning_jobs(self, **params: Any) -> list[dict[str, Any]]:
        """Every tuning job the query matches, following NextToken."""
        return walk(self.client, JOBS, "HyperParameterTuningJobSummaries", params)

    def training_jobs(self, name: str = "trials", **params: Any) -> list[dict[str, Any]]:
        return walk(self.client, f"{JOBS}/{name}/training-jobs", "TrainingJobSummaries", params)


def walk(client: TestClient, path: str, key: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    token = None
    for _ in range(200):
        page = client.get(path, params={**params, **({"NextToken": token} if token else {})})
        assert page.status_code == 200, page.text
        items = page.json()[key]
        assert len(items) <= params.get("MaxResults", 10)
        found += items
        token = page.json().get("NextToken")
        if not token:
            return found
        assert items, "a page that promises more must not be empty"
    raise AssertionError("pagination does not end")


def start_app(data_dir: Path) -> World:
    settings = Settings(data_dir=data_dir)
    migrate.upgrade(settings)
    client = TestClient(create_app(settings, NullExecutor()), raise_server_exceptions=False)
    return World(client, settings, get_database(settings))


def end_training(world: World, name: str, training_name: str, **outcome: Any) -> None:
    with world.db.write() as session:
        job = session.scalars(select(TuningJob).where(TuningJob.name == name)).one()
        training = session.scalars(
            select(TrainingJob).where(TrainingJob.name == training_name)
        ).one()
        record_end(world.settings, job, training, Outcome(**outcome))


def launched(world: World, name: str) -> list[str]:
    """Training job names of a tuning job, in launch order."""
    with world.db.read() as session:
        query = select(TrainingJob.name).where(TrainingJob.tuning_job_name == name)
        return list(session.scalars(query.order_by(TrainingJob.sequence)))


def drive(world: World, name: str, status: str) -> None:
    """Take a freshly created one-training-job tuning job to `status`."""
    executor = NullExecutor()
    if status in ("Stopped", "Stopping"):
        assert world.client.post(f"{JOBS}/{name}/stop").status_code == 204
        if status == "Stopped":
            advance(world.db, world.settings, executor, name)
        return
    if status == "InProgress":
        return
    advance(world.db, world.settings, executor, name)
    (training,) = launched(world, name)
    if status == "Completed":
        end_training(world, name, training, status="Completed", objective=0.5)
    else:
        end_training(world, name, training, status="Failed", failure_kind="NonRetryable")
    advance(world.db, world.settings, executor, name)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    world = start_app(tmp_path_factory.mktemp("lists") / "data")
    for name, status in TUNING_JOBS:
        max_jobs = len(TRIALS) if name == "trials" else 1
        body = xgboost_job(name, max_jobs=max_jobs, parallel=max_jobs)
        assert world.client.post(JOBS, json=body).status_code == 201
        drive(world, name, status)
    advance(world.db, world.settings, NullExecutor(), "trials")
    for training, (status, objective, kind) in zip(launched(world, "trials"), TRIALS, strict=True):
        if status != "InProgress":
            end_training(
                world, "trials", training,
                status=status, objective=objective, failure_kind=kind,
                early_stopped=status == "Stopped" and objective is not None,
            )  # fmt: skip
    with world.client:
        yield world


def names(items: list[dict[str, Any]]) -> list[str]:
    return [item.get("HyperParameterTuningJobName") or item["TrainingJobName"] for item in items]


def created_in_order(world: World) -> list[dict[str, Any]]:
    return world.tuning_jobs(SortBy="CreationTime", MaxResults=100)


def stamp(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def assert_error(response: Any, fragment: str) -> None:
    assert response.status_code == 400, response.text
    assert response.json()["__type"] == "ValidationException"
    assert fragment in response.json()["message"]


# --- ListHyperParameterTuningJobs ------------------------------------------------------------


def test_statuses_were_driven_as_planned(world: World) -> None:
    listed = {j["HyperParameterTuningJobName"]: j for j in created_in_order(world)}
    assert {n: j["HyperParameterTuningJobStatus"] for n, j in listed.items()} == dict(TUNING_JOBS)
    assert names(created_in_order(world)) == [name for name, _ in TUNING_JOBS]


def test_defaults_are_ten_by_name_ascending(world: World) -> None:
    page = world.get(JOBS)
    assert names(page["HyperParameterTuningJobSummaries"]) == sorted(n for n, _ in TUNING_JOBS)[:10]
    assert page["NextToken"]


@pytest.mark.parametrize("sort_by", ["Name", "Status", "CreationTime"])
@pytest.mark.parametrize("sort_order", ["Ascending", "Descending"])
def test_sort(world: World, sort_by: str, sort_order: str) -> None:
    order = [name for name, _ in TUNING_JOBS]  # creation order breaks ties
    key = {
        "Name": lambda name: (name, 0),
        "Status": lambda name: (dict(TUNING_JOBS)[name], order.index(name)),
        "CreationTime": lambda name: ("", order.index(name)),
    }[sort_by]
    expected = sorted(order, key=key, reverse=sort_order == "Descending")
    listed = world.tuning_jobs(SortBy=sort_by, SortOrder=sort_order, MaxResults=5)
    assert names(listed) == expected


@pytest.mark.parametrize(
    ("contains", "expected"),
    [
        ("fraud", ["fraud-a", "fraud-b", "fraud-c", "fraud-d", "fraud-e", "fraud-f"]),
        ("FRAUD", ["fraud-a", "fraud-b", "fraud-c", "fraud-d", "fraud-e", "fraud-f"]),
        ("-a", ["churn-a", "fraud-a"]),
        ("trials", ["trials"]),
        ("nothing", []),
    ],
)
def test_name_contains(world: World, contains: str, expected: list[str]) -> None:
    assert names(world.tuning_jobs(NameContains=contains)) == expected


@pytest.mark.parametrize("contains", ["fraud_", "fraud%", "a" * 64])
def test_name_contains_outside_the_model_is_refused(world: World, contains: str) -> None:
    assert_error(world.client.get(JOBS, params={"NameContains": contains}), "NameContains")


@pytest.mark.parametrize(
    "status", ["InProgress", "Completed", "Failed", "Stopped", "Stopping", "Deleting"]
)
def test_status_equals(world: World, status: str) -> None:
    expected = sorted(name for name, s in TUNING_JOBS if s == status)
    listed = world.tuning_jobs(StatusEquals=status, MaxResults=2)
    assert names(listed) == expected
    assert {j["HyperParameterTuningJobStatus"] for j in listed} <= {status}


def test_status_equals_unknown_is_refused(world: World) -> None:
    assert_error(world.client.get(JOBS, params={"StatusEquals": "Running"}), "StatusEquals")


def time_forms(moment: datetime) -> dict[str, str]:
    """One instant as a client may write it."""
    utc = moment.astimezone(UTC)
    return {
        "iso-z": utc.isoformat().replace("+00:00", "Z"),
        "iso-offset": utc.astimezone(timezone(timedelta(hours=2))).isoformat(),
        "iso-naive-utc": utc.replace(tzinfo=None).isoformat(),
        "epoch-seconds": f"{utc.timestamp():.6f}",
    }


@pytest.mark.parametrize("form", ["iso-z", "iso-offset", "iso-naive-utc", "epoch-seconds"])
def test_creation_time_after_and_before(world: World, form: str) -> None:
    jobs = created_in_order(world)
    times = [stamp(j["CreationTime"]) for j in jobs]
    # Halfway between the 4th and 5th, and between the 9th and 10th creations.
    low = time_forms(times[3] + (times[4] - times[3]) / 2)[form]
    high = time_forms(times[8] + (times[9] - times[8]) / 2)[form]
    all_names = names(jobs)
    by_time = {"SortBy": "CreationTime"}
    assert names(world.tuning_jobs(CreationTimeAfter=low, **by_time)) == all_names[4:]
    assert names(world.tuning_jobs(CreationTimeBefore=low, **by_time)) == all_names[:4]
    between = world.tuning_jobs(CreationTimeAfter=low, CreationTimeBefore=high, **by_time)
    assert names(between) == all_names[4:9]


def test_creation_time_bounds_are_exclusive(world: World) -> None:
    jobs = created_in_order(world)
    fifth = jobs[4]["CreationTime"]
    assert names(world.tuning_jobs(CreationTimeAfter=fifth, SortBy="CreationTime")) == names(
        jobs[5:]
    )
    assert names(world.tuning_jobs(CreationTimeBefore=fifth, SortBy="CreationTime")) == names(
        jobs[:4]
    )


def test_last_modified_time_after_and_before(world: World) -> None:
    jobs = created_in_order(world)
    modified = sorted({stamp(j["LastModifiedTime"]) for j in jobs})
    middle = modified[len(modified) // 2]
    cut = time_forms(middle - timedelta(microseconds=1))["iso-z"]
    later = {
        j["HyperParameterTuningJobName"] for j in jobs if stamp(j["LastModifiedTime"]) >= middle
    }
    assert set(names(world.tuning_jobs(LastModifiedTimeAfter=cut))) == later
    earlier = set(names(jobs)) - later
    assert set(names(world.tuning_jobs(LastModifiedTimeBefore=cut))) == earlier


def test_timestamp_that_is_not_one_is_refused(world: World) -> None:
    assert_error(world.client.get(JOBS, params={"CreationTimeAfter": "yesterday"}), "CreationTime")


@pytest.mark.parametrize("max_results", [1, 5, 11, 12, 100])
def test_max_results(world: World, max_results: int) -> None:
    page = world.get(JOBS, MaxResults=max_results)
    assert len(page["HyperParameterTuningJobSummaries"]) == min(max_results, len(TUNING_JOBS))
    assert ("NextToken" in page) == (max_results < len(TUNING_JOBS))


@pytest.mark.parametrize("max_results", ["0", "101", "-1", "ten", "2.5"])
def test_max_results_out_of_range_is_refused(world: World, max_results: str) -> None:
    assert_error(world.client.get(JOBS, params={"MaxResults": max_results}), "MaxResults")
    url = f"{JOBS}/trials/training-jobs"
    assert_error(world.client.get(url, params={"MaxResults": max_results}), "MaxResults")


@pytest.mark.parametrize("max_results", [1, 3, 7])
@pytest.mark.parametrize(
    "query",
    [{}, {"SortBy": "Status", "SortOrder": "Descending"}, {"NameContains": "fraud"},
     {"SortBy": "CreationTime", "StatusEquals": "InProgress"}],
    ids=["default", "status-descending", "name-contains", "in-progress-by-time"],
)  # fmt: skip
def test_pages_hold_every_job_once(world: World, max_results: int, query: dict[str, Any]) -> None:
    everything = world.tuning_jobs(**query, MaxResults=100)
    paged = world.tuning_jobs(**query, MaxResults=max_results)
    assert names(paged) == names(everything)
    assert len(set(names(paged))) == len(paged)


def test_max_results_may_change_between_pages(world: World) -> None:
    first = world.get(JOBS, MaxResults=5)
    second = world.get(JOBS, MaxResults=3, NextToken=first["NextToken"])
    listed = first["HyperParameterTuningJobSummaries"] + second["HyperParameterTuningJobSummaries"]
    assert names(listed) == sorted(n for n, _ in TUNING_JOBS)[:8]


def tampered(token: str) -> str:
    """The token with the position it continues after moved on by one row."""
    payload = json.loads(base64.urlsafe_b64decode(token))
    payload["after"][1] += 1
    return forged(payload)


def forged(payload: Any) -> str:
    text = payload if isinstance(payload, str) else json.dumps(payload)
    return base64.urlsafe_b64encode(text.encode()).decode()


@pytest.mark.parametrize(
    "token",
    [
        "not-a-token",
        "!!!!",
        forged({}),
        base64.urlsafe_b64encode(b"\xff\xfe").decode(),
        forged([1, 2]),
        forged({"after": ["fraud-a", 1], "q": "0" * 32}),
        forged({"after": ["fraud-a", 10**30], "q": "0" * 32}),
        forged({"after": [["datetime", "2026-01-01T00:00:00"], 1], "q": "0" * 32}),
        forged({"after": [{"a": 1}, True], "q": "0" * 32}),
        forged("[" * 3000 + "]" * 3000),
        "x" * 8193,
    ],
    ids=["word", "punctuation", "empty-object", "not-utf8", "array", "wrong-digest",
         "huge-id", "naive-time", "object-value", "deeply-nested", "too-long"],
)  # fmt: skip
def test_forged_next_token_is_refused(world: World, token: str) -> None:
    assert_error(world.client.get(JOBS, params={"NextToken": token}), "NextToken")
    url = f"{JOBS}/trials/training-jobs"
    assert_error(world.client.get(url, params={"NextToken": token}), "NextToken")


def test_tampered_next_token_is_refused(world: World) -> None:
    token = world.get(JOBS, MaxResults=2)["NextToken"]
    assert_error(world.client.get(JOBS, params={"NextToken": tampered(token)}), "NextToken")


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ({"SortBy": "Name"}, {"SortBy": "Status"}),
        ({"SortOrder": "Ascending"}, {"SortOrder": "Descending"}),
        ({"NameContains": "fraud"}, {"NameContains": "churn"}),
        ({"StatusEquals": "InProgress"}, {}),
        ({}, {"CreationTimeAfter": "2020-01-01T00:00:00Z"}),
    ],
    ids=["sort-by", "sort-order", "name-contains", "status-dropped", "time-added"],
)
def test_next_token_of_another_query_is_refused(
    world: World, first: dict[str, Any], then: dict[str, Any]
) -> None:
    token = world.get(JOBS, MaxResults=1, **first)["NextToken"]
    response = world.client.get(JOBS, params={"MaxResults": 1, "NextToken": token, **then})
    assert_error(response, "NextToken")


def test_next_token_of_another_list_is_refused(world: World) -> None:
    tuning_token = world.get(JOBS, MaxResults=1)["NextToken"]
    training_token = world.get(f"{JOBS}/trials/training-jobs", MaxResults=1)["NextToken"]
    for url, token in [
        (f"{JOBS}/trials/training-jobs", tuning_token),
        (JOBS, training_token),
        (f"{JOBS}/fraud-c/training-jobs", training_token),
    ]:
        assert_error(
            world.client.get(url, params={"MaxResults": 1, "NextToken": token}), "NextToken"
        )


# --- ListTrainingJobsForHyperParameterTuningJob ----------------------------------------------


def test_training_jobs_default_by_name(world: World) -> None:
    page = world.get(f"{JOBS}/trials/training-jobs")
    listed = page["TrainingJobSummaries"]
    assert names(listed) == sorted(launched(world, "trials"))
    assert "NextToken" not in page
    for summary in listed:
        assert summary["TrainingJobName"].startswith("trials-00")
        assert (
            summary["TrainingJobArn"] == f"{ACCOUNT_ARN}:training-job/{summary['TrainingJobName']}"
        )
        assert summary["TuningJobName"] == "trials"
        assert set(summary["TunedHyperParameters"]) == {"max_depth", "eta"}
        assert 2 <= int(summary["TunedHyperParameters"]["max_depth"]) <= 6
        assert 0.05 <= float(summary["TunedHyperParameters"]["eta"]) <= 0.5


def test_training_job_summaries_carry_their_outcome(world: World) -> None:
    by_name = {s["TrainingJobName"]: s for s in world.training_jobs()}
    for training, (status, objective, _) in zip(launched(world, "trials"), TRIALS, strict=True):
        summary = by_name[training]
        assert summary["TrainingJobStatus"] == status
        expected_status = {"InProgress": "Pending"}.get(
            status, "Succeeded" if objective else "Failed"
        )
        assert summary["ObjectiveStatus"] == expected_status
        if objective is None:
            assert "FinalHyperParameterTuningJobObjectiveMetric" not in summary
        else:
            assert summary["FinalHyperParameterTuningJobObjectiveMetric"] == {
                "Type": "Maximize", "MetricName": "validation:auc", "Value": objective,
            }  # fmt: skip
        assert ("TrainingEndTime" in summary) == (status != "InProgress")


@pytest.mark.parametrize("status", ["Completed", "Failed", "Stopped", "InProgress", "Stopping"])
def test_training_jobs_status_equals(world: World, status: str) -> None:
    outcomes = zip(launched(world, "trials"), TRIALS, strict=True)
    expected = [training for training, (s, _, _) in outcomes if s == status]
    assert names(world.training_jobs(StatusEquals=status)) == sorted(expected)


@pytest.mark.parametrize("sort_by", ["Name", "CreationTime", "Status", "FinalObjectiveMetricValue"])
@pytest.mark.parametrize("sort_order", ["Ascending", "Descending"])
def test_training_jobs_sort(world: World, sort_by: str, sort_order: str) -> None:
    order = launched(world, "trials")
    outcome = dict(zip(order, TRIALS, strict=True))
    candidates = order
    if sort_by == "FinalObjectiveMetricValue":  # jobs without a value are left out
        candidates = [t for t in order if outcome[t][1] is not None]
    key = {
        "Name": lambda t: (t, 0),
        "CreationTime": lambda t: ("", order.index(t)),
        "Status": lambda t: (outcome[t][0], order.index(t)),
        "FinalObjectiveMetricValue": lambda t: (outcome[t][1], 0),
    }[sort_by]
    expected = sorted(candidates, key=key, reverse=sort_order == "Descending")
    listed = world.training_jobs(SortBy=sort_by, SortOrder=sort_order, MaxResults=3)
    assert names(listed) == expected


def test_training_jobs_pages_hold_every_job_once(world: World) -> None:
    for max_results in (1, 2, 3, 7):
        paged = world.training_jobs(MaxResults=max_results, SortBy="CreationTime")
        assert names(paged) == launched(world, "trials")


def test_pages_while_training_jobs_launch_and_finish(tmp_path: Path) -> None:
    """Rows that did not change are neither missed nor repeated when others are created or
    change status between two pages (an offset token would shift them)."""
    world = start_app(tmp_path / "data")
    assert (
        world.client.post(JOBS, json=xgboost_job("live", max_jobs=8, parallel=4)).status_code == 201
    )
    advance(world.db, world.settings, NullExecutor(), "live")
    url = f"{JOBS}/live/training-jobs"

    newest_first = {"SortBy": "CreationTime", "SortOrder": "Descending", "MaxResults": 2}
    first = world.get(url, **newest_first)
    one, two, three, four = launched(world, "live")
    assert names(first["TrainingJobSummaries"]) == [four, three]
    for training in (one, two):
        end_training(world, "live", training, status="Completed", objective=0.5)
    advance(world.db, world.settings, NullExecutor(), "live")  # launches two newer jobs
    rest = world.get(url, **newest_first, NextToken=first["NextToken"])
    assert names(rest["TrainingJobSummaries"]) == [two, one]

    by_status = {"SortBy": "Status", "SortOrder": "Descending", "MaxResults": 2}
    five, six = launched(world, "live")[4:]
    first = world.get(url, **by_status)  # InProgress first, newest first
    assert names(first["TrainingJobSummaries"]) == [six, five]
    end_training(world, "live", six, status="Completed", objective=0.6)  # moves behind
    pages = first["TrainingJobSummaries"] + world.training_jobs(
        "live", **by_status, NextToken=first["NextToken"]
    )
    assert names(pages) == [six, five, four, three, six, two, one]  # only `six` moved


def test_training_jobs_of_a_deleted_namesake_are_not_listed(tmp_path: Path) -> None:
    """Delete keeps the training jobs (as AWS); a new job of the same name must not adopt them."""
    world = start_app(tmp_path / "data")
    body = xgboost_job("reborn", max_jobs=1, parallel=1)
    assert world.client.post(JOBS, json=body).status_code == 201
    drive(world, "reborn", "Completed")
    (old,) = launched(world, "reborn")
    assert world.client.delete(f"{JOBS}/reborn").status_code == 204
    assert world.get(f"/v1/training-jobs/{old}")["TrainingJobStatus"] == "Completed"
    assert world.client.post(JOBS, json=body).status_code == 201
    assert world.get(f"{JOBS}/reborn/training-jobs")["TrainingJobSummaries"] == []
    advance(world.db, world.settings, NullExecutor(), "reborn")
    listed = world.training_jobs("reborn")
    assert len(listed) == 1 and listed[0]["TrainingJobName"] != old


# --- Describe --------------------------------------------------------------------------------


def test_describe_tuning_job(world: World) -> None:
    asked = datetime.now(UTC)
    described = world.get(f"{JOBS}/trials")
    answered = datetime.now(UTC)
    body = xgboost_job("trials", max_jobs=len(TRIALS), parallel=len(TRIALS))
    assert described["HyperParameterTuningJobName"] == "trials"
    assert (
        described["HyperParameterTuningJobArn"]
        == f"{ACCOUNT_ARN}:hyper-parameter-tuning-job/trials"
    )
    assert described["HyperParameterTuningJobStatus"] == "InProgress"
    assert described["HyperParameterTuningJobConfig"] == body["HyperParameterTuningJobConfig"]
    # As AWS answers the definition: the objective among the static hyperparameters, an empty
    # KmsKeyId, and ResourceConfig for a single instance type (SDK v2's attach reads all three).
    definition = body["TrainingJobDefinition"]
    objective = body["HyperParameterTuningJobConfig"]["HyperParameterTuningJobObjective"]
    resources = definition.get("HyperParameterTuningResourceConfig")
    assert described["TrainingJobDefinition"] == {
        **definition,
        "StaticHyperParameters": {
            **definition["StaticHyperParameters"],
            "_tuning_objective_metric": objective["MetricName"],
        },
        "OutputDataConfig": {"KmsKeyId": "", **definition["OutputDataConfig"]},
        **({"ResourceConfig": resources} if resources else {}),
        # And the built-in algorithm's own metric definitions (SDK v2's attach reads them).
        "AlgorithmSpecification": described["TrainingJobDefinition"]["AlgorithmSpecification"],
    }
    algorithm = described["TrainingJobDefinition"]["AlgorithmSpecification"]
    assert algorithm.items() >= definition["AlgorithmSpecification"].items()
    assert "validation:auc" in {m["Name"] for m in algorithm["MetricDefinitions"]}
    assert described["TrainingJobStatusCounters"] == {
        "Completed": 3, "InProgress": 2, "RetryableError": 0, "NonRetryableError": 1, "Stopped": 2,
    }  # fmt: skip
    assert described["ObjectiveStatusCounters"] == {"Succeeded": 4, "Pending": 2, "Failed": 2}
    best = described["BestTrainingJob"]
    assert best["TrainingJobName"] == launched(world, "trials")[1]  # the 0.9
    assert best["FinalHyperParameterTuningJobObjectiveMetric"]["Value"] == 0.9
    assert "HyperParameterTuningEndTime" not in described
    assert stamp(described["CreationTime"]) <= stamp(described["LastModifiedTime"])
    # A running job's runtime is its creation to the moment of the Describe, whole seconds.
    created = stamp(described["CreationTime"])
    runtime = described["ConsumedResources"]["RuntimeInSeconds"]
    assert int((asked - created).total_seconds()) <= runtime
    assert runtime <= int((answered - created).total_seconds())


@pytest.mark.parametrize(("name", "status"), [("fraud-c", "Completed"), ("fraud-a", "Stopped"),
                                              ("churn-d", "Failed")])  # fmt: skip
def test_describe_finished_tuning_job(world: World, name: str, status: str) -> None:
    described = world.get(f"{JOBS}/{name}")
    assert described["HyperParameterTuningJobStatus"] == status
    assert stamp(described["HyperParameterTuningEndTime"]) >= stamp(described["CreationTime"])
    assert ("FailureReason" in described) == (status == "Failed")
    assert ("BestTrainingJob" in described) == (status == "Completed")


def test_arn_holds_the_name_lower_cased(tmp_path: Path) -> None:
    world = start_app(tmp_path / "data")
    body = xgboost_job("Fraud-XGB-2026", max_jobs=1, parallel=1)
    created = world.client.post(JOBS, json=body).json()
    arn = f"{ACCOUNT_ARN}:hyper-parameter-tuning-job/fraud-xgb-2026"
    assert created == {"HyperParameterTuningJobArn": arn}
    described = world.get(f"{JOBS}/Fraud-XGB-2026")
    assert described["HyperParameterTuningJobName"] == "Fraud-XGB-2026"
    assert described["HyperParameterTuningJobArn"] == arn
    assert (
        world.get(JOBS)["HyperParameterTuningJobSummaries"][0]["HyperParameterTuningJobArn"] == arn
    )
    advance(world.db, world.settings, NullExecutor(), "Fraud-XGB-2026")
    (training,) = launched(world, "Fraud-XGB-2026")
    assert training.startswith("Fraud-XGB-2026-001-")
    described_training = world.get(f"/v1/training-jobs/{training}")
    assert described_training["TrainingJobArn"] == f"{ACCOUNT_ARN}:training-job/{training.lower()}"
    assert described_training["TuningJobArn"] == arn


def test_describe_training_job(world: World) -> None:
    training = launched(world, "trials")[1]
    described = world.get(f"/v1/training-jobs/{training}")
    definition = xgboost_job("trials")["TrainingJobDefinition"]
    summary = next(s for s in world.training_jobs() if s["TrainingJobName"] == training)
    assert described["TrainingJobName"] == training
    assert described["TrainingJobArn"] == f"{ACCOUNT_ARN}:training-job/{training}"
    assert described["TuningJobArn"] == f"{ACCOUNT_ARN}:hyper-parameter-tuning-job/trials"
    assert described["TrainingJobStatus"] == "Completed"
    assert described["SecondaryStatus"] == "Completed"
    assert described["HyperParameters"] == {
        **definition["StaticHyperParameters"],
        **summary["TunedHyperParameters"],
        "_tuning_objective_metric": "validation:auc",
    }
    assert described["ModelArtifacts"] == {
        "S3ModelArtifacts": f"s3://test-bucket/fraud/output/{training}/output/model.tar.gz"
    }
    for member in ("RoleArn", "InputDataConfig", "ResourceConfig", "StoppingCondition"):
        assert described[member] == definition[member], member
    # AWS's additions: an unset KMS key as "", the built-in algorithm's metric definitions.
    assert described["OutputDataConfig"] == {"KmsKeyId": "", **definition["OutputDataConfig"]}
    algorithm = described["AlgorithmSpecification"]
    assert algorithm.items() >= definition["AlgorithmSpecification"].items()
    assert "validation:auc" in {m["Name"] for m in algorithm["MetricDefinitions"]}
    assert described["CreationTime"] == summary["CreationTime"]
    assert described["TrainingEndTime"] == summary["TrainingEndTime"]


def test_describe_training_job_maps_the_sdks_resource_config(tmp_path: Path) -> None:
    """The SDK sends HyperParameterTuningResourceConfig; a training job shows ResourceConfig."""
    world = start_app(tmp_path / "data")
    body = xgboost_job("sdk-style", max_jobs=1, parallel=1)
    definition = body["TrainingJobDefinition"]
    resources = definition.pop("ResourceConfig")
    definition["HyperParameterTuningResourceConfig"] = resources
    assert world.client.post(JOBS, json=body).status_code == 201
    advance(world.db, world.settings, NullExecutor(), "sdk-style")
    (training,) = launched(world, "sdk-style")
    described = world.get(f"/v1/training-jobs/{training}")
    assert described["ResourceConfig"] == resources
    assert described["TrainingJobStatus"] == "InProgress"
    assert "TrainingEndTime" not in described


# --- against botocore's output shapes --------------------------------------------------------


def shape_violations(value: Any, shape: Shape, path: str) -> Iterator[str]:
    """What ParamValidator does not check: unknown members (the parser drops them), enums,
    maximum lengths and values."""
    kind, meta = shape.type_name, shape.metadata
    if kind == "structure":
        assert isinstance(value, dict), path
        for member in set(value) - set(shape.members):
            yield f"{path}.{member}: not in the model"
        for member, member_shape in shape.members.items():
            if member in value:
                yield from shape_violations(value[member], member_shape, f"{path}.{member}")
    elif kind == "list":
        if "max" in meta and len(value) > meta["max"]:
            yield f"{path}: more than {meta['max']} items"
        for i, item in enumerate(value):
            yield from shape_violations(item, shape.member, f"{path}[{i}]")
    elif kind == "map":
        for key, item in value.items():
            yield from shape_violations(key, shape.key, f"{path}{{key}}")
            yield from shape_violations(item, shape.value, f"{path}.{key}")
    elif kind == "string":
        if shape.enum and value not in shape.enum:
            yield f"{path}: {value!r} not in {shape.enum}"
        if "max" in meta and len(value) > meta["max"]:
            yield f"{path}: longer than {meta['max']}"
    elif kind in ("integer", "long") and "max" in meta and value > meta["max"]:
        yield f"{path}: above {meta['max']}"


def assert_matches_botocore(operation: str, response: Any) -> None:
    """Parsed as boto3 parses it (ISO timestamps become datetimes), then validated."""
    shape = SAGEMAKER.operation_model(operation).output_shape
    raw = response.json()
    assert not list(shape_violations(raw, shape, operation))
    parsed = create_parser("json").parse(
        {"body": response.content, "headers": {}, "status_code": 200}, shape
    )
    parsed.pop("ResponseMetadata", None)
    assert set(parsed) == set(raw)
    report = ParamValidator().validate(parsed, shape)
    assert not report.has_errors(), report.generate_report()


def test_responses_match_botocore_output_shapes(world: World) -> None:
    # A finished training job with the final metrics a runner records.
    completed = launched(world, "trials")[0]
    with world.db.write() as session:
        training = session.scalars(select(TrainingJob).where(TrainingJob.name == completed)).one()
        training.final_metrics = [
            {"MetricName": "validation:auc", "Value": 0.7, "Timestamp": "2026-01-10T12:32:10+00:00"}
        ]
    trials = launched(world, "trials")
    checks = [
        ("ListHyperParameterTuningJobs", JOBS, {"MaxResults": 3}),
        ("ListHyperParameterTuningJobs", JOBS, {"MaxResults": 100}),
        ("ListTrainingJobsForHyperParameterTuningJob", f"{JOBS}/trials/training-jobs", {}),
        ("ListTrainingJobsForHyperParameterTuningJob", f"{JOBS}/trials/training-jobs",
         {"SortBy": "FinalObjectiveMetricValue", "MaxResults": 2}),
        *[("DescribeHyperParameterTuningJob", f"{JOBS}/{name}", {}) for name, _ in TUNING_JOBS],
        *[("DescribeTrainingJob", f"/v1/training-jobs/{name}", {}) for name in trials],
    ]  # fmt: skip
    for operation, path, params in checks:
        response = world.client.get(path, params=params)
        assert response.status_code == 200, response.text
        assert_matches_botocore(operation, response)
    metrics = world.get(f"/v1/training-jobs/{completed}")["FinalMetricDataList"]
    assert metrics == [
        {"MetricName": "validation:auc", "Value": 0.7, "Timestamp": "2026-01-10T12:32:10Z"}
    ]
