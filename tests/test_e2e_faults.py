"""A crash or a kill loses nothing: worker killed, server restarted, a job out of time."""

from __future__ import annotations

import os
import signal
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.support import scripts
from tests.support.jobs import create, script_job, training_jobs, unique, wait_for, xgboost_job
from tests.support.servers import Server, alive

pytestmark = pytest.mark.services  # starts openamt itself (see conftest)

# Unsandboxed: HANGS_ONCE tells the test its worker's and its own host PIDs and shares a
# marker file with it on the host, which a sandboxed script could not (tests/test_sandbox.py
# kills the worker of a sandboxed job).
FAST_LEASES = {
    "OPENAMT_LEASE_SECONDS": "2",
    "OPENAMT_HEARTBEAT_SECONDS": "0.3",
    "OPENAMT_SANDBOX": "off",
}


@pytest.fixture(scope="module")
def fast_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One server for the module: each fault must leave it whole for the next test."""
    instance = Server(tmp_path_factory.mktemp("faults") / "data", workers=2, env=FAST_LEASES)
    instance.start()
    yield instance
    instance.stop()


def test_kill_9_of_a_worker_retries_its_job_and_leaves_nothing_behind(
    fast_server: Server, tmp_path: Path
) -> None:
    code = scripts.write_script(tmp_path / "code", scripts.HANGS_ONCE)
    marker = tmp_path / "marker"
    body = script_job(unique("killed"), code, max_jobs=1, parallel=1,
                      static={"marker": str(marker)})  # fmt: skip
    body["TrainingJobDefinition"]["RetryStrategy"] = {"MaximumRetryAttempts": 2}
    with fast_server.client() as client:
        name = create(client, body)
        worker, script, grandchild = map(int, scripts.wait_for_file(marker).split())
        os.kill(worker, signal.SIGKILL)
        described = wait_for(client, name, timeout=60)
        assert described["HyperParameterTuningJobStatus"] == "Completed"
        assert described["TrainingJobStatusCounters"]["Completed"] == 1
        assert described["TrainingJobStatusCounters"]["InProgress"] == 0
        jobs = training_jobs(client, name)
        assert len(jobs) == 1  # retried under the same name, not launched again
        assert jobs[0]["FinalHyperParameterTuningJobObjectiveMetric"]["Value"] == 0.75
    deadline = time.monotonic() + 5
    while (alive(script) or alive(grandchild)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not alive(script) and not alive(grandchild)


def test_without_retries_a_lost_worker_is_a_retryable_error(
    fast_server: Server, tmp_path: Path
) -> None:
    code = scripts.write_script(tmp_path / "code", scripts.HANGS_ONCE)
    marker = tmp_path / "marker"
    body = script_job(unique("lost"), code, max_jobs=2, parallel=1,
                      static={"marker": str(marker)})  # fmt: skip
    with fast_server.client() as client:
        name = create(client, body)
        worker = int(scripts.wait_for_file(marker).split()[0])
        os.kill(worker, signal.SIGKILL)
        described = wait_for(client, name, timeout=60)
    assert described["HyperParameterTuningJobStatus"] == "Completed"
    assert described["TrainingJobStatusCounters"]["RetryableError"] == 1
    assert described["TrainingJobStatusCounters"]["Completed"] == 1  # the second job ran
    assert described["ObjectiveStatusCounters"] == {"Succeeded": 1, "Pending": 0, "Failed": 1}


def test_a_restarted_server_finishes_the_job(tmp_path: Path) -> None:
    code = scripts.write_script(tmp_path / "code", scripts.EPOCHS)
    body = script_job(unique("restart"), code, max_jobs=4, parallel=2,
                      static={"sleep": "0.2", "epochs": "5"})  # fmt: skip
    first = Server(tmp_path / "data", env=FAST_LEASES).start()
    try:
        with first.client() as client:
            name = create(client, body)
            wait_for(client, name, ("InProgress",))
            time.sleep(0.5)  # some training under way
    finally:
        first.stop()
    second = Server(tmp_path / "data", env=FAST_LEASES).start()
    try:
        with second.client() as client:
            described = wait_for(client, name, timeout=60)
            jobs = training_jobs(client, name)
    finally:
        second.stop()
    assert described["HyperParameterTuningJobStatus"] == "Completed"
    assert len(jobs) == 4
    assert described["TrainingJobStatusCounters"]["Completed"] == 4
    assert described["ObjectiveStatusCounters"]["Succeeded"] == 4


def test_a_server_killed_9_mid_job_and_restarted_finishes_the_job(tmp_path: Path) -> None:
    """`serve` dies as a crash kills it (SIGKILL of that process only): its worker processes
    and their scripts die with it, and the next start on the same data directory finishes the
    tuning job. The runs the crash cut short were handed back as a stop hands them back: run
    again without a RetryStrategy, their attempt not counted."""
    code = scripts.write_script(tmp_path / "code", scripts.MARKED)
    markers = tmp_path / "markers"
    markers.mkdir()
    body = script_job(unique("crash"), code, max_jobs=4, parallel=2,
                      static={"markers": str(markers), "epochs": "20", "sleep": "0.2"})  # fmt: skip
    first = Server(tmp_path / "data", env=FAST_LEASES).start()
    try:
        with first.client() as client:
            name = create(client, body)
        deadline = time.monotonic() + 60
        while len(list(markers.iterdir())) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)  # both workers train
        workers = _workers(first)
        cut_short = [run.pid for path in markers.iterdir()
                     for run in scripts.marked_runs(markers, path.name)]  # fmt: skip
        assert first.process is not None
        first.process.kill()
        first.process.wait()
        deadline = time.monotonic() + 10
        while any(map(alive, workers + cut_short)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(workers) == 2 and len(cut_short) == 2
        assert not [pid for pid in workers + cut_short if alive(pid)]
    finally:
        first.stop()
    second = Server(tmp_path / "data", env=FAST_LEASES).start()
    try:
        with second.client() as client:
            described = wait_for(client, name, timeout=90)
            jobs = training_jobs(client, name)
    finally:
        second.stop()
    assert described["HyperParameterTuningJobStatus"] == "Completed"
    assert described["TrainingJobStatusCounters"]["Completed"] == 4
    assert sum(described["TrainingJobStatusCounters"].values()) == 4
    assert len(jobs) == 4
    for job in jobs:
        runs = scripts.marked_runs(markers, job["TrainingJobName"])
        assert sum(run.ended for run in runs) == 1, runs
    retried = [j for j in jobs if len(scripts.marked_runs(markers, j["TrainingJobName"])) == 2]
    assert len(retried) == 2  # the two the crash cut short, each once more


def test_tuning_max_runtime_completes_the_job_and_stops_its_training(
    fast_server: Server, tmp_path: Path
) -> None:
    code = scripts.write_script(tmp_path / "code", scripts.EPOCHS)
    body = script_job(unique("outoftime"), code, max_jobs=10, parallel=2,
                      static={"sleep": "1", "epochs": "60"})  # fmt: skip
    body["HyperParameterTuningJobConfig"]["ResourceLimits"]["MaxRuntimeInSeconds"] = 120
    with fast_server.client() as client:
        name = create(client, body)
        while not any(j["TrainingJobStatus"] == "InProgress" for j in training_jobs(client, name)):
            time.sleep(0.1)
        # Pretend the job started 121 s ago: the reaper's sweep must notice and end it.
        long_ago = (datetime.now(UTC) - timedelta(seconds=121)).strftime("%Y-%m-%d %H:%M:%S.%f")
        with sqlite3.connect(fast_server.data_dir / "openamt.db", timeout=30) as db:
            db.execute("UPDATE tuning_jobs SET creation_time = ? WHERE name = ?", (long_ago, name))
        described = wait_for(client, name, timeout=15)
    assert described["HyperParameterTuningJobStatus"] == "Completed"
    assert described["TrainingJobStatusCounters"]["Stopped"] == 2
    assert described["ConsumedResources"]["RuntimeInSeconds"] >= 120


def _workers(server: Server) -> list[int]:
    return server.worker_pids()


def test_idle_workers_killed_are_replaced(fast_server: Server) -> None:
    # Earlier tests killed workers: their replacements may still be starting.
    deadline = time.monotonic() + 10
    while len(workers := _workers(fast_server)) != 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(workers) == 2
    for pid in workers:
        os.kill(pid, signal.SIGKILL)
    with fast_server.client() as client:
        name = create(client, xgboost_job(unique("afterkill"), max_jobs=3, parallel=2))
        described = wait_for(client, name, timeout=60)
    assert described["TrainingJobStatusCounters"]["Completed"] == 3
