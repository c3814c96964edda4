"""The suite's one rule of layout: what tests share lives in tests/support.

A test module that imports another test module's helper (`from tests.test_x import _y`) runs
that module's imports and fixtures too, hides a dependency between two files that look
independent, and breaks when the other file's private helper is renamed. So test modules,
the benches and tests/support itself import from the tests package only tests.support (and
conftest's constants).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ALLOWED = ("tests.support", "tests.conftest")


def _imported_modules(source: str, path: Path) -> list[tuple[int, str]]:
    """(line, module) of every import of the tests package in `source`, the text of the file
    at `path` (relative imports are resolved from there)."""
    package = ".".join(path.relative_to(ROOT).parent.parts)
    found = []
    for node in ast.walk(ast.parse(source, filename=str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, *([base] if base else [])])
            # `from tests import test_x` names a module: keep every name, dotted
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return [(line, module) for line, module in found if module.split(".")[0] == "tests"]


def _allowed(module: str) -> bool:
    return any(module == allowed or module.startswith(f"{allowed}.") for allowed in ALLOWED)


def test_no_module_imports_a_test_module() -> None:
    files = sorted([*(ROOT / "tests").rglob("*.py"), *(ROOT / "bench").glob("*.py")])
    offending = [
        f"{path.relative_to(ROOT)}:{line} imports {module}"
        for path in files
        for line, module in _imported_modules(path.read_text(), path)
        if not _allowed(module)
    ]
    assert not offending, "move what is shared into tests/support:\n" + "\n".join(offending)


def test_the_rule_sees_every_spelling_of_an_import() -> None:
    where = ROOT / "tests" / "sdk" / "probe.py"  # relative imports resolve from here
    spellings = {
        "from tests.test_validation import make_api": "tests.test_validation.make_api",
        "from tests import test_validation": "tests.test_validation",
        "import tests.test_validation": "tests.test_validation",
        "from ..test_validation import make_api": "tests.test_validation.make_api",
        "from . import trace_calls": "tests.sdk.trace_calls",
        "import os, tests.support.jobs": "tests.support.jobs",
        "from tests.support.jobs import unique": "tests.support.jobs.unique",
        "from tests.conftest import API_TOKEN": "tests.conftest.API_TOKEN",
    }
    for source, module in spellings.items():
        assert [name for _, name in _imported_modules(source, where)] == [module], source
        assert _allowed(module) == module.startswith(("tests.support", "tests.conftest")), source
    assert not _allowed("tests.supporting")
