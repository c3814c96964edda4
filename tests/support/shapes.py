"""A wire model against botocore's SageMaker service model, member by member: same member
names (as aliases), same requiredness, same enums, same length, size and range bounds, same
patterns. tests/test_schemas_contract.py runs it over every operation; the tests of a
domain run it over that domain's models."""

from __future__ import annotations

import datetime as dt
import types
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import annotated_types
import botocore.session
from botocore.model import Shape, StructureShape
from pydantic import AfterValidator, BaseModel
from pydantic.fields import FieldInfo

from app.schemas_common import AwsModel, PythonPattern

SAGEMAKER = botocore.session.get_session().get_service_model("sagemaker")

# Patterns neither Rust's regex nor Python's re can compile as written; the schema holds an
# equivalent, documented next to it.
TRANSLATED_PATTERNS = {
    # openamt's one widening: file:// data and output locations on this machine.
    r"(https|s3)://([^/]+)/?(.*)": r"^(https|s3|file)://([^/]*)/?(.*)$",
    # Java's \p{Alnum} is ASCII [a-zA-Z0-9].
    r"arn:[\p{Alnum}\-]+:lambda:[\p{Alnum}\-]+:[0-9]{12}:function:.*": (
        r"^arn:[a-zA-Z0-9\-]+:lambda:[a-zA-Z0-9\-]+:[0-9]{12}:function:.*$"
    ),
}

SCALARS = {
    "boolean": bool,
    "integer": int,
    "long": int,
    "float": float,
    "double": float,
    "timestamp": dt.datetime,
    "string": str,
}


def root_shape(operation: str, direction: str) -> StructureShape:
    shape = getattr(SAGEMAKER.operation_model(operation), f"{direction}_shape")
    assert isinstance(shape, StructureShape)
    return shape


def _unwrap(annotation: Any, metadata: list[Any]) -> tuple[Any, dict[str, Any]]:
    """Strip Optional and Annotated layers; collect their constraints into one dict."""
    constraints: dict[str, Any] = {}

    def collect(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, FieldInfo):
                collect(item.metadata)
            elif isinstance(item, annotated_types.MinLen):
                constraints["min_length"] = item.min_length
            elif isinstance(item, annotated_types.MaxLen):
                constraints["max_length"] = item.max_length
            elif isinstance(item, annotated_types.Ge):
                constraints["ge"] = item.ge
            elif isinstance(item, annotated_types.Le):
                constraints["le"] = item.le
            elif isinstance(item, AfterValidator) and isinstance(item.func, PythonPattern):
                constraints["python_pattern"] = item.func.pattern
            elif getattr(item, "pattern", None) is not None:
                constraints["pattern"] = item.pattern

    collect(metadata)
    while True:
        origin = get_origin(annotation)
        if origin in (Union, types.UnionType):
            args = [a for a in get_args(annotation) if a is not type(None)]
            assert len(args) == 1, annotation
            annotation = args[0]
        elif origin is Annotated:
            annotation, *extra = get_args(annotation)
            collect(extra)
        else:
            return annotation, constraints


def _check(shape: Shape, annotation: Any, metadata: list[Any], path: str, seen: set) -> None:
    tp, cons = _unwrap(annotation, metadata)
    meta = shape.metadata
    kind = shape.type_name

    if kind == "structure":
        assert isinstance(tp, type) and issubclass(tp, AwsModel), f"{path}: {tp!r}"
        check_structure(shape, tp, path, seen)
        return

    if kind in ("list", "map"):
        expected_origin = list if kind == "list" else dict
        assert get_origin(tp) is expected_origin, f"{path}: {tp!r} is not a {kind}"
        assert cons.get("max_length") == meta.get("max"), f"{path}: max size"
        assert (cons.get("min_length") or 0) == (meta.get("min") or 0), f"{path}: min size"
        if kind == "list":
            (item,) = get_args(tp)
            _check(shape.member, item, [], f"{path}[]", seen)
        else:
            key, value = get_args(tp)
            _check(shape.key, key, [], f"{path}{{key}}", seen)
            _check(shape.value, value, [], f"{path}{{value}}", seen)
        return

    enum = getattr(shape, "enum", None)
    if enum:
        assert get_origin(tp) is Literal, f"{path}: {tp!r} is not a Literal"
        # Compared as sets: typing caches Literal[...] by value set, so two aliases with the
        # same values in another order share one object and get_args shows the first order.
        assert set(get_args(tp)) == set(enum), f"{path}: enum differs from the model"
        assert len(get_args(tp)) == len(enum), f"{path}: enum differs from the model"
        return

    assert tp is SCALARS[kind], f"{path}: {tp!r} is not {SCALARS[kind]!r}"
    if kind in ("integer", "long"):
        assert cons.get("ge") == meta.get("min"), f"{path}: minimum"
        assert cons.get("le") == meta.get("max"), f"{path}: maximum"
    elif kind == "string":
        assert cons.get("max_length") == meta.get("max"), f"{path}: max length"
        assert (cons.get("min_length") or 0) == (meta.get("min") or 0), f"{path}: min length"
        pattern = meta.get("pattern")
        if pattern is None:
            assert "pattern" not in cons and "python_pattern" not in cons, path
        elif pattern in TRANSLATED_PATTERNS:
            assert cons.get("pattern") == TRANSLATED_PATTERNS[pattern], f"{path}: pattern"
        elif "python_pattern" in cons:
            assert cons["python_pattern"] == pattern, f"{path}: pattern"
        else:
            assert cons.get("pattern") == f"^{pattern}$", f"{path}: pattern"


def check_structure(shape: StructureShape, model: type[BaseModel], path: str, seen: set) -> None:
    if (shape.name, model) in seen:
        return
    seen.add((shape.name, model))
    by_alias = {(f.alias or name): f for name, f in model.model_fields.items()}
    assert set(by_alias) == set(shape.members), (
        f"{path} ({model.__name__}): missing {sorted(set(shape.members) - set(by_alias))}, "
        f"extra {sorted(set(by_alias) - set(shape.members))}"
    )
    for member, member_shape in shape.members.items():
        field = by_alias[member]
        required = member in shape.required_members
        assert field.is_required() == required, f"{path}.{member}: required={required}"
        assert field.description, f"{path}.{member}: no description"
        _check(member_shape, field.annotation, field.metadata, f"{path}.{member}", seen)
