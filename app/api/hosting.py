"""Hosting through the REST door (`/v1/models`, `/v1/endpoint-configs`, `/v1/endpoints`) and
the runtime route `POST /endpoints/{EndpointName}/invocations`, which is what boto3's
`sagemaker-runtime` client calls for `invoke_endpoint` (its protocol is rest-json: raw body,
ContentType and Accept as headers; errors with their own status codes).

The hosting routes build the operation's wire model and call the same operation functions as
the AWS door (`app/api/operations.py`), as `rest.py` does: a create, describe or delete is one
entry (`routes_common.body_route`, `read_route`, `action_route`)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header, Query, Request, Response
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from app.api import operations as op
from app.api.deps import ContextDep
from app.api.errors import error_response
from app.api.routes_common import (
    ERRORS,
    CreatedAfter,
    CreatedBefore,
    MaxResults,
    NextToken,
    SortOrder,
    action_route,
    body_route,
    list_query,
    list_route,
    read_route,
)
from app.errors import DomainError
from app.serving import deploy
from app.serving.host import MAX_INVOCATION_BYTES, ModelError, RuntimeValidationError
from app.serving.schemas import (
    EndpointUpdate,
    UpdateEndpointRequest,
    UpdateEndpointResponse,
)

router = APIRouter(prefix="/v1", responses=ERRORS)
runtime_router = APIRouter()
ENDPOINT_STATUS = Literal[
    "OutOfService", "Creating", "Updating", "SystemUpdating", "RollingBack", "InService",
    "Deleting", "Failed", "UpdateRollbackFailed",
]  # fmt: skip


# --- the routes that carry a body, a name or a query to their operation ----------------------

body_route(
    router,
    "/models",
    op.create_model,
    operation_id="create_model",
    tags=["hosting"],
    doc="""Register a model for hosting (SageMaker's CreateModel): an image and the model data, e.g.
    a training job's `ModelArtifacts.S3ModelArtifacts` as `PrimaryContainer.ModelDataUrl`.""",
)
read_route(
    router,
    "/models/{name}",
    op.describe_model,
    member="ModelName",
    operation_id="describe_model",
    tags=["hosting"],
    doc="A model's container and ARN (SageMaker's DescribeModel).",
)
action_route(
    router,
    "DELETE",
    "/models/{name}",
    op.delete_model,
    member="ModelName",
    operation_id="delete_model",
    tags=["hosting"],
    doc="Delete a model (DeleteModel); endpoints already serving it go on serving it.",
)
body_route(
    router,
    "/endpoint-configs",
    op.create_endpoint_config,
    operation_id="create_endpoint_config",
    tags=["hosting"],
    doc="""Name the models an endpoint serves, as production variants with weights
    (CreateEndpointConfig).""",
)
read_route(
    router,
    "/endpoint-configs/{name}",
    op.describe_endpoint_config,
    member="EndpointConfigName",
    operation_id="describe_endpoint_config",
    tags=["hosting"],
    doc="An endpoint configuration (DescribeEndpointConfig).",
)
action_route(
    router,
    "DELETE",
    "/endpoint-configs/{name}",
    op.delete_endpoint_config,
    member="EndpointConfigName",
    operation_id="delete_endpoint_config",
    tags=["hosting"],
    doc="Delete an endpoint configuration (DeleteEndpointConfig); endpoints using it go on.",
)
body_route(
    router,
    "/endpoints",
    op.create_endpoint,
    operation_id="create_endpoint",
    tags=["hosting"],
    doc="""Create an endpoint from a configuration (CreateEndpoint): `Creating`, then `InService`
    once its models are fetched and loaded (or `Failed` with a FailureReason).""",
)
read_route(
    router,
    "/endpoints/{name}",
    op.describe_endpoint,
    member="EndpointName",
    operation_id="describe_endpoint",
    tags=["hosting"],
    doc="An endpoint's status and variants (DescribeEndpoint).",
)
action_route(
    router,
    "DELETE",
    "/endpoints/{name}",
    op.delete_endpoint,
    member="EndpointName",
    operation_id="delete_endpoint",
    tags=["hosting"],
    doc="Delete an endpoint (DeleteEndpoint): its model servers stop.",
)
list_route(
    router,
    "/endpoints",
    op.list_endpoints,
    query=list_query(sort_by=Literal["Name", "CreationTime", "Status"], status=ENDPOINT_STATUS),
    operation_id="list_endpoints",
    tags=["hosting"],
    doc="Endpoints, newest first by default (ListEndpoints).",
)

# --- UpdateEndpoint: the name in the path, the rest in the body ------------------------------


