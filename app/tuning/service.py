"""Use cases of a tuning job. Services flush and queue their messages (`send_advance`); the
edge's unit of work commits, then sends them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, load_only

from app import arns
from app.clock import now
from app.config import Settings
from app.db import repositories
from app.db.models import TrainingJob, TuningJob
from app.errors import ResourceInUse, ResourceLimitExceeded, ResourceNotFound, ValidationError
from app.executor import send_advance
from app.pagination import listed, page_of, sort_column
from app.tags.service import check_tags
from app.training.isolation import check_network_isolation
from app.training.locations import check_job_locations
from app.tuning import autotune, scheduler, studies, warm_start
from app.tuning.schemas import (
    CreateTuningJobRequest,
    DescribeTuningJobResponse,
    ListTrainingJobsForTuningJobResponse,
    ListTuningJobsResponse,
)
from app.tuning.spec import Limits, definitions_of, interpret
from app.tuning.states import ACTIVE, TERMINAL, StopReason, TuningJobStatus
from app.tuning.views import (
    describe_view,
    overall_best_name,
    summary_view,
    training_summary_view,
)

CREATE_LOCK_KEY = 0x0A3D_7A11  # PostgreSQL advisory lock serialising the concurrency count


def create(session: Session, request: CreateTuningJobRequest, settings: Settings) -> str:
    """Store the job, its frozen plan and its study; `advance` follows the commit."""
    request = autotune.resolve(request)  # Autotune's choices become the stored request
    limits = Limits.from_settings(settings)
    spec = interpret(request, limits=limits)
    plan = spec.freeze(settings)
    for (definition, field), interpreted in zip(
        definitions_of(request), spec.definitions, strict=True
    ):
        check_job_locations(
            definition,
            settings,
            field=field,
            hyperparameters=definition.static_hyper_parameters,
            hyperparameters_member="StaticHyperParameters",
        )
        if definition.enable_network_isolation:  # else no engine lookup for the image
            image = definition.algorithm_specification.training_image or ""
            check_network_isolation(
                True,
                needs_sandbox=not (interpreted.builtin_xgboost or limits.runs_as_container(image)),
                settings=settings,
                field=field,
            )
    tags = check_tags(request.tags or [], field="Tags")
    name = request.hyper_parameter_tuning_job_name
    existing = find(session, name)
    if existing is not None:
        raise ResourceInUse(f"Hyperparameter tuning job {existing.name!r} already exists")
    warm = warm_start.check(session, request, spec, plan, limits)
    _check_concurrent_jobs(session, settings)
    created = now()
    job = TuningJob(
        name=name,
        arn=arns.tuning_job_arn(settings, name),
        status=TuningJobStatus.IN_PROGRESS,
        request=request.model_dump(by_alias=True, exclude_none=True, mode="json"),
        plan=plan.to_json(),
        strategy=spec.strategy,
        objective_type=spec.objective_type,
        objective_metric=spec.objective_metric,
        max_training_jobs=spec.max_training_jobs,
        max_parallel=spec.max_parallel,
        max_runtime_seconds=spec.max_runtime_seconds,
        creation_time=created,
        last_modified_time=created,
        tags=tags,
        parent_best_training_job=warm.best_training_job if warm else None,
        parent_best_objective=warm.best_objective if warm else None,
    )
    session.add(job)
    try:
        session.flush()
    except IntegrityError:  # a concurrent create of the same name won the race
        raise ResourceInUse(f"Hyperparameter tuning job {name!r} already exists") from None
    # Before our commit: if this fails, the transaction rolls back and nothing is left.
    # The parents' trials go in with the study, before anything can ask it for a suggestion.
    studies.create_study(settings, name, spec.objective_type, trials=warm.trials if warm else [])
    send_advance(session, name)
    return job.arn


def _check_concurrent_jobs(session: Session, settings: Settings) -> None:
    """AWS's quota of tuning jobs running at once. Counted under a lock so that two creates
    cannot both take the last place: SQLite's write transaction is already exclusive
    (BEGIN IMMEDIATE); PostgreSQL takes a transaction-scoped advisory lock."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CREATE_LOCK_KEY})
    active = count_active(session)
    if active >= settings.max_concurrent_tuning_jobs:
        raise ResourceLimitExceeded(
            f"The account-level service limit 'Number of concurrent hyperparameter tuning jobs' "
            f"is {settings.max_concurrent_tuning_jobs} jobs, with current utilization of {active} "
            "jobs (InProgress or Stopping)"
        )


def find(session: Session, name: str, *, lock: bool = False) -> TuningJob | None:
    """The job of that name, which AWS documents as not case sensitive."""
    return repositories.find(session, TuningJob, name, lock=lock)


