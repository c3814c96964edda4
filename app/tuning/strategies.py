"""Strategies are a registry: each maps a tuning job's config to an Optuna sampler and pruner.

Adding a strategy is one entry here and its test. The sampler is built afresh for every
suggestion with a seed derived from (RandomSeed, launch number): the same job with the same
RandomSeed suggests the same hyperparameters in the same order, and no two suggestions of
a seeded job reuse one random stream.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import optuna
from optuna.distributions import BaseDistribution
from optuna.exceptions import ExperimentalWarning
from optuna.pruners import BasePruner, HyperbandPruner
from optuna.samplers import BaseSampler, RandomSampler, TPESampler
from optuna.search_space import IntersectionSearchSpace
from optuna.trial import FrozenTrial

from app.tuning.pruners import RULES

HYPERBAND_REDUCTION_FACTOR = 3


@dataclass(frozen=True)
class TuningPlan:
    """What the sampler and pruner need to know about a tuning job."""

    max_training_jobs: int
    max_parallel: int
    random_seed: int | None
    early_stopping: bool  # TrainingJobEarlyStoppingType == "Auto"
    min_resource: int | None = None  # Hyperband
    max_resource: int | None = None
    # The operator's choices when the job was created (frozen in its plan):
    bayesian_model: str = "tpe"  # OPENAMT_BAYESIAN_SAMPLER: tpe (default) or gp (needs torch)
    # OPENAMT_EARLY_STOPPING_RULE, a name in app.tuning.pruners.RULES. A plan frozen before
    # the setting existed was watched by AWS's rule, the only one then.
    early_stopping_rule: str = "running-average"


def trial_seed(plan: TuningPlan, sequence: int) -> int | None:
    # Consecutive seeds give independent streams: NumPy's RandomState scrambles its seed
    # (Knuth's initialisation of MT19937), so first draws of nearby seeds are not correlated
    # (measured over 2,000 RandomSeeds x 6 launches: a two-way choice repeats at the next
    # launch 49.8% of the time, six times in a row 3.5%, against 50% and 3.1% by chance).
    if plan.random_seed is None:
        return None
    return (plan.random_seed * 1_000_003 + sequence) % 2**32


def startup_trials(plan: TuningPlan) -> int:
    """Random trials before the model takes over: proportional to the budget, at least 5."""
    return max(5, min(20, plan.max_training_jobs // 5))


def bayesian_sampler(
    plan: TuningPlan, seed: int | None, space: IntersectionSearchSpace | None = None
) -> BaseSampler:
    if plan.bayesian_model == "gp":
        # Opt-in (bench/samplers.py): a better best after 40 trials on most seeds, no fewer
        # trials to Random's best, ~100x the suggestion time of TPE, and torch to install.
        from optuna.samplers import GPSampler

        return GPSampler(seed=seed, n_startup_trials=startup_trials(plan))
    # multivariate models interactions (max_depth x eta); constant_liar keeps parallel
    # suggestions apart by treating running trials as if they had a poor result (at
    # parallel 1 nothing else runs, and the liar would cost a storage read per ask). No
    # `group`: a tuning job asks every trial with the same ranges, so there is one group, and
    # decomposing it costs O(trials) per ask. Optuna marks `multivariate` experimental; we pin
    # Optuna and test the behaviour.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ExperimentalWarning)
        return FixedSpaceTPESampler(
            space or IntersectionSearchSpace(include_pruned=True),
            seed=seed,
            n_startup_trials=startup_trials(plan),
            multivariate=True,
            constant_liar=plan.max_parallel > 1,
        )


class FixedSpaceTPESampler(TPESampler):
    """TPE whose search space (the ranges every finished trial shares) is kept per tuning job
    and process (app/tuning/studies.py hands it in).

    The scheduler builds a fresh sampler for every suggestion (seeded by launch number), so
    Optuna's own per-sampler cache of the intersection would be lost each time, and
    recomputing it compares every trial's distributions: ~60 ms at 1,000 trials. The kept one
    is incremental (only trials newer than the last look are compared), as Optuna's is.
    """

    def __init__(self, space: IntersectionSearchSpace, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._kept_space = space

    def infer_relative_search_space(
        self, study: optuna.Study, trial: FrozenTrial
    ) -> dict[str, BaseDistribution]:
        space = self._kept_space.calculate(study, use_cache=True)
        return {name: d for name, d in space.items() if not d.single()}


def random_sampler(
    plan: TuningPlan, seed: int | None, space: IntersectionSearchSpace | None = None
) -> BaseSampler:
    return RandomSampler(seed=seed)


def early_stopping_auto(plan: TuningPlan) -> BasePruner | None:
    if not plan.early_stopping:
        return None
    return RULES[plan.early_stopping_rule]()


def hyperband(plan: TuningPlan) -> BasePruner | None:
    assert plan.min_resource is not None and plan.max_resource is not None
    return HyperbandPruner(
        min_resource=plan.min_resource,
        max_resource=plan.max_resource,
        reduction_factor=HYPERBAND_REDUCTION_FACTOR,
    )


@dataclass(frozen=True)
class Strategy:
    # (plan, seed, the job's kept search space) -> a sampler for one suggestion
    make_sampler: Callable[[TuningPlan, int | None, IntersectionSearchSpace | None], BaseSampler]
    make_pruner: Callable[[TuningPlan], BasePruner | None]
    # Grid fixes each trial's parameters itself (enqueued combinations); see scheduler.
    enumerates_grid: bool = False


STRATEGIES: dict[str, Strategy] = {
    "Bayesian": Strategy(bayesian_sampler, early_stopping_auto),
    "Random": Strategy(random_sampler, early_stopping_auto),
    "Grid": Strategy(random_sampler, early_stopping_auto, enumerates_grid=True),
    "Hyperband": Strategy(bayesian_sampler, hyperband),
}
