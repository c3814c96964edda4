"""Values between the wire and a handler, walked along a botocore shape.

Each protocol spells scalars its own way (JSON: epoch numbers and base64; CBOR: tags and byte
strings; query: strings for everything); structures, lists and maps are walked the same for
all of them. The inbound walk turns a parsed body into a handler's values (timestamps as aware
datetimes, blobs as bytes; unknown members kept for the validator to refuse); the outbound
walk turns a handler's answer into what the protocol's encoder writes, keeping only the
members the shape has (the model is the contract: an extra key a handler returns never
reaches a client).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from botocore.model import Shape
from botocore.utils import parse_timestamp

Scalar = Callable[[Shape, Any], Any]


class BadValue(ValueError):
    """A value the shape cannot take (a timestamp that is no time, a blob that is no base64)."""


def walk(shape: Shape, value: Any, scalar: Scalar, *, unknown: bool = False) -> Any:
    """`value` with every scalar passed through `scalar(shape, value)`. Members not in a
    structure's shape are left out, or with `unknown` kept as they are (a request's, for the
    validator to name)."""
    kind = shape.type_name
    if kind == "structure":
        if not isinstance(value, dict):
            return value  # the validator reports the type
        members = shape.members
        return {
            name: walk(members[name], item, scalar, unknown=unknown) if name in members else item
            for name, item in value.items()
            if (name in members or unknown) and item is not None
        }
    if kind == "list":
        if not isinstance(value, list):
            return value
        member = shape.member
        return [walk(member, item, scalar, unknown=unknown) for item in value]
    if kind == "map":
        if not isinstance(value, dict):
            return value
        key, item = shape.key, shape.value
        return {
            walk(key, k, scalar, unknown=unknown): walk(item, v, scalar, unknown=unknown)
            for k, v in value.items()
        }
    return scalar(shape, value)


def to_datetime(value: Any) -> datetime:
    """A timestamp in any form AWS's protocols send one: a datetime, epoch seconds, ISO 8601."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, bool):
        raise BadValue(f"not a timestamp: {value!r}")
    try:
        return parse_timestamp(value).astimezone(UTC)
    # botocore tries every reading it knows and raises RuntimeError when none fits (e.g.
    # -1.79e308 epoch seconds); OverflowError and OSError come from the platform's time.
    except (ValueError, TypeError, OverflowError, OSError, RuntimeError) as error:
        raise BadValue(f"not a timestamp: {str(value)[:40]!r}") from error


def json_inbound(shape: Shape, value: Any) -> Any:
    """JSON 1.0/1.1's scalars: timestamps as epoch seconds (or ISO strings), blobs base64."""
    if shape.type_name == "timestamp" and value is not None:
        return to_datetime(value)
    if shape.type_name == "blob" and isinstance(value, str):
        try:
            return base64.b64decode(value, validate=True)
        except binascii.Error as error:
            raise BadValue(f"not base64: {value[:40]!r}") from error
    return value


def json_outbound(shape: Shape, value: Any) -> Any:
    if isinstance(value, datetime):
        return value.timestamp()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode()
    return value


def cbor_inbound(shape: Shape, value: Any) -> Any:
    """RPC v2 CBOR's scalars: timestamps tagged epoch seconds (cbor2 decodes tag 1 to a
    datetime), blobs byte strings."""
    if shape.type_name == "timestamp" and value is not None:
        return to_datetime(value)
    return value


def cbor_outbound(shape: Shape, value: Any) -> Any:
    return value  # the encoder writes datetimes as tag 1 and bytes as byte strings
