"""What the sandbox (workers/sandbox.py, bubblewrap) costs a script-mode trial.

    python bench/sandbox.py [--trials 20] [--starts 50]

In this one run, sandboxed against unsandboxed:
  * process start alone: workers.process.ScriptTraining of a near-zero command (`true`, then
    `python -c pass`) on a job directory, started and waited for `--starts` times each way,
    the two ways taking turns, bwrap's command line built per start as the runner builds it;
  * trials: three `openamt serve --workers 1` on fresh data directories (OPENAMT_SANDBOX=off;
    bwrap with a fresh sandbox and interpreter per trial, OPENAMT_WARM_SCRIPTS=false; bwrap
    with the worker's script host, the default), each running `--trials` near-zero
    script-mode trials in Random tuning jobs at MaxParallelTrainingJobs 1, the servers' jobs
    taking turns; a trial's time is its TrainingEndTime minus TrainingStartTime (claim,
    channels, code, process, model upload), the wall time the tuning jobs' own, from create
    to done.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `python bench/<name>.py` from anywhere: bench.* below

from tests.support.servers import Server  # noqa: E402
from workers.process import ScriptTraining  # noqa: E402
from workers.sandbox import Sandbox, probe  # noqa: E402

SCRIPT = 'import os\nopen(os.path.join(os.environ["SM_MODEL_DIR"], "m"), "w").write("1")\n' \
         'print("validation:accuracy=0.5", flush=True)\n'  # fmt: skip
ROUNDS = 4  # tuning jobs per server, alternating between the two
IMAGE = "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-training:2.1-cpu-py310"


def time_starts(argv: list[str], job_dir: Path, data_dir: Path, starts: int) -> dict[str, float]:
    """Median seconds from start to exit of `argv`, bare and in the sandbox, interleaved (the
    machine's load changes under a bench; both ways see the same)."""
    samples: dict[str, list[float]] = {"off": [], "bwrap": []}
    for _ in range(starts):
        for mode, runs in samples.items():
            began = time.perf_counter()
            box = Sandbox(job_dir, data_dir) if mode == "bwrap" else None
            process = ScriptTraining(argv, env=dict(os.environ), cwd=job_dir, sandbox=box)
            for _line in process.lines():
                pass
            assert process.wait() == 0, f"{argv} failed ({mode})"
            runs.append(time.perf_counter() - began)
    return {mode: statistics.median(runs) for mode, runs in samples.items()}


def tuning_job(name: str, code: Path, trials: int) -> dict[str, Any]:
    return {
        "HyperParameterTuningJobName": name,
        "HyperParameterTuningJobConfig": {
            "Strategy": "Random",
            "HyperParameterTuningJobObjective": {
                "Type": "Maximize", "MetricName": "validation:accuracy"
            },
            "ResourceLimits": {"MaxNumberOfTrainingJobs": trials, "MaxParallelTrainingJobs": 1},
            "ParameterRanges": {
                "ContinuousParameterRanges": [{"Name": "rate", "MinValue": "0", "MaxValue": "1"}]
            },
        },
        "TrainingJobDefinition": {
            "StaticHyperParameters": {
                "sagemaker_program": "train.py",
                "sagemaker_submit_directory": f"file://{code}",
            },
            "AlgorithmSpecification": {
                "TrainingImage": IMAGE,
                "TrainingInputMode": "File",
                "MetricDefinitions": [
                    {"Name": "validation:accuracy", "Regex": r"validation:accuracy=([0-9\.]+)"}
                ],
            },
            "RoleArn": "arn:aws:iam::123456789012:role/SageMakerRole",
            "InputDataConfig": [
                {
                    "ChannelName": "train",
                    "DataSource": {
                        "S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": "s3://bench/train/"}
                    },
                }
            ],
            "OutputDataConfig": {"S3OutputPath": "s3://bench/output/"},
            "ResourceConfig": {
                "InstanceType": "ml.m5.xlarge", "InstanceCount": 1, "VolumeSizeInGB": 10
            },
            "StoppingCondition": {"MaxRuntimeInSeconds": 600},
        },
    }  # fmt: skip


# name: (OPENAMT_SANDBOX, OPENAMT_WARM_SCRIPTS)
MODES = {"off": ("off", "true"), "fresh": ("bwrap", "false"), "hosted": ("bwrap", "true")}


