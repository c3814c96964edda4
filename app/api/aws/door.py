"""The AWS door: every RPC-style AWS service openamt speaks, on the API's own port.

`POST /` carries JSON 1.0/1.1 (`X-Amz-Target`) and query (form `Action`) requests;
`POST /service/<name>/operation/<Operation>` carries Smithy RPC v2 CBOR. One dispatch for all
of them: route, parse by the operation's input shape, check it against the model, run the
handler off the event loop, serialize by the output shape, and answer errors in the protocol's
own shape (`protocols`). S3 streams and is served before this, in the gate.
"""

from __future__ import annotations

import logging

from botocore.validate import ParamValidator
from fastapi import APIRouter, Header, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from app.api.aws import models, registry, services  # noqa: F401 - services: registers them
from app.api.aws import sagemaker as sagemaker_operations
from app.api.aws.protocols import PROTOCOLS, Answer, BadBody
from app.api.aws.registry import ServiceError
from app.api.aws.routing import Route, route
from app.api.aws.values import BadValue
from app.api.context import Context
from app.api.deps import get_context
from app.api.errors import aws_status
from app.errors import DomainError

log = logging.getLogger(__name__)
router = APIRouter()

# The code each service answers a request that breaks its input shape with.
VALIDATION_CODES = {
    "sagemaker": "ValidationException",
    "cloudwatch": "InvalidParameterValue",
    "logs": "InvalidParameterException",
    "sts": "ValidationError",
    "iam": "ValidationError",
}
UNKNOWN_OPERATION = {"json": "UnknownOperationException", "cbor": "UnknownOperationException"}
_validator = ParamValidator()


def dispatch(ctx: Context, found: Route, body: bytes, query: bytes, request_id: str) -> Answer:
    """One AWS request, whole: the answer or the error, never an exception."""
    protocol = PROTOCOLS[found.protocol]
    service = models.service_model(found.service) if found.service else None

    def fail(code: str, message: str, status: int = 400) -> Answer:
        return protocol.error(service, code, message, status, request_id)

    operation = registry.OPERATIONS.get((found.service or "", found.operation or ""))
    if operation is None:
        code = UNKNOWN_OPERATION.get(found.protocol, "InvalidAction")
        return fail(code, f"Unknown operation {found.target}".strip())
    model = models.operation_model(operation.service, operation.name)
    assert model is not None, f"{operation.service}.{operation.name} is not in botocore's model"
    invalid = VALIDATION_CODES.get(operation.service, "ValidationException")
    try:
        params = protocol.parse(model, body, query)
    except BadBody as error:
        return fail("SerializationException", str(error))
    except BadValue as error:
        return fail(invalid, str(error))
    if not operation.checks_input and model.input_shape is not None:
        report = _validator.validate(params, model.input_shape)
        if report.has_errors():
            return fail(invalid, report.generate_report())
    try:
        output = operation.handler(ctx, params)
    except ServiceError as error:
        return fail(error.code, error.message, error.status)
    except DomainError as error:
        return fail(error.code, error.message, aws_status(error))
    except Exception:
        log.exception("%s.%s failed", operation.service, operation.name)
        return fail("InternalFailure", "The request processing has failed.", 500)
    return protocol.answer(model, output or {}, request_id)


async def _serve(request: Request) -> Response:
    body = await request.body()
    headers = {name.lower(): value for name, value in request.headers.items()}
    found = route(request.method, request.url.path, headers, body)
    # A POST / that names no protocol: what SageMaker's JSON door always answered.
    found = found or Route("json", None, None, headers.get("x-amz-target", ""))
    request_id = request.scope.get("state", {}).get("request_id", "")
    # The services are synchronous (database sessions): off the event loop.
    answer = await run_in_threadpool(
        dispatch, get_context(request), found, body, request.url.query.encode(), request_id
    )
    return Response(answer.body, status_code=answer.status, headers=answer.headers)


CONTENT_TYPE = sagemaker_operations.CONTENT_TYPE


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
        description="SageMaker.<Operation>, one of: " + ", ".join(sagemaker_operations.OPERATIONS),
        examples=["SageMaker.DescribeHyperParameterTuningJob"],
    ),
) -> Response:
    """The SageMaker operations of the AWS JSON 1.1 protocol, named by `X-Amz-Target`
    (`SageMaker.CreateHyperParameterTuningJob`, ...): the body is the operation's input
    shape, the answer its output shape, as botocore's service model has them."""
    return await _serve(request)


@router.post("/service/{service}/operation/{operation}", include_in_schema=False)
async def rpc_v2(request: Request) -> Response:
    """Smithy RPC v2 CBOR (CloudWatch's first protocol in botocore's model)."""
    return await _serve(request)
