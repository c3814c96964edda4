"""Thin tasks: they take names, open their own sessions, call the domain, and are safe to run
twice. Transient database errors (a dropped connection) are retried; the transaction that
failed rolled back whole."""

from __future__ import annotations

from celery.signals import worker_ready
from sqlalchemy.exc import DBAPIError

from app import reaper
from app.config import Settings, get_settings
from app.db.session import Database, get_database
from app.tuning import scheduler
from workers import containers
from workers.celery_app import celery_app
from workers.celery_executor import CeleryExecutor

RETRY = {"autoretry_for": (DBAPIError,), "retry_backoff": 0.2, "max_retries": 8}


_executors: dict[str, CeleryExecutor] = {}


def _context() -> tuple[Database, Settings, CeleryExecutor]:
    settings = get_settings()
    # One per process and broker: its broker connection (a finish asks it whether training
    # messages wait) is opened once, not per task.
    broker = settings.broker_url or ""
    if broker not in _executors:
        _executors[broker] = CeleryExecutor(settings)
    return get_database(settings), settings, _executors[broker]


@celery_app.task(name="openamt.train", **RETRY)
def train(training_job_name: str) -> None:
    # Imported here: only a training pool runs this, and its parent has imported the runner
    # (XGBoost, scikit-learn: ~1.5 s of CPU) before forking (app/cli/server.py); the
    # scheduling pool and beat, which load this module too, never need it.
    from workers.runner import run_training_job

    db, settings, executor = _context()
    run_training_job(db, settings, executor, training_job_name)


@celery_app.task(name="openamt.advance", **RETRY)
def advance(tuning_job_name: str) -> None:
    db, settings, executor = _context()
    scheduler.advance(db, settings, executor, tuning_job_name)


@celery_app.task(name="openamt.sweep", **RETRY)
def sweep() -> None:
    db, settings, executor = _context()
    reaper.sweep(db, settings, executor)
    containers.sweep(db, settings)  # this host's engine: every worker takes a sweep in turn


@worker_ready.connect
def _sweep_at_start(**_: object) -> None:
    """A worker started again after a kill -9 removes what its predecessor left running on
    this host, before it takes a task (beat's sweeps come later, or not at all without beat)."""
    settings = get_settings()
    containers.sweep(get_database(settings), settings)
