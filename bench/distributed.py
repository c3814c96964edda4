"""Distributed mode beside embedded mode: near-zero-cost trials, and many tuning jobs at once.

    python bench/distributed.py [--trials 200] [--jobs 100] [--parallel 2,4] [--quick]

Two installations side by side, in this one run, started by the tests' harness
(tests/support/servers.py):
  * distributed: a fresh PostgreSQL database and a free Redis database number, then
    `openamt serve` (API only), two `openamt worker --concurrency 1` and `openamt beat`;
  * embedded: `openamt serve --workers 2` on a fresh data directory (SQLite).

On each, the same Random-strategy script-mode tuning job of `--trials` training jobs, once
per MaxParallelTrainingJobs in `--parallel`. The script (tests/support/scripts.py JSON_METRICS)
parses two arguments, prints its metric as JSON and exits: the trial costs what an
interpreter start costs, so the figures measure openamt. Then `--jobs` small tuning jobs
(3 training jobs each, parallel 1) are created at once on the distributed stack.

Everything comes from the databases' tables: wall = the tuning job's EndTime minus the
moment the create call was sent; dispatch latency = for each training job, the start
(TrainingStartTime, its claim by a worker) of the next training job launched after its end
(CreationTime >= its TrainingEndTime) minus that end. At parallel 1 that is consecutive jobs
in launch order. It splits into end -> next creation (tell the study, advance: sample and
store) and creation -> start (the message's trip and the claim).

Where the time goes: each training job's claim -> first metric line -> end; our CPU per
trial by process role (/proc: the training scripts, the runners, Celery's processes, the API,
the PostgreSQL backends of our database); Celery task durations and how many sweeps ran at
once (the workers' log); and one trial's process timed by itself.

Both installations run with the defaults users get (only the data directory, database and
broker are set). Other load on the machine is reported: on a busy machine the figures say
more about the machine than about openamt. Everything started is torn down in `finally`, as
the harness stops a test's: processes stopped, the database dropped, the Redis database
flushed and released.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import httpx
import numpy as np
from rich.console import Console
from rich.table import Table
from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import Engine

from app.db.models import MetricPoint, TrainingJob, TuningJob

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `python bench/distributed.py` from anywhere: bench.*, tests.*

from tests.support.jobs import script_job  # noqa: E402
from tests.support.scripts import JSON_METRICS  # noqa: E402
from tests.support.servers import HOST_INTERPRETER, Server, Stack  # noqa: E402

TERMINAL = ("Completed", "Failed", "Stopped")
WORKERS = 2
POLL_SECONDS = 0.25  # the wall time comes from the database, so polling may be lazy

# Goals of the issue, for near-zero-cost trials through 2 workers.
GOAL_P50_MS, GOAL_P99_MS, GOAL_THROUGHPUT = 50.0, 250.0, 20.0

console = Console(width=None if sys.stdout.isatty() else 140)


# --- Processes ---------------------------------------------------------------------------------


def write_inputs(data_dir: Path) -> Path:
    """The code (train.py) and the two tiny channels script_job names; returns the code dir.
    Both live under the data directory, which file:// submit directories may name."""
    for channel in ("train", "validation"):
        path = data_dir / "s3" / "test-bucket" / "fraud" / channel / "data.csv"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("1,0.5,0.25\n0,0.1,0.75\n")
    code = data_dir / "code"
    code.mkdir(parents=True, exist_ok=True)
    (code / "train.py").write_text(textwrap.dedent(JSON_METRICS))
    return code


