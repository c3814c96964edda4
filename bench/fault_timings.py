"""How fast openamt notices and ends what the fault tests check happens (the tests assert what
happened; these are the figures they used to bound with wall-clock asserts).

    python bench/fault_timings.py [--line 50000] [--re-lengths 18,20,22,24] [--repeats 3]

In this one run, each figure `--repeats` times (median, min, max):
  * a metric regex's parse: openamt's MetricParser (RE2) on the catastrophic-backtracking
    `(a+)+$` against "a" * --line + "b" (tests/test_metrics.py), and on the --re-lengths
    lines beside Python's backtracking `re` (each in a child process, killed after
    --re-timeout seconds), the baseline ratio;
  * a killed worker's job (tests/test_distributed_faults.py): a stack (PostgreSQL, Redis,
    2 `openamt worker --concurrency 1`, beat) with the fault tests' leases (FAULT_PERIODS: heartbeat
    0.5 s, lease 1.5 s, reaper 0.5 s); the Celery pool process running a training job that
    hangs (tests/support/scripts.py HANGS_ONCE) gets SIGKILL; from the kill to the job retried
    (its "Retrying after the worker was lost" transition), to the retry claimed, and to the job
    Completed, from the transitions' own times;
  * a stop of a script-mode job (tests/test_e2e_script.py, test_distributed_faults.py):
    StopHyperParameterTuningJob of a tuning job whose running training jobs sleep with a
    grandchild (SLEEPER), to every process of those jobs gone and to the tuning job Stopped:
    embedded (`openamt serve --workers 2`, the tests' periods, 2 jobs running) and on the
    stack (4 jobs launched across its 2 workers);
  * a model that does not answer (tests/test_deploy.py): InvokeEndpoint of a script model
    whose predict_fn sleeps, to its ModelError, with OPENAMT_INVOCATION_TIMEOUT_SECONDS=3 (the
    embedded server's setting here), and the next invocation, which starts a fresh model server.

Other load on the machine is printed first and last: on a busy machine the figures say more
about the machine than about openamt.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from botocore.exceptions import ClientError

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `python bench/<name>.py` from anywhere: tests.* below

from app.training.metrics import MetricParser  # noqa: E402
from tests.support import scripts  # noqa: E402
from tests.support.jobs import create, script_job, training_jobs, unique, wait_for  # noqa: E402
from tests.support.servers import (  # noqa: E402
    FAULT_PERIODS,
    Server,
    Stack,
    alive,
    aws_client,
    job_processes,
)
from workers.algorithms.base import MetricDefinition  # noqa: E402

PATTERN = r"(a+)+$"
INVOCATION_TIMEOUT = 3
# Python's `re` on one line, in a child: the seconds it took.
RE_CHILD = (
    "import re, sys, time; line = 'a' * int(sys.argv[1]) + 'b'; began = time.perf_counter()\n"
    "re.search(sys.argv[2], line); print(time.perf_counter() - began)"
)
# A model whose predict_fn sleeps when asked to (tests/test_deploy.py's, cut down).
INFERENCE = """
import json, os, time

def model_fn(model_dir):
    return {}

def input_fn(body, content_type):
    return json.loads(body)

def predict_fn(data, model):
    if data == "sleep":
        time.sleep(60)
    return data

def output_fn(prediction, accept):
    return json.dumps(prediction), "application/json"
"""

Rows = list[tuple[str, list[float]]]


# --- a metric regex -------------------------------------------------------------------------


def regex_figures(line: int, lengths: list[int], timeout: float, repeats: int) -> Rows:
    """RE2 on the long line, then each engine on each short one, with Python re / RE2."""
    parser = MetricParser([MetricDefinition("m", PATTERN)])
    rows: Rows = [(f"RE2, {line:,} a's + b", [_re2(parser, line) for _ in range(repeats)])]
    for n in lengths:
        re2 = [_re2(parser, n) for _ in range(repeats)]
        backtracking = [_python_re(n, timeout) for _ in range(repeats)]
        ratio = statistics.median(backtracking) / statistics.median(re2)
        rows.append((f"RE2, {n} a's + b", re2))
        rows.append((f"Python re, {n} a's + b ({ratio:,.0f}x RE2)", backtracking))
    return rows


def _re2(parser: MetricParser, n: int) -> float:
    text = "a" * n + "b"
    began = time.perf_counter()
    assert parser.parse(text) == []
    return time.perf_counter() - began


def _python_re(n: int, timeout: float) -> float:
    """Seconds Python's `re` took on the line; inf when it did not finish within `timeout`."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", RE_CHILD, str(n), PATTERN],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        )
    except subprocess.TimeoutExpired:
        return float("inf")
    return float(done.stdout)


# --- a killed worker ------------------------------------------------------------------------


