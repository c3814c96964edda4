"""The AWS JSON 1.1 door: `POST /` with `X-Amz-Target: SageMaker.<Operation>`, for unmodified
boto3 and the AWS CLI pointed at `endpoint_url`.

Same pydantic models, same services as the REST door; only the envelope is AWS's. Bodies are
validated with the wire models (timestamps arrive as epoch seconds); answers are the models
dumped by alias without absent members, timestamps as epoch seconds (what botocore's JSON
parser expects), `{}` for operations without output. Errors are `{"__type", "message"}` with
the status AWS's JSON protocol uses (`aws_status`). One documented route: the operations are
told apart by a header, not by paths.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Header, Request
from fastapi.responses import JSONResponse
from pydantic import ValidationError as PydanticValidationError
from starlette.concurrency import run_in_threadpool

from app.api import deploy
from app.api.errors import aws_status, describe_validation_errors, error_response
from app.config import Settings
from app.db.session import Database
from app.errors import DomainError
from app.executor import Executor
from app.schemas_common import AwsModel
from app.serving import service as serving_service
from app.serving.host import ModelHost
from app.serving.schemas import (
    CreateEndpointConfigRequest,
    CreateEndpointConfigResponse,
    CreateEndpointRequest,
    CreateEndpointResponse,
    CreateModelRequest,
    CreateModelResponse,
    DeleteEndpointConfigRequest,
    DeleteEndpointRequest,
    DeleteModelRequest,
    DescribeEndpointConfigRequest,
    DescribeEndpointRequest,
    DescribeModelRequest,
    ListEndpointsRequest,
)
from app.tags import service as tags_service
from app.tags.schemas import (
    AddTagsRequest,
    AddTagsResponse,
    DeleteTagsRequest,
    ListTagsRequest,
    ListTagsResponse,
)
from app.training import service as training_service
from app.training.schemas import DescribeTrainingJobRequest, ListTrainingJobsRequest
from app.tuning import service as tuning_service
from app.tuning.schemas import (
    CreateTuningJobRequest,
    CreateTuningJobResponse,
    DeleteTuningJobRequest,
    DescribeTuningJobRequest,
    ListTrainingJobsForTuningJobRequest,
    ListTuningJobsRequest,
    StopTuningJobRequest,
)

CONTENT_TYPE = "application/x-amz-json-1.1"
TARGET_PREFIX = "SageMaker."

router = APIRouter()


@dataclass(frozen=True)
class Context:
    db: Database
    executor: Executor
    settings: Settings
    host: ModelHost | None = None  # the model servers (hosting operations)


Handler = Callable[[Context, Any], AwsModel | dict[str, Any] | None]
OPERATIONS: dict[str, tuple[type[AwsModel], Handler]] = {}


def operation(name: str, model: type[AwsModel]) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        OPERATIONS[name] = (model, handler)
        return handler

    return register


def _params(body: AwsModel, *, without: set[str] | None = None) -> dict[str, Any]:
    """A list request's members by SageMaker's names, as the REST door passes its query."""
    return body.model_dump(by_alias=True, exclude=without)


# --- tuning jobs -----------------------------------------------------------------------------


@operation("CreateHyperParameterTuningJob", CreateTuningJobRequest)
def _create(ctx: Context, body: CreateTuningJobRequest) -> CreateTuningJobResponse:
    with ctx.db.write() as session:
        arn = tuning_service.create(session, body, ctx.settings)
    ctx.executor.submit_advance(body.hyper_parameter_tuning_job_name)
    return CreateTuningJobResponse.model_validate({"HyperParameterTuningJobArn": arn})


@operation("DescribeHyperParameterTuningJob", DescribeTuningJobRequest)
def _describe(ctx: Context, body: DescribeTuningJobRequest) -> AwsModel:
    with ctx.db.read() as session:
        return tuning_service.describe(session, body.hyper_parameter_tuning_job_name)


@operation("ListHyperParameterTuningJobs", ListTuningJobsRequest)
def _list(ctx: Context, body: ListTuningJobsRequest) -> AwsModel:
    with ctx.db.read() as session:
        return tuning_service.list_jobs(session, _params(body))


@operation("ListTrainingJobsForHyperParameterTuningJob", ListTrainingJobsForTuningJobRequest)
def _list_training(ctx: Context, body: ListTrainingJobsForTuningJobRequest) -> AwsModel:
    params = _params(body, without={"hyper_parameter_tuning_job_name"})
    with ctx.db.read() as session:
        return tuning_service.list_training_jobs(
            session, body.hyper_parameter_tuning_job_name, params
        )


@operation("StopHyperParameterTuningJob", StopTuningJobRequest)
def _stop(ctx: Context, body: StopTuningJobRequest) -> None:
    with ctx.db.write() as session:
        stored_name = tuning_service.stop(session, body.hyper_parameter_tuning_job_name)
    ctx.executor.submit_advance(stored_name)


@operation("DeleteHyperParameterTuningJob", DeleteTuningJobRequest)
def _delete(ctx: Context, body: DeleteTuningJobRequest) -> None:
    with ctx.db.write() as session:
        tuning_service.delete(session, body.hyper_parameter_tuning_job_name, ctx.settings)


# --- training jobs ---------------------------------------------------------------------------


@operation("DescribeTrainingJob", DescribeTrainingJobRequest)
def _describe_training(ctx: Context, body: DescribeTrainingJobRequest) -> AwsModel:
    with ctx.db.read() as session:
        return training_service.describe(session, body.training_job_name)


@operation("ListTrainingJobs", ListTrainingJobsRequest)
def _list_all_training(ctx: Context, body: ListTrainingJobsRequest) -> AwsModel:
    with ctx.db.read() as session:
        return training_service.list_jobs(session, _params(body))


# --- tags ------------------------------------------------------------------------------------


@operation("AddTags", AddTagsRequest)
def _add_tags(ctx: Context, body: AddTagsRequest) -> AwsModel:
    with ctx.db.write() as session:
        added = tags_service.add(session, body.resource_arn, body.tags)
    return AddTagsResponse.model_validate({"Tags": added})


@operation("ListTags", ListTagsRequest)
def _list_tags(ctx: Context, body: ListTagsRequest) -> AwsModel:
    with ctx.db.read() as session:
        page = tags_service.list_tags(session, body.resource_arn, body.next_token)
    return ListTagsResponse.model_validate(page)


@operation("DeleteTags", DeleteTagsRequest)
def _delete_tags(ctx: Context, body: DeleteTagsRequest) -> None:
    with ctx.db.write() as session:
        tags_service.delete(session, body.resource_arn, body.tag_keys)


# --- hosting --------------------------------------------------------------------------------


@operation("CreateModel", CreateModelRequest)
def _create_model(ctx: Context, body: CreateModelRequest) -> AwsModel:
    with ctx.db.write() as session:
        arn = serving_service.create_model(session, body, ctx.settings)
    return CreateModelResponse.model_validate({"ModelArn": arn})


@operation("DescribeModel", DescribeModelRequest)
def _describe_model(ctx: Context, body: DescribeModelRequest) -> AwsModel:
    with ctx.db.read() as session:
        return serving_service.describe_model(session, body.model_name, ctx.settings)


@operation("DeleteModel", DeleteModelRequest)
def _delete_model(ctx: Context, body: DeleteModelRequest) -> None:
    with ctx.db.write() as session:
        serving_service.delete_model(session, body.model_name, ctx.settings)


@operation("CreateEndpointConfig", CreateEndpointConfigRequest)
def _create_endpoint_config(ctx: Context, body: CreateEndpointConfigRequest) -> AwsModel:
    with ctx.db.write() as session:
        arn = serving_service.create_endpoint_config(session, body, ctx.settings)
    return CreateEndpointConfigResponse.model_validate({"EndpointConfigArn": arn})


@operation("DescribeEndpointConfig", DescribeEndpointConfigRequest)
def _describe_endpoint_config(ctx: Context, body: DescribeEndpointConfigRequest) -> AwsModel:
    with ctx.db.read() as session:
        return serving_service.describe_endpoint_config(
            session, body.endpoint_config_name, ctx.settings
        )


@operation("DeleteEndpointConfig", DeleteEndpointConfigRequest)
def _delete_endpoint_config(ctx: Context, body: DeleteEndpointConfigRequest) -> None:
    with ctx.db.write() as session:
        serving_service.delete_endpoint_config(session, body.endpoint_config_name, ctx.settings)


@operation("CreateEndpoint", CreateEndpointRequest)
def _create_endpoint(ctx: Context, body: CreateEndpointRequest) -> AwsModel:
    with ctx.db.write() as session:
        arn = serving_service.create_endpoint(session, body, ctx.settings)
    assert ctx.host is not None
    deploy.start(ctx.db, ctx.host, ctx.settings, body.endpoint_name)
    return CreateEndpointResponse.model_validate({"EndpointArn": arn})


@operation("DescribeEndpoint", DescribeEndpointRequest)
def _describe_endpoint(ctx: Context, body: DescribeEndpointRequest) -> AwsModel:
    with ctx.db.read() as session:
        return serving_service.describe_endpoint(session, body.endpoint_name, ctx.settings)


@operation("DeleteEndpoint", DeleteEndpointRequest)
def _delete_endpoint(ctx: Context, body: DeleteEndpointRequest) -> None:
    with ctx.db.write() as session:
        key = serving_service.delete_endpoint(session, body.endpoint_name, ctx.settings)
    assert ctx.host is not None
    ctx.host.forget(key)


@operation("ListEndpoints", ListEndpointsRequest)
def _list_endpoints(ctx: Context, body: ListEndpointsRequest) -> AwsModel:
    with ctx.db.read() as session:
        return serving_service.list_endpoints(session, _params(body))


# --- the route -------------------------------------------------------------------------------


def _wire(value: Any) -> Any:
    """A dumped model as AWS's JSON: timestamps as epoch seconds."""
    if isinstance(value, datetime):
        return value.timestamp()
    if isinstance(value, dict):
        return {key: _wire(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_wire(item) for item in value]
    return value


def _error(status: int, code: str, message: str) -> JSONResponse:
    return error_response(status, code, message, media_type=CONTENT_TYPE)


def handle(ctx: Context, target: str | None, raw: bytes) -> JSONResponse:
    """One AWS JSON request: find the operation, parse and validate its body, run it."""
    name = (target or "").removeprefix(TARGET_PREFIX)
    if not target or not target.startswith(TARGET_PREFIX) or name not in OPERATIONS:
        return _error(400, "UnknownOperationException", f"Unknown operation {target or ''}")
    model, run = OPERATIONS[name]
    try:
        payload = json.loads(raw) if raw.strip() else {}
    except (ValueError, RecursionError) as error:
        return _error(400, "SerializationException", f"The request body is not JSON: {error}")
    if not isinstance(payload, dict):
        return _error(400, "SerializationException", "The request body must be a JSON object")
    try:
        body = model.model_validate(payload)
        result = run(ctx, body)
    except PydanticValidationError as error:
        errors = [dict(e) for e in error.errors(include_url=False)]
        return _error(400, "ValidationException", describe_validation_errors(errors))
    except DomainError as error:
        return _error(aws_status(error), error.code, error.message)
    if isinstance(result, AwsModel):
        result = result.model_dump(by_alias=True, exclude_none=True)
    return JSONResponse(_wire(result or {}), media_type=CONTENT_TYPE)


@router.post(
    "/",
    operation_id="aws_json",
    tags=["AWS JSON 1.1"],
    summary="Any SageMaker operation, AWS JSON 1.1 protocol (boto3, AWS CLI)",
    response_class=JSONResponse,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                CONTENT_TYPE: {
                    "schema": {"type": "object", "additionalProperties": True},
                    "example": {"HyperParameterTuningJobName": "fraud-xgboost"},
                }
            },
        }
    },
    responses={
        200: {
            "description": "The operation's output shape; `{}` for one without output",
            "content": {CONTENT_TYPE: {"schema": {"type": "object"}}},
        },
        400: {
            "description": (
                '`{"__type", "message"}`: ValidationException, ResourceNotFound, ResourceInUse, '
                "ResourceLimitExceeded, UnknownOperationException, SerializationException"
            ),
            "content": {CONTENT_TYPE: {"schema": {"type": "object"}}},
        },
    },
)
async def aws_json(
    request: Request,
    x_amz_target: str | None = Header(
        None,
        alias="X-Amz-Target",
        description="SageMaker.<Operation>, one of: " + ", ".join(OPERATIONS),
        examples=["SageMaker.DescribeHyperParameterTuningJob"],
    ),
) -> JSONResponse:
    """The SageMaker operations of the AWS JSON 1.1 protocol, named by `X-Amz-Target`
    (`SageMaker.CreateHyperParameterTuningJob`, ...): the body is the operation's input
    shape, the answer its output shape, as botocore's service model has them."""
    raw = await request.body()
    state = request.app.state
    ctx = Context(
        db=state.db,
        executor=state.executor,
        settings=state.settings,
        host=getattr(state, "model_host", None),
    )
    # The services are synchronous (database sessions): off the event loop.
    return await run_in_threadpool(handle, ctx, x_amz_target, raw)
