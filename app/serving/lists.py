"""ListModels and ListEndpointConfigs: NameContains, the creation-time bounds, Name or
CreationTime order (newest first by default, as AWS) and NextToken pages."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import as_utc
from app.db.models import EndpointConfig, Model
from app.pagination import page_of
from app.serving.schemas import ListEndpointConfigsResponse, ListModelsResponse


def list_models(session: Session, params: dict[str, Any]) -> ListModelsResponse:
    rows, token = _list_named(session, Model, params, list_of="models")
    return ListModelsResponse.model_validate(
        {
            "Models": [
                {"ModelName": m.name, "ModelArn": m.arn, "CreationTime": m.creation_time}
                for m in rows
            ],
            "NextToken": token,
        }
    )


def list_endpoint_configs(session: Session, params: dict[str, Any]) -> ListEndpointConfigsResponse:
    rows, token = _list_named(session, EndpointConfig, params, list_of="endpoint-configs")
    return ListEndpointConfigsResponse.model_validate(
        {
            "EndpointConfigs": [
                {
                    "EndpointConfigName": c.name,
                    "EndpointConfigArn": c.arn,
                    "CreationTime": c.creation_time,
                }
                for c in rows
            ],
            "NextToken": token,
        }
    )


def _list_named(
    session: Session, model: Any, params: dict[str, Any], *, list_of: str
) -> tuple[list[Any], str | None]:
    """NameContains and the creation-time bounds (exclusive), sorted by Name or CreationTime,
    newest first by default (AWS's default for both lists)."""
    query = select(model)
    if params.get("NameContains"):
        query = query.where(model.name.icontains(params["NameContains"], autoescape=True))
    after, before = (
        as_utc(params.get("CreationTimeAfter")),
        as_utc(params.get("CreationTimeBefore")),
    )
    if after is not None:
        query = query.where(model.creation_time > after)
    if before is not None:
        query = query.where(model.creation_time < before)
    sort = model.name if params.get("SortBy") == "Name" else model.creation_time
    return page_of(
        session, query, params, sort=sort, row_id=model.id, list_of=list_of,
        default_order="Descending",
    )  # fmt: skip
