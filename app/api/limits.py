"""Bounds on what a request may cost before any parser sees it: body size and JSON depth."""

from __future__ import annotations

import re

import numpy as np
from starlette.types import Message, Receive, Scope

MAX_JSON_DEPTH = 32  # SageMaker's deepest request shape nests 7 levels
# Past the limit, at most this much more is read and dropped before answering 413: a client
# still sending its body would otherwise see the connection reset instead of the answer.
DRAIN_BYTES = 8 * 1024 * 1024


class ClientGone(Exception):
    """The client disconnected before sending its whole body."""


class BodyTooLarge(Exception):
    def __init__(self, limit: int) -> None:
        super().__init__(f"The request body exceeds the limit of {limit} bytes")


def declared_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name.lower() == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None  # the server (h11) refuses such a request before we see it
    return None


async def read_body(scope: Scope, receive: Receive, limit: int) -> bytes:
    """The whole body, refused once it passes `limit` bytes: by its Content-Length before
    reading, and by counting while reading (a chunked body declares no length)."""
    declared = declared_length(scope)
    if declared is not None and declared > limit:
        if declared <= limit + DRAIN_BYTES:
            await _drain(receive, declared)
        raise BodyTooLarge(limit)
    chunks: list[bytes] = []
    size = 0
    more = True
    while more:
        message = await receive()
        if message["type"] != "http.request":
            raise ClientGone
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            await _drain(receive, limit + DRAIN_BYTES - size)
            raise BodyTooLarge(limit)
        chunks.append(chunk)
        more = message.get("more_body", False)
    return b"".join(chunks)


async def _drain(receive: Receive, budget: int) -> None:
    """Read and drop the rest of the body, up to about `budget` bytes."""
    while budget >= 0:
        message: Message = await receive()
        if message["type"] != "http.request" or not message.get("more_body", False):
            return
        budget -= len(message.get("body", b""))


# A JSON string, closing quote optional: always matches, so scanning is linear even for an
# unterminated string (whose tail the JSON parser will refuse without recursing into it).
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"?', re.S)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_STEPS = bytes.maketrans(b"[{]}", b"\x01\x01\xff\xff")


def too_deep(body: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether JSON text nests arrays/objects deeper than `limit` (strings are skipped).

    Python's json module recurses once per level; a body of 100,000 '[' would otherwise reach
    the parser. Linear time: strings removed by one regex pass, depth as a running sum."""
    brackets = _STRING.sub(b"", body).translate(None, _NOT_BRACKETS)
    if len(brackets) <= limit:
        return False
    steps = np.frombuffer(brackets.translate(_STEPS), dtype=np.int8)
    return int(np.cumsum(steps, dtype=np.int64).max()) > limit
