"""What the benches share: the imbalanced problem they tune and the definition that tunes it
(a bench starts openamt with the tests' harness, tests/support/servers.py)."""

from __future__ import annotations

from typing import Any

import numpy as np
from optuna.distributions import BaseDistribution, FloatDistribution, IntDistribution
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


# A bench's search: (name, low, high) integer ranges and (name, low, high, ScalingType)
# continuous ones, integer ranges first, as openamt orders them.
IntegerRange = tuple[str, int, int]
ContinuousRange = tuple[str, float, float, str]


def csv_channels(uri: str) -> list[dict[str, Any]]:
    """The train and validation channels: label-first CSV under `uri`/<channel>/."""
    return [
        {
            "ChannelName": channel,
            "ContentType": "text/csv",
            "DataSource": {
                "S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": f"{uri}/{channel}/"}
            },
        }
        for channel in ("train", "validation")
    ]


def parameter_ranges(
    integer: list[IntegerRange], continuous: list[ContinuousRange]
) -> dict[str, Any]:
    """The search as a tuning request's ParameterRanges."""
    return {
        "IntegerParameterRanges": [
            {"Name": n, "MinValue": str(lo), "MaxValue": str(hi)} for n, lo, hi in integer
        ],
        "ContinuousParameterRanges": [
            {"Name": n, "MinValue": str(lo), "MaxValue": str(hi), "ScalingType": s}
            for n, lo, hi, s in continuous
        ],
    }


def optuna_distributions(
    integer: list[IntegerRange], continuous: list[ContinuousRange]
) -> dict[str, BaseDistribution]:
    """The search as a plain Optuna loop asks for it."""
    found: dict[str, BaseDistribution] = {n: IntDistribution(lo, hi) for n, lo, hi in integer}
    for n, lo, hi, scaling in continuous:
        found[n] = FloatDistribution(lo, hi, log=scaling == "Logarithmic")
    return found
