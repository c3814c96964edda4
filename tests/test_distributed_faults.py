"""Distributed mode survives the faults that hurt users of other tuners, losing nothing and
running nothing twice: workers killed, the API restarted, the broker flushed, creates and
scheduler steps racing, stops across workers, database connections dropped."""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psycopg
import pytest
import redis
from sqlalchemy import func, select

from tests.support import scripts
from tests.support.jobs import create, script_job, training_jobs, unique, wait_for
from tests.support.servers import FAULT_PERIODS, POSTGRES, Server, Stack, alive

pytestmark = pytest.mark.services  # starts openamt itself (see conftest)


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """One stack for the module: each fault leaves it whole, which the next test relies on."""
    instance = Stack(tmp_path_factory.mktemp("faults") / "data", workers=2, env=FAULT_PERIODS)
    instance.start()
    yield instance
    instance.stop()


def _training_job_of(stack: Stack, process_group: int) -> str:
    """The training job whose process group this is (openamt records it for the reaper)."""
    url = stack.database_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(url) as connection:
        row = connection.execute(
            "SELECT name FROM training_jobs WHERE process_group = %s", (process_group,)
        ).fetchone()
    assert row is not None
    return str(row[0])


def _counted(described: dict) -> int:  # type: ignore[type-arg]
    return sum(described["TrainingJobStatusCounters"].values())


