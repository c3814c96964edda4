"""Every example under examples/ run as a user runs it, against a live `openamt serve`:
the fraud job by curl, boto3 and the CLI; script mode; Hyperband and Grid; warm start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.support.jobs import training_jobs, wait_for
from tests.support.servers import ROOT, Server

pytestmark = pytest.mark.services  # starts openamt itself (see conftest)

EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    data_dir = tmp_path_factory.mktemp("examples") / "data"
    subprocess.run(
        [sys.executable, EXAMPLES / "fraud/make_data.py", "--rows", "2000", "--data-dir", data_dir],
        check=True, capture_output=True,
    )  # fmt: skip
    # The examples name their code by a path under examples/, as `make serve` allows it.
    allowed = f"{tmp_path_factory.getbasetemp()}:{EXAMPLES}"
    instance = Server(data_dir, workers=2, env={"OPENAMT_ALLOWED_PATHS": allowed}).start()
    yield instance
    instance.stop()


@pytest.fixture
def client(server: Server) -> Iterator[httpx.Client]:
    with server.client() as http:
        yield http


def openamt(server: Server, *args: str) -> subprocess.CompletedProcess[str]:
    """The CLI, as a user runs it, pointed at the server by OPENAMT_ENDPOINT."""
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args], cwd=ROOT, capture_output=True, text=True,
        env={**os.environ, "OPENAMT_ENDPOINT": server.url, "COLUMNS": "200"}, timeout=180,
    )  # fmt: skip


def _best(client: httpx.Client, name: str) -> dict[str, Any]:
    described = wait_for(client, name, timeout=180)
    assert described["HyperParameterTuningJobStatus"] == "Completed", described
    best: dict[str, Any] = described["BestTrainingJob"]
    return best


def test_fraud_with_curl(server: Server, client: httpx.Client) -> None:
    run = subprocess.run(
        ["bash", EXAMPLES / "fraud/curl_tune.sh"], capture_output=True, text=True, timeout=180,
        env={**os.environ, "OPENAMT_ENDPOINT": server.url, "NAME": "fraud-curl"},
    )  # fmt: skip
    assert run.returncode == 0, run.stderr + run.stdout
    assert "status: Completed" in run.stdout and "model: s3://my-bucket/fraud/output/" in run.stdout
    best = _best(client, "fraud-curl")
    assert best["FinalHyperParameterTuningJobObjectiveMetric"]["Value"] > 0.8


def test_fraud_with_boto3(server: Server, client: httpx.Client) -> None:
    run = subprocess.run(
        [sys.executable, EXAMPLES / "fraud/boto3_tune.py", "--endpoint", server.url,
         "--name", "fraud-boto3"],
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "fraud-boto3: Completed" in run.stdout and "validation:auc=0." in run.stdout
    assert len(training_jobs(client, "fraud-boto3")) == 12


def test_fraud_with_the_cli(server: Server, client: httpx.Client) -> None:
    created = openamt(server, "create", "-f", str(EXAMPLES / "fraud/tuning-job.yaml"), "--wait")
    assert created.returncode == 0, created.stderr
    assert "Completed" in created.stdout and "Best objective" in created.stdout
    best = _best(client, "fraud-xgboost-cli")
    # The short form filled SageMaker's defaults around what it names.
    body = client.get("/v1/hyper-parameter-tuning-jobs/fraud-xgboost-cli").json()
    assert body["TrainingJobDefinition"]["ResourceConfig"]["VolumeSizeInGB"] == 30
    assert body["HyperParameterTuningJobConfig"]["TrainingJobEarlyStoppingType"] == "Auto"

    trials = openamt(server, "trials", "fraud-xgboost-cli", "-o", "json")
    values = [t["FinalHyperParameterTuningJobObjectiveMetric"]["Value"]
              for t in json.loads(trials.stdout)]  # fmt: skip
    assert len(values) == 12 and values == sorted(values, reverse=True)
    table = openamt(server, "trials", "fraud-xgboost-cli")
    rows = [line for line in table.stdout.splitlines() if "fraud-xgboost-cli-" in line]
    assert table.returncode == 0 and len(rows) == 12 and best["TrainingJobName"] in rows[0]

    shown = openamt(server, "best", "fraud-xgboost-cli", "-o", "json")
    assert json.loads(shown.stdout)["BestTrainingJob"]["TrainingJobName"] == best["TrainingJobName"]
    logs = openamt(server, "logs", best["TrainingJobName"], "--follow")
    assert logs.returncode == 0 and "validation-auc:" in logs.stdout
    assert "fraud-xgboost-cli" in openamt(server, "list").stdout


def test_script_mode(client: httpx.Client, server: Server) -> None:
    created = openamt(server, "create", "-f", str(EXAMPLES / "script-mode/tuning-job.json"))
    assert created.returncode == 0, created.stderr
    best = _best(client, "script-mode")
    assert best["FinalHyperParameterTuningJobObjectiveMetric"]["Value"] > 0.8
    log = client.get(f"/v1/training-jobs/{best['TrainingJobName']}/logs").text
    assert log.count("validation:accuracy=") == 5  # once an epoch


def test_hyperband(client: httpx.Client, server: Server) -> None:
    created = openamt(server, "create", "-f", str(EXAMPLES / "hyperband-grid/hyperband.yaml"))
    assert created.returncode == 0, created.stderr
    _best(client, "hyperband-script")
    counters = client.get("/v1/hyper-parameter-tuning-jobs/hyperband-script").json()[
        "TrainingJobStatusCounters"
    ]
    assert counters["Completed"] + counters["Stopped"] == 9


def test_grid_over_categorical_choices(client: httpx.Client, server: Server) -> None:
    created = openamt(server, "create", "-f", str(EXAMPLES / "hyperband-grid/grid.yaml"))
    assert created.returncode == 0, created.stderr
    _best(client, "grid-script")
    tried = {
        (j["TunedHyperParameters"]["booster"], j["TunedHyperParameters"]["max-depth"])
        for j in training_jobs(client, "grid-script")
    }
    assert tried == {(b, d) for b in ("gbtree", "dart") for d in ("2", "4", "6")}


def test_warm_start_with_boto3(server: Server, client: httpx.Client) -> None:
    run = subprocess.run(
        [sys.executable, EXAMPLES / "warm-start/boto3_warm_start.py", "--endpoint", server.url,
         "--name", "warm-example"],
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr + run.stdout
    assert "warm-example: Completed" in run.stdout and "overall best: " in run.stdout
    described = client.get("/v1/hyper-parameter-tuning-jobs/warm-example").json()
    assert len(training_jobs(client, "warm-example")) == 4  # the parent's 6 are not re-run
    overall = described["OverallBestTrainingJob"]
    values = [described["BestTrainingJob"], _best(client, "warm-example-parent")]
    best = max(v["FinalHyperParameterTuningJobObjectiveMetric"]["Value"] for v in values)
    assert overall["FinalHyperParameterTuningJobObjectiveMetric"]["Value"] == best
