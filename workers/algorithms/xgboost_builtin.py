"""SageMaker's built-in XGBoost algorithm (the sagemaker-xgboost container), with real XGBoost.

`train` runs in a process the runner forked: it checks hyperparameters and channels the way
the container does, trains, prints one metric line per round in the container's format and
saves `xgboost-model`. A `ClientError` is the user's mistake; the runner writes its message
to the failure file. xgboost is imported here, at the top, so that the runner's parent pays
for it once and the forked children do not.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

import numpy as np
import xgboost as xgb
from sklearn.metrics import (
    accuracy_score,
    balanced_accuracy_score,
    f1_score,
    mean_squared_error,
    precision_score,
    r2_score,
    recall_score,
)
from xgboost.callback import EarlyStopping, TrainingCallback

from app.training.algorithms import (
    XGBOOST_CHANNELS,
    XGBOOST_MAXIMIZE,
    XGBOOST_METRICS,
    XGBOOST_OBJECTIVES,
    is_builtin_xgboost_image,
    xgboost_metric_rules,
)
from workers.algorithms.base import TrainingContext
from workers.algorithms.xgboost_data import (
    ClientError,
    Dataset,
    data_format,
    load_channel,
    to_dmatrices,
    xgboost_message,
)

__all__ = [
    "OBJECTIVE_METRICS",
    "ClientError",
    "is_builtin_xgboost_image",
    "metric_definitions",
    "parse_hyperparameters",
    "train",
]

logger = logging.getLogger(__name__)

MODEL_FILE = "xgboost-model"
_CHANNELS = XGBOOST_CHANNELS
_METRICS = XGBOOST_METRICS
OBJECTIVE_METRICS = XGBOOST_OBJECTIVES
metric_definitions = xgboost_metric_rules


# --- Hyperparameters -------------------------------------------------------------------------


@dataclass(frozen=True)
class Interval:
    """A numeric range, printed as the container prints it in its messages: `[0, 1]`."""

    low: float | None = None
    high: float | None = None
    low_open: bool = False
    high_open: bool = False

    def __contains__(self, value: float) -> bool:
        # Written as "is above / is below" so that NaN, which compares false, is never inside.
        above = self.low is None or (value > self.low if self.low_open else value >= self.low)
        below = self.high is None or (value < self.high if self.high_open else value <= self.high)
        return above and below

    def __str__(self) -> str:
        low = "(-inf" if self.low is None else f"{'(' if self.low_open else '['}{self.low}"
        high = "+inf)" if self.high is None else f"{self.high}{')' if self.high_open else ']'}"
        return f"{low}, {high}"


@dataclass(frozen=True)
class _Spec:
    parse: Callable[[str], Any]
    allowed: Interval | tuple[str, ...] | None = None


def _integer(allowed: Interval) -> _Spec:
    return _Spec(int, allowed)  # int(), as the container: "1.0" is not an integer


def _real(allowed: Interval) -> _Spec:
    return _Spec(float, allowed)


def _choice(*allowed: str) -> _Spec:
    return _Spec(str, allowed)


def _comma_list(*allowed: str) -> _Spec:
    return _Spec(lambda value: value.split(","), allowed or None)


_AT_LEAST_0 = Interval(low=0)
_AT_LEAST_1 = Interval(low=1)
_0_TO_1 = Interval(low=0, high=1)
_ABOVE_0_TO_1 = Interval(low=0, high=1, low_open=True)
_BOOLEAN = ("true", "false")
_OBJECTIVES = (
    "binary:logistic", "binary:logitraw", "binary:hinge", "count:poisson", "multi:softmax",
    "multi:softprob", "rank:pairwise", "rank:ndcg", "rank:map", "reg:linear",
    "reg:squarederror", "reg:logistic", "reg:gamma", "reg:pseudohubererror",
    "reg:squaredlogerror", "reg:tweedie", "reg:absoluteerror", "survival:aft", "survival:cox",
)  # fmt: skip
_UPDATERS = (
    "grow_colmaker", "distcol", "grow_histmaker", "grow_local_histmaker", "grow_skmaker",
    "grow_quantile_histmaker", "sync", "refresh", "prune", "shotgun", "coord_descent",
)  # fmt: skip

# The container's hyperparameters (algorithm_mode/hyperparameter_validation.py). Those XGBoost
# has since dropped (sketch_eps, predictor, ...) are still accepted, so that jobs written for
# AWS run: XGBoost warns that it does not use them.
_HYPERPARAMETERS: dict[str, _Spec] = {
    "num_round": _integer(_AT_LEAST_1),
    "csv_weights": _integer(_0_TO_1),
    "early_stopping_rounds": _integer(_AT_LEAST_1),
    "booster": _choice("gbtree", "gblinear", "dart"),
    "verbosity": _integer(Interval(low=0, high=3)),
    "nthread": _integer(_AT_LEAST_1),
    "eta": _real(_0_TO_1),
    "gamma": _real(_AT_LEAST_0),
    "max_depth": _integer(_AT_LEAST_0),
    "min_child_weight": _real(_AT_LEAST_0),
    "max_delta_step": _real(_AT_LEAST_0),
    "subsample": _real(_ABOVE_0_TO_1),
    "colsample_bytree": _real(_ABOVE_0_TO_1),
    "colsample_bylevel": _real(_ABOVE_0_TO_1),
    "colsample_bynode": _real(_ABOVE_0_TO_1),
    "lambda": _real(_AT_LEAST_0),
    "alpha": _real(_AT_LEAST_0),
    "tree_method": _choice("auto", "exact", "approx", "hist"),  # no gpu_hist: CPU only
    "sketch_eps": _real(Interval(low=0, high=1, low_open=True, high_open=True)),
    "scale_pos_weight": _real(Interval(low=0, low_open=True)),
    "updater": _comma_list(*_UPDATERS),
    "dsplit": _choice("row", "col"),
    "refresh_leaf": _integer(_0_TO_1),
    "process_type": _choice("default", "update"),
    "grow_policy": _choice("depthwise", "lossguide"),
    "max_leaves": _integer(_AT_LEAST_0),
    "max_bin": _integer(_AT_LEAST_0),
    "predictor": _choice("auto", "cpu_predictor", "gpu_predictor"),
    "monotone_constraints": _Spec(str),  # "(1,-1)": XGBoost parses and checks it
    "interaction_constraints": _Spec(str),  # "[[0,1],[2]]": likewise
    "sample_type": _choice("uniform", "weighted"),
    "normalize_type": _choice("tree", "forest"),
    "rate_drop": _real(_0_TO_1),
    "one_drop": _integer(_0_TO_1),
    "skip_drop": _real(_0_TO_1),
    "lambda_bias": _real(_0_TO_1),
    "tweedie_variance_power": _real(Interval(low=1, high=2, low_open=True, high_open=True)),
    "objective": _choice(*_OBJECTIVES),
    "num_class": _integer(Interval(low=2)),
    "base_score": _real(_AT_LEAST_0),
    "eval_metric": _comma_list(),  # checked with the objective, in _check_dependencies
    "seed": _integer(Interval(low=-(2**31), high=2**31 - 1, low_open=True, high_open=True)),
    "num_parallel_tree": _integer(_AT_LEAST_1),
    "save_model_on_termination": _choice(*_BOOLEAN),  # accepted; a killed job saves nothing
    "aft_loss_distribution": _choice("normal", "logistic", "extreme"),
    "aft_loss_distribution_scale": _real(_AT_LEAST_0),
    "single_precision_histogram": _choice(*_BOOLEAN),
    "deterministic_histogram": _choice(*_BOOLEAN),
    "sampling_method": _choice("uniform", "gradient_based"),
    "prob_buffer_row": _integer(Interval(low=1, low_open=True)),
    "use_dask_gpu_training": _choice("false"),  # Dask GPU training needs GPUs we do not have
}
_ALIASES = {
    "learning_rate": "eta",
    "min_split_loss": "gamma",
    "reg_lambda": "lambda",
    "reg_alpha": "alpha",
}
_REQUIRED = ("num_round",)
# The container's own settings: they steer training and are not XGBoost parameters.
_CONTAINER_ONLY = frozenset(
    {
        "num_round",
        "csv_weights",
        "early_stopping_rounds",
        "eval_metric",
        "save_model_on_termination",
        "use_dask_gpu_training",
    }
)
_TUNING_OBJECTIVE = "_tuning_objective_metric"
_RESERVED_PREFIXES = (_TUNING_OBJECTIVE, "sagemaker_")


def parse_hyperparameters(raw: dict[str, str]) -> dict[str, Any]:
    """The user's hyperparameters, parsed and checked in the container's order and words."""
    given = {
        _ALIASES.get(name, name): value
        for name, value in raw.items()
        if not name.startswith(_RESERVED_PREFIXES)
    }
    for name in _REQUIRED:
        if name not in given:
            raise ClientError(f"Missing required hyperparameter: {name}")
    parsed = {name: _parse(name, _unquoted(value)) for name, value in given.items()}
    for name, value in parsed.items():
        _check_range(name, value, _HYPERPARAMETERS[name].allowed)
    _check_dependencies(parsed)
    return parsed


def _unquoted(value: str) -> str:
    """Framework estimators JSON-encode hyperparameters ('"gbtree"'); the container decodes
    what parses as JSON, so a quoted string is the string inside it."""
    try:
        decoded = json.loads(value)
    except (ValueError, TypeError):
        return value
    return decoded if isinstance(decoded, str) else value


def _parse(name: str, value: str) -> Any:
    spec = _HYPERPARAMETERS.get(name)
    if spec is None:
        raise ClientError(f"Extraneous hyperparameter found: {name}")
    try:
        return spec.parse(value)
    except ValueError as error:
        raise ClientError(f"Hyperparameter {name}: could not parse value {value!r}") from error


def _check_range(name: str, value: Any, allowed: Interval | tuple[str, ...] | None) -> None:
    if allowed is None:
        return
    for item in value if isinstance(value, list) else [value]:
        if item not in allowed:
            shown = str(allowed) if isinstance(allowed, Interval) else str(list(allowed))
            raise ClientError(f"Hyperparameter {name}: {item} is not in {shown}")


def _check_dependencies(parsed: dict[str, Any]) -> None:
    objective = parsed.get("objective", "reg:squarederror")  # XGBoost's default
    if objective in ("multi:softmax", "multi:softprob") and "num_class" not in parsed:
        raise ClientError("Require input for parameter 'num_class' for multi-classification")
    eval_metric: list[str] = parsed.get("eval_metric", [])
    for metric in eval_metric:
        _check_eval_metric(metric)
    if "auc" in eval_metric and not objective.startswith(("binary:", "rank:")):
        raise ClientError(
            "Metric 'auc' can only be applied for classification and ranking problems."
        )
    if "aft-nloglik" in eval_metric and objective != "survival:aft":
        raise ClientError("Metric 'aft-nloglik' can only be applied for 'survival:aft' objective.")


def _check_eval_metric(metric: str) -> None:
    name, at, threshold = metric.partition("@")
    if not at:
        _check_range("eval_metric", metric, _METRICS)
        return
    if name not in ("error", "ndcg", "map"):
        raise ClientError(
            f"Metric '{metric}' is not supported. Parameter 'eval_metric' with customized "
            "threshold should be one of these options: 'error', 'ndcg', 'map'."
        )
    try:
        float(threshold)
    except ValueError as error:
        raise ClientError(f"Threshold value 't' in '{name}@t' expects float input.") from error


# --- Metrics the container computes itself -----------------------------------------------------

_Score = Callable[[np.ndarray, np.ndarray], float]

# As in the container's metrics/custom_metrics.py: its `f1` is macro-averaged, `precision` and
# `recall` are binary. XGBoost computes rmse and mae itself, to the same values.
_CLASS_METRICS: dict[str, _Score] = {
    "accuracy": accuracy_score,
    "balanced_accuracy": balanced_accuracy_score,
    "f1": partial(f1_score, average="macro", zero_division=0),
    "f1_binary": partial(f1_score, average="binary", zero_division=0),
    "f1_macro": partial(f1_score, average="macro", zero_division=0),
    "precision": partial(precision_score, average="binary", zero_division=0),
    "precision_macro": partial(precision_score, average="macro", zero_division=0),
    "precision_micro": partial(precision_score, average="micro", zero_division=0),
    "recall": partial(recall_score, average="binary", zero_division=0),
    "recall_macro": partial(recall_score, average="macro", zero_division=0),
    "recall_micro": partial(recall_score, average="micro", zero_division=0),
}
_VALUE_METRICS: dict[str, _Score] = {"mse": mean_squared_error, "r2": r2_score}


@dataclass(frozen=True)
class _EvalPlan:
    """Which metrics XGBoost computes, which we compute, and which one early stopping watches."""

    native: list[str]
    custom: list[str]
    early_stopping_metric: str | None


def _eval_plan(eval_metric: list[str], objective_metric: str | None) -> _EvalPlan:
    # The tuning objective goes last, as in the container: so it is always printed, and
    # early stopping watches it.
    metrics = [metric for metric in dict.fromkeys(eval_metric) if metric != objective_metric]
    if objective_metric is not None:
        metrics.append(objective_metric)
    custom = [metric for metric in metrics if metric in _CLASS_METRICS or metric in _VALUE_METRICS]
    return _EvalPlan(
        native=[metric for metric in metrics if metric not in custom],
        custom=custom,
        early_stopping_metric=metrics[-1] if metrics else None,
    )


def _objective_metric(raw: dict[str, str]) -> str | None:
    """The metric of the tuner's `_tuning_objective_metric` (validation:auc -> auc)."""
    value = raw.get(_TUNING_OBJECTIVE)
    if value is None:
        return None
    metric = value.partition(":")[2]
    if metric not in _METRICS:
        logger.warning("Ignoring unknown tuning objective metric %s", value)
        return None
    return metric


