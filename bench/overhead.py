"""What openamt costs over a plain Optuna loop: the same XGBoost search, timed both ways.

    python bench/overhead.py [--trials 30] [--rows 30000] [--num-round 100] [--quick]

One imbalanced CSV dataset; then, in this one run:
  * baseline: a plain Optuna loop in this process (in-memory study, xgboost.train);
  * openamt: `openamt serve --workers W` on a fresh data directory, a Bayesian tuning job of
    the same trials at MaxParallelTrainingJobs 1, then another at 2.

Both sides try the same hyperparameters in the same order: the baseline builds its TPE sampler
with openamt's recipe and seeds (app.tuning.strategies), rounds each objective to the 5
decimals the built-in XGBoost prints, and trains with the same parameters, rounds, nthread
and evaluation sets (train and validation, as the container does). The ratio therefore
measures openamt, not a luckier search; the report says how many trials matched.

Dispatch latency comes from openamt's SQLite database: for each training job launched by
another's end, its TrainingStartTime (claimed by a worker) minus that end, and its
CreationTime (sampled and stored by `advance`) minus that end.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import optuna
import xgboost as xgb
from rich.console import Console
from rich.table import Table

from app.tuning.strategies import TuningPlan, bayesian_sampler, trial_seed

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `python bench/<name>.py` from anywhere: bench.* below

from bench.common import (  # noqa: E402
    csv_channels,
    imbalanced_split,
    optuna_distributions,
    parameter_ranges,
    xgboost_definition,
)
from tests.support.servers import Server  # noqa: E402

BUCKET, PREFIX = "bench", "fraud"
OBJECTIVE = "validation:auc"
SEED = 42
POLL_SECONDS = 0.5  # the wall time is read from the database, so polling may be lazy

# The search: SageMaker ranges for openamt, the Optuna distributions they become for the
# baseline (integer ranges first, then continuous, as openamt orders them).
INTEGER_RANGES = [("max_depth", 3, 8)]
CONTINUOUS_RANGES = [
    ("eta", 0.05, 0.3, "Logarithmic"),
    ("subsample", 0.5, 1.0, "Linear"),
    ("min_child_weight", 1.0, 10.0, "Logarithmic"),
]

# A wide table even when piped to a file or a log.
console = Console(width=None if sys.stdout.isatty() else 120)


# --- Data ------------------------------------------------------------------------------------


def write_dataset(data_dir: Path, *, rows: int, features: int, seed: int) -> Path:
    """Imbalanced binary data (3% positives) as label-first CSV under the local s3:// store."""
    x_train, x_val, y_train, y_val = imbalanced_split(rows=rows, features=features, seed=seed)
    root = data_dir / "s3" / BUCKET / PREFIX
    for channel, xs, ys in (("train", x_train, y_train), ("validation", x_val, y_val)):
        (root / channel).mkdir(parents=True, exist_ok=True)
        table = np.column_stack([ys, xs])
        np.savetxt(root / channel / "data.csv", table, delimiter=",", fmt="%.6g")
    return root


def read_channel(path: Path, *, nthread: int) -> xgb.DMatrix:
    # As the built-in reads CSV: float32, label in column 0.
    table = np.loadtxt(path, delimiter=",", dtype=np.float32, ndmin=2, encoding="utf-8")
    return xgb.DMatrix(table[:, 1:], label=table[:, 0], nthread=nthread)


# --- Baseline: a plain Optuna loop -----------------------------------------------------------


@dataclass
class BaselineResult:
    wall: float
    load_seconds: float
    other_cores: float
    train_seconds: list[float]
    sample_seconds: list[float]  # ask + tell, in memory
    params: list[dict[str, str]]


