"""Which sampler and which early-stopping settings openamt should use, in a fast loop.

    python bench/samplers.py [--seeds 7] [--trials 60] [--samplers Random,TPE,...]
                             [--early-stopping] [--processes 2] [--quick]

The issue's problem (20,000 rows x 30 features, 3% positives, bench.common; a fresh dataset
per seed), searched in this process with plain Optuna (no server), once per sampler and seed:
XGBoost as the built-in trains it (`xgboost.train`, binary:logistic, nthread 1, 100 rounds),
validation AUC rounded to the 5 decimals the built-in prints, maximised over the fraud
example's ranges (examples/fraud: max_depth, eta, gamma, subsample; scale_pos_weight 10).

Every sampler is built afresh before each ask, seeded by (seed, launch number), as openamt's
scheduler does (app.tuning.strategies). TPE and GP take their first startup points from a
RandomSampler with that same seed, so they try Random's opening points in a given seed and
differ only where the model takes over.

The bar of a seed is Random's best after the whole budget in that seed (as
bench/search_quality.py). Per sampler: the median over seeds of the jobs needed to reach it
(inf = not within the budget), the per-seed counts, the median best, and suggestion time.

`--early-stopping` reports the validation AUC after every round to a median-rule pruner
(app.tuning.pruners, variants in PRUNERS) and stops the trial when it says so, as openamt's
runner does; a stopped trial is PRUNED for the sampler and its last value counts toward the
best (AWS keeps an early-stopped job's last objective). It prints the rounds saved and the
best's change against the same sampler without early stopping, in the same seed.

GPSampler needs torch (the CPU build is enough): `pip install -e '.[gp]'`.
"""

from __future__ import annotations

import argparse
import math
import os
import pickle
import sys
import time
import warnings
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import optuna
import xgboost as xgb
from optuna.distributions import BaseDistribution, FloatDistribution, IntDistribution
from optuna.pruners import BasePruner
from optuna.samplers import BaseSampler, TPESampler
from optuna.trial import TrialState
from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `python bench/<name>.py` from anywhere: bench.*, app.* below

from app.tuning.pruners import (  # noqa: E402
    MIN_EARLIER_JOBS,
    VALUE_RULE_WARMUP_FRACTION,
    WARMUP_FRACTION,
    MedianValuePruner,
    RunningAverageMedianPruner,
)
from app.tuning.strategies import (  # noqa: E402
    TuningPlan,
    bayesian_sampler,
    random_sampler,
    startup_trials,
    trial_seed,
)
from bench.common import imbalanced_split  # noqa: E402

# The fraud example's ranges (examples/fraud/tuning-job.json), integer first, as openamt orders.
DISTRIBUTIONS: dict[str, BaseDistribution] = {
    "max_depth": IntDistribution(2, 8),
    "eta": FloatDistribution(0.05, 0.5, log=True),
    "gamma": FloatDistribution(0.0, 5.0),
    "subsample": FloatDistribution(0.5, 1.0),
}
STATIC = {"objective": "binary:logistic", "scale_pos_weight": 10, "eval_metric": "auc"}

console = Console(width=None if sys.stdout.isatty() else 200)


# --- Samplers ----------------------------------------------------------------------------------


def tpe(plan: TuningPlan, seed: int | None, *, startup: int | None = None, **options: Any):
    """A TPE variant on openamt's recipe (multivariate; constant_liar only at parallel > 1)."""
    settings: dict[str, Any] = {
        "n_startup_trials": startup_trials(plan) if startup is None else startup,
        "multivariate": True,
        "constant_liar": plan.max_parallel > 1,
        **options,
    }
    return TPESampler(seed=seed, **settings)


def gp(plan: TuningPlan, seed: int | None, *, startup: int | None = None) -> BaseSampler:
    from optuna.samplers import GPSampler

    n = startup_trials(plan) if startup is None else startup
    return GPSampler(seed=seed, n_startup_trials=n)


