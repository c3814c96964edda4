"""One Settings object for every process (API, workers, CLI), read from OPENAMT_* variables."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="OPENAMT_", extra="ignore")

    data_dir: Path = Field(
        Path("openamt-data"),
        description="SQLite database, training logs, job directories and the local s3:// store.",
    )
    database_url: str | None = Field(
        None, description="SQLAlchemy URL; default: SQLite under the data directory."
    )
    broker_url: str | None = Field(
        None, description="Celery broker (redis://...); unset means embedded local workers."
    )
    region: str = Field("us-east-1", description="Region written into ARNs.")
    account_id: str = Field("123456789012", pattern=r"^\d{12}$", description="Account in ARNs.")
    s3_endpoint_url: str | None = Field(
        None,
        description="S3-compatible endpoint for s3:// URIs; unset maps them under data_dir/s3.",
    )
    workers: int = Field(
        default_factory=lambda: os.cpu_count() or 1, ge=1, description="Local worker processes."
    )
    heartbeat_seconds: float = Field(
        1.0,
        gt=0,
        description="How often a running training job renews its lease and checks for stop.",
    )
    lease_seconds: float = Field(
        15.0, gt=0, description="A training job whose lease is this old is presumed lost."
    )
    reaper_seconds: float = Field(2.0, gt=0, description="Period of the self-healing sweep.")

    @field_validator("data_dir")
    @classmethod
    def _absolute(cls, value: Path) -> Path:
        return value.expanduser().resolve()

    @property
    def sqlalchemy_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'openamt.db'}"

    @property
    def optuna_url(self) -> str:
        """Optuna's studies. Embedded mode keeps them in a second SQLite file: SQLite has one
        writer lock per file, and the scheduler writes trials while holding openamt's."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'optuna.db'}"

    @property
    def is_sqlite(self) -> bool:
        return self.sqlalchemy_url.startswith("sqlite")

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def jobs_dir(self) -> Path:
        return self.data_dir / "jobs"

    @property
    def local_s3_dir(self) -> Path:
        return self.data_dir / "s3"


@lru_cache
def get_settings() -> Settings:
    return Settings()
