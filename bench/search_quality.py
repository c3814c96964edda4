"""Search quality through openamt: how many training jobs each strategy needs for a good model.

    python bench/search_quality.py [--seeds 5] [--trials 60] [--num-round 100] [--quick]

Everything goes through openamt itself: `openamt serve` (embedded, `--workers 2`) on a fresh
data directory, tuning jobs created through its REST API, the built-in XGBoost training them.
Per seed, a fresh dataset of each task (its own data seed) and these tuning jobs, all with
`RandomSeed` = the seed and the same budget (`--trials`), over the fraud example's ranges
(max_depth, eta, gamma, subsample):

  classification (20,000 rows x 30 features, 3% positives, bench.common; validation:auc;
                  scale_pos_weight 10 as in the example)
    random      Random,    MaxParallelTrainingJobs 1 (also early stopping "Off")
    random-es   Random,    parallel 1, TrainingJobEarlyStoppingType Auto
    bayesian    Bayesian,  parallel 1           (also early stopping "Off")
    bayesian-p4 Bayesian,  parallel 4
    bayesian-es Bayesian,  parallel 1, TrainingJobEarlyStoppingType Auto
    hyperband   Hyperband, parallel 1
  regression (Friedman #1, 20,000 rows x 30 features, 25 of them noise; validation:rmse)
    random, bayesian

The bar of each seed is Random's best objective after its whole budget, in that seed; a run
"reaches" it at the first training job (in launch order) whose objective is as good. Figures
are medians over seeds. Trial counts do not depend on the machine's load; wall times do (the
machine may be shared, and two tuning jobs run at once, one per worker): they are reported,
but read them as a rough guide.

A last section times suggestions as openamt's scheduler makes them (app.tuning.scheduler
`_launch`: a fresh sampler from the strategy registry, a Study on the per-process cached
storage, `ask`) in a study that already holds 1,000 completed trials.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import optuna
from rich.console import Console
from rich.table import Table
from sklearn.datasets import make_friedman1
from sklearn.model_selection import train_test_split

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `python bench/<name>.py` from anywhere: bench.* below

from app.config import Settings  # noqa: E402
from app.tuning.pruners import RULES  # noqa: E402
from bench.common import csv_channels, imbalanced_split, xgboost_definition  # noqa: E402
from bench.overhead import _epoch  # noqa: E402
from tests.support.servers import Server  # noqa: E402

BUCKET = "bench"
POLL_SECONDS = 1.0
TERMINAL = ("Completed", "Failed", "Stopped")

# The ranges a user sets for this model: the fraud example's (examples/fraud/tuning-job.json),
# with its static scale_pos_weight for the imbalanced task; no range padded in that the
# objective does not care about (it would make every strategy look slower alike).
INTEGER_RANGES = [{"Name": "max_depth", "MinValue": "2", "MaxValue": "8", "ScalingType": "Auto"}]
CONTINUOUS_RANGES = [
    {"Name": "eta", "MinValue": "0.05", "MaxValue": "0.5", "ScalingType": "Logarithmic"},
    {"Name": "gamma", "MinValue": "0", "MaxValue": "5", "ScalingType": "Auto"},
    {"Name": "subsample", "MinValue": "0.5", "MaxValue": "1", "ScalingType": "Auto"},
]
# The suggestion-time section also times a categorical range.
CATEGORICAL_RANGES = [{"Name": "colsample_bytree", "Values": ["0.5", "0.8", "1"]}]

console = Console(width=None if sys.stdout.isatty() else 150)


@dataclass(frozen=True)
class Task:
    name: str
    objective: str  # XGBoost objective
    metric: str  # the tuning objective
    maximize: bool
    weighted: bool  # scale_pos_weight 10, as the fraud example (binary task only)


TASKS = {
    "classification": Task("classification", "binary:logistic", "validation:auc", True, True),
    "regression": Task("regression", "reg:squarederror", "validation:rmse", False, False),
}


@dataclass(frozen=True)
class Run:
    """One kind of tuning job of the bench."""

    label: str
    strategy: str
    parallel: int = 1
    early_stopping: bool = False


RUNS: dict[str, list[Run]] = {
    "classification": [
        Run("random", "Random"),
        Run("random-es", "Random", early_stopping=True),
        Run("bayesian", "Bayesian"),
        Run("bayesian-p4", "Bayesian", parallel=4),
        Run("bayesian-es", "Bayesian", early_stopping=True),
        Run("hyperband", "Hyperband"),
    ],
    "regression": [
        Run("random", "Random"),
        Run("bayesian", "Bayesian"),
    ],
}


# --- Data ------------------------------------------------------------------------------------


def write_datasets(data_dir: Path, *, task: Task, seed: int, rows: int, features: int) -> str:
    """Label-first CSV channels under the local s3:// store; returns the S3 prefix."""
    if task.name == "classification":
        x_train, x_val, y_train, y_val = imbalanced_split(rows=rows, features=features, seed=seed)
    else:
        x, y = make_friedman1(n_samples=rows, n_features=features, noise=1.0, random_state=seed)
        x_train, x_val, y_train, y_val = train_test_split(x, y, test_size=0.25, random_state=seed)
    prefix = f"{task.name}-{seed}"
    for channel, xs, ys in (("train", x_train, y_train), ("validation", x_val, y_val)):
        path = data_dir / "s3" / BUCKET / prefix / channel
        path.mkdir(parents=True, exist_ok=True)
        np.savetxt(path / "data.csv", np.column_stack([ys, xs]), delimiter=",", fmt="%.6g")
    return f"s3://{BUCKET}/{prefix}"


