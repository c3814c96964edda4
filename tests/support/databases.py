"""A scratch PostgreSQL database on the service this machine runs, for an in-process test or a
bench that needs its own (a stack makes its own: tests/support/servers.Stack)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg

from tests.support.servers import POSTGRES


@contextmanager
def scratch_postgres() -> Iterator[str]:
    """The SQLAlchemy URL of a fresh, empty database, dropped afterwards (with whatever
    connections are still open to it)."""
    database = f"openamt_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{database}"')
    base = POSTGRES.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
    try:
        yield f"{base}/{database}"
    finally:
        with psycopg.connect(POSTGRES, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
