"""The storm: several tuning jobs in distributed mode while, on a fixed schedule, a whole
`openamt worker`, the Redis server, the API and beat are killed with SIGKILL (each then
started again) and every PostgreSQL backend of the stack's database is terminated.
Afterwards every tuning job has Completed with exactly its training jobs, every Completed
training job ran its script to the end exactly once, no two runs of a job overlapped, and
nothing is left running or lying in a temporary directory."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest

from tests.support import scripts
from tests.support.jobs import create, script_job, training_jobs, unique, wait_for
from tests.support.servers import FAULT_PERIODS, POSTGRES, RedisServer, Server, Stack, job_processes

pytestmark = pytest.mark.services  # starts openamt itself (see conftest)

TUNING_JOBS = 3
TRAINING_JOBS = 4  # per tuning job
PARALLEL = 2
WORKERS = 3
FAULT_EVERY = 2.5  # seconds between one fault (and its restart) and the next
# A run: sixteen epochs of 0.25 s, so that the schedule ends before the work does.
TRAINING = {"epochs": "16", "sleep": "0.25"}
MID_TRAINING = (0.5, 3.0)  # seconds since a run began: when a worker is killed under it


@pytest.fixture
def storm(tmp_path: Path) -> Iterator[tuple[Stack, RedisServer]]:
    """A stack on a Redis server of its own (killing the machine's Redis would hit every other
    test), its processes' temporary files in a directory the test owns."""
    broker = RedisServer(tmp_path / "redis.log").start()
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    stack = Stack(
        tmp_path / "data",
        workers=WORKERS,
        env={**FAULT_PERIODS, "TMPDIR": str(temporary)},
        broker_url=broker.url,
    )
    try:
        yield stack.start(), broker
    finally:
        stack.stop()
        broker.kill()


def _terminate_database_backends(stack: Stack) -> int:
    """Every backend of the stack's database ended mid-whatever, as a database restart ends
    them. pg_terminate_backend (SIGTERM) rather than kill -9: a backend killed with SIGKILL
    makes PostgreSQL restart every backend of the server, other tests' included."""
    with psycopg.connect(POSTGRES, autocommit=True) as admin:
        killed = admin.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            (stack.database,),
        ).fetchone()
    return int(killed[0]) if killed else 0


def _worker_in_mid_training(stack: Stack, markers: Path) -> subprocess.Popen[bytes]:
    """An `openamt worker` whose training is under way, neither starting nor ending: killed
    there, and not in the instant between a script's end and its job's end (a kill there
    runs a finished script again, which nothing but a transaction around the script could
    avoid)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        for run in _runs(markers):
            under_way = time.time() - run.started
            if run.ended or not MID_TRAINING[0] < under_way < MID_TRAINING[1]:
                continue
            for worker in stack.worker_processes:
                if worker.poll() is None and _group_of_parent(run.pid) == worker.pid:
                    return worker
        time.sleep(0.05)
    raise AssertionError("no worker was training")


def _runs(markers: Path) -> list[scripts.MarkedRun]:
    return [run for path in markers.iterdir() for run in scripts.marked_runs(markers, path.name)]


def _group_of_parent(pid: int) -> int | None:
    """The process group of a script's parent (the pool process of its worker)."""
    try:
        return os.getpgid(int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1]))
    except (OSError, IndexError, ValueError):  # it ended meanwhile
        return None


class Faults:
    """The schedule's faults: each kills a part with SIGKILL and starts it again."""

    def __init__(self, stack: Stack, broker: RedisServer, markers: Path) -> None:
        self.stack, self.broker, self.markers = stack, broker, markers
        self.killed_groups: list[int] = []

    def schedule(self) -> list[Callable[[], str]]:
        return [self.worker, self.redis_server, self.api, self.worker, self.beat, self.postgres]

    def worker(self) -> str:
        victim = _worker_in_mid_training(self.stack, self.markers)
        os.killpg(victim.pid, signal.SIGKILL)  # the worker, its scheduling child, its pool
        victim.wait()
        self.killed_groups.append(victim.pid)
        self.stack.start_worker()
        return f"worker group {victim.pid}"

    def redis_server(self) -> str:
        self.broker.kill()
        self.broker.start()  # empty: every queued message is gone
        return "redis-server"

    def api(self) -> str:
        assert self.stack.process is not None
        self.stack.process.kill()
        self.stack.process.wait()
        Server.start(self.stack)
        return "api"

    def beat(self) -> str:
        assert self.stack.beat_process is not None
        os.killpg(self.stack.beat_process.pid, signal.SIGKILL)
        self.stack.beat_process.wait()
        self.stack.start_beat()
        return "beat"

    def postgres(self) -> str:
        return f"{_terminate_database_backends(self.stack)} postgres backends"


