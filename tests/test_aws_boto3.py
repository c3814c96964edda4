"""The AWS JSON 1.1 door through unmodified boto3: only `endpoint_url` points at openamt.

Every operation of the door, its paginators, its error codes (as `ClientError` and as the
modelled exception classes), tags and their propagation, and AWS's quotas configured lower
on a server of their own.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from botocore.exceptions import ClientError

from tests.support import scripts
from tests.support.jobs import script_job, unique, wait_done, xgboost_job
from tests.support.servers import Server, aws_client

pytestmark = pytest.mark.services  # starts openamt itself (see conftest)

ACCOUNT = "arn:aws:sagemaker:us-east-1:123456789012"


@pytest.fixture
def sm(server: Server) -> Any:
    return aws_client(server.url)


def error_of(call: Any, **kwargs: Any) -> dict[str, Any]:
    with pytest.raises(ClientError) as excinfo:
        call(**kwargs)
    return excinfo.value.response


def training_names(sm: Any, name: str) -> list[str]:
    pages = sm.get_paginator("list_training_jobs_for_hyper_parameter_tuning_job").paginate(
        HyperParameterTuningJobName=name, SortBy="CreationTime"
    )
    return [s["TrainingJobName"] for page in pages for s in page["TrainingJobSummaries"]]


def code_dir(server: Server, source: str) -> Path:
    """A train.py under the data directory (a root script mode may always read)."""
    return scripts.write_script(server.data_dir / "code" / uuid.uuid4().hex[:8], source)


# --- a whole tuning job ----------------------------------------------------------------------


def test_a_tuning_job_created_with_boto3_runs_to_completion(sm: Any) -> None:
    name = unique("boto3")
    body = {**xgboost_job(name, max_jobs=4, parallel=2), "Tags": [{"Key": "team", "Value": "ml"}]}
    before = datetime.now(UTC) - timedelta(seconds=1)

    created = sm.create_hyper_parameter_tuning_job(**body)
    assert created["HyperParameterTuningJobArn"] == f"{ACCOUNT}:hyper-parameter-tuning-job/{name}"
    metadata = created["ResponseMetadata"]
    assert metadata["HTTPStatusCode"] == 200
    assert uuid.UUID(metadata["RequestId"]).version == 4

    described = wait_done(sm, name)
    assert described["HyperParameterTuningJobStatus"] == "Completed"
    assert described["TrainingJobStatusCounters"]["Completed"] == 4
    assert described["ObjectiveStatusCounters"] == {"Succeeded": 4, "Pending": 0, "Failed": 0}
    # Epoch seconds on the wire: botocore parses them into aware datetimes.
    assert before <= described["CreationTime"] <= described["HyperParameterTuningEndTime"]
    assert described["HyperParameterTuningJobConfig"]["ResourceLimits"] == {
        "MaxNumberOfTrainingJobs": 4,
        "MaxParallelTrainingJobs": 2,
    }
    best = described["BestTrainingJob"]
    value = best["FinalHyperParameterTuningJobObjectiveMetric"]["Value"]

    training = sm.describe_training_job(TrainingJobName=best["TrainingJobName"])
    assert training["TrainingJobStatus"] == "Completed"
    assert training["TuningJobArn"] == created["HyperParameterTuningJobArn"]
    assert training["TrainingStartTime"] <= training["TrainingEndTime"]
    assert training["ModelArtifacts"]["S3ModelArtifacts"].endswith("/output/model.tar.gz")
    metrics = {m["MetricName"]: m["Value"] for m in training["FinalMetricDataList"]}
    assert metrics["validation:auc"] == value

    # The paginator walks one training job per page.
    pages = list(
        sm.get_paginator("list_training_jobs_for_hyper_parameter_tuning_job").paginate(
            HyperParameterTuningJobName=name, PaginationConfig={"PageSize": 1}
        )
    )
    assert len(pages) == 4
    assert all(len(page["TrainingJobSummaries"]) == 1 for page in pages)
    names = [page["TrainingJobSummaries"][0]["TrainingJobName"] for page in pages]
    assert names == sorted(names) and len(set(names)) == 4

    top = sm.list_training_jobs_for_hyper_parameter_tuning_job(
        HyperParameterTuningJobName=name,
        SortBy="FinalObjectiveMetricValue",
        SortOrder="Descending",
        MaxResults=1,
    )
    assert top["TrainingJobSummaries"][0]["TrainingJobName"] == best["TrainingJobName"]
    assert top["NextToken"]

    # Tags given at create reach every training job the tuning job launched.
    for training_name in names:
        arn = f"{ACCOUNT}:training-job/{training_name.lower()}"
        assert sm.list_tags(ResourceArn=arn)["Tags"] == [{"Key": "team", "Value": "ml"}]

    # ListTrainingJobs sees them among every training job, pages of 3 walked to the end.
    listed = (
        sm.get_paginator("list_training_jobs")
        .paginate(NameContains=name, PaginationConfig={"PageSize": 3})
        .build_full_result()["TrainingJobSummaries"]
    )
    assert sorted(s["TrainingJobName"] for s in listed) == names
    assert {s["TrainingJobStatus"] for s in listed} == {"Completed"}
    assert all(s["SecondaryStatus"] == "Completed" for s in listed)
    after_end = described["HyperParameterTuningEndTime"] + timedelta(seconds=1)
    assert (
        sm.list_training_jobs(NameContains=name, CreationTimeAfter=after_end)[
            "TrainingJobSummaries"
        ]
        == []
    )
    assert (
        len(
            sm.list_training_jobs(NameContains=name, CreationTimeAfter=before, MaxResults=100)[
                "TrainingJobSummaries"
            ]
        )
        == 4
    )
    assert (
        sm.list_training_jobs(NameContains=name, StatusEquals="Failed")["TrainingJobSummaries"]
        == []
    )


def test_list_paginator_stop_and_delete(sm: Any, server: Server) -> None:
    prefix = unique("page")
    names = [f"{prefix}-{i}" for i in range(5)]
    for name in names:
        sm.create_hyper_parameter_tuning_job(**xgboost_job(name, max_jobs=1, parallel=1))

    pages = list(
        sm.get_paginator("list_hyper_parameter_tuning_jobs").paginate(
            NameContains=prefix, PaginationConfig={"PageSize": 2}
        )
    )
    assert [len(p["HyperParameterTuningJobSummaries"]) for p in pages] == [2, 2, 1]
    listed = [s for p in pages for s in p["HyperParameterTuningJobSummaries"]]
    assert [s["HyperParameterTuningJobName"] for s in listed] == names
    assert all(s["Strategy"] == "Random" for s in listed)
    newest_first = sm.list_hyper_parameter_tuning_jobs(
        NameContains=prefix, SortBy="CreationTime", SortOrder="Descending", MaxResults=100
    )["HyperParameterTuningJobSummaries"]
    assert [s["HyperParameterTuningJobName"] for s in newest_first] == names[::-1]

    # Delete needs a finished job; a running one can be stopped (twice: a no-op).
    code = code_dir(server, scripts.SLEEPER)
    running = unique("stop")
    sm.create_hyper_parameter_tuning_job(**script_job(running, code, max_jobs=2, parallel=1))
    refused = error_of(sm.delete_hyper_parameter_tuning_job, HyperParameterTuningJobName=running)
    assert refused["Error"]["Code"] == "ValidationException"
    stopped = sm.stop_hyper_parameter_tuning_job(HyperParameterTuningJobName=running)
    assert stopped["ResponseMetadata"]["HTTPStatusCode"] == 200
    assert set(stopped) == {"ResponseMetadata"}
    sm.stop_hyper_parameter_tuning_job(HyperParameterTuningJobName=running)
    assert wait_done(sm, running)["HyperParameterTuningJobStatus"] == "Stopped"

    for name in [*names, running]:
        wait_done(sm, name)
        kept = training_names(sm, name)
        sm.delete_hyper_parameter_tuning_job(HyperParameterTuningJobName=name)
        with pytest.raises(sm.exceptions.ResourceNotFound):
            sm.describe_hyper_parameter_tuning_job(HyperParameterTuningJobName=name)
        # Its training jobs stay.
        for training_name in kept:
            sm.describe_training_job(TrainingJobName=training_name)
    assert (
        sm.list_hyper_parameter_tuning_jobs(NameContains=prefix)["HyperParameterTuningJobSummaries"]
        == []
    )


# --- errors ----------------------------------------------------------------------------------


def test_errors_carry_aws_codes(sm: Any) -> None:
    missing = unique("missing")
    for call, kwargs in [
        (sm.describe_hyper_parameter_tuning_job, {"HyperParameterTuningJobName": missing}),
        (sm.stop_hyper_parameter_tuning_job, {"HyperParameterTuningJobName": missing}),
        (sm.delete_hyper_parameter_tuning_job, {"HyperParameterTuningJobName": missing}),
        (
            sm.list_training_jobs_for_hyper_parameter_tuning_job,
            {"HyperParameterTuningJobName": missing},
        ),
        (sm.describe_training_job, {"TrainingJobName": missing}),
    ]:
        response = error_of(call, **kwargs)
        assert response["Error"]["Code"] == "ResourceNotFound", call
        assert missing in response["Error"]["Message"]
        assert response["ResponseMetadata"]["HTTPStatusCode"] == 400
        assert uuid.UUID(response["ResponseMetadata"]["RequestId"])

    # botocore maps the codes to the exception classes of SageMaker's model.
    with pytest.raises(sm.exceptions.ResourceNotFound):
        sm.describe_hyper_parameter_tuning_job(HyperParameterTuningJobName=missing)

    name = unique("dup")
    sm.create_hyper_parameter_tuning_job(**xgboost_job(name, max_jobs=1, parallel=1))
    with pytest.raises(sm.exceptions.ResourceInUse):
        sm.create_hyper_parameter_tuning_job(**xgboost_job(name.upper(), max_jobs=1, parallel=1))

    limits = error_of(
        sm.create_hyper_parameter_tuning_job,
        **xgboost_job(unique("big"), strategy="Bayesian", max_jobs=751),
    )
    assert limits["Error"]["Code"] == "ResourceLimitExceeded"
    assert "750" in limits["Error"]["Message"]
    with pytest.raises(sm.exceptions.ResourceLimitExceeded):
        sm.create_hyper_parameter_tuning_job(
            **xgboost_job(unique("wide"), max_jobs=200, parallel=101)
        )

    invalid = error_of(
        sm.create_hyper_parameter_tuning_job, **xgboost_job(unique("bad"), max_jobs=2, parallel=3)
    )
    assert invalid["Error"]["Code"] == "ValidationException"
    assert "MaxParallelTrainingJobs" in invalid["Error"]["Message"]
    # Patterns are the server's to check (boto3 checks types and required members only).
    invalid = error_of(
        sm.describe_hyper_parameter_tuning_job, HyperParameterTuningJobName="-bad-name"
    )
    assert invalid["Error"]["Code"] == "ValidationException"
    assert "HyperParameterTuningJobName" in invalid["Error"]["Message"]
    token = error_of(sm.list_hyper_parameter_tuning_jobs, NextToken="not-a-token")
    assert token["Error"]["Code"] == "ValidationException"
    wait_done(sm, name)


def test_the_wire_itself(server: Server, client: httpx.Client) -> None:
    """What boto3 hides: the envelope, the epoch timestamps, the request id on both doors."""

    def aws(target: str, body: bytes) -> httpx.Response:
        return client.post(
            "/",
            content=body,
            headers={"X-Amz-Target": target, "Content-Type": "application/x-amz-json-1.1"},
        )

    unknown = aws("SageMaker.CreatePipeline", b"{}")
    assert unknown.status_code == 400
    assert unknown.json()["__type"] == "UnknownOperationException"
    assert aws("Other.DescribeTrainingJob", b"{}").json()["__type"] == "UnknownOperationException"
    malformed = aws("SageMaker.ListHyperParameterTuningJobs", b"{not json")
    assert (malformed.status_code, malformed.json()["__type"]) == (400, "SerializationException")
    extra = aws("SageMaker.ListHyperParameterTuningJobs", b'{"Bogus": 1}')
    assert extra.json() == {"__type": "ValidationException", "message": "Bogus: unknown field"}

    listed = aws("SageMaker.ListHyperParameterTuningJobs", b'{"MaxResults": 1}')
    assert listed.status_code == 200
    assert listed.headers["content-type"] == "application/x-amz-json-1.1"
    for summary in listed.json()["HyperParameterTuningJobSummaries"]:
        assert isinstance(summary["CreationTime"], float)
    # Input timestamps are epoch seconds too.
    future = aws("SageMaker.ListTrainingJobs", b'{"CreationTimeAfter": 4102444800}')
    assert future.json() == {"TrainingJobSummaries": []}

    for response in [
        unknown,
        listed,
        client.get("/healthz"),
        client.get("/v1/hyper-parameter-tuning-jobs"),
        client.get("/v1/hyper-parameter-tuning-jobs/nothing-here"),
        client.get("/v1/no-such-route"),
    ]:
        assert uuid.UUID(response.headers["x-amzn-RequestId"]).version == 4
    assert unknown.headers["x-amzn-RequestId"] != listed.headers["x-amzn-RequestId"]

    # One documented route for the whole door.
    paths = client.get("/openapi.json").json()["paths"]
    assert list(paths["/"]) == ["post"]
    assert not [p for p in paths if "Target" in p or p.startswith("/SageMaker")]


# --- tags ------------------------------------------------------------------------------------


def test_tags_round_trip_on_tuning_and_training_jobs(sm: Any, server: Server) -> None:
    code = code_dir(server, scripts.EPOCHS)
    name = unique("tags")
    body = script_job(name, code, max_jobs=2, parallel=1, static={"epochs": "3", "sleep": "0.7"})
    body["Tags"] = [{"Key": "project", "Value": "fraud"}]
    arn = sm.create_hyper_parameter_tuning_job(**body)["HyperParameterTuningJobArn"]
    assert sm.list_tags(ResourceArn=arn)["Tags"] == body["Tags"]

    # Added while the first training job runs: the tuning job and the jobs it launches later.
    deadline = time.monotonic() + 60
    while not training_names(sm, name):
        assert time.monotonic() < deadline
        time.sleep(0.1)
    added = sm.add_tags(ResourceArn=arn, Tags=[{"Key": "stage", "Value": "dev"}])
    assert added["Tags"] == [{"Key": "stage", "Value": "dev"}]
    assert wait_done(sm, name)["HyperParameterTuningJobStatus"] == "Completed"
    first, second = (f"{ACCOUNT}:training-job/{n.lower()}" for n in training_names(sm, name))
    assert sm.list_tags(ResourceArn=first)["Tags"] == [{"Key": "project", "Value": "fraud"}]
    assert sm.list_tags(ResourceArn=second)["Tags"] == [
        {"Key": "project", "Value": "fraud"},
        {"Key": "stage", "Value": "dev"},
    ]

    # Overwrite a value, delete (an unknown key is ignored), on the tuning job only.
    sm.add_tags(
        ResourceArn=arn, Tags=[{"Key": "stage", "Value": "prod"}, {"Key": "x", "Value": ""}]
    )
    assert sm.list_tags(ResourceArn=arn)["Tags"] == [
        {"Key": "project", "Value": "fraud"},
        {"Key": "stage", "Value": "prod"},
        {"Key": "x", "Value": ""},
    ]
    deleted = sm.delete_tags(ResourceArn=arn, TagKeys=["project", "x", "never-there"])
    assert set(deleted) == {"ResponseMetadata"}
    assert sm.list_tags(ResourceArn=arn)["Tags"] == [{"Key": "stage", "Value": "prod"}]
    assert len(sm.list_tags(ResourceArn=second)["Tags"]) == 2

    # A training job's own tags; an upper-case ARN names the same job.
    kind, _, training_name = first.rpartition("/")
    sm.add_tags(
        ResourceArn=f"{kind}/{training_name.upper()}", Tags=[{"Key": "checked", "Value": "yes"}]
    )
    assert {"Key": "checked", "Value": "yes"} in sm.list_tags(ResourceArn=first)["Tags"]
    assert sm.list_tags(ResourceArn=arn)["Tags"] == [{"Key": "stage", "Value": "prod"}]
    # The paginator of ListTags (MaxResults is at least 50, a resource has at most 50 tags).
    pages = list(sm.get_paginator("list_tags").paginate(ResourceArn=first))
    assert len(pages) == 1 and len(pages[0]["Tags"]) == 2

    # At most 50 tags on a resource.
    many = [{"Key": f"k{i}", "Value": str(i)} for i in range(49)]
    sm.add_tags(ResourceArn=arn, Tags=many)
    assert len(sm.list_tags(ResourceArn=arn)["Tags"]) == 50
    with pytest.raises(sm.exceptions.ResourceLimitExceeded):
        sm.add_tags(ResourceArn=arn, Tags=[{"Key": "one-more", "Value": "x"}])

    # Resources that do not exist, reserved and repeated keys.
    for bad_arn in (
        f"{ACCOUNT}:hyper-parameter-tuning-job/{unique('gone')}",
        f"{ACCOUNT}:training-job/{unique('gone')}",
        f"{ACCOUNT}:endpoint/{name}",
        arn.replace("123456789012", "210987654321"),
    ):
        response = error_of(sm.list_tags, ResourceArn=bad_arn)
        assert response["Error"]["Code"] == "ValidationException", bad_arn
    assert error_of(sm.add_tags, ResourceArn="not-an-arn", Tags=[])["Error"]["Code"] == (
        "ValidationException"
    )
    reserved = error_of(sm.add_tags, ResourceArn=arn, Tags=[{"Key": "aws:owner", "Value": "x"}])
    assert reserved["Error"]["Code"] == "ValidationException"
    repeated = error_of(
        sm.add_tags, ResourceArn=arn, Tags=[{"Key": "a", "Value": "1"}, {"Key": "a", "Value": "2"}]
    )
    assert "unique" in repeated["Error"]["Message"]


# --- AWS's quotas, configured lower ----------------------------------------------------------

LIMITS = {
    "OPENAMT_MAX_CONCURRENT_TUNING_JOBS": "1",
    "OPENAMT_MAX_TRAINING_JOBS_PER_TUNING_JOB": "5",
    "OPENAMT_MAX_TRAINING_JOBS_PER_TUNING_JOB_RANDOM": "8",
    "OPENAMT_MAX_PARALLEL_TRAINING_JOBS": "2",
    "OPENAMT_MAX_HYPERPARAMETERS": "2",
    "OPENAMT_MAX_METRIC_DEFINITIONS": "1",
}


@pytest.fixture(scope="module")
def limited(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    instance = Server(tmp_path_factory.mktemp("limited") / "data", workers=1, env=LIMITS)
    instance.start()
    yield instance
    instance.stop()


def test_quotas_answer_resource_limit_exceeded(limited: Server) -> None:
    sm = aws_client(limited.url)
    code = code_dir(limited, scripts.SLEEPER)

    def job(**changes: Any) -> dict[str, Any]:
        return script_job(unique("quota"), code, **changes)

    three_ranges = job()
    three_ranges["HyperParameterTuningJobConfig"]["ParameterRanges"][
        "CategoricalParameterRanges"
    ] = [{"Name": "booster", "Values": ["gbtree", "dart"]}]
    two_metrics = job()
    algorithm = two_metrics["TrainingJobDefinition"]["AlgorithmSpecification"]
    algorithm["MetricDefinitions"].append({"Name": "loss", "Regex": "loss=([0-9.]+)"})
    for body, field in [
        (job(strategy="Bayesian", max_jobs=6, parallel=1), "MaxNumberOfTrainingJobs"),
        (job(strategy="Random", max_jobs=9, parallel=1), "MaxNumberOfTrainingJobs"),
        (job(max_jobs=4, parallel=3), "MaxParallelTrainingJobs"),
        (three_ranges, "ParameterRanges"),
        (two_metrics, "MetricDefinitions"),
    ]:
        response = error_of(sm.create_hyper_parameter_tuning_job, **body)
        assert response["Error"]["Code"] == "ResourceLimitExceeded", field
        assert field in response["Error"]["Message"]
        assert response["ResponseMetadata"]["HTTPStatusCode"] == 400
    assert sm.list_hyper_parameter_tuning_jobs()["HyperParameterTuningJobSummaries"] == []

    # One tuning job at a time: InProgress and Stopping both hold the place.
    # (Random may go above the other strategies' 5 training jobs.)
    first = job(strategy="Random", max_jobs=8, parallel=2)
    sm.create_hyper_parameter_tuning_job(**first)
    second = job(max_jobs=2, parallel=1)
    response = error_of(sm.create_hyper_parameter_tuning_job, **second)
    assert response["Error"]["Code"] == "ResourceLimitExceeded"
    assert "concurrent" in response["Error"]["Message"]

    first_name = first["HyperParameterTuningJobName"]
    sm.stop_hyper_parameter_tuning_job(HyperParameterTuningJobName=first_name)
    assert wait_done(sm, first_name)["HyperParameterTuningJobStatus"] == "Stopped"
    sm.create_hyper_parameter_tuning_job(**second)
    second_name = second["HyperParameterTuningJobName"]
    sm.stop_hyper_parameter_tuning_job(HyperParameterTuningJobName=second_name)
    wait_done(sm, second_name)
