"""The strategies' behaviours, on Optuna studies built by hand (fast: no training).

The median rule's decisions on a constructed history, reproducible seeded suggestions,
parallel suggestions kept apart, the shared search-space cache, and log / reverse-log
ranges. The end-to-end versions (through the API, real XGBoost) are in test_e2e_xgboost.py
and test_e2e_criteria.py; the figures are bench/search_quality.py's.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import optuna
import pytest
from optuna.distributions import FloatDistribution, IntDistribution
from optuna.samplers import TPESampler
from optuna.trial import TrialState, create_trial

from app.tuning.pruners import MedianValuePruner, RunningAverageMedianPruner, should_stop
from app.tuning.schemas import ParameterRanges
from app.tuning.search_space import build_search_space
from app.tuning.strategies import STRATEGIES, TuningPlan, startup_trials, trial_seed

optuna.logging.set_verbosity(optuna.logging.WARNING)


# --- The median rule -------------------------------------------------------------------------


def history(
    direction: str,
    curves: list[list[float]],
    kind: type[RunningAverageMedianPruner] = RunningAverageMedianPruner,
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


# --- Reproducibility and parallel suggestions --------------------------------------------------

DISTRIBUTIONS = {
    "max_depth": IntDistribution(2, 10),
    "eta": FloatDistribution(0.01, 0.5, log=True),
    "subsample": FloatDistribution(0.5, 1.0),
}


def objective(params: dict[str, Any]) -> float:
    return -((math.log(params["eta"]) + 2.3) ** 2) - (params["max_depth"] - 6) ** 2 / 8


def suggest(study: optuna.Study, strategy: str, plan: TuningPlan, sequence: int) -> Any:
    """One suggestion as scheduler._launch makes it: a fresh sampler seeded by launch number."""
    study.sampler = STRATEGIES[strategy].make_sampler(plan, trial_seed(plan, sequence))
    return study.ask(DISTRIBUTIONS)


def seeded_search(strategy: str, *, trials: int, seed: int | None) -> list[dict[str, Any]]:
    plan = TuningPlan(max_training_jobs=trials, max_parallel=1, random_seed=seed,
                      early_stopping=False)  # fmt: skip
    study = optuna.create_study(direction="maximize")
    for sequence in range(1, trials + 1):
        trial = suggest(study, strategy, plan, sequence)
        study.tell(trial, objective(trial.params))
    return [t.params for t in study.trials]


@pytest.mark.parametrize("strategy", ["Bayesian", "Random", "Hyperband"])
def test_a_seeded_search_suggests_the_same_hyperparameters_in_the_same_order(
    strategy: str,
) -> None:
    # 25 trials: past the 5 random startup trials, the model chooses 20.
    first = seeded_search(strategy, trials=25, seed=11)
    assert first == seeded_search(strategy, trials=25, seed=11)
    assert first != seeded_search(strategy, trials=25, seed=12)


def test_parallel_suggestions_do_not_collapse_onto_each_other() -> None:
    plan = TuningPlan(max_training_jobs=40, max_parallel=4, random_seed=3, early_stopping=False)
    study = optuna.create_study(direction="maximize")
    done = startup_trials(plan) + 10
    for sequence in range(1, done + 1):
        trial = suggest(study, "Bayesian", plan, sequence)
        study.tell(trial, objective(trial.params))
    # Four launched together, as advance() does for four free slots: none told yet.
    pending = [suggest(study, "Bayesian", plan, done + k).params for k in range(1, 5)]
    points = np.array([unit_point(p) for p in pending])
    gaps = [np.linalg.norm(a - b) for i, a in enumerate(points) for b in points[i + 1 :]]
    assert len({tuple(sorted(p.items())) for p in pending}) == 4
    assert min(gaps) > 0.02, f"parallel suggestions too close: {pending}"


def unit_point(params: dict[str, Any]) -> np.ndarray:
    """A suggestion in the unit cube of the (warped) search space."""
    out = []
    for name, d in DISTRIBUTIONS.items():
        low, high, value = float(d.low), float(d.high), float(params[name])  # type: ignore[attr-defined]
        if getattr(d, "log", False):
            low, high, value = math.log(low), math.log(high), math.log(value)
        out.append((value - low) / (high - low))
    return np.array(out)


def test_bayesian_suggests_what_optunas_multivariate_tpe_suggests() -> None:
    """The per-process search-space cache changes the cost of a suggestion, not its result."""
    plan = TuningPlan(max_training_jobs=30, max_parallel=1, random_seed=5, early_stopping=False)
    ours = optuna.create_study(direction="maximize")
    plain = optuna.create_study(direction="maximize")
    for sequence in range(1, 21):
        seed = trial_seed(plan, sequence)
        a = suggest(ours, "Bayesian", plan, sequence)
        plain.sampler = TPESampler(
            seed=seed, n_startup_trials=startup_trials(plan), multivariate=True
        )
        b = plain.ask(DISTRIBUTIONS)
        assert a.params == b.params
        ours.tell(a, objective(a.params))
        plain.tell(b, objective(b.params))


def test_a_study_created_again_under_its_name_gets_a_fresh_search_space() -> None:
    storage = optuna.storages.InMemoryStorage()
    plan = TuningPlan(max_training_jobs=10, max_parallel=1, random_seed=1, early_stopping=False)
    study = optuna.create_study(study_name="job", storage=storage, direction="maximize")
    for sequence in range(1, 8):
        trial = suggest(study, "Bayesian", plan, sequence)
        study.tell(trial, objective(trial.params))
    optuna.delete_study(study_name="job", storage=storage)
    again = optuna.create_study(study_name="job", storage=storage, direction="maximize")
    other = {"depth": IntDistribution(1, 3), "rate": FloatDistribution(0.1, 0.2)}
    for sequence in range(1, 8):
        again.sampler = STRATEGIES["Bayesian"].make_sampler(plan, trial_seed(plan, sequence))
        trial = again.ask(other)
        again.tell(trial, trial.params["rate"])
    sampler = STRATEGIES["Bayesian"].make_sampler(plan, 1)
    assert set(sampler.infer_relative_search_space(again, again.trials[-1])) == {"depth", "rate"}


# --- Scaling types ---------------------------------------------------------------------------


def space_of(ranges: dict[str, Any]) -> Any:
    return build_search_space(ParameterRanges.model_validate(ranges), field="ParameterRanges")


def test_logarithmic_is_optunas_log_warp_for_integers_and_reals() -> None:
    space = space_of(
        {
            "IntegerParameterRanges": [
                {"Name": "n", "MinValue": "1", "MaxValue": "1000", "ScalingType": "Logarithmic"}
            ],
            "ContinuousParameterRanges": [
                {"Name": "eta", "MinValue": "0.001", "MaxValue": "1", "ScalingType": "Auto"}
            ],
        }
    )
    assert space.distributions == {
        "n": IntDistribution(1, 1000, log=True),
        "eta": FloatDistribution(0.001, 1.0, log=True),
    }


def test_reverse_logarithmic_is_dense_near_one_and_reaches_the_algorithm_in_range() -> None:
    space = space_of(
        {
            "ContinuousParameterRanges": [
                {
                    "Name": "momentum",
                    "MinValue": "0.5",
                    "MaxValue": "0.999",
                    "ScalingType": "ReverseLogarithmic",
                }  # fmt: skip
            ]
        }
    )
    study = optuna.create_study(sampler=optuna.samplers.RandomSampler(seed=0))
    values = []
    for _ in range(400):
        trial = study.ask(space.distributions)
        values.append(float(space.to_hyperparameters(trial.params)["momentum"]))
        study.tell(trial, 0.0)
    assert min(values) >= 0.5 and max(values) <= 0.999
    # Uniform in log(1 - x): half the values above 1 - sqrt(0.5 * 0.001) ~ 0.978.
    assert 0.4 < np.mean(np.array(values) > 0.978) < 0.6


def test_the_optuna_trial_states_the_pruner_reads() -> None:
    # openamt tells an early-stopped job as PRUNED with its last value (studies.tell):
    # the rule counts such jobs at the steps they reached.
    study = history("maximize", RISING, warmup_fraction=0)
    trial = study.ask()
    trial.report(0.1, 1)
    trial.report(0.1, 2)
    study.tell(trial, state=TrialState.PRUNED)
    assert judged(study, [0.2, 0.2])[-1] is True
