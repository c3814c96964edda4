"""The Executor protocol: how the domain hands work to workers without knowing who they are.

Messages are hints. The database is the truth: a lost message is re-derived by the reaper,
a repeated one is a no-op (claims and `advance` are idempotent).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import Protocol

from sqlalchemy.orm import Session

from app.db.session import Database, after_commit

log = logging.getLogger(__name__)

EXECUTOR = "openamt.executor"


class Executor(Protocol):
    def submit_training(self, training_job_name: str) -> None:
        """Run (or resume claiming) this training job on some worker."""
        ...

    def submit_advance(self, tuning_job_name: str) -> None:
        """Ask for `scheduler.advance` of this tuning job soon."""
        ...

    def training_waits(self) -> bool:
        """Whether submitted training jobs wait for a busy worker: a hint, for a worker that
        could run the job its finish launched (app/runs.finish's `take_next`)."""
        ...


class NullExecutor:
    """Submits nothing: for processes that only read, and for tests of the domain alone."""

    def submit_training(self, training_job_name: str) -> None:
        pass

    def submit_advance(self, tuning_job_name: str) -> None:
        pass

    def training_waits(self) -> bool:
        return False


@contextmanager
def unit_of_work(db: Database, executor: Executor, *, durable: bool = True) -> Iterator[Session]:
    """A write transaction whose messages (`send_training`, `send_advance`) go to `executor`
    once it has committed. Every write that launches or wakes work is one of these, so no
    caller sends by hand and none sends before its commit."""
    with db.write(durable=durable) as session:
        session.info[EXECUTOR] = executor
        yield session


TRAINING = "openamt.training"


def send_training(session: Session, training_job_name: str) -> None:
    """Submit the training job once the unit commits (all of a unit's, in order)."""
    names: list[str] | None = session.info.get(TRAINING)
    if names is None:
        names = session.info[TRAINING] = []
        after_commit(session, partial(_submit_each, _executor(session), names))
    names.append(training_job_name)


def withhold_training(session: Session) -> str | None:
    """The first training job this unit would send, not sent after all: its caller claims
    it in this unit and runs it (app/runs.finish)."""
    names: list[str] = session.info.get(TRAINING) or []
    return names.pop(0) if names else None


def _submit_each(executor: Executor, names: list[str]) -> None:
    for name in names:
        _hint(partial(executor.submit_training, name), f"training job {name}")


def send_advance(session: Session, tuning_job_name: str) -> None:
    send = partial(_executor(session).submit_advance, tuning_job_name)
    after_commit(session, partial(_hint, send, f"advance of {tuning_job_name}"))


def _hint(send: Callable[[], None], what: str) -> None:
    """Send one message after the commit. One that cannot be sent (the broker is down, or its
    connection broke) is lost as any message may be: the commit stands, the caller goes on (a
    finish runs the job it claimed, a request gets its answer), and the reaper re-derives the
    message from the rows (`resubmit_stale`, `advance`)."""
    try:
        send()
    except Exception:  # noqa: BLE001 - whatever the broker's client raises, it is a lost hint
        log.warning("%s: the message was not sent; the reaper will send it", what, exc_info=True)


def _executor(session: Session) -> Executor:
    executor = session.info.get(EXECUTOR)
    if executor is None:
        raise RuntimeError("this write sends messages: open it with unit_of_work(db, executor)")
    return executor