def fixed_gamma(fraction: float, cap: int = 25) -> Callable[[int], int]:
    return partial(_gamma, fraction, cap)


def _gamma(fraction: float, cap: int, n: int) -> int:  # picklable, for the process pool
    return min(math.ceil(fraction * n), cap)


def sqrt_gamma(n: int) -> int:
    return min(math.ceil(0.25 * n**0.5), 25)  # hyperopt's: 2 of 60, greedier than 10%


SAMPLERS: dict[str, Callable[[TuningPlan, int | None], BaseSampler]] = {
    "Random": random_sampler,
    "openamt": bayesian_sampler,  # what the strategy registry builds today
    "TPE-s12": partial(tpe, startup=12),
    "TPE-s8": partial(tpe, startup=8),
    "TPE-s10": partial(tpe, startup=10),
    "TPE-s8-ep": partial(tpe, startup=8, consider_endpoints=True),
    "TPE-s8-g15": partial(tpe, startup=8, gamma=fixed_gamma(0.15)),
    "TPE-s8-g05": partial(tpe, startup=8, gamma=fixed_gamma(0.05)),
    "TPE-s8-gsqrt": partial(tpe, startup=8, gamma=sqrt_gamma),
    "TPE-s8-ei64": partial(tpe, startup=8, n_ei_candidates=64),
    "TPE-s8-ei128": partial(tpe, startup=8, n_ei_candidates=128),
    "TPE-s8-pw05": partial(tpe, startup=8, prior_weight=0.5),
    "TPE-s8-pw2": partial(tpe, startup=8, prior_weight=2.0),
    "TPE-s8-uni": partial(tpe, startup=8, multivariate=False),
    "TPE-s8-ep-ei64": partial(tpe, startup=8, consider_endpoints=True, n_ei_candidates=64),
    "GP-s8": partial(gp, startup=8),
    "GP-s12": partial(gp, startup=12),
}
BASELINE = "Random"


@dataclass(frozen=True)
class Rule:
    """Settings of the median rule (app.tuning.pruners) to compare."""

    warmup_fraction: float = WARMUP_FRACTION  # openamt's defaults (app.tuning.pruners)
    min_earlier_jobs: int = MIN_EARLIER_JOBS
    guard_best: bool = True  # never stop the best so far at the step
    # AWS's rule compares the job's value with the median of earlier jobs' running averages;
    # Optuna's MedianPruner (the 48% anchor) compares the job's best value so far
    # with the median of earlier jobs' values at the step.
    optuna_median: bool = False

    def pruner(self) -> BasePruner:
        kind = MedianValuePruner if self.optuna_median else RunningAverageMedianPruner
        # The value rule guards the best by construction; the running-average one always does.
        assert self.guard_best or self.optuna_median, "replay only: openamt's pruner guards"
        return kind(warmup_fraction=self.warmup_fraction, min_earlier_jobs=self.min_earlier_jobs)


PRUNERS: dict[str, Rule] = {
    "median": Rule(),  # openamt's
    "median-w10": Rule(warmup_fraction=0.10),
    "median-w0": Rule(warmup_fraction=0.0),
    "median-w2": Rule(warmup_fraction=0.02),
    "median-w3": Rule(warmup_fraction=0.03),
    "median-w4": Rule(warmup_fraction=0.04),
    "median-m3": Rule(min_earlier_jobs=3),
    "median-m3-w0": Rule(warmup_fraction=0.0, min_earlier_jobs=3),
    "median-noguard": Rule(guard_best=False),
    "median-m3-w0-noguard": Rule(warmup_fraction=0.0, min_earlier_jobs=3, guard_best=False),
    # Optuna's MedianPruner() defaults: 5 startup trials, no warm-up, no guard.
    "optuna-median": Rule(warmup_fraction=0.0, guard_best=False, optuna_median=True),
    "optuna-median-w5": Rule(guard_best=False, optuna_median=True),
    "optuna-median-w10": Rule(warmup_fraction=0.10, guard_best=False, optuna_median=True),
    "optuna-median-w20": Rule(warmup_fraction=0.20, guard_best=False, optuna_median=True),
    # openamt's opt-in OPENAMT_EARLY_STOPPING_RULE=median-value (app.tuning.pruners).
    "median-value": Rule(
        warmup_fraction=VALUE_RULE_WARMUP_FRACTION, guard_best=False, optuna_median=True
    ),
    "optuna-median-w50": Rule(warmup_fraction=0.50, guard_best=False, optuna_median=True),
}


