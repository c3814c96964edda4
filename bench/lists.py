"""Lists at scale: ListTrainingJobsForHyperParameterTuningJob's pages at 10,000 training jobs
in one tuning job, against the same at 1,000, through boto3 and `openamt serve`.

    python bench/lists.py [--postgres] [--jobs 10000] [--baseline 1000] [--repeats 40]

For each size, a fresh data directory (with --postgres, also a fresh PostgreSQL database) holds
one Random tuning job of that many training jobs, made by the domain's own functions in this
process (nothing trains): the scheduler launches the first three, which end Completed, Failed
and Stopped through `record_end`; every other row is one of those three launched again under
a new name and sequence (`lifecycle.new`, `record_launch`) and ended through `record_end` with
its own outcome: about 70% Completed (one in twenty of them without an objective value),
15% Failed, 15% Stopped (half of them early-stopped with a value). Objective values have four
decimals, so many tie. A last `advance` ends the tuning job Completed, as its scheduler would.
On PostgreSQL the table is then analyzed, as autovacuum would have done by the time anyone
lists 10,000 jobs.

Then `openamt serve --workers 1` on each installation, both at once, and each figure is one
boto3 call (an unmodified SageMaker client over HTTP) timed `repeats` times at each size after
two warm-up calls, the two sizes taking turns call by call:
  * the first page of every SortBy x SortOrder, at MaxResults 10 and 100;
  * a deep page: NextToken followed 50 pages (MaxResults 10) in, then the next page timed;
  * StatusEquals, first pages and a deep page;
  * DescribeHyperParameterTuningJob and DescribeTrainingJob.
Besides the wall time (p50, p99), the CPU time per call of openamt's process and, with
PostgreSQL, of the backends serving it: on a shared machine the wall time carries everyone's
load, the CPU time mostly the call's own work. The ratios are
10k's figure over 1k's: flat reads about 1.0.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import psycopg
from fastapi.testclient import TestClient
from rich.console import Console
from rich.table import Table
from sqlalchemy import select, text

from app.arns import training_job_arn
from app.config import Settings
from app.db import migrate
from app.db.models import TrainingJob, TuningJob
from app.db.session import get_database
from app.executor import NullExecutor
from app.main import create_app
from app.training import lifecycle
from app.training.lifecycle import Outcome
from app.training.states import FailureKind, TrainingJobStatus
from app.tuning.outcomes import record_end, record_launch
from app.tuning.scheduler import advance

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `python bench/<name>.py` from anywhere: tests.support below

from tests.support.databases import scratch_postgres  # noqa: E402
from tests.support.jobs import xgboost_job  # noqa: E402
from tests.support.servers import POSTGRES, Server, aws_client  # noqa: E402

TUNING_JOB = "lists-at-scale"
SORTS = ("Name", "CreationTime", "Status", "FinalObjectiveMetricValue")
ORDERS = ("Ascending", "Descending")
DEEP_PAGES = 50
GOAL_P99_MS = 25.0  # issue 14: every list figure at 10,000 training jobs

console = Console(width=None if sys.stdout.isatty() else 180)


# --- The rows --------------------------------------------------------------------------------


@dataclass
class Outcomes:
    """Draws each training job's end: the status mix and objective values described above."""

    rng: random.Random

    def draw(self) -> Outcome:
        roll = self.rng.random()
        if roll < 0.70:
            value = None if self.rng.random() < 0.05 else self.objective()
            return Outcome(TrainingJobStatus.COMPLETED, objective=value)
        if roll < 0.85:
            return Outcome.failed(FailureKind.NON_RETRYABLE, "AlgorithmError: exit code 1")
        early = self.rng.random() < 0.5
        return Outcome(
            TrainingJobStatus.STOPPED, objective=self.objective() if early else None,
            early_stopped=early,
        )  # fmt: skip

    def objective(self) -> float:
        return round(self.rng.uniform(0.6, 0.95), 4)


