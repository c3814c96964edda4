"""The OpenAPI document, as /openapi.json serves it, openapi.json at the repository root
commits it (app/main.py's openapi_json), and the SDK is generated from it.

FastAPI's document, completed: every schema gets an example (taken from the example of a
schema that contains it, so they all tell the story of one tuning job; else built from its
fields), and enums are sorted, so the file changes only when the contract does."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

from fastapi import FastAPI

REF = "#/components/schemas/"


def install(app: FastAPI) -> None:
    """Serve the completed document from app.openapi() (and so /openapi.json)."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if getattr(app.state, "openapi_completed", None) is None:
            app.state.openapi_completed = complete(build())
            app.openapi_schema = app.state.openapi_completed
        return app.state.openapi_completed

    app.openapi = openapi  # type: ignore[method-assign]


ERROR_SCHEMA: dict[str, Any] = {
    "title": "Error",
    "description": "Every error of the REST door: AWS's error code and a message that names "
    "the field at fault.",
    "type": "object",
    "required": ["__type", "message"],
    "properties": {
        "__type": {"title": "__type", "type": "string", "description": "AWS's error code."},
        "message": {"title": "Message", "type": "string", "description": "What went wrong."},
    },
    "examples": [
        {
            "__type": "ResourceNotFound",
            "message": "Amazon SageMaker can't find a tuning job with name fraud-xgboost",
        }
    ],
}


def complete(document: dict[str, Any]) -> dict[str, Any]:
    document = _sorted_enums(document)
    _documented_errors(document)
    schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
    _examples_from_containers(schemas)
    for name in sorted(schemas):
        if not _has_example(schemas[name]):
            schemas[name]["examples"] = [_example_of(schemas[name], schemas, depth=0)]
    return document


def _documented_errors(document: dict[str, Any]) -> None:
    """The errors as openamt answers them: `{"__type", "message"}`, 400 for a request that
    does not validate. FastAPI would document a 422 with its own body, which never happens."""
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    schemas["Error"] = copy.deepcopy(ERROR_SCHEMA)
    body = {"application/json": {"schema": {"$ref": f"{REF}Error"}}}
    for operations in document.get("paths", {}).values():
        for operation in operations.values():
            responses = operation.get("responses", {})
            responses.pop("422", None)
            for status, response in responses.items():
                if status[0] in "45" and "content" not in response:
                    response["content"] = copy.deepcopy(body)
    if "HTTPValidationError" not in json.dumps(document.get("paths", {})):
        schemas.pop("HTTPValidationError", None)
        schemas.pop("ValidationError", None)


def _has_example(schema: dict[str, Any]) -> bool:
    return bool(schema.get("examples"))


def _refs(prop: dict[str, Any]) -> Iterator[tuple[str, bool]]:
    """The schemas a property names: (name, as the items of an array)."""
    branches = [b for b in prop.get("anyOf", [prop]) if b.get("type") != "null"]
    if len(branches) != 1:
        return
    branch = branches[0]
    if "$ref" in branch:
        yield branch["$ref"].removeprefix(REF), False
    elif branch.get("type") == "array" and "$ref" in branch.get("items", {}):
        yield branch["items"]["$ref"].removeprefix(REF), True


def _examples_from_containers(schemas: dict[str, Any]) -> None:
    changed = True
    while changed:
        changed = False
        for name in sorted(schemas):
            schema = schemas[name]
            if not _has_example(schema) or not isinstance(schema["examples"][0], dict):
                continue
            example = schema["examples"][0]
            for field, prop in schema.get("properties", {}).items():
                value = example.get(field)
                for target, is_array in _refs(prop):
                    if is_array:
                        value = value[0] if isinstance(value, list) and value else None
                    if isinstance(value, dict) and not _has_example(schemas[target]):
                        schemas[target]["examples"] = [copy.deepcopy(value)]
                        changed = True


def _example_of(schema: dict[str, Any], schemas: dict[str, Any], *, depth: int) -> Any:
    """A value of the schema's shape: its required fields (all, if none is required)."""
    if _has_example(schema):
        return copy.deepcopy(schema["examples"][0])
    if "default" in schema and schema["default"] is not None:
        return schema["default"]
    if "$ref" in schema:
        target = schemas[schema["$ref"].removeprefix(REF)]
        return _example_of(target, schemas, depth=depth + 1) if depth < 6 else {}
    if "anyOf" in schema:
        branches = [b for b in schema["anyOf"] if b.get("type") != "null"]
        return _example_of(branches[0], schemas, depth=depth) if branches else None
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties", {})
        fields = schema.get("required") or list(properties)
        return {f: _example_of(properties[f], schemas, depth=depth + 1) for f in fields}
    if kind == "array":
        return [_example_of(schema.get("items", {}), schemas, depth=depth + 1)]
    if kind in ("integer", "number"):
        return schema.get("minimum", schema.get("exclusiveMinimum", 0) + 1)
    if kind == "boolean":
        return True
    return "string"


def _sorted_enums(node: Any) -> Any:
    # typing caches Literal["A", "B"] and Literal["B", "A"] as one type (they compare equal),
    # so an enum's order would depend on which module was imported first.
    if isinstance(node, dict):
        return {
            key: sorted(value) if key == "enum" and all(isinstance(v, str) for v in value)
            else _sorted_enums(value)
            for key, value in node.items()
        }  # fmt: skip
    if isinstance(node, list):
        return [_sorted_enums(item) for item in node]
    return node
