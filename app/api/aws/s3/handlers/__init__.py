"""S3's operations on openamt's object store, one function per operation of botocore's model.

A handler takes the input values the protocol parsed (member names as keys) and returns a
`Result` of output values; file-system work runs in a worker thread (`Context.run`).
Operations the model has but openamt does not serve answer NotImplemented.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from anyio import to_thread
from starlette.types import Receive

from app.api.aws.s3 import body
from app.api.aws.s3.protocol import Result
from app.api.aws.s3.sigv4 import Verified
from app.config import Settings
from app.objects import ObjectStore, Staged
from app.objects.multipart import Uploads

T = TypeVar("T")


@dataclass
class Context:
    store: ObjectStore
    uploads: Uploads
    settings: Settings
    receive: Receive
    headers: dict[str, str]  # lower-case names; repeated headers joined by ","
    verified: Verified | None

    async def run(self, function: Callable[..., T], *args: Any) -> T:
        return await to_thread.run_sync(lambda: function(*args))

    async def receive_body(self, staged: Staged, sdk_algorithm: str | None) -> body.Received:
        plan = body.plan(self.headers, self.verified, sdk_algorithm)
        return await body.receive_into(self.receive, staged, plan)


Handler = Callable[[Context, dict[str, Any]], Awaitable[Result]]
HANDLERS: dict[str, Handler] = {}


def handles(name: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        HANDLERS[name] = handler
        return handler

    return register


def load() -> dict[str, Handler]:
    """Every handler, registered by importing its module."""
    from app.api.aws.s3.handlers import buckets, multipart, objects  # noqa: F401

    return HANDLERS