# --- Tuning jobs -----------------------------------------------------------------------------


def tuning_request(
    name: str, *, task: Task, run: Run, uri: str, seed: int, trials: int, num_round: int
) -> dict[str, Any]:
    ranges: dict[str, Any] = {
        "IntegerParameterRanges": INTEGER_RANGES,
        "ContinuousParameterRanges": CONTINUOUS_RANGES,
    }
    config: dict[str, Any] = {
        "Strategy": run.strategy,
        "RandomSeed": seed,
        "HyperParameterTuningJobObjective": {
            "Type": "Maximize" if task.maximize else "Minimize",
            "MetricName": task.metric,
        },
        "ResourceLimits": {
            "MaxNumberOfTrainingJobs": trials,
            "MaxParallelTrainingJobs": run.parallel,
        },
        "ParameterRanges": ranges,
        "TrainingJobEarlyStoppingType": "Auto" if run.early_stopping else "Off",
    }
    if run.strategy == "Hyperband":
        # Rungs at ~1/9, 1/3 and all of the rounds (reduction factor 3).
        config["StrategyConfig"] = {
            "HyperbandStrategyConfig": {
                "MinResource": max(1, num_round // 9),
                "MaxResource": num_round,
            }
        }
    channels = csv_channels(uri)
    return {
        "HyperParameterTuningJobName": name,
        "HyperParameterTuningJobConfig": config,
        "TrainingJobDefinition": xgboost_definition(
            {
                "objective": task.objective,
                "num_round": str(num_round),
                **({"scale_pos_weight": "10"} if task.weighted else {}),
            },
            channels,
            f"s3://{BUCKET}/output/",
        ),
    }


@dataclass
class Trial:
    sequence: int
    objective: float | None
    rounds: int  # objective lines the job printed (boosting rounds it ran)
    seconds_from_create: float  # tuning job creation -> this training job's end
    status: str


@dataclass
class Result:
    task: str
    seed: int
    run: Run
    status: str
    trials: list[Trial]
    wall: float


def run_tuning_job(
    server: Server, name: str, body: dict[str, Any], *, task: Task, seed: int, run: Run
) -> Result:
    with httpx.Client(base_url=server.url, timeout=60) as client:
        response = client.post("/v1/hyper-parameter-tuning-jobs", json=body)
        if response.status_code != 201:
            raise RuntimeError(f"create {name}: {response.status_code} {response.text}")
        while True:
            described = client.get(f"/v1/hyper-parameter-tuning-jobs/{name}").json()
            status = described["HyperParameterTuningJobStatus"]
            if status in TERMINAL:
                break
            time.sleep(POLL_SECONDS)
    created, ended, trials = read_trials(server.data_dir / "openamt.db", name, task.metric)
    return Result(task.name, seed, run, status, trials, ended - created)


def read_trials(path: Path, tuning_job: str, metric: str) -> tuple[float, float, list[Trial]]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=60) as db:
        created, ended = db.execute(
            "SELECT creation_time, end_time FROM tuning_jobs WHERE name = ?", (tuning_job,)
        ).fetchone()
        rows = db.execute(
            """SELECT t.sequence, t.final_objective, t.training_end_time, t.status,
                      (SELECT MAX(m.step) FROM metric_points m
                       WHERE m.training_job_id = t.id AND m.metric_name = ?)
               FROM training_jobs t WHERE t.tuning_job_name = ? ORDER BY t.sequence""",
            (metric, tuning_job),
        ).fetchall()
    start = _epoch(created)
    trials = [
        Trial(sequence, objective, rounds or 0, _epoch(end) - start, status)
        for sequence, objective, end, status, rounds in rows
    ]
    return start, _epoch(ended), trials


