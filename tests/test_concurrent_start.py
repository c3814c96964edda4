"""Two `openamt serve` processes starting at the same moment on one empty database: the API
processes of a distributed installation (PostgreSQL), and two embedded servers sharing a data
directory (SQLite). Both come up, the schema is migrated once, to head, and each sees what the
other stores (app/db/migrate.py: the migration lock)."""

from __future__ import annotations

import threading
import warnings
from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import column, create_engine, select, table

from app.db.models import Base
from tests.support import jobs
from tests.support.revisions import HEAD
from tests.support.servers import Server, Stack


def test_two_api_processes_start_at_once_on_an_empty_postgresql(tmp_path: Path) -> None:
    stack = Stack(tmp_path / "data")  # its database and broker; none of its processes run
    first, second = stack.another_api(), stack.another_api()
    try:
        _start_together(first, second)
        _assert_migrated_once(stack.database_url, first, second)
        _assert_each_sees_the_other(first, second)
    finally:
        for server in (first, second, stack):
            server.stop()


def test_two_embedded_servers_start_at_once_on_one_data_directory(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    first, second = Server(data_dir, workers=1), Server(data_dir, workers=1)
    try:
        _start_together(first, second)
        _assert_migrated_once(f"sqlite:///{data_dir / 'openamt.db'}", first, second)
        _assert_each_sees_the_other(first, second)
    finally:
        for server in (first, second):
            server.stop()


def _start_together(*servers: Server) -> None:
    """Launch every server at once and wait until each is healthy (Server.start waits)."""
    jobs.write_fraud_data(servers[0].data_dir)  # once, before: not written by both at once
    jobs.write_regression_data(servers[0].data_dir)
    failures: list[BaseException] = []

    def start(server: Server) -> None:
        try:
            server.start()
        except BaseException as error:  # noqa: BLE001 - reported below, with the log
            failures.append(error)

    threads = [threading.Thread(target=start, args=(server,)) for server in servers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures, failures


def _assert_migrated_once(url: str, *servers: Server) -> None:
    """One version row, at head; openamt's tables exactly the models'; nobody hit a table
    the other had made."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # SQLite cannot reflect the lower(name) index
            query = select(column("version_num")).select_from(table("openamt_alembic_version"))
            assert connection.execute(query).scalars().all() == [HEAD]
            context = MigrationContext.configure(
                connection,
                opts={"version_table": "openamt_alembic_version", "include_object": _ours},
            )
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()
    for server in servers:
        assert server.process is not None and server.process.poll() is None, server.log_tail()
        assert "already exists" not in server.log_tail(100_000), server.log_tail()


def _ours(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Optuna's tables share the PostgreSQL database; they are not the models'."""
    return not (type_ == "table" and reflected and compare_to is None)


def _assert_each_sees_the_other(first: Server, second: Server) -> None:
    name = jobs.unique("both-apis")
    path = f"/v1/hyper-parameter-tuning-jobs/{name}"
    with first.client() as one, second.client() as other:
        created = one.post("/v1/hyper-parameter-tuning-jobs", json=jobs.xgboost_job(name))
        assert created.status_code == 201, created.text
        described = other.get(path)
        assert described.status_code == 200, described.text
        assert (
            described.json()["HyperParameterTuningJobArn"]
            == created.json()["HyperParameterTuningJobArn"]
        )
        stopped = other.post(f"{path}/stop")  # written by the second, read by the first
        assert stopped.status_code == 204, stopped.text
        status = one.get(path).json()["HyperParameterTuningJobStatus"]
        assert status in ("Stopping", "Stopped"), status
