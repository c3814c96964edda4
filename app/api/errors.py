"""One error shape for both doors: {"__type": code, "message": text}, AWS's status codes."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.errors import DomainError

log = logging.getLogger(__name__)


def error_response(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"__type": code, "message": message}, status_code=status)


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

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, error: Exception) -> JSONResponse:
        log.exception("unexpected error")
        return error_response(500, "InternalFailure", "An internal error occurred")
