"""Evaluating a job's Debugger rules (app/training/debug_rules.py judges them at create) on
its metric values as the watcher reads them: pure state, no I/O, fed one value at a time
(docs/debugger.md says what each rule does with them).

Decisions:
- A step is a metric's n-th value (a round of XGBoost, an epoch or batch of a script).
- LossNotDecreasing checks each loss every num_steps against its value num_steps before
  (diff_percent); between checks a rise past increase_threshold_percent above the loss's
  lowest value fires it at once.
- Overfit pairs a TRAIN and an EVAL loss of the same rest of the name, value by value.
- Overtraining fires when a TRAIN loss has not improved by more than delta for
  patience_train steps, or an EVAL loss for patience_validation steps.
- StalledTrainingRule: no metric value for `threshold` seconds (openamt's tensors are its
  metrics), counted from the start of the training.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from app.training.debug_rules import EVAL, TRAIN, Rule, compile_regex, is_loss, phase


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
        if any(compile_regex(p).search(metric) for p in self.regexes):
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
