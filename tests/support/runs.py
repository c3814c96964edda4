"""Running the SageMaker SDK examples as a user runs them: a subprocess in the SDK's own
virtualenv, pointed at a live openamt by the environment alone (AWS_ENDPOINT_URL, dummy keys
and the SDK's config file, written here), with every AWS call it makes written down by
trace_calls.py so a failure names the call that broke."""

from __future__ import annotations

import io
import json
import os
import subprocess
import tarfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import pytest
import xgboost

from tests.support.servers import ROOT, Server, aws_client, aws_env

TRACER = ROOT / "tests" / "sdk" / "trace_calls.py"
ATTACH_TUNER = ROOT / "tests" / "sdk" / "attach_tuner.py"
BUCKET = "sdk-examples"

# The SDK's own config file (sagemaker/config/config_schema.py): the default bucket, since the
# SDK would otherwise ask STS at its AWS address for the account; and no telemetry, which is
# an HTTPS request to AWS.
CONFIG = f"""SchemaVersion: "1.0"
SageMaker:
  PythonSDK:
    Modules:
      TelemetryOptOut: true
      Session:
        DefaultS3Bucket: {BUCKET}
"""


def sdk_env(server: Server, home: Path) -> dict[str, str]:
    """What a user without AWS sets for a one-off SDK script: the endpoint, any credentials,
    and a config file with telemetry off (no default bucket: such scripts name none)."""
    config = home / "sdk.yaml"
    config.write_text("SchemaVersion: '1.0'\nSageMaker:\n  PythonSDK:\n    Modules:\n"
                      "      TelemetryOptOut: true\n")  # fmt: skip
    return {
        **aws_env(server.url),
        "SAGEMAKER_USER_CONFIG_OVERRIDE": str(config),
        "SAGEMAKER_SUPPRESS_V2_WARNING": "1",
        "HOME": str(home),
    }


def sdk_python(version: int) -> Path:
    """The SDK virtualenv's interpreter; a missing one fails the test, never skips it."""
    python = ROOT / f".venv-sdk{version}" / "bin" / "python"
    if not python.exists():
        pytest.fail(
            f"The SageMaker SDK v{version} virtualenv is missing: run "
            f"`make .venv-sdk{version}/.installed` (tests/sdk/requirements-v{version}.txt)",
            pytrace=False,
        )
    return python


@dataclass
class Run:
    """What one example printed (its last line, JSON) and the AWS calls it made."""

    result: Any
    calls: list[dict[str, Any]]
    resolved: list[str]  # host names other than the loopback's that the script looked up
    output: str


class Example:
    """examples/sagemaker_sdk_v<version>/<script> (or a script given by its absolute path)
    running against `server` in a subprocess of its own (started at once; `run()` waits for
    it), so several examples can run at the same time: they spend most of it in the SDK's
    polling sleeps."""

    def __init__(
        self,
        version: int,
        script: str,
        server: Server,
        work: Path,
        *,
        args: tuple[str, ...] = (),
        timeout: float = 400,
    ) -> None:
        python = sdk_python(version)
        self.script, self.timeout = script, timeout
        work.mkdir(parents=True, exist_ok=True)
        config = work / "sagemaker-config.yaml"
        config.write_text(CONFIG)
        self.calls_file = work / "calls.jsonl"
        self.calls_file.unlink(missing_ok=True)
        self.stdout, self.stderr = work / "stdout.txt", work / "stderr.txt"
        env = {
            "PATH": os.environ.get("PATH", os.defpath),
            "HOME": str(work),  # nothing of this machine's ~/.aws or ~/.config/sagemaker
            "LANG": "C.UTF-8",
            "AWS_ENDPOINT_URL": server.url,
            "AWS_ACCESS_KEY_ID": "x",
            "AWS_SECRET_ACCESS_KEY": "y",
            "AWS_DEFAULT_REGION": "us-east-1",
            "SAGEMAKER_USER_CONFIG_OVERRIDE": str(config),
            "PYTHONUNBUFFERED": "1",
        }
        example = ROOT / "examples" / f"sagemaker_sdk_v{version}" / script  # or absolute
        with self.stdout.open("wb") as out, self.stderr.open("wb") as err:
            self.process = subprocess.Popen(
                [str(python), str(TRACER), str(self.calls_file), str(example), *args],
                env=env, cwd=work, stdout=out, stderr=err,
            )  # fmt: skip
        self._run: Run | None = None

    def run(self) -> Run:
        """Wait for the example; its result, or the test fails naming the call that broke."""
        if self._run is None:
            self._run = self._finish()
        return self._run

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def _finish(self) -> Run:
        try:
            self.process.wait(self.timeout)
        except subprocess.TimeoutExpired:
            self.stop()
            pytest.fail(f"{self.script} ran past {self.timeout} s\n{self._describe()}")
        if self.process.returncode != 0:
            pytest.fail(f"{self.script} exited {self.process.returncode}\n{self._describe()}")
        try:
            result = _last_json(self.stdout.read_text(errors="replace"))
        except ValueError:
            pytest.fail(f"{self.script} printed no JSON result\n{self._describe()}")
        records = _records(self.calls_file)
        resolved = sorted({r["resolve"] for r in records if "resolve" in r})
        # Pointed at openamt, nothing may reach for AWS (telemetry, STS, a default bucket's name).
        assert not resolved, f"{self.script} looked up hosts other than openamt: {resolved}"
        return Run(
            result=result,
            calls=[r for r in records if "service" in r],
            resolved=resolved,
            output=self._output(),
        )

    def _output(self) -> str:
        return self.stdout.read_text(errors="replace") + self.stderr.read_text(errors="replace")

    def _describe(self) -> str:
        """The failing calls first (the request and openamt's answer), then the output's end."""
        records = _records(self.calls_file)
        calls = [r for r in records if "service" in r]
        failed = [c for c in calls if c.get("error") or c.get("exception")]
        lines = [f"{len(calls)} AWS calls; failed: {json.dumps(failed, indent=1)[:4000]}"]
        last = [f"{c['service']}.{c['operation']}" for c in calls[-8:]]
        lines.append("last calls: " + ", ".join(last))
        hosts = [r["resolve"] for r in records if "resolve" in r]
        lines.append("hosts looked up: " + ", ".join(hosts))
        lines.append("output (end):\n" + self._output()[-6000:])
        return "\n".join(lines)


