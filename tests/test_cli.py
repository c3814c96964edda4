"""The CLI's client commands against a live openamt that requires a bearer token: exit codes
scripts can trust (0 ok, 1 not found or failed, 2 usage), one-line errors, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import API_TOKEN
from tests.support.jobs import create, unique, wait_for, xgboost_job
from tests.support.servers import ROOT, Server, free_port


def openamt(*args: str, token: str | None = API_TOKEN, endpoint: str | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess[str]:  # fmt: skip
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAMT_TOKEN", "OPENAMT_ENDPOINT")}
    env |= {"COLUMNS": "200", **({"OPENAMT_TOKEN": token} if token else {})}
    env |= {"OPENAMT_ENDPOINT": endpoint} if endpoint else {}
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args], cwd=ROOT, capture_output=True, text=True,
        env=env, timeout=timeout,
    )  # fmt: skip


def one_line(run: subprocess.CompletedProcess[str]) -> str:
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in run.stderr, run.stderr
    return lines[0]


@pytest.fixture
def endpoint(token_server: Server) -> str:
    return token_server.url


def test_create_wait_describe_stop_delete(endpoint: str, tmp_path: Path) -> None:
    name = unique("cli")
    job = tmp_path / "job.json"
    job.write_text(json.dumps(xgboost_job(name, max_jobs=2, parallel=2)))
    created = openamt("create", "-f", str(job), "--wait", "-o", "json", endpoint=endpoint)
    assert created.returncode == 0, created.stderr
    assert json.loads(created.stdout)["HyperParameterTuningJobStatus"] == "Completed"

    described = openamt("describe", name, endpoint=endpoint)
    assert described.returncode == 0 and "Completed" in described.stdout
    listed = openamt("list", "--name-contains", name, "-o", "json", endpoint=endpoint)
    assert [j["HyperParameterTuningJobName"] for j in json.loads(listed.stdout)] == [name]

    assert openamt("delete", name, endpoint=endpoint).returncode == 0
    gone = openamt("describe", name, endpoint=endpoint)
    assert gone.returncode == 1 and one_line(gone).startswith("openamt: ResourceNotFound")


def test_watch_ends_with_the_job_and_stop_stops_it(token_server: Server, endpoint: str) -> None:
    with token_server.client() as client:
        client.headers["Authorization"] = f"Bearer {API_TOKEN}"
        name = create(client, xgboost_job(unique("watch"), max_jobs=3, parallel=2))
        watched = openamt("watch", name, "--interval", "0.2", endpoint=endpoint)
        assert watched.returncode == 0, watched.stderr
        assert "3/3" in watched.stdout and "best so far:" in watched.stdout

        running = create(client, xgboost_job(unique("stop"), max_jobs=50, parallel=1,
                                             num_round=300))  # fmt: skip
        assert openamt("stop", running, endpoint=endpoint).returncode == 0
        assert wait_for(client, running)["HyperParameterTuningJobStatus"] == "Stopped"


def test_a_failed_job_with_wait_exits_1(endpoint: str, tmp_path: Path) -> None:
    job = tmp_path / "bad.json"
    body = xgboost_job(unique("fails"), max_jobs=1, parallel=1, static={"colour": "blue"})
    job.write_text(json.dumps(body))
    run = openamt("create", "-f", str(job), "--wait", endpoint=endpoint)
    assert run.returncode == 1 and "Failed" in run.stdout


def test_errors_are_one_line_with_exit_codes(endpoint: str, tmp_path: Path) -> None:
    missing = openamt("describe", "no-such-job", endpoint=endpoint)
    assert missing.returncode == 1
    assert one_line(missing).startswith("openamt: ResourceNotFound: ")

    refused = openamt("list", token=None, endpoint=endpoint)
    assert refused.returncode == 1 and "MissingAuthenticationToken" in one_line(refused)

    unreachable = openamt("list", endpoint=f"http://127.0.0.1:{free_port()}")
    assert unreachable.returncode == 1 and "cannot reach openamt" in one_line(unreachable)

    assert openamt("list", "--output", "xml", endpoint=endpoint).returncode == 2
    absent = openamt("create", "-f", str(tmp_path / "absent.yaml"), endpoint=endpoint)
    assert absent.returncode == 2 and "cannot read" in one_line(absent)
    (tmp_path / "broken.yaml").write_text("name: x\nobjective: Maximize\n")
    broken = openamt("create", "-f", str(tmp_path / "broken.yaml"), endpoint=endpoint)
    assert broken.returncode == 2 and "objective must read" in one_line(broken)
    (tmp_path / "invalid.json").write_text(json.dumps({"HyperParameterTuningJobName": "x"}))
    invalid = openamt("create", "-f", str(tmp_path / "invalid.json"), endpoint=endpoint)
    assert invalid.returncode == 2 and one_line(invalid).startswith("openamt: ValidationException")
