"""The `openamt` command: serve, and database maintenance."""

from __future__ import annotations

import logging
import os

import typer

from app.config import Settings

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
) -> None:
    """Run the API and, in embedded mode, a pool of local worker processes."""
    import uvicorn

    from app.db.migrate import upgrade
    from app.main import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    overrides = {"workers": workers} if workers else {}
    settings = Settings(**overrides)
    upgrade(settings)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply the database migrations."""
    from app.db.migrate import upgrade

    upgrade(Settings())
    typer.echo("database is up to date")


def main() -> None:  # pragma: no cover - the console script
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    app()


if __name__ == "__main__":
    app()
