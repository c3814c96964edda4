"""AMT's early stopping (`TrainingJobEarlyStoppingType: Auto`) as Optuna pruners, one per rule
(OPENAMT_EARLY_STOPPING_RULE, frozen in each tuning job's plan; `RULES` names them).

- `running-average`: AWS's documented rule. After each epoch, compare the job's objective
  with the median of the running averages of the objective of all earlier training jobs up
  to the same epoch, and stop the job when it is worse. Optuna's MedianPruner compares raw
  values at the step, not running averages, hence `RunningAverageMedianPruner`.
- `median-value` (the default): Optuna's MedianPruner rule, the job's best value so far
  against the median of earlier jobs' values at the step, from 30% of the rounds on
  (`MedianValuePruner`; why it is the default is in its docstring).
- `best-in-reach`: stop a job once the best earlier objective is out of its reach, even if
  it gained from here to its end as much as any earlier completed job gained from the same
  step (`BestInReachPruner`).

Guards every rule keeps (docs/rest-api.md, Decisions): nothing is judged before 5 earlier
jobs reached the step, nor before a warm-up, a share of the length of the longest earlier
job (so a 100-round job is judged from round 5 on with AWS's rule, 30 with the default,
not on its first noisy rounds, and a script's epochs need no setting).
"""

from __future__ import annotations

import bisect
import math
import statistics
from collections.abc import Callable
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
# Decision: the best-in-reach rule judges from this share on. In the first rounds curves of
# different learning rates still cross: at 5% the steepest climb of 9 earlier completed jobs
# from round 5 fell 0.005 AUC short of a new job's, the search's best, which it stopped (a
# seed of bench/search_quality.py lost 0.33% of the best AUC); 10% and 20% lost nothing, and
# 20% leaves a margin for seeds not measured at a cost of ~5 points of rounds saved.
REACH_RULE_WARMUP_FRACTION = 0.20

FINISHED = (TrialState.COMPLETE, TrialState.PRUNED)


class EarlierJobsPruner(BasePruner):
    """What the rules share: a job is judged at its last reported step against the curves of
    the study's earlier finished jobs, after the warm-up. One instance watches one training
    job; it caches the curves of finished jobs (they never change)."""

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
        self._curves: dict[int, Curve] = {}

    def prune(self, study: optuna.Study, trial: FrozenTrial) -> bool:
        step = trial.last_step
        if step is None:
            return False
        if math.isnan(trial.intermediate_values[step]):
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
        maximize = study.direction == StudyDirection.MAXIMIZE
        return self._decide(trial, step, earlier, maximize=maximize)

    def _decide(
        self, trial: FrozenTrial, step: int, earlier: list[Curve], *, maximize: bool
    ) -> bool:
        raise NotImplementedError

    def _reached(self, earlier: list[Curve], step: int) -> list[Curve]:
        """The earlier jobs that reached `step`; none when too few to judge against."""
        reached = [curve for curve in earlier if step in curve.values]
        return reached if len(reached) >= self.min_earlier_jobs else []

    def _curve(self, trial: FrozenTrial) -> Curve:
        curve = self._curves.get(trial.number)
        if curve is None:
            curve = self._curves[trial.number] = Curve(trial)
        return curve


class RunningAverageMedianPruner(EarlierJobsPruner):
    """AWS's documented rule (`running-average`), plus a guard AWS leaves open: a job whose
    value at the step is the best any earlier job had at that step is never stopped.

    Running averages lag a rising curve: from round 2 on nearly every job a good sampler
    proposes is above the median of earlier running averages, so this rule stops little
    (bench/search_quality.py: 11-14% of Random's rounds, 3% of Bayesian's)."""

    def _decide(
        self, trial: FrozenTrial, step: int, earlier: list[Curve], *, maximize: bool
    ) -> bool:
        reached = self._reached(earlier, step)
        if not reached:
            return False
        return should_stop(
            trial.intermediate_values[step],
            at_step=[curve.values[step] for curve in reached],
            running_averages=[curve.running_average(step) for curve in reached],
            maximize=maximize,
        )


def should_stop(
    value: float, *, at_step: list[float], running_averages: list[float], maximize: bool
) -> bool:
    """AWS's median rule for one job at one step, against earlier jobs that reached the step."""
    finite = [v for v in at_step if not math.isnan(v)]
    best_earlier = (max if maximize else min)(finite) if finite else None
    if best_earlier is None or (value >= best_earlier if maximize else value <= best_earlier):
        return False  # the best so far at this step is never stopped
    averages = [v for v in running_averages if not math.isnan(v)]
    if not averages:
        return False
    median = statistics.median(averages)
    return value < median if maximize else value > median


