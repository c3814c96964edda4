"""The study guide's workload, openamt against plain Optuna loops doing the same work.

    python bench/trials.py [--trials 20] [--rows 20000] [--num-round 60] [--quick] [--no-ray]

20 built-in XGBoost trials (20k rows x 30 features, 3% positives, 60 rounds, the fraud
example's ranges plus min_child_weight, Random, MaxParallelTrainingJobs 1) through
`openamt serve --workers 1` (user defaults), once with the warm training host (the default:
in its tuning job's sandbox), once with that host unsandboxed (OPENAMT_SANDBOX=off), and once
with a fork per trial (OPENAMT_WARM_TRAINING=false). Then plain Optuna loops in
this process run the very hyperparameter sets openamt ran, in its order (enqueued):

  reload        reads the CSVs and builds the DMatrix every trial, evaluates validation only:
                the loop a user writes by hand, and the baseline of every ratio (run before
                and after openamt; the mean of both)
  reload+train  the same, evaluating the train channel each round too (what the container
                prints)
  sqlite        `reload` on Optuna's SQLite storage
  floor         the DMatrix built once, validation only
  floor+train   the DMatrix built once, train and validation evaluated: the same work as
                openamt's built-in, with nothing else

Each side's objective is the last round's validation AUC to the container's 5 decimals; the
report says how many trials match openamt's exactly. openamt's wall runs from the create call
to the tuning job's end as openamt recorded it.

Last, Ray Tune runs the same sets (bench/ray_side.py, a function trainable that reloads the
CSVs every trial, one trial at a time, Ray's defaults), without and with `reuse_actors`, in a
virtualenv of its own (.venv-ray/, made on first use with openamt's XGBoost and NumPy; the rows
are left out, said why, where it cannot be made, and by --no-ray). Its wall is Tuner.fit's.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from importlib import metadata
from pathlib import Path
from typing import Any

import httpx
import optuna
import xgboost as xgb
from optuna.distributions import IntDistribution
from rich.console import Console
from rich.markup import escape
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `python bench/<name>.py` from anywhere: bench.* below

from bench.common import (  # noqa: E402
    csv_channels,
    optuna_distributions,
    parameter_ranges,
    xgboost_definition,
)
from bench.overhead import BUCKET, PREFIX, OtherLoad, read_channel, write_dataset  # noqa: E402
from tests.support.servers import Server  # noqa: E402

OBJECTIVE = "validation:auc"
SEED = 42
STATIC = {"objective": "binary:logistic", "eval_metric": "auc", "scale_pos_weight": "10"}
# The same, as the plain loops (and Ray's) pass them to xgboost.train.
TRAIN_PARAMS = {**STATIC, "scale_pos_weight": float(STATIC["scale_pos_weight"])}
INTEGER_RANGES = [("max_depth", 2, 8)]
CONTINUOUS_RANGES = [
    ("eta", 0.05, 0.5, "Logarithmic"),
    ("gamma", 0.0, 5.0, "Auto"),
    ("subsample", 0.5, 1.0, "Auto"),
    ("min_child_weight", 1.0, 10.0, "Logarithmic"),
]

console = Console(width=None if sys.stdout.isatty() else 130)


# --- openamt -----------------------------------------------------------------------------------


def tuning_request(name: str, *, trials: int, num_round: int) -> dict[str, Any]:
    uri = f"s3://{BUCKET}/{PREFIX}"
    channels = csv_channels(uri)
    return {
        "HyperParameterTuningJobName": name,
        "HyperParameterTuningJobConfig": {
            "Strategy": "Random",
            "RandomSeed": SEED,
            "TrainingJobEarlyStoppingType": "Off",
            "HyperParameterTuningJobObjective": {"Type": "Maximize", "MetricName": OBJECTIVE},
            "ResourceLimits": {"MaxNumberOfTrainingJobs": trials, "MaxParallelTrainingJobs": 1},
            "ParameterRanges": parameter_ranges(INTEGER_RANGES, CONTINUOUS_RANGES),
        },
        "TrainingJobDefinition": xgboost_definition(
            {**STATIC, "num_round": str(num_round)}, channels, f"{uri}/output/"
        ),
    }


@dataclass
class OpenamtRun:
    wall: float
    cores_elsewhere: float
    trials: list[tuple[dict[str, str], float | None]]  # tuned hyperparameters, objective


def run_openamt(server: Server, name: str, *, trials: int, num_round: int) -> OpenamtRun:
    other = OtherLoad(server.process.pid if server.process else None)
    with httpx.Client(base_url=server.url, timeout=30) as client:
        started = time.time()
        body = tuning_request(name, trials=trials, num_round=num_round)
        response = client.post("/v1/hyper-parameter-tuning-jobs", json=body)
        response.raise_for_status()
        while True:
            described = client.get(f"/v1/hyper-parameter-tuning-jobs/{name}").json()
            if described["HyperParameterTuningJobStatus"] in ("Completed", "Failed", "Stopped"):
                break
            time.sleep(0.5)
        if described["HyperParameterTuningJobStatus"] != "Completed":
            raise RuntimeError(f"{name}: {described.get('FailureReason')}")
        ended = described["HyperParameterTuningEndTime"]
        jobs = client.get(
            f"/v1/hyper-parameter-tuning-jobs/{name}/training-jobs",
            params={"MaxResults": 100, "SortBy": "CreationTime", "SortOrder": "Ascending"},
        ).json()["TrainingJobSummaries"]
    wall = _epoch(ended) - started
    return OpenamtRun(
        wall,
        other.cores(),
        [
            (
                job["TunedHyperParameters"],
                job.get("FinalHyperParameterTuningJobObjectiveMetric", {}).get("Value"),
            )
            for job in jobs
        ],
    )


def _epoch(value: Any) -> float:
    if isinstance(value, int | float):
        return float(value)
    return datetime.fromisoformat(str(value).replace("Z", "+00:00")).timestamp()


# --- Plain loops -------------------------------------------------------------------------------


def typed_sets(sets: list[dict[str, str]]) -> list[dict[str, int | float]]:
    """openamt's hyperparameter sets (strings) as the loops pass them to XGBoost."""
    space = optuna_distributions(INTEGER_RANGES, CONTINUOUS_RANGES)
    return [
        {
            name: int(value) if isinstance(space[name], IntDistribution) else float(value)
            for name, value in tuned.items()
        }
        for tuned in sets
    ]


