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


class NullExecutor:
    """Submits nothing: for processes that only read, and for tests of the domain alone."""

    def submit_training(self, training_job_name: str) -> None:
        pass

    def submit_advance(self, tuning_job_name: str) -> None:
        pass


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
