"""Opaque NextToken pagination by keyset.

A token carries where the previous page ended (its last row's sort value and id) and a digest
of that position and of the query it belongs to: a token of another query, or one edited by
hand, is refused. Keyset rather than offset because lists are read while jobs run: a training
job launched between two pages, or one whose status changes under SortBy=Status, shifts every
later row of an offset list, so a client walking the pages would miss or repeat jobs that did
not change at all. Here only the row that moved can be missed or repeated.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.clock import as_utc
from app.errors import ValidationError

INVALID = "NextToken: invalid pagination token"


def _digest(position: list[Any], query: dict[str, Any]) -> str:
    text = json.dumps({"after": position, "query": query}, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _dump(value: Any) -> Any:
    return ["datetime", value.isoformat()] if isinstance(value, datetime) else value


def _load(value: Any) -> Any:
    if isinstance(value, list) and len(value) == 2 and value[0] == "datetime":
        moment = datetime.fromisoformat(value[1])
        if moment.tzinfo is None:
            raise ValueError("naive datetime")
        return moment
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValueError("not a sort value")
    return value


def encode_token(value: Any, row_id: int, query: dict[str, Any]) -> str:
    position = [_dump(value), row_id]
    payload = json.dumps({"after": position, "q": _digest(position, query)})
    return base64.urlsafe_b64encode(payload.encode()).decode()


def decode_token(token: str, query: dict[str, Any]) -> tuple[Any, int]:
    """The (sort value, id) a NextToken continues after. A token of another query is refused."""
    try:
        payload = json.loads(base64.urlsafe_b64decode(token.encode()))
        position, digest = payload["after"], payload["q"]
        value, row_id = position
        value = _load(value)
    except (binascii.Error, ValueError, KeyError, TypeError, RecursionError):
        raise ValidationError(INVALID) from None
    if isinstance(row_id, bool) or not isinstance(row_id, int):
        raise ValidationError(INVALID)
    if digest != _digest(position, query):
        raise ValidationError("NextToken: the token does not belong to this request")
    return value, row_id


def paginate(
    session: Session,
    query: Select[Any],
    *,
    sort: InstrumentedAttribute[Any],
    row_id: InstrumentedAttribute[int],
    descending: bool,
    max_results: int,
    token: str | None,
    fingerprint: dict[str, Any],
) -> tuple[list[Any], str | None]:
    """One page of `query` ordered by (sort, id), and the NextToken when more rows follow.

    `fingerprint` is everything that defines the query (filters, sort, list and parent); a
    token is only accepted by the query it came from. MaxResults may change between pages.
    """
    if token:
        value, last_id = decode_token(token, fingerprint)
        if descending:
            after = or_(sort < value, and_(sort == value, row_id < last_id))
        else:
            after = or_(sort > value, and_(sort == value, row_id > last_id))
        query = query.where(after)
    query = query.order_by(
        sort.desc() if descending else sort.asc(), row_id.desc() if descending else row_id.asc()
    )
    rows = list(session.scalars(query.limit(max_results + 1)))
    if len(rows) <= max_results:
        return rows, None
    last = rows[max_results - 1]
    return rows[:max_results], encode_token(
        getattr(last, sort.key), getattr(last, row_id.key), fingerprint
    )


def page_of(
    session: Session,
    query: Select[Any],
    params: dict[str, Any],
    *,
    sort: InstrumentedAttribute[Any],
    row_id: InstrumentedAttribute[int],
    list_of: str,
    default_order: str = "Ascending",
) -> tuple[list[Any], str | None]:
    """`paginate` driven by a List request's own fields (NextToken, MaxResults, SortOrder);
    every other field, with `list_of`, is the query a token belongs to."""
    filters = {k: v for k, v in params.items() if k not in ("NextToken", "MaxResults")}
    return paginate(
        session,
        query,
        sort=sort,
        row_id=row_id,
        descending=(params.get("SortOrder") or default_order) == "Descending",
        max_results=params.get("MaxResults") or 10,
        token=params.get("NextToken"),
        fingerprint={**filters, "list": list_of},
    )


def common_filters(query: Select[Any], model: Any, params: dict[str, Any]) -> Select[Any]:
    """The filters both list operations share: NameContains (case-insensitive on every
    database, as names are), StatusEquals, and the four time bounds (exclusive, in UTC)."""
    if params.get("NameContains"):
        query = query.where(model.name.icontains(params["NameContains"], autoescape=True))
    if params.get("StatusEquals"):
        query = query.where(model.status == params["StatusEquals"])
    # Columns by name, read only for a bound the request gives: a list without modified-time
    # bounds (ListModels, ListEndpointConfigs) is of rows without that column.
    for key, name, after in (
        ("CreationTimeAfter", "creation_time", True),
        ("CreationTimeBefore", "creation_time", False),
        ("LastModifiedTimeAfter", "last_modified_time", True),
        ("LastModifiedTimeBefore", "last_modified_time", False),
    ):
        moment = as_utc(params.get(key))
        if moment is not None:
            column = getattr(model, name)
            query = query.where(column > moment if after else column < moment)
    return query


# SortBy values of SageMaker's List operations, by the column each sorts on.
SORT_COLUMNS = {
    "Name": "name",
    "CreationTime": "creation_time",
    "Status": "status",
    "FinalObjectiveMetricValue": "final_objective",
}


def listed(
    session: Session,
    model: Any,
    params: dict[str, Any],
    *,
    default_sort: str,
    list_of: str,
    query: Select[Any] | None = None,
    default_order: str = "Ascending",
) -> tuple[list[Any], str | None]:
    """One page of a List operation over `model`'s rows: the common filters, then sorted by
    the request's SortBy (or `default_sort`) in its SortOrder (or `default_order`), with its
    NextToken."""
    query = common_filters(query if query is not None else select(model), model, params)
    sort = getattr(model, SORT_COLUMNS[params.get("SortBy") or default_sort])
    return page_of(
        session,
        query,
        params,
        sort=sort,
        row_id=model.id,
        list_of=list_of,
        default_order=default_order,
    )
