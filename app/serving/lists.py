"""ListModels and ListEndpointConfigs: NameContains, the creation-time bounds, Name or
CreationTime order (newest first by default, as AWS) and NextToken pages."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.db.models import EndpointConfig, Model
from app.pagination import listed
from app.serving.schemas import ListEndpointConfigsResponse, ListModelsResponse


def list_models(session: Session, params: dict[str, Any]) -> ListModelsResponse:
    rows, token = _newest_first(session, Model, params, list_of="models")
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
    rows, token = _newest_first(session, EndpointConfig, params, list_of="endpoint-configs")
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


def _newest_first(
    session: Session, model: Any, params: dict[str, Any], *, list_of: str
) -> tuple[list[Any], str | None]:
    """Their members are a subset of the common filters (no StatusEquals, no modified-time
    bounds); sorted by CreationTime, newest first, unless the request says otherwise (AWS's
    default for both lists)."""
    return listed(
        session,
        model,
        params,
        default_sort="CreationTime",
        list_of=list_of,
        default_order="Descending",
    )
