"""The wire forms of AWS's RPC protocols: JSON 1.0/1.1, Smithy RPC v2 CBOR, and query.

Each protocol parses an operation's input from a request, writes its output, and writes an
error the way botocore's parser for that protocol reads one. All three are driven by the
operation's shapes in botocore's model (`values.walk`), so an operation is written once.

Errors, as botocore reads them:
- JSON and CBOR: `{"__type": <error shape name>, "message": ...}`. For services marked
  `awsQueryCompatible` (CloudWatch) the query-era code rides in `x-amzn-query-error:
  <Code>;<Sender|Receiver>`, which botocore prefers over `__type`.
- query: `<ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>`.
"""

from __future__ import annotations

import base64
import binascii
import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from typing import Any, Protocol
from urllib.parse import parse_qsl

import cbor2
from botocore.model import OperationModel, ServiceModel, Shape

from app.api.aws import values
from app.api.aws.registry import Values
from app.api.aws.s3.xmlcodec import xml_text


class BadBody(ValueError):
    """A body the protocol cannot read: not JSON, not CBOR, not a structure."""


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


class WireProtocol(Protocol):
    name: str

    def parse(self, operation: OperationModel, body: bytes, query: bytes) -> Values: ...

    def answer(self, operation: OperationModel, output: Values, request_id: str) -> Answer: ...

    def error(
        self, service: ServiceModel | None, code: str, message: str, status: int, request_id: str
    ) -> Answer: ...


@cache
def _error_shapes(service: ServiceModel) -> dict[str, str]:
    """An error's code (the query-era `error.code` where the model has one, else the shape's
    name) to the name of its shape."""
    found: dict[str, str] = {}
    for shape in service.error_shapes:
        found.setdefault(shape.metadata.get("error", {}).get("code", shape.name), shape.name)
        found.setdefault(shape.name, shape.name)
    return found


def _fault(status: int) -> str:
    return "Receiver" if status >= 500 else "Sender"


# --- JSON 1.0 / 1.1 and RPC v2 CBOR ------------------------------------------------------------


class _Document:
    """What JSON and CBOR share: a body that is one structure, errors as `__type`."""

    name = ""

    def decode(self, body: bytes) -> Any:
        raise NotImplementedError

    def encode(self, value: Any) -> bytes:
        raise NotImplementedError

    def content_type(self, service: ServiceModel | None) -> str:
        raise NotImplementedError

    inbound: values.Scalar = staticmethod(values.json_inbound)
    outbound: values.Scalar = staticmethod(values.json_outbound)
    extra_headers: dict[str, str] = {}

    def parse(self, operation: OperationModel, body: bytes, query: bytes) -> Values:
        payload = self.decode(body) if body.strip() else {}
        if not isinstance(payload, dict):
            raise BadBody("The request body must be a structure (an object)")
        shape = operation.input_shape
        return values.walk(shape, payload, self.inbound, unknown=True) if shape else payload

    def answer(self, operation: OperationModel, output: Values, request_id: str) -> Answer:
        shape = operation.output_shape
        document = values.walk(shape, output, self.outbound) if shape is not None else {}
        return Answer(200, self.encode(document), self._headers(operation.service_model))

    def error(
        self, service: ServiceModel | None, code: str, message: str, status: int, request_id: str
    ) -> Answer:
        headers = self._headers(service)
        kind = code
        if service is not None:
            kind = _error_shapes(service).get(code, code)
            if "awsQueryCompatible" in service.metadata:
                headers["x-amzn-query-error"] = f"{code};{_fault(status)}"
        return Answer(status, self.encode({"__type": kind, "message": message}), headers)

    def _headers(self, service: ServiceModel | None) -> dict[str, str]:
        return {"Content-Type": self.content_type(service), **self.extra_headers}


class JsonProtocol(_Document):
    name = "json"

    def decode(self, body: bytes) -> Any:
        try:
            return json.loads(body)
        except (ValueError, RecursionError) as error:
            raise BadBody(f"The request body is not JSON: {error}") from error

    def encode(self, value: Any) -> bytes:
        return json.dumps(value, separators=(",", ":")).encode()

    def content_type(self, service: ServiceModel | None) -> str:
        version = service.metadata.get("jsonVersion", "1.1") if service else "1.1"
        return f"application/x-amz-json-{version}"


class CborProtocol(_Document):
    name = "cbor"
    inbound = staticmethod(values.cbor_inbound)
    outbound = staticmethod(values.cbor_outbound)
    extra_headers = {"smithy-protocol": "rpc-v2-cbor"}

    def decode(self, body: bytes) -> Any:
        try:
            return cbor2.loads(body)
        except (cbor2.CBORDecodeError, ValueError, RecursionError) as error:
            raise BadBody(f"The request body is not CBOR: {error}") from error

    def encode(self, value: Any) -> bytes:
        return bytes(cbor2.dumps(value, datetime_as_timestamp=True, timezone=UTC))

    def content_type(self, service: ServiceModel | None) -> str:
        return "application/cbor"


# --- query ---------------------------------------------------------------------------------------


def _query_name(shape: Shape, default: str) -> str:
    return str(shape.serialization.get("name", default))