def run_baseline(root: Path, *, trials: int, num_round: int, nthread: int) -> BaselineResult:
    other = OtherLoad()
    started = time.perf_counter()
    dtrain = read_channel(root / "train" / "data.csv", nthread=nthread)
    dvalidation = read_channel(root / "validation" / "data.csv", nthread=nthread)
    load_seconds = time.perf_counter() - started
    distributions = optuna_distributions(INTEGER_RANGES, CONTINUOUS_RANGES)
    plan = TuningPlan(
        max_training_jobs=trials, max_parallel=1, random_seed=SEED, early_stopping=False
    )
    study = optuna.create_study(direction="maximize")
    result = BaselineResult(0.0, load_seconds, float("nan"), [], [], [])
    for sequence in range(1, trials + 1):
        # openamt builds a fresh sampler per launch, seeded by launch number: do the same.
        sampled = time.perf_counter()
        study.sampler = bayesian_sampler(plan, trial_seed(plan, sequence))
        trial = study.ask(distributions)
        sample_seconds = time.perf_counter() - sampled
        params = {
            "objective": "binary:logistic",
            **trial.params,
            "nthread": nthread,
            "eval_metric": ["auc"],
        }
        evals_result: dict[str, Any] = {}
        trained = time.perf_counter()
        xgb.train(
            params,
            dtrain,
            num_boost_round=num_round,
            evals=[(dtrain, "train"), (dvalidation, "validation")],
            evals_result=evals_result,
            verbose_eval=False,
        )
        told = time.perf_counter()
        result.train_seconds.append(told - trained)
        # openamt's objective is the last printed line, printed with 5 decimals.
        study.tell(trial, float(f"{evals_result['validation']['auc'][-1]:.5f}"))
        result.sample_seconds.append(sample_seconds + time.perf_counter() - told)
        result.params.append(
            {k: repr(v) if isinstance(v, float) else str(v) for k, v in trial.params.items()}
        )
    result.wall = time.perf_counter() - started
    result.other_cores = other.cores()
    return result


# --- Other load on the machine -----------------------------------------------------------------


def _machine_busy() -> float:
    """CPU seconds the whole machine has spent busy since boot (Linux /proc/stat)."""
    user, nice, system, _idle, _iowait, irq, softirq, steal = map(
        int, Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]
    )
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def _tree_cpu(pid: int | None) -> float:
    """CPU seconds of this process, and of `pid` and its children (reaped ones included)."""
    own = time.process_time()
    if pid is None:
        return own
    tick = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    stats: dict[int, list[str]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue  # exited meanwhile
            parents[int(entry.name)], stats[int(entry.name)] = int(fields[1]), fields
    total, todo = own, [pid]
    while todo:
        current = todo.pop()
        stat = stats.get(current)
        if stat is None:
            continue
        # utime, stime; the workers' cutime and cstime hold their forked trainings
        total += sum(int(value) for value in stat[11:15]) / tick
        todo += [child for child, parent in parents.items() if parent == current]
    return total


class OtherLoad:
    """How many cores processes outside this benchmark kept busy while it measured.

    The numbers mean little on a busy machine; this says when they were taken on one."""

    def __init__(self, server_pid: int | None = None) -> None:
        self.available = Path("/proc/stat").exists()
        self.server_pid = server_pid
        self.start = self._sample()

    def _sample(self) -> tuple[float, float, float]:
        if not self.available:
            return (0.0, 0.0, 0.0)
        return time.monotonic(), _machine_busy(), _tree_cpu(self.server_pid)

    def cores(self) -> float:
        """Average cores used by other processes since this object was made (nan: unknown)."""
        if not self.available:
            return float("nan")
        wall, busy, ours = (
            end - start for end, start in zip(self._sample(), self.start, strict=True)
        )
        return max(0.0, (busy - ours) / wall) if wall > 0 else float("nan")


# --- openamt -----------------------------------------------------------------------------------


def tuning_request(name: str, *, trials: int, parallel: int, num_round: int) -> dict[str, Any]:
    uri = f"s3://{BUCKET}/{PREFIX}"
    channels = csv_channels(uri)
    return {
        "HyperParameterTuningJobName": name,
        "HyperParameterTuningJobConfig": {
            "Strategy": "Bayesian",
            "RandomSeed": SEED,
            "HyperParameterTuningJobObjective": {"Type": "Maximize", "MetricName": OBJECTIVE},
            "ResourceLimits": {
                "MaxNumberOfTrainingJobs": trials,
                "MaxParallelTrainingJobs": parallel,
            },
            "ParameterRanges": parameter_ranges(INTEGER_RANGES, CONTINUOUS_RANGES),
        },
        "TrainingJobDefinition": xgboost_definition(
            {"objective": "binary:logistic", "num_round": str(num_round)},
            channels,
            f"{uri}/output/",
        ),
    }


@dataclass
class Job:
    """One training job's timestamps (seconds since the epoch) from openamt's database."""

    sequence: int
    created: float
    started: float
    ended: float
    first_metric: float
    last_metric: float
    tuned: dict[str, str]


@dataclass
class OpenamtRun:
    name: str
    parallel: int
    wall: float  # from the create call to the job's end time as openamt recorded it
    status: str
    jobs: list[Job] = field(default_factory=list)
    other_cores: float = float("nan")


def run_tuning_job(
    server: Server, name: str, *, trials: int, parallel: int, num_round: int, timeout: float
) -> OpenamtRun:
    body = tuning_request(name, trials=trials, parallel=parallel, num_round=num_round)
    other = OtherLoad(server.process.pid if server.process else None)
    with httpx.Client(base_url=server.url, timeout=30) as client:
        started = time.time()
        response = client.post("/v1/hyper-parameter-tuning-jobs", json=body)
        if response.status_code != 201:
            raise RuntimeError(f"create {name}: {response.status_code} {response.text}")
        deadline = time.monotonic() + timeout
        while True:
            described = client.get(f"/v1/hyper-parameter-tuning-jobs/{name}").json()
            status = described["HyperParameterTuningJobStatus"]
            if status in ("Completed", "Failed", "Stopped"):
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"{name} still {status} after {timeout:.0f} s")
            time.sleep(POLL_SECONDS)
    other_cores = other.cores()
    end_time, jobs = read_database(server.data_dir / "openamt.db", name)
    return OpenamtRun(name, parallel, end_time - started, status, jobs, other_cores)


