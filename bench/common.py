"""What the benches share: the imbalanced problem they tune and the definition that tunes it
(a bench starts openamt with the tests' harness, tests/support/servers.py)."""

from __future__ import annotations

from typing import Any

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
