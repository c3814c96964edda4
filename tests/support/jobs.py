"""Request bodies, small real datasets and polling helpers shared by the tests."""

from __future__ import annotations

import copy
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import numpy as np
from sklearn.datasets import make_classification, make_regression

XGBOOST_IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"
SCRIPT_IMAGE = "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-training:2.1-cpu-py310"
TERMINAL = ("Completed", "Failed", "Stopped")


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def _write_csv(path: Path, labels: np.ndarray, features: np.ndarray) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savetxt(path, np.column_stack([labels, features]), delimiter=",", fmt="%.6g")


def write_fraud_data(data_dir: Path, rows: int = 1200) -> None:
    """Imbalanced binary data under s3://test-bucket/fraud/{train,validation}/."""
    x, y = make_classification(
        n_samples=rows, n_features=10, n_informative=6, weights=[0.9], random_state=3
    )
    root = data_dir / "s3" / "test-bucket" / "fraud"
    cut = rows * 3 // 4
    _write_csv(root / "train" / "data.csv", y[:cut], x[:cut])
    _write_csv(root / "validation" / "data.csv", y[cut:], x[cut:])


def write_regression_data(data_dir: Path, rows: int = 800) -> None:
    x, y = make_regression(n_samples=rows, n_features=8, noise=5.0, random_state=4)
    root = data_dir / "s3" / "test-bucket" / "regression"
    cut = rows * 3 // 4
    _write_csv(root / "train" / "data.csv", y[:cut], x[:cut])
    _write_csv(root / "validation" / "data.csv", y[cut:], x[cut:])


def _channel(name: str, uri: str, content_type: str | None = "text/csv") -> dict[str, Any]:
    channel: dict[str, Any] = {
        "ChannelName": name,
        "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": uri}},
    }
    if content_type:
        channel["ContentType"] = content_type
    return channel


def xgboost_job(
    name: str,
    *,
    strategy: str = "Random",
    max_jobs: int = 4,
    parallel: int = 2,
    objective: tuple[str, str] = ("Maximize", "validation:auc"),
    dataset: str = "fraud",
    num_round: int = 20,
    static: dict[str, str] | None = None,
) -> dict[str, Any]:
    """A built-in XGBoost tuning job on the small datasets above."""
    hyperparameters = {
        "objective": "binary:logistic" if dataset == "fraud" else "reg:squarederror",
        "num_round": str(num_round),
        **(static or {}),
    }
    return {
        "HyperParameterTuningJobName": name,
        "HyperParameterTuningJobConfig": {
            "Strategy": strategy,
            "HyperParameterTuningJobObjective": {"Type": objective[0], "MetricName": objective[1]},
            "ResourceLimits": {
                "MaxNumberOfTrainingJobs": max_jobs,
                "MaxParallelTrainingJobs": parallel,
            },
            "ParameterRanges": {
                "IntegerParameterRanges": [{"Name": "max_depth", "MinValue": "2", "MaxValue": "6"}],
                "ContinuousParameterRanges": [
                    {
                        "Name": "eta",
                        "MinValue": "0.05",
                        "MaxValue": "0.5",
                        "ScalingType": "Logarithmic",
                    }
                ],
            },  # fmt: skip
        },
        "TrainingJobDefinition": {
            "StaticHyperParameters": hyperparameters,
            "AlgorithmSpecification": {"TrainingImage": XGBOOST_IMAGE, "TrainingInputMode": "File"},
            "RoleArn": "arn:aws:iam::123456789012:role/SageMakerRole",
            "InputDataConfig": [
                _channel("train", f"s3://test-bucket/{dataset}/train/"),
                _channel("validation", f"s3://test-bucket/{dataset}/validation/"),
            ],
            "OutputDataConfig": {"S3OutputPath": f"s3://test-bucket/{dataset}/output/"},
            "ResourceConfig": {
                "InstanceType": "ml.m5.xlarge",
                "InstanceCount": 1,
                "VolumeSizeInGB": 10,
            },  # fmt: skip
            "StoppingCondition": {"MaxRuntimeInSeconds": 600},
        },
    }


def script_job(
    name: str,
    source_dir: Path,
    *,
    strategy: str = "Random",
    max_jobs: int = 3,
    parallel: int = 2,
    metric: str = "validation:accuracy",
    regex: str | None = r"validation:accuracy=([0-9\.]+)",
    static: dict[str, str] | None = None,
    max_runtime: int = 600,
) -> dict[str, Any]:
    """A script-mode tuning job running `train.py` from `source_dir`."""
    body = xgboost_job(name, strategy=strategy, max_jobs=max_jobs, parallel=parallel)
    definition = body["TrainingJobDefinition"]
    definition["StaticHyperParameters"] = {
        "sagemaker_program": "train.py",
        "sagemaker_submit_directory": f"file://{source_dir}",
        **(static or {}),
    }
    definition["AlgorithmSpecification"] = {
        "TrainingImage": SCRIPT_IMAGE,
        "TrainingInputMode": "File",
        "MetricDefinitions": [{"Name": metric, "Regex": regex}] if regex else [],
    }
    definition["StoppingCondition"] = {"MaxRuntimeInSeconds": max_runtime}
    body["HyperParameterTuningJobConfig"]["HyperParameterTuningJobObjective"]["MetricName"] = metric
    body["HyperParameterTuningJobConfig"]["ParameterRanges"] = {
        "IntegerParameterRanges": [{"Name": "max-depth", "MinValue": "1", "MaxValue": "9"}],
        "ContinuousParameterRanges": [
            {"Name": "learning-rate", "MinValue": "0.01", "MaxValue": "0.3"}
        ],
    }
    return body