class Installation:
    """One openamt installation, started as the tests start one (tests/support/servers.py),
    with every setting at the default a user gets: the bench adds its view of the processes
    (their CPU by role), its database and its log."""

    def __init__(self, mode: str, work: Path) -> None:
        self.mode = mode
        data_dir = work / mode / "data"
        data_dir.mkdir(parents=True)
        self.code_dir = write_inputs(data_dir)  # before start: the harness's data is not needed
        self.server: Server = (Stack if mode == "distributed" else Server)(
            data_dir, workers=WORKERS, user_defaults=True
        )
        self.url = self.server.url
        self.log_path = self.server.log_path
        self._engine: Engine | None = None

    @property
    def database_url(self) -> str:
        if isinstance(self.server, Stack):
            return self.server.database_url
        return f"sqlite:///{self.server.data_dir / 'openamt.db'}"

    @property
    def database(self) -> str | None:
        """PostgreSQL's name of the database (its backends' process titles carry it)."""
        return self.server.database if isinstance(self.server, Stack) else None

    def start(self) -> None:
        self.server.start()  # distributed: the API, then the workers and beat

    def roles(self) -> dict[int, str]:
        """The PID of each process we started, by role: api, worker or beat."""
        roles = {self.server.process.pid: "api"} if self.server.process else {}
        if isinstance(self.server, Stack):
            roles |= {process.pid: "worker" for process in self.server.worker_processes}
            if self.server.beat_process is not None:
                roles[self.server.beat_process.pid] = "beat"
        return roles

    def load(self) -> CpuMeter:
        return CpuMeter(self)

    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = create_engine(self.database_url)
        return self._engine

    def stop(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        self.server.stop()  # distributed: the database dropped, the Redis database released

    def log_offset(self) -> int:
        return self.log_path.stat().st_size if self.log_path.exists() else 0

    def log_since(self, offset: int) -> str:
        if not self.log_path.exists():
            return ""
        with open(self.log_path, "rb") as log:
            log.seek(offset)
            return log.read().decode("utf-8", errors="replace")


# --- CPU: ours by process role, and other load on the machine ---------------------------------


def _machine_busy() -> float:
    """CPU seconds the whole machine has spent busy since boot (Linux /proc/stat)."""
    user, nice, system, _idle, _iowait, irq, softirq, steal = map(
        int, Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]
    )
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


@dataclass
class _Proc:
    ppid: int
    own: float  # utime + stime, s
    reaped: float  # cutime + cstime: children it waited for (the training scripts), s
    cmdline: str


def _processes() -> dict[int, _Proc]:
    tick = os.sysconf("SC_CLK_TCK")
    found: dict[int, _Proc] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue  # exited meanwhile
        own, reaped = (
            (int(fields[11]) + int(fields[12])) / tick,
            (int(fields[13]) + int(fields[14])) / tick,
        )
        found[int(entry.name)] = _Proc(int(fields[1]), own, reaped, cmdline)
    return found


SCRIPTS = "training scripts (reaped)"
HOSTS = "script hosts (fork, clean-up)"


def _roles(install: Installation) -> dict[str, float]:
    """CPU seconds so far of every process of ours, by role; PostgreSQL backends serving our
    database count as ours (their process title names it)."""
    processes = _processes()
    roots = install.roles()
    roles: dict[str, float] = {"bench client (create, poll)": time.process_time()}

    def add(role: str, seconds: float) -> None:
        roles[role] = roles.get(role, 0.0) + seconds

    database = install.database
    for pid, proc in processes.items():
        if database and f" {database} " in proc.cmdline:
            add("PostgreSQL backends", proc.own + proc.reaped)
            continue
        chain, current = [pid], proc.ppid  # pid, its parent, ... up to one of our roots
        while current not in roots and current in processes and current > 1:
            chain.append(current)
            current = processes[current].ppid
        if current not in roots and pid not in roots:
            continue
        root = pid if pid in roots else current
        kind, depth = roots[root], (0 if pid in roots else len(chain))
        if kind == "beat":
            add("beat", proc.own + proc.reaped)
        elif kind == "api" and depth == 0:
            add("API process", proc.own + proc.reaped)
        elif kind == "api" and depth == 1:  # embedded: a spawned worker process
            if "multiprocessing" in proc.cmdline and "spawn_main" in proc.cmdline:
                add("worker processes (runner, inline advance)", proc.own)
                add(SCRIPTS, proc.reaped)
            else:
                add("API helpers", proc.own + proc.reaped)
        elif kind == "api":
            _add_below_worker(add, proc, processes)
        elif depth == 0:
            add("Celery training parents (consumer)", proc.own)
        elif "scheduling" in proc.cmdline or any(
            "scheduling" in processes[p].cmdline for p in chain[1:]
        ):
            add("Celery scheduling pools (advance, sweep)", proc.own + proc.reaped)
        elif depth == 1:
            add("Celery training pool children (runner, inline advance)", proc.own)
            add(SCRIPTS, proc.reaped)
        else:
            _add_below_worker(add, proc, processes)
    return roles