def test_kill_9_of_a_worker_is_noticed_and_retried(stack: Stack, tmp_path: Path) -> None:
    code = scripts.write_script(tmp_path / "code", scripts.HANGS_ONCE)
    marker = tmp_path / "marker"
    body = script_job(unique("killed"), code, max_jobs=3, parallel=2,
                      static={"marker": str(marker)})  # fmt: skip
    body["TrainingJobDefinition"]["RetryStrategy"] = {"MaximumRetryAttempts": 1}
    with stack.client() as client:
        name = create(client, body)
        runner, script, grandchild = map(int, scripts.wait_for_file(marker).split())
        os.kill(runner, signal.SIGKILL)  # the Celery pool process running the training job
        # The killed attempt's job is retried under its name and, this time, finishes.
        victim = _training_job_of(stack, script)
        described = wait_for(client, name, timeout=90)
        retried = client.get(f"/v1/training-jobs/{victim}").json()
    assert retried["TrainingJobStatus"] == "Completed"
    assert described["HyperParameterTuningJobStatus"] == "Completed"
    assert described["TrainingJobStatusCounters"]["Completed"] == 3
    assert described["TrainingJobStatusCounters"]["InProgress"] == 0
    assert _counted(described) == 3
    with stack.client() as client:
        assert len(training_jobs(client, name)) == 3  # retried under its name, not relaunched
    deadline = time.monotonic() + 5
    while (alive(script) or alive(grandchild)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not alive(script) and not alive(grandchild)


def test_the_api_restarted_mid_job(stack: Stack, tmp_path: Path) -> None:
    code = scripts.write_script(tmp_path / "code", scripts.EPOCHS)
    body = script_job(unique("apirestart"), code, max_jobs=6, parallel=2,
                      static={"sleep": "0.1", "epochs": "5"})  # fmt: skip
    with stack.client() as client:
        name = create(client, body)
        wait_for(client, name, ("InProgress",))
    Server.stop(stack)  # the API process only; workers and beat go on
    time.sleep(1)
    Server.start(stack)
    with stack.client() as client:
        described = wait_for(client, name, timeout=60)
        assert len(training_jobs(client, name)) == 6
    assert described["TrainingJobStatusCounters"]["Completed"] == 6


def test_a_flushed_broker_loses_nothing(stack: Stack, tmp_path: Path) -> None:
    code = scripts.write_script(tmp_path / "code", scripts.EPOCHS)
    body = script_job(unique("flushed"), code, max_jobs=8, parallel=2,
                      static={"sleep": "0.1", "epochs": "5"})  # fmt: skip
    with stack.client() as client:
        name = create(client, body)
        while len(training_jobs(client, name)) < 3:
            time.sleep(0.05)
        # Every queued message of this stack is gone (its own Redis database: FLUSHALL would
        # also wipe other stacks running on this Redis).
        redis.Redis.from_url(stack.broker_url).flushdb()
        described = wait_for(client, name, timeout=90)
        assert len(training_jobs(client, name)) == 8
    assert described["HyperParameterTuningJobStatus"] == "Completed"
    assert described["TrainingJobStatusCounters"]["Completed"] == 8
    assert described["ObjectiveStatusCounters"]["Succeeded"] == 8


def test_twenty_concurrent_creates_of_one_name(stack: Stack, tmp_path: Path) -> None:
    extra = stack.another_api()
    extra.start()
    try:
        code = scripts.write_script(tmp_path / "code", scripts.JSON_METRICS)
        body = script_job(unique("race"), code, regex=None, max_jobs=1, parallel=1)
        urls = [stack.url, extra.url]

        def post(index: int) -> int:
            with httpx.Client(base_url=urls[index % 2], timeout=30) as client:
                return client.post("/v1/hyper-parameter-tuning-jobs", json=body).status_code

        barrier_pool = concurrent.futures.ThreadPoolExecutor(max_workers=20)
        codes = list(barrier_pool.map(post, range(20)))
    finally:
        extra.stop()
    assert sorted(codes) == [201] + [409] * 19


def _advance_until_done(database_url: str, data_dir: str, name: str) -> None:
    """Scheduler steps as fast as one process can take them, until the job has ended."""
    from app.config import Settings
    from app.db.models import TuningJob
    from app.db.session import get_database
    from app.executor import NullExecutor
    from app.tuning import scheduler

    settings = Settings(database_url=database_url, data_dir=Path(data_dir))
    db = get_database(settings)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        scheduler.advance(db, settings, NullExecutor(), name)
        with db.read() as session:
            if session.scalar(select(TuningJob.status).where(TuningJob.name == name)) != (
                "InProgress"
            ):
                return


def test_racing_scheduler_steps_respect_the_limits(stack: Stack) -> None:
    from app.config import Settings
    from app.db.models import TrainingJob, TuningJob
    from app.db.session import get_database
    from app.executor import NullExecutor, unit_of_work
    from app.training.lifecycle import Outcome
    from app.training.states import TrainingJobStatus
    from app.tuning import service
    from app.tuning.outcomes import record_end
    from app.tuning.schemas import CreateTuningJobRequest
    from tests.support.jobs import xgboost_job

    settings = Settings(database_url=stack.database_url, data_dir=stack.data_dir)
    db = get_database(settings)
    name = unique("steps")
    with unit_of_work(db, NullExecutor()) as session:
        request = CreateTuningJobRequest.model_validate(xgboost_job(name, max_jobs=12, parallel=3))
        service.create(session, request, settings)
    context = multiprocessing.get_context("spawn")
    steppers = [
        context.Process(
            target=_advance_until_done, args=(stack.database_url, str(stack.data_dir), name)
        )
        for _ in range(2)
    ]
    for process in steppers:
        process.start()
    deadline = time.monotonic() + 60
    status = "InProgress"
    while status == "InProgress" and time.monotonic() < deadline:
        with db.write() as session:
            job = session.scalar(select(TuningJob).where(TuningJob.name == name).with_for_update())
            assert job is not None
            running = session.scalars(
                select(TrainingJob).where(
                    TrainingJob.tuning_job_name == name, TrainingJob.status == "InProgress"
                )
            ).all()
            launched = session.scalar(
                select(func.count()).where(TrainingJob.tuning_job_name == name)
            )
            assert len(running) == job.in_progress <= 3
            assert launched == job.launched <= 12
            for training in running[:1]:  # finish one, so the racing steps launch another
                training.lease_owner = "test"
                ended = Outcome(TrainingJobStatus.COMPLETED, objective=0.5)
                record_end(settings, job, training, ended)
            status = job.status
        time.sleep(0.02)
    for process in steppers:
        process.join(60)
        assert process.exitcode == 0
    with db.read() as session:
        job = session.scalar(select(TuningJob).where(TuningJob.name == name))
        assert job is not None and job.status == "Completed"
        assert job.launched == job.completed == 12


def test_stop_across_workers(stack: Stack, tmp_path: Path) -> None:
    code = scripts.write_script(tmp_path / "code", scripts.SLEEPER)
    body = script_job(unique("stopall"), code, max_jobs=6, parallel=4)
    with stack.client() as client:
        name = create(client, body)
        deadline = time.monotonic() + 30
        pids: list[int] = []
        while len(pids) < 4 and time.monotonic() < deadline:  # 2 workers run, 2 are queued
            files = [
                stack.data_dir / "jobs" / j["TrainingJobName"] / "output" / "data" / "pids"
                for j in training_jobs(client, name)
            ]
            pids = [int(p) for f in files if f.exists() for p in f.read_text().split()]
            time.sleep(0.1)
        assert len(pids) == 4
        assert client.post(f"/v1/hyper-parameter-tuning-jobs/{name}/stop").status_code == 204
        described = wait_for(client, name, ("Stopped",), timeout=60)
        statuses = {j["TrainingJobStatus"] for j in training_jobs(client, name)}
    assert statuses == {"Stopped"}
    assert described["TrainingJobStatusCounters"]["Stopped"] == 4
    assert not [pid for pid in pids if alive(pid)]


def test_dropped_database_connections_are_survived(stack: Stack, tmp_path: Path) -> None:
    code = scripts.write_script(tmp_path / "code", scripts.EPOCHS)
    body = script_job(unique("dropped"), code, max_jobs=8, parallel=2,
                      static={"sleep": "0.05", "epochs": "4"})  # fmt: skip
    done = threading.Event()
    # The backends killed in each round that a Describe after it found the job still
    # InProgress, as (killed, of them mid-work: in a query or with a transaction open).
    rounds: list[tuple[int, int]] = []

    def drop_connections(name: str) -> None:
        """About every 0.3 s, as soon as a backend of the stack's database is mid-work (or
        after 0.2 s), every backend of it, while the job runs (4 s at most)."""
        with psycopg.connect(POSTGRES, autocommit=True) as admin, stack.client() as client:
            while not done.wait(0.3):
                for _ in range(20):
                    if admin.execute(BUSY, (stack.database, list(MID_WORK))).fetchone() != (0,):
                        break
                    time.sleep(0.01)
                killed = admin.execute(TERMINATE, (stack.database,)).fetchall()
                described = client.get(f"/v1/hyper-parameter-tuning-jobs/{name}")
                if described.status_code != 200:
                    continue  # the API's own connection was among them: asked again next round
                if described.json()["HyperParameterTuningJobStatus"] != "InProgress":
                    return
                mid_work = [ok for state, ok in killed if ok and state in MID_WORK]
                rounds.append((sum(ok for _, ok in killed), len(mid_work)))

    with stack.client() as client:
        name = create(client, body)
        _wait_for_a_running_training_job(client, name)  # the workers have work in flight
        killer = threading.Thread(target=drop_connections, args=(name,), daemon=True)
        killer.start()
        killer.join(4)
        done.set()
        killer.join()
        described = wait_for(client, name, timeout=90)
        jobs = training_jobs(client, name)
    # Connections were dropped while the job ran, some in the middle of their work ...
    assert sum(killed for killed, _ in rounds) > 0, rounds
    assert sum(mid_work for _, mid_work in rounds) > 0, rounds
    # ... and nothing was lost: every job Completed, every objective counted.
    assert described["HyperParameterTuningJobStatus"] == "Completed"
    assert len(jobs) == 8
    failed = [j.get("FailureReason", "") for j in jobs if j["TrainingJobStatus"] != "Completed"]
    assert {j["TrainingJobStatus"] for j in jobs} == {"Completed"}, failed
    counters = described["TrainingJobStatusCounters"]
    assert counters["Completed"] == 8 and _counted(described) == 8
    assert described["ObjectiveStatusCounters"] == {"Succeeded": 8, "Pending": 0, "Failed": 0}


MID_WORK = ("active", "idle in transaction")
BUSY = "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND state = ANY(%s)"
TERMINATE = (
    "SELECT state, pg_terminate_backend(pid) FROM pg_stat_activity "
    "WHERE datname = %s AND pid <> pg_backend_pid()"
)


def _wait_for_a_running_training_job(client: httpx.Client, name: str) -> None:
    deadline = time.monotonic() + 60
    while not any(j["TrainingJobStatus"] == "InProgress" for j in training_jobs(client, name)):
        assert time.monotonic() < deadline, f"{name}: no training job started"
        time.sleep(0.05)