class MedianValuePruner(EarlierJobsPruner):
    """Optuna's median rule with a late warm-up (`median-value`, the default): stop when the
    job's best value so far is worse than the median of earlier jobs' values at the step. (A
    job that is the best at the step is above that median: the guard holds by construction.)

    Why the default (bench/search_quality.py, 5 seeds, docs/performance.md): it saves 33-41%
    of Random's boosting rounds and 32-46% of Bayesian's, in every seed, and keeps Random's
    best AUC in every seed; Bayesian's best moved by 0, -0.19, +0.10, -0.35 and -0.36%. AWS's
    rule saves 2-14%, since running averages lag a rising curve. `best-in-reach` never
    stopped a best job when replayed, but it stops 85% of jobs, and Bayesian's sampler, which
    ranks every stopped job below every completed one, then learns from a different set of
    good jobs: its best moved by -0.04 to -0.61% in 4 of 5 seeds."""

    def __init__(self, *, warmup_fraction: float = VALUE_RULE_WARMUP_FRACTION, **kw: Any) -> None:
        super().__init__(warmup_fraction=warmup_fraction, **kw)

    def _decide(
        self, trial: FrozenTrial, step: int, earlier: list[Curve], *, maximize: bool
    ) -> bool:
        reached = self._reached(earlier, step)
        if not reached:
            return False
        values = trial.intermediate_values.items()
        so_far = [v for s, v in values if s <= step and not math.isnan(v)]
        at_step = [v for v in (curve.values[step] for curve in reached) if not math.isnan(v)]
        if not so_far or not at_step:
            return False
        best, median = (max if maximize else min)(so_far), statistics.median(at_step)
        return best < median if maximize else best > median


class BestInReachPruner(EarlierJobsPruner):
    """`best-in-reach`: stop a job when, gaining from this step to its end as much as the
    most any earlier completed job gained from the same step to its end, it would still end
    worse than the best objective of the earlier jobs.

    Why: what early stopping must not lose is the best job, and a median says nothing about
    the best (a slow starter below the median may become it), while the earlier jobs' own
    curves say how far a job can still climb from a given round. The reach is wide while
    many rounds remain and narrows as they run out: a poor job stops at the warm-up's end, a
    close one runs on. Only completed jobs measure the climb (a stopped job's curve ends
    early); a stopped job's last value is still an objective to reach. Replayed on recorded
    searches it never stopped the job that would have been the best (the median of values
    did once, -0.55%), and live it keeps Random's best in every seed at 34-43% of the rounds
    saved; with Bayesian it loses through the sampler (see MedianValuePruner), so it is not
    the default.
    """

    def __init__(self, *, warmup_fraction: float = REACH_RULE_WARMUP_FRACTION, **kw: Any) -> None:
        super().__init__(warmup_fraction=warmup_fraction, **kw)

    def _decide(
        self, trial: FrozenTrial, step: int, earlier: list[Curve], *, maximize: bool
    ) -> bool:
        sign = 1.0 if maximize else -1.0  # compare as if maximizing
        completed = [c for c in earlier if c.completed and step in c.values]
        gains = [sign * (c.objective - c.values[step]) for c in completed]
        finite = [g for g in gains if not math.isnan(g)]
        if len(finite) < self.min_earlier_jobs:
            return False
        objectives = [sign * c.objective for c in earlier if not math.isnan(c.objective)]
        reach = sign * trial.intermediate_values[step] + max(0.0, *finite)
        return reach < max(objectives)


class Curve:
    """A finished job's objective by step, with its running averages and its objective."""

    def __init__(self, trial: FrozenTrial) -> None:
        self.values = dict(trial.intermediate_values)
        self.steps = sorted(self.values)
        self.sums = list(accumulate(self.values[s] for s in self.steps))
        self.last_step = self.steps[-1]
        self.completed = trial.state == TrialState.COMPLETE
        # openamt tells a stopped job as PRUNED with no value: its last value is its
        # objective (an early-stopped job keeps it, BEHAVIOUR.md).
        self.objective = trial.value if trial.value is not None else self.values[self.last_step]

    def running_average(self, step: int) -> float:
        """Mean of the values reported at steps <= `step`."""
        count = bisect.bisect_right(self.steps, step)
        return self.sums[count - 1] / count if count else math.nan


RULES: dict[str, Callable[[], EarlierJobsPruner]] = {
    "running-average": RunningAverageMedianPruner,
    "median-value": MedianValuePruner,
    "best-in-reach": BestInReachPruner,
}
