"""The SageMaker Python SDK v2, unmodified, against a live openamt in both modes: the examples
under examples/sagemaker_sdk_v2 run as a user runs them (a subprocess in the SDK's own
virtualenv, only the environment pointing it at openamt), and what they got back is checked
against openamt's own records (its REST door, its S3 door, XGBoost on the model file)."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from botocore.exceptions import ClientError

from app.training.algorithms import is_builtin_xgboost_image
from tests.support import runs
from tests.support.servers import Server, aws_client

pytestmark = pytest.mark.services


@pytest.fixture(scope="module")
def examples(
    server: Server, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, runs.Example]]:
    """Every example of this module started at once against this server: the SDK spends most
    of a run sleeping between polls, so they overlap well."""
    started = {
        script: runs.Example(2, script, server, tmp_path_factory.mktemp(script))
        for script in ["tune.py", "estimator.py", "warm_start.py"]
    }
    yield started
    for example in started.values():
        example.stop()


def _objective(job: dict[str, Any]) -> float | None:
    metric = job.get("FinalHyperParameterTuningJobObjectiveMetric")
    return None if metric is None else float(metric["Value"])


def _in_order(seen: list[str], expected: list[str]) -> bool:
    """`expected` is a subsequence of `seen`."""
    remaining = iter(seen)
    return all(any(call == wanted for call in remaining) for wanted in expected)


def test_framework_xgboost_tuning_to_an_endpoint(
    server: Server, examples: dict[str, runs.Example]
) -> None:
    run = examples["tune.py"].run()
    result = run.result
    name = result["tuning_job"]
    assert result["status"] == "Completed"

    # The SDK's calls, in the order its documentation implies (the whole list is in the trace).
    assert _in_order(
        runs.operations(run),
        [
            "s3.PutObject",  # upload_data
            "s3.PutObject",  # sourcedir.tar.gz
            "sagemaker.CreateHyperParameterTuningJob",
            "sagemaker.DescribeHyperParameterTuningJob",
            "sagemaker.ListTrainingJobsForHyperParameterTuningJob",
            "cloudwatch.GetMetricStatistics",
            "logs.GetLogEvents",
            "sagemaker.CreateModel",
            "sagemaker.CreateEndpointConfig",
            "sagemaker.CreateEndpoint",
            "sagemaker-runtime.InvokeEndpoint",
            "sagemaker.DeleteEndpoint",
        ],
    ), runs.operations(run)
    assert runs.operations(run).count("sagemaker.CreateHyperParameterTuningJob") == 1
    source = [c for c in run.calls if "sourcedir.tar.gz" in str(c["params"].get("Key", ""))]
    assert source and source[0]["params"]["ServerSideEncryption"] == "aws:kms"

    # analytics().dataframe(): one row per training job, with openamt's status and objective.
    jobs = runs.rest_training_jobs(server, name)
    assert len(jobs) == 4
    by_name = {job["TrainingJobName"]: job for job in jobs}
    frame = result["analytics"]
    assert sorted(row["TrainingJobName"] for row in frame) == sorted(by_name)
    for row in frame:
        job = by_name[row["TrainingJobName"]]
        assert row["TrainingJobStatus"] == job["TrainingJobStatus"]
        assert row["FinalObjectiveValue"] == pytest.approx(_objective(job))

    # best_training_job(): one of the jobs with the best objective (Maximize), and attach agrees.
    objectives = {n: _objective(j) for n, j in by_name.items() if _objective(j) is not None}
    best_value = max(objectives.values())
    assert result["best_training_job"] in {n for n, v in objectives.items() if v == best_value}
    assert result["best_objective"] == pytest.approx(best_value)
    assert result["attached_best_training_job"] == result["best_training_job"]
    # best_estimator(): the best job's estimator, its model the job's artifact.
    assert result["best_estimator_job"] == result["best_training_job"]
    described = aws_client(server.url).describe_training_job(
        TrainingJobName=result["best_training_job"]
    )
    assert result["best_estimator_model"] == described["ModelArtifacts"]["S3ModelArtifacts"]
    assert result["attached_objective"] == "validation:auc"

    # TrainingJobAnalytics: the stored series, as CloudWatch averages it over 60 s periods.
    best = result["best_training_job"]
    start, end = runs.training_window(server, best)
    expected = runs.cloudwatch_averages(
        runs.rest_metric_points(server, best, "validation:auc"), start, end
    )
    assert expected, f"{best} stored no validation:auc points"
    series = [(row["timestamp"], row["value"]) for row in result["series"]]
    assert [t for t, _ in series] == [t for t, _ in expected]
    assert [v for _, v in series] == pytest.approx([v for _, v in expected])
    assert {row["metric_name"] for row in result["series"]} == {"validation:auc"}

    # predict(): one prediction a line (CSVDeserializer), equal to XGBoost's on the model file.
    predictions = result["predictions"]
    assert all(len(line) == 1 for line in predictions), predictions
    expected_predictions = runs.model_predictions(server, best, result["rows"])
    assert [float(line[0]) for line in predictions] == pytest.approx(expected_predictions)

    # delete_endpoint(): gone.
    with pytest.raises(ClientError, match="Could not find endpoint"):
        aws_client(server.url).describe_endpoint(EndpointName=result["endpoint"])


def test_generic_estimator_fit_logs_deploy(
    server: Server, examples: dict[str, runs.Example]
) -> None:
    run = examples["estimator.py"].run()
    result = run.result
    job = result["training_job"]
    assert result["status"] == "Completed"
    assert "sagemaker.CreateTrainingJob" in runs.operations(run)
    assert "logs.GetLogEvents" in runs.operations(run)

    # logs() prints the job's log as openamt keeps it, every line in order.
    log = runs.rest_log(server, job)
    assert any("validation-auc" in line for line in log)
    assert "\n".join(log) in "\n".join(result["logs"])

    # The final metrics are the last values the job printed; the model is in S3.
    points = runs.rest_metric_points(server, job, "validation:auc")
    final = {m["MetricName"]: m["Value"] for m in result["final_metrics"]}
    assert final["validation:auc"] == pytest.approx(points[-1]["Value"])
    bucket, key = result["model_data"].removeprefix("s3://").split("/", 1)
    assert aws_client(server.url, "s3").head_object(Bucket=bucket, Key=key)["ContentLength"] > 0

    # deploy() and predict(): the built-in algorithm's scores, one a line, XGBoost's own.
    expected = runs.model_predictions(server, job, result["rows"])
    assert [float(line) for line in result["predictions"]] == pytest.approx(expected)
    with pytest.raises(ClientError, match="Could not find endpoint"):
        aws_client(server.url).describe_endpoint(EndpointName=result["endpoint"])


def test_warm_start_tuners(server: Server, examples: dict[str, runs.Example]) -> None:
    run = examples["warm_start.py"].run()
    parent, identical, transfer = run.result
    for tuning in (parent, identical, transfer):
        assert tuning["status"] == "Completed"
        assert tuning["training_jobs"] == len(runs.rest_training_jobs(server, tuning["tuning_job"]))
    assert (parent["warm_start_type"], parent["parents"]) == (None, [])
    assert identical["warm_start_type"] == "IdenticalDataAndAlgorithm"
    assert transfer["warm_start_type"] == "TransferLearning"
    assert identical["parents"] == transfer["parents"] == [parent["tuning_job"]]

    # IdenticalDataAndAlgorithm: the overall best is the best over the parent's and its own jobs.
    pooled = runs.rest_training_jobs(server, parent["tuning_job"]) + runs.rest_training_jobs(
        server, identical["tuning_job"]
    )
    best_value = max(v for v in map(_objective, pooled) if v is not None)
    overall = [j for j in pooled if j["TrainingJobName"] == identical["overall_best_training_job"]]
    assert overall and _objective(overall[0]) == pytest.approx(best_value)

    # TransferLearning ran the changed static hyperparameter.
    child = aws_client(server.url).describe_hyper_parameter_tuning_job(
        HyperParameterTuningJobName=transfer["tuning_job"]
    )
    assert child["TrainingJobDefinition"]["StaticHyperParameters"]["num_round"] == "25"


def test_attach_to_a_builtin_algorithm_tuning_job(
    server: Server, examples: dict[str, runs.Example], tmp_path: Path
) -> None:
    parent = examples["warm_start.py"].run().result[0]
    attach = runs.Example(
        2, str(runs.ATTACH_TUNER), server, tmp_path, args=(parent["tuning_job"],)
    ).run()
    attached = attach.result
    assert attached["best_training_job"] == parent["best_training_job"]
    assert attached["objective_metric_name"] == "validation:auc"
    assert "validation:auc" in {d["Name"] for d in attached["metric_definitions"]}
    best = aws_client(server.url).describe_training_job(TrainingJobName=parent["best_training_job"])
    assert attached["model_data"] == best["ModelArtifacts"]["S3ModelArtifacts"]
    assert attached["image_uri"] == best["AlgorithmSpecification"]["TrainingImage"]


FRAMEWORK_VERSIONS = ["1.0-1", "1.2-1", "1.2-2", "1.3-1", "1.5-1", "1.7-1"]
IMAGES = """
import json, sys
from sagemaker import image_uris
print(json.dumps({v: image_uris.retrieve("xgboost", region="us-east-1", version=v,
                  py_version="py3", instance_type="ml.m5.xlarge") for v in sys.argv[1:]}))
"""


def test_every_framework_version_is_openamts_xgboost() -> None:
    """The seed's `XGBoost(framework_version=...)` from 1.0-1 to 1.7-1: each image the SDK
    names is one openamt runs as XGBoost (script mode with the estimator's sagemaker_program,
    the built-in algorithm without), so every version takes the flows tested above."""
    done = subprocess.run(
        [str(runs.sdk_python(2)), "-c", IMAGES, *FRAMEWORK_VERSIONS],
        capture_output=True, text=True, timeout=120, check=True,
        env={**os.environ, "SAGEMAKER_SUPPRESS_V2_WARNING": "1"},
    )  # fmt: skip
    images = json.loads(done.stdout.strip().splitlines()[-1])
    assert sorted(images) == sorted(FRAMEWORK_VERSIONS)
    for version, image in images.items():
        assert is_builtin_xgboost_image(image), (version, image)