def _add_below_worker(
    add: Callable[[str, float], None], proc: _Proc, processes: dict[int, _Proc]
) -> None:
    """A process a worker started: a script running at the moment of the sample, a fresh
    sandbox's bwrap, or a script host's warm interpreter (workers/zygote.py), whose own CPU is
    openamt's and whose reaped children were the trials it forked."""
    parent = processes.get(proc.ppid)
    forked = parent is not None and parent.cmdline == proc.cmdline  # a trial, not its host
    if HOST_INTERPRETER.decode() in proc.cmdline and not forked:
        add(HOSTS, proc.own)
        add(SCRIPTS, proc.reaped)
    else:
        add(SCRIPTS, proc.own + proc.reaped)


class CpuMeter:
    """Our CPU by role, and how many cores processes outside this benchmark kept busy."""

    def __init__(self, install: Installation) -> None:
        self.install = install
        self.available = Path("/proc/stat").exists()
        self.start = self._sample()

    def _sample(self) -> tuple[float, float, dict[str, float]]:
        if not self.available:
            return (0.0, 0.0, {})
        return time.monotonic(), _machine_busy(), _roles(self.install)

    def stop(self) -> tuple[float, float, dict[str, float]]:
        """(other processes' cores, our cores, our CPU seconds by role) since the start."""
        if not self.available:
            return float("nan"), float("nan"), {}
        wall_end, busy_end, roles_end = self._sample()
        wall_start, busy_start, roles_start = self.start
        wall, busy = wall_end - wall_start, busy_end - busy_start
        roles = {role: seconds - roles_start.get(role, 0.0) for role, seconds in roles_end.items()}
        ours = sum(roles.values())
        if wall <= 0:
            return float("nan"), float("nan"), roles
        return max(0.0, (busy - ours) / wall), ours / wall, roles


# --- Runs ----------------------------------------------------------------------------------------


@dataclass
class Job:
    sequence: int
    created: float
    started: float
    ended: float
    first_metric: float
    status: str


@dataclass
class Run:
    mode: str
    parallel: int
    trials: int
    wall: float
    status: str
    jobs: list[Job]
    other_cores: float
    our_cores: float
    cpu: dict[str, float]  # our CPU seconds by process role
    tasks: dict[str, list[float]] = field(default_factory=dict)  # Celery task durations, s


def _epoch(value: datetime | None) -> float:
    return value.timestamp() if value is not None else float("nan")


def tuning_end(engine: Engine, name: str) -> tuple[str, float]:
    with engine.connect() as connection:
        status, end = connection.execute(
            select(TuningJob.status, TuningJob.end_time).where(TuningJob.name == name)
        ).one()
    return status, _epoch(end)


def read_jobs(engine: Engine, name: str) -> list[Job]:
    query = (
        select(
            TrainingJob.sequence,
            TrainingJob.creation_time,
            TrainingJob.training_start_time,
            TrainingJob.training_end_time,
            func.min(MetricPoint.timestamp),
            TrainingJob.status,
        )
        .outerjoin(MetricPoint, MetricPoint.training_job_id == TrainingJob.id)
        .where(TrainingJob.tuning_job_name == name)
        .group_by(TrainingJob.id)
        .order_by(TrainingJob.sequence)
    )
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    return [
        Job(seq, _epoch(created), _epoch(started), _epoch(ended), _epoch(metric), status)
        for seq, created, started, ended, metric, status in rows
    ]


TASK_LINE = re.compile(
    r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) .*Task (openamt\.\w+)\[[^\]]+\] "
    r"succeeded in ([0-9.eE+-]+)s",
    re.MULTILINE,
)


def task_durations(log_text: str) -> dict[str, list[float]]:
    """Seconds each Celery task took, by task name, from the workers' log."""
    found: dict[str, list[float]] = {}
    for _stamp, task, seconds in TASK_LINE.findall(log_text):
        found.setdefault(task, []).append(float(seconds))
    return found


