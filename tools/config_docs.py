"""docs/configuration.md's table of variables, written from `Settings` (app/config.py).

    python -m tools.config_docs          # rewrite the table in docs/configuration.md
    python -m tools.config_docs --check  # exit 1 if the table is stale

Decision: the table is generated, the prose around it is not. Only the lines between the two
markers are rewritten; a field's meaning is its `Field(description=...)`, so a new setting
documented in app/config.py is documented here by `make docs`, and tests/test_config_docs.py
fails while the page lags behind.
"""

from __future__ import annotations

import argparse
import sys
import types
import typing
from pathlib import Path
from typing import Any

from pydantic import SecretStr
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from app.config import Settings

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "configuration.md"
BEGIN = (
    "<!-- settings:begin (generated from app/config.py by `make docs`: "
    "edit the descriptions there) -->"
)
MARK = "<!-- settings:begin"  # what finds the block: the rest of BEGIN's line may change
END = "<!-- settings:end -->"

_NAMES = {str: "string", int: "integer", float: "number", bool: "boolean", Path: "path"}
_BOUNDS = {"ge": "≥", "gt": ">", "le": "≤", "lt": "<"}  # annotated_types' names


def _type_name(annotation: Any) -> str:
    """A reader's name of a field's type: `integer`, `path list`, `` `tpe` or `gp` ``."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        return _type_name(args[0])
    if origin in (typing.Union, types.UnionType):  # `X | None`: None is the "unset" default
        return " or ".join(_type_name(arg) for arg in args if arg is not type(None))
    if origin is typing.Literal:
        *most, last = (f"`{value}`" for value in args)
        return f"{', '.join(most)} or {last}" if most else last
    if origin is list:
        return f"{_type_name(args[0])} list"
    if annotation is SecretStr:
        return "string (secret)"
    return _NAMES.get(annotation, getattr(annotation, "__name__", str(annotation)))


def _constraints(field: FieldInfo) -> str:
    parts = []
    for item in field.metadata:
        for bound, sign in _BOUNDS.items():
            value = getattr(item, bound, None)
            if value is not None:
                parts.append(f"{sign} {value}")
        pattern = getattr(item, "pattern", None)
        if pattern:
            parts.append(f"matching `{pattern}`")
    return ", ".join(parts)


def _default(field: FieldInfo) -> str:
    if field.default_factory is not None:
        return "computed (see meaning)"
    if field.default is None or field.default is PydanticUndefined:
        return "unset"
    return f"`{field.default}`"


def _cell(text: str) -> str:
    text = " ".join(text.split()).replace("|", "\\|")
    return text.replace("<", "&lt;").replace(">", "&gt;")  # `<token>` is not an HTML tag


def table() -> str:
    """The generated block, markers included."""
    prefix = Settings.model_config.get("env_prefix", "")
    lines = [BEGIN, "| Variable | Type | Default | Meaning |", "|---|---|---|---|"]
    for name, field in Settings.model_fields.items():
        kind = _type_name(field.annotation)
        bounds = _constraints(field)
        cells = (
            f"`{prefix}{name.upper()}`",
            f"{kind}, {bounds}" if bounds else kind,
            _default(field),
            field.description or "",
        )
        lines.append("| " + " | ".join(_cell(cell) for cell in cells) + " |")
    lines.append(END)
    return "\n".join(lines)


def render(page: str) -> str:
    """`page` with the text between the markers (which must be there) replaced."""
    head, begin, rest = page.partition(MARK)
    _, end, tail = rest.partition(END)
    if not begin or not end:
        raise SystemExit(f"{PAGE.name}: no {MARK} ... {END} block")
    return head + table() + tail


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the page is stale")
    args = parser.parse_args()
    current = PAGE.read_text()
    wanted = render(current)
    if args.check:
        if current != wanted:
            sys.exit(f"{PAGE.relative_to(ROOT)} is stale: run make docs")
        return
    PAGE.write_text(wanted)


if __name__ == "__main__":
    main()