@router.put(
    "/endpoints/{name}",
    operation_id="update_endpoint",
    tags=["hosting"],
)
def update_endpoint(name: str, body: EndpointUpdate, ctx: ContextDep) -> UpdateEndpointResponse:
    """Deploy another endpoint configuration to an endpoint (UpdateEndpoint): `Updating` while
    the new models load (the current ones keep serving), then `InService` with the new
    configuration; a failed update keeps the old one, with a FailureReason."""
    values = {"EndpointName": name, **body.model_dump(by_alias=True, exclude_none=True)}
    return op.update_endpoint(ctx, op.request(UpdateEndpointRequest, values))


# --- lists of models and endpoint configurations ---------------------------------------------

NamedSortBy = Annotated[Literal["Name", "CreationTime"] | None, Query(alias="SortBy")]


def named_filters(
    max_results: MaxResults = 10,
    next_token: NextToken = None,
    sort_by: NamedSortBy = None,
    sort_order: SortOrder = None,
    # SageMaker's pattern for these two lists is spelled without the escape (the same rule).
    name_contains: Annotated[
        str | None, Query(alias="NameContains", max_length=63, pattern=r"^[a-zA-Z0-9-]+$")
    ] = None,
    creation_time_after: CreatedAfter = None,
    creation_time_before: CreatedBefore = None,
) -> dict[str, Any]:
    """ListModels' and ListEndpointConfigs' members, under SageMaker's names."""
    return {
        "MaxResults": max_results,
        "NextToken": next_token,
        "SortBy": sort_by,
        "SortOrder": sort_order,
        "NameContains": name_contains,
        "CreationTimeAfter": creation_time_after,
        "CreationTimeBefore": creation_time_before,
    }


list_route(
    router,
    "/models",
    op.list_models,
    query=named_filters,
    operation_id="list_models",
    tags=["hosting"],
    doc="Models, newest first by default (ListModels).",
)
list_route(
    router,
    "/endpoint-configs",
    op.list_endpoint_configs,
    query=named_filters,
    operation_id="list_endpoint_configs",
    tags=["hosting"],
    doc="Endpoint configurations, newest first by default (ListEndpointConfigs).",
)


# --- the runtime -----------------------------------------------------------------------------


def _runtime_error(error: DomainError) -> JSONResponse:
    response = error_response(error.status, error.code, error.message)
    if isinstance(error, ModelError):
        body: dict[str, Any] = {
            "__type": error.code,
            "message": error.message,
            "OriginalStatusCode": error.original_status,
            "OriginalMessage": error.original_message,
        }
        response = JSONResponse(body, status_code=error.status)
    response.headers["x-amzn-ErrorType"] = error.code
    return response


@runtime_router.post(
    "/endpoints/{endpoint_name}/invocations",
    operation_id="invoke_endpoint",
    tags=["runtime"],
    summary="InvokeEndpoint (SageMaker Runtime): a prediction from an endpoint's model",
    response_class=Response,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "text/csv": {"schema": {"type": "string"}, "example": "0.5,1.2,3.4\n0.1,0.2,0.3"}
            },
        }
    },
    responses={
        200: {
            "description": "The model's answer; `x-Amzn-Invoked-Production-Variant` names "
            "the variant that gave it",
            "content": {"text/csv": {"schema": {"type": "string"}}},
        },
        400: {"description": "ValidationError: unknown endpoint or variant, bad request"},
        424: {"description": "ModelError: the model failed on this input"},
        429: {"description": "ModelNotReadyException: the endpoint is still being created"},
    },
)
async def invoke_endpoint(
    endpoint_name: str,
    request: Request,
    content_type: Annotated[str | None, Header(alias="Content-Type")] = None,
    accept: Annotated[str | None, Header(alias="Accept")] = None,
    target_variant: Annotated[str | None, Header(alias="X-Amzn-SageMaker-Target-Variant")] = None,
) -> Response:
    """The body goes to the model as it is, with its Content-Type; the answer comes back with
    the model's content type. Built-in XGBoost takes `text/csv` (no label column) or
    `text/libsvm` and answers `text/csv` (one prediction per line) or `application/json`
    (`{"predictions": [{"score": ...}]}`) per `Accept`. Bodies up to 6 MiB."""
    body = await request.body()
    state = request.app.state
    if len(body) > MAX_INVOCATION_BYTES:
        return _runtime_error(
            RuntimeValidationError(f"Body: at most {MAX_INVOCATION_BYTES} bytes, got {len(body)}")
        )
    try:
        result = await run_in_threadpool(
            deploy.invoke,
            state.db,
            state.model_host,
            state.settings,
            endpoint_name,
            body,
            content_type=content_type,
            accept=accept,
            target_variant=target_variant,
        )
    except DomainError as error:
        return _runtime_error(error)
    # The model's content type as it gave it (Starlette would add a charset to text/*).
    return Response(
        result.body,
        headers={
            "Content-Type": result.content_type,
            "x-Amzn-Invoked-Production-Variant": result.variant,
        },
    )