def get(session: Session, name: str, *, lock: bool = False) -> TuningJob:
    job = find(session, name, lock=lock)
    if job is None:
        raise ResourceNotFound(f"Amazon SageMaker can't find a tuning job with name {name}")
    return job


def describe(session: Session, name: str) -> DescribeTuningJobResponse:
    job = get(session, name)
    best = None
    if job.best_training_job:
        best = session.scalar(select(TrainingJob).where(TrainingJob.name == job.best_training_job))
    overall = None
    overall_name = overall_best_name(job)
    if overall_name is not None:
        overall = (
            best
            if overall_name == job.best_training_job
            else session.scalar(select(TrainingJob).where(TrainingJob.name == overall_name))
        )
    return describe_view(job, best, overall)


def stop(session: Session, name: str) -> None:
    """InProgress -> Stopping; the `advance` that follows the commit stops the training jobs
    and ends it Stopped."""
    job = get(session, name, lock=True)
    if job.status in (TuningJobStatus.STOPPING, TuningJobStatus.STOPPED):
        send_advance(session, job.name)  # Decision: stopping twice is a no-op success
        return
    if job.status != TuningJobStatus.IN_PROGRESS:
        raise ValidationError(
            f"The hyperparameter tuning job {job.name} is {job.status} and can't be stopped"
        )
    scheduler.request_stop(job, StopReason.USER)
    send_advance(session, job.name)


def delete(session: Session, name: str, settings: Settings) -> None:
    """Removes the job's record and study; its training jobs and artifacts stay (as AWS)."""
    job = get(session, name, lock=True)
    if job.status not in TERMINAL:
        raise ValidationError(
            f"The hyperparameter tuning job {job.name} is {job.status}; only a Completed, Failed "
            "or Stopped job can be deleted"
        )
    # The training jobs stay describable (their TuningJobArn is kept), but they no longer
    # belong to a tuning job of that name: a new job created with the name must not list them.
    # All of them are terminal here, so no runner or reaper looks for their tuning job.
    session.execute(
        update(TrainingJob)
        .where(TrainingJob.tuning_job_name == job.name)
        .values(tuning_job_name=None)
    )
    session.delete(job)
    session.flush()
    studies.delete_study(settings, job.name)


def list_jobs(session: Session, params: dict[str, Any]) -> ListTuningJobsResponse:
    rows, token = listed(session, TuningJob, params, default_sort="Name", list_of="tuning-jobs")
    return ListTuningJobsResponse.model_validate(
        {"HyperParameterTuningJobSummaries": [summary_view(j) for j in rows], "NextToken": token}
    )


# What a page reads of each training job: its summary (views.training_summary_view) and its
# place in the order. Decoding the other JSON columns (spec, hyperparameters, transitions,
# metrics) was most of a page's time; reading one of them here raises instead of loading it.
SUMMARY_COLUMNS = (
    TrainingJob.name,
    TrainingJob.arn,
    TrainingJob.tuning_job_name,
    TrainingJob.sequence,
    TrainingJob.definition_name,
    TrainingJob.status,
    TrainingJob.objective_status,
    TrainingJob.final_objective,
    TrainingJob.failure_reason,
    TrainingJob.tuned_hyperparameters,
    TrainingJob.creation_time,
    TrainingJob.training_start_time,
    TrainingJob.training_end_time,
)


def list_training_jobs(
    session: Session, name: str, params: dict[str, Any]
) -> ListTrainingJobsForTuningJobResponse:
    job = get(session, name)
    query = (
        select(TrainingJob)
        .where(TrainingJob.tuning_job_name == job.name)
        .options(load_only(*SUMMARY_COLUMNS, raiseload=True))
    )
    if params.get("StatusEquals"):
        query = query.where(TrainingJob.status == params["StatusEquals"])
    if params.get("SortBy") == "FinalObjectiveMetricValue":
        # AWS leaves out jobs without an objective value when sorting by it.
        query = query.where(TrainingJob.final_objective.is_not(None))
    # Ties in launch order: the sequence ends each of the list's indexes (app/db/models.py).
    tie = TrainingJob.sequence
    rows, token = page_of(
        session,
        query,
        params,
        sort=sort_column(TrainingJob, params, default_sort="Name", row_id=tie),
        row_id=tie,
        list_of=f"training-jobs of {job.name}, by sequence",  # a token of ids is refused
    )
    return ListTrainingJobsForTuningJobResponse.model_validate(
        {
            "TrainingJobSummaries": [training_summary_view(t, job) for t in rows],
            "NextToken": token,
        }
    )


def count_active(session: Session) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(TuningJob).where(TuningJob.status.in_(ACTIVE))
        )
        or 0
    )