def _epoch(value: str | None) -> float:
    if value is None:
        return float("nan")
    stamp = datetime.fromisoformat(value)
    return (stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)).timestamp()


def read_database(path: Path, tuning_job: str) -> tuple[float, list[Job]]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        (end_time,) = db.execute(
            "SELECT end_time FROM tuning_jobs WHERE name = ?", (tuning_job,)
        ).fetchone()
        rows = db.execute(
            """SELECT t.sequence, t.creation_time, t.training_start_time, t.training_end_time,
                      MIN(m.timestamp), MAX(m.timestamp), t.tuned_hyperparameters
               FROM training_jobs t LEFT JOIN metric_points m ON m.training_job_id = t.id
               WHERE t.tuning_job_name = ? GROUP BY t.id ORDER BY t.sequence""",
            (tuning_job,),
        ).fetchall()
    jobs = [
        Job(seq, _epoch(c), _epoch(s), _epoch(e), _epoch(f), _epoch(la), json.loads(tuned))
        for seq, c, s, e, f, la, tuned in rows
    ]
    return _epoch(end_time), jobs


# --- Analysis ----------------------------------------------------------------------------------


@dataclass
class Dispatch:
    """For each job launched by another's end: the gaps from that end, in ms."""

    to_start: list[float]  # end -> next TrainingStartTime (advance, queue, claim)
    to_creation: list[float]  # end -> next CreationTime (tell, sample, store)


def dispatch_latencies(jobs: list[Job], parallel: int) -> Dispatch:
    # The first `parallel` jobs are launched by the create call; every later one by the latest
    # end that precedes its creation.
    dispatch = Dispatch([], [])
    for job in jobs[parallel:]:
        ends = [other.ended for other in jobs if other.ended <= job.created]
        if ends:
            dispatch.to_start.append((job.started - max(ends)) * 1000)
            dispatch.to_creation.append((job.created - max(ends)) * 1000)
    return dispatch


