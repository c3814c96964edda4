"""One error shape for both doors: {"__type": code, "message": text}, AWS's status codes."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.api.request_id import HEADER as REQUEST_ID_HEADER
from app.db.retry import is_transient
from app.errors import DomainError

log = logging.getLogger(__name__)


def error_response(
    status: int, code: str, message: str, *, media_type: str | None = None
) -> JSONResponse:
    return JSONResponse(
        {"__type": code, "message": message}, status_code=status, media_type=media_type
    )


def aws_status(error: DomainError) -> int:
    """The AWS door's status: SageMaker's model gives its exceptions no HTTP status, so AWS's
    JSON protocol answers every client error (ResourceNotFound and ResourceInUse included)
    with 400, and its own faults with 500. The REST door keeps 404 and 409."""
    return 500 if error.status >= 500 else 400


def describe_validation_errors(errors: list[dict[str, Any]]) -> str:
    """Pydantic's errors as 'Field.Path[0].Name: problem' (SageMaker's names), joined."""
    parts = []
    for error in errors[:5]:
        kind = error.get("type")
        if kind == "json_invalid":  # loc is ("body", <character offset>), not a field
            detail = (error.get("ctx") or {}).get("error", "invalid JSON")
            position = error.get("loc", ("body", 0))[-1]
            parts.append(f"body: malformed JSON at character {position}: {detail}")
            continue
        location = [str(p) for p in error.get("loc", ()) if p not in ("body", "query", "path")]
        path = ""
        for part in location:
            path += f"[{part}]" if part.isdigit() else (f".{part}" if path else part)
        message = error.get("msg", "invalid value")
        if kind == "missing":
            message = "required field is missing" if path else "a JSON request body is required"
        elif kind == "extra_forbidden":
            message = "unknown field"
        elif kind in ("model_attributes_type", "model_type", "dict_type"):
            message = "must be a JSON object"
        parts.append(f"{path or 'body'}: {message}")
    more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
    return "; ".join(parts) + more


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(DomainError)
    async def _domain(_: Request, error: DomainError) -> JSONResponse:
        return error_response(error.status, error.code, error.message)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, error: RequestValidationError) -> JSONResponse:
        return error_response(
            400, "ValidationException", describe_validation_errors(list(error.errors()))
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, error: StarletteHTTPException) -> JSONResponse:
        code = {404: "UnknownOperationException", 405: "UnknownOperationException"}.get(
            error.status_code, "ValidationException"
        )
        return error_response(error.status_code, code, str(error.detail))

    @app.exception_handler(DBAPIError)
    async def _database(_: Request, error: DBAPIError) -> JSONResponse:
        if is_transient(error):  # clients (boto3 included) retry a 503
            log.warning("database unavailable: %s", error.orig)
            return error_response(503, "ServiceUnavailable", "The database is unavailable; retry")
        log.exception("unexpected database error")
        return error_response(500, "InternalFailure", "An internal error occurred")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, error: Exception) -> JSONResponse:
        # Rendered by Starlette's outermost middleware, outside RequestIdMiddleware: the
        # request id is set here.
        request_id = getattr(request.state, "request_id", None)
        log.exception("unexpected error (request %s)", request_id)
        response = error_response(500, "InternalFailure", "An internal error occurred")
        if request_id:
            response.headers[REQUEST_ID_HEADER] = request_id
        return response