# --- Analysis --------------------------------------------------------------------------------


def better(a: float, b: float, *, maximize: bool) -> bool:
    """a is at least as good as b."""
    return a >= b if maximize else a <= b


def best_of(trials: list[Trial], *, maximize: bool) -> float:
    values = [t.objective for t in trials if t.objective is not None]
    return (max if maximize else min)(values)


def jobs_to_reach(trials: list[Trial], target: float, *, maximize: bool) -> float:
    """The launch number of the first job as good as `target`; inf when none is."""
    for trial in trials:
        if trial.objective is not None and better(trial.objective, target, maximize=maximize):
            return float(trial.sequence)
    return float("inf")


def seconds_to_reach(trials: list[Trial], target: float, *, maximize: bool) -> float:
    reached = [
        t.seconds_from_create
        for t in trials
        if t.objective is not None and better(t.objective, target, maximize=maximize)
    ]
    return min(reached) if reached else float("inf")


def median(values: list[float]) -> float:
    # inf counts as "not within the budget": the median is inf when most seeds never reach.
    return float(np.median(values)) if values else float("nan")


def fmt_jobs(value: float, budget: int) -> str:
    return f"{value:g}" if np.isfinite(value) else f"not within {budget}"


def report(args: argparse.Namespace, results: list[Result], wall: float) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    for task_name, runs in RUNS.items():
        task = TASKS[task_name]
        by: dict[tuple[str, int], Result] = {
            (r.run.label, r.seed): r for r in results if r.task == task_name
        }
        seeds = sorted({r.seed for r in results if r.task == task_name})
        if not seeds:
            continue
        targets = {s: best_of(by["random", s].trials, maximize=task.maximize) for s in seeds}
        table = Table(
            title=f"{task_name} ({task.metric}, {'max' if task.maximize else 'min'}imize): "
            f"{args.trials} training jobs per tuning job, {len(seeds)} seeds, medians over seeds; "
            f"bar = Random's best after {args.trials} in that seed"
        )
        for column in (
            "run",
            "jobs to the bar",
            f"{args.trials} / that",
            "per seed",
            f"best @{args.trials}",
            "rounds run",
            "wall to the bar s",
            "wall s",
        ):
            table.add_column(column, justify="left" if column in ("run", "per seed") else "right")
        task_figures: dict[str, Any] = {}
        for run in runs:
            rows = [by[run.label, s] for s in seeds if (run.label, s) in by]
            if not rows:
                continue  # left out with --runs
            reach = [jobs_to_reach(r.trials, targets[r.seed], maximize=task.maximize) for r in rows]
            n = median(reach)
            rounds = sum(t.rounds for r in rows for t in r.trials)
            bests = [best_of(r.trials, maximize=task.maximize) for r in rows]
            to_bar = [
                seconds_to_reach(r.trials, targets[r.seed], maximize=task.maximize) for r in rows
            ]
            task_figures[run.label] = {
                "jobs_to_bar": n,
                "per_seed": reach,
                "best": median(bests),
                "rounds": rounds,
                "seconds_to_bar": median(to_bar),
                "wall": median([r.wall for r in rows]),
            }
            table.add_row(
                run.label,
                fmt_jobs(n, args.trials),
                f"{args.trials / n:.2f}x" if np.isfinite(n) and n > 0 else "-",
                " ".join("-" if not np.isfinite(v) else f"{v:g}" for v in reach),
                f"{median(bests):.5f}",
                f"{rounds}",
                f"{median(to_bar):.1f}",
                f"{median([r.wall for r in rows]):.1f}",
            )
        console.print(table)
        for auto_label, off_label in (("random-es", "random"), ("bayesian-es", "bayesian")):
            if auto_label not in task_figures:
                continue
            es = early_stopping_figures(by, seeds, auto_label, off_label, maximize=task.maximize)
            task_figures[f"early_stopping_{off_label}"] = es
            console.print(
                f"  early stopping Auto ({args.early_stopping_rule}) vs Off ({auto_label} vs "
                f"{off_label}): {es['saved']:.1%} of "
                f"boosting rounds saved (per seed {percentages(es['saved_per_seed'], '.0%')}); "
                f"best objective change, median {es['change']:+.3%} "
                f"(per seed {percentages(es['change_per_seed'], '+.3%')}; "
                f"+ is better); {es['stopped']} of {es['jobs']} jobs stopped early"
            )
        figures[task_name] = task_figures
    goals(args, figures)
    console.print(
        f"wall {wall:.0f} s; load average {' / '.join(f'{x:.2f}' for x in os.getloadavg())} on "
        f"{os.cpu_count()} cores. Trial counts do not depend on load; wall times do."
    )
    return figures


