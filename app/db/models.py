"""openamt's tables. Optuna keeps its own tables (same database) for the studies.

A tuning job row carries its counters and best job so Describe reads one row at any scale;
a training job row is self-contained (its full spec) so it outlives a deleted tuning job,
as in SageMaker.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Index, Integer, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite stores them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime")
        return value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        from datetime import UTC

        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UtcDateTime, dict[str, Any]: JSON, list[Any]: JSON}


class TuningJob(Base):
    __tablename__ = "tuning_jobs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(32), unique=True)
    arn: Mapped[str] = mapped_column(String(256))
    status: Mapped[str] = mapped_column(String(16))
    # The request as received (SageMaker field names): what Describe echoes.
    request: Mapped[dict[str, Any]]
    # The request interpreted once, at create (app/tuning/plan.py): what runs the job.
    # Deferred: Describe and List never read it; a process keeps the plans it ran parsed.
    plan: Mapped[dict[str, Any]] = mapped_column(JSON, deferred=True)
    strategy: Mapped[str] = mapped_column(String(16))
    objective_type: Mapped[str] = mapped_column(String(8))
    objective_metric: Mapped[str] = mapped_column(String(255))
    max_training_jobs: Mapped[int]
    max_parallel: Mapped[int]
    max_runtime_seconds: Mapped[int | None]
    # Why the job is winding down: user (ends Stopped) or a completion criterion (ends
    # Completed). Set once; running training jobs are stopped, then the status follows.
    stop_reason: Mapped[str | None] = mapped_column(String(32))
    failure_reason: Mapped[str | None] = mapped_column(Text)
    creation_time: Mapped[datetime]
    end_time: Mapped[datetime | None]
    last_modified_time: Mapped[datetime]
    convergence_detected_time: Mapped[datetime | None]

    launched: Mapped[int] = mapped_column(default=0)  # training jobs created, ever
    completed: Mapped[int] = mapped_column(default=0)
    in_progress: Mapped[int] = mapped_column(default=0)
    retryable_error: Mapped[int] = mapped_column(default=0)
    non_retryable_error: Mapped[int] = mapped_column(default=0)
    stopped: Mapped[int] = mapped_column(default=0)
    objective_succeeded: Mapped[int] = mapped_column(default=0)
    objective_pending: Mapped[int] = mapped_column(default=0)
    objective_failed: Mapped[int] = mapped_column(default=0)
    not_improving: Mapped[int] = mapped_column(default=0)  # consecutive jobs not improving

    best_training_job: Mapped[str | None] = mapped_column(String(63))
    best_objective: Mapped[float | None] = mapped_column(Float)
    # A warm start's best over its parents (their own jobs), fixed at create: with the job's
    # own best it gives OverallBestTrainingJob without a scan.
    parent_best_training_job: Mapped[str | None] = mapped_column(String(63))
    parent_best_objective: Mapped[float | None] = mapped_column(Float)
    tags: Mapped[list[Any]] = mapped_column(default=list)

    __table_args__ = (
        # ListHyperParameterTuningJobs' orders (by name: the unique index on it), ending in the
        # id that breaks ties (app/pagination.py).
        Index("ix_tuning_jobs_creation_time", "creation_time", "id"),
        Index("ix_tuning_jobs_status", "status", "id"),
        # SageMaker's names are case-insensitive: MyJob and myjob are the same job.
        Index("uq_tuning_jobs_lower_name", func.lower(name), unique=True),
    )


class TrainingJob(Base):
    __tablename__ = "training_jobs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(63), unique=True)
    arn: Mapped[str] = mapped_column(String(256))
    # Plain columns, no foreign key: deleting a tuning job keeps its training jobs.
    tuning_job_name: Mapped[str | None] = mapped_column(String(32))
    tuning_job_arn: Mapped[str | None] = mapped_column(String(256))
    sequence: Mapped[int]  # 1-based launch order within the tuning job; 0 for a standalone job
    trial_id: Mapped[int | None]  # Optuna's trial id: one trial per tuned training job
    # The DefinitionName of the training job definition it was launched from, if named.
    definition_name: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    secondary_status: Mapped[str] = mapped_column(String(32))
    # SecondaryStatusTransitions as DescribeTrainingJob shows them (app/training/status.py).
    secondary_status_transitions: Mapped[list[Any]] = mapped_column(default=list)
    # Retryable (lost worker) or NonRetryable (the user's code or data) for Failed jobs.
    failure_kind: Mapped[str | None] = mapped_column(String(16))
    failure_reason: Mapped[str | None] = mapped_column(Text)
    objective_status: Mapped[str] = mapped_column(String(16), default="Pending")
    final_objective: Mapped[float | None] = mapped_column(Float)
    early_stopped: Mapped[bool] = mapped_column(default=False)
    tuned_hyperparameters: Mapped[dict[str, Any]]
    hyperparameters: Mapped[dict[str, Any]]  # tuned + static, strings, as the algorithm sees
    # The training job's definition: AlgorithmSpecification, InputDataConfig, ...
    spec: Mapped[dict[str, Any]]
    final_metrics: Mapped[list[Any]] = mapped_column(default=list)
    model_artifacts: Mapped[str | None] = mapped_column(String(1024))
    creation_time: Mapped[datetime]
    training_start_time: Mapped[datetime | None]
    training_end_time: Mapped[datetime | None]
    last_modified_time: Mapped[datetime]
    lease_owner: Mapped[str | None] = mapped_column(String(128))  # "<host>:<worker pid>"
    # The training's process group, so whoever finds the lease expired on that host can
    # kill what a dead worker left running.
    process_group: Mapped[int | None]
    lease_expires_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(default=0)
    tags: Mapped[list[Any]] = mapped_column(default=list)
    # Managed spot (simulated): seconds the training process ran, summed over the restarts a
    # spot interruption caused; what is billed for them; how many interruptions there were.
    training_seconds: Mapped[float | None] = mapped_column(Float)
    billable_seconds: Mapped[int | None]
    interruptions: Mapped[int] = mapped_column(default=0)
    # DebugRuleEvaluationStatuses as the job's watcher last wrote them (app/training/
    # rule_statuses.py); empty for a job with no DebugRuleConfigurations.
    debug_rule_statuses: Mapped[list[Any]] = mapped_column(default=list)

    __table_args__ = (
        # An index per order of ListTrainingJobsForHyperParameterTuningJob, with and without
        # StatusEquals, ending in the launch sequence that breaks ties: a page is read off the
        # index from where its NextToken left off (app/pagination.py), whatever the tuning job's
        # size. The sequence, not the id: SQLite starts a range at a row value only over
        # columns that are not the rowid.
        Index("ix_training_jobs_tuning_name", "tuning_job_name", "name", "sequence"),
        Index(
            "ix_training_jobs_tuning_creation_time", "tuning_job_name", "creation_time", "sequence"
        ),
        Index("ix_training_jobs_tuning_status", "tuning_job_name", "status", "sequence"),
        Index(
            "ix_training_jobs_tuning_objective", "tuning_job_name", "final_objective", "sequence"
        ),
        Index(
            "ix_training_jobs_tuning_status_name", "tuning_job_name", "status", "name", "sequence"
        ),
        Index(
            "ix_training_jobs_tuning_status_creation_time",
            "tuning_job_name",
            "status",
            "creation_time",
            "sequence",
        ),
        Index(
            "ix_training_jobs_tuning_status_objective",
            "tuning_job_name",
            "status",
            "final_objective",
            "sequence",
        ),
        # One launch per sequence number: the ties of those lists are broken by it.
        Index("uq_training_jobs_tuning_sequence", "tuning_job_name", "sequence", unique=True),
        # ListTrainingJobs' default order, and its SortBy=Status, ending in the id of ties.
        Index("ix_training_jobs_creation_time", "creation_time", "id"),
        Index("ix_training_jobs_status", "status", "id"),
        Index("ix_training_jobs_lease", "status", "lease_expires_at"),
        # CreateTrainingJob names are case-insensitive too: MyJob and myjob are one job.
        Index("uq_training_jobs_lower_name", func.lower(name), unique=True),
    )


class MetricPoint(Base):
    """Every metric value a training job printed, with its step (CloudWatch's role)."""

    __tablename__ = "metric_points"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    training_job_id: Mapped[int] = mapped_column(
        ForeignKey("training_jobs.id", ondelete="CASCADE"), index=True
    )
    metric_name: Mapped[str] = mapped_column(String(255))
    step: Mapped[int]
    value: Mapped[float] = mapped_column(Float)
    timestamp: Mapped[datetime]


class Model(Base):
    """A model for hosting (CreateModel): the request as received is its whole definition."""

    __tablename__ = "models"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(63), unique=True)
    arn: Mapped[str] = mapped_column(String(2048))
    request: Mapped[dict[str, Any]]
    creation_time: Mapped[datetime]

    # ListModels' default order (by name: the unique index on it), with the id of ties.
    __table_args__ = (Index("ix_models_creation_time", "creation_time", "id"),)