def sweeps_at_once(log_text: str) -> tuple[float, int]:
    """(mean, max) number of sweeps running at the same time, from their end stamps and
    durations in the workers' log; the mean is over the span from the first start to the
    last end."""
    spans = []
    for stamp, task, seconds in TASK_LINE.findall(log_text):
        if task == "openamt.sweep":
            end = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S,%f").timestamp()
            spans.append((end - float(seconds), end))
    if not spans:
        return float("nan"), 0
    events = sorted([(start, 1) for start, _ in spans] + [(end, -1) for _, end in spans])
    running = most = 0
    for _, step in events:
        running += step
        most = max(most, running)
    window = max(end for _, end in spans) - min(start for start, _ in spans)
    busy = sum(end - start for start, end in spans)
    return (busy / window if window > 0 else float("nan")), most


def tuning_request(name: str, install: Installation, *, trials: int, parallel: int) -> dict:
    body = script_job(name, install.code_dir, regex=None, max_jobs=trials, parallel=parallel)
    body["HyperParameterTuningJobConfig"]["RandomSeed"] = 7
    return body


def run_tuning_job(
    install: Installation, name: str, *, trials: int, parallel: int, timeout: float
) -> Run:
    body = tuning_request(name, install, trials=trials, parallel=parallel)
    offset = install.log_offset()
    load = install.load()
    with httpx.Client(base_url=install.url, timeout=30) as client:
        sent = time.time()
        response = client.post("/v1/hyper-parameter-tuning-jobs", json=body)
        if response.status_code != 201:
            raise RuntimeError(f"create {name}: {response.status_code} {response.text}")
        deadline = time.monotonic() + timeout
        while True:
            described = client.get(f"/v1/hyper-parameter-tuning-jobs/{name}").json()
            status = described["HyperParameterTuningJobStatus"]
            if status in TERMINAL:
                break
            if time.monotonic() > deadline:
                counters = described.get("TrainingJobStatusCounters")
                raise RuntimeError(f"{name} still {status} after {timeout:.0f} s: {counters}")
            time.sleep(POLL_SECONDS)
    other, ours, cpu = load.stop()
    status, end = tuning_end(install.engine(), name)
    jobs = read_jobs(install.engine(), name)
    tasks = task_durations(install.log_since(offset))
    return Run(install.mode, parallel, trials, end - sent, status, jobs, other, ours, cpu, tasks)


@dataclass
class Burst:
    """Many small tuning jobs created at once."""

    count: int
    wall: float  # first create sent -> last EndTime
    create_seconds: float  # sending every create
    statuses: dict[str, int]
    completion: list[float]  # per tuning job: EndTime - CreationTime, s
    first_start: list[float]  # per tuning job: first TrainingStartTime - CreationTime, s
    trainings: dict[str, int]
    other_cores: float
    our_cores: float
    cpu: dict[str, float]
    tasks: dict[str, list[float]]
    sweeps: tuple[float, int]  # sweeps running at once: mean, max
    create_latency: list[float]  # per create call, s


