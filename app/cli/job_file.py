"""`openamt create -f`'s file: a CreateHyperParameterTuningJob body (JSON or YAML), or the
short form below, which fills the rest with SageMaker's (and its Python SDK's) defaults.

    name: fraud-xgboost                       # HyperParameterTuningJobName
    strategy: Bayesian                        # default Bayesian
    objective: Maximize validation:auc        # "<Maximize|Minimize> <metric>"
    max_jobs: 12                              # MaxNumberOfTrainingJobs (default 1; none for Grid)
    max_parallel_jobs: 2                      # default 1
    early_stopping: Auto                      # default Off
    random_seed: 42                           # optional
    hyperband: {min_resource: 1, max_resource: 27}   # Hyperband's StrategyConfig, optional
    parameters:
      max_depth: {integer: [2, 8]}
      eta: {continuous: [0.05, 0.5], scaling: Logarithmic}   # scaling default Auto
      booster: [gbtree, dart]                 # a list: categorical
    training:
      algorithm: xgboost                      # SageMaker's built-in XGBoost, or `image: <URI>`
      entry_point: train.py                   # script mode: the program ...
      source_dir: .                           # ... and its directory, relative to this file
                                              # (so is a relative sagemaker_submit_directory
                                              # in a full body given to `openamt create`)
      metrics: {"validation:accuracy": "validation:accuracy=([0-9\\.]+)"}  # MetricDefinitions
      hyperparameters: {objective: "binary:logistic", num_round: 50}     # static ones
      inputs: {train: s3://my-bucket/fraud/train/}   # channels; content_type default text/csv
      content_type: text/csv
      output: s3://my-bucket/fraud/output/    # S3OutputPath
      instance_type: ml.m5.xlarge             # default ml.m5.xlarge
      instance_count: 1                       # default 1
      volume_size: 30                         # GB, default 30
      max_run: 86400                          # seconds, default 86400
      role: arn:aws:iam::...                  # default a placeholder: openamt assumes no role
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from app.cli.http import USAGE, fail

XGBOOST_IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"
# Any image but XGBoost's runs script mode; scikit-learn's is what such a job would name on AWS.
SCRIPT_IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3"
PLACEHOLDER_ROLE = "arn:aws:iam::123456789012:role/SageMakerRole"
RANGE_KINDS = {"integer": "IntegerParameterRanges", "continuous": "ContinuousParameterRanges"}


def load(path: Path) -> dict[str, Any]:
    """The CreateHyperParameterTuningJob body a job file describes."""
    try:
        text = path.read_text()
    except OSError as error:
        fail(f"cannot read {path}: {error.strerror}", USAGE)
    try:
        document = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as error:
        fail(f"{path} is not valid {'JSON' if path.suffix == '.json' else 'YAML'}: "
             f"{str(error).splitlines()[0]}", USAGE)  # fmt: skip
    if not isinstance(document, dict):
        fail(f"{path} must hold a mapping (a CreateHyperParameterTuningJob body)", USAGE)
    if "HyperParameterTuningJobName" in document:
        return _resolve_submit_directory(document, base=path.resolve().parent)
    try:
        return expand(document, base=path.resolve().parent)
    except (KeyError, TypeError, ValueError) as error:
        fail(f"{path}: {_describe(error)}", USAGE)


def _resolve_submit_directory(body: dict[str, Any], *, base: Path) -> dict[str, Any]:
    """A relative sagemaker_submit_directory in a job file names a directory beside the file
    (the server would refuse it: it cannot know where the file was)."""
    static = (body.get("TrainingJobDefinition") or {}).get("StaticHyperParameters") or {}
    submit = static.get("sagemaker_submit_directory")
    if isinstance(submit, str) and "://" not in submit and not submit.startswith("/"):
        static["sagemaker_submit_directory"] = f"file://{(base / submit).resolve()}"
    return body


def _describe(error: Exception) -> str:
    if isinstance(error, KeyError):
        return f"missing {error.args[0]!r} (the short form: docs/cli.md)"
    return str(error)


def expand(short: dict[str, Any], *, base: Path) -> dict[str, Any]:
    """The short form (module docstring) as a full body."""
    unknown = set(short) - {
        "name", "strategy", "objective", "max_jobs", "max_parallel_jobs", "early_stopping",
        "random_seed", "hyperband", "parameters", "training",
    }  # fmt: skip
    if unknown:
        raise ValueError(f"unknown keys {sorted(unknown)}")
    strategy = short.get("strategy", "Bayesian")
    direction, _, metric = str(short["objective"]).strip().partition(" ")
    if direction.capitalize() not in ("Maximize", "Minimize") or not metric.strip():
        raise ValueError("objective must read '<Maximize|Minimize> <metric name>'")
    limits: dict[str, Any] = {"MaxParallelTrainingJobs": int(short.get("max_parallel_jobs", 1))}
    if strategy != "Grid" or "max_jobs" in short:
        limits["MaxNumberOfTrainingJobs"] = int(short.get("max_jobs", 1))
    config: dict[str, Any] = {
        "Strategy": strategy,
        "HyperParameterTuningJobObjective": {
            "Type": direction.capitalize(), "MetricName": metric.strip(),
        },
        "ResourceLimits": limits,
        "ParameterRanges": _ranges(short.get("parameters") or {}),
        "TrainingJobEarlyStoppingType": short.get("early_stopping", "Off"),
    }  # fmt: skip
    if "random_seed" in short:
        config["RandomSeed"] = int(short["random_seed"])
    if "hyperband" in short:
        hyperband = short["hyperband"]
        config["StrategyConfig"] = {
            "HyperbandStrategyConfig": {
                "MinResource": int(hyperband["min_resource"]),
                "MaxResource": int(hyperband["max_resource"]),
            }
        }
    return {
        "HyperParameterTuningJobName": str(short["name"]),
        "HyperParameterTuningJobConfig": config,
        "TrainingJobDefinition": _training(short["training"], base=base),
    }


def _ranges(parameters: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    ranges: dict[str, list[dict[str, Any]]] = {
        "IntegerParameterRanges": [], "ContinuousParameterRanges": [],
        "CategoricalParameterRanges": [],
    }  # fmt: skip
    for name, spec in parameters.items():
        if isinstance(spec, list):
            values = [_text(v) for v in spec]
            ranges["CategoricalParameterRanges"].append({"Name": name, "Values": values})
            continue
        kinds = [kind for kind in RANGE_KINDS if kind in spec]
        if len(kinds) != 1:
            raise ValueError(f"parameter {name!r}: give a list (categorical), or exactly one of "
                             "integer: [min, max] or continuous: [min, max]")  # fmt: skip
        low, high = spec[kinds[0]]
        ranges[RANGE_KINDS[kinds[0]]].append({
            "Name": name, "MinValue": _text(low), "MaxValue": _text(high),
            "ScalingType": spec.get("scaling", "Auto"),
        })  # fmt: skip
    return ranges


def _text(value: Any) -> str:
    # SageMaker's hyperparameters are strings; YAML's true/false would otherwise read as Python's.
    if isinstance(value, bool):
        return str(value).lower()
    return str(value)


TRAINING_KEYS = {
    "algorithm", "image", "entry_point", "source_dir", "metrics", "hyperparameters", "inputs",
    "content_type", "output", "instance_type", "instance_count", "volume_size", "max_run", "role",
}  # fmt: skip


def _training(training: dict[str, Any], *, base: Path) -> dict[str, Any]:
    if not isinstance(training, dict):
        raise ValueError("'training' must be a mapping (the short form: docs/cli.md)")
    unknown = set(training) - TRAINING_KEYS
    if unknown:
        raise ValueError(f"unknown keys under training: {sorted(unknown)}")
    hyperparameters = {k: _text(v) for k, v in (training.get("hyperparameters") or {}).items()}
    script = "entry_point" in training
    if script:
        source = base / str(training.get("source_dir", "."))
        hyperparameters["sagemaker_program"] = str(training["entry_point"])
        hyperparameters["sagemaker_submit_directory"] = f"file://{source.resolve()}"
    image = training.get("image") or (
        XGBOOST_IMAGE if training.get("algorithm", "xgboost" if not script else None) == "xgboost"
        else SCRIPT_IMAGE
    )  # fmt: skip
    algorithm: dict[str, Any] = {"TrainingImage": image, "TrainingInputMode": "File"}
    if training.get("metrics"):
        algorithm["MetricDefinitions"] = [
            {"Name": name, "Regex": regex} for name, regex in training["metrics"].items()
        ]
    content_type = training.get("content_type", "text/csv")
    channels = [
        {
            "ChannelName": channel,
            "ContentType": content_type,
            "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": uri}},
        }
        for channel, uri in (training.get("inputs") or {}).items()
    ]
    definition: dict[str, Any] = {
        "StaticHyperParameters": hyperparameters,
        "AlgorithmSpecification": algorithm,
        "RoleArn": training.get("role", PLACEHOLDER_ROLE),
        "OutputDataConfig": {"S3OutputPath": training["output"]},
        "ResourceConfig": {
            "InstanceType": training.get("instance_type", "ml.m5.xlarge"),
            "InstanceCount": int(training.get("instance_count", 1)),
            "VolumeSizeInGB": int(training.get("volume_size", 30)),
        },
        "StoppingCondition": {"MaxRuntimeInSeconds": int(training.get("max_run", 86400))},
    }
    if channels:
        definition["InputDataConfig"] = channels
    return definition