def _custom_metric(
    names: list[str], objective: str
) -> Callable[[np.ndarray, xgb.DMatrix], list[tuple[str, float]]]:
    """An XGBoost custom_metric computing the container's own metrics, on every round."""

    def evaluate(predictions: np.ndarray, data: xgb.DMatrix) -> list[tuple[str, float]]:
        labels = data.get_label()
        scores = []
        for name in names:
            try:
                if name in _CLASS_METRICS:
                    score = _CLASS_METRICS[name](labels, _classes(predictions, objective))
                else:
                    score = _VALUE_METRICS[name](labels, predictions)
            except ValueError as error:  # e.g. binary precision on multi-class labels
                raise ClientError(f"Metric '{name}' could not be computed: {error}") from error
            scores.append((name, float(score)))
        return scores

    return evaluate


def _classes(predictions: np.ndarray, objective: str) -> np.ndarray:
    """Predicted classes from XGBoost's transformed predictions."""
    if predictions.ndim == 2:  # multi:softprob: one probability per class
        return predictions.argmax(axis=1)
    if objective == "multi:softmax":  # already the class
        return predictions.astype(np.int64)
    threshold = 0.0 if objective == "binary:logitraw" else 0.5  # a margin, or a probability
    return (predictions > threshold).astype(np.int64)


