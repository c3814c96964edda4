"""AMT's early stopping (`TrainingJobEarlyStoppingType: Auto`) as an Optuna pruner.

AWS documents the rule: after each epoch, compare the job's objective with the median of
the running averages of the objective of all earlier training jobs up to the same epoch,
and stop the job when it is worse. Optuna's MedianPruner compares raw values at the step,
not running averages, hence this class.

Two guards AWS leaves open (docs/rest-api.md, Decisions): the rule waits for a warm-up, a share of
the length of the longest earlier job (so a 100-round job is judged from round 5 on, not on
its first noisy rounds, and a script's epochs need no setting), and it never stops a job
whose value at the step is the best any earlier job had at that step.

`MedianValuePruner` is the opt-in alternative (OPENAMT_EARLY_STOPPING_RULE=median-value):
Optuna's MedianPruner rule, the job's best value so far against the median of earlier jobs'
values at the step, from 30% of the rounds on. Running averages lag a rising curve, so
AWS's rule stops little once the sampler is good (bench/samplers.py: 4% of rounds with
Bayesian); comparing values stops about half (docs/performance.md).
"""

from __future__ import annotations

import bisect
import math
import statistics
from itertools import accumulate
from typing import Any

import optuna
from optuna.pruners import BasePruner
from optuna.study import StudyDirection
from optuna.trial import FrozenTrial, TrialState

# Decision (BEHAVIOUR.md): the rule acts once at least this many earlier jobs reached the step.
MIN_EARLIER_JOBS = 5
# Decision: no stop before this share of the longest earlier job's steps (bench/search_quality.py).
WARMUP_FRACTION = 0.05

# Decision: the value rule judges from this share of the longest earlier job's steps on. On
# replayed Bayesian searches 5% saves 78% of rounds but loses up to 0.56% of the best AUC; 30%
# saves 47% within 0.17%; live through openamt, 41% with a median loss of 0.19%
# (docs/performance.md).
VALUE_RULE_WARMUP_FRACTION = 0.30

FINISHED = (TrialState.COMPLETE, TrialState.PRUNED)


class RunningAverageMedianPruner(BasePruner):
    """One instance watches one training job; it caches the curves of finished jobs."""

    def __init__(
        self,
        *,
        min_earlier_jobs: int = MIN_EARLIER_JOBS,
        warmup_fraction: float = WARMUP_FRACTION,
        min_warmup_steps: int = 1,
    ) -> None:
        self.min_earlier_jobs = min_earlier_jobs
        self.warmup_fraction = warmup_fraction
        self.min_warmup_steps = min_warmup_steps
        # Finished trials never change: their running averages are computed once, as prefix
        # sums, so a check costs O(earlier jobs), not O(earlier jobs x steps), each step.
        self._curves: dict[int, Curve] = {}

    def prune(self, study: optuna.Study, trial: FrozenTrial) -> bool:
        step = trial.last_step
        if step is None:
            return False
        value = trial.intermediate_values[step]
        if math.isnan(value):
            return False  # a NaN loses every comparison: leave it to the job's own end
        earlier = [
            self._curve(t)
            for t in study.get_trials(deepcopy=False, states=FINISHED)
            if t.number < trial.number and t.intermediate_values
        ]
        longest = max((curve.last_step for curve in earlier), default=0)
        # round() first: 0.1 * 40 is 4.000000000000001 in floating point, not a 5-step warm-up.
        warmup = math.ceil(round(self.warmup_fraction * longest, 9))
        if step < max(self.min_warmup_steps, warmup):
            return False
        reached = [curve for curve in earlier if step in curve.values]
        if len(reached) < self.min_earlier_jobs:
            return False
        maximize = study.direction == StudyDirection.MAXIMIZE
        return self._decide(trial, step, reached, maximize=maximize)

    def _decide(
        self, trial: FrozenTrial, step: int, reached: list[Curve], *, maximize: bool
    ) -> bool:
        return should_stop(
            trial.intermediate_values[step],
            at_step=[curve.values[step] for curve in reached],
            running_averages=[curve.running_average(step) for curve in reached],
            maximize=maximize,
        )

    def _curve(self, trial: FrozenTrial) -> Curve:
        curve = self._curves.get(trial.number)
        if curve is None:
            curve = self._curves[trial.number] = Curve(trial.intermediate_values)
        return curve


def should_stop(
    value: float, *, at_step: list[float], running_averages: list[float], maximize: bool
) -> bool:
    """The median rule for one job at one step, against earlier jobs that reached the step."""
    finite = [v for v in at_step if not math.isnan(v)]
    best_earlier = (max if maximize else min)(finite) if finite else None
    if best_earlier is None or (value >= best_earlier if maximize else value <= best_earlier):
        return False  # the best so far at this step is never stopped
    averages = [v for v in running_averages if not math.isnan(v)]
    if not averages:
        return False
    median = statistics.median(averages)
    return value < median if maximize else value > median


class MedianValuePruner(RunningAverageMedianPruner):
    """Optuna's median rule with a late warm-up: stop when the job's best value so far is
    worse than the median of earlier jobs' values at the step. (A job that is the best at
    the step is above that median: the guard holds by construction.)"""

    def __init__(self, *, warmup_fraction: float = VALUE_RULE_WARMUP_FRACTION, **kw: Any) -> None:
        super().__init__(warmup_fraction=warmup_fraction, **kw)

    def _decide(
        self, trial: FrozenTrial, step: int, reached: list[Curve], *, maximize: bool
    ) -> bool:
        values = trial.intermediate_values.items()
        so_far = [v for s, v in values if s <= step and not math.isnan(v)]
        earlier = [v for v in (curve.values[step] for curve in reached) if not math.isnan(v)]
        if not so_far or not earlier:
            return False
        best, median = (max if maximize else min)(so_far), statistics.median(earlier)
        return best < median if maximize else best > median


class Curve:
    """A finished job's objective by step, with its running averages."""

    def __init__(self, intermediate: dict[int, float]) -> None:
        self.values = dict(intermediate)
        self.steps = sorted(self.values)
        self.sums = list(accumulate(self.values[s] for s in self.steps))
        self.last_step = self.steps[-1]

    def running_average(self, step: int) -> float:
        """Mean of the values reported at steps <= `step`."""
        count = bisect.bisect_right(self.steps, step)
        return self.sums[count - 1] / count if count else math.nan


def running_average(trial: FrozenTrial, step: int) -> float:
    return Curve(trial.intermediate_values).running_average(step)