def _query_scalar(shape: Shape, text: str) -> Any:
    kind = shape.type_name
    try:
        if kind in ("integer", "long"):
            return int(text)
        if kind in ("float", "double"):
            return float(text)
    except ValueError as error:
        raise values.BadValue(f"not a number: {text[:40]!r}") from error
    if kind == "boolean":
        if text not in ("true", "false"):
            raise values.BadValue(f"not a boolean: {text[:40]!r}")
        return text == "true"
    if kind == "timestamp":
        return values.to_datetime(text)
    if kind == "blob":
        try:
            return base64.b64decode(text, validate=True)
        except binascii.Error as error:
            raise values.BadValue(f"not base64: {text[:40]!r}") from error
    return text


def _from_form(shape: Shape, prefix: str, form: dict[str, str]) -> Any:
    """The value under `prefix` in a flattened form (`Dimensions.member.1.Name=...`), None
    when the form holds nothing there."""
    kind = shape.type_name
    if kind == "structure":
        found = {}
        for name, member in shape.members.items():
            key = _query_name(member, name)
            item = _from_form(member, f"{prefix}.{key}" if prefix else key, form)
            if item is not None:
                found[name] = item
        return found if found or not prefix else None
    if kind in ("list", "map"):
        if form.get(prefix) == "":
            return [] if kind == "list" else {}  # botocore's spelling of an empty list
        flattened = shape.serialization.get("flattened", False)
        if kind == "list":
            member = shape.member
            base = prefix if flattened else f"{prefix}.{_query_name(member, 'member')}"
        else:
            base = prefix if flattened else f"{prefix}.entry"
        items: list[Any] = []
        while True:
            at = f"{base}.{len(items) + 1}"
            if kind == "list":
                item = _from_form(shape.member, at, form)
            else:
                key_shape, value_shape = shape.key, shape.value
                key = _from_form(key_shape, f"{at}.{_query_name(key_shape, 'key')}", form)
                value = _from_form(value_shape, f"{at}.{_query_name(value_shape, 'value')}", form)
                item = None if key is None else (key, value)
            if item is None:
                break
            items.append(item)
        if not items:
            return None
        return items if kind == "list" else dict(items)
    text = form.get(prefix)
    return None if text is None else _query_scalar(shape, text)


def _xml_text(shape: Shape, value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        moment = value.astimezone(UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
    if isinstance(value, bytes):
        return base64.b64encode(value).decode()
    return xml_text(str(value))  # a name a client sent may hold what XML 1.0 cannot


def _to_xml(parent: ET.Element, shape: Shape, name: str, value: Any) -> None:
    kind = shape.type_name
    if kind == "structure":
        node = ET.SubElement(parent, name)
        for member_name, member in shape.members.items():
            if value.get(member_name) is not None:
                _to_xml(node, member, _query_name(member, member_name), value[member_name])
    elif kind == "list":
        member = shape.member
        if shape.serialization.get("flattened"):
            for item in value:
                _to_xml(parent, member, _query_name(member, name), item)
        else:
            node = ET.SubElement(parent, name)
            for item in value:
                _to_xml(node, member, _query_name(member, "member"), item)
    elif kind == "map":
        key_shape, value_shape = shape.key, shape.value
        flattened = shape.serialization.get("flattened")
        node = parent if flattened else ET.SubElement(parent, name)
        for key, item in value.items():
            entry = ET.SubElement(node, name if flattened else "entry")
            _to_xml(entry, key_shape, _query_name(key_shape, "key"), key)
            _to_xml(entry, value_shape, _query_name(value_shape, "value"), item)
    else:
        ET.SubElement(parent, name).text = _xml_text(shape, value)


def _xml(root: ET.Element) -> bytes:
    return ET.tostring(root, encoding="utf-8", xml_declaration=False)


class QueryProtocol:
    """Form posts in (`Action=...&Version=...`), XML out."""

    name = "query"
    CONTENT_TYPE = "text/xml"

    def parse(self, operation: OperationModel, body: bytes, query: bytes) -> Values:
        form = dict(parse_qsl((body or query).decode("utf-8", "replace"), keep_blank_values=True))
        shape = operation.input_shape
        return _from_form(shape, "", form) if shape is not None else {}

    def answer(self, operation: OperationModel, output: Values, request_id: str) -> Answer:
        root = ET.Element(f"{operation.name}Response", self._namespace(operation.service_model))
        shape = operation.output_shape
        if shape is not None:
            wrapper = shape.serialization.get("resultWrapper", f"{operation.name}Result")
            _to_xml(root, shape, wrapper, values.walk(shape, output, lambda _, v: v))
        metadata = ET.SubElement(root, "ResponseMetadata")
        ET.SubElement(metadata, "RequestId").text = request_id
        return Answer(200, _xml(root), {"Content-Type": self.CONTENT_TYPE})

    def error(
        self, service: ServiceModel | None, code: str, message: str, status: int, request_id: str
    ) -> Answer:
        root = ET.Element("ErrorResponse", self._namespace(service))
        error = ET.SubElement(root, "Error")
        ET.SubElement(error, "Type").text = _fault(status)
        ET.SubElement(error, "Code").text = code
        ET.SubElement(error, "Message").text = xml_text(message)  # it may quote the request
        ET.SubElement(root, "RequestId").text = request_id
        return Answer(status, _xml(root), {"Content-Type": self.CONTENT_TYPE})

    @staticmethod
    def _namespace(service: ServiceModel | None) -> dict[str, str]:
        namespace = service.metadata.get("xmlNamespace") if service else None
        return {"xmlns": namespace} if isinstance(namespace, str) else {}


PROTOCOLS: dict[str, WireProtocol] = {
    "json": JsonProtocol(),
    "cbor": CborProtocol(),
    "query": QueryProtocol(),
}