class _PrintEvaluation(TrainingCallback):
    """One line per round, as the container prints it: `[3]\\ttrain-auc:0.91234\\t...`."""

    def after_iteration(
        self, model: xgb.Booster, epoch: int, evals_log: TrainingCallback.EvalsLog
    ) -> bool:
        fields = [
            f"{data}-{metric}:{_last(values):.5f}"
            for data, metrics in evals_log.items()
            for metric, values in metrics.items()
        ]
        print("\t".join([f"[{epoch}]", *fields]), flush=True)
        return False


class _StopWhenAsked(TrainingCallback):
    def __init__(self, should_stop: Callable[[], bool]) -> None:
        super().__init__()
        self.should_stop = should_stop

    def after_iteration(
        self, model: xgb.Booster, epoch: int, evals_log: TrainingCallback.EvalsLog
    ) -> bool:
        if self.should_stop():
            raise TrainingStopped
        return False


def _last(values: list[float] | list[tuple[float, float]]) -> float:
    last = values[-1]
    return last[0] if isinstance(last, tuple) else last  # (mean, std) comes from xgb.cv only


# --- Training -------------------------------------------------------------------------------------


def preload(ctx: TrainingContext) -> None:
    """Parse the job's channels in the worker, before the fork (see xgboost_data's cache).
    Any problem is left for `train` to report in the child, as the job's failure."""
    with contextlib.suppress(Exception):  # train() raises it again, where it belongs
        _load(ctx, parse_hyperparameters(ctx.hyperparameters))