def percentages(values: list[float], spec: str) -> str:
    return ", ".join(format(v, spec) for v in values)


def early_stopping_figures(
    by: dict[tuple[str, int], Result],
    seeds: list[int],
    auto_label: str,
    off_label: str,
    *,
    maximize: bool,
) -> dict[str, Any]:
    saved, change = [], []
    stopped = jobs = 0
    for s in seeds:
        if (auto_label, s) not in by or (off_label, s) not in by:
            continue
        auto, off = by[auto_label, s], by[off_label, s]
        saved.append(1 - sum(t.rounds for t in auto.trials) / sum(t.rounds for t in off.trials))
        a, o = best_of(auto.trials, maximize=maximize), best_of(off.trials, maximize=maximize)
        change.append((a - o) / abs(o) * (1 if maximize else -1))
        stopped += sum(1 for t in auto.trials if t.status == "Stopped")
        jobs += len(auto.trials)
    return {
        "saved": median(saved),
        "saved_per_seed": saved,
        "change": median(change),
        "change_per_seed": change,
        "stopped": stopped,
        "jobs": jobs,
    }


def goals(args: argparse.Namespace, figures: dict[str, Any]) -> None:
    clf = figures.get("classification", {})
    if not any(label in clf for label in ("bayesian", "bayesian-p4", "random-es", "bayesian-es")):
        return  # e.g. --runs hyperband: no goal is stated for it
    table = Table(title="Goals (classification; regression alongside)")
    for column in ("goal", "figure", ""):
        table.add_column(column)

    def met(ok: bool) -> str:
        return "[green]met[/]" if ok else "[red]missed[/]"

    # The goals are stated for a 60-job budget: scale them to the one run.
    scale = args.trials / 60
    for label, limit in (("bayesian", 30), ("bayesian-p4", 36)):
        if label in clf:
            n = clf[label]["jobs_to_bar"]
            reg = figures.get("regression", {}).get(label, {}).get("jobs_to_bar")
            table.add_row(
                f"{label}: Random's best in <= {limit * scale:g} jobs",
                fmt_jobs(n, args.trials)
                + (f" (regression {fmt_jobs(reg, args.trials)})" if reg else ""),
                met(n <= limit * scale),
            )
    for off_label in ("random", "bayesian"):
        es = clf.get(f"early_stopping_{off_label}")
        if not es:
            continue
        table.add_row(f"early stopping Auto ({off_label}): >= 30% rounds saved",
                      f"{es['saved']:.1%}", met(es["saved"] >= 0.30))  # fmt: skip
        table.add_row("  best objective within 0.2% of Off", f"{es['change']:+.3%}",
                      met(es["change"] >= -0.002))  # fmt: skip
    console.print(table)


# --- Suggestion time at 1,000 completed trials ------------------------------------------------


