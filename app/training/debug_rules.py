"""SageMaker Debugger's built-in rules, read from a training job's metrics (docs/debugger.md).

A request names a built-in rule as the SDK's `Rule.sagemaker(rule_configs.x())` does:
RuleParameters {"rule_to_invoke": "LossNotDecreasing", <the rule's parameters>} with the
Debugger rules image (repository `sagemaker-debugger-rules`) as RuleEvaluatorImage. `parse`
judges the configurations at create; `RuleBook` evaluates them on the metric values as the
watcher reads them: pure state, no I/O, fed one value at a time.

Decisions:
- A "tensor" is a metric openamt reads (MetricDefinitions, built-in XGBoost's metrics). The
  losses collection (the default of every rule) is the metrics whose name contains "loss",
  and built-in XGBoost's evaluation metrics whose smaller is better (rmse, mae, logloss,
  error, ...); tensor_regex picks metrics by name instead (RE2, searched anywhere in it).
- A metric's phase is its name's first word: train/training is TRAIN, validation/val/valid/
  eval/test is EVAL (train:rmse, validation:rmse; train_loss, val_loss). Overfit pairs a
  TRAIN and an EVAL metric of the same rest of the name, value by value.
- A step is a metric's n-th value (a round of XGBoost, an epoch or batch of a script).
- Rules whose inputs are tensors openamt does not collect (gradients, weights, activations,
  predictions, labels, feature importances, trees) are refused at create, as are custom rules.
- Actions: StopTraining stops the rule's own job (its training_job_prefix, if given, must be
  a prefix of the job's name); Email and SMS are refused: openamt sends no notifications.
"""

from __future__ import annotations

import json
import math
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
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
        _compile(pattern)
    except re2.error:
        return f"Invalid regex {pattern!r}"
    return None


def _compile(pattern: str) -> Any:
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


@dataclass
class Selection:
    """The metrics a rule reads, decided once per metric name."""

    regexes: tuple[str, ...] = ()
    collections: tuple[str, ...] = ()
    use_losses: bool = True
    mode: str = "GLOBAL"
    _seen: dict[str, bool] = field(default_factory=dict)

    def reads(self, metric: str) -> bool:
        known = self._seen.get(metric)
        if known is None:
            known = self._seen[metric] = self._decide(metric)
        return known

    def _decide(self, metric: str) -> bool:
        if self.mode != "GLOBAL" and phase(metric)[0] != self.mode:
            return False
        if any(_compile(p).search(metric) for p in self.regexes):
            return True
        if "metrics" in self.collections:
            return True
        wants_losses = "losses" in self.collections or (
            self.use_losses and not self.regexes and not self.collections
        )
        return wants_losses and is_loss(metric)

    def describe(self) -> str:
        if self.regexes:
            return f"metrics matching tensor_regex {', '.join(self.regexes)}"
        return "the losses collection (metrics named with 'loss', XGBoost's rmse, logloss, ...)"


# --- the rules ----------------------------------------------------------------------------


class Evaluator:
    """One rule's state: `observe` a value of a metric it reads; the text of its finding
    when it fires, else None."""

    def __init__(self, params: dict[str, Any]) -> None:
        self.params = params
        self.selection = Selection(
            regexes=params.get("tensor_regex", ()),
            collections=params.get("collection_names", ()),
            use_losses=params.get("use_losses_collection", True),
            mode=params.get("mode", "GLOBAL"),
        )
        self.read_any = False

    def observe(self, metric: str, value: float) -> str | None:
        return None

    def idle(self, seconds: float) -> str | None:
        """Seconds since the last metric value (or the start): StalledTrainingRule's input."""
        return None

    def missing(self) -> str:
        """Why the rule found nothing to read, when the training ended without its input."""
        return f"no metric it reads was printed (it reads {self.selection.describe()})"


