"""The server's commands: serve, worker, beat, database maintenance, the OpenAPI document."""

from __future__ import annotations

import ipaddress
import os
import socket
import subprocess
import sys
from typing import Any

import typer

from app.config import Settings
from app.observe.logs import configure_logging

app = typer.Typer(
    help="openamt: SageMaker Automatic Model Tuning, self-hosted.", no_args_is_help=True
)
db_app = typer.Typer(help="Database maintenance.", no_args_is_help=True)
app.add_typer(db_app, name="db")


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to listen on."),
    port: int = typer.Option(8000, help="Port to listen on."),
    workers: int = typer.Option(
        None, "--workers", help="Local worker processes (default: number of cores)."
    ),
    insecure: bool = typer.Option(
        False,
        "--insecure",
        help="Listen beyond loopback without authentication (no OPENAMT_ACCESS_KEYS or "
        "OPENAMT_API_TOKENS): anyone who can reach the port can run code on this machine.",
    ),
) -> None:
    """Run the API and, in embedded mode, a pool of local worker processes."""
    settings = Settings(workers=workers) if workers else Settings()
    configure_logging(settings.log_format, settings.log_level)
    _refuse_open_listener(settings, host, insecure=insecure)  # before the slow imports below
    import uvicorn

    from app.main import create_app
    from workers.process import hide_secrets

    settings = _sandbox_checked(settings)  # probed once here; the workers get the answer
    hide_secrets()  # the worker processes spawned next start without the secrets
    _upgrade(settings)
    # log_config=None: uvicorn's loggers go through ours (the same format, text or JSON).
    uvicorn.run(
        create_app(settings), host=host, port=port, log_config=None,
        log_level=settings.log_level.lower(),
    )  # fmt: skip


@app.command()
def worker(
    concurrency: int = typer.Option(
        None, "--concurrency", "-c", help="Training processes (default: number of cores)."
    ),
    queues: str = typer.Option(
        "all", help="training, scheduling, or all (a training pool plus a scheduling pool)."
    ),
) -> None:
    """Distributed mode: a Celery worker that runs training jobs and scheduler steps."""
    from workers.celery_app import SCHEDULING_QUEUE, TRAINING_QUEUE, celery_app
    from workers.process import hide_secrets

    settings = _distributed_settings()
    hide_secrets()  # workers need no credential; training code must not find one
    configure_logging(settings.log_format, settings.log_level)
    if queues != "scheduling":
        # The pool's processes fork from this one and inherit the probe's answer, and the
        # runner's imports (workers/tasks.py imports it only where a job trains).
        import workers.runner  # noqa: F401

        _sandbox_checked(settings)
    if queues == "all":
        # Scheduling gets its own small thread pool in a child process, so a full training
        # pool never delays the decisions that launch the next training jobs.
        from workers.process import die_with_parent

        scheduling = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "worker", "--queues", "scheduling"],
            preexec_fn=die_with_parent,  # noqa: PLW1509 - one prctl call
        )
        try:
            _run_worker(celery_app, TRAINING_QUEUE, "prefork", concurrency or settings.workers)
        finally:
            scheduling.terminate()
            scheduling.wait(10)
    elif queues == "training":
        _run_worker(celery_app, TRAINING_QUEUE, "prefork", concurrency or settings.workers)
    elif queues == "scheduling":
        _run_worker(celery_app, SCHEDULING_QUEUE, "threads", concurrency or 4)
    else:
        raise typer.BadParameter("--queues must be training, scheduling or all")


@app.command()
def beat() -> None:
    """Distributed mode: the periodic repair (the reaper's sweep), as Celery beat."""
    from workers.celery_app import celery_app

    settings = _distributed_settings()
    configure_logging(settings.log_format, settings.log_level)
    schedule = settings.data_dir / "celerybeat-schedule"
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    celery_app.Beat(schedule=str(schedule), loglevel="INFO").run()


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to anything


def _refuse_open_listener(settings: Settings, host: str, *, insecure: bool) -> None:
    """A tuning job runs the code it names: without credentials, only this machine may ask."""
    if settings.auth_enabled or insecure or _is_loopback(host):
        return
    typer.echo(
        f"Refusing to listen on {host} without authentication: a tuning job runs the code it "
        "names, so anyone who can reach the port could run code on this machine. Set "
        "OPENAMT_ACCESS_KEYS (AKID:SECRET, AWS Signature V4) and/or OPENAMT_API_TOKENS, listen "
        "on 127.0.0.1, or pass --insecure if something else guards the port.",
        err=True,
    )
    raise typer.Exit(2)


def _sandbox_checked(settings: Settings) -> Settings:
    """OPENAMT_SANDBOX probed at start: a warning when auto finds no bubblewrap, a refusal when
    bwrap is required."""
    from workers.sandbox import SandboxUnavailable, check_at_start

    try:
        return check_at_start(settings)
    except SandboxUnavailable as error:
        typer.echo(str(error), err=True)
        raise typer.Exit(2) from error


def _distributed_settings() -> Settings:
    settings = Settings()
    if not settings.broker_url:
        typer.echo("OPENAMT_BROKER_URL is not set: workers and beat are for distributed mode "
                   "(embedded mode's `openamt serve` runs its own workers)", err=True)  # fmt: skip
        raise typer.Exit(2)
    return settings


def _run_worker(celery_app: Any, queue: str, pool: str, concurrency: int) -> None:
    node = f"{queue.rpartition('.')[2]}-{os.getpid()}@{socket.gethostname()}"
    celery_app.worker_main(
        ["worker", "-Q", queue, "-P", pool, "-c", str(concurrency), "-n", node,
         "--loglevel", "INFO", "--without-gossip", "--without-mingle"]
    )  # fmt: skip


def _upgrade(settings: Settings) -> None:
    """openamt's tables, then Optuna's (its storage creates them on first use), under the
    migration lock: several API processes may start at once."""
    from app.db.migrate import upgrade
    from app.tuning import studies

    upgrade(settings, also=(studies.get_storage,))


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply the database migrations."""
    _upgrade(Settings())
    typer.echo("database is up to date")


@app.command()
def openapi() -> None:
    """Print the REST door's OpenAPI document (what openapi.json at the repository root holds)."""
    from app.main import openapi_json

    typer.echo(openapi_json(), nl=False)