def suggestion_time(work: Path, *, completed: int, asks: int) -> dict[str, float]:
    """Time `ask` as the scheduler makes it, in a study holding `completed` finished trials."""
    from app.tuning import studies
    from app.tuning.schemas import ParameterRanges
    from app.tuning.search_space import build_search_space
    from app.tuning.strategies import STRATEGIES, TuningPlan, trial_seed

    settings = Settings(data_dir=work / "suggest")  # type: ignore[call-arg]
    ranges = ParameterRanges.model_validate(
        {
            "IntegerParameterRanges": INTEGER_RANGES,
            "ContinuousParameterRanges": CONTINUOUS_RANGES,
            "CategoricalParameterRanges": CATEGORICAL_RANGES,
        }
    )
    space = build_search_space(ranges, field="ParameterRanges")
    figures: dict[str, float] = {}
    for parallel in (1, 4):
        name = f"suggest-p{parallel}"
        studies.create_study(settings, name, "Maximize")
        study = studies.load_study(settings, name)
        sampler = optuna.samplers.RandomSampler(seed=parallel)
        fake: list[optuna.trial.FrozenTrial] = []
        for _ in range(completed):
            params = {
                n: sampler.sample_independent(study, None, n, d)
                for n, d in space.distributions.items()
            }  # type: ignore[arg-type]
            value = -((np.log(params["eta"]) + 2.5) ** 2) - (params["max_depth"] - 6) ** 2 / 10
            fake.append(
                optuna.trial.create_trial(
                    params=params, distributions=space.distributions, value=value
                )
            )
        study.add_trials(fake)
        plan = TuningPlan(max_training_jobs=completed + asks + parallel, max_parallel=parallel,
                          random_seed=1, early_stopping=False)  # fmt: skip
        strategy = STRATEGIES["Bayesian"]
        # Parallel 4: three trials stay running, as when three training jobs are out.
        for sequence in range(completed + 1, completed + parallel):
            sampler_k = strategy.make_sampler(plan, trial_seed(plan, sequence))
            live = optuna.Study(
                study_name=name, storage=studies.get_storage(settings), sampler=sampler_k
            )
            live.ask(space.distributions)
        studies._storages.clear()  # a fresh process: the first ask reads every trial
        seconds = []
        for k in range(asks):
            sequence = completed + parallel + k
            started = time.perf_counter()
            # What scheduler._launch does for one training job.
            sampler_k = strategy.make_sampler(plan, trial_seed(plan, sequence))
            live = optuna.Study(
                study_name=name, storage=studies.get_storage(settings), sampler=sampler_k
            )
            trial = live.ask(space.distributions)
            seconds.append(time.perf_counter() - started)
            live.tell(trial, 0.0)
        figures[f"p{parallel}_first_ms"] = seconds[0] * 1000
        figures[f"p{parallel}_p50_ms"] = statistics.median(seconds[1:]) * 1000
        figures[f"p{parallel}_max_ms"] = max(seconds[1:]) * 1000
    table = Table(title=f"Bayesian suggestion time at {completed} completed trials "
                  f"(scheduler path: fresh sampler, cached storage, ask; SQLite)")  # fmt: skip
    for column in ("parallel", "first ask in a process", f"next {asks - 1}: p50", "max", "goal"):
        table.add_column(column)
    for parallel in (1, 4):
        p50 = figures[f"p{parallel}_p50_ms"]
        table.add_row(
            str(parallel),
            f"{figures[f'p{parallel}_first_ms']:.0f} ms",
            f"{p50:.1f} ms",
            f"{figures[f'p{parallel}_max_ms']:.1f} ms",
            "[green]met[/] (< 100 ms)" if p50 < 100 else "[red]missed[/] (< 100 ms)",
        )
    console.print(table)
    return figures


# --- Main ------------------------------------------------------------------------------------


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--trials", type=int, default=60)
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--features", type=int, default=30)
    parser.add_argument("--num-round", type=int, default=100)
    parser.add_argument("--workers", type=int, default=2, help="openamt serve --workers")
    parser.add_argument("--tasks", default="classification,regression")
    parser.add_argument("--runs", default="", help="only these run labels (comma-separated)")
    parser.add_argument(
        "--early-stopping-rule",
        default=Settings.model_fields["early_stopping_rule"].default,
        choices=list(RULES),
        help="OPENAMT_EARLY_STOPPING_RULE of the server: Auto's rule in the *-es runs "
        "(default: openamt's)",
    )
    parser.add_argument("--suggest-trials", type=int, default=1000)
    parser.add_argument("--skip-suggest", action="store_true")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument(
        "--quick", action="store_true", help="smoke run: 2 seeds, 12 jobs, 3,000 rows, 20 rounds"
    )
    parser.add_argument("--keep", action="store_true", help="keep the data directory")
    parser.add_argument(
        "--report-db",
        type=Path,
        help="only report the finished tuning jobs in this openamt.db (a kept or running bench's)",
    )
    args = parser.parse_args()
    if args.quick:
        args.seeds, args.trials, args.rows, args.num_round = 2, 12, 3000, 20
        args.suggest_trials = 200
    return args