def _last_json(stdout: str) -> Any:
    """The JSON the example printed last. The SDK's progress marks ("---!") end without a
    newline, so the JSON may share its line with them."""
    lines = stdout.strip().splitlines() or [""]
    last = lines[-1]
    starts = [i for i in (last.find("{"), last.find("[")) if i >= 0]
    return json.loads(last[min(starts) :] if starts else last)


def _records(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def operations(run: Run) -> list[str]:
    return [f"{call['service']}.{call['operation']}" for call in run.calls]


# --- openamt's own records, read through its other doors -------------------------------------


def rest_training_jobs(server: Server, tuning_job: str) -> list[dict[str, Any]]:
    """Every training job of a tuning job, from the REST door."""
    jobs: list[dict[str, Any]] = []
    token = None
    with server.client() as http:
        while True:
            params: dict[str, Any] = {"MaxResults": 100}
            if token:
                params["NextToken"] = token
            path = f"/v1/hyper-parameter-tuning-jobs/{tuning_job}/training-jobs"
            page = _ok(http.get(path, params=params))
            jobs.extend(page["TrainingJobSummaries"])
            token = page.get("NextToken")
            if not token:
                return jobs


def rest_metric_points(server: Server, training_job: str, metric: str) -> list[dict[str, Any]]:
    points: list[dict[str, Any]] = []
    token = None
    with server.client() as http:
        while True:
            params: dict[str, Any] = {"MetricName": metric, "MaxResults": 100}
            if token:
                params["NextToken"] = token
            page = _ok(http.get(f"/v1/training-jobs/{training_job}/metrics", params=params))
            points.extend(page["MetricPoints"])
            token = page.get("NextToken")
            if not token:
                return points


def rest_log(server: Server, training_job: str) -> list[str]:
    with server.client() as http:
        response = http.get(f"/v1/training-jobs/{training_job}/logs")
        response.raise_for_status()
        return response.text.splitlines()


def _ok(response: httpx.Response) -> Any:
    response.raise_for_status()
    return response.json()


def model_predictions(server: Server, training_job: str, rows: list[list[float]]) -> list[float]:
    """XGBoost's own predictions for `rows` from the job's model.tar.gz, fetched through
    openamt's S3 door."""
    sagemaker = aws_client(server.url)
    uri = sagemaker.describe_training_job(TrainingJobName=training_job)["ModelArtifacts"][
        "S3ModelArtifacts"
    ]
    bucket, key = uri.removeprefix("s3://").split("/", 1)
    body = aws_client(server.url, "s3").get_object(Bucket=bucket, Key=key)["Body"].read()
    with tarfile.open(fileobj=io.BytesIO(body)) as archive:
        member = archive.extractfile("xgboost-model")
        assert member is not None, f"no xgboost-model in {uri}"
        raw = bytearray(member.read())
    booster = xgboost.Booster()
    booster.load_model(raw)
    return [float(v) for v in booster.predict(xgboost.DMatrix(np.asarray(rows, dtype=float)))]


def cloudwatch_averages(
    points: list[dict[str, Any]], start: datetime, end: datetime, period: int = 60
) -> list[tuple[float, float]]:
    """What CloudWatch's GetMetricStatistics (Average) makes of a job's stored points between
    `start` and `end`: one datapoint per period, periods counted from `start` rounded down to
    the minute, as (seconds since the first datapoint, average) — the SDK's
    TrainingJobAnalytics frame."""
    origin = start.replace(second=0, microsecond=0)
    periods: dict[int, list[float]] = {}
    for point in points:
        moment = datetime.fromisoformat(point["Timestamp"].replace("Z", "+00:00"))
        if start <= moment < end:
            number = int((moment - origin).total_seconds() // period)
            periods.setdefault(number, []).append(float(point["Value"]))
    if not periods:
        return []
    first = min(periods)
    return [((n - first) * period, sum(v) / len(v)) for n, v in sorted(periods.items())]


def training_window(server: Server, training_job: str) -> tuple[datetime, datetime]:
    """TrainingJobAnalytics' interval: TrainingStartTime to TrainingEndTime plus a minute."""
    job = aws_client(server.url).describe_training_job(TrainingJobName=training_job)
    return job["TrainingStartTime"], job["TrainingEndTime"] + timedelta(minutes=1)