# --- Data and objective ------------------------------------------------------------------------


def make_data(*, rows: int, features: int, seed: int) -> tuple[xgb.DMatrix, xgb.DMatrix]:
    x_train, x_val, y_train, y_val = imbalanced_split(rows=rows, features=features, seed=seed)
    # float32, as the built-in reads its CSV channels.
    dtrain = xgb.DMatrix(x_train.astype(np.float32), label=y_train, nthread=1)
    dvalidation = xgb.DMatrix(x_val.astype(np.float32), label=y_val, nthread=1)
    return dtrain, dvalidation


class Report(xgb.callback.TrainingCallback):
    """The runner's side of early stopping: report each round's AUC, stop when pruned."""

    def __init__(self, trial: optuna.Trial | None) -> None:
        self.trial = trial
        self.values: list[float] = []

    def after_iteration(self, model: Any, epoch: int, evals_log: dict[str, Any]) -> bool:
        value = float(f"{evals_log['validation']['auc'][-1]:.5f}")
        self.values.append(value)
        if self.trial is None:
            return False
        self.trial.report(value, epoch + 1)  # openamt counts steps from 1
        return self.trial.should_prune()


# --- One search --------------------------------------------------------------------------------


@dataclass
class Search:
    sampler: str
    pruner: str | None
    seed: int
    values: list[float] = field(default_factory=list)  # each trial's (last) AUC, launch order
    rounds: list[int] = field(default_factory=list)
    curves: list[list[float]] = field(default_factory=list)  # AUC after each round, per trial
    suggest_seconds: list[float] = field(default_factory=list)

    @property
    def best(self) -> float:
        return max(self.values)


def run_search(sampler: str, pruner: str | None, seed: int, *, args: argparse.Namespace) -> Search:
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    warnings.filterwarnings("ignore", category=optuna.exceptions.ExperimentalWarning)
    try:
        import torch

        torch.set_num_threads(1)  # one core per search, as XGBoost's nthread 1
    except ImportError:
        pass
    dtrain, dvalidation = make_data(rows=args.rows, features=args.features, seed=seed)
    plan = TuningPlan(
        max_training_jobs=args.trials, max_parallel=1, random_seed=seed, early_stopping=False
    )
    rule = PRUNERS[pruner].pruner() if pruner else optuna.pruners.NopPruner()
    study = optuna.create_study(direction="maximize", pruner=rule)
    search = Search(sampler, pruner, seed)
    for sequence in range(1, args.trials + 1):
        started = time.perf_counter()
        study.sampler = SAMPLERS[sampler](plan, trial_seed(plan, sequence))
        trial = study.ask(DISTRIBUTIONS)
        search.suggest_seconds.append(time.perf_counter() - started)
        report = Report(trial if pruner else None)
        xgb.train(
            {**STATIC, **trial.params, "nthread": 1},
            dtrain,
            num_boost_round=args.num_round,
            evals=[(dvalidation, "validation")],
            verbose_eval=False,
            callbacks=[report],
        )
        stopped = len(report.values) < args.num_round
        if stopped:
            study.tell(trial, state=TrialState.PRUNED)
        else:
            study.tell(trial, report.values[-1])
        search.values.append(report.values[-1])
        search.rounds.append(len(report.values))
        search.curves.append(report.values)
    return search


