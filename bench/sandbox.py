"""What the sandbox (workers/sandbox.py, bubblewrap) costs a script-mode trial.

    python bench/sandbox.py [--trials 20] [--starts 50]

In this one run, sandboxed against unsandboxed:
  * process start alone: workers.process.ScriptTraining of a near-zero command (`true`, then
    `python -c pass`) on a laid-out job directory, started and waited for `--starts` times each
    way, bwrap's command line built per start as the runner builds it;
  * trials: two `openamt serve --workers 1` on fresh data directories (OPENAMT_SANDBOX=bwrap
    and off), each running a Random tuning job of `--trials` near-zero script-mode trials at
    MaxParallelTrainingJobs 1; a trial's time is its TrainingEndTime minus TrainingStartTime
    (claim, channels, code, process, model upload), the wall time is the whole tuning job's.
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

from bench.common import wait_healthy  # noqa: E402
from workers.process import ScriptTraining  # noqa: E402
from workers.sandbox import Sandbox, probe  # noqa: E402

SCRIPT = 'import os\nopen(os.path.join(os.environ["SM_MODEL_DIR"], "m"), "w").write("1")\n' \
         'print("validation:accuracy=0.5", flush=True)\n'  # fmt: skip
IMAGE = "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-training:2.1-cpu-py310"


def time_starts(argv: list[str], job_dir: Path, data_dir: Path, starts: int) -> dict[str, float]:
    """Median seconds from start to exit of `argv`, bare and in the sandbox."""
    results: dict[str, float] = {}
    for mode in ("off", "bwrap"):
        samples = []
        for _ in range(starts):
            began = time.perf_counter()
            box = Sandbox(job_dir, data_dir) if mode == "bwrap" else None
            process = ScriptTraining(argv, env=dict(os.environ), cwd=job_dir, sandbox=box)
            for _line in process.lines():
                pass
            assert process.wait() == 0, f"{argv} failed ({mode})"
            samples.append(time.perf_counter() - began)
        results[mode] = statistics.median(samples)
    return results


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


def run_trials(work: Path, mode: str, trials: int, port: int) -> dict[str, float]:
    """Median trial seconds and wall seconds per trial of one server with OPENAMT_SANDBOX=mode."""
    data = work / mode / "data"
    (data / "s3" / "bench" / "train").mkdir(parents=True)
    (data / "s3" / "bench" / "train" / "data.csv").write_text("1,0.5\n0,0.25\n")
    code = work / mode / "code"
    code.mkdir()
    (code / "train.py").write_text(SCRIPT)
    log_path = work / mode / "server.log"
    env = {**os.environ, "OPENAMT_DATA_DIR": str(data), "OPENAMT_SANDBOX": mode,
           "OPENAMT_ALLOWED_PATHS": str(work)}  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    with open(log_path, "ab") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "serve", "--port", str(port), "--workers", "1"],
            env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        wait_healthy(server, url, lambda: log_path.read_text()[-3000:])
        with httpx.Client(base_url=url, timeout=30) as client:
            name = f"sandbox-{mode}"
            began = time.perf_counter()
            created = client.post("/v1/hyper-parameter-tuning-jobs", json=tuning_job(
                name, code, trials))  # fmt: skip
            assert created.status_code == 201, created.text
            while True:
                described = client.get(f"/v1/hyper-parameter-tuning-jobs/{name}").json()
                if described["HyperParameterTuningJobStatus"] not in ("InProgress", "Stopping"):
                    break
                time.sleep(0.1)
            wall = time.perf_counter() - began
            counters = described["TrainingJobStatusCounters"]
            assert counters["Completed"] == trials, described
            page = client.get(f"/v1/hyper-parameter-tuning-jobs/{name}/training-jobs",
                              params={"MaxResults": 100}).json()  # fmt: skip
    finally:
        server.terminate()
        server.wait(30)
    seconds = [
        (_time(job["TrainingEndTime"]) - _time(job["TrainingStartTime"]))
        for job in page["TrainingJobSummaries"]
    ]
    return {"trial": statistics.median(seconds), "wall": wall / trials}


def _time(value: str | float) -> float:
    if isinstance(value, (int, float)):
        return float(value)
    return datetime.fromisoformat(value).timestamp()


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=20, help="trials per tuning job")
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
        print(f"script-mode trials through openamt serve --workers 1, {args.trials} each:")
        off = run_trials(work, "off", args.trials, _free_port())
        on = run_trials(work, "bwrap", args.trials, _free_port())
        _report("trial (median, start to end)", off["trial"], on["trial"])
        _report("wall time per trial", off["wall"], on["wall"])
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _report(what: str, off: float, on: float) -> None:
    print(f"  {what:<32} unsandboxed {off * 1000:8.1f} ms   sandboxed {on * 1000:8.1f} ms   "
          f"ratio {on / off:5.2f}   (+{(on - off) * 1000:.1f} ms)")  # fmt: skip


def _bwrap_version() -> str:
    done = subprocess.run(["bwrap", "--version"], capture_output=True, text=True, check=False)
    return done.stdout.strip().removeprefix("bubblewrap ")


if __name__ == "__main__":
    main()