def results_in(path: Path, args: argparse.Namespace) -> list[Result]:
    """The finished tuning jobs of a bench's database, as Results (named as main() names them)."""
    labels = {(t[:3], r.label): (t, r) for t, runs in RUNS.items() for r in runs}
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=60) as db:
        rows = db.execute(
            "SELECT name, status FROM tuning_jobs WHERE end_time IS NOT NULL"
        ).fetchall()
    results = []
    for name, status in rows:
        prefix, rest = name.split("-", 1)
        label, seed, _ = rest.rsplit("-", 2)
        task_name, run = labels[prefix, label]
        task = TASKS[task_name]
        created, ended, trials = read_trials(path, name, task.metric)
        results.append(Result(task_name, int(seed), run, status, trials, ended - created))
    # A seed counts once its bar (Random) is there.
    bars = {(r.task, r.seed) for r in results if r.run.label == "random"}
    return [r for r in results if (r.task, r.seed) in bars]


def rule_in(path: Path) -> str:
    """The early-stopping rule a bench's server froze into its tuning jobs' plans."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=60) as db:
        (rule,) = db.execute(
            "SELECT json_extract(plan, '$.Sampling.early_stopping_rule') FROM tuning_jobs LIMIT 1"
        ).fetchone()
    return str(rule)


def main() -> None:
    args = parse_args()
    if args.report_db:
        results = results_in(args.report_db, args)
        args.early_stopping_rule = rule_in(args.report_db)
        report(args, results, float("nan"))
        return
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    warnings.filterwarnings("ignore", category=optuna.exceptions.ExperimentalWarning)
    work = Path(tempfile.mkdtemp(prefix="openamt-quality-"))
    data_dir = work / "data"
    rule = {"OPENAMT_EARLY_STOPPING_RULE": args.early_stopping_rule}
    server = Server(data_dir, workers=args.workers, env=rule, user_defaults=True)
    started = time.perf_counter()
    only = set(filter(None, args.runs.split(",")))
    try:
        jobs: list[Callable[[], Result]] = []
        server_ready = False
        for task_name in args.tasks.split(","):
            task = TASKS[task_name]
            for seed in range(1, args.seeds + 1):
                uri = write_datasets(data_dir, task=task, seed=seed, rows=args.rows,
                                     features=args.features)  # fmt: skip
                for run in RUNS[task_name]:
                    if only and run.label not in only and run.label != "random":
                        continue
                    name = f"{task_name[:3]}-{run.label}-{seed}-{random.randrange(16**4):04x}"
                    body = tuning_request(name, task=task, run=run, uri=uri, seed=seed,
                                          trials=args.trials, num_round=args.num_round)  # fmt: skip
                    jobs.append(
                        lambda n=name, b=body, t=task, s=seed, r=run: run_tuning_job(
                            server, n, b, task=t, seed=s, run=r
                        )
                    )
        server.start()
        server_ready = True
        console.print(f"{len(jobs)} tuning jobs, {args.workers} at a time ...")
        results: list[Result] = []
        # One tuning job per worker at a time: trial counts are what is compared.
        with ThreadPoolExecutor(max_workers=args.workers) as pool:
            for result in pool.map(lambda job: job(), jobs):
                results.append(result)
                best = best_of(result.trials, maximize=TASKS[result.task].maximize)
                console.print(
                    f"  {result.task} seed {result.seed} {result.run.label}: {result.status}, "
                    f"best {best:.5f}, {result.wall:.0f} s "
                    f"({time.perf_counter() - started:.0f} s in)"
                )
        figures = report(args, results, time.perf_counter() - started)
        if not args.skip_suggest:
            figures["suggestion"] = suggestion_time(work, completed=args.suggest_trials, asks=21)
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2, default=str))
    except Exception:
        if server_ready:
            console.print(f"[red]server log tail:[/]\n{server.log_tail()}")
        raise
    finally:
        server.stop()
        if args.keep:
            console.print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