def run_burst(
    install: Installation, *, count: int, trials: int, timeout: float, prefix: str
) -> Burst:
    names = [f"{prefix}-{index:03d}" for index in range(count)]
    bodies = [
        tuning_request(name, install, trials=trials, parallel=1) for name in names
    ]  # fmt: skip
    offset = install.log_offset()
    load = install.load()

    def post(body: dict) -> tuple[int, float]:
        with httpx.Client(base_url=install.url, timeout=60) as client:
            started = time.perf_counter()
            code = client.post("/v1/hyper-parameter-tuning-jobs", json=body).status_code
            return code, time.perf_counter() - started

    sent = time.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=16) as pool:
        answers = list(pool.map(post, bodies))
    create_seconds = time.time() - sent
    refused = [code for code, _ in answers if code != 201]
    if refused:
        raise RuntimeError(f"{len(refused)} creates refused: {sorted(set(refused))}")
    engine = install.engine()
    deadline = time.monotonic() + timeout
    while True:
        with engine.connect() as connection:
            rows = connection.execute(
                select(TuningJob.status, func.count())
                .where(TuningJob.name.like(f"{prefix}-%"))
                .group_by(TuningJob.status)
            ).all()
        statuses = {status: number for status, number in rows}
        if sum(statuses.get(s, 0) for s in TERMINAL) == count or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    other, ours, cpu = load.stop()
    with engine.connect() as connection:
        tuning = connection.execute(
            select(TuningJob.name, TuningJob.creation_time, TuningJob.end_time).where(
                TuningJob.name.like(f"{prefix}-%")
            )
        ).all()
        firsts = dict(
            connection.execute(
                select(TrainingJob.tuning_job_name, func.min(TrainingJob.training_start_time))
                .where(TrainingJob.tuning_job_name.like(f"{prefix}-%"))
                .group_by(TrainingJob.tuning_job_name)
            ).all()
        )
        trainings = dict(
            connection.execute(
                select(TrainingJob.status, func.count())
                .where(TrainingJob.tuning_job_name.like(f"{prefix}-%"))
                .group_by(TrainingJob.status)
            ).all()
        )
    ended = [_epoch(end) for _, _, end in tuning if end is not None]
    return Burst(
        count=count,
        wall=(max(ended) - sent) if ended else float("nan"),
        create_seconds=create_seconds,
        statuses=statuses,
        completion=[_epoch(end) - _epoch(created) for _, created, end in tuning if end],
        first_start=[
            _epoch(firsts[name]) - _epoch(created)
            for name, created, _ in tuning
            if firsts.get(name) is not None
        ],
        trainings=trainings,
        other_cores=other,
        our_cores=ours,
        cpu=cpu,
        tasks=task_durations(install.log_since(offset)),
        sweeps=sweeps_at_once(install.log_since(offset)),
        create_latency=[seconds for _, seconds in answers],
    )


# --- Analysis ----------------------------------------------------------------------------------


@dataclass
class Dispatch:
    """Per training job with a successor: gaps from its end, in ms."""

    to_start: list[float] = field(default_factory=list)  # end -> next start (the goal)
    to_creation: list[float] = field(default_factory=list)  # end -> next creation (advance)
    creation_to_start: list[float] = field(default_factory=list)  # message and claim
    # end -> the next start of any training job: a worker's idle gap when jobs are queued
    idle: list[float] = field(default_factory=list)


def dispatch(jobs: list[Job]) -> Dispatch:
    """For each training job, the next one launched after its end (CreationTime >= its end).
    At parallel 1 that is the next in launch order."""
    by_creation = sorted(jobs, key=lambda job: job.created)
    found = Dispatch()
    for job in jobs:
        following = [other for other in by_creation if other.created >= job.ended]
        if not following:
            continue
        nxt = following[0]
        found.to_start.append((nxt.started - job.ended) * 1000)
        found.to_creation.append((nxt.created - job.ended) * 1000)
        found.creation_to_start.append((nxt.started - nxt.created) * 1000)
    starts = sorted(job.started for job in jobs)
    for job in jobs:
        later = [start for start in starts if start >= job.ended]
        if later:
            found.idle.append((later[0] - job.ended) * 1000)
    return found


def pct(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) if values else float("nan")


def phases(jobs: list[Job]) -> dict[str, list[float]]:
    """Where one training job's time goes, in ms."""
    return {
        # claim -> the metric line read: job directory, code copy, config files, fork+exec,
        # the interpreter's start, the script's imports and its print
        "claim -> metric": [(j.first_metric - j.started) * 1000 for j in jobs],
        # metric line -> end recorded: exit, wait, flush points, model, finish transaction
        "metric -> end": [(j.ended - j.first_metric) * 1000 for j in jobs],
        "start -> end": [(j.ended - j.started) * 1000 for j in jobs],
    }


