"""Use cases of a tuning job. Services flush; the edge commits, then sends messages."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import arns
from app.clock import now
from app.config import Settings
from app.db.models import TrainingJob, TuningJob
from app.errors import ResourceInUse, ResourceNotFound, ValidationError
from app.pagination import decode_token, page
from app.tuning import studies
from app.tuning.schemas import (
    CreateTuningJobRequest,
    DescribeTuningJobResponse,
    ListTrainingJobsForTuningJobResponse,
    ListTuningJobsResponse,
)
from app.tuning.spec import interpret
from app.tuning.views import describe_view, summary_view, training_summary_view

TERMINAL = ("Completed", "Failed", "Stopped")


def create(session: Session, request: CreateTuningJobRequest, settings: Settings) -> str:
    """Store the job and its study; the caller commits and then asks for `advance`."""
    spec = interpret(request)
    name = request.hyper_parameter_tuning_job_name
    existing = find(session, name)
    if existing is not None:
        raise ResourceInUse(f"Hyperparameter tuning job {existing.name!r} already exists")
    created = now()
    job = TuningJob(
        name=name,
        arn=arns.tuning_job_arn(settings, name),
        status="InProgress",
        request=request.model_dump(by_alias=True, exclude_none=True, mode="json"),
        strategy=spec.strategy,
        objective_type=spec.objective_type,
        objective_metric=spec.objective_metric,
        max_training_jobs=spec.max_training_jobs,
        max_parallel=spec.max_parallel,
        max_runtime_seconds=spec.max_runtime_seconds,
        creation_time=created,
        last_modified_time=created,
        tags=[t.model_dump(by_alias=True) for t in request.tags or []],
    )
    session.add(job)
    try:
        session.flush()
    except IntegrityError:  # a concurrent create of the same name won the race
        raise ResourceInUse(f"Hyperparameter tuning job {name!r} already exists") from None
    # Before our commit: if this fails, the transaction rolls back and nothing is left.
    studies.create_study(settings, name, spec.objective_type)
    return job.arn


def find(session: Session, name: str, *, lock: bool = False) -> TuningJob | None:
    """The job of that name, which AWS documents as not case sensitive (ARNs hold it
    lower-cased). The exact name first: that lookup uses the unique index."""
    for condition in (TuningJob.name == name, func.lower(TuningJob.name) == name.lower()):
        query = select(TuningJob).where(condition)
        job = session.scalar(query.with_for_update() if lock else query)
        if job is not None:
            return job
    return None


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
    return describe_view(job, best)


def stop(session: Session, name: str) -> str:
    """InProgress -> Stopping; the scheduler stops the training jobs and ends it Stopped.
    Returns the job's name as stored, for the `advance` that follows."""
    job = get(session, name, lock=True)
    if job.status in ("Stopping", "Stopped"):
        return job.name  # Decision: stopping twice is a no-op success
    if job.status != "InProgress":
        raise ValidationError(
            f"The hyperparameter tuning job {job.name} is {job.status} and can't be stopped"
        )
    job.status = "Stopping"
    job.stop_reason = "user"
    job.last_modified_time = now()
    return job.name


def delete(session: Session, name: str, settings: Settings) -> None:
    """Removes the job's record and study; its training jobs and artifacts stay (as AWS)."""
    job = get(session, name, lock=True)
    if job.status not in TERMINAL:
        raise ValidationError(
            f"The hyperparameter tuning job {job.name} is {job.status}; only a Completed, Failed "
            "or Stopped job can be deleted"
        )
    session.delete(job)
    session.flush()
    studies.delete_study(settings, job.name)


def list_jobs(session: Session, params: dict[str, Any]) -> ListTuningJobsResponse:
    query: Select[tuple[TuningJob]] = select(TuningJob)
    if params.get("NameContains"):
        query = query.where(TuningJob.name.contains(params["NameContains"]))
    if params.get("StatusEquals"):
        query = query.where(TuningJob.status == params["StatusEquals"])
    for key, column, op in (
        ("CreationTimeAfter", TuningJob.creation_time, "gt"),
        ("CreationTimeBefore", TuningJob.creation_time, "lt"),
        ("LastModifiedTimeAfter", TuningJob.last_modified_time, "gt"),
        ("LastModifiedTimeBefore", TuningJob.last_modified_time, "lt"),
    ):
        if params.get(key) is not None:
            query = query.where(column > params[key] if op == "gt" else column < params[key])
    sort_column = {
        "Name": TuningJob.name,
        "Status": TuningJob.status,
        "CreationTime": TuningJob.creation_time,
    }[params.get("SortBy") or "Name"]
    descending = params.get("SortOrder") == "Descending"
    query = query.order_by(
        sort_column.desc() if descending else sort_column.asc(),
        TuningJob.id.desc() if descending else TuningJob.id.asc(),
    )
    rows, token = _paginate(session, query, params)
    return ListTuningJobsResponse.model_validate(
        {"HyperParameterTuningJobSummaries": [summary_view(j) for j in rows], "NextToken": token}
    )


def list_training_jobs(
    session: Session, name: str, params: dict[str, Any]
) -> ListTrainingJobsForTuningJobResponse:
    job = get(session, name)
    query: Select[tuple[TrainingJob]] = select(TrainingJob).where(
        TrainingJob.tuning_job_name == name
    )
    if params.get("StatusEquals"):
        query = query.where(TrainingJob.status == params["StatusEquals"])
    sort_by = params.get("SortBy") or "Name"
    descending = params.get("SortOrder") == "Descending"
    if sort_by == "FinalObjectiveMetricValue":
        # AWS leaves out jobs without an objective value when sorting by it.
        query = query.where(TrainingJob.final_objective.is_not(None))
    sort_column = {
        "Name": TrainingJob.name,
        "CreationTime": TrainingJob.creation_time,
        "Status": TrainingJob.status,
        "FinalObjectiveMetricValue": TrainingJob.final_objective,
    }[sort_by]
    query = query.order_by(
        sort_column.desc() if descending else sort_column.asc(),
        TrainingJob.id.desc() if descending else TrainingJob.id.asc(),
    )
    rows, token = _paginate(session, query, {**params, "name": name})
    return ListTrainingJobsForTuningJobResponse.model_validate(
        {
            "TrainingJobSummaries": [training_summary_view(t, job) for t in rows],
            "NextToken": token,
        }
    )


def _paginate(
    session: Session, query: Select[Any], params: dict[str, Any]
) -> tuple[list[Any], str | None]:
    max_results = params.get("MaxResults") or 10
    filters = {k: v for k, v in params.items() if k not in ("NextToken", "MaxResults")}
    offset = decode_token(params.get("NextToken"), filters)
    rows = list(session.scalars(query.offset(offset).limit(max_results + 1)))
    return page(rows, offset, max_results, filters)


def count_active(session: Session) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(TuningJob)
            .where(TuningJob.status.in_(("InProgress", "Stopping")))
        )
        or 0
    )
