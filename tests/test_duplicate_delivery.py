"""A message delivered twice does its work once: the same training task sent again to a live
stack's broker (while the first runs, and after the job ended) runs the script once, and a
scheduler step delivered many times launches no training job past the limits."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from app.config import Settings
from tests.support import scripts
from tests.support.jobs import create, script_job, training_jobs, unique, wait_for
from tests.support.servers import Stack
from workers.celery_app import make_celery

pytestmark = pytest.mark.services  # starts openamt itself (see conftest)

COPIES = 3  # deliveries of each message beyond the one openamt sent
FAST = {
    "OPENAMT_HEARTBEAT_SECONDS": "0.5",
    "OPENAMT_LEASE_SECONDS": "1.5",
    "OPENAMT_REAPER_SECONDS": "0.5",
    # MARKED writes its markers to a host directory the test reads, which a sandbox (its
    # own /opt/ml, the host read-only) would not let it write.
    "OPENAMT_SANDBOX": "off",
}


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    instance = Stack(tmp_path_factory.mktemp("duplicates") / "data", workers=2, env=FAST)
    instance.start()
    yield instance
    instance.stop()


def _broker(stack: Stack) -> Any:
    """A Celery app of the stack's broker, as the API's executor sends (by task name)."""
    return make_celery(Settings(broker_url=stack.broker_url, database_url=stack.database_url))


def _ran(stack: Stack, sent: list[Any], timeout: float = 60) -> None:
    """Wait until a worker ran each message sent (Celery logs each task that succeeded)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        log = stack.log_path.read_text(errors="replace")
        if all(f"[{message.id}] succeeded" in log for message in sent):
            return
        time.sleep(0.1)
    raise AssertionError("the stack's workers did not run every message sent")


def _attempts(stack: Stack, tuning_job_name: str) -> dict[str, int]:
    url = stack.database_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(url) as connection:
        rows = connection.execute(
            "SELECT name, attempts FROM training_jobs WHERE tuning_job_name = %s",
            (tuning_job_name,),
        ).fetchall()
    return {str(name): int(attempts) for name, attempts in rows}


def _job(tmp_path: Path, *, max_jobs: int, parallel: int) -> tuple[dict[str, Any], Path]:
    code = scripts.write_script(tmp_path / "code", scripts.MARKED)
    markers = tmp_path / "markers"
    markers.mkdir()
    body = script_job(unique("twice"), code, max_jobs=max_jobs, parallel=parallel,
                      static={"markers": str(markers), "epochs": "4", "sleep": "0.2"})  # fmt: skip
    return body, markers


def _assert_each_ran_once(markers: Path, names: list[str]) -> None:
    for name in names:
        runs = scripts.marked_runs(markers, name)
        assert len(runs) == 1 and runs[0].ended, (name, runs)


def test_a_training_task_delivered_again_runs_its_script_once(stack: Stack, tmp_path: Path) -> None:
    body, markers = _job(tmp_path, max_jobs=2, parallel=2)
    broker = _broker(stack)
    with stack.client() as client:
        name = create(client, body)
        deadline = time.monotonic() + 30
        while len(launched := training_jobs(client, name)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        names = [j["TrainingJobName"] for j in launched]
        sent = [  # while the first delivery is queued or runs
            broker.send_task("openamt.train", args=[training])
            for training in names
            for _ in range(COPIES)
        ]
        described = wait_for(client, name, timeout=90)
        sent += [broker.send_task("openamt.train", args=[t]) for t in names]  # after the end
        _ran(stack, sent)
        after = client.get(f"/v1/hyper-parameter-tuning-jobs/{name}").json()
        jobs = training_jobs(client, name)
    assert len(names) == 2
    _assert_each_ran_once(markers, names)
    assert _attempts(stack, name) == dict.fromkeys(names, 1)
    for seen in (described, after):
        assert seen["HyperParameterTuningJobStatus"] == "Completed"
        assert seen["TrainingJobStatusCounters"]["Completed"] == 2
        assert sum(seen["TrainingJobStatusCounters"].values()) == 2
        assert seen["ObjectiveStatusCounters"] == {"Succeeded": 2, "Pending": 0, "Failed": 0}
    assert [j["TrainingJobStatus"] for j in jobs] == ["Completed", "Completed"]


def test_a_scheduler_step_delivered_many_times_launches_within_the_limits(
    stack: Stack, tmp_path: Path
) -> None:
    body, markers = _job(tmp_path, max_jobs=4, parallel=2)
    broker = _broker(stack)
    with stack.client() as client:
        name = create(client, body)
        # Steps racing each other and the workers' own, then more after the end.
        sent = [broker.send_task("openamt.advance", args=[name]) for _ in range(COPIES * 4)]
        described = wait_for(client, name, timeout=90)
        sent += [broker.send_task("openamt.advance", args=[name]) for _ in range(COPIES)]
        _ran(stack, sent)
        after = client.get(f"/v1/hyper-parameter-tuning-jobs/{name}").json()
        names = [j["TrainingJobName"] for j in training_jobs(client, name)]
    assert len(names) == 4
    _assert_each_ran_once(markers, names)
    assert _attempts(stack, name) == dict.fromkeys(names, 1)
    for seen in (described, after):
        assert seen["HyperParameterTuningJobStatus"] == "Completed"
        assert seen["TrainingJobStatusCounters"]["Completed"] == 4
        assert sum(seen["TrainingJobStatusCounters"].values()) == 4
    # Never more than MaxParallelTrainingJobs at once: no two runs' spans overlap beyond two.
    spans = [r for n in names for r in scripts.marked_runs(markers, n)]
    for run in spans:
        at_once = [o for o in spans if o.started <= run.started <= o.last_seen]
        assert len(at_once) <= 2, spans