def measure_interpreter(code_dir: Path, runs: int) -> dict[str, tuple[list[float], list[float]]]:
    """What one trial's process costs by itself, run here as the runner runs it (the same
    interpreter, argv, cwd and scrubbed environment), and the same without `site`."""
    env = {
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "HOME": str(code_dir),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONUNBUFFERED": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONPATH": str(code_dir),
    }
    args = ["train.py", "--max-depth", "3", "--learning-rate", "0.1"]
    variants = {
        "python train.py (as the runner starts it)": [sys.executable, *args],
        "python -S train.py (no site: no .pth, no venv hooks)": [sys.executable, "-S", *args],
        "python -S -c pass (bare interpreter)": [sys.executable, "-S", "-c", "pass"],
    }
    found: dict[str, tuple[list[float], list[float]]] = {label: ([], []) for label in variants}
    for _ in range(runs):  # interleaved, so that load drifting touches every variant alike
        for label, argv in variants.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            subprocess.run(argv, env=env, cwd=code_dir, stdout=subprocess.DEVNULL, check=True)
            found[label][0].append((time.perf_counter() - started) * 1000)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            used = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
            found[label][1].append(used * 1000)
    return found


# --- Report ------------------------------------------------------------------------------------


def met(ok: bool) -> str:
    return "[green]met[/]" if ok else "[red]missed[/]"


def ms(values: list[float]) -> str:
    return f"{pct(values, 50):.0f} / {pct(values, 99):.0f}" if values else "-"


def spread(values: list[float]) -> str:
    if not values:
        return "-"
    return f"{min(values):.2f} / {statistics.median(values):.2f} / {max(values):.2f} s"


ROLE_ORDER = (
    SCRIPTS,
    HOSTS,
    "worker processes (runner, inline advance)",
    "Celery training pool children (runner, inline advance)",
    "Celery training parents (consumer)",
    "Celery scheduling pools (advance, sweep)",
    "beat",
    "API process",
    "API helpers",
    "PostgreSQL backends",
    "bench client (create, poll)",
)


def run_rows(run: Run) -> dict[str, str]:
    """One run's figures, by row label."""
    found = dispatch(run.jobs)
    phase = phases(run.jobs)
    completed = sum(job.status == "Completed" for job in run.jobs)
    rows = {
        "status; training jobs Completed": f"{run.status}; {completed}/{run.trials}",
        "wall, create -> Completed": f"{run.wall:.2f} s",
        "throughput": f"{run.trials / run.wall:.1f} trials/s",
        "dispatch: end -> next start, p50 / p99 ms": ms(found.to_start),
        "  end -> next creation (finish, tell, advance)": ms(found.to_creation),
        "  next creation -> its start (message, claim)": ms(found.creation_to_start),
        "  end -> next start of any job (worker idle)": ms(found.idle),
        "training job claim -> metric, p50 / p99 ms": ms(phase["claim -> metric"]),
        "training job metric -> end, p50 / p99 ms": ms(phase["metric -> end"]),
        "training job start -> end, p50 / p99 ms": ms(phase["start -> end"]),
        "cores: other processes / ours": f"{run.other_cores:.2f} / {run.our_cores:.2f}",
        "CPU per trial, ours, ms": f"{sum(run.cpu.values()) / run.trials * 1000:.0f}",
    }
    for role in ROLE_ORDER:  # every role, so both modes list them in one order
        seconds = run.cpu.get(role)
        rows[f"  {role}"] = f"{seconds / run.trials * 1000:.0f}" if seconds is not None else ""
    for task in ("openamt.train", "openamt.advance", "openamt.sweep"):
        durations = [seconds * 1000 for seconds in run.tasks.get(task, [])]
        if durations:
            rows[f"Celery {task} task, p50 / p99 ms (n)"] = f"{ms(durations)} ({len(durations)})"
    return rows


def run_goals(run: Run) -> dict[str, tuple[str, bool]]:
    found = dispatch(run.jobs)
    p50, p99 = pct(found.to_start, 50), pct(found.to_start, 99)
    return {
        "status; training jobs Completed": (
            "all",
            run.status == "Completed" and all(job.status == "Completed" for job in run.jobs),
        ),
        "throughput": (
            f">= {GOAL_THROUGHPUT:.0f} trials/s",
            run.trials / run.wall >= GOAL_THROUGHPUT,
        ),
        "dispatch: end -> next start, p50 / p99 ms": (
            f"p50 <= {GOAL_P50_MS:.0f}, p99 <= {GOAL_P99_MS:.0f}",
            p50 <= GOAL_P50_MS and p99 <= GOAL_P99_MS,
        ),
    }


