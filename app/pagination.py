"""Opaque NextToken pagination by keyset.

A token carries where the previous page ended (its last row's sort value and the unique
column that breaks ties: the id, or a tuning job's launch sequence) and a digest of that
position and of the query it belongs to: a token of another query, or one edited by hand, is
refused. Keyset rather than offset because lists are read while jobs run: a training
job launched between two pages, or one whose status changes under SortBy=Status, shifts every
later row of an offset list, so a client walking the pages would miss or repeat jobs that did
not change at all. Here only the row that moved can be missed or repeated.

A page is the next rows of an index (app/db/models.py has one per order, ending in the column
that breaks ties), read from where the token left off: its cost does not grow with the list.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, literal, select, tuple_
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
    """One page of `query` ordered by (sort, row_id), and the NextToken when more rows follow.

    `row_id` is a unique integer column that breaks the ties of `sort`: the id, or a column
    whose index serves the order better (app/db/models.py). `fingerprint` is everything that
    defines the query (filters, sort, list and parent); a token is only accepted by the query it
    came from. MaxResults may change between pages.
    """
    if token:
        value, last_id = decode_token(token, fingerprint)
        query = query.where(_after(sort, row_id, value, last_id, descending=descending))
    order = [row_id] if sort is row_id else [sort, row_id]
    query = query.order_by(*(column.desc() if descending else column.asc() for column in order))
    rows = list(session.scalars(query.limit(max_results + 1)))
    if len(rows) <= max_results:
        return rows, None
    last = rows[max_results - 1]
    return rows[:max_results], encode_token(
        getattr(last, sort.key), getattr(last, row_id.key), fingerprint
    )


def _after(
    sort: InstrumentedAttribute[Any],
    row_id: InstrumentedAttribute[int],
    value: Any,
    last_id: int,
    *,
    descending: bool,
) -> ColumnElement[bool]:
    """The rows after (value, last_id) in the list's order: a row value, not or_(sort > v,
    and_(sort == v, id > last)), which SQLite and PostgreSQL both read as where to start in the
    (..., sort, row_id) index (app/db/models.py); the or_ form has them scan from the first
    row (SQLite, with a rowid as row_id: from the first of the rows that tie)."""
    if sort is row_id:
        return row_id < last_id if descending else row_id > last_id
    position = tuple_(sort, row_id)
    start = tuple_(literal(value, sort.type), literal(last_id, row_id.type))
    return position < start if descending else position > start


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


def sort_column(model: Any, params: dict[str, Any], *, default_sort: str, row_id: Any) -> Any:
    """The column a List request sorts `model`'s rows on: its SortBy's, or `row_id` (the tie
    breaker) when StatusEquals leaves one status to sort by. SQLite reads a row value whose
    first column an equality fixes as a range of that column, and would sort the rows."""
    sort_by = params.get("SortBy") or default_sort
    if sort_by == "Status" and params.get("StatusEquals"):
        return row_id
    return getattr(model, SORT_COLUMNS[sort_by])


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
    return page_of(
        session,
        query,
        params,
        sort=sort_column(model, params, default_sort=default_sort, row_id=model.id),
        row_id=model.id,
        list_of=list_of,
        default_order=default_order,
    )