def killed_worker_figures(stack: Stack, work: Path, repeats: int) -> Rows:
    noticed, reclaimed, completed = [], [], []
    sm = aws_client(stack.url)
    for round_ in range(repeats):
        code = scripts.write_script(work / f"hangs-{round_}", scripts.HANGS_ONCE)
        marker = work / f"marker-{round_}"
        body = script_job(
            unique("killed"), code, max_jobs=1, parallel=1, static={"marker": str(marker)}
        )
        body["TrainingJobDefinition"]["RetryStrategy"] = {"MaximumRetryAttempts": 1}
        with stack.client() as client:
            name = create(client, body)
            runner, script, grandchild = map(int, scripts.wait_for_file(marker).split())
            os.kill(runner, signal.SIGKILL)  # the Celery pool process running the training job
            killed_at = time.time()
            described = wait_for(client, name, timeout=120)
            [job] = training_jobs(client, name)
        assert described["TrainingJobStatusCounters"]["Completed"] == 1, described
        training = sm.describe_training_job(TrainingJobName=job["TrainingJobName"])
        transitions = training["SecondaryStatusTransitions"]
        retry = next(
            i for i, t in enumerate(transitions) if "worker was lost" in t.get("StatusMessage", "")
        )
        noticed.append(transitions[retry]["StartTime"].timestamp() - killed_at)
        reclaimed.append(transitions[retry + 1]["StartTime"].timestamp() - killed_at)
        completed.append(training["TrainingEndTime"].timestamp() - killed_at)
        _wait_gone([script, grandchild])
    return [
        ("kill -9 -> job retried (lease expired)", noticed),
        ("kill -9 -> retry claimed", reclaimed),
        ("kill -9 -> job Completed", completed),
    ]


# --- a stop ---------------------------------------------------------------------------------


def stop_figures(
    server: Server, work: Path, *, parallel: int, running: int, repeats: int, mode: str
) -> Rows:
    """Stops of tuning jobs with `running` SLEEPER training jobs at once (of `parallel`
    launched): seconds to every process of them gone, and to the tuning job Stopped."""
    gone, stopped = [], []
    code = scripts.write_script(work / f"sleeper-{mode}", scripts.SLEEPER)
    for _ in range(repeats):
        with server.client() as client:
            name = create(
                client, script_job(unique("stop"), code, max_jobs=parallel + 2, parallel=parallel)
            )
            pids = _running_processes(server, client, name, running)
            began = time.monotonic()
            assert client.post(f"/v1/hyper-parameter-tuning-jobs/{name}/stop").status_code == 204
            gone.append(_wait_gone(pids) - began)
            wait_for(client, name, ("Stopped",), timeout=120)
            stopped.append(time.monotonic() - began)
    return [
        (f"{mode}: stop -> every process gone ({running} running)", gone),
        (f"{mode}: stop -> tuning job Stopped", stopped),
    ]


