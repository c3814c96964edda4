"""Which sampler `Bayesian` should use: openamt's TPE and Optuna's GP, against Random.

    python bench/samplers.py [--seeds 9] [--trials 40] [--quick]

One imbalanced binary problem (sklearn, 3% positives), built once as XGBoost DMatrix; then
the same search, in this process with plain Optuna (no server), once per sampler and seed:
XGBoost as the built-in trains it (`xgboost.train`, binary:logistic, nthread 1), validation
AUC rounded to the 5 decimals the built-in prints, maximised over the fraud example's ranges.

Every sampler is built afresh before each ask, seeded by (seed, launch number), as openamt's
scheduler does (app.tuning.strategies). TPE and GP take their first `startup_trials(plan)`
points from a RandomSampler with that same seed, so all three try the same opening points in
a given seed and differ only where the model takes over.

Per sampler: the median over seeds of the best AUC after a quarter, half, ... of the budget;
the median number of trials it needs to reach Random's median best at the full budget; how
many seeds it ends at or above Random's best in that same seed; and its suggestion time.
Trial counts are the figures that matter: a training job costs minutes, a suggestion
milliseconds to a second.

GPSampler needs torch (the CPU build is enough): `pip install -e '.[gp]'`.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import optuna
import xgboost as xgb
from optuna.distributions import BaseDistribution, FloatDistribution, IntDistribution
from optuna.samplers import BaseSampler, GPSampler
from rich.console import Console
from rich.table import Table

from app.tuning.strategies import (
    TuningPlan,
    bayesian_sampler,
    random_sampler,
    startup_trials,
    trial_seed,
)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `python bench/<name>.py` from anywhere: bench.* below

from bench.common import imbalanced_split  # noqa: E402

DATA_SEED = 7
# The fraud example's ranges, integer first, then continuous, as openamt orders them.
DISTRIBUTIONS: dict[str, BaseDistribution] = {
    "max_depth": IntDistribution(2, 8),
    "eta": FloatDistribution(0.05, 0.5, log=True),
    "gamma": FloatDistribution(0.0, 5.0),
    "subsample": FloatDistribution(0.5, 1.0),
    "min_child_weight": FloatDistribution(1.0, 10.0, log=True),
}

# A wide table even when piped to a file or a log.
console = Console(width=None if sys.stdout.isatty() else 160)


def gp_sampler(plan: TuningPlan, seed: int | None) -> BaseSampler:
    # What a "Bayesian with GP" entry in the registry would be: the same startup budget as TPE,
    # so the two differ only in the model. Default noise handling: training jobs in general are
    # not deterministic, even if this one is.
    return GPSampler(seed=seed, n_startup_trials=startup_trials(plan))


SAMPLERS: dict[str, Callable[[TuningPlan, int | None], BaseSampler]] = {
    "Random": random_sampler,
    "TPE": bayesian_sampler,  # openamt's recipe
    "GP": gp_sampler,
}
BASELINE = "Random"


# --- Data and objective ------------------------------------------------------------------------


def make_data(*, rows: int, features: int) -> tuple[xgb.DMatrix, xgb.DMatrix]:
    x_train, x_val, y_train, y_val = imbalanced_split(rows=rows, features=features, seed=DATA_SEED)
    # float32, as the built-in reads its CSV channels.
    dtrain = xgb.DMatrix(x_train.astype(np.float32), label=y_train, nthread=1)
    dvalidation = xgb.DMatrix(x_val.astype(np.float32), label=y_val, nthread=1)
    return dtrain, dvalidation


def validation_auc(
    params: dict[str, Any], dtrain: xgb.DMatrix, dvalidation: xgb.DMatrix, *, num_round: int
) -> float:
    evals_result: dict[str, Any] = {}
    xgb.train(
        {"objective": "binary:logistic", **params, "nthread": 1, "eval_metric": ["auc"]},
        dtrain,
        num_boost_round=num_round,
        evals=[(dvalidation, "validation")],
        evals_result=evals_result,
        verbose_eval=False,
    )
    # openamt's objective is the last printed line, printed with 5 decimals.
    return float(f"{evals_result['validation']['auc'][-1]:.5f}")


# --- One search --------------------------------------------------------------------------------


@dataclass
class Search:
    best: list[float]  # best AUC so far, after each trial
    suggest_seconds: list[float]  # building the sampler and asking, per trial
    train_seconds: float


def run_search(
    make_sampler: Callable[[TuningPlan, int | None], BaseSampler],
    *,
    seed: int,
    trials: int,
    data: tuple[xgb.DMatrix, xgb.DMatrix],
    num_round: int,
) -> Search:
    plan = TuningPlan(
        max_training_jobs=trials, max_parallel=1, random_seed=seed, early_stopping=False
    )
    study = optuna.create_study(direction="maximize")
    search = Search([], [], 0.0)
    for sequence in range(1, trials + 1):
        started = time.perf_counter()
        study.sampler = make_sampler(plan, trial_seed(plan, sequence))
        trial = study.ask(DISTRIBUTIONS)
        trained = time.perf_counter()
        value = validation_auc(trial.params, *data, num_round=num_round)
        study.tell(trial, value)
        search.suggest_seconds.append(trained - started)
        search.train_seconds += time.perf_counter() - trained
        search.best.append(max(value, search.best[-1]) if search.best else value)
    return search


# --- Report ------------------------------------------------------------------------------------


def trials_to_reach(best: list[float], target: float) -> float:
    """1-based trial at which the best so far first reaches `target`; inf if it never does."""
    for count, value in enumerate(best, start=1):
        if value >= target:
            return float(count)
    return float("inf")


def report(args: argparse.Namespace, results: dict[str, list[Search]], wall: float) -> None:
    checkpoints = sorted({max(1, args.trials * k // 4) for k in range(1, 5)})
    best = {name: np.array([s.best for s in searches]) for name, searches in results.items()}
    # The bar: Random's median best at the full budget; with an even number of seeds the lower
    # middle value, which half of Random's seeds reach (the mean of the two may be reached by
    # fewer than half, and Random's own count would read "not within").
    target = float(np.percentile(best[BASELINE][:, -1], 50, method="lower"))
    reach = {
        name: float(np.median([trials_to_reach(list(row), target) for row in rows]))
        for name, rows in best.items()
    }
    suggest_ms = {
        name: float(np.mean([s.suggest_seconds for s in searches])) * 1000
        for name, searches in results.items()
    }

    def ratio(value: float, base: float) -> str:
        if not (np.isfinite(value) and np.isfinite(base)) or base == 0:
            return "-"
        return f"{value / base:.2f}x"

    table = Table(
        title=f"Samplers on XGBoost ({args.rows} rows x {args.features} features, 3% positives, "
        f"num_round {args.num_round}): {args.trials} trials x {args.seeds} seeds, medians over "
        f"seeds; startup {startup_trials(TuningPlan(args.trials, 1, 0, False))} random trials"
    )
    table.add_column("sampler")
    for count in checkpoints:
        table.add_column(f"best AUC @{count}", justify="right")
    table.add_column(f"trials to {target:.5f}", justify="right")
    table.add_column("x Random", justify="right")
    table.add_column(f">= Random @{args.trials}", justify="right")
    table.add_column("suggest ms", justify="right")
    table.add_column("x Random", justify="right")
    base = best[BASELINE]
    for name, rows in best.items():
        medians = [float(np.median(rows[:, count - 1])) for count in checkpoints]
        wins = int(np.sum(rows[:, -1] >= base[:, -1]))
        table.add_row(
            name,
            *(f"{value:.5f}" for value in medians),
            f"{reach[name]:g}" if np.isfinite(reach[name]) else f"not within {args.trials}",
            ratio(reach[name], reach[BASELINE]),
            "-" if name == BASELINE else f"{wins} of {args.seeds}",
            f"{suggest_ms[name]:.1f}",
            ratio(suggest_ms[name], suggest_ms[BASELINE]),
        )
        if name != BASELINE:
            # AUC ratios all read 1.00x: say the gap in AUC instead.
            deltas = [
                median - float(np.median(base[:, count - 1]))
                for median, count in zip(medians, checkpoints, strict=True)
            ]
            table.add_row("  - Random", *(f"{delta:+.5f}" for delta in deltas), "", "", "", "", "")
    console.print(table)
    spread = ", ".join(
        f"{name} {np.percentile(rows[:, -1], 25):.5f}..{np.percentile(rows[:, -1], 75):.5f}"
        for name, rows in best.items()
    )
    console.print(f"best AUC @{args.trials}, quartiles over seeds: {spread}")
    models = [name for name in best if name != BASELINE]
    head_to_head = ", ".join(
        f"{a} >= {b} in {int(np.sum(best[a][:, -1] >= best[b][:, -1]))} of {args.seeds}"
        for i, a in enumerate(models)
        for b in models[i + 1 :] + models[:i]
    )
    console.print(f"same seed, best AUC @{args.trials}: {head_to_head}")
    train = sum(s.train_seconds for searches in results.values() for s in searches)
    trained = sum(len(s.best) for searches in results.values() for s in searches)
    console.print(
        f"wall {wall:.0f} s; xgboost.train {train / trained * 1000:.0f} ms per trial; "
        f"load average {' / '.join(f'{load:.2f}' for load in os.getloadavg())} "
        f"on {os.cpu_count()} cores"
    )


# --- Main ----------------------------------------------------------------------------------------


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=9)
    parser.add_argument("--trials", type=int, default=40)
    parser.add_argument("--rows", type=int, default=8000)
    parser.add_argument("--features", type=int, default=30)
    parser.add_argument("--num-round", type=int, default=60)
    parser.add_argument("--quick", action="store_true", help="smoke run: 2 seeds, 12 trials")
    args = parser.parse_args()
    if args.quick:
        args.seeds, args.trials, args.rows, args.num_round = 2, 12, 3000, 20
    return args


def main() -> None:
    args = parse_args()
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    # TPE's `group` and GPSampler's settings are experimental; said once is enough.
    warnings.filterwarnings("ignore", category=optuna.exceptions.ExperimentalWarning)
    try:
        import torch
    except ImportError:
        sys.exit("GPSampler needs torch: pip install -e '.[gp]' (the CPU build is enough)")
    # One core for everything, as XGBoost's nthread 1: GP's time then does not depend on what
    # else holds the other core.
    torch.set_num_threads(1)
    started = time.perf_counter()
    data = make_data(rows=args.rows, features=args.features)
    results: dict[str, list[Search]] = {name: [] for name in SAMPLERS}
    for seed in range(1, args.seeds + 1):
        for name, make_sampler in SAMPLERS.items():
            search = run_search(
                make_sampler, seed=seed, trials=args.trials, data=data, num_round=args.num_round
            )
            results[name].append(search)
        console.print(
            f"seed {seed}: best "
            + ", ".join(f"{name} {searches[-1].best[-1]:.5f}" for name, searches in results.items())
            + f" ({time.perf_counter() - started:.0f} s)"
        )
    report(args, results, time.perf_counter() - started)


if __name__ == "__main__":
    main()
