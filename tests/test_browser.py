"""A user's browser on a running openamt: openamt's page at / and optuna-dashboard at
/dashboard, loaded in real headless Chromium after a tuning job ran; the JSON logs of that
server; and `openamt logs --follow` streaming a job's output while it runs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support import scripts
from tests.support.jobs import create, script_job, training_jobs, unique, wait_for, xgboost_job
from tests.support.servers import ROOT, Server

pytestmark = pytest.mark.services  # starts openamt itself (see conftest)

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-dev-shm-usage", "--hide-scrollbars"]  # fmt: skip


@pytest.fixture(scope="module")
def json_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Embedded openamt writing JSON logs."""
    server = Server(
        tmp_path_factory.mktemp("browser") / "data", env={"OPENAMT_LOG_FORMAT": "json"}
    ).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def tuned(json_server: Server) -> dict[str, Any]:
    with json_server.client() as client:
        body = xgboost_job(unique("web"), strategy="Bayesian", max_jobs=5, parallel=2, num_round=8)
        name = create(client, body)
        described = wait_for(client, name)
        assert described["HyperParameterTuningJobStatus"] == "Completed", described
        return {"name": name, "described": described, "trainings": training_jobs(client, name)}


def chromium(url: str, *args: str, budget_ms: int = 0, home: Path) -> str:
    """Chromium's output for `url` (the DOM after the page's scripts ran, with --dump-dom)."""
    budget = [f"--virtual-time-budget={budget_ms}"] if budget_ms else []
    run = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={home}", *budget, *args, url],
        capture_output=True, text=True, timeout=120, env={**os.environ, "HOME": str(home)},
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout


def test_the_page_and_the_dashboard_in_chromium(
    json_server: Server, tuned: dict[str, Any], tmp_path: Path
) -> None:
    name = tuned["name"]
    best = tuned["described"]["BestTrainingJob"]
    value = best["FinalHyperParameterTuningJobObjectiveMetric"]["Value"]

    dom = chromium(f"{json_server.url}/", "--dump-dom", home=tmp_path / "home")
    assert f'data-name="{name}"' in dom
    row = dom[dom.index(f'data-name="{name}"') :].split("</tr>")[0]
    assert "Completed" in row and f"validation:auc = {value:.6g}" in row
    assert "5/5" in row and 'style="width: 100%"' in row
    assert best["TrainingJobName"] in row
    chromium(f"{json_server.url}/", "--screenshot=" + str(tmp_path / "index.png"),
             "--window-size=1400,500", home=tmp_path / "home")  # fmt: skip
    assert (tmp_path / "index.png").stat().st_size > 10_000

    with json_server.client() as client:
        studies = client.get("/dashboard/api/studies").json()["study_summaries"]
    study = next(s["study_id"] for s in studies if s["study_name"] == name)
    assert f'href="/dashboard/studies/{study}"' in row

    page = f"{json_server.url}/dashboard/studies/{study}"
    dom = chromium(page, "--dump-dom", budget_ms=15000, home=tmp_path / "home")
    (tmp_path / "dashboard.html").write_text(dom)
    assert name in dom, "the study's page names the tuning job"
    assert "js-plotly-plot" in dom and "main-svg" in dom, "a plot was drawn"
    for part in ("History", "Hyperparameter Importance", "Timeline", "Best Trial"):
        assert f">{part}" in dom, part
    chromium(page, "--screenshot=" + str(tmp_path / "dashboard.png"), "--window-size=1400,1800",
             "--virtual-time-budget=15000", home=tmp_path / "home")  # fmt: skip
    assert (tmp_path / "dashboard.png").stat().st_size > 30_000

    job_page = chromium(f"{json_server.url}/ui/tuning-jobs/{name}", "--dump-dom",
                        home=tmp_path / "home")  # fmt: skip
    assert 'id="best-so-far"' in job_page and f"{value:.6g}" in job_page
    assert all(t["TrainingJobName"] in job_page for t in tuned["trainings"])
    training_page = chromium(f"{json_server.url}/ui/training-jobs/{best['TrainingJobName']}",
                             "--dump-dom", home=tmp_path / "home")  # fmt: skip
    assert "validation-auc" in training_page or "validation:auc" in training_page


def test_the_dashboard_is_read_only(json_server: Server, tuned: dict[str, Any]) -> None:
    with json_server.client() as client:
        studies = client.get("/dashboard/api/studies").json()["study_summaries"]
        study = next(s["study_id"] for s in studies if s["study_name"] == tuned["name"])
        refused = client.request("DELETE", f"/dashboard/api/studies/{study}", json={})
        assert refused.status_code == 403 and "read-only" in refused.json()["reason"]
        assert client.get(f"/dashboard/api/studies/{study}").status_code == 200
        # Non-browser clients of / still get the AWS door's answer.
        assert client.get("/").json()["__type"] == "UnknownOperationException"


def test_json_logs_name_the_jobs(json_server: Server, tuned: dict[str, Any]) -> None:
    lines = [json.loads(line) for line in json_server.log_path.read_text().splitlines()
             if line.startswith("{")]  # fmt: skip
    assert lines and all({"time", "level", "logger", "message"} <= set(line) for line in lines)
    for training in tuned["trainings"]:
        about = [line for line in lines if line.get("training_job") == training["TrainingJobName"]]
        assert {line["tuning_job"] for line in about} == {tuned["name"]}
        assert any(line["message"].endswith("ended Completed") for line in about)
    # uvicorn's own lines come through the same formatter.
    assert any(line["logger"] == "uvicorn.access" for line in lines)


def test_logs_follow_streams_while_the_job_runs(json_server: Server, tmp_path: Path) -> None:
    source = scripts.write_script(tmp_path / "code", scripts.EPOCHS)
    body = script_job(unique("follow"), source, max_jobs=1, parallel=1,
                      static={"epochs": "8", "sleep": "0.4"})  # fmt: skip
    with json_server.client() as client:
        name = create(client, body)
        deadline = time.monotonic() + 60
        while not (trainings := training_jobs(client, name)):
            assert time.monotonic() < deadline
            time.sleep(0.1)
        training = trainings[0]["TrainingJobName"]
        env = {**os.environ, "OPENAMT_ENDPOINT": json_server.url}
        follower = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "logs", training, "--follow"],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert follower.stdout is not None
        first_epoch = ""
        while "epoch 1 " not in first_epoch:
            first_epoch = follower.stdout.readline()
            assert first_epoch, "the follower ended before the job printed its first epoch"
        status = client.get(f"/v1/training-jobs/{training}").json()["TrainingJobStatus"]
        assert status == "InProgress", "the first lines arrived while the job still ran"
        rest = follower.stdout.read()
        assert follower.wait(30) == 0
        assert "epoch 8 validation:accuracy" in rest
        whole = client.get(f"/v1/training-jobs/{training}/logs").text
        assert whole.endswith(rest) and first_epoch in whole
        tail = client.get(f"/v1/training-jobs/{training}/logs", params={"StartByte": 5}).content
        assert tail == whole.encode()[5:]
        wait_for(client, name)


def test_readyz_and_pages_without_a_browser(json_server: Server, tuned: dict[str, Any]) -> None:
    page = httpx.get(f"{json_server.url}/", headers={"Accept": "text/html"})
    assert page.status_code == 200 and tuned["name"] in page.text
    assert httpx.get(f"{json_server.url}/ui/tuning-jobs/no-such-job").status_code == 404
