"""`make schemas`: write app/wire/sagemaker.py from botocore's SageMaker service model.

The wire models of exactly the shapes openamt serves: the input and output shapes of the
operations in `overrides.OPERATIONS` and every shape they reach, member by member. From
botocore: member names (PascalCase aliases of snake_case attributes), requiredness, enums
(Literal), length, size and range bounds, patterns, and descriptions (the documentation's
first sentence). From `overrides`: class names, patterns openamt widens, notes on members it
does not support, examples; from `descriptions.toml`, openamt's descriptions where they differ
from botocore's.

Decision: a pattern Rust's regex engine (pydantic-core's) compiles is a Field pattern, checked
in Rust and shown in the OpenAPI document; one it cannot compile (a look-behind) is checked
with Python's re by `PythonPattern`. The generator tries each the way pydantic does.

    python -m app.wire.generate [--output PATH]
"""

from __future__ import annotations

import argparse
import html
import re
import subprocess
import sys
import textwrap
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import botocore
import botocore.session
from botocore.model import ListShape, MapShape, ServiceModel, Shape, StructureShape
from pydantic.alias_generators import to_pascal, to_snake
from pydantic_core import SchemaValidator, core_schema

from app.wire import overrides

OUTPUT = Path(__file__).with_name("sagemaker.py")
DESCRIPTIONS = Path(__file__).with_name("descriptions.toml")

SCALARS = {
    "boolean": "bool",
    "integer": "int",
    "long": "int",
    "float": "float",
    "double": "float",
    "timestamp": "Timestamp",
    "string": "str",
}
WRAP = 72  # the width of a string piece: indented, it stays within the 100 columns