class LossNotDecreasing(Evaluator):
    """Every num_steps a loss is compared with its value num_steps before: it fires when it
    fell by less than diff_percent. Between those checks it also fires at once when the loss
    rises more than increase_threshold_percent above the lowest value it had."""

    def __init__(self, params: dict[str, Any]) -> None:
        super().__init__(params)
        self.window = int(params["num_steps"]) + 1
        self.series: dict[str, tuple[deque[float], list[float]]] = {}

    def observe(self, metric: str, value: float) -> str | None:
        num_steps = self.window - 1
        recent, state = self.series.setdefault(metric, (deque(maxlen=self.window), [value, 0]))
        best = state[0]
        recent.append(value)
        state[1] += 1  # the step: this metric's n-th value
        rise = _percent_change(best, value)
        if rise > self.params["increase_threshold_percent"]:
            return (
                f"{metric} rose to {value:g}, {rise:.1f}% above its lowest value {best:g} "
                f"(increase_threshold_percent {self.params['increase_threshold_percent']:g})"
            )
        state[0] = min(best, value)
        # Checks at steps 1 + k * num_steps, each against the value num_steps before it.
        if len(recent) < self.window or (state[1] - 1) % num_steps:
            return None
        before = recent[0]
        fell = -_percent_change(before, value)
        if fell < self.params["diff_percent"]:
            return (
                f"{metric} did not decrease by {self.params['diff_percent']:g}% over "
                f"{num_steps} steps (from {before:g} to {value:g})"
            )
        return None


def _percent_change(start: float, end: float) -> float:
    """How far `end` is above `start`, in percent of |start| (a rise from 0 is infinite)."""
    if start == 0:
        return 0.0 if end == 0 else math.copysign(math.inf, end)
    return (end - start) / abs(start) * 100


class Overfit(Evaluator):
    """Each value of an EVAL loss against the TRAIN loss of the same step: it fires when
    (validation - train) / train passes ratio_threshold for `patience` steps running."""

    def __init__(self, params: dict[str, Any]) -> None:
        super().__init__(params)
        self.pairs: dict[str, _Pair] = {}

    def observe(self, metric: str, value: float) -> str | None:
        which, rest = phase(metric)
        if which is None:
            return None
        pair = self.pairs.setdefault(rest, _Pair())
        pair.names[which] = metric
        for step, train, validation in pair.add(which, value):
            if step < self.params["start_step"] or train == 0:
                continue
            ratio = (validation - train) / abs(train)
            pair.over = pair.over + 1 if ratio > self.params["ratio_threshold"] else 0
            if pair.over >= self.params["patience"]:
                return (
                    f"{pair.names[EVAL]} ({validation:g}) exceeded {pair.names[TRAIN]} "
                    f"({train:g}) by {ratio:.1%} of it at step {step}, over ratio_threshold "
                    f"{self.params['ratio_threshold']:g} for {pair.over} step(s) (patience "
                    f"{self.params['patience']})"
                )
        return None

    def missing(self) -> str:
        return (
            "no train and validation pair of the metrics it reads was printed (it reads "
            f"{self.selection.describe()}: train:X beside validation:X)"
        )

    @property
    def has_input(self) -> bool:
        return any(p.step > 0 for p in self.pairs.values())


@dataclass
class _Pair:
    """A TRAIN and an EVAL series of one loss, matched value by value."""

    names: dict[str, str] = field(default_factory=dict)
    waiting: dict[str, deque[float]] = field(
        default_factory=lambda: {TRAIN: deque(maxlen=100_000), EVAL: deque(maxlen=100_000)}
    )
    step: int = 0
    over: int = 0

    def add(self, which: str, value: float) -> list[tuple[int, float, float]]:
        self.waiting[which].append(value)
        matched = []
        while self.waiting[TRAIN] and self.waiting[EVAL]:
            self.step += 1
            matched.append((self.step, self.waiting[TRAIN].popleft(), self.waiting[EVAL].popleft()))
        return matched


