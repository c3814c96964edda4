"""Apply Alembic migrations programmatically (`openamt serve` and `openamt db upgrade`).

Decision: the tables of the libraries openamt stores through (Optuna's) are their owners'
to create; the caller names them (`also`, app/cli/server.py) and they are created under the
same lock, so the database layer knows nothing of the domain above it.

Decision: several processes may start at once on one database (API processes of a
distributed installation; embedded servers sharing a data directory), so the upgrade runs
under a lock: PostgreSQL's advisory lock, or on SQLite an flock on a file of the data
directory (SQLite's own write lock gives up at the busy timeout). The second process waits,
then finds the schema at head and does nothing. Either way the whole upgrade is one
transaction (migrations/env.py): one that fails part-way leaves the schema as it found it."""

from __future__ import annotations

import fcntl
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.pool import NullPool

import migrations
from app.config import Settings


def alembic_config(settings: Settings) -> Config:
    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    config.set_main_option("sqlalchemy.url", settings.sqlalchemy_url.replace("%", "%%"))
    return config


MIGRATION_LOCK = 0x6F70656E616D74  # "openamt": PostgreSQL's advisory lock key
SQLITE_LOCK_FILE = "migrate.lock"  # in the data directory


def upgrade(settings: Settings, *, also: Sequence[Callable[[Settings], object]] = ()) -> None:
    """Bring openamt's tables up to date, then run `also` (each creates another library's
    tables on first use, e.g. Optuna's storage), under the migration lock."""
    config = alembic_config(settings)
    with migration_lock(settings) as connection:
        # The connection holding the lock runs the migrations (migrations/env.py); on SQLite
        # there is none and env.py opens its own.
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        if connection is not None:
            connection.commit()
        for create in also:
            create(settings)


@contextmanager
def migration_lock(settings: Settings) -> Iterator[Connection | None]:
    """Held by one process at a time per database; yields the PostgreSQL connection that
    holds it (None on SQLite)."""
    if settings.is_sqlite:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        with open(settings.data_dir / SQLITE_LOCK_FILE, "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file is closed
            yield None
        return
    engine = create_engine(settings.sqlalchemy_url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
            connection.commit()
            try:
                yield connection
            finally:
                connection.rollback()  # whatever a failed upgrade left open
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})
                connection.commit()
    finally:
        engine.dispose()
