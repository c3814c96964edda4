"""AMT's early stopping (`TrainingJobEarlyStoppingType: Auto`) as an Optuna pruner.

AWS documents the rule: after each epoch, compare the job's objective with the median of
the running averages of the objective of all earlier training jobs up to the same epoch,
and stop the job when it is worse. Optuna's MedianPruner compares raw values at the step,
not running averages, hence this class.
"""

from __future__ import annotations

import statistics

import optuna
from optuna.pruners import BasePruner
from optuna.study import StudyDirection
from optuna.trial import FrozenTrial, TrialState

# Decision (BEHAVIOUR.md): the rule acts once at least this many earlier jobs reached the step.
MIN_EARLIER_JOBS = 5


class RunningAverageMedianPruner(BasePruner):
    def __init__(self, *, min_earlier_jobs: int = MIN_EARLIER_JOBS, warmup_steps: int = 1):
        self.min_earlier_jobs = min_earlier_jobs
        self.warmup_steps = warmup_steps

    def prune(self, study: optuna.Study, trial: FrozenTrial) -> bool:
        step = trial.last_step
        if step is None or step < self.warmup_steps:
            return False
        value = trial.intermediate_values[step]
        earlier = study.get_trials(deepcopy=False, states=(TrialState.COMPLETE, TrialState.PRUNED))
        averages = [
            running_average(t, step)
            for t in earlier
            if t.number < trial.number and step in t.intermediate_values
        ]
        if len(averages) < self.min_earlier_jobs:
            return False
        median = statistics.median(averages)
        if study.direction == StudyDirection.MAXIMIZE:
            return value < median
        return value > median


def running_average(trial: FrozenTrial, step: int) -> float:
    values = [v for s, v in trial.intermediate_values.items() if s <= step]
    return sum(values) / len(values)