def _load(ctx: TrainingContext, hyperparameters: dict[str, Any]) -> dict[str, Dataset]:
    _check_channels(ctx)
    # The container reads every channel with the train channel's ContentType.
    content = data_format(ctx.content_types.get("train"))
    csv_weights = hyperparameters.get("csv_weights", 0) == 1
    return {
        name: load_channel(name, ctx.channels[name], content, csv_weights=csv_weights)
        for name in _CHANNELS
        if name in ctx.channels
    }


class TrainingStopped(Exception):
    """Training ended at a round boundary because `should_stop` said so: no model is saved,
    as none is when a fork is killed."""


MatrixBuilder = Callable[..., tuple[xgb.DMatrix, xgb.DMatrix | None]]


def train(
    ctx: TrainingContext,
    *,
    build: MatrixBuilder = to_dmatrices,
    should_stop: Callable[[], bool] | None = None,
) -> None:
    """Train the built-in XGBoost algorithm and save `xgboost-model` in the model directory.

    `build` makes the DMatrix pair from the parsed channels (a warm host passes one that keeps
    the last pair: workers/training_host.py); `should_stop` is asked after each round."""
    hyperparameters = parse_hyperparameters(ctx.hyperparameters)
    datasets = _load(ctx, hyperparameters)
    # The runner gave this job num_cpus; a smaller nthread is the user's to choose.
    nthread = min(hyperparameters.get("nthread", ctx.num_cpus), ctx.num_cpus)
    dtrain, dvalidation = build(datasets["train"], datasets.get("validation"), nthread=nthread)
    objective_metric = _objective_metric(ctx.hyperparameters)
    plan = _eval_plan(hyperparameters.get("eval_metric", []), objective_metric)
    booster = _fit(
        hyperparameters, plan, dtrain, dvalidation, nthread=nthread, should_stop=should_stop
    )
    ctx.model_dir.mkdir(parents=True, exist_ok=True)
    # What Booster.save_model writes for a name without extension (UBJSON), without the
    # warning save_model prints about choosing that format.
    (ctx.model_dir / MODEL_FILE).write_bytes(booster.save_raw(raw_format="ubj"))


