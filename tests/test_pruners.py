"""The early-stopping rules' decisions (app/tuning/pruners.py), on Optuna studies built by
hand in memory: earlier finished jobs with chosen curves, then a new job reported step by step.
The end-to-end version (through the API) is in test_e2e_criteria.py; the figures are
bench/search_quality.py's.
"""

from __future__ import annotations

import math
from types import SimpleNamespace
from typing import Any

import optuna
import pytest
from optuna.trial import TrialState, create_trial
from sqlalchemy.exc import OperationalError

from app.config import Settings
from app.tuning.early_stopping import EarlyStopping
from app.tuning.pruners import (
    RULES,
    BestInReachPruner,
    EarlierJobsPruner,
    MedianValuePruner,
    RunningAverageMedianPruner,
    should_stop,
)
from app.tuning.strategies import STRATEGIES, TuningPlan

optuna.logging.set_verbosity(optuna.logging.WARNING)


# --- AWS's rule (running-average) and the median of values (median-value) ------------------


def history(
    direction: str,
    curves: list[list[float]],
    kind: type[EarlierJobsPruner] = RunningAverageMedianPruner,
    **pruner: Any,
) -> optuna.Study:
    """A study whose finished trials have these curves (step 1, 2, ...)."""
    study = optuna.create_study(direction=direction, pruner=kind(**pruner))
    study.add_trials(
        [
            create_trial(
                value=curve[-1],
                intermediate_values={step: v for step, v in enumerate(curve, start=1)},
            )
            for curve in curves
        ]
    )
    return study


def judged(study: optuna.Study, curve: list[float]) -> list[bool]:
    """The pruner's decision after each step of a new job with this curve."""
    trial = study.ask()
    decisions = []
    for step, value in enumerate(curve, start=1):
        trial.report(value, step)
        decisions.append(trial.should_prune())
    return decisions


# Five earlier jobs over 4 steps; running averages at step 3: 0.2, 0.4, 0.6, 0.8, 1.0
RISING = [[0.1 * k, 0.2 * k, 0.3 * k, 0.4 * k] for k in range(1, 6)]


def test_a_job_below_the_median_of_running_averages_is_stopped() -> None:
    study = history("maximize", RISING, warmup_fraction=0)
    # Median of the running averages at step s: 0.15 * (s + 1), i.e. 0.3, 0.45, 0.6.
    assert judged(study, [0.35, 0.5, 0.55]) == [False, False, True]


def test_the_rule_compares_with_running_averages_not_with_values_at_the_step() -> None:
    study = history("maximize", RISING, warmup_fraction=0)
    # At step 3 the earlier jobs' median value is 0.9, their median running average 0.6:
    # a job at 0.7 is below the first and above the second, and AWS's rule keeps it.
    assert judged(study, [0.4, 0.5, 0.7]) == [False, False, False]


def test_minimize_stops_a_job_above_the_median() -> None:
    falling = [[1 - v for v in curve] for curve in RISING]
    study = history("minimize", falling, warmup_fraction=0)
    # Running averages at step 2: 0.85, 0.7, 0.55, 0.4, 0.25; median 0.55.
    assert judged(study, [0.5, 0.6]) == [False, True]


def test_nothing_is_stopped_before_five_earlier_jobs_reached_the_step() -> None:
    study = history("maximize", RISING[:4], warmup_fraction=0)
    assert judged(study, [0.0, 0.0, 0.0, 0.0]) == [False] * 4
    # Five earlier jobs, but only four reached step 3 (one was stopped at step 2).
    study = history("maximize", [*RISING[:4], [0.5, 0.6]], warmup_fraction=0)
    assert judged(study, [0.5, 0.6, 0.0]) == [False, False, False]


def test_no_stop_during_the_warm_up() -> None:
    long = [[0.1 * k] * 40 for k in range(1, 6)]  # 40 steps: warm-up 10% is 4 steps
    study = history("maximize", long, warmup_fraction=0.1)
    assert judged(study, [0.0] * 5) == [False, False, False, True, True]


def test_the_best_job_so_far_at_a_step_is_never_stopped() -> None:
    # Earlier jobs peaked early and fell: at step 4 their running averages (~0.7..0.9) are
    # above every value they had at that step (0.45..0.65).
    peaked = [[0.6 + d, 0.9 + d, 0.7 + d, 0.45 + d] for d in (0.0, 0.05, 0.1, 0.15, 0.2)]
    study = history("maximize", peaked, warmup_fraction=0)
    # 0.66 at step 4 is below the median running average (0.7625) but better than any earlier
    # job at step 4 (at most 0.65): it is not stopped. 0.6 is neither, and is stopped.
    assert judged(study, [0.8, 1.2, 0.95, 0.66]) == [False, False, False, False]
    assert judged(study, [0.8, 1.2, 0.95, 0.6]) == [False, False, False, True]


