"""The REST door: resource-style routes for curl, HTTP clients and the generated SDK.

A route builds the operation's wire model from its path, query and body and calls the same
operation function as the AWS door (`app/api/operations.py`): a create, describe, stop or
delete is one entry (`routes_common.body_route`, `read_route`, `action_route`), the others
plain FastAPI functions. What is REST's own stays here: the paths, the status codes (201 for a
create, 204 for a stop or delete; a domain error keeps its own status, 404 or 409) and the
reads that add a shape of their own (analytics, logs, metric points)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header, Query, Response
from fastapi.responses import PlainTextResponse

from app.api import operations as op
from app.api.deps import ContextDep, ReadSession, SettingsDep
from app.api.routes_common import (
    ERRORS,
    MaxResults,
    NextToken,
    SortOrder,
    action_route,
    body_route,
    list_query,
    list_route,
    looked_up,
    read_route,
)
from app.tags.schemas import (
    RESOURCE_ARN_PATTERN,
    DeleteTagsRequest,
    ListTagsRequest,
    ListTagsResponse,
)
from app.training import service as training_service
from app.training.series import ListMetricPointsResponse, list_points
from app.tuning import analytics
from app.tuning.analytics import TuningJobAnalyticsResponse
from app.tuning.schemas import (
    ListTrainingJobsForTuningJobRequest,
    ListTrainingJobsForTuningJobResponse,
)

router = APIRouter(prefix="/v1", responses=ERRORS)
TUNING_STATUS = Literal[
    "Completed", "InProgress", "Failed", "Stopped", "Stopping", "Deleting", "DeleteFailed"
]
TRAINING_STATUS = Literal["InProgress", "Completed", "Failed", "Stopping", "Stopped", "Deleting"]


Arn = Annotated[str, Query(alias="ResourceArn", max_length=256, pattern=RESOURCE_ARN_PATTERN)]

TUNING_JOB = "/hyper-parameter-tuning-jobs/{name}"
TRAINING_JOB = "/training-jobs/{name}"

# --- the routes that carry a body, a name or a query to their operation ----------------------

body_route(
    router,
    "/hyper-parameter-tuning-jobs",
    op.create_tuning_job,
    operation_id="create_hyper_parameter_tuning_job",
    tags=["tuning jobs"],
    responses={409: {"description": "ResourceInUse: a job with this name exists"}},
    doc="Create a tuning job (SageMaker's CreateHyperParameterTuningJob) and start it.",
)
read_route(
    router,
    TUNING_JOB,
    op.describe_tuning_job,
    member="HyperParameterTuningJobName",
    operation_id="describe_hyper_parameter_tuning_job",
    tags=["tuning jobs"],
    doc="Status, counters, best training job and configuration of a tuning job.",
)
action_route(
    router,
    "POST",
    f"{TUNING_JOB}/stop",
    op.stop_tuning_job,
    member="HyperParameterTuningJobName",
    operation_id="stop_hyper_parameter_tuning_job",
    tags=["tuning jobs"],
    doc="Stop a tuning job and every training job it runs: Stopping, then Stopped.",
)
action_route(
    router,
    "DELETE",
    TUNING_JOB,
    op.delete_tuning_job,
    member="HyperParameterTuningJobName",
    operation_id="delete_hyper_parameter_tuning_job",
    tags=["tuning jobs"],
    doc="Delete a finished tuning job's record; its training jobs and artifacts stay.",
)
body_route(
    router,
    "/training-jobs",
    op.create_training_job,
    operation_id="create_training_job",
    tags=["training jobs"],
    responses={409: {"description": "ResourceInUse: a job with this name exists"}},
    doc="""Create a training job of its own (SageMaker's CreateTrainingJob, what `estimator.fit()`
    sends) and start it.""",
)
read_route(
    router,
    TRAINING_JOB,
    op.describe_training_job,
    member="TrainingJobName",
    operation_id="describe_training_job",
    tags=["training jobs"],
    doc="A training job, of a tuning job or its own (SageMaker's DescribeTrainingJob).",
)
action_route(
    router,
    "POST",
    f"{TRAINING_JOB}/stop",
    op.stop_training_job,
    member="TrainingJobName",
    operation_id="stop_training_job",
    tags=["training jobs"],
    doc="""Stop a training job (StopTrainingJob): Stopping, then Stopped once its process tree is
    gone.""",
)
action_route(
    router,
    "DELETE",
    TRAINING_JOB,
    op.delete_training_job,
    member="TrainingJobName",
    operation_id="delete_training_job",
    tags=["training jobs"],
    responses={409: {"description": "ResourceInUse: the job is not finished"}},
    doc="""Delete a finished training job's record, metrics and log (DeleteTrainingJob); its model
    artifact stays.""",
)
body_route(
    router,
    "/tags",
    op.add_tags,
    status_code=200,
    operation_id="add_tags",
    tags=["tags"],
    doc="""Add tags to a tuning job or training job, or replace a tag's value (AddTags). Tags added
    to a tuning job reach the training jobs it launches from then on.""",
)
list_route(
    router,
    "/hyper-parameter-tuning-jobs",
    op.list_tuning_jobs,
    query=list_query(sort_by=Literal["Name", "Status", "CreationTime"], status=TUNING_STATUS),
    operation_id="list_hyper_parameter_tuning_jobs",
    tags=["tuning jobs"],
    doc="Tuning jobs, filtered and sorted (SageMaker's ListHyperParameterTuningJobs).",
)
list_route(
    router,
    "/training-jobs",
    op.list_training_jobs,
    query=list_query(sort_by=Literal["Name", "CreationTime", "Status"], status=TRAINING_STATUS),
    operation_id="list_training_jobs",
    tags=["training jobs"],
    doc="""Every training job, of any tuning job (SageMaker's ListTrainingJobs; default sort
    CreationTime).""",
)

# --- the routes with a query or a shape of their own -----------------------------------------


@router.get(
    f"{TUNING_JOB}/training-jobs",
    response_model_exclude_none=True,
    operation_id="list_training_jobs_for_hyper_parameter_tuning_job",
    tags=["tuning jobs"],
)
def list_training_jobs_for_tuning_job(
    name: str,
    ctx: ContextDep,
    max_results: MaxResults = 10,
    next_token: NextToken = None,
    status_equals: Annotated[TRAINING_STATUS | None, Query(alias="StatusEquals")] = None,
    sort_by: Annotated[
        Literal["Name", "CreationTime", "Status", "FinalObjectiveMetricValue"] | None,
        Query(alias="SortBy"),
    ] = None,
    sort_order: SortOrder = None,
) -> ListTrainingJobsForTuningJobResponse:
    """The training jobs a tuning job launched (ListTrainingJobsForHyperParameterTuningJob)."""
    body = looked_up(
        ListTrainingJobsForTuningJobRequest,
        {
            "HyperParameterTuningJobName": name,
            "MaxResults": max_results,
            "NextToken": next_token,
            "StatusEquals": status_equals,
            "SortBy": sort_by,
            "SortOrder": sort_order,
        },
    )
    return op.list_training_jobs_for_tuning_job(ctx, body)


@router.get(
    f"{TUNING_JOB}/analytics",
    response_model=TuningJobAnalyticsResponse,
    response_model_exclude_none=True,
    operation_id="get_hyper_parameter_tuning_job_analytics",
    tags=["tuning jobs"],
    responses={
        200: {
            "content": {"text/csv": {}},
            "description": "JSON, or CSV (one line per training job, a column per tuned "
            "hyperparameter) for `Accept: text/csv` or `format=csv`",
        },
    },
)
def tuning_job_analytics(
    name: str,
    session: ReadSession,
    format: Annotated[Literal["json", "csv"] | None, Query()] = None,  # noqa: A002
    accept: Annotated[str | None, Header()] = None,
) -> Any:
    """Every training job of a tuning job (tuned hyperparameters, final objective, status,
    times) and the best objective after each one ended (the SageMaker SDK's
    HyperParameterTuningJobAnalytics)."""
    result = analytics.analytics(session, name)
    wants_csv = format == "csv" or (format is None and "text/csv" in (accept or ""))
    if wants_csv:
        filename = f"{result.hyper_parameter_tuning_job_name}.csv"
        return Response(
            analytics.to_csv(result),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{filename}"'},
        )
    return result


@router.get(
    f"{TRAINING_JOB}/logs",
    response_class=PlainTextResponse,
    operation_id="get_training_job_logs",
    tags=["training jobs"],
    responses={200: {"content": {"text/plain": {}}, "description": "The job's output"}},
)
def training_job_logs(
    name: str,
    session: ReadSession,
    settings: SettingsDep,
    start_byte: Annotated[int, Query(alias="StartByte", ge=0)] = 0,
) -> Response:
    """Everything the training job printed (stdout and stderr), as it was written (UTF-8 text
    from the job). `StartByte` skips what a follower already has: `openamt logs --follow`
    asks for the bytes after those it printed."""
    path = training_service.log_path(session, name, settings)
    data = b""
    if path.exists():
        with path.open("rb") as log:
            log.seek(start_byte)
            data = log.read()
    return Response(data, media_type="text/plain; charset=utf-8")


@router.get(
    f"{TRAINING_JOB}/metrics",
    response_model_exclude_none=True,
    operation_id="list_training_job_metrics",
    tags=["training jobs"],
)
def training_job_metrics(
    name: str,
    session: ReadSession,
    metric_name: Annotated[
        str | None, Query(alias="MetricName", min_length=1, max_length=255)
    ] = None,
    max_results: Annotated[int, Query(alias="MaxResults", ge=1, le=1000)] = 100,
    next_token: NextToken = None,
) -> ListMetricPointsResponse:
    """Every metric point a training job emitted, with its step and time, oldest first, by
    pages (optionally one metric's); what CloudWatch holds for a SageMaker training job."""
    return list_points(
        session,
        name,
        {"MetricName": metric_name, "MaxResults": max_results, "NextToken": next_token},
    )


@router.get(
    "/tags",
    response_model_exclude_none=True,
    operation_id="list_tags",
    tags=["tags"],
)
def list_tags(resource_arn: Arn, ctx: ContextDep) -> ListTagsResponse:
    """The tags of a tuning job or training job, by ARN (SageMaker's ListTags)."""
    return op.list_tags(ctx, op.request(ListTagsRequest, {"ResourceArn": resource_arn}))


@router.delete(
    "/tags",
    status_code=204,
    operation_id="delete_tags",
    tags=["tags"],
)
def delete_tags(
    resource_arn: Arn,
    ctx: ContextDep,
    tag_keys: Annotated[list[str], Query(alias="TagKeys", min_length=1, max_length=50)],
) -> Response:
    """Delete tags by key from a tuning job or training job (DeleteTags); unknown keys are
    ignored."""
    body = op.request(DeleteTagsRequest, {"ResourceArn": resource_arn, "TagKeys": tag_keys})
    op.delete_tags(ctx, body)
    return Response(status_code=204)
