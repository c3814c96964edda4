"""REST-XML bindings from botocore's model: a request's input values, a result's response.

Input members are read from where the model binds them (`uri`, `querystring`, `header`,
`headers` prefix maps, the payload); output members are written the same way. Handlers only
ever see and return plain values keyed by the model's member names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any

from botocore.model import OperationModel, Shape, StructureShape

from app.api.aws.s3 import xmlcodec
from app.api.aws.s3.errors import S3Error, invalid_argument

# S3's root elements for output documents (the model names the shape, not the element).
ROOT_ELEMENTS = {
    "ListBuckets": "ListAllMyBucketsResult",
    "ListObjects": "ListBucketResult",
    "ListObjectsV2": "ListBucketResult",
    "GetBucketLocation": "LocationConstraint",
    "CreateMultipartUpload": "InitiateMultipartUploadResult",
    "CompleteMultipartUpload": "CompleteMultipartUploadResult",
    "DeleteObjects": "DeleteResult",
    "ListParts": "ListPartsResult",
    "ListMultipartUploads": "ListMultipartUploadsResult",
}


@dataclass
class Incoming:
    """What the bindings are read from."""

    uri: dict[str, str]
    query: dict[str, list[str]]
    headers: list[tuple[str, str]]  # lower-case names, in order

    def header(self, name: str) -> str | None:
        values = [v for k, v in self.headers if k == name]
        return ",".join(values) if values else None


@dataclass
class Result:
    """A handler's answer: output values, and a status when not the model's default."""

    values: dict[str, Any] = field(default_factory=dict)
    status: int | None = None


def parse_input(operation: OperationModel, incoming: Incoming) -> dict[str, Any]:
    """The input values bound outside the payload (the payload is the handler's to read)."""
    shape = operation.input_shape
    values: dict[str, Any] = {}
    if shape is None:
        return values
    for name, member in shape.members.items():
        location = member.serialization.get("location")
        wire = member.serialization.get("name", name)
        if location == "uri":
            if name in incoming.uri:
                values[name] = incoming.uri[name]
        elif location == "querystring":
            found = incoming.query.get(wire)
            if found:
                values[name] = _from_text(
                    member, found if member.type_name == "list" else found[0], wire
                )
        elif location == "header":
            text = incoming.header(wire.lower())
            if text is not None:
                values[name] = _from_header(member, text, wire)
        elif location == "headers":
            prefix = wire.lower()
            values[name] = {
                key[len(prefix) :]: value
                for key, value in incoming.headers
                if key.startswith(prefix)
            }
    return values


def _from_text(shape: Shape, raw: Any, wire: str) -> Any:
    if shape.type_name == "list":
        return [_from_text(shape.member, item, wire) for item in raw]
    if shape.type_name in ("integer", "long"):
        try:
            return int(raw)
        except ValueError:
            raise invalid_argument(f"{wire} must be an integer", wire, raw) from None
    if shape.type_name == "boolean":
        return raw.lower() == "true"
    if shape.type_name == "timestamp":
        return _timestamp(raw)
    return raw


def _from_header(shape: Shape, text: str, wire: str) -> Any:
    if shape.type_name == "list":
        return [part.strip() for part in text.split(",") if part.strip()]
    if shape.type_name == "timestamp":
        # A conditional with a date that is no date is ignored (RFC 9110 and S3 alike).
        return _timestamp(text)
    return _from_text(shape, text.strip(), wire)


def _timestamp(text: str) -> datetime | None:
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def parse_payload(operation: OperationModel, body: bytes) -> tuple[str, dict[str, Any]] | None:
    """(member name, value) of an XML payload structure; None when the input has none."""
    shape = operation.input_shape
    if shape is None or "payload" not in shape.serialization:
        return None
    name = shape.serialization["payload"]
    member = shape.members[name]
    if not isinstance(member, StructureShape):
        return None
    if not body.strip():
        if name in shape.required_members:
            raise S3Error(
                "MalformedXML",
                "The XML you provided was not well-formed or did not validate against our "
                "published schema",
            )
        return name, {}
    return name, xmlcodec.parse(member, body)


def streaming_payload(operation: OperationModel) -> bool:
    """Whether the input's payload is a byte stream (PutObject's and UploadPart's Body)."""
    shape = operation.input_shape
    if shape is None or "payload" not in shape.serialization:
        return False
    return shape.members[shape.serialization["payload"]].type_name == "blob"


def output_headers(operation: OperationModel, values: dict[str, Any]) -> list[tuple[str, str]]:
    shape = operation.output_shape
    found: list[tuple[str, str]] = []
    if shape is None:
        return found
    for name, member in shape.members.items():
        value = values.get(name)
        if value is None:
            continue
        location = member.serialization.get("location")
        wire = member.serialization.get("name", name)
        if location == "header":
            found.append((wire, _header_text(member, value)))
        elif location == "headers":
            found.extend((f"{wire}{key}", str(text)) for key, text in value.items())
    return found


def _header_text(shape: Shape, value: Any) -> str:
    if shape.type_name == "timestamp":
        moment = value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
        if shape.serialization.get("timestampFormat") == "iso8601":
            return xmlcodec.text_of(shape, moment)
        return format_datetime(moment, usegmt=True)
    if shape.type_name == "list":
        return ",".join(str(v) for v in value)
    return xmlcodec.text_of(shape, value)


def output_body(operation: OperationModel, values: dict[str, Any]) -> bytes | None:
    """The XML document of an output (None when it has no body, or streams one)."""
    shape = operation.output_shape
    if shape is None:
        return None
    payload = shape.serialization.get("payload")
    if payload is not None:
        member = shape.members[payload]
        if not isinstance(member, StructureShape):
            return None  # a streaming blob: the app sends it
        root = member.serialization.get("name", payload)
        return xmlcodec.document(root, member, values.get(payload) or {})
    if not any("location" not in m.serialization for m in shape.members.values()):
        return None
    return xmlcodec.document(ROOT_ELEMENTS.get(operation.name, shape.name), shape, values)
