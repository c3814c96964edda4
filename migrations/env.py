from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, pool

from app.db.models import Base
from app.db.session import configure_sqlite

VERSION_TABLE = "openamt_alembic_version"
config = context.config
url = config.get_main_option("sqlalchemy.url")


def run_migrations_offline() -> None:
    context.configure(
        url=url, target_metadata=Base.metadata, literal_binds=True, version_table=VERSION_TABLE
    )
    with context.begin_transaction():
        context.run_migrations()


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    # Optuna's tables share the database in distributed mode; they are Optuna's to migrate.
    return not (type_ == "table" and reflected and compare_to is None)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=include_object,
        # Optuna keeps its own schema version in `alembic_version`, in the same database.
        version_table=VERSION_TABLE,
        # One transaction for the whole upgrade on SQLite as on PostgreSQL (Alembic's default
        # for SQLite is none): a revision that fails or is killed part-way leaves nothing of
        # itself, and the version where it was, so the next start runs it again.
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:  # given by app.db.migrate, holding the migration lock
        _run(connection)
        return
    engine = create_engine(url, poolclass=pool.NullPool)
    if engine.dialect.name == "sqlite":
        configure_sqlite(engine, foreign_keys=False)
    with engine.connect() as connection:
        _run(connection)


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
