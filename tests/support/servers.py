"""openamt as the tests run it: `openamt serve` in a subprocess (embedded mode), or the
processes of distributed mode (see Stack)."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import boto3
import httpx
import psycopg
import redis

from tests.support import jobs

ROOT = Path(__file__).resolve().parents[2]  # the repository


def children(pid: int, *, command: str = "") -> list[int]:
    """The live child processes of a process (those whose command line holds `command`),
    from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            line = (stat.parent / "cmdline").read_bytes().decode(errors="replace")
        except (OSError, IndexError):  # it ended meanwhile
            continue
        if parent == pid and command in line:
            found.append(int(stat.parent.name))
    return found


def job_processes(training_job_name: str) -> list[int]:
    """Every live process whose environment names the training job: the script and whatever
    it started, wherever it moved (its own session, a sandbox's PID namespace, whose PIDs the
    script itself cannot tell the host's)."""
    found = []
    needle = f"TRAINING_JOB_NAME={training_job_name}".encode()
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            if needle not in (entry / "environ").read_bytes().split(b"\0"):
                continue
            if (entry / "stat").read_text().rsplit(")", 1)[1].split()[0] == "Z":
                continue  # a zombie is dead for our purpose
        except OSError:  # it ended meanwhile, or is not ours to read
            continue
        found.append(int(entry.name))
    return found


def hosted_scripts(root: int) -> list[int]:
    """The scripts that script hosts (workers/script_host.py) under process `root` run now: a
    fork of a host's warm interpreter, whose own environment (/proc) is still the host's, so
    job_processes cannot tell it by its job; what it starts with exec can be."""
    commands = {}
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            commands[int(stat.parent.name)] = (stat.parent / "cmdline").read_bytes()
        except (OSError, IndexError):  # it ended meanwhile
            continue
        if fields[0] != "Z":
            parents[int(stat.parent.name)] = int(fields[1])

    def under_root(pid: int) -> bool:
        while pid > 1:
            pid = parents.get(pid, 0)
            if pid == root:
                return True
        return False

    def interpreter(pid: int) -> bool:  # `python -c <workers/zygote.py> <fd>`, not bwrap's
        argv = commands.get(pid, b"").split(b"\0")
        return len(argv) > 2 and argv[1] == b"-c" and HOST_INTERPRETER in argv[2]

    return [
        pid
        for pid, parent in parents.items()
        if interpreter(pid) and commands[parent] == commands[pid] and under_root(pid)
    ]


HOST_INTERPRETER = b"The warm interpreter of a script host"  # workers/zygote.py's first line


def job_scripts(training_job_name: str, data_dir: Path) -> list[int]:
    """The script a script host runs for the training job now: the host whose sandbox binds
    the slot that the job's directory links to while the job runs there."""
    job_dir = data_dir / "jobs" / training_job_name
    if not job_dir.is_symlink():
        return []
    bound = b"\0" + str(job_dir.resolve()).encode() + b"\0/opt/ml\0"
    hosts = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if cmdline.read_bytes().startswith(b"bwrap\0") and bound in cmdline.read_bytes():
                hosts.append(int(cmdline.parent.name))
        except OSError:
            continue
    return [pid for host in hosts for pid in hosted_scripts(host)]


