"""What the REST door's route modules share (rest.py: tuning and training jobs, tags;
hosting.py: models, endpoint configs, endpoints): the errors every route may answer, the
list routes' query parameters, how a read named in the path builds its wire model, and the
routes that only carry a body, a name or a query to an operation.

Decision: a create, a describe, a stop, a delete or a list route is written once per kind
(`body_route`, `read_route`, `action_route`, `list_route`), given its operation: the
operation's signature names the wire models (`operations.wire_models`), so a door names each
route's path, its OpenAPI operation id and description (and a list its query), nothing else.
The routes that add a shape or a parameter of their own (analytics, logs, metric points, a
tuning job's training jobs, tags by ARN, UpdateEndpoint) stay plain FastAPI functions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any, Literal, TypeVar, cast

from fastapi import APIRouter, Depends, Query, Response

from app.api import operations as op
from app.api.context import Context
from app.api.deps import ContextDep
from app.schemas_common import AwsModel

# Every route may answer these, in the one error shape; a route adds only its own (409, ...).
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": 'ValidationException or ResourceLimitExceeded: `{"__type", "message"}`'},
    404: {"description": "ResourceNotFound"},
}

MaxResults = Annotated[int, Query(alias="MaxResults", ge=1, le=100)]
NextToken = Annotated[str | None, Query(alias="NextToken", max_length=8192)]
SortOrder = Annotated[Literal["Ascending", "Descending"] | None, Query(alias="SortOrder")]
NameContains = Annotated[
    str | None, Query(alias="NameContains", max_length=63, pattern=r"^[a-zA-Z0-9\-]+$")
]
CreatedAfter = Annotated[datetime | None, Query(alias="CreationTimeAfter")]
CreatedBefore = Annotated[datetime | None, Query(alias="CreationTimeBefore")]


def list_filters(
    max_results: MaxResults = 10,
    next_token: NextToken = None,
    sort_order: SortOrder = None,
    name_contains: NameContains = None,
    creation_time_after: CreatedAfter = None,
    creation_time_before: CreatedBefore = None,
    last_modified_time_after: Annotated[
        datetime | None, Query(alias="LastModifiedTimeAfter")
    ] = None,
    last_modified_time_before: Annotated[
        datetime | None, Query(alias="LastModifiedTimeBefore")
    ] = None,
) -> dict[str, Any]:
    """The page, order, name and time filters the list operations share, under SageMaker's
    names; each route adds its own SortBy and StatusEquals (their values differ)."""
    return {
        "MaxResults": max_results,
        "NextToken": next_token,
        "SortOrder": sort_order,
        "NameContains": name_contains,
        "CreationTimeAfter": creation_time_after,
        "CreationTimeBefore": creation_time_before,
        "LastModifiedTimeAfter": last_modified_time_after,
        "LastModifiedTimeBefore": last_modified_time_before,
    }


ListFilters = Annotated[dict[str, Any], Depends(list_filters)]

Request = TypeVar("Request", bound=AwsModel)


def looked_up(model: type[Request], values: dict[str, Any]) -> Request:
    """The wire model of a read whose name is in the path, its name not checked against the
    model's rules (the query already is, by FastAPI).

    Decision: on REST, a GET of a name no resource can have is a resource that is not there,
    404 ResourceNotFound, as for any other missing resource (the AWS door answers AWS's
    ValidationException); a write named in the path checks the name (`operations.request`)."""
    # cast: the pydantic mypy plugin types model_construct on the bound, not the TypeVar
    return cast(Request, model.model_construct(**values))


Operation = Callable[[Context, Any], Any]


def body_route(
    router: APIRouter,
    path: str,
    operation: Operation,
    *,
    doc: str,
    status_code: int = 201,
    **options: Any,
) -> None:
    """POST `path`: the body is the operation's input (checked by FastAPI against its wire
    model), the operation's answer the response; 201, a create, unless `status_code`.
    `options` are FastAPI's (operation_id, tags, responses), as for the other two kinds."""
    model, answer = op.wire_models(operation)

    def endpoint(body: Any, ctx: ContextDep) -> Any:
        return operation(ctx, body)

    endpoint.__annotations__["body"] = model  # FastAPI reads the body's model from here
    _add(router, "POST", path, endpoint, operation, doc, response_model=answer,
         status_code=status_code, **options)  # fmt: skip


def read_route(
    router: APIRouter, path: str, operation: Operation, *, member: str, doc: str, **options: Any
) -> None:
    """GET `path`, whose `{name}` is the input's `member` (`looked_up`: a name no resource can
    have is one that is not there), answering the operation's answer without absent members."""
    model, answer = op.wire_models(operation)

    def endpoint(name: str, ctx: ContextDep) -> Any:
        return operation(ctx, looked_up(model, {member: name}))

    _add(router, "GET", path, endpoint, operation, doc, response_model=answer,
         response_model_exclude_none=True, **options)  # fmt: skip


def action_route(
    router: APIRouter,
    method: str,
    path: str,
    operation: Operation,
    *,
    member: str,
    doc: str,
    **options: Any,
) -> None:
    """`method path` (a stop or a delete), whose `{name}` is the input's `member`, checked
    (`operations.request`); 204 with no body."""
    model, _ = op.wire_models(operation)

    def endpoint(name: str, ctx: ContextDep) -> Response:
        operation(ctx, op.request(model, {member: name}))
        return Response(status_code=204)

    _add(router, method, path, endpoint, operation, doc, response_model=None, status_code=204,
         **options)  # fmt: skip


def list_route(
    router: APIRouter,
    path: str,
    operation: Operation,
    *,
    query: Callable[..., dict[str, Any]],
    doc: str,
    **options: Any,
) -> None:
    """GET `path`, a List: `query` (a FastAPI dependency: `list_query`, or a list's own) gives
    the input's members from the query string; answers without absent members."""
    model, answer = op.wire_models(operation)

    def endpoint(ctx: ContextDep, values: Any) -> Any:
        return operation(ctx, op.request(model, values))

    endpoint.__annotations__["values"] = Annotated[dict[str, Any], Depends(query)]
    _add(router, "GET", path, endpoint, operation, doc, response_model=answer,
         response_model_exclude_none=True, **options)  # fmt: skip


def list_query(*, sort_by: Any, status: Any) -> Callable[..., dict[str, Any]]:
    """The query of a List with the common filters (`list_filters`) and its own SortBy and
    StatusEquals values (`Literal[...]`: the OpenAPI document lists them)."""

    def query(
        filters: ListFilters, sort_by: Any = None, status_equals: Any = None
    ) -> dict[str, Any]:
        return {**filters, "SortBy": sort_by, "StatusEquals": status_equals}

    query.__annotations__["sort_by"] = Annotated[sort_by | None, Query(alias="SortBy")]
    query.__annotations__["status_equals"] = Annotated[status | None, Query(alias="StatusEquals")]
    return query


def _add(
    router: APIRouter,
    method: str,
    path: str,
    endpoint: Callable[..., Any],
    operation: Operation,
    doc: str,
    **options: Any,
) -> None:
    endpoint.__name__ = operation.__name__  # FastAPI's summary: "Describe Model"
    endpoint.__doc__ = doc  # the description
    router.add_api_route(path, endpoint, methods=[method], **options)