def _check_channels(ctx: TrainingContext) -> None:
    if "train" not in ctx.channels:
        raise ClientError("Missing required channel: train")
    for name in ctx.channels:
        if name not in _CHANNELS:
            raise ClientError(f"Extraneous channel found: {name}")


def _fit(
    hyperparameters: dict[str, Any],
    plan: _EvalPlan,
    dtrain: xgb.DMatrix,
    dvalidation: xgb.DMatrix | None,
    *,
    nthread: int,
    should_stop: Callable[[], bool] | None = None,
) -> xgb.Booster:
    params = {k: v for k, v in hyperparameters.items() if k not in _CONTAINER_ONLY}
    params["nthread"] = nthread
    if "updater" in params:
        params["updater"] = ",".join(params["updater"])
    if plan.native:
        params["eval_metric"] = plan.native
    evals = [(dtrain, "train")]
    if dvalidation is not None:
        evals.append((dvalidation, "validation"))
    objective = hyperparameters.get("objective", "reg:squarederror")
    try:
        return xgb.train(
            params,
            dtrain,
            num_boost_round=hyperparameters["num_round"],
            evals=evals,
            custom_metric=_custom_metric(plan.custom, objective) if plan.custom else None,
            callbacks=_callbacks(
                hyperparameters,
                plan,
                has_validation=dvalidation is not None,
                should_stop=should_stop,
            ),
            verbose_eval=False,
        )
    except xgb.core.XGBoostError as error:  # bad parameters or labels, as XGBoost sees them
        message = xgboost_message(error)
        raise ClientError(f"XGB train call failed with exception: {message}") from error


def _callbacks(
    hyperparameters: dict[str, Any],
    plan: _EvalPlan,
    *,
    has_validation: bool,
    should_stop: Callable[[], bool] | None = None,
) -> list[TrainingCallback]:
    # Printing comes first: XGBoost stops asking callbacks once one says "stop", and the
    # round early stopping ends on must still be printed.
    callbacks: list[TrainingCallback] = [_PrintEvaluation()]
    if should_stop is not None:
        callbacks.append(_StopWhenAsked(should_stop))
    rounds = hyperparameters.get("early_stopping_rounds")
    if rounds and not has_validation:
        logger.warning("early_stopping_rounds needs a validation channel; training all rounds")
    elif rounds:
        metric = plan.early_stopping_metric
        callbacks.append(
            EarlyStopping(
                rounds=rounds,
                data_name="validation",
                metric_name=metric,
                maximize=None if metric is None else metric.partition("@")[0] in XGBOOST_MAXIMIZE,
                # Keep only the rounds up to the best one; gblinear cannot be cut that way.
                save_best=hyperparameters.get("booster") != "gblinear",
            )
        )
    return callbacks
