"""Apply Alembic migrations programmatically (`openamt serve` and `openamt db upgrade`).

Decision: the tables of the libraries openamt stores through (Optuna's) are their owners'
to create; the caller names them (`also`, app/cli/server.py) and they are created under the
same lock, so the database layer knows nothing of the domain above it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

import migrations
from app.config import Settings


def alembic_config(settings: Settings) -> Config:
    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    config.set_main_option("sqlalchemy.url", settings.sqlalchemy_url.replace("%", "%%"))
    return config


# Several API processes may start at once against one PostgreSQL: they take turns.
MIGRATION_LOCK = 0x6F70656E616D74  # "openamt"


def upgrade(settings: Settings, *, also: Sequence[Callable[[Settings], object]] = ()) -> None:
    """Bring openamt's tables up to date, then run `also` (each creates another library's
    tables on first use, e.g. Optuna's storage), under the migration lock."""
    if settings.is_sqlite:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        command.upgrade(alembic_config(settings), "head")
        for create in also:
            create(settings)
        return
    engine = create_engine(settings.sqlalchemy_url, poolclass=NullPool)
    with engine.connect() as connection:
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
        try:
            config = alembic_config(settings)
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            connection.commit()
            for create in also:
                create(settings)
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})
            connection.commit()
    engine.dispose()