class Overtraining(Evaluator):
    """A TRAIN loss that has not improved on its best by more than delta for patience_train
    steps, or an EVAL loss for patience_validation steps, fires it."""

    def __init__(self, params: dict[str, Any]) -> None:
        super().__init__(params)
        self.best: dict[str, list[float]] = {}  # metric: [best, steps since it improved]

    def observe(self, metric: str, value: float) -> str | None:
        which = phase(metric)[0]
        if which is None:
            return None
        state = self.best.get(metric)
        if state is None:
            self.best[metric] = [value, 0]
            return None
        if value < state[0] - self.params["delta"]:
            state[0], state[1] = value, 0
            return None
        state[1] += 1
        key = "patience_train" if which == TRAIN else "patience_validation"
        if state[1] >= self.params[key]:
            return (
                f"{metric} did not improve on its best {state[0]:g} by more than delta "
                f"{self.params['delta']:g} for {state[1]} steps ({key} {self.params[key]})"
            )
        return None

    def missing(self) -> str:
        return (
            "no train or validation loss was printed (it reads the losses collection: metrics "
            "named train:X or validation:X with 'loss' in X, or XGBoost's rmse, logloss, ...)"
        )


class StalledTrainingRule(Evaluator):
    """No metric value for `threshold` seconds (openamt's tensors are its metrics)."""

    def __init__(self, params: dict[str, Any]) -> None:
        super().__init__(params)
        self.selection = Selection(collections=("metrics",))

    def idle(self, seconds: float) -> str | None:
        threshold = self.params["threshold"]
        if seconds > threshold:
            return f"no metric value was printed for {threshold} seconds (threshold)"
        return None


EVALUATORS: dict[str, type[Evaluator]] = {
    "LossNotDecreasing": LossNotDecreasing,
    "Overfit": Overfit,
    "Overtraining": Overtraining,
    "StalledTrainingRule": StalledTrainingRule,
}


# --- a job's rules together -------------------------------------------------------------

IN_PROGRESS, NO_ISSUES, ISSUES, ERROR, STOPPED = (
    "InProgress",
    "NoIssuesFound",
    "IssuesFound",
    "Error",
    "Stopped",
)


@dataclass
class Finding:
    """A rule's verdict: its status and why."""

    rule: Rule
    status: str
    details: str | None = None


class RuleBook:
    """A job's rules fed its metric values and its idle time; it keeps each rule's verdict.
    A rule that fired is done: its later values are not read."""

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules
        self.entries = [(r, EVALUATORS[r.rule](r.params)) for r in rules]
        # The rules that read time, asked on each turn of the watch loop; the others only
        # when a value of a metric they read arrives.
        self.timed = [(r, e) for r, e in self.entries if isinstance(e, StalledTrainingRule)]
        self.findings: dict[str, Finding] = {}
        self.fresh: list[Finding] = []  # fired since the caller last took them

    def observe(self, metric: str, value: float) -> None:
        for rule, evaluator in self.entries:
            if rule.name in self.findings or not evaluator.selection.reads(metric):
                continue
            evaluator.read_any = True
            self._record(rule, evaluator.observe(metric, value))

    def idle(self, seconds: float) -> None:
        for rule, evaluator in self.timed:
            if rule.name not in self.findings:
                self._record(rule, evaluator.idle(seconds))

    def _record(self, rule: Rule, fired: str | None) -> None:
        if fired is not None:
            finding = Finding(rule, ISSUES, f"{rule.rule}: {fired}"[:1024])
            self.findings[rule.name] = finding
            self.fresh.append(finding)

    def take_fresh(self) -> list[Finding]:
        fresh, self.fresh = self.fresh, []
        return fresh

    @property
    def stop_requested(self) -> bool:
        return any(f.rule.stops for f in self.findings.values() if f.status == ISSUES)

    def final(self, *, stopped_by_user: bool) -> list[Finding]:
        """Every rule's verdict once the training ended."""
        return [self._final(r, e, stopped_by_user) for r, e in self.entries]

    def _final(self, rule: Rule, evaluator: Evaluator, stopped_by_user: bool) -> Finding:
        if rule.name in self.findings:
            return self.findings[rule.name]
        if stopped_by_user:
            return Finding(rule, STOPPED, f"{rule.rule}: the training job was stopped")
        has_input = evaluator.has_input if isinstance(evaluator, Overfit) else evaluator.read_any
        if not has_input and not isinstance(evaluator, StalledTrainingRule):
            return Finding(rule, ERROR, f"{rule.rule}: {evaluator.missing()}"[:1024])
        return Finding(rule, NO_ISSUES)