# --- Replay: a rule on recorded full-length curves ----------------------------------------------


def replay(curves: list[list[float]], rule: Rule) -> tuple[list[int], list[float]]:
    """Rounds each trial would run and its last AUC, had `rule` watched these trials in order.

    The sampler's choices stay those of the run without early stopping (a first-order
    estimate: a stopped trial would have fed the sampler a different history). Vectorised
    over steps; the same rule as app.tuning.pruners: for Random, whose suggestions do not
    depend on the stops, it gives the live `--early-stopping` run's figures exactly.
    """
    length = max(len(c) for c in curves)
    values = np.full((len(curves), length), np.nan)  # what each trial reported, by step
    rounds, last = [], []
    for i, curve in enumerate(curves):
        earlier = values[:i]
        reached = ~np.isnan(earlier)
        counts = reached.sum(axis=1)
        sums = np.nancumsum(earlier, axis=1)
        if rule.optuna_median:
            averages = earlier  # each earlier job's own value at the step
        else:
            averages = np.where(reached, sums / np.maximum(np.arange(1, length + 1), 1), np.nan)
        longest = int(counts.max()) if i else 0
        warmup = max(1, math.ceil(round(rule.warmup_fraction * longest, 9)))
        stop = len(curve)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN columns: no earlier job
            medians = np.nanmedian(averages, axis=0) if i else np.full(length, np.nan)
            bests = np.nanmax(earlier, axis=0) if i else np.full(length, np.nan)
        enough = reached.sum(axis=0) >= rule.min_earlier_jobs
        for step in range(warmup, len(curve) + 1):
            k = step - 1
            if not enough[k]:
                continue
            if rule.guard_best and curve[k] >= bests[k]:
                continue
            judged = max(curve[:step]) if rule.optuna_median else curve[k]
            if judged < medians[k]:
                stop = step
                break
        values[i, :stop] = curve[:stop]
        rounds.append(stop)
        last.append(curve[stop - 1])
    return rounds, last


def replay_table(searches: list[Search]) -> None:
    table = Table(title="Early stopping replayed on the runs without it (same suggestions)")
    for column in ("sampler", "rule", "rounds saved", "best change (median, min)", "seeds"):
        table.add_column(column)
    for sampler in dict.fromkeys(s.sampler for s in searches if s.pruner is None):
        rows = [s for s in searches if s.sampler == sampler and s.pruner is None]
        for name, rule in PRUNERS.items():
            saved, change = [], []
            for s in rows:
                rounds, values = replay(s.curves, rule)
                saved.append(1 - sum(rounds) / sum(s.rounds))
                change.append((max(values) - s.best) / s.best)
            table.add_row(
                sampler,
                name,
                f"{np.median(saved):.1%}",
                f"{np.median(change):+.3%}, {min(change):+.3%}",
                str(len(rows)),
            )
    console.print(table)


# --- Report ------------------------------------------------------------------------------------


def jobs_to_reach(values: list[float], target: float) -> float:
    """1-based launch number of the first trial as good as `target`; inf if none is."""
    for count, value in enumerate(values, start=1):
        if value >= target:
            return float(count)
    return float("inf")