def test_should_stop_on_its_own() -> None:
    averages = [0.5, 0.6, 0.7]
    assert should_stop(0.55, at_step=[0.6, 0.7, 0.8], running_averages=averages, maximize=True)
    assert not should_stop(0.65, at_step=[0.6, 0.7, 0.8], running_averages=averages, maximize=True)
    assert not should_stop(0.9, at_step=[0.6, 0.7, 0.8], running_averages=[1, 1, 1], maximize=True)
    assert not should_stop(0.5, at_step=[], running_averages=[], maximize=False)
    assert not should_stop(0.5, at_step=[math.nan], running_averages=[math.nan], maximize=True)


def test_the_value_rule_compares_the_best_so_far_with_values_at_the_step() -> None:
    study = history("maximize", RISING, MedianValuePruner, warmup_fraction=0)
    # Median value at step s: 0.3 * s. The job AWS's rule keeps (above) is stopped at step 2:
    # 0.5 is below 0.6.
    assert judged(study, [0.4, 0.5, 0.7]) == [False, True, True]
    peaked = [[0.6 + d, 0.9 + d, 0.7 + d, 0.45 + d] for d in (0.0, 0.05, 0.1, 0.15, 0.2)]
    study = history("maximize", peaked, MedianValuePruner, warmup_fraction=0)
    # Medians by step 0.7, 1.0, 0.8, 0.55: a job that fell to 0.5 and 0.4 after its best so
    # far (1.05) beat the medians is kept; one whose best is 0.95 is stopped at step 2.
    assert judged(study, [0.8, 1.05, 0.5, 0.4]) == [False] * 4
    assert judged(study, [0.8, 0.95]) == [False, True]


def test_the_value_rule_waits_for_30_percent_of_the_rounds() -> None:
    long = [[0.1 * k] * 20 for k in range(1, 6)]  # 20 steps: the warm-up is 6 steps
    study = history("maximize", long, MedianValuePruner)
    assert judged(study, [0.0] * 7) == [False] * 5 + [True, True]


def test_the_value_rule_minimizes() -> None:
    falling = [[1 - v for v in curve] for curve in RISING]
    study = history("minimize", falling, MedianValuePruner, warmup_fraction=0)
    # Medians by step 0.7, 0.4: a best so far of 0.45 at step 2 is worse; 0.3 is not.
    assert judged(study, [0.5, 0.45]) == [False, True]
    assert judged(study, [0.3, 0.45]) == [False, False]


def test_running_jobs_and_later_jobs_do_not_count() -> None:
    study = history("maximize", RISING[:4], warmup_fraction=0)
    running = study.ask()  # an earlier job still running: not in the median
    running.report(0.9, 1)
    assert judged(study, [0.0, 0.0]) == [False, False]


def test_the_optuna_trial_states_the_pruner_reads() -> None:
    # openamt tells an early-stopped job as PRUNED with its last value (studies.tell):
    # the rule counts such jobs at the steps they reached.
    study = history("maximize", RISING, warmup_fraction=0)
    trial = study.ask()
    trial.report(0.1, 1)
    trial.report(0.1, 2)
    study.tell(trial, state=TrialState.PRUNED)
    assert judged(study, [0.2, 0.2])[-1] is True


# --- The best in reach (best-in-reach) -------------------------------------------------------

# Five earlier completed jobs over 4 steps. The best ended at 0.9; the steepest climbed 0.78
# from step 1 to its end, 0.58 from step 2, 0.28 from step 3 (the others at most 0.3, 0.2, 0.1).
EARLIER = [
    [0.4, 0.5, 0.6, 0.7],
    [0.5, 0.6, 0.7, 0.8],
    [0.6, 0.7, 0.8, 0.9],
    [0.3, 0.35, 0.4, 0.45],
    [0.1, 0.3, 0.6, 0.88],
]


def reach_history(direction: str = "maximize", curves: list[list[float]] = EARLIER) -> optuna.Study:
    return history(direction, curves, BestInReachPruner, warmup_fraction=0)


def stopped_job(values: list[float]) -> optuna.trial.FrozenTrial:
    """An earlier early-stopped job as openamt tells it: PRUNED, no value of its own."""
    return create_trial(
        state=TrialState.PRUNED,
        intermediate_values={step: v for step, v in enumerate(values, start=1)},
    )


def test_a_job_that_cannot_catch_the_best_is_stopped_even_above_the_median() -> None:
    # At step 3, 0.61 is above the median of earlier values (0.6), but 0.61 + 0.28 < 0.9.
    rising = [0.5, 0.55, 0.61]
    assert judged(reach_history(), rising) == [False, False, True]
    median_of_values = history("maximize", EARLIER, MedianValuePruner, warmup_fraction=0)
    assert judged(median_of_values, rising) == [False, False, False]