def test_a_storm_of_kills_loses_nothing_and_runs_nothing_twice(
    storm: tuple[Stack, RedisServer], tmp_path: Path
) -> None:
    stack, broker = storm
    code = scripts.write_script(tmp_path / "code", scripts.MARKED)
    markers = tmp_path / "markers"
    markers.mkdir()
    names = []
    with stack.client() as client:
        for _ in range(TUNING_JOBS):
            body = script_job(unique("storm"), code, max_jobs=TRAINING_JOBS, parallel=PARALLEL,
                              static={"markers": str(markers), **TRAINING})  # fmt: skip
            # A run lost with its worker is an InternalServerError, which RetryStrategy
            # retries (docs/distributed.md: what a lost worker costs).
            body["TrainingJobDefinition"]["RetryStrategy"] = {"MaximumRetryAttempts": 5}
            names.append(create(client, body))
    deadline = time.monotonic() + 60
    while len(list(markers.iterdir())) < WORKERS and time.monotonic() < deadline:
        time.sleep(0.1)  # the storm starts once every worker trains
    faults = Faults(stack, broker, markers)
    for fault in faults.schedule():
        time.sleep(FAULT_EVERY)
        print("fault:", fault())
    with stack.client() as client:
        described = {name: wait_for(client, name, timeout=120) for name in names}
        jobs = {name: training_jobs(client, name) for name in names}
    for name in names:
        counters = described[name]["TrainingJobStatusCounters"]
        assert described[name]["HyperParameterTuningJobStatus"] == "Completed", name
        assert counters["Completed"] == TRAINING_JOBS, counters
        assert sum(counters.values()) == TRAINING_JOBS, counters
        assert len(jobs[name]) == TRAINING_JOBS
        assert {j["TrainingJobStatus"] for j in jobs[name]} == {"Completed"}
    training_names = [j["TrainingJobName"] for name in names for j in jobs[name]]
    for training in training_names:
        runs = scripts.marked_runs(markers, training)
        assert sum(run.ended for run in runs) == 1, (training, runs)
        assert runs[-1].ended, (training, runs)  # the run that counted is the last one
        for earlier, later in zip(runs, runs[1:], strict=False):
            # The earlier run was dead (seen for the last time) before its retry began.
            assert earlier.last_seen < later.started, (training, runs)
    retried = [t for t in training_names if len(scripts.marked_runs(markers, t)) > 1]
    assert retried, "no training job was lost and retried: the storm missed every run"
    _assert_nothing_left(training_names, faults, tmp_path / "tmp")


def _assert_nothing_left(training_names: list[str], faults: Faults, temporary: Path) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(map(job_processes, training_names)):
        time.sleep(0.1)
    assert not [t for t in training_names if job_processes(t)]
    for group in faults.killed_groups:
        with pytest.raises(ProcessLookupError):
            os.killpg(group, 0)


def _assert_no_temporary_files(temporary: Path, *, killed: int) -> None:
    """Nothing of openamt's in the processes' TMPDIR. A worker killed with SIGKILL leaves the
    one empty directory its process pool made (billiard's `pymp-*`, which its own exit would
    have removed): that much, and no more, may stay."""
    left = list(temporary.iterdir())
    pools = [p for p in left if p.name.startswith("pymp-") and not any(p.iterdir())]
    assert left == pools, left
    assert len(pools) <= killed, left


def test_a_create_while_the_broker_is_down_is_created_and_runs_once_it_is_back(
    storm: tuple[Stack, RedisServer], tmp_path: Path
) -> None:
    """The message a commit could not send is a lost hint, not the request's failure: the job
    exists, the answer says so, and the reaper launches it when the broker is back."""
    stack, broker = storm
    code = scripts.write_script(tmp_path / "code", scripts.MARKED)
    markers = tmp_path / "markers"
    markers.mkdir()
    body = script_job(unique("nobroker"), code, max_jobs=2, parallel=2,
                      static={"markers": str(markers), "epochs": "2", "sleep": "0.1"})  # fmt: skip
    broker.kill()
    try:
        with stack.client() as client:
            response = client.post("/v1/hyper-parameter-tuning-jobs", json=body)
    finally:
        broker.start()
    assert response.status_code == 201, response.text
    name = body["HyperParameterTuningJobName"]
    with stack.client() as client:
        described = wait_for(client, name, timeout=90)
        jobs = training_jobs(client, name)
    assert described["TrainingJobStatusCounters"]["Completed"] == 2
    assert len(jobs) == 2
    for job in jobs:
        assert [run.ended for run in scripts.marked_runs(markers, job["TrainingJobName"])] == [True]
