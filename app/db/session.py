"""Engines and sessions. The edge (request dependency, task wrapper) owns the transaction.

SQLite: every write transaction starts with BEGIN IMMEDIATE. A deferred transaction that
reads and then writes fails at once with SQLITE_BUSY when another process wrote in between
(busy_timeout cannot help it); taking the write lock up front makes writers queue instead.
That lock also serialises `scheduler.advance` across processes, which PostgreSQL does with
SELECT ... FOR UPDATE on the tuning job's row.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings

SQLITE_BUSY_TIMEOUT_MS = 60_000


def _make_engine(url: str, *, begin: str | None = None) -> Engine:
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
    configure_sqlite(engine, begin=begin or "BEGIN IMMEDIATE")
    return engine


def configure_sqlite(
    engine: Engine, *, begin: str = "BEGIN IMMEDIATE", foreign_keys: bool = True
) -> None:
    """WAL (readers never block writers), a long busy timeout, and explicit BEGINs: without
    them Python's sqlite3 opens a transaction only before a row's INSERT, UPDATE or DELETE, so
    DDL would commit statement by statement. Migrations turn foreign keys off (SQLite's own
    advice): rebuilding a table that others refer to drops it first."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql(begin)


AFTER_COMMIT = "openamt.after_commit"


def after_commit(session: Session, action: Callable[[], object]) -> None:
    """Run `action` once `session`'s transaction has committed (never if it rolls back): a
    message sent before the commit could reach a worker that does not see the row yet."""
    session.info.setdefault(AFTER_COMMIT, []).append(action)


AFTER_ROLLBACK = "openamt.after_rollback"


def after_rollback(session: Session, undo: Callable[[], object]) -> None:
    """Run `undo` if `session`'s transaction rolls back: for what was done outside the
    database in it (a trial asked of the study) and must not outlive it."""
    session.info.setdefault(AFTER_ROLLBACK, []).append(undo)


class Database:
    """Two engines on one database: writes (locking) and reads (never take the write lock)."""

    def __init__(self, settings: Settings) -> None:
        url = settings.sqlalchemy_url
        if settings.is_sqlite:
            settings.data_dir.mkdir(parents=True, exist_ok=True)
        self.url = url
        self.write_engine = _make_engine(url)
        self.read_engine = (
            _make_engine(url, begin="BEGIN") if settings.is_sqlite else self.write_engine
        )
        self._write = sessionmaker(self.write_engine, expire_on_commit=False)
        self._read = sessionmaker(self.read_engine, expire_on_commit=False)

    @contextmanager
    def write(self, *, durable: bool = True) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on error; after the commit it runs
        what was queued with `after_commit`, after a rollback what `after_rollback` queued.
        `durable=False` is for writes that repair themselves if lost (heartbeats, metric
        points): on PostgreSQL their commit does not wait for the disk."""
        with self._write() as session:
            try:
                with session.begin():
                    if not durable and self.write_engine.dialect.name == "postgresql":
                        session.execute(text("SET LOCAL synchronous_commit TO OFF"))
                    yield session
            except BaseException:
                for undo in session.info.pop(AFTER_ROLLBACK, ()):
                    undo()
                raise
            for action in session.info.pop(AFTER_COMMIT, ()):
                action()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session, session.begin():
            yield session

    @contextmanager
    def exclusive(self, name: str) -> Iterator[bool]:
        """Yields whether this process holds the named lock for the block: a PostgreSQL
        advisory lock across processes and machines; SQLite (one process runs the sweeps)
        needs none."""
        if self.write_engine.dialect.name != "postgresql":
            yield True
            return
        key = int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)
        with self.write_engine.connect() as connection:
            held = bool(connection.scalar(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}))
            connection.commit()
            try:
                yield held
            finally:
                if held:
                    connection.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
                    connection.commit()

    def dispose(self) -> None:
        self.write_engine.dispose()
        if self.read_engine is not self.write_engine:
            self.read_engine.dispose()


_databases: dict[str, Database] = {}


def get_database(settings: Settings) -> Database:
    """One Database (and connection pool) per URL per process."""
    database = _databases.get(settings.sqlalchemy_url)
    if database is None:
        database = _databases[settings.sqlalchemy_url] = Database(settings)
    return database
