"""openamt's app in this process, over a real SQLite database, with a NullExecutor: nothing
trains, so a test drives the domain itself (advance, record_end) where a worker would.
tests/test_validation.py's refusals and the warm-start and definitions tests run on it; the
fuzzing tests send their requests to it on a real socket (`listening`)."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import optuna
import uvicorn
from fastapi.testclient import TestClient
from sqlalchemy import select

from app.config import Settings
from app.db import migrate
from app.db.models import TrainingJob, TuningJob
from app.db.session import get_database
from app.executor import NullExecutor
from app.main import create_app
from app.training.lifecycle import Outcome
from app.training.states import FailureKind, TrainingJobStatus
from app.tuning.outcomes import record_end
from app.tuning.scheduler import advance
from tests.support.servers import free_port

JOBS = "/v1/hyper-parameter-tuning-jobs"
VALIDATION = "ValidationException"


@dataclass
class Api:
    client: TestClient
    settings: Settings
    # Optuna's own view of the studies, through a storage of our own (one: opening a storage
    # checks its schema, which costs more than the requests under test).
    optuna_storage: optuna.storages.RDBStorage

    def create(self, body: Any) -> Any:
        return self.client.post(JOBS, json=body)

    def study_names(self) -> set[str]:
        return set(optuna.get_all_study_names(storage=self.optuna_storage))

    def job_names(self) -> set[str]:
        with get_database(self.settings).read() as session:
            return set(session.scalars(select(TuningJob.name)))

    def assert_nothing_stored(self, name: Any, before: tuple[set[str], set[str]]) -> None:
        if isinstance(name, str) and name and "/" not in name:
            assert self.client.get(f"{JOBS}/{name}").status_code == 404
        assert (self.job_names(), self.study_names()) == before
        assert name not in self.study_names()


def make_api(data_dir: Path) -> Api:
    settings = Settings(data_dir=data_dir)
    migrate.upgrade(settings)
    # raise_server_exceptions=False: a crash must show as the 500 a client would get.
    client = TestClient(create_app(settings, NullExecutor()), raise_server_exceptions=False)
    storage = optuna.storages.RDBStorage(f"sqlite:///{data_dir}/optuna.db")
    return Api(client, settings, storage)


@contextlib.contextmanager
def listening(settings: Settings) -> Iterator[str]:
    """The app of `settings` (migrated) on 127.0.0.1, uvicorn in a thread: its URL."""
    migrate.upgrade(settings)
    port = free_port()
    config = uvicorn.Config(
        create_app(settings, NullExecutor()), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


def assert_error(response: Any, status: int, code: str, *fragments: str) -> None:
    assert response.status_code == status, response.text
    error = response.json()
    assert set(error) == {"__type", "message"}, error
    assert error["__type"] == code, error
    for fragment in fragments:
        assert fragment in error["message"], (fragment, error["message"])


def finish(api: Api, name: str, *, status: str = "Completed") -> None:
    """Drive a one-training-job tuning job to its end through the real domain functions."""
    db, settings = get_database(api.settings), api.settings
    advance(db, settings, NullExecutor(), name)
    with db.write() as session:
        job = session.scalars(select(TuningJob).where(TuningJob.name == name)).one()
        training = session.scalars(
            select(TrainingJob).where(TrainingJob.tuning_job_name == name)
        ).one()
        if status == "Completed":
            record_end(settings, job, training, Outcome(TrainingJobStatus.COMPLETED, objective=0.9))
        else:
            record_end(settings, job, training, Outcome.failed(FailureKind.NON_RETRYABLE, "failed"))
    advance(db, settings, NullExecutor(), name)
    described = api.client.get(f"{JOBS}/{name}").json()
    assert described["HyperParameterTuningJobStatus"] == status
