"""The strategies' behaviours, on Optuna studies built by hand (fast: no training).

Reproducible seeded suggestions, parallel suggestions kept apart, the shared search-space
cache, and log / reverse-log ranges (the early-stopping rules' decisions are in
test_pruners.py). The end-to-end versions (through the API, real XGBoost) are in
test_e2e_xgboost.py and test_e2e_criteria.py; the figures are bench/search_quality.py's.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import optuna
import pytest
from optuna.distributions import FloatDistribution, IntDistribution
from optuna.samplers import TPESampler

from app.tuning.schemas import ParameterRanges
from app.tuning.search_space import build_search_space
from app.tuning.strategies import (
    HYPERBAND_REDUCTION_FACTOR,
    STRATEGIES,
    TuningPlan,
    startup_trials,
    trial_seed,
)

optuna.logging.set_verbosity(optuna.logging.WARNING)


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


# --- Hyperband's rungs ------------------------------------------------------------------------


def test_hyperband_stops_trials_only_at_its_rungs() -> None:
    """MinResource 1, MaxResource 27 and openamt's reduction factor 3: Optuna's Hyperband runs
    four brackets of successive halving, the first judging from step 1, the last from step 27;
    a trial is judged, and stopped, only at a rung MinResource x 3^k: 1, 3, 9 or 27."""
    plan = TuningPlan(max_training_jobs=60, max_parallel=1, random_seed=1, early_stopping=False,
                      min_resource=1, max_resource=27)  # fmt: skip
    study = optuna.create_study(study_name="rungs", direction="maximize",
                                pruner=STRATEGIES["Hyperband"].make_pruner(plan))  # fmt: skip
    rates = np.random.default_rng(0).uniform(0.01, 0.1, size=60)
    stopped_at = []
    for rate in rates:
        trial = study.ask()
        for step in range(1, 28):
            trial.report(rate * step, step)
            if trial.should_prune():
                stopped_at.append(step)
                study.tell(trial, state=optuna.trial.TrialState.PRUNED)
                break
        else:
            study.tell(trial, rate * 27)
    assert HYPERBAND_REDUCTION_FACTOR == 3
    assert set(stopped_at) <= {1, 3, 9, 27}
    assert {1, 3, 9} <= set(stopped_at)  # each bracket but the last stopped some below 27
    assert len(stopped_at) < len(rates)  # and the best of each rung ran on to 27


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
