"""Opaque NextToken pagination: the token carries the offset and the query it belongs to."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from typing import Any

from app.errors import ValidationError


def _fingerprint(query: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(query, sort_keys=True, default=str).encode()).hexdigest()[:16]


def encode_token(offset: int, query: dict[str, Any]) -> str:
    payload = json.dumps({"o": offset, "q": _fingerprint(query)})
    return base64.urlsafe_b64encode(payload.encode()).decode()


def decode_token(token: str | None, query: dict[str, Any]) -> int:
    """The offset a NextToken stands for; 0 without one. A token from another query is refused."""
    if not token:
        return 0
    try:
        payload = json.loads(base64.urlsafe_b64decode(token.encode()))
        offset, fingerprint = int(payload["o"]), payload["q"]
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise ValidationError("NextToken: invalid pagination token") from None
    if offset < 0 or fingerprint != _fingerprint(query):
        raise ValidationError("NextToken: the token does not belong to this request")
    return offset


def page(
    rows: list[Any], offset: int, max_results: int, query: dict[str, Any]
) -> tuple[list[Any], str | None]:
    """`rows` holds up to max_results + 1 rows fetched from `offset`: the extra one says more exist."""
    if len(rows) > max_results:
        return rows[:max_results], encode_token(offset + max_results, query)
    return rows, None