@dataclass
class LoopRun:
    wall: float
    objectives: list[float]


def plain_loop(
    root: Path,
    sets: list[dict[str, str]],
    *,
    num_round: int,
    nthread: int,
    reload: bool,
    train_eval: bool,
    storage: str | None = None,
) -> LoopRun:
    """An Optuna loop over the enqueued `sets`, with the built-in's parameters."""
    space = optuna_distributions(INTEGER_RANGES, CONTINUOUS_RANGES)
    started = time.perf_counter()
    study = optuna.create_study(
        direction="maximize", storage=storage, sampler=optuna.samplers.RandomSampler(SEED)
    )
    for tuned in typed_sets(sets):  # openamt's sets, in its order
        study.enqueue_trial(tuned)
    load: Callable[[], tuple[xgb.DMatrix, xgb.DMatrix]] = lambda: (  # noqa: E731
        read_channel(root / "train" / "data.csv", nthread=nthread),
        read_channel(root / "validation" / "data.csv", nthread=nthread),
    )
    matrices = None if reload else load()
    objectives = []
    for _ in sets:
        trial = study.ask(space)
        dtrain, dvalidation = load() if matrices is None else matrices
        params = {**TRAIN_PARAMS, **trial.params, "nthread": nthread}
        evals = [(dtrain, "train")] if train_eval else []
        history: dict[str, Any] = {}
        xgb.train(
            params,
            dtrain,
            num_boost_round=num_round,
            evals=[*evals, (dvalidation, "validation")],
            evals_result=history,
            verbose_eval=False,
        )
        objective = float(f"{history['validation']['auc'][-1]:.5f}")
        study.tell(trial, objective)
        objectives.append(objective)
    return LoopRun(time.perf_counter() - started, objectives)