def pct(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) if values else float("nan")


PHASES = ("setup", "rounds", "teardown", "job")


def phases(jobs: list[Job], *, num_round: int) -> dict[str, list[float]]:
    """Where a training job's time goes, in ms, from its timestamps and its metric lines."""
    found: dict[str, list[float]] = {phase: [] for phase in PHASES}
    for job in jobs:
        per_round = (job.last_metric - job.first_metric) / max(1, num_round - 1)
        # setup: claim -> first round printed, minus that round's training
        found["setup"].append((job.first_metric - job.started - per_round) * 1000)
        found["rounds"].append((job.last_metric - job.first_metric + per_round) * 1000)
        found["teardown"].append((job.ended - job.last_metric) * 1000)
        found["job"].append((job.ended - job.started) * 1000)
    return found


def matching_trials(baseline: list[dict[str, str]], jobs: list[Job]) -> int:
    return sum(1 for params, job in zip(baseline, jobs, strict=False) if params == job.tuned)


# --- Report ------------------------------------------------------------------------------------


def report(
    args: argparse.Namespace, *, nthread: int, baseline: BaselineResult, runs: dict[int, OpenamtRun]
) -> None:
    trials, p1, p2 = args.trials, runs[1], runs[2]
    train_ms = [seconds * 1000 for seconds in baseline.train_seconds]
    dispatch, dispatch_p2 = dispatch_latencies(p1.jobs, 1), dispatch_latencies(p2.jobs, 2)
    ratio_p1, ratio_p2, ratio_p2_p1 = (
        p1.wall / baseline.wall, p2.wall / baseline.wall, p2.wall / p1.wall
    )  # fmt: skip

    def met(ok: bool) -> str:
        return "[green]met[/]" if ok else "[red]missed[/]"

    def ms(values: list[float]) -> str:
        return f"{pct(values, 50):.1f} / {pct(values, 99):.1f} ms (n={len(values)})"

    rows = [
        ("baseline wall (plain Optuna loop, 1 process)", f"{baseline.wall:.2f} s", "", ""),
        ("  data load, once", f"{baseline.load_seconds * 1000:.0f} ms", "", ""),
        ("  xgboost.train per trial, mean / p50 / max",
         f"{np.mean(train_ms):.0f} / {pct(train_ms, 50):.0f} / {max(train_ms):.0f} ms", "", ""),
        ("  Optuna ask + tell per trial, mean (in memory)",
         f"{np.mean(baseline.sample_seconds) * 1000:.1f} ms", "", ""),
        ("  wall per trial", f"{baseline.wall / trials * 1000:.0f} ms", "", ""),
        ("openamt wall, parallel 1", f"{p1.wall:.2f} s", "", p1.status),
        ("  wall per trial", f"{p1.wall / trials * 1000:.0f} ms", "", ""),
        ("  overhead per trial over baseline",
         f"{(p1.wall - baseline.wall) / trials * 1000:.0f} ms", "", ""),
        ("  same hyperparameters as baseline",
         f"{matching_trials(baseline.params, p1.jobs)} of {trials} trials", "", ""),
        ("  ratio p1 / baseline", f"{ratio_p1:.3f}", "<= 1.10", met(ratio_p1 <= 1.10)),
        ("openamt wall, parallel 2", f"{p2.wall:.2f} s", "", p2.status),
        ("  ratio p2 / baseline", f"{ratio_p2:.3f}", "< 0.60", met(ratio_p2 < 0.60)),
        ("  ratio p2 / p1", f"{ratio_p2_p1:.3f}", "< 0.60", met(ratio_p2_p1 < 0.60)),
        ("p1 dispatch: end -> next start, p50 / p99", ms(dispatch.to_start),
         "p50 <= 20 ms", met(pct(dispatch.to_start, 50) <= 20)),
        ("p1 dispatch: end -> next creation, p50 / p99", ms(dispatch.to_creation), "", ""),
        ("p2 dispatch: end -> next start, p50 / p99", ms(dispatch_p2.to_start), "", ""),
    ]  # fmt: skip
    others = [baseline.other_cores, p1.other_cores, p2.other_cores]
    quiet = all(cores < 0.2 for cores in others)
    rows.append(("other processes' CPU: baseline / p1 / p2",
                 " / ".join(f"{cores:.2f}" for cores in others) + " cores", "< 0.20 each",
                 "[green]quiet[/]" if quiet else "[yellow]disturbed[/]"))  # fmt: skip
    for parallel, run in runs.items():
        found = phases(run.jobs, num_round=args.num_round)
        medians = " / ".join(f"{pct(found[phase], 50):.0f}" for phase in PHASES)
        rows.append((f"p{parallel} training job p50 ms: {' / '.join(PHASES)}", medians, "", ""))

    table = Table(
        title=f"openamt overhead: {trials} Bayesian trials, {args.rows} rows x {args.features} "
        f"features, num_round {args.num_round}, nthread {nthread}, "
        f"--workers {args.workers}, {os.cpu_count()} cores"
    )
    for column in ("measure", "value", "goal", ""):
        table.add_column(column)
    for row in rows:
        table.add_row(*row)
    console.print(table)
    console.print(
        "setup: claim to the first round (channels, fork, CSV, DMatrix); rounds: first to last "
        "metric line, plus one round; teardown: last line to the recorded end (wait, metrics, "
        "model.tar.gz, finish); job: TrainingStartTime to TrainingEndTime."
    )


