"""What the benches share: the imbalanced problem they tune, and waiting for a server."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable
from typing import Any

import httpx
import numpy as np
from sklearn.datasets import make_classification
from sklearn.model_selection import train_test_split


def imbalanced_split(
    *, rows: int, features: int, seed: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Transaction-like binary data, 3% positives: x_train, x_validation, y_train, y_validation."""
    x, y = make_classification(
        n_samples=rows,
        n_features=features,
        n_informative=features // 2,
        weights=[0.97],
        flip_y=0.01,
        class_sep=0.8,
        random_state=seed,
    )
    x_train, x_val, y_train, y_val = train_test_split(
        x, y, test_size=0.25, stratify=y, random_state=seed
    )
    return x_train, x_val, y_train, y_val


def wait_healthy(
    process: subprocess.Popen[bytes],
    url: str,
    log_tail: Callable[[], str],
    *,
    what: str = "openamt",
    timeout: float = 60,
) -> None:
    """Return once `url`/healthz answers 200; raise with the log's tail if the process exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited:\n{log_tail()}")
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{what} did not become healthy in {timeout:.0f} s:\n{log_tail()}")


XGBOOST_IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"


def xgboost_definition(
    static: dict[str, str], channels: list[dict[str, Any]], output_uri: str
) -> dict[str, Any]:
    """A TrainingJobDefinition of SageMaker's built-in XGBoost, as the benches send it."""
    return {
        "StaticHyperParameters": static,
        "AlgorithmSpecification": {"TrainingImage": XGBOOST_IMAGE, "TrainingInputMode": "File"},
        "RoleArn": "arn:aws:iam::123456789012:role/SageMakerRole",
        "InputDataConfig": channels,
        "OutputDataConfig": {"S3OutputPath": output_uri},
        "ResourceConfig": {
            "InstanceType": "ml.m5.xlarge",
            "InstanceCount": 1,
            "VolumeSizeInGB": 10,
        },
        "StoppingCondition": {"MaxRuntimeInSeconds": 3600},
    }