def report(args: argparse.Namespace, searches: list[Search], wall: float) -> None:
    seeds = sorted({s.seed for s in searches})
    by = {(s.sampler, s.pruner, s.seed): s for s in searches}
    bar = {seed: by[BASELINE, None, seed].best for seed in seeds}
    table = Table(
        title=f"{args.rows} rows x {args.features} features, 3% positives, {args.num_round} "
        f"rounds; {args.trials} trials x {len(seeds)} seeds; bar = Random's best after "
        f"{args.trials} in the same seed; medians over seeds"
    )
    for column in ("sampler", "pruner", "jobs to bar", "reached", "per seed", "best AUC",
                   "vs Random", "rounds saved", "best change", "suggest ms"):  # fmt: skip
        table.add_column(column, justify="left" if column in ("sampler", "per seed") else "right")
    for name in dict.fromkeys((s.sampler, s.pruner) for s in searches):
        rows = [by[(*name, seed)] for seed in seeds if (*name, seed) in by]
        reach = [jobs_to_reach(s.values, bar[s.seed]) for s in rows]
        saved = change = "-"
        if name[1] is not None:
            offs = [by.get((name[0], None, s.seed)) for s in rows]
            pairs = [(s, o) for s, o in zip(rows, offs, strict=True) if o is not None]
            if pairs:
                saved = f"{np.median([1 - sum(s.rounds) / sum(o.rounds) for s, o in pairs]):.1%}"
                deltas = [(s.best - o.best) / o.best for s, o in pairs]
                change = f"{np.median(deltas):+.3%} (min {min(deltas):+.3%})"
        table.add_row(
            name[0],
            name[1] or "-",
            f"{np.median(reach):g}",
            f"{sum(np.isfinite(reach))} of {len(rows)}",
            " ".join(f"{r:g}" if np.isfinite(r) else "-" for r in reach),
            f"{np.median([s.best for s in rows]):.5f}",
            f"{np.median([s.best - bar[s.seed] for s in rows]):+.5f}",
            saved,
            change,
            f"{np.mean([s.suggest_seconds for s in rows]) * 1000:.1f}",
        )
    console.print(table)
    console.print(
        f"wall {wall:.0f} s; load average {' / '.join(f'{x:.2f}' for x in os.getloadavg())} "
        f"on {os.cpu_count()} cores"
    )


# --- Main ----------------------------------------------------------------------------------------


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=7)
    parser.add_argument("--trials", type=int, default=60)
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--features", type=int, default=30)
    parser.add_argument("--num-round", type=int, default=100)
    parser.add_argument("--samplers", default="Random,openamt,TPE-s8,TPE-s8-ep,GP-s8")
    parser.add_argument("--pruners", default="", help=f"with --early-stopping: {list(PRUNERS)}")
    parser.add_argument("--early-stopping", action="store_true")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--save", type=Path, help="pickle the searches here")
    parser.add_argument(
        "--load", type=Path, action="append", default=[], help="add saved searches (e.g. Random)"
    )
    parser.add_argument("--quick", action="store_true", help="smoke run: 2 seeds, 12 trials")
    args = parser.parse_args()
    if args.quick:
        args.seeds, args.trials, args.rows, args.num_round = 2, 12, 3000, 20
    return args


def main() -> None:
    args = parse_args()
    loaded: list[Search] = [s for path in args.load for s in pickle.loads(path.read_bytes())]
    have = {(s.sampler, s.pruner, s.seed) for s in loaded}
    samplers = args.samplers.split(",")
    if BASELINE not in samplers:
        samplers.insert(0, BASELINE)
    runs: list[tuple[str, str | None, int]] = []
    for seed in range(1, args.seeds + 1):
        runs += [(name, None, seed) for name in samplers]
        if args.early_stopping:
            pruners = args.pruners.split(",") if args.pruners else ["median"]
            runs += [(name, p, seed) for name in samplers for p in pruners]
    runs = [run for run in runs if run not in have]
    started = time.perf_counter()
    searches: list[Search] = []
    with ProcessPoolExecutor(args.processes) as pool:
        futures = [pool.submit(run_search, *run, args=args) for run in runs]
        for future in futures:
            search = future.result()
            searches.append(search)
            console.print(
                f"  seed {search.seed} {search.sampler} {search.pruner or ''}: best "
                f"{search.best:.5f}, {sum(search.rounds)} rounds "
                f"({time.perf_counter() - started:.0f} s in)"
            )
    if args.save:
        args.save.write_bytes(pickle.dumps(searches))
    searches += [s for s in loaded if s.seed <= args.seeds]
    report(args, searches, time.perf_counter() - started)
    replay_table(searches)


if __name__ == "__main__":
    main()