class EndpointConfig(Base):
    """An endpoint configuration (CreateEndpointConfig): its production variants."""

    __tablename__ = "endpoint_configs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(63), unique=True)
    arn: Mapped[str] = mapped_column(String(2048))
    request: Mapped[dict[str, Any]]
    creation_time: Mapped[datetime]

    # ListEndpointConfigs' default order (by name: the unique index on it), with the id of ties.
    __table_args__ = (Index("ix_endpoint_configs_creation_time", "creation_time", "id"),)


class Endpoint(Base):
    """A hosted endpoint. `variants` is a snapshot of what it serves (each variant's model
    container), taken at create: as on SageMaker, deleting the model or the configuration
    later does not break a running endpoint."""

    __tablename__ = "endpoints"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(63), unique=True)
    arn: Mapped[str] = mapped_column(String(2048))
    config_name: Mapped[str] = mapped_column(String(63))
    status: Mapped[str] = mapped_column(String(32))
    failure_reason: Mapped[str | None] = mapped_column(Text)
    variants: Mapped[list[Any]]
    tags: Mapped[list[Any]] = mapped_column(default=list)
    creation_time: Mapped[datetime]
    last_modified_time: Mapped[datetime]
    # UpdateEndpoint: each deployed configuration is a generation (its model servers' key
    # names it); the next one waits in pending_* while the endpoint is Updating.
    generation: Mapped[int] = mapped_column(default=0)
    pending_config_name: Mapped[str | None] = mapped_column(String(63))
    pending_variants: Mapped[list[Any] | None]
    update_start_time: Mapped[datetime | None]

    # ListEndpoints' orders (by name: the unique index on it), with the id of ties.
    __table_args__ = (
        Index("ix_endpoints_creation_time", "creation_time", "id"),
        Index("ix_endpoints_status", "status", "id"),
    )
