"""SageMaker Debugger's built-in rules in a CreateTrainingJob request, judged (docs/debugger.md).

A request names a built-in rule as the SDK's `Rule.sagemaker(rule_configs.x())` does:
RuleParameters {"rule_to_invoke": "LossNotDecreasing", <the rule's parameters>} with the
Debugger rules image (repository `sagemaker-debugger-rules`) as RuleEvaluatorImage. `parse`
judges the configurations at create (ValidationException naming the member);
app/training/rule_evaluators.py evaluates them.

Decisions:
- A "tensor" is a metric openamt reads (MetricDefinitions, built-in XGBoost's metrics). The
  losses collection (the default of every rule) is the metrics whose name contains "loss",
  and built-in XGBoost's evaluation metrics whose smaller is better (rmse, mae, logloss,
  error, ...); collection "metrics" is every metric; tensor_regex picks metrics by name
  instead (RE2, searched anywhere in the name).
- A metric's phase is its name's first word: train/training is TRAIN, validation/val/valid/
  eval/test is EVAL (train:rmse, validation:rmse; train_loss, val_loss); `mode` picks one.
- Rules whose inputs are tensors openamt does not collect (gradients, weights, activations,
  predictions, labels, feature importances, trees, other jobs' tensors) are refused at
  create, as are custom rules (another image, or a source_s3_uri).
- Actions: StopTraining stops the rule's own job (its training_job_prefix, if given, must be
  a prefix of the job's name), as StalledTrainingRule's stop_training_on_fire does; Email
  and SMS are refused: openamt sends no notifications.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import re2

from app.errors import ValidationError

BUILTIN_IMAGE_REPOSITORY = "sagemaker-debugger-rules"
EVALUATED = ("LossNotDecreasing", "Overfit", "Overtraining", "StalledTrainingRule")
TENSOR_RULES = frozenset(
    {
        "VanishingGradient",
        "ExplodingTensor",
        "WeightUpdateRatio",
        "PoorWeightInitialization",
        "SaturatedActivation",
        "DeadRelu",
        "ClassImbalance",
        "Confusion",
        "FeatureImportanceOverweight",
        "TreeDepth",
        "AllZero",
        "TensorVariance",
        "UnchangedTensor",
        "CheckInputImages",
        "NLPSequenceRatio",
        "SimilarAcrossRuns",
        "CreateXgboostReport",
    }
)
# Built-in XGBoost's evaluation metrics whose smaller value is better: its losses.
XGBOOST_LOSSES = frozenset(
    {"rmse", "rmsle", "mae", "mape", "mphe", "logloss", "error", "merror", "mlogloss"}
)
TRAIN, EVAL = "TRAIN", "EVAL"
_PHASES = {
    "train": TRAIN,
    "training": TRAIN,
    "validation": EVAL,
    "val": EVAL,
    "valid": EVAL,
    "eval": EVAL,
    "test": EVAL,
}
# What every built-in rule takes besides its own parameters (the SDK sets both).
COMMON = ("rule_to_invoke", "action_json")


# --- parameters -------------------------------------------------------------------------


def _integer(text: str) -> int:
    value = int(text)
    if value < 0:
        raise ValueError
    return value


def _positive_integer(text: str) -> int:
    value = int(text)
    if value < 1:
        raise ValueError
    return value


def _number(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError
    return value


def _percent(text: str) -> float:
    value = float(text)
    if not 0 <= value < 100:
        raise ValueError
    return value


def _boolean(text: str) -> bool:
    if text.strip().lower() not in ("true", "false"):
        raise ValueError
    return text.strip().lower() == "true"


def _names(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def _mode(text: str) -> str:
    if text.upper() not in ("TRAIN", "EVAL", "GLOBAL"):
        raise ValueError
    return text.upper()


def _prefix(text: str) -> str:
    if not re2.fullmatch(r"[A-Za-z0-9\-]+", text):
        raise ValueError
    return text


@dataclass(frozen=True)
class Parameter:
    parse: Callable[[str], Any]
    default: Any
    expects: str  # what a valid value is, for the error message


TENSOR_REGEX = Parameter(_names, (), "regex patterns, comma-separated")
PARAMETERS: dict[str, dict[str, Parameter]] = {
    "LossNotDecreasing": {
        "collection_names": Parameter(_names, (), "collection names, comma-separated"),
        "tensor_regex": TENSOR_REGEX,
        "use_losses_collection": Parameter(_boolean, True, "True or False"),
        "num_steps": Parameter(_positive_integer, 10, "an integer of 1 or more"),
        "diff_percent": Parameter(_percent, 0.1, "a number from 0 to under 100"),
        "increase_threshold_percent": Parameter(_percent, 5.0, "a number from 0 to under 100"),
        "mode": Parameter(_mode, "GLOBAL", "EVAL, TRAIN or GLOBAL"),
    },
    "Overfit": {
        "tensor_regex": TENSOR_REGEX,
        "start_step": Parameter(_integer, 0, "an integer of 0 or more"),
        "patience": Parameter(_positive_integer, 1, "an integer of 1 or more"),
        "ratio_threshold": Parameter(_number, 0.1, "a number"),
    },
    "Overtraining": {
        "patience_train": Parameter(_positive_integer, 5, "an integer of 1 or more"),
        "patience_validation": Parameter(_positive_integer, 10, "an integer of 1 or more"),
        "delta": Parameter(_number, 0.01, "a number"),
    },
    "StalledTrainingRule": {
        "threshold": Parameter(_positive_integer, 1800, "a whole number of seconds, 1 or more"),
        "stop_training_on_fire": Parameter(_boolean, False, "True or False"),
        "training_job_name_prefix": Parameter(_prefix, None, "letters, digits and hyphens"),
    },
}
COLLECTIONS = ("losses", "metrics")  # "metrics": every metric the job prints


@dataclass(frozen=True)
class Rule:
    """One DebugRuleConfiguration, judged: the rule, its parameters, whether it stops."""

    name: str  # RuleConfigurationName
    rule: str  # rule_to_invoke
    params: dict[str, Any]
    stops: bool


def parse(configs: Iterable[dict[str, Any]], *, job_name: str) -> list[Rule]:
    """DebugRuleConfigurations as given (wire field names) into rules; ValidationError
    naming the member when one cannot be evaluated here."""
    rules: list[Rule] = []
    for i, config in enumerate(configs):
        where = f"DebugRuleConfigurations[{i}]"
        rule = _parse_one(config, where, job_name)
        if any(r.name == rule.name for r in rules):
            raise ValidationError(
                f"{where}.RuleConfigurationName: {rule.name!r} is given twice; names must be unique"
            )
        rules.append(rule)
    return rules


def _parse_one(config: dict[str, Any], where: str, job_name: str) -> Rule:
    name = config["RuleConfigurationName"]
    params = dict(config.get("RuleParameters") or {})
    rule = params.get("rule_to_invoke")
    if not is_builtin_image(config.get("RuleEvaluatorImage", "")) or "source_s3_uri" in params:
        raise ValidationError(
            f"{where}: custom rules are not supported by openamt: it runs no rule evaluator "
            f"image; name a built-in rule ({', '.join(EVALUATED)}) in "
            f"RuleParameters.rule_to_invoke with the {BUILTIN_IMAGE_REPOSITORY} image"
        )
    if not rule:
        raise ValidationError(
            f"{where}.RuleParameters.rule_to_invoke: required; it names the built-in rule "
            f"({', '.join(EVALUATED)})"
        )
    if rule in TENSOR_RULES:
        raise ValidationError(
            f"{where}: the built-in rule {rule} needs tensors that openamt does not collect "
            f"(it reads the training's metrics only); openamt evaluates {', '.join(EVALUATED)}"
        )
    if rule not in PARAMETERS:
        raise ValidationError(
            f"{where}.RuleParameters.rule_to_invoke: {rule!r} is not a Debugger built-in rule "
            f"openamt evaluates ({', '.join(EVALUATED)})"
        )
    known = PARAMETERS[rule]
    values: dict[str, Any] = {key: p.default for key, p in known.items()}
    for key, text in params.items():
        if key in COMMON:
            continue
        if key not in known:
            raise ValidationError(
                f"{where}.RuleParameters.{key}: not a parameter of {rule} "
                f"(its parameters: {', '.join(known)})"
            )
        try:
            values[key] = known[key].parse(text)
        except (ValueError, re2.error):
            raise ValidationError(
                f"{where}.RuleParameters.{key}: {text!r} is not {known[key].expects}"
            ) from None
    for pattern in values.get("tensor_regex", ()):
        if _regex_problem(pattern):
            raise ValidationError(f"{where}.RuleParameters.tensor_regex: {_regex_problem(pattern)}")
    for collection in values.get("collection_names", ()):
        if collection not in COLLECTIONS:
            raise ValidationError(
                f"{where}.RuleParameters.collection_names: openamt has no collection "
                f"{collection!r}; its collections are {', '.join(COLLECTIONS)} (docs/debugger.md)"
            )
    stops = _stops(params.get("action_json"), f"{where}.RuleParameters.action_json", job_name)
    prefix = values.get("training_job_name_prefix")
    _check_prefix(prefix, f"{where}.RuleParameters.training_job_name_prefix", job_name)
    stops = stops or bool(values.get("stop_training_on_fire"))
    return Rule(name=name, rule=rule, params=values, stops=stops)


def is_builtin_image(image: str) -> bool:
    """The Debugger rules image of any region: <registry>/sagemaker-debugger-rules[:tag]."""
    repository = image.rsplit("/", 1)[-1].split("@", 1)[0].split(":", 1)[0]
    return repository == BUILTIN_IMAGE_REPOSITORY


def _regex_problem(pattern: str) -> str | None:
    try:
        compile_regex(pattern)
    except re2.error:
        return f"Invalid regex {pattern!r}"
    return None


def compile_regex(pattern: str) -> Any:
    options = re2.Options()
    options.log_errors = False
    return re2.compile(pattern, options)


def _stops(action_json: str | None, where: str, job_name: str) -> bool:
    """Whether the rule's actions (smdebug's ActionList, serialized) include StopTraining."""
    if not action_json:
        return False
    try:
        # smdebug writes the list with its quotes escaped: [{\"name\": \"stoptraining\"}]
        actions = json.loads(action_json.replace('\\"', '"'))
        if isinstance(actions, dict):
            actions = [actions]
        names = [str(action["name"]).lower() for action in actions]
    except (ValueError, TypeError, KeyError):
        raise ValidationError(
            f"{where}: not an action list as rule_configs.ActionList serializes it"
        ) from None
    for action, name in zip(actions, names, strict=True):
        if name in ("email", "sms"):
            raise ValidationError(
                f"{where}: the {name} action is not supported: openamt sends no notifications "
                "(StopTraining is; a fired rule is written to the job's log)"
            )
        if name != "stoptraining":
            raise ValidationError(f"{where}: {name!r} is not an action (StopTraining, Email, SMS)")
        _check_prefix(action.get("training_job_prefix"), where, job_name)
    return True


def _check_prefix(prefix: str | None, where: str, job_name: str) -> None:
    if prefix is not None and not job_name.lower().startswith(str(prefix).lower()):
        raise ValidationError(
            f"{where}: openamt's rules stop only their own training job; the prefix "
            f"{prefix!r} does not begin its name {job_name!r}"
        )


# --- which metrics a rule reads ---------------------------------------------------------


def phase(metric: str) -> tuple[str | None, str]:
    """TRAIN, EVAL or None, and the rest of the name (train:rmse -> TRAIN, rmse)."""
    for i, char in enumerate(metric):
        if char in ":-_/. ":
            return _PHASES.get(metric[:i].lower()), metric[i + 1 :]
    return None, metric


def is_loss(metric: str) -> bool:
    """In the losses collection: "loss" in its name, or an XGBoost loss of a phase."""
    return "loss" in metric.lower() or phase(metric)[1].lower() in XGBOOST_LOSSES