def populate(settings: Settings, jobs: int) -> str:
    """The tuning job of `jobs` training jobs described above; returns a training job's name."""
    migrate.upgrade(settings)
    client = TestClient(create_app(settings, NullExecutor()), raise_server_exceptions=False)
    body = xgboost_job(TUNING_JOB, strategy="Random", max_jobs=jobs, parallel=3)
    created = client.post("/v1/hyper-parameter-tuning-jobs", json=body)
    assert created.status_code == 201, created.text
    db = get_database(settings)
    advance(db, settings, NullExecutor(), TUNING_JOB)
    outcomes = Outcomes(random.Random(14))
    with db.write() as session:
        job = session.scalars(select(TuningJob).where(TuningJob.name == TUNING_JOB)).one()
        query = select(TrainingJob).where(TrainingJob.tuning_job_name == TUNING_JOB)
        templates = list(session.scalars(query.order_by(TrainingJob.sequence)))
        for template, outcome in zip(templates, _first_outcomes(outcomes), strict=True):
            record_end(settings, job, template, outcome)
        for sequence in range(len(templates) + 1, jobs + 1):
            template = templates[sequence % len(templates)]
            training = _launched_again(settings, template, sequence)
            session.add(training)
            record_launch(job)
            record_end(settings, job, training, outcomes.draw())
    advance(db, settings, NullExecutor(), TUNING_JOB)
    if not settings.is_sqlite:
        # The statistics autovacuum keeps of a table in use: one filled a moment ago has none
        # yet, and PostgreSQL's planner, taking it for empty, sorts rather than walk an index.
        with db.write() as session:
            session.execute(text("ANALYZE training_jobs"))
    db.dispose()
    return templates[0].name


def _first_outcomes(outcomes: Outcomes) -> list[Outcome]:
    return [
        Outcome(TrainingJobStatus.COMPLETED, objective=outcomes.objective()),
        Outcome.failed(FailureKind.NON_RETRYABLE, "AlgorithmError: exit code 1"),
        Outcome(TrainingJobStatus.STOPPED, objective=outcomes.objective(), early_stopped=True),
    ]


def _launched_again(settings: Settings, template: TrainingJob, sequence: int) -> TrainingJob:
    """What the scheduler's launch writes (app/tuning/scheduler._launch), without a trial."""
    name = f"{TUNING_JOB}-{sequence:03d}-{secrets.token_hex(4)}"
    return lifecycle.new(
        name=name,
        arn=training_job_arn(settings, name),
        tuning_job_name=template.tuning_job_name,
        tuning_job_arn=template.tuning_job_arn,
        sequence=sequence,
        definition_name=template.definition_name,
        tuned_hyperparameters=template.tuned_hyperparameters,
        hyperparameters=template.hyperparameters,
        spec=template.spec,
        tags=list(template.tags),
    )


@dataclass
class Installation:
    server: Server
    training_name: str  # one of the tuning job's training jobs
    database: str | None  # PostgreSQL's database name; None for SQLite

    def processes(self) -> list[int]:
        """The processes that do a request's work: openamt's and, with PostgreSQL, the backends
        serving its connections (where PostgreSQL sorts)."""
        assert self.server.process is not None
        if self.database is None:
            return [self.server.process.pid]
        with psycopg.connect(POSTGRES, autocommit=True) as connection:
            rows = connection.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = %s", (self.database,)
            ).fetchall()
        return [self.server.process.pid, *(pid for (pid,) in rows)]