def test_a_slow_starter_within_reach_of_the_best_runs_on_even_below_the_median() -> None:
    # 0.15 at step 1 is below the median (0.4), but 0.15 + 0.78 > 0.9, and so on each step.
    slow = [0.15, 0.35, 0.65, 0.95]
    assert judged(reach_history(), slow) == [False] * 4
    median_of_values = history("maximize", EARLIER, MedianValuePruner, warmup_fraction=0)
    assert judged(median_of_values, slow)[0] is True


def test_the_reach_narrows_as_the_rounds_run_out() -> None:
    # In reach while there are rounds to climb (0.7 + 0.28 at step 3), out of it at the end.
    assert judged(reach_history(), [0.55, 0.65, 0.7, 0.75]) == [False, False, False, True]


def test_the_best_in_reach_minimizes() -> None:
    falling = [[1 - v for v in curve] for curve in EARLIER]  # the best ended at 0.1
    assert judged(reach_history("minimize", falling), [0.5, 0.45, 0.39]) == [False, False, True]
    assert judged(reach_history("minimize", falling), [0.85, 0.65, 0.35, 0.05]) == [False] * 4


def test_only_completed_jobs_measure_the_climb() -> None:
    # Four completed jobs and one stopped at step 2: too few to say how far a job can climb.
    study = reach_history(curves=EARLIER[:4])
    study.add_trial(stopped_job([0.1, 0.3]))
    assert judged(study, [0.0, 0.0, 0.0, 0.0]) == [False] * 4


def test_a_stopped_jobs_last_value_is_an_objective_to_reach() -> None:
    # 0.64 + 0.28 reaches the completed jobs' best (0.9) but not a stopped job's 0.95.
    assert judged(reach_history(), [0.5, 0.55, 0.64]) == [False, False, False]
    study = reach_history()
    study.add_trial(stopped_job([0.6, 0.95]))
    assert judged(study, [0.5, 0.55, 0.64]) == [False, False, True]


def test_the_best_in_reach_waits_for_the_warm_up() -> None:
    flat = [[0.1 * k] * 100 for k in range(1, 6)]  # 100 steps: the default warm-up is 20
    study = history("maximize", flat, BestInReachPruner)
    assert judged(study, [0.0] * 21) == [False] * 19 + [True, True]
    study = history("maximize", flat, BestInReachPruner, warmup_fraction=0.1)
    assert judged(study, [0.0] * 11) == [False] * 9 + [True, True]


def test_a_nan_is_not_judged() -> None:
    assert judged(reach_history(), [0.0, math.nan, 0.0]) == [True, False, True]


# --- The rules by name ------------------------------------------------------------------------


def test_each_rule_has_a_name_and_awss_documented_rule_keeps_its_own() -> None:
    assert {
        "running-average": RunningAverageMedianPruner,
        "median-value": MedianValuePruner,
        "best-in-reach": BestInReachPruner,
    } == RULES
    assert Settings.model_fields["early_stopping_rule"].default == "median-value"


@pytest.mark.parametrize("rule", list(RULES))
def test_a_plan_gets_the_pruner_its_rule_names(rule: str) -> None:
    plan = TuningPlan(max_training_jobs=9, max_parallel=1, random_seed=1, early_stopping=True,
                      early_stopping_rule=rule)  # fmt: skip
    assert type(STRATEGIES["Random"].make_pruner(plan)) is RULES[rule]
    off = TuningPlan(max_training_jobs=9, max_parallel=1, random_seed=1, early_stopping=False)
    assert STRATEGIES["Random"].make_pruner(off) is None


def test_a_plan_frozen_before_the_setting_existed_keeps_awss_rule() -> None:
    plan = TuningPlan(max_training_jobs=9, max_parallel=1, random_seed=1, early_stopping=True)
    assert type(STRATEGIES["Bayesian"].make_pruner(plan)) is RunningAverageMedianPruner


# --- a report through a dropped database connection ------------------------------------------


class DropsOnce(optuna.storages.InMemoryStorage):
    """A storage whose first write of an intermediate value fails as a dropped connection
    reaches Optuna's RDBStorage: StorageInternalError from SQLAlchemy's OperationalError."""

    def __init__(self) -> None:
        super().__init__()
        self.dropped = 0

    def set_trial_intermediate_value(self, trial_id: int, step: int, value: float) -> None:
        if not self.dropped:
            self.dropped += 1
            cause = OperationalError("UPDATE", {}, Exception("server closed the connection"))
            raise optuna.exceptions.StorageInternalError("commit failed") from cause
        super().set_trial_intermediate_value(trial_id, step, value)


def test_a_report_through_a_dropped_connection_is_retried_not_the_jobs_failure() -> None:
    storage = DropsOnce()
    study = optuna.create_study(storage=storage, pruner=optuna.pruners.NopPruner())
    plan: Any = SimpleNamespace(strategy="Random")  # what the judge reads of a plan, Random's
    judge = EarlyStopping(plan, study.ask())

    assert judge.observe(0.5, 1) is None
    assert storage.dropped == 1
    assert study.trials[0].intermediate_values == {1: 0.5}