def report(
    args: argparse.Namespace,
    runs: dict[tuple[str, int], Run],
    burst: Burst | None,
    interpreter: dict[str, tuple[list[float], list[float]]],
    load_before: tuple[float, ...],
) -> None:
    table = Table(
        title=f"openamt distributed vs embedded: {args.trials} near-zero-cost script trials "
        f"(Random), {WORKERS} workers, {os.cpu_count()} cores, load average before "
        f"{' / '.join(f'{x:.2f}' for x in load_before)}"
    )
    for column in ("measure", "par.", "distributed", "embedded", "goal", "dist.", "emb."):
        table.add_column(column)
    for parallel in args.parallel:
        pair = [runs.get(("distributed", parallel)), runs.get(("embedded", parallel))]
        values = [run_rows(run) if run else {} for run in pair]
        goals = [run_goals(run) if run else {} for run in pair]
        labels = [
            label
            for label in dict.fromkeys(label for found in values for label in found)
            if any(found.get(label) for found in values)
        ]
        for label in labels:
            goal = next((g[label][0] for g in goals if label in g), "")
            verdicts = [met(g[label][1]) if label in g else "" for g in goals]
            table.add_row(
                label, str(parallel), *(found.get(label, "") for found in values), goal, *verdicts
            )
        table.add_section()
    console.print(table)

    if burst is not None:
        console.print(burst_table(args, burst))

    start_table = Table(title="one trial's process by itself (here, after the runs)")
    for column in ("command", "wall p50 ms", "wall p90 ms", "CPU p50 ms", "runs"):
        start_table.add_column(column)
    for label, (times, cpu) in interpreter.items():
        start_table.add_row(
            label, f"{pct(times, 50):.0f}", f"{pct(times, 90):.0f}", f"{pct(cpu, 50):.0f}",
            str(len(times)),
        )  # fmt: skip
    console.print(start_table)
    console.print(
        "dispatch: per training job, the next training job created after its end; end -> next "
        "start is the goal's figure, split into end -> next creation (finish, tell the study, "
        "advance: lock, sample, insert, commit) and creation -> start (send, delivery, claim). "
        "At parallel > workers the next job waits in the queue for a worker: 'worker idle' is "
        "then the figure that matters. claim -> metric: job directory, code, config, fork+exec, "
        "interpreter start, the script's print; metric -> end: exit, wait, metric flush, finish. "
        "CPU per trial: our processes' CPU (PostgreSQL backends of our database included) over "
        "the run, divided by its trials. Celery task times come from the workers' log."
    )


def burst_table(args: argparse.Namespace, burst: Burst) -> Table:
    completed = burst.statuses.get("Completed", 0)
    left = burst.statuses.get("InProgress", 0) + burst.statuses.get("Stopping", 0)
    trials = burst.count * args.burst_trials
    table = Table(
        title=f"{burst.count} tuning jobs at once on the distributed stack "
        f"({args.burst_trials} training jobs each, parallel 1)"
    )
    for column in ("measure", "value", "goal", ""):
        table.add_column(column)
    rows = [
        ("creates sent (16 threads)", f"{burst.create_seconds:.2f} s", "", ""),
        ("  one create call, min / median / max", spread(burst.create_latency), "", ""),
        ("tuning jobs Completed", f"{completed} / {burst.count}  {burst.statuses}",
         str(burst.count), met(completed == burst.count)),
        ("tuning jobs left InProgress or Stopping", str(left), "0", met(left == 0)),
        ("training jobs by status", str(burst.trainings), "", ""),
        ("time until all complete (first create -> last end)", f"{burst.wall:.2f} s", "", ""),
        ("throughput", f"{trials / burst.wall:.1f} trials/s", "", ""),
        ("completion time per job (its create -> its end), min / median / max",
         spread(burst.completion), "", ""),
        ("first training start after its create, min / median / max",
         spread(burst.first_start), "", ""),
        ("cores: other processes / ours", f"{burst.other_cores:.2f} / {burst.our_cores:.2f}",
         "", ""),
        ("CPU per trial, ours, ms", f"{sum(burst.cpu.values()) / trials * 1000:.0f}", "", ""),
    ]  # fmt: skip
    for role in ROLE_ORDER:
        if burst.cpu.get(role, 0.0) > 0:
            rows.append((f"  {role}", f"{burst.cpu[role] / trials * 1000:.0f}", "", ""))
    for task in ("openamt.train", "openamt.advance", "openamt.sweep"):
        durations = [seconds * 1000 for seconds in burst.tasks.get(task, [])]
        if durations:
            rows.append((f"Celery {task} task, p50 / p99 ms (n)",
                         f"{ms(durations)} ({len(durations)})", "", ""))  # fmt: skip
    mean, most = burst.sweeps
    rows.append(("sweeps running at once, mean / max", f"{mean:.1f} / {most}", "", ""))
    for row in rows:
        table.add_row(*row)
    return table