class TrialServer:
    """`openamt serve --workers 1` on its own data directory in one of MODES (the tests'
    harness, every other setting at the default a user gets but the paths)."""

    def __init__(self, work: Path, mode: str) -> None:
        self.mode = mode
        data = work / mode / "data"
        (data / "s3" / "bench" / "train").mkdir(parents=True)
        (data / "s3" / "bench" / "train" / "data.csv").write_text("1,0.5\n0,0.25\n")
        self.code = work / mode / "code"
        self.code.mkdir()
        (self.code / "train.py").write_text(SCRIPT)
        sandbox, warm = MODES[mode]
        env = {
            "OPENAMT_SANDBOX": sandbox,
            "OPENAMT_WARM_SCRIPTS": warm,
            "OPENAMT_ALLOWED_PATHS": str(work),
        }
        self.server = Server(data, workers=1, env=env, user_defaults=True)
        self.url = self.server.url
        self.trials: list[float] = []
        self.wall = 0.0

    def start(self) -> None:
        self.server.start()

    def run(self, name: str, trials: int) -> None:
        """One tuning job of `trials`; its trials' seconds and its wall time are kept."""
        with httpx.Client(base_url=self.url, timeout=30) as client:
            began = time.perf_counter()
            body = tuning_job(name, self.code, trials)
            created = client.post("/v1/hyper-parameter-tuning-jobs", json=body)
            assert created.status_code == 201, created.text
            while True:
                described = client.get(f"/v1/hyper-parameter-tuning-jobs/{name}").json()
                if described["HyperParameterTuningJobStatus"] not in ("InProgress", "Stopping"):
                    break
                time.sleep(0.05)
            self.wall += time.perf_counter() - began
            assert described["TrainingJobStatusCounters"]["Completed"] == trials, described
            page = client.get(f"/v1/hyper-parameter-tuning-jobs/{name}/training-jobs",
                              params={"MaxResults": 100}).json()  # fmt: skip
        self.trials += [
            _time(job["TrainingEndTime"]) - _time(job["TrainingStartTime"])
            for job in page["TrainingJobSummaries"]
        ]

    def stop(self) -> None:
        self.server.stop()


def _time(value: str | float) -> float:
    if isinstance(value, (int, float)):
        return float(value)
    return datetime.fromisoformat(value).timestamp()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=20, help="trials each way")
    parser.add_argument("--starts", type=int, default=50, help="process starts each way")
    args = parser.parse_args()
    missing = probe()
    if missing is not None:
        raise SystemExit(f"no sandbox on this machine: {missing}")
    work = Path(tempfile.mkdtemp(prefix="openamt-bench-sandbox-"))
    try:
        job_dir = work / "starts" / "data" / "jobs" / "job"
        (job_dir / "input" / "data").mkdir(parents=True)
        print(f"process start alone, median of {args.starts} (bwrap {_bwrap_version()}):")
        for argv in (["true"], [sys.executable, "-c", "pass"]):
            starts = time_starts(argv, job_dir, work / "starts" / "data", args.starts)
            _report(" ".join(Path(a).name for a in argv), starts["off"], starts["bwrap"])
        print(f"script-mode trials through openamt serve --workers 1, {args.trials} each, "
              f"in {ROUNDS} interleaved tuning jobs:")  # fmt: skip
        servers = [TrialServer(work, mode) for mode in MODES]
        try:
            for server in servers:
                server.start()
                server.run(f"warm-up-{server.mode}", 1)  # a worker's first job pays its imports
                server.trials, server.wall = [], 0.0
            for round_ in range(ROUNDS):
                for server in servers if round_ % 2 == 0 else servers[::-1]:
                    server.run(f"sandbox-{server.mode}-{round_}", args.trials // ROUNDS)
        finally:
            for server in servers:
                server.stop()
        off, *sandboxed = servers
        median = statistics.median
        trials = ROUNDS * (args.trials // ROUNDS)
        for on in sandboxed:
            print(f" sandboxed: {on.mode}")
            _report("trial (median, start to end)", median(off.trials), median(on.trials))
            _report("wall time per trial", off.wall / trials, on.wall / trials)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _report(what: str, off: float, on: float) -> None:
    print(f"  {what:<32} unsandboxed {off * 1000:8.1f} ms   sandboxed {on * 1000:8.1f} ms   "
          f"ratio {on / off:5.2f}   ({(on - off) * 1000:+.1f} ms)")  # fmt: skip


def _bwrap_version() -> str:
    done = subprocess.run(["bwrap", "--version"], capture_output=True, text=True, check=False)
    return done.stdout.strip().removeprefix("bubblewrap ")


if __name__ == "__main__":
    main()
