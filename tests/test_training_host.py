"""The warm training host (workers/training_host.py): trials of built-in XGBoost in one
long-lived process that keeps the data it built.

Each test drives the host from a fresh interpreter (DRIVER), as a worker process does: a
process that has run OpenMP (this one has, in other tests) may not fork a trainer.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.support.jobs import write_fraud_data
from tests.support.servers import alive

# Each test starts interpreters that import XGBoost and train: seconds, not the fast tier's.
pytestmark = pytest.mark.services

ROOT = Path(__file__).resolve().parent.parent

DRIVER = r"""
import json, sys, threading, time, hashlib
from pathlib import Path
from workers import process as processes, training_host
from workers.algorithms import xgboost_builtin
from workers.algorithms.base import TrainingContext
from workers.process import ForkedTraining, ResourceLimits

spec = json.loads(sys.argv[1])
data = Path(spec["data"])
processes.STOP_GRACE_SECONDS = spec.get("grace", processes.STOP_GRACE_SECONDS)
for number, trial in enumerate(spec["trials"]):
    ctx = TrainingContext(
        job_name=f"job-{number}",
        job_arn=f"arn:aws:sagemaker:us-east-1:000000000000:training-job/job-{number}",
        hyperparameters=trial["hyperparameters"],
        channels={name: data / name for name in ("train", "validation")},
        content_types={"train": "text/csv", "validation": "text/csv"},
        job_dir=Path(spec["jobs"]) / f"job-{number}",
        num_cpus=2,
    )
    if trial.get("fork"):
        process = ForkedTraining(
            xgboost_builtin.train, ctx, failure_file=ctx.failure_file, limits=ResourceLimits()
        )
    else:
        process = training_host.start(ctx, ResourceLimits())
    print(json.dumps({"started": process.pid}), flush=True)
    lines, stopping = [], threading.Event()

    def stopper():  # as the watch does: stop() again at every wake-up until the end
        while not stopping.wait(0.05):
            process.stop()

    for line in process.lines():
        lines.append(line)
        if trial.get("stop_after") and len(lines) == trial["stop_after"]:
            if trial.get("freeze"):  # a host that cannot answer
                import os, signal
                os.kill(process.pid, signal.SIGSTOP)
            threading.Thread(target=stopper, daemon=True).start()
    code = process.wait()
    stopping.set()
    model = ctx.model_dir / "xgboost-model"
    print(json.dumps({
        "pid": process.pid,
        "code": code,
        "lines": lines,
        "model": hashlib.sha256(model.read_bytes()).hexdigest() if model.exists() else None,
        "failure": ctx.failure_file.read_text() if ctx.failure_file.exists() else None,
    }), flush=True)
"""

FRAUD = {
    "objective": "binary:logistic",
    "eval_metric": "auc",
    "num_round": "12",
    "max_depth": "4",
    "eta": "0.3",
    "_tuning_objective_metric": "validation:auc",
}


def drive(tmp_path: Path, trials: list[dict[str, Any]], **options: Any) -> list[dict[str, Any]]:
    write_fraud_data(tmp_path, rows=2000)
    spec = {
        "data": str(tmp_path / "s3" / "test-bucket" / "fraud"),
        "jobs": str(tmp_path / "jobs"),
        "trials": trials,
        **options,
    }
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, json.dumps(spec)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    return [record for record in records if "code" in record]


def test_warm_trials_print_and_save_what_a_fork_does(tmp_path):
    other = {**FRAUD, "max_depth": "2", "eta": "0.1"}
    fork, first, second, again = drive(
        tmp_path,
        [
            {"hyperparameters": FRAUD, "fork": True},
            {"hyperparameters": FRAUD},
            {"hyperparameters": other},
            {"hyperparameters": FRAUD},  # on the matrices the first warm trial built
        ],
    )
    assert fork["code"] == first["code"] == second["code"] == again["code"] == 0
    assert len(fork["lines"]) == 12
    assert first["lines"] == fork["lines"] == again["lines"]
    assert first["model"] == fork["model"] == again["model"]
    assert second["lines"] != first["lines"]
    # One host served the three warm trials.
    assert first["pid"] == second["pid"] == again["pid"] != fork["pid"]


def test_a_stop_ends_the_trial_at_a_round_and_the_host_stays(tmp_path):
    long = {**FRAUD, "num_round": "100000"}
    stopped, after = drive(
        tmp_path, [{"hyperparameters": long, "stop_after": 3}, {"hyperparameters": FRAUD}]
    )
    assert stopped["code"] == -signal.SIGTERM
    assert 3 <= len(stopped["lines"]) < 100000
    assert all(line.startswith("[") for line in stopped["lines"])
    assert stopped["model"] is None  # as for a killed fork: a stopped job saves no model
    assert after["code"] == 0 and len(after["lines"]) == 12
    assert after["pid"] == stopped["pid"]


def test_a_host_that_does_not_answer_a_stop_is_killed(tmp_path):
    long = {**FRAUD, "num_round": "100000"}
    frozen, after = drive(
        tmp_path,
        [{"hyperparameters": long, "stop_after": 2, "freeze": True}, {"hyperparameters": FRAUD}],
        grace=0.3,
    )
    assert frozen["code"] == -signal.SIGKILL
    assert not alive(frozen["pid"])
    assert after["code"] == 0 and after["pid"] != frozen["pid"]


def test_a_failed_trial_reports_its_reason_and_retires_the_host(tmp_path):
    failed, after = drive(
        tmp_path,
        [
            {"hyperparameters": {**FRAUD, "max_depth": "-1"}},
            {"hyperparameters": FRAUD},
        ],
    )
    assert failed["code"] == 1
    assert "max_depth" in failed["failure"]
    assert after["code"] == 0 and after["pid"] != failed["pid"]


def test_a_worker_killed_with_9_takes_its_host_along(tmp_path):
    write_fraud_data(tmp_path, rows=2000)
    spec = {
        "data": str(tmp_path / "s3" / "test-bucket" / "fraud"),
        "jobs": str(tmp_path / "jobs"),
        "trials": [{"hyperparameters": {**FRAUD, "num_round": "100000"}}],
    }
    worker = subprocess.Popen(
        [sys.executable, "-c", DRIVER, json.dumps(spec)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert worker.stdout is not None
        host = json.loads(worker.stdout.readline())["started"]
        assert alive(host)
    finally:
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait()
    deadline = time.monotonic() + 10
    while alive(host) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not alive(host)