# --- Main ----------------------------------------------------------------------------------------


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=200, help="training jobs per tuning job")
    parser.add_argument("--jobs", type=int, default=100, help="tuning jobs created at once")
    parser.add_argument("--burst-trials", type=int, default=3, help="training jobs each")
    parser.add_argument(
        "--parallel", default="2,4", help="MaxParallelTrainingJobs values, comma-separated"
    )
    parser.add_argument("--no-embedded", action="store_true", help="distributed mode only")
    parser.add_argument("--quick", action="store_true", help="smoke run: 20 trials, 10 jobs")
    parser.add_argument("--keep", action="store_true", help="keep the work directory")
    args = parser.parse_args()
    args.parallel = [int(p) for p in str(args.parallel).split(",") if p.strip()]
    if args.quick:
        args.trials, args.jobs = 20, 10
    return args


def warm_up(install: Installation) -> float:
    """Workers import their modules after the API answers: a small job first, so that no
    measured job waits for them."""
    started = time.perf_counter()
    run_tuning_job(install, f"warm-{install.mode[:4]}", trials=4, parallel=WORKERS, timeout=300)
    return time.perf_counter() - started


def main() -> None:
    args = parse_args()
    load_before = os.getloadavg()
    work = Path(tempfile.mkdtemp(prefix="openamt-bench-distributed-"))
    installs: list[Installation] = []
    runs: dict[tuple[str, int], Run] = {}
    burst: Burst | None = None
    timeout = max(300.0, args.trials * 2.0)
    try:
        for mode in ("distributed", *(() if args.no_embedded else ("embedded",))):
            installs.append(Installation(mode, work))  # a stack's database exists from here
        for install in installs:
            install.start()
            console.print(f"{install.mode}: up ({install.url}); warm-up "
                          f"{warm_up(install):.2f} s")  # fmt: skip
        # Alternate the modes per parallelism so that load drifting on the machine touches both.
        for parallel in args.parallel:
            for install in installs:
                run = run_tuning_job(
                    install, f"bench-p{parallel}-{install.mode[:4]}",
                    trials=args.trials, parallel=parallel, timeout=timeout,
                )  # fmt: skip
                runs[(install.mode, parallel)] = run
                console.print(
                    f"{install.mode} parallel {parallel}: {run.status}, {run.wall:.2f} s, "
                    f"{run.trials / run.wall:.1f} trials/s, other load {run.other_cores:.2f} cores"
                )
        if args.jobs:
            distributed = installs[0]
            burst = run_burst(
                distributed,
                count=args.jobs,
                trials=args.burst_trials,
                timeout=max(600.0, args.jobs * args.burst_trials * 2.0),
                prefix="burst",
            )
            console.print(f"{args.jobs} tuning jobs at once: {burst.statuses}, {burst.wall:.2f} s")
        interpreter = measure_interpreter(installs[0].code_dir, runs=30)
        report(args, runs, burst, interpreter, load_before)
    except Exception:
        for install in installs:
            console.print(f"[red]{install.mode} log tail:[/]\n{install.server.log_tail()}")
        raise
    finally:
        for install in installs:
            try:
                install.stop()
            except Exception as error:  # noqa: BLE001 - tear the others down anyway
                console.print(f"[red]{install.mode}: teardown failed: {error}[/]")
        if args.keep:
            console.print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
