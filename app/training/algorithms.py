"""What the control plane knows of the built-in XGBoost algorithm without importing it:
how its images are named, which objectives it offers, and the metric lines it prints.
The algorithm itself lives in workers/algorithms/xgboost_builtin.py and uses these facts.
"""

from __future__ import annotations

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