# --- Main ----------------------------------------------------------------------------------------


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=30)
    parser.add_argument("--rows", type=int, default=30000)
    parser.add_argument("--features", type=int, default=30)
    parser.add_argument("--num-round", type=int, default=100)
    parser.add_argument("--workers", type=int, default=2, help="openamt serve --workers")
    parser.add_argument("--quick", action="store_true", help="smoke run: 6 trials, small data")
    parser.add_argument("--keep", action="store_true", help="keep the data directory")
    args = parser.parse_args()
    if args.quick:
        args.trials, args.rows, args.num_round = 6, 3000, 20
    return args


def main() -> None:
    args = parse_args()
    # A training job alone on the host gets every core (app/runs._share_of_cores), as a
    # parallel-1 job does; train the baseline the same way.
    nthread = os.cpu_count() or 1
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    # openamt's sampler recipe uses TPE's experimental `group`; said once is enough.
    warnings.filterwarnings("ignore", category=optuna.exceptions.ExperimentalWarning)
    work = Path(tempfile.mkdtemp(prefix="openamt-bench-"))
    data_dir = work / "data"
    # The tests' harness, with every setting at the default a user gets.
    server = Server(data_dir, workers=args.workers, user_defaults=True)
    try:
        root = write_dataset(data_dir, rows=args.rows, features=args.features, seed=7)
        console.print(f"data: {root} ({args.rows} rows); baseline: {args.trials} trials ...")
        baseline = run_baseline(root, trials=args.trials, num_round=args.num_round, nthread=nthread)
        console.print(
            f"baseline {baseline.wall:.2f} s, "
            f"{np.mean(baseline.train_seconds) * 1000:.0f} ms per trial"
        )
        server.start()
        # Workers are spawned and import XGBoost after /healthz answers: a small job first,
        # so that neither measured job waits for them.
        warm = time.perf_counter()
        run_tuning_job(server, "bench-warmup", trials=2, parallel=2, num_round=2, timeout=300)
        console.print(f"openamt up; warm-up job {time.perf_counter() - warm:.2f} s")
        timeout = max(600.0, baseline.wall * 10)
        runs: dict[int, OpenamtRun] = {}
        for parallel in (1, 2):
            runs[parallel] = run_tuning_job(
                server,
                f"bench-p{parallel}",
                trials=args.trials,
                parallel=parallel,
                num_round=args.num_round,
                timeout=timeout,
            )
            console.print(f"openamt parallel {parallel}: {runs[parallel].wall:.2f} s")
        report(args, nthread=nthread, baseline=baseline, runs=runs)
    except Exception:
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
