"""The Executor protocol: how the domain hands work to workers without knowing who they are.

Messages are hints. The database is the truth: a lost message is re-derived by the reaper,
a repeated one is a no-op (claims and `advance` are idempotent).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from typing import Protocol

from sqlalchemy.orm import Session

from app.db.session import Database, after_commit

EXECUTOR = "openamt.executor"


class Executor(Protocol):
    def submit_training(self, training_job_name: str) -> None:
        """Run (or resume claiming) this training job on some worker."""
        ...

    def submit_advance(self, tuning_job_name: str) -> None:
        """Ask for `scheduler.advance` of this tuning job soon."""
        ...

    def training_waits(self) -> bool:
        """Whether submitted training jobs wait for a busy worker (a hint, for `KeepNext`)."""
        ...


class NullExecutor:
    """Submits nothing: for processes that only read, and for tests of the domain alone."""

    def submit_training(self, training_job_name: str) -> None:
        pass

    def submit_advance(self, tuning_job_name: str) -> None:
        pass

    def training_waits(self) -> bool:
        return False


class KeepNext:
    """The executor a worker's run sends through: the first training job that its finish
    launches is kept for the same worker to run next, with no trip through the queue and
    another worker (the shortest path from one job's end to the next one's start), unless
    training jobs already wait for a worker: those go first, as the queue orders them, so no
    tuning job keeps a worker to itself while others wait. The rest goes to `executor`.

    Keeping a job is safe as messages are hints: a worker lost before it claims the kept
    job leaves it unclaimed, and the reaper submits it again (`reaper.resubmit_stale`)."""

    def __init__(self, executor: Executor) -> None:
        self.executor = executor
        self._kept: str | None = None

    def submit_training(self, training_job_name: str) -> None:
        if self._kept is None and not self.executor.training_waits():
            self._kept = training_job_name
        else:
            self.executor.submit_training(training_job_name)

    def submit_advance(self, tuning_job_name: str) -> None:
        self.executor.submit_advance(tuning_job_name)

    def training_waits(self) -> bool:
        return self.executor.training_waits()

    def take(self) -> str | None:
        """The kept job, for this worker to run now."""
        kept, self._kept = self._kept, None
        return kept

    def send_kept(self) -> None:
        """This worker will not run the kept job (it stops): the queue gets it after all."""
        if (kept := self.take()) is not None:
            self.executor.submit_training(kept)


@contextmanager
def unit_of_work(db: Database, executor: Executor, *, durable: bool = True) -> Iterator[Session]:
    """A write transaction whose messages (`send_training`, `send_advance`) go to `executor`
    once it has committed. Every write that launches or wakes work is one of these, so no
    caller sends by hand and none sends before its commit."""
    with db.write(durable=durable) as session:
        session.info[EXECUTOR] = executor
        yield session


def send_training(session: Session, training_job_name: str) -> None:
    after_commit(session, partial(_executor(session).submit_training, training_job_name))


def send_advance(session: Session, tuning_job_name: str) -> None:
    after_commit(session, partial(_executor(session).submit_advance, tuning_job_name))


def _executor(session: Session) -> Executor:
    executor = session.info.get(EXECUTOR)
    if executor is None:
        raise RuntimeError("this write sends messages: open it with unit_of_work(db, executor)")
    return executor