def first_sentence(documentation: str | None) -> str:
    """botocore's HTML documentation as plain text, up to the end of its first sentence."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", documentation or ""))
    text = " ".join(text.split())
    text = re.sub(r"\s+([.,;:)])", r"\1", text)
    text = re.sub(r"\(\s+", "(", text)
    end = re.search(r"(?<!\be\.g)(?<!\bi\.e)\.(?=\s|$)", text)
    return text[: end.end()] if end else text


def rust_compiles(pattern: str) -> bool:
    try:
        SchemaValidator(core_schema.str_schema(pattern=pattern))
    except Exception:
        return False
    return True


def string_literal(text: str) -> str:
    """A string as Python source: raw where that reads better, in pieces where it is long."""

    def piece(part: str) -> str:
        if "\\" in part and '"' not in part and not part.endswith("\\"):
            return f'r"{part}"'
        return repr(part)

    if len(text) <= WRAP:
        return piece(text)
    parts: list[str] = []
    rest = text
    while len(rest) > WRAP:
        cut = rest.rfind(" ", 0, WRAP) + 1 or WRAP
        while rest[cut - 1] == "\\":  # never end a raw piece on a backslash
            cut -= 1
        parts.append(rest[:cut])
        rest = rest[cut:]
    parts.append(rest)
    return "(" + " ".join(piece(p) for p in parts) + ")"


@dataclass
class Generator:
    model: ServiceModel
    descriptions: dict[str, dict[str, str]]  # descriptions.toml: shape -> member -> text
    aliases: dict[str, str] = field(default_factory=dict)  # alias name -> its definition
    classes: dict[str, str] = field(default_factory=dict)  # class name -> its source
    class_of: dict[str, str] = field(default_factory=dict)  # shape name -> class name
    docstrings: dict[str, str] = field(default_factory=dict)  # shape name -> docstring
    needs: set[str] = field(default_factory=set)  # names to import
    used: set[str] = field(default_factory=set)  # the overrides' keys that applied

    # --- names -------------------------------------------------------------------------------

    def class_name(self, shape: Shape) -> str:
        name = overrides.CLASS_NAMES.get(shape.name, shape.name)
        self.used.add(shape.name)
        for suffix, ours in (("Input", "Request"), ("Output", "Response")):
            if name.endswith(suffix) and shape.name in self.docstrings:
                name = name.removesuffix(suffix) + ours
        return name

    # --- types -------------------------------------------------------------------------------

    def type_of(self, shape: Shape) -> str:
        """The annotation of a value of `shape` (a list's bounds go on the member's Field)."""
        if isinstance(shape, StructureShape):
            return self.structure(shape)
        if isinstance(shape, ListShape):
            return f"list[{self.nested(shape.member)}]"
        if isinstance(shape, MapShape):
            pair = f"dict[{self.nested(shape.key)}, {self.nested(shape.value)}]"
            bounds = self.bounds(shape, "length")
            return self.alias(shape, f"Annotated[{pair}, Field({bounds})]") if bounds else pair
        enum = getattr(shape, "enum", None)
        if enum:
            values = ", ".join(repr(v) for v in enum)
            return self.alias(shape, f"Literal[{values}]", long=len(enum) > 6)
        if shape.type_name not in SCALARS:
            raise ValueError(f"{shape.name}: no wire type for {shape.type_name}")
        base = SCALARS[shape.type_name]
        if shape.type_name == "string":
            return self.string(shape)
        if shape.type_name in ("integer", "long"):
            bounds = self.bounds(shape, "range")
            return self.alias(shape, f"Annotated[int, Field({bounds})]") if bounds else base
        if base == "Timestamp":
            self.needs.add("Timestamp")
        return base

    def nested(self, shape: Shape) -> str:
        """The annotation of a list's item or a map's key or value: bounds included."""
        if isinstance(shape, ListShape):
            bounds = self.bounds(shape, "length")
            item = f"list[{self.nested(shape.member)}]"
            return f"Annotated[{item}, Field({bounds})]" if bounds else item
        return self.type_of(shape)

    def string(self, shape: Shape) -> str:
        bounds = self.bounds(shape, "length")
        pattern = shape.metadata.get("pattern")
        if pattern is None:
            return self.alias(shape, f"Annotated[str, Field({bounds})]") if bounds else "str"
        anchored = overrides.PATTERNS.get(pattern, f"^{pattern}$")
        self.used.add(pattern)
        if rust_compiles(anchored):
            constraint = ", ".join(filter(None, [bounds, f"pattern={string_literal(anchored)}"]))
            return self.alias(shape, f"Annotated[str, Field({constraint})]")
        re.compile(pattern)  # neither Rust's nor Python's: it needs an entry in PATTERNS
        self.needs.update({"AfterValidator", "PythonPattern"})
        check = f"AfterValidator(PythonPattern({string_literal(pattern)}))"
        return self.alias(shape, f"Annotated[str, Field({bounds}), {check}]")

    @staticmethod
    def bounds(shape: Shape, kind: str) -> str:
        low, high = shape.metadata.get("min"), shape.metadata.get("max")
        names = ("min_length", "max_length") if kind == "length" else ("ge", "le")
        parts = [f"{n}={v}" for n, v in zip(names, (low, high), strict=True) if v is not None]
        if kind == "length" and low == 0:
            parts = parts[1:]
        return ", ".join(parts)

    def alias(self, shape: Shape, definition: str, *, long: bool = False) -> str:
        self.needs.update(w for w in ("Annotated", "Literal", "Field") if w in definition)
        if long:
            values = definition.removeprefix("Literal[").removesuffix("]").split(", ")
            definition = "Literal[\n    " + ",\n    ".join(values) + ",\n]"
        known = self.aliases.setdefault(shape.name, definition)
        assert known == definition, f"{shape.name}: two definitions"
        return shape.name

    # --- structures --------------------------------------------------------------------------

    def structure(self, shape: StructureShape) -> str:
        if shape.name in self.class_of:
            return self.class_of[shape.name]
        name = self.class_name(shape)
        self.class_of[shape.name] = name
        return self.write_class(name, shape, key=shape.name)

    def write_class(
        self, name: str, shape: StructureShape, *, key: str, without: Sequence[str] = ()
    ) -> str:
        """The class `name` of `shape`'s members (but `without`); `key` names its entry in
        descriptions.toml."""
        fields = [
            self.member(shape, member, target, key=key)
            for member, target in shape.members.items()
            if member not in without
        ]
        doc = self.description(key, "_doc") or (
            self.docstrings.get(shape.name) or first_sentence(shape.documentation)
        )
        lines = [f"class {name}(AwsModel):", textwrap.indent(docstring(doc), "    "), ""]
        if name in overrides.EXAMPLES:
            self.needs.update({"ConfigDict", "EXAMPLES"})
            lines += [
                '    model_config = ConfigDict(json_schema_extra={"examples": '
                f'[EXAMPLES["{name}"]]}})',
                "",
            ]
        lines += fields or ["    pass"]
        self.classes[name] = "\n".join(lines)  # after what it names: definition order
        return name

    def member(self, shape: StructureShape, member: str, target: Shape, *, key: str) -> str:
        attribute = overrides.ATTRIBUTE_NAMES.get(member, to_snake(member))
        self.used.update({member, f"{shape.name}.{member}"})
        annotation = self.type_of(target)
        required = member in shape.required_members
        arguments = [] if required else ["None"]
        if to_pascal(attribute) != member:
            arguments.append(f'alias="{member}"')
        if isinstance(target, ListShape):
            arguments += filter(None, [self.bounds(target, "length")])
        description = self.description(key, member) or (
            first_sentence(target.documentation)
            or first_sentence(self.model.shape_for(target.name).documentation)
            or f"The {member}."
        )
        if member in overrides.NOT_SUPPORTED.get(shape.name, []):
            description = description.removesuffix(".") + f" ({overrides.NOT_SUPPORTED_NOTE})."
        arguments.append(f"description={string_literal(description)}")
        optional = "" if required else " | None"
        self.needs.add("Field")
        return f"    {attribute}: {annotation}{optional} = Field({', '.join(arguments)})"

    def description(self, shape: str, member: str) -> str | None:
        self.used.add(f"{shape}.{member}")
        return self.descriptions.get(shape, {}).get(member)

    # --- the module --------------------------------------------------------------------------

    def run(self) -> str:
        for operation in overrides.OPERATIONS:
            op = self.model.operation_model(operation)
            # Request and answer shapes rarely have documentation of their own.
            self.docstrings[op.input_shape.name] = f"The body of {operation}."
            if op.output_shape is not None:
                page = operation.startswith("List")
                self.docstrings[op.output_shape.name] = (
                    f"A page of {operation}." if page else f"The answer to {operation}."
                )
            for shape in (op.input_shape, op.output_shape):
                if isinstance(shape, StructureShape):
                    self.structure(shape)
        for name, (source, without) in overrides.PATH_BODIES.items():
            shape = self.model.shape_for(source)
            if not set(without) <= set(shape.members):
                raise ValueError(f"app/wire/overrides.py: {source} has no {without}")
            self.write_class(name, shape, key=name, without=without)
        clash = set(self.aliases) & set(self.classes)
        assert not clash, f"a type alias and a class share a name: {clash}"
        self.check_overrides()
        return self.module()

    def check_overrides(self) -> None:
        """Refuse an override that no longer applies (botocore renamed or dropped its shape)."""
        keys = [
            *overrides.CLASS_NAMES,
            *overrides.ATTRIBUTE_NAMES,
            *overrides.PATTERNS,
            *(f"{s}.{m}" for s, members in self.descriptions.items() for m in members),
            *(f"{s}.{m}" for s, members in overrides.NOT_SUPPORTED.items() for m in members),
        ]
        stale = [key for key in keys if key not in self.used]
        stale += [name for name in overrides.EXAMPLES if name not in self.classes]
        if stale:
            raise ValueError(f"app/wire/overrides.py or descriptions.toml: no such shape {stale}")

    def module(self) -> str:
        typing_names = sorted(n for n in ("Annotated", "Literal") if n in self.needs)
        pydantic_names = sorted(
            n for n in ("AfterValidator", "ConfigDict", "Field") if n in self.needs
        )
        base_names = ["AwsModel"]
        base_names += sorted(n for n in ("PythonPattern", "Timestamp") if n in self.needs)
        head = [
            f'"""SageMaker\'s wire models: generated by `make schemas` from botocore '
            f"{botocore.__version__}; do not edit.",
            "",
            "The shapes of the operations in app/wire/overrides.py and every shape they reach,",
            "member by member. openamt's own (names, file:// patterns, examples) comes from",
            "there, and its descriptions, where they are not botocore's first sentence, from",
            "app/wire/descriptions.toml.",
            '"""',
            "",
            "from __future__ import annotations",
            "",
            f"from typing import {', '.join(typing_names)}",
            "",
            f"from pydantic import {', '.join(pydantic_names)}",
            "",
            f"from app.wire.base import {', '.join(base_names)}",
        ]
        if "EXAMPLES" in self.needs:
            head.append("from app.wire.overrides import EXAMPLES")
        body = []
        for name in self.aliases:  # in the order found: a map after its key and value
            body.append(f"{name} = {self.aliases[name]}")
        names = "".join(f"    {n!r},\n" for n in [*self.aliases, *self.classes])
        exports = f"# What the domains' schemas modules re-export.\n__all__ = [\n{names}]"
        sections = ["\n".join(head), "\n".join(body), *self.classes.values(), exports]
        return "\n\n\n".join(sections) + "\n"


def docstring(text: str) -> str:
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if text.endswith('"'):
        text += " "
    if len(text) <= 90:  # on one line, indented and quoted, within the 100 columns
        return f'"""{text}"""'
    lines = text.splitlines() if "\n" in text else textwrap.wrap(text, width=88)
    return '"""' + "\n".join(lines) + '\n"""'


def formatted(source: str) -> str:
    """The source as `ruff check --fix` and `ruff format` leave it, so that a regenerated file
    compares byte for byte with the committed one."""
    for command in (["check", "--fix", "--exit-zero", "--quiet"], ["format"]):
        source = subprocess.run(
            [sys.executable, "-m", "ruff", *command, "--stdin-filename", str(OUTPUT), "-"],
            input=source,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    return source


def generate() -> str:
    model = botocore.session.get_session().get_service_model("sagemaker")
    descriptions = tomllib.loads(DESCRIPTIONS.read_text())
    return formatted(Generator(model, descriptions).run())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    args.output.write_text(generate())


if __name__ == "__main__":
    main()
