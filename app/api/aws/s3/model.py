"""botocore's `s3` model, and which of its operations a request is.

An operation matches when its method is the request's, its URI template addresses what the
request does (the service, a bucket, or a key), the literal query of its template
(`?uploads`, `?list-type=2`) is present, and so is every query and header member its input
requires (UploadPart's `partNumber` and `uploadId`, CopyObject's `x-amz-copy-source`). Of the
matches the most specific wins: UploadPartCopy over UploadPart over CopyObject over PutObject.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import parse_qsl

import botocore.session
from botocore.model import OperationModel, ServiceModel


@dataclass(frozen=True)
class Route:
    operation: OperationModel
    method: str
    target: str  # "service", "bucket" or "key"
    literal_query: tuple[tuple[str, str | None], ...]
    required_query: tuple[str, ...]
    required_headers: tuple[str, ...]

    @property
    def specificity(self) -> int:
        return len(self.literal_query) + len(self.required_query) + len(self.required_headers)


@lru_cache(maxsize=1)
def service_model() -> ServiceModel:
    return botocore.session.get_session().get_service_model("s3")


@lru_cache(maxsize=1)
def routes() -> tuple[Route, ...]:
    model = service_model()
    found = []
    for name in model.operation_names:
        operation = model.operation_model(name)
        path, _, query = operation.http["requestUri"].partition("?")
        if "{Key+}" in path:
            target = "key"
        elif "{Bucket}" in path:
            target = "bucket"
        elif path == "/":
            target = "service"
        else:
            continue  # WriteGetObjectResponse: an S3 Object Lambda host, not a bucket's
        literal = tuple(
            (key, value if "=" in part else None)
            for part in query.split("&")
            if part
            for key, _, value in [part.partition("=")]
        )
        shape = operation.input_shape
        required_query: list[str] = []
        required_headers: list[str] = []
        if shape is not None:
            for member_name in shape.required_members:
                member = shape.members[member_name]
                location = member.serialization.get("location")
                wire = member.serialization.get("name", member_name)
                if location == "querystring":
                    required_query.append(wire)
                elif location == "header":
                    required_headers.append(wire.lower())
        found.append(
            Route(
                operation,
                operation.http["method"],
                target,
                literal,
                tuple(required_query),
                tuple(required_headers),
            )
        )
    return tuple(found)


def match(
    method: str, target: str, query: dict[str, list[str]], headers: set[str]
) -> tuple[OperationModel | None, bool]:
    """(the operation, True) for a request; (None, True) when the path is known but not the
    method (MethodNotAllowed), (None, False) when nothing matches at all."""
    best: Route | None = None
    path_known = False
    for route in routes():
        if route.target != target:
            continue
        if not all(
            key in query and (value is None or value in query[key])
            for key, value in route.literal_query
        ):
            continue
        if not all(name in query for name in route.required_query):
            continue
        if not all(name in headers for name in route.required_headers):
            continue
        path_known = True
        if route.method != method:
            continue
        if best is None or route.specificity > best.specificity:
            best = route
    return (best.operation if best else None), path_known


def parse_query(raw: bytes) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for key, value in parse_qsl(raw.decode("latin-1"), keep_blank_values=True, encoding="utf-8"):
        found.setdefault(key, []).append(value)
    return found