def _running_processes(server: Server, client: httpx.Client, name: str, running: int) -> list[int]:
    """The host PIDs of `running` training jobs' trees, once each has written its pids file."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        names = [j["TrainingJobName"] for j in training_jobs(client, name)]
        started = [
            n for n in names if (server.data_dir / "jobs" / n / "output" / "data" / "pids").exists()
        ]
        if len(started) >= running:
            pids = [pid for n in started for pid in job_processes(n)]
            if len(pids) >= 2 * running:  # each script and its grandchild
                return pids
        time.sleep(0.05)
    raise RuntimeError(f"{name}: {running} training jobs never ran")


def _wait_gone(pids: list[int], timeout: float = 60) -> float:
    """The monotonic time at which none of `pids` runs."""
    deadline = time.monotonic() + timeout
    while any(alive(pid) for pid in pids):
        if time.monotonic() > deadline:
            raise RuntimeError(f"processes left running: {[p for p in pids if alive(p)]}")
        time.sleep(0.01)
    return time.monotonic()


# --- a model that does not answer -----------------------------------------------------------


def slow_model_figures(server: Server, work: Path, repeats: int) -> Rows:
    source = scripts.write_script(work / "model-code", scripts.EPOCHS)
    (source / "inference.py").write_text(INFERENCE)
    sm = aws_client(server.url)
    with server.client() as client:
        name = create(client, script_job(unique("model"), source, max_jobs=1, parallel=1))
        described = wait_for(client, name)
    best = sm.describe_training_job(TrainingJobName=described["BestTrainingJob"]["TrainingJobName"])
    endpoint = _deploy(sm, best["ModelArtifacts"]["S3ModelArtifacts"], source)
    runtime = aws_client(server.url, "sagemaker-runtime")
    invoke = _invoker(runtime, endpoint)
    invoke([1])  # the model server's first start is not what is measured
    timed_out, next_answer = [], []
    for _ in range(repeats):
        began = time.monotonic()
        error = invoke("sleep")
        timed_out.append(time.monotonic() - began)
        assert error == "ModelError", error
        began = time.monotonic()
        assert invoke([2]) is None
        next_answer.append(time.monotonic() - began)
    sm.delete_endpoint(EndpointName=endpoint)
    return [
        (f"slow model -> ModelError (timeout {INVOCATION_TIMEOUT} s)", timed_out),
        ("the next invocation (a fresh model server)", next_answer),
    ]


def _deploy(sm: Any, model_uri: str, source: Path) -> str:
    model = unique("slow-model")
    sm.create_model(
        ModelName=model,
        ExecutionRoleArn="arn:aws:iam::123456789012:role/SageMakerRole",
        PrimaryContainer={
            "Image": "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.1-cpu",
            "ModelDataUrl": model_uri,
            "Environment": {
                "SAGEMAKER_PROGRAM": "inference.py",
                "SAGEMAKER_SUBMIT_DIRECTORY": f"file://{source}",
            },
        },
    )
    variant = {
        "VariantName": "AllTraffic",
        "ModelName": model,
        "InitialInstanceCount": 1,
        "InstanceType": "ml.m5.large",
    }
    sm.create_endpoint_config(EndpointConfigName=model, ProductionVariants=[variant])
    sm.create_endpoint(EndpointName=model, EndpointConfigName=model)
    deadline = time.monotonic() + 120
    while sm.describe_endpoint(EndpointName=model)["EndpointStatus"] == "Creating":
        if time.monotonic() > deadline:
            raise RuntimeError(f"{model} still Creating")
        time.sleep(0.2)
    return model


def _invoker(runtime: Any, endpoint: str) -> Callable[[Any], str | None]:
    def invoke(body: Any) -> str | None:
        """None when the model answered, else the error's code."""
        try:
            runtime.invoke_endpoint(
                EndpointName=endpoint, ContentType="application/json", Body=json.dumps(body)
            )
        except ClientError as error:
            return str(error.response["Error"]["Code"])
        return None

    return invoke


# --- the table ------------------------------------------------------------------------------


def print_rows(title: str, rows: Rows) -> None:
    print(f"\n{title}")
    print(f"  {'measure':<52} {'median':>10} {'min':>10} {'max':>10}")
    for measure, seconds in rows:
        figures = [statistics.median(seconds), min(seconds), max(seconds)]
        print(f"  {measure:<52} " + " ".join(f"{_shown(s):>10}" for s in figures))


def _shown(seconds: float) -> str:
    if seconds == float("inf"):
        return "timed out"
    if seconds < 0.001:
        return f"{seconds * 1e6:.1f} us"
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--line", type=int, default=50_000, help="a's in RE2's long line")
    parser.add_argument(
        "--re-lengths", default="18,20,22,24", help="a's in the lines both engines parse"
    )
    parser.add_argument("--re-timeout", type=float, default=60, help="Python re's limit, s")
    parser.add_argument("--repeats", type=int, default=3, help="runs of each figure")
    args = parser.parse_args()
    lengths = [int(n) for n in args.re_lengths.split(",")]
    print(f"{time.strftime('%Y-%m-%d %H:%M')}, {_load()}")
    print_rows(
        f"A metric regex, {PATTERN}",
        regex_figures(args.line, lengths, args.re_timeout, args.repeats),
    )
    work = Path(tempfile.mkdtemp(prefix="openamt-bench-faults-"))
    os.environ.setdefault("OPENAMT_ALLOWED_PATHS", str(work))
    try:
        embedded = Server(
            work / "embedded" / "data",
            env={"OPENAMT_INVOCATION_TIMEOUT_SECONDS": str(INVOCATION_TIMEOUT)},
        )
        embedded.start()
        try:
            rows = stop_figures(
                embedded, work, parallel=2, running=2, repeats=args.repeats, mode="embedded"
            )
            rows += slow_model_figures(embedded, work, args.repeats)
        finally:
            embedded.stop()
        print_rows("Embedded (`openamt serve --workers 2`, the tests' periods)", rows)
        stack = Stack(work / "stack" / "data", workers=2, env=FAULT_PERIODS)
        stack.start()
        try:
            rows = killed_worker_figures(stack, work, args.repeats)
            rows += stop_figures(
                stack, work, parallel=4, running=2, repeats=args.repeats, mode="distributed"
            )
        finally:
            stack.stop()
        title = "Distributed (2 workers, the fault tests' leases: heartbeat 0.5 s, lease 1.5 s)"
        print_rows(title, rows)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"\n{time.strftime('%Y-%m-%d %H:%M')}, {_load()}")


if __name__ == "__main__":
    main()
