"""One Settings object for every process (API, workers, CLI), read from OPENAMT_* variables."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

# A lease lasts at least this many heartbeats (Settings refuses less).
LEASE_BEATS = 3


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="OPENAMT_", extra="ignore")

    data_dir: Path = Field(
        Path("openamt-data"),
        description="SQLite databases (openamt.db, optuna.db), training logs, job directories and "
        "the local s3:// store (s3/).",
    )
    database_url: str | None = Field(
        None,
        description="SQLAlchemy URL of openamt's database (and Optuna's, when set); default: "
        "SQLite under the data directory.",
    )
    broker_url: str | None = Field(
        None,
        description="Celery broker (redis://...): set, it is distributed mode; unset, embedded "
        "local workers.",
    )
    region: str = Field("us-east-1", description="Region written into ARNs.")
    account_id: str = Field(
        "123456789012", pattern=r"^\d{12}$", description="Account written into ARNs."
    )
    s3_endpoint_url: str | None = Field(
        None,
        description="S3-compatible endpoint for s3:// URIs; unset maps them under data_dir/s3.",
    )
    workers: int = Field(
        default_factory=lambda: os.cpu_count() or 1,
        ge=1,
        description="Local worker processes (openamt serve --workers N); default: the number "
        "of cores.",
    )
    heartbeat_seconds: float = Field(
        2.5, gt=0, description="How often a running training job renews its lease."
    )
    lease_seconds: float = Field(
        7.5,
        gt=0,
        description="A training job whose lease is this old is presumed lost: a lost worker is "
        "noticed within this plus the reaper's period. At least three heartbeats, so that a "
        "beat missed (the database briefly unreachable) does not lose the job.",
    )
    stop_poll_seconds: float = Field(
        0.5,
        gt=0,
        description="How often a running training job checks (reads) whether it was stopped.",
    )
    reaper_seconds: float = Field(
        2.0,
        gt=0,
        description="Period of the self-healing sweep (embedded: a thread; distributed: "
        "openamt beat), and of each API process's sweep of model servers whose endpoint was "
        "deleted.",
    )

    # AWS's default quotas, answered with ResourceLimitExceeded by both front doors. A list
    # bound of botocore's model (30 ranges of each type, 40 metric definitions) still refuses
    # more with ValidationException whatever these say.
    max_concurrent_tuning_jobs: int = Field(
        100,
        ge=1,
        description="Tuning jobs InProgress or Stopping at once; beyond, create answers "
        "ResourceLimitExceeded.",
    )
    max_training_jobs_per_tuning_job: int = Field(
        750, ge=1, description="MaxNumberOfTrainingJobs of one tuning job (all but Random)."
    )
    max_training_jobs_per_tuning_job_random: int = Field(
        10_000, ge=1, description="MaxNumberOfTrainingJobs of one Random tuning job."
    )
    max_parallel_training_jobs: int = Field(
        100, ge=1, description="MaxParallelTrainingJobs of one tuning job."
    )
    max_hyperparameters: int = Field(
        30, ge=1, description="Tunable hyperparameters (parameter ranges) of one tuning job."
    )
    max_metric_definitions: int = Field(
        40, ge=1, description="MetricDefinitions of one training job definition."
    )
    resubmit_seconds: float = Field(
        30.0,
        gt=0,
        description="A training job waiting unclaimed this long is submitted again, in case its "
        "message was lost (a broker flushed or restarted).",
    )

    # Security (docs/security.md). Secrets are SecretStr: never shown in a repr or a log.
    access_keys: SecretStr | None = Field(
        None,
        description="AKID:SECRET[,AKID2:SECRET2]: both doors then require AWS Signature V4 (see "
        "docs/security.md).",
    )
    api_tokens: SecretStr | None = Field(
        None,
        description="Comma-separated tokens the REST door also accepts as "
        "Authorization: Bearer <token>.",
    )
    max_body_bytes: int = Field(
        1024 * 1024,
        ge=1,
        description="Largest request body; a larger one gets 413 RequestEntityTooLargeException.",
    )
    allowed_paths: Annotated[list[Path], NoDecode] = Field(
        default_factory=lambda data: _default_allowed_paths(data.get("data_dir")),
        description="Roots that file:// channels, output paths and submit directories must lie "
        "under, links followed (separated by ':' or ','); default: the data directory and the "
        "current directory (unless that is /); set, it replaces the default.",
    )
    training_memory_mb: int = Field(
        4096,
        ge=0,
        description="Address space of a training process in MiB (RLIMIT_AS; a forked built-in "
        "gets it on top of the worker's own); 0: no limit.",
    )
    warm_training: bool = Field(
        True,
        description="Built-in XGBoost trials run in a long-lived training process per worker "
        "that keeps the data it last built (DMatrix and quantile sketch) for the next trial on "
        "the same channels; false: a fresh fork of the worker per trial.",
    )
    warm_scripts: bool = Field(
        True,
        description="Sandboxed script-mode trials of a tuning job run in a long-lived sandbox "
        "per worker whose warm Python interpreter forks each trial's script (the trial sees "
        "what a fresh interpreter would: docs/performance.md); false: bwrap and a fresh "
        "interpreter per trial.",
    )
    training_file_size_mb: int = Field(
        10240,
        ge=0,
        description="Largest file a training process may write, in MiB (RLIMIT_FSIZE); "
        "0: no limit.",
    )
    training_max_processes: int = Field(
        512,
        ge=0,
        description="Processes and threads a sandboxed script-mode job (or model server) may "
        "run at once (RLIMIT_NPROC of its own uid, when openamt runs as root): a fork bomb "
        "fails its job, not the machine; 0: no limit.",
    )
    training_tmp_mb: int = Field(
        1024,
        ge=0,
        description="Size of a sandboxed job's private /tmp, and of its /dev/shm, in MiB each: "
        "both are tmpfs (memory), which the volume check does not count; a job that fills one "
        "gets 'No space left on device'; 0: no limit.",
    )
    sandbox: Literal["auto", "bwrap", "off"] = Field(
        "auto",
        description="Script-mode training jobs and model servers in their own mount and PID "
        "namespace "
        "(bubblewrap), with their job directory at /opt/ml, the host read-only, a private "
        "/tmp, a user of their own where openamt runs as root, and no network but loopback for "
        "EnableNetworkIsolation: auto (where bwrap can run; where it cannot, openamt says so at "
        "start and refuses user code, not the built-in XGBoost), bwrap (required: refuse to "
        "start without it), off (user code unsandboxed).",
    )
    container_images: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="TrainingImages that run as containers in the local Docker engine even "
        "where the API cannot see them there (shell patterns, separated by ','; e.g. "
        "'myorg/*,*.dkr.ecr.*/my-algo:*'); an image the engine holds runs as a container "
        "anyway. See docs/containers.md.",
    )
    container_stop_seconds: float = Field(
        120.0,
        ge=0,
        description="A container training job that is stopped (StopTrainingJob, early "
        "stopping, MaxRuntimeInSeconds) gets SIGTERM, and SIGKILL this many seconds later "
        "(AWS's 120 s).",
    )
    max_log_bytes: int = Field(
        64 * 1024 * 1024,
        ge=0,
        description="A training job's stored log stops growing here (metrics are still read); "
        "0: no limit.",
    )

    spot_interruption_rate: float = Field(
        0.0,
        ge=0,
        description="Simulated spot reclaims per minute of training of a managed spot training "
        "job (a Poisson process); 0: never interrupted.",
    )
    spot_interruption_seed: int | None = Field(
        None,
        description="Seed of the simulated interruptions, for a reproducible schedule (the same "
        "for every job).",
    )
    spot_discount: float = Field(
        0.0,
        ge=0,
        lt=1,
        description="Simulated spot discount: a spot job's BillableTimeInSeconds is its "
        "TrainingTimeInSeconds times (1 - discount).",
    )
    model_startup_timeout_seconds: float = Field(
        120.0,
        gt=0,
        description="How long an endpoint's model server may take to be ready after it starts "
        "(a model's own image: to answer GET /ping with 200) when its production variant gives "
        "no ContainerStartupHealthCheckTimeoutInSeconds; past it the endpoint ends Failed.",
    )
    invocation_timeout_seconds: float = Field(
        60.0,
        gt=0,
        description="An endpoint invocation's longest answer time, as SageMaker's 60 s; past it "
        "a ModelError, and the model server restarts.",
    )

    bayesian_sampler: Literal["tpe", "gp"] = Field(
        "tpe",
        description="The model behind the Bayesian strategy: tpe, or gp (Optuna's GPSampler; "
        "install openamt[gp] for torch).",
    )

    early_stopping_rule: Literal["median-value", "best-in-reach", "running-average"] = Field(
        "median-value",
        description="TrainingJobEarlyStoppingType Auto's rule: median-value (a job's best so far "
        "against the median of earlier jobs' values at the round, from 30% of the rounds on), "
        "best-in-reach (a job stops once it would end below the best earlier job even gaining "
        "as much as any earlier completed job gained from the same round, from 20% on), or "
        "running-average (AWS's documented rule: a job's value against the median of earlier "
        "jobs' running averages; stops little). Figures in docs/performance.md.",
    )

    log_format: Literal["text", "json"] = Field(
        "text",
        description="text: readable lines; json: one JSON object a line (for a log pipeline). "
        "Both carry the tuning job and training job a line is about.",
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        "INFO", description="The least severe log level written."
    )

    @model_validator(mode="after")
    def _lease_outlives_a_missed_beat(self) -> Settings:
        # A failed heartbeat is tried again at the next beat: with a lease of three beats, one
        # missed still leaves a beat to spare.
        if round(self.lease_seconds / self.heartbeat_seconds, 6) < LEASE_BEATS:
            raise ValueError(
                f"OPENAMT_LEASE_SECONDS ({self.lease_seconds:g}) must be at least "
                f"{LEASE_BEATS} times OPENAMT_HEARTBEAT_SECONDS ({self.heartbeat_seconds:g}), "
                "so that a missed heartbeat does not lose a running training job"
            )
        return self

    @field_validator("data_dir")
    @classmethod
    def _absolute(cls, value: Path) -> Path:
        return value.expanduser().resolve()

    @field_validator("allowed_paths", mode="before")
    @classmethod
    def _split_paths(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [part for part in re.split(r"[:,]", value) if part.strip()]
        return value

    @field_validator("container_images", mode="before")
    @classmethod
    def _split_patterns(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("allowed_paths")
    @classmethod
    def _resolved(cls, value: list[Path]) -> list[Path]:
        return [path.expanduser().resolve() for path in value]

    @property
    def credentials(self) -> dict[str, str]:
        """Access key id -> secret, from OPENAMT_ACCESS_KEYS."""
        pairs = (self.access_keys.get_secret_value() if self.access_keys else "").split(",")
        found = {}
        for pair in pairs:
            key_id, _, secret = pair.strip().partition(":")
            if key_id and secret:
                found[key_id.strip()] = secret.strip()
        return found

    @property
    def bearer_tokens(self) -> list[str]:
        text = self.api_tokens.get_secret_value() if self.api_tokens else ""
        return [token.strip() for token in text.split(",") if token.strip()]

    @property
    def auth_enabled(self) -> bool:
        """Authentication is on once any credential is configured."""
        return bool(self.credentials or self.bearer_tokens)

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
    def endpoints_dir(self) -> Path:
        return self.data_dir / "endpoints"

    @property
    def local_s3_dir(self) -> Path:
        return self.data_dir / "s3"


def _default_allowed_paths(data_dir: Path | None) -> list[Path]:
    # A server started from / would otherwise allow every path on the machine.
    cwd = Path.cwd()
    return [data_dir or Path("openamt-data"), *([cwd] if cwd != Path(cwd.anchor) else [])]


@lru_cache
def get_settings() -> Settings:
    return Settings()