def smooth_job(name: str, source_dir: Path, **kwargs: Any) -> dict[str, Any]:
    """A script-mode job maximizing scripts.SMOOTH's `score` over x, y, z in [0, 1]."""
    body = script_job(name, source_dir, metric="score", regex=r"score=([-0-9\.]+)", **kwargs)
    ranges = [{"Name": n, "MinValue": "0", "MaxValue": "1"} for n in ("x", "y", "z")]
    body["HyperParameterTuningJobConfig"]["ParameterRanges"] = {"ContinuousParameterRanges": ranges}
    return body


def with_changes(body: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """A copy of `body` with the value at a dotted path set (None deletes it)."""
    changed = copy.deepcopy(body)
    keys = path.split(".")
    target: Any = changed
    for key in keys[:-1]:
        target = target[int(key)] if key.isdigit() else target[key]
    last = keys[-1]
    if value is None:
        del target[last]
    elif last.isdigit():
        target[int(last)] = value
    else:
        target[last] = value
    return changed


def create(client: httpx.Client, body: dict[str, Any]) -> str:
    response = client.post("/v1/hyper-parameter-tuning-jobs", json=body)
    assert response.status_code == 201, response.text
    return str(body["HyperParameterTuningJobName"])


def wait_for(
    client: httpx.Client,
    name: str,
    statuses: tuple[str, ...] = TERMINAL,
    *,
    timeout: float = 120,
) -> dict[str, Any]:
    """Poll Describe until the job's status is one of `statuses`."""
    deadline = time.monotonic() + timeout
    while True:
        described = client.get(f"/v1/hyper-parameter-tuning-jobs/{name}").json()
        if described["HyperParameterTuningJobStatus"] in statuses:
            return described  # type: ignore[no-any-return]
        if time.monotonic() > deadline:
            raise AssertionError(f"{name} still {described['HyperParameterTuningJobStatus']}")
        time.sleep(0.2)


def wait_done(
    sm: Any, name: str, statuses: tuple[str, ...] = TERMINAL, timeout: float = 180
) -> dict[str, Any]:
    """Poll Describe through a boto3 client, as a boto3 user does without a waiter."""
    deadline = time.monotonic() + timeout
    while True:
        described: dict[str, Any] = sm.describe_hyper_parameter_tuning_job(
            HyperParameterTuningJobName=name
        )
        if described["HyperParameterTuningJobStatus"] in statuses:
            return described
        assert time.monotonic() < deadline, f"{name}: {described['HyperParameterTuningJobStatus']}"
        time.sleep(0.3)


def training_jobs(client: httpx.Client, name: str) -> list[dict[str, Any]]:
    """Every training job of a tuning job, following NextToken."""
    found: list[dict[str, Any]] = []
    token = None
    while True:
        params: dict[str, Any] = {"MaxResults": 100, "SortBy": "CreationTime"}
        if token:
            params["NextToken"] = token
        page = client.get(f"/v1/hyper-parameter-tuning-jobs/{name}/training-jobs", params=params)
        assert page.status_code == 200, page.text
        found += page.json()["TrainingJobSummaries"]
        token = page.json().get("NextToken")
        if not token:
            return found


ROLE = "arn:aws:iam::123456789012:role/SageMakerRole"


def training_job(
    name: str,
    *,
    image: str = XGBOOST_IMAGE,
    hyperparameters: dict[str, str] | None = None,
    dataset: str = "fraud",
    max_runtime: int = 600,
    **extra: Any,
) -> dict[str, Any]:
    """A CreateTrainingJob body (a training job of no tuning job) on the small datasets above:
    the built-in XGBoost by default."""
    body: dict[str, Any] = {
        "TrainingJobName": name,
        "HyperParameters": hyperparameters
        if hyperparameters is not None
        else {"objective": "binary:logistic", "num_round": "10", "eval_metric": "auc"},
        "AlgorithmSpecification": {"TrainingImage": image, "TrainingInputMode": "File"},
        "RoleArn": ROLE,
        "InputDataConfig": [
            _channel("train", f"s3://test-bucket/{dataset}/train/"),
            _channel("validation", f"s3://test-bucket/{dataset}/validation/"),
        ],
        "OutputDataConfig": {"S3OutputPath": f"s3://test-bucket/{dataset}/standalone/"},
        "ResourceConfig": {
            "InstanceType": "ml.m5.xlarge",
            "InstanceCount": 1,
            "VolumeSizeInGB": 10,
        },
        "StoppingCondition": {"MaxRuntimeInSeconds": max_runtime},
    }
    body.update(extra)
    return body


def wait_endpoint(sm: Any, name: str, timeout: float = 120) -> dict[str, Any]:
    """Poll DescribeEndpoint through boto3 until the endpoint is no longer Creating."""
    deadline = time.monotonic() + timeout
    while True:
        described: dict[str, Any] = sm.describe_endpoint(EndpointName=name)
        if described["EndpointStatus"] != "Creating":
            return described
        assert time.monotonic() < deadline, f"{name} still Creating"
        time.sleep(0.2)


def wait_training(
    sm: Any, name: str, statuses: tuple[str, ...] = TERMINAL, timeout: float = 180
) -> dict[str, Any]:
    """Poll DescribeTrainingJob through boto3 until the job's status is one of `statuses`."""
    deadline = time.monotonic() + timeout
    while True:
        described: dict[str, Any] = sm.describe_training_job(TrainingJobName=name)
        if described["TrainingJobStatus"] in statuses:
            return described
        assert time.monotonic() < deadline, f"{name}: {described['TrainingJobStatus']}"
        time.sleep(0.3)
