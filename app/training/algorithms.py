"""What the control plane knows of the built-in XGBoost algorithm without importing it:
how its images are named, which objectives it offers, and the metric lines it prints.
The algorithm itself lives in workers/algorithms/xgboost_builtin.py and uses these facts.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any

from app.training.metrics import MetricDefinition

XGBOOST_CHANNELS = ("train", "validation")

# The container's metric lists (constants/xgb_constants.py): what `eval_metric` accepts and,
# as `validation:<metric>`, what a tuning job may optimize. AWS files
# interval-regression-accuracy under Minimize; kept as AWS has it.
XGBOOST_MAXIMIZE = (
    "accuracy", "auc", "aucpr", "balanced_accuracy", "f1", "f1_binary", "f1_macro", "map",
    "ndcg", "precision", "r2", "recall", "precision_macro", "precision_micro", "recall_macro",
    "recall_micro",
)  # fmt: skip
XGBOOST_MINIMIZE = (
    "aft-nloglik", "cox-nloglik", "error", "gamma-deviance", "gamma-nloglik",
    "interval-regression-accuracy", "logloss", "mae", "mape", "merror", "mlogloss", "mphe",
    "mse", "poisson-nloglik", "rmse", "rmsle", "tweedie-nloglik",
)  # fmt: skip
XGBOOST_METRICS = XGBOOST_MAXIMIZE + XGBOOST_MINIMIZE

XGBOOST_OBJECTIVES: dict[str, str] = {
    **{f"validation:{metric}": "Maximize" for metric in XGBOOST_MAXIMIZE},
    **{f"validation:{metric}": "Minimize" for metric in XGBOOST_MINIMIZE},
}

# AWS's regexes look for `#011` (a tab as CloudWatch shows it). The value is matched as a
# number rather than `\S+`: with tabs written as `#011` a line has no space left, so `\S+`
# would run on into the next metric of the line.
_NUMBER = r"([-+]?[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)"


def is_builtin_xgboost_image(image: str | None) -> bool:
    """True for sagemaker-xgboost images and the legacy `xgboost` algorithm image, any tag."""
    if not image:
        return False
    reference = image.strip().split("@", 1)[0]  # drop a digest
    repository = reference.rsplit("/", 1)[-1].split(":", 1)[0]  # drop registry and tag
    return repository.lower() in ("sagemaker-xgboost", "xgboost")


def xgboost_metric_rules() -> list[MetricDefinition]:
    """The regex of every train:/validation: metric the container can print."""
    return [
        MetricDefinition(
            name=f"{data}:{metric}", regex=rf".*\[[0-9]+\].*#011{data}-{metric}:{_NUMBER}.*"
        )
        for data in XGBOOST_CHANNELS
        for metric in XGBOOST_METRICS
    ]


# Where script mode's program is named: a hyperparameter (SDK v2's framework estimators, v3's
# tuner) or an environment variable (what a model or a v3 ModelTrainer may set instead).
PROGRAM_HYPERPARAMETER = "sagemaker_program"
# Decision: DescribeTrainingJob lists the metrics AWS documents for the XGBoost algorithm
# (train: and validation: of each, 26 definitions): the model caps the list at 40, and the
# algorithm can print all 33 metrics of XGBOOST_METRICS on both channels.
XGBOOST_DOCUMENTED_METRICS = (
    "accuracy", "auc", "aucpr", "error", "f1", "logloss", "mae", "map", "merror", "mlogloss",
    "mse", "ndcg", "rmse",
)  # fmt: skip
MAX_METRIC_DEFINITIONS = 40
PROGRAM_ENVIRONMENT = "SAGEMAKER_PROGRAM"


def runs_builtin_xgboost(
    image: str | None,
    hyperparameters: dict[str, str] | None,
    environment: dict[str, str] | None = None,
    *,
    entrypoint: list[str] | None = None,
) -> bool:
    """A sagemaker-xgboost image runs its algorithm unless it is told to run the user's code
    (a program, as the container's framework mode does, or a ContainerEntrypoint)."""
    return (
        is_builtin_xgboost_image(image)
        and PROGRAM_HYPERPARAMETER not in (hyperparameters or {})
        and PROGRAM_ENVIRONMENT not in (environment or {})
        and not entrypoint
    )


class Backend(StrEnum):
    """How a training job runs (docs/containers.md)."""

    BUILTIN_XGBOOST = "builtin-xgboost"  # openamt's own XGBoost, in the worker's training host
    CONTAINER = "container"  # the image itself, in the local Docker engine
    SCRIPT = "script"  # the user's program (script mode), in a sandboxed process


def backend(
    image: str | None,
    hyperparameters: dict[str, str] | None,
    environment: dict[str, str] | None = None,
    *,
    entrypoint: list[str] | None = None,
    runs_as_container: Callable[[str], bool],
) -> Backend | None:
    """What runs a job, in this order: the built-in XGBoost (its images, unless told to run
    the user's code); else the image as a container, when `runs_as_container` says it can run
    (the local engine holds it, or OPENAMT_CONTAINER_IMAGES names it); else script mode, when
    the job names a program or a ContainerEntrypoint; else nothing (None: refused at create).

    Decision: a container wins over script mode for the same image: an image the operator
    made available is what the user asked for, and runs as SageMaker runs it."""
    if runs_builtin_xgboost(image, hyperparameters, environment, entrypoint=entrypoint):
        return Backend.BUILTIN_XGBOOST
    if image and runs_as_container(image):
        return Backend.CONTAINER
    names_program = PROGRAM_HYPERPARAMETER in (hyperparameters or {}) or (
        PROGRAM_ENVIRONMENT in (environment or {})
    )
    if names_program or entrypoint:
        return Backend.SCRIPT
    return None


def metric_definitions(algorithm: dict[str, Any], *, builtin_xgboost: bool) -> list[dict[str, str]]:
    """A training job's `AlgorithmSpecification.MetricDefinitions` as DescribeTrainingJob
    shows them: AWS adds a built-in algorithm's own definitions to the user's (the SDK's
    TrainingJobAnalytics reads them to know which metrics to fetch). A user's definition of
    the same name wins."""
    given: list[dict[str, str]] = list(algorithm.get("MetricDefinitions") or [])
    if not builtin_xgboost:
        return given
    names = {d["Name"] for d in given}
    rules = [
        {"Name": rule.name, "Regex": rule.regex}
        for rule in xgboost_metric_rules()
        if rule.name.split(":", 1)[1] in XGBOOST_DOCUMENTED_METRICS and rule.name not in names
    ]
    # The model allows 40 definitions: the user's come first to that limit.
    return rules[: max(0, MAX_METRIC_DEFINITIONS - len(given))] + given