@contextlib.contextmanager
def installation(work: Path, jobs: int, *, postgres: bool) -> Iterator[Installation]:
    """openamt serving a fresh installation that holds the tuning job of `jobs` jobs."""
    with scratch_postgres() if postgres else contextlib.nullcontext(None) as database_url:
        data_dir = work / f"data-{jobs}"
        settings = Settings(data_dir=data_dir, database_url=database_url)
        started = time.perf_counter()
        training_name = populate(settings, jobs)
        console.print(f"{jobs} training jobs stored in {time.perf_counter() - started:.1f} s")
        env = {"OPENAMT_DATABASE_URL": database_url} if database_url else {}
        server = Server(data_dir, workers=1, env=env, user_defaults=True)
        database = database_url.rsplit("/", 1)[1] if database_url else None
        try:
            server.start()
            yield Installation(server, training_name, database)
        except Exception:
            console.print(f"[red]server log tail:[/]\n{server.log_tail()}")
            raise
        finally:
            server.stop()


# --- The figures -----------------------------------------------------------------------------


@dataclass
class Figure:
    """One figure at one size: the wall time of each call (ms), and the server's CPU time."""

    wall: list[float] = field(default_factory=list)
    cpu: float = 0.0  # seconds, over every call in `wall`

    def cpu_ms_per_call(self) -> float:
        return self.cpu * 1000 / len(self.wall)


def cpu_seconds(pids: list[int]) -> float:
    """CPU time of processes so far, summed over their threads (FastAPI runs a synchronous
    route in a worker thread): /proc's schedstat, in nanoseconds."""
    total = 0
    for pid in pids:
        for stat in Path(f"/proc/{pid}/task").glob("*/schedstat"):
            with contextlib.suppress(OSError, ValueError, IndexError):  # a thread that ended
                total += int(stat.read_text().split()[0])
    return total / 1e9


def measure(
    calls: dict[int, dict[str, Callable[[], Any]]],
    installations: dict[int, Installation],
    repeats: int,
) -> dict[int, dict[str, Figure]]:
    """Each figure `repeats` times at every size, the sizes taking turns call by call, so
    that whatever else loads the machine weighs on both alike; two warm-up calls each."""
    sizes = list(calls)
    measured: dict[int, dict[str, Figure]] = {size: {} for size in sizes}
    for key in calls[sizes[0]]:
        pids = {}
        for size in sizes:
            calls[size][key]()
            calls[size][key]()
            measured[size][key] = Figure()
            pids[size] = installations[size].processes()  # after the warm-up's connections
        for _ in range(repeats):
            for size in sizes:
                figure, cpu_before = measured[size][key], cpu_seconds(pids[size])
                started = time.perf_counter()
                calls[size][key]()
                figure.wall.append((time.perf_counter() - started) * 1000)
                figure.cpu += cpu_seconds(pids[size]) - cpu_before
    return measured


def deep_token(sm: Any, params: dict[str, Any]) -> str:
    """The NextToken DEEP_PAGES pages of 10 in."""
    token = None
    for _ in range(DEEP_PAGES):
        page = sm.list_training_jobs_for_hyper_parameter_tuning_job(
            **params, MaxResults=10, **({"NextToken": token} if token else {})
        )
        token = page.get("NextToken")
        assert token, f"fewer than {DEEP_PAGES + 1} pages of {params}: a larger --baseline"
    return token


