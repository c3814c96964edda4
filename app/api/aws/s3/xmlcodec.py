"""XML to values and back, driven by botocore shapes (S3's REST-XML conventions).

Names come from the model: a member is the element named by its `locationName` (else its
member name); a flattened list repeats that element, a wrapped list holds elements named by
its member's `locationName` (else "member"); timestamps are ISO 8601 with milliseconds,
booleans `true`/`false`, blobs base64. Namespaces on input are ignored, as S3 does.
"""

from __future__ import annotations

import base64
import re
from datetime import UTC, datetime
from typing import Any
from xml.etree import ElementTree

from botocore.model import ListShape, MapShape, Shape, StructureShape

from app.api.aws.s3.errors import malformed_xml

NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/"
# Characters XML 1.0 cannot carry at all (a key may hold them; encoding-type=url is S3's
# answer for such keys): written as U+FFFD rather than as a document no parser accepts.
_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def parse(shape: Shape, body: bytes) -> dict[str, Any]:
    """A payload structure (Delete, CompleteMultipartUpload, ...) from its XML document."""
    # expat does not fetch external entities; a DTD has no business in these bodies at all.
    if b"<!DOCTYPE" in body or b"<!ENTITY" in body:
        raise malformed_xml()
    try:
        root = ElementTree.fromstring(body)
    except ElementTree.ParseError:
        raise malformed_xml() from None
    wanted = shape.serialization.get("name", shape.name)
    if _local(root.tag) != wanted:
        raise malformed_xml()
    value = _read(shape, root)
    assert isinstance(value, dict)
    return value


def _read(shape: Shape, element: ElementTree.Element) -> Any:
    if isinstance(shape, StructureShape):
        children: dict[str, list[ElementTree.Element]] = {}
        for child in element:
            children.setdefault(_local(child.tag), []).append(child)
        value: dict[str, Any] = {}
        for name, member in shape.members.items():
            wire = member.serialization.get("name", name)
            found = children.get(wire)
            if not found:
                continue
            if isinstance(member, ListShape) and member.serialization.get("flattened"):
                value[name] = [_read(member.member, item) for item in found]
            else:
                value[name] = _read(member, found[0])
        return value
    if isinstance(shape, ListShape):
        item_name = shape.member.serialization.get("name", "member")
        return [_read(shape.member, c) for c in element if _local(c.tag) == item_name]
    return scalar_from_text(shape, (element.text or "").strip())


def scalar_from_text(shape: Shape, text: str) -> Any:
    kind = shape.type_name
    try:
        if kind in ("integer", "long"):
            return int(text)
        if kind == "boolean":
            if text not in ("true", "false"):
                raise ValueError(text)
            return text == "true"
        if kind == "timestamp":
            return datetime.fromisoformat(text.replace("Z", "+00:00"))
        if kind == "blob":
            return base64.b64decode(text, validate=True)
    except ValueError:
        raise malformed_xml() from None
    return text


def document(root_name: str, shape: StructureShape, values: dict[str, Any]) -> bytes:
    """An XML document whose root element holds the structure's non-location members."""
    root = ElementTree.Element(root_name, xmlns=NAMESPACE)
    body_members = {
        name: member
        for name, member in shape.members.items()
        if "location" not in member.serialization
    }
    only = next(iter(body_members.items())) if len(body_members) == 1 else None
    if only is not None and only[1].serialization.get("name", only[0]) == root_name:
        # GetBucketLocation: the root element is the single member itself.
        value = values.get(only[0])
        root.text = "" if value is None else xml_text(text_of(only[1], value))
    else:
        _write_members(root, body_members, values)
    return (
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        + ElementTree.tostring(root, encoding="unicode").encode()
    )


def _write_members(parent: ElementTree.Element, members: dict[str, Shape], values: Any) -> None:
    for name, member in members.items():
        value = values.get(name)
        if value is None:
            continue
        _write(parent, member.serialization.get("name", name), member, value)


def _write(parent: ElementTree.Element, name: str, shape: Shape, value: Any) -> None:
    if isinstance(shape, ListShape):
        if shape.serialization.get("flattened"):
            for item in value:
                _write(parent, name, shape.member, item)
            return
        wrapper = ElementTree.SubElement(parent, name)
        item_name = shape.member.serialization.get("name", "member")
        for item in value:
            _write(wrapper, item_name, shape.member, item)
        return
    element = ElementTree.SubElement(parent, name)
    if isinstance(shape, StructureShape):
        _write_members(element, dict(shape.members), value)
    elif isinstance(shape, MapShape):
        raise TypeError("S3's outputs carry no maps in their bodies")
    else:
        element.text = xml_text(text_of(shape, value))


def text_of(shape: Shape, value: Any) -> str:
    if shape.type_name == "boolean":
        return "true" if value else "false"
    if shape.type_name == "timestamp":
        moment = value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
    if shape.type_name == "blob":
        return base64.b64encode(value).decode()
    return str(value)


def error_document(code: str, message: str, fields: dict[str, str]) -> bytes:
    """S3's error document: <Error><Code/><Message/>...<Resource/><RequestId/></Error>."""
    root = ElementTree.Element("Error")
    for name, text in (("Code", code), ("Message", message), *fields.items()):
        ElementTree.SubElement(root, name).text = xml_text(text)
    return (
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        + ElementTree.tostring(root, encoding="unicode").encode()
    )
