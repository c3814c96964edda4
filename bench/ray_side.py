"""bench/trials.py's workload through Ray Tune, run by the Ray virtualenv's Python.

    <ray venv>/bin/python bench/ray_side.py WORKLOAD.json

WORKLOAD.json: {"data": the directory holding train/data.csv and validation/data.csv,
"sets": the hyperparameter sets (typed as the plain loops pass them), "static": the booster's
other parameters, "num_round", "nthread", "reuse_actors"}. One Tuner runs a function
trainable over a grid of indices into `sets`, one trial at a time, so Ray runs exactly those
sets in their order; each trial reloads the CSVs and builds the DMatrix, as the plain
`reload` loop does. Ray's defaults otherwise.

Prints one JSON line: {"init": ray.init's seconds, "wall": Tuner.fit's seconds, "objectives":
the last round's validation AUC to 5 decimals, in the sets' order}.

Only Ray, XGBoost and NumPy here: this file never runs in openamt's virtualenv.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import ray
import xgboost as xgb
from ray import tune


def read_channel(path: Path, *, nthread: int) -> xgb.DMatrix:
    # As bench/overhead.py reads it (and the built-in reads CSV): float32, label in column 0.
    table = np.loadtxt(path, delimiter=",", dtype=np.float32, ndmin=2, encoding="utf-8")
    return xgb.DMatrix(table[:, 1:], label=table[:, 0], nthread=nthread)


def trainable(workload: dict[str, Any]) -> Any:
    data, nthread = Path(workload["data"]), workload["nthread"]

    def train(config: dict[str, Any]) -> None:
        dtrain = read_channel(data / "train" / "data.csv", nthread=nthread)
        dvalidation = read_channel(data / "validation" / "data.csv", nthread=nthread)
        params = {**workload["static"], **workload["sets"][config["index"]], "nthread": nthread}
        history: dict[str, Any] = {}
        xgb.train(
            params,
            dtrain,
            num_boost_round=workload["num_round"],
            evals=[(dvalidation, "validation")],
            evals_result=history,
            verbose_eval=False,
        )
        tune.report({"auc": float(f"{history['validation']['auc'][-1]:.5f}")})

    return train


def run(workload: dict[str, Any], scratch: Path) -> dict[str, Any]:
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # no report leaves the machine
    started = time.perf_counter()
    # A short temp dir: Ray's Unix socket paths must fit in 107 bytes.
    ray.init(num_cpus=os.cpu_count(), include_dashboard=False, _temp_dir=str(scratch / "ray"))
    init = time.perf_counter() - started
    try:
        tuner = tune.Tuner(
            trainable(workload),
            param_space={"index": tune.grid_search(list(range(len(workload["sets"]))))},
            tune_config=tune.TuneConfig(
                metric="auc",
                mode="max",
                max_concurrent_trials=1,
                reuse_actors=workload["reuse_actors"],
            ),
            run_config=tune.RunConfig(storage_path=str(scratch / "results"), verbose=0),
        )
        started = time.perf_counter()
        grid = tuner.fit()
        wall = time.perf_counter() - started
    finally:
        ray.shutdown()
    if grid.errors:
        raise RuntimeError(f"{len(grid.errors)} Ray trials failed: {grid.errors[0]}")
    by_index = {result.config["index"]: result.metrics["auc"] for result in grid}
    return {"init": init, "wall": wall, "objectives": [by_index[i] for i in sorted(by_index)]}


def main() -> None:
    workload = json.loads(Path(sys.argv[1]).read_text())
    scratch = Path(tempfile.mkdtemp(prefix="ray-"))
    try:
        print(json.dumps(run(workload, scratch)), flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