def figure_calls(installed: Installation) -> dict[str, Callable[[], Any]]:
    """Each figure's call, by the figure's name."""
    sm = aws_client(installed.server.url)
    training_name = installed.training_name

    def page(**params: Any) -> Callable[[], Any]:
        def call() -> Any:
            listed = sm.list_training_jobs_for_hyper_parameter_tuning_job(
                HyperParameterTuningJobName=TUNING_JOB, **params
            )
            assert listed["TrainingJobSummaries"], params
            return listed

        return call

    calls: dict[str, Callable[[], Any]] = {}
    for sort in SORTS:
        for order in ORDERS:
            for max_results in (10, 100):
                key = f"first page  {sort} {order} x{max_results}"
                calls[key] = page(SortBy=sort, SortOrder=order, MaxResults=max_results)
    deep_queries = [{"SortBy": s, "SortOrder": o} for s in SORTS for o in ORDERS]
    deep_queries.append({"SortBy": "Name", "SortOrder": "Ascending", "StatusEquals": "Completed"})
    for query in deep_queries:
        token = deep_token(sm, {"HyperParameterTuningJobName": TUNING_JOB, **query})
        label = " ".join(query.values())
        calls[f"page {DEEP_PAGES + 1}     {label} x10"] = page(
            **query, MaxResults=10, NextToken=token
        )
    for status, sort, order in (
        ("Completed", "Name", "Ascending"),
        ("Stopped", "CreationTime", "Descending"),
        ("Completed", "FinalObjectiveMetricValue", "Descending"),
        ("Failed", "Status", "Ascending"),
    ):
        calls[f"StatusEquals {status}, {sort} {order} x10"] = page(
            StatusEquals=status, SortBy=sort, SortOrder=order, MaxResults=10
        )
    calls["DescribeHyperParameterTuningJob"] = lambda: sm.describe_hyper_parameter_tuning_job(
        HyperParameterTuningJobName=TUNING_JOB
    )
    calls["DescribeTrainingJob"] = lambda: sm.describe_training_job(TrainingJobName=training_name)
    return calls


# --- Main ------------------------------------------------------------------------------------


def report(sizes: tuple[int, int], measured: dict[int, dict[str, Figure]], db: str) -> None:
    small, large = sizes
    table = Table(title=f"ListTrainingJobsForHyperParameterTuningJob and Describe, {db} (ms)")
    columns = ["figure", f"{small} p50", f"{small} p99", f"{large} p50", f"{large} p99",
               "p50 ratio", "p99 ratio", f"CPU {small}", f"CPU {large}", "CPU ratio"]  # fmt: skip
    for column in columns:
        table.add_column(column, justify="left" if column == "figure" else "right")
    worst = 0.0
    for key, at_large in measured[large].items():
        at_small = measured[small][key]
        a50, a99 = np.percentile(at_small.wall, [50, 99])
        b50, b99 = np.percentile(at_large.wall, [50, 99])
        a_cpu, b_cpu = at_small.cpu_ms_per_call(), at_large.cpu_ms_per_call()
        if not key.startswith("Describe"):
            worst = max(worst, b99)
        table.add_row(
            key, f"{a50:.1f}", f"{a99:.1f}", f"{b50:.1f}", f"{b99:.1f}", f"{b50 / a50:.2f}",
            f"{b99 / a99:.2f}", f"{a_cpu:.2f}", f"{b_cpu:.2f}", f"{b_cpu / a_cpu:.2f}",
        )  # fmt: skip
    console.print(table)
    console.print(
        "wall: one boto3 call, client to client. CPU: openamt's CPU time per call (every\n"
        "thread; with PostgreSQL, its backends' too), which other work on the machine barely "
        "moves."
    )
    verdict = "met" if worst <= GOAL_P99_MS else "NOT met"
    console.print(
        f"worst list p99 at {large}: {worst:.1f} ms (goal <= {GOAL_P99_MS:.0f} ms: {verdict}); "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", action="store_true", help="PostgreSQL instead of SQLite")
    parser.add_argument("--jobs", type=int, default=10_000)
    parser.add_argument("--baseline", type=int, default=1_000)
    parser.add_argument("--repeats", type=int, default=40, help="timed calls per figure")
    args = parser.parse_args()
    db = "PostgreSQL" if args.postgres else "SQLite"
    sizes = (args.baseline, args.jobs)
    work = Path(tempfile.mkdtemp(prefix="openamt-bench-lists-"))
    try:
        with contextlib.ExitStack() as stack:
            installations = {
                jobs: stack.enter_context(installation(work, jobs, postgres=args.postgres))
                for jobs in sizes
            }
            calls = {jobs: figure_calls(installed) for jobs, installed in installations.items()}
            started = time.perf_counter()
            measured = measure(calls, installations, args.repeats)
            console.print(f"measured in {time.perf_counter() - started:.1f} s")
        report(sizes, measured, db)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
