"""Alembic's revisions build exactly the tables the models describe, and can be undone."""

from __future__ import annotations

import warnings
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from app.config import Settings
from app.db.migrate import alembic_config, upgrade
from app.db.models import Base


def test_migrations_match_the_models_and_round_trip(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    upgrade(settings)
    engine = create_engine(settings.sqlalchemy_url)
    with engine.connect() as connection, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # SQLite cannot reflect the lower(name) index
        context = MigrationContext.configure(
            connection, opts={"version_table": "openamt_alembic_version"}
        )
        assert compare_metadata(context, Base.metadata) == []
    command.downgrade(alembic_config(settings), "base")
    assert set(inspect(engine).get_table_names()) == {"openamt_alembic_version"}
    upgrade(settings)
    assert {"tuning_jobs", "training_jobs", "metric_points"} <= set(
        inspect(engine).get_table_names()
    )