def alive(pid: int) -> bool:
    """Whether a process runs (a zombie does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie still answers kill(0); it is dead for our purpose.
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split()[2] != "Z"
    except (FileNotFoundError, ProcessLookupError):  # reaped between open and read
        return False


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# The tests' periods: a lost job or a stop is noticed in a second, not in a few.
TEST_PERIODS = {"OPENAMT_REAPER_SECONDS": "0.5", "OPENAMT_HEARTBEAT_SECONDS": "0.5"}
# The fault tests' periods: a lease of three beats (the least Settings allows), so a lost
# worker is noticed within seconds, and a quick resubmit of a message lost with a broker. The
# sandbox is off: their scripts leave markers and PIDs in host directories the tests read,
# which a job's own /opt/ml and read-only host would not let them write.
FAULT_PERIODS = {
    "OPENAMT_HEARTBEAT_SECONDS": "0.5",
    "OPENAMT_LEASE_SECONDS": "1.5",
    "OPENAMT_REAPER_SECONDS": "0.5",
    "OPENAMT_RESUBMIT_SECONDS": "3",
    "OPENAMT_SANDBOX": "off",
}


class Server:
    """`openamt serve` in a subprocess, as a user starts it.

    With user_defaults (the benches), every setting but the data directory (and a stack's
    database and broker) is the default a user gets: no test periods, and no OPENAMT_* variable
    inherited from this process. With unprivileged, openamt runs as a user other than root: uid
    1000 of a user namespace of its own (unshare(1)), where this process's files are its own
    (the interpreter under root's home, the data directory) and it holds no capability over
    the host, as a user who starts openamt from their own virtualenv."""

    def __init__(
        self,
        data_dir: Path,
        *,
        workers: int = 2,
        env: dict[str, str] | None = None,
        user_defaults: bool = False,
        unprivileged: bool = False,
    ) -> None:
        self.data_dir = data_dir
        self._unprivileged = unprivileged
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = data_dir.parent / f"server-{self.port}.log"
        inherited = {key: value for key, value in os.environ.items()
                     if not (user_defaults and key.startswith("OPENAMT_"))}  # fmt: skip
        self._env = {
            **inherited,
            "OPENAMT_DATA_DIR": str(data_dir),
            **({} if user_defaults else TEST_PERIODS),
            "PYTHONUNBUFFERED": "1",  # the log is read while the processes run
            **(env or {}),
        }
        self._workers = workers
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> Server:
        data_dir = self.data_dir
        if not (data_dir / "s3").exists():
            jobs.write_fraud_data(data_dir)
            jobs.write_regression_data(data_dir)
        as_user = ["unshare", "--user", "--map-user=1000", "--map-group=1000", "--"]
        prefix = as_user if self._unprivileged else []
        log = open(self.log_path, "ab")  # noqa: SIM115 - lives as long as the server
        self.process = subprocess.Popen(
            [*prefix, sys.executable, "-m", "app.cli", "serve", "--port", str(self.port),
             "--workers", str(self._workers)],
            env=self._env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"openamt exited: {self.log_path.read_text()[-3000:]}")
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.2)
        raise RuntimeError("openamt did not become healthy in 60 s")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30)

    def worker_pids(self) -> list[int]:
        """The embedded server's worker processes, once as many as it runs have started (a
        while after /healthz answers): the children of its fork server
        (workers/local_executor.py)."""
        deadline = time.monotonic() + 30
        while True:
            assert self.process is not None and self.process.poll() is None
            forkservers = children(self.process.pid, command="multiprocessing.forkserver")
            found = sorted(pid for forkserver in forkservers for pid in children(forkserver))
            if len(found) >= self._workers or time.monotonic() > deadline:
                return found
            time.sleep(0.05)

    def log_tail(self, chars: int = 3000) -> str:
        """The end of the log every process of this installation writes."""
        return self.log_path.read_text(errors="replace")[-chars:] if self.log_path.exists() else ""


# Distributed mode: a fresh PostgreSQL database and a Redis database number per stack, on the
# services this machine runs (127.0.0.1:5432, 127.0.0.1:6379). They are required, not
# optional: a stack that cannot reach them fails the test run instead of skipping it.
POSTGRES = os.environ.get("OPENAMT_TEST_POSTGRES", "postgresql://root@127.0.0.1:5432/test")
REDIS = os.environ.get("OPENAMT_TEST_REDIS", "redis://127.0.0.1:6379")


def _redis_db() -> int:
    """A Redis database number no other running stack uses (1..15; 0 is left alone). A number
    whose holder (the test process that took it) is gone without giving it back, as a killed
    run leaves it, is taken over."""
    client = redis.Redis.from_url(f"{REDIS}/0")
    for number in range(1, 16):
        key = f"openamt-test-db-{number}"
        with client.pipeline() as pipe:
            try:
                pipe.watch(key)
                holder = pipe.get(key)
                if holder is not None and alive(int(holder)):
                    continue
                pipe.multi()
                pipe.set(key, os.getpid(), ex=3600)
                pipe.execute()
            except redis.WatchError:  # another stack took it meanwhile
                continue
        return number
    raise RuntimeError("no free Redis database number for a test stack")


class Stack(Server):
    """`openamt serve` (API only), `openamt worker` x N and `openamt beat`.

    With broker_url (a Redis server the test owns, e.g. RedisServer), the stack uses it
    instead of a database number of the machine's Redis."""

    def __init__(
        self,
        data_dir: Path,
        *,
        workers: int = 2,
        env: dict[str, str] | None = None,
        user_defaults: bool = False,
        broker_url: str | None = None,
    ) -> None:
        self.database = f"openamt_{uuid.uuid4().hex[:12]}"
        self.redis_db = None if broker_url else _redis_db()
        with psycopg.connect(POSTGRES, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{self.database}"')
        base = POSTGRES.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
        self.database_url = f"{base}/{self.database}"
        self.broker_url = broker_url or f"{REDIS}/{self.redis_db}"
        redis.Redis.from_url(self.broker_url).flushdb()
        super().__init__(
            data_dir,
            workers=workers,
            env={
                "OPENAMT_DATABASE_URL": self.database_url,
                "OPENAMT_BROKER_URL": self.broker_url,
                **(env or {}),
            },
            user_defaults=user_defaults,
        )
        self.worker_processes: list[subprocess.Popen[bytes]] = []
        self.beat_process: subprocess.Popen[bytes] | None = None

    def _spawn(self, *args: str) -> subprocess.Popen[bytes]:
        log = open(self.log_path, "ab")  # noqa: SIM115 - lives as long as the process
        return subprocess.Popen(
            [sys.executable, "-m", "app.cli", *args],
            env=self._env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip

    def start(self) -> Stack:
        super().start()  # the API; it applies the migrations before it listens
        for _ in range(self._workers):
            self.start_worker()
        self.start_beat()
        return self

    def start_beat(self) -> subprocess.Popen[bytes]:
        self.beat_process = self._spawn("beat")
        return self.beat_process

    def another_api(self) -> Server:
        """A second API process of this stack (same database, broker and data), not started."""
        return Server(self.data_dir, env=self._env)

    def start_worker(self) -> subprocess.Popen[bytes]:
        process = self._spawn("worker", "--concurrency", "1")
        self.worker_processes.append(process)
        return process

    def stop(self) -> None:
        for process in [*self.worker_processes, self.beat_process]:
            if process is not None and process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in [*self.worker_processes, self.beat_process]:
            if process is None:
                continue
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
            with contextlib.suppress(ProcessLookupError):  # what it started and left behind
                os.killpg(process.pid, signal.SIGKILL)
        super().stop()
        if self.redis_db is not None:  # a broker the test owns is the test's to stop
            redis.Redis.from_url(self.broker_url).flushdb()
            redis.Redis.from_url(f"{REDIS}/0").delete(f"openamt-test-db-{self.redis_db}")
        deadline = time.monotonic() + 10
        with psycopg.connect(POSTGRES, autocommit=True) as connection:
            while True:
                try:
                    connection.execute(f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)')
                    break
                except psycopg.errors.ObjectInUse:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.5)


class RedisServer:
    """A redis-server of the test's own on a free port, without persistence: killed and
    started again, it comes back empty (as a broker that lost its messages)."""

    def __init__(self, log_path: Path) -> None:
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> RedisServer:
        log = open(self.log_path, "ab")  # noqa: SIM115 - lives as long as the server
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1",
             "--save", "", "--appendonly", "no"],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        deadline = time.monotonic() + 30
        while True:
            try:
                redis.Redis.from_url(self.url, socket_timeout=1).ping()
                return self
            except redis.ConnectionError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"redis-server did not start: {self.log_path}") from None
                time.sleep(0.05)

    def kill(self) -> None:
        """SIGKILL, as a crash: whatever it held is gone."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()


def aws_env(url: str) -> dict[str, str]:
    """The environment an unmodified AWS client (the AWS CLI, the SageMaker SDK) needs to
    talk to openamt: the endpoint, any credentials (auth off), a region."""
    return {
        **os.environ,
        "AWS_ENDPOINT_URL": url,
        "AWS_ACCESS_KEY_ID": "x",
        "AWS_SECRET_ACCESS_KEY": "y",
        "AWS_DEFAULT_REGION": "us-east-1",
    }


def aws_client(url: str, service: str = "sagemaker") -> Any:
    """An unmodified boto3 client of `service` pointed at openamt (any credentials: auth off)."""
    return boto3.client(
        service,
        endpoint_url=url,
        region_name="us-east-1",
        aws_access_key_id="x",
        aws_secret_access_key="y",
    )