# --- Ray Tune ----------------------------------------------------------------------------------

RAY_VERSION = "2.60.0"
RAY_VENV = ROOT / ".venv-ray"  # Ray in its own virtualenv: its dependencies are not openamt's


def ray_runs(
    root: Path, sets: list[dict[str, str]], *, num_round: int, nthread: int
) -> dict[str, LoopRun]:
    """bench/ray_side.py over `sets`, without and with reuse_actors; none if Ray cannot install."""
    python = ray_python()
    if python is None:
        return {}
    workload = {
        "data": str(root),
        "sets": typed_sets(sets),
        "static": TRAIN_PARAMS,
        "num_round": num_round,
        "nthread": nthread,
    }
    runs = {}
    for name, reuse_actors in (("ray tune", False), ("ray tune, reuse_actors", True)):
        with tempfile.NamedTemporaryFile("w", suffix=".json") as file:
            json.dump({**workload, "reuse_actors": reuse_actors}, file)
            file.flush()
            side = [str(python), str(ROOT / "bench" / "ray_side.py"), file.name]
            done = subprocess.run(side, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            console.print(escape(f"{name}: skipped, Ray failed ({_last_line(done.stderr)})"))
            continue
        result = json.loads(done.stdout.strip().splitlines()[-1])
        runs[name] = LoopRun(result["wall"], result["objectives"])
        console.print(f"{name}: {result['wall']:.2f} s, and ray.init {result['init']:.2f} s")
    return runs


def ray_python() -> Path | None:
    """The Ray virtualenv's Python, made on first use; None, said why, where it cannot be."""
    requirements = [f"ray[tune]=={RAY_VERSION}", _as_here("xgboost"), _as_here("numpy")]
    python, made = RAY_VENV / "bin" / "python", RAY_VENV / ".installed"
    if made.exists() and made.read_text().split() == requirements:
        return python
    console.print(escape(f"ray tune: making {RAY_VENV.name}/ with {' '.join(requirements)}"))
    started = time.perf_counter()
    for command in (
        [sys.executable, "-m", "venv", "--clear", str(RAY_VENV)],
        [str(python), "-m", "pip", "install", "--quiet", *requirements],
    ):
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            console.print(
                escape(f"ray tune: skipped, no Ray virtualenv ({_last_line(done.stderr)})")
            )
            return None
    made.write_text("\n".join(requirements))
    console.print(f"ray tune: {RAY_VENV.name}/ made in {time.perf_counter() - started:.0f} s")
    return python


def _as_here(module: str) -> str:
    # The very XGBoost and NumPy of this virtualenv, so that Ray's objectives can match.
    distribution = metadata.packages_distributions()[module][0]
    return f"{distribution}=={metadata.version(distribution)}"


def _last_line(output: str) -> str:
    lines = [line for line in output.splitlines() if line.strip()]
    return lines[-1].strip() if lines else "no output"


# --- Report ------------------------------------------------------------------------------------


def report(
    args: argparse.Namespace, openamt: dict[str, OpenamtRun], loops: dict[str, LoopRun]
) -> None:
    baseline = (loops["reload (before)"].wall + loops["reload (after)"].wall) / 2
    reference = [objective for _, objective in openamt["openamt warm"].trials]
    table = Table(
        title=f"{args.trials} built-in XGBoost trials, {args.rows} rows x 30 features, "
        f"{args.num_round} rounds, Random, parallel 1, --workers 1, {os.cpu_count()} cores"
    )
    for column in ("side", "wall", "per trial", "/ reload loop", "same objectives", "goal"):
        table.add_column(column)
    rows: list[tuple[str, float, list[float | None]]] = [
        *((name, run.wall, [o for _, o in run.trials]) for name, run in openamt.items()),
        *((name, run.wall, list(run.objectives)) for name, run in loops.items()),
    ]
    for name, wall, objectives in rows:
        ratio = wall / baseline
        goal = ""
        if name == "openamt warm":
            goal = f"<= 0.90 {'[green]met[/]' if ratio <= 0.90 else '[red]missed[/]'}"
        same = sum(a == b for a, b in zip(objectives, reference, strict=False))
        table.add_row(
            name,
            f"{wall:.2f} s",
            f"{wall / args.trials * 1000:.0f} ms",
            f"{ratio:.3f}",
            f"{same} of {len(reference)}",
            goal,
        )
    console.print(table)
    floor = loops["floor+train"].wall
    warm = openamt["openamt warm"].wall
    console.print(
        f"openamt warm / floor+train (the same work, nothing else): {warm / floor:.3f}; "
        f"openamt's own cost per trial over it: {(warm - floor) / args.trials * 1000:.0f} ms. "
        "Other processes' CPU during openamt's runs: "
        + ", ".join(f"{name} {run.cores_elsewhere:.2f}" for name, run in openamt.items())
        + " cores."
    )


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--num-round", type=int, default=60)
    parser.add_argument("--no-ray", action="store_true", help="leave out the Ray Tune rows")
    parser.add_argument("--quick", action="store_true", help="smoke run: 5 trials, small data")
    args = parser.parse_args()
    if args.quick:
        args.trials, args.rows, args.num_round = 5, 3000, 10
    return args


def main() -> None:
    args = parse_args()
    nthread = os.cpu_count() or 1  # --workers 1: the one job gets every core
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    warnings.filterwarnings("ignore", category=optuna.exceptions.ExperimentalWarning)
    work = Path(tempfile.mkdtemp(prefix="openamt-bench-"))
    root = write_dataset(work / "data", rows=args.rows, features=30, seed=7)
    openamt: dict[str, OpenamtRun] = {}
    loops: dict[str, LoopRun] = {}

    def serve(name: str, env: dict[str, str]) -> None:
        server = Server(work / "data", workers=1, env=env, user_defaults=True)
        server.start()
        try:
            # The worker is spawned and imports XGBoost after /healthz answers.
            run_openamt(server, f"warm-up-{len(openamt)}", trials=2, num_round=2)
            openamt[name] = run_openamt(
                server, f"bench-{len(openamt)}", trials=args.trials, num_round=args.num_round
            )
        finally:
            server.stop()
        console.print(f"{name}: {openamt[name].wall:.2f} s")

    def loop(name: str, *, reload: bool, train_eval: bool, storage: str | None = None) -> None:
        sets = [tuned for tuned, _ in openamt["openamt warm"].trials]
        loops[name] = plain_loop(
            root, sets, num_round=args.num_round, nthread=nthread,
            reload=reload, train_eval=train_eval, storage=storage,
        )  # fmt: skip
        console.print(f"{name}: {loops[name].wall:.2f} s")

    try:
        serve("openamt warm", {})
        serve("openamt warm, no sandbox", {"OPENAMT_SANDBOX": "off"})
        loop("reload (before)", reload=True, train_eval=False)
        loop("reload+train", reload=True, train_eval=True)
        loop("sqlite", reload=True, train_eval=False, storage=f"sqlite:///{work / 'optuna.db'}")
        loop("floor", reload=False, train_eval=False)
        loop("floor+train", reload=False, train_eval=True)
        serve("openamt fork per trial", {"OPENAMT_WARM_TRAINING": "false"})
        loop("reload (after)", reload=True, train_eval=False)
        if args.no_ray:
            console.print("ray tune: skipped (--no-ray)")
        else:
            sets = [tuned for tuned, _ in openamt["openamt warm"].trials]
            loops.update(ray_runs(root, sets, num_round=args.num_round, nthread=nthread))
        report(args, openamt, loops)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
