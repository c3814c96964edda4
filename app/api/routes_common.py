"""What the REST door's route modules share (rest.py: tuning and training jobs, tags;
hosting.py: models, endpoint configs, endpoints): the errors every route may answer, the
list routes' query parameters, and how a read named in the path builds its wire model."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal, TypeVar, cast

from fastapi import Depends, Query

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
