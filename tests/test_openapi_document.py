"""openapi.json at the repository root is the running app's contract: the SDK is generated
from it, so it may not drift from the code silently."""

from __future__ import annotations

import json
import subprocess
import sys

from app.api.openapi import openapi_document, openapi_json
from tests.servers import ROOT


def test_the_committed_document_is_the_apps() -> None:
    committed = (ROOT / "openapi.json").read_text()
    assert committed == openapi_json(), (
        "openapi.json is stale: run `openamt openapi > openapi.json` and `make client`"
    )


def test_openamt_openapi_prints_it() -> None:
    printed = subprocess.run(
        [sys.executable, "-m", "app.cli", "openapi"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    assert json.loads(printed) == json.loads((ROOT / "openapi.json").read_text())


def test_every_route_is_described_and_named_like_a_method() -> None:
    for path, operations in openapi_document()["paths"].items():
        for method, operation in operations.items():
            where = f"{method.upper()} {path}"
            assert operation.get("summary") and operation.get("description"), where
            assert operation["operationId"].isidentifier(), where
            assert operation["operationId"].islower(), where


def test_every_schema_has_a_title_a_description_and_an_example() -> None:
    for name, schema in openapi_document()["components"]["schemas"].items():
        assert schema.get("title") and schema.get("description") and schema.get("examples"), name


def test_errors_are_documented_as_openamt_answers_them() -> None:
    for path, operations in openapi_document()["paths"].items():
        for method, operation in operations.items():
            assert "422" not in operation["responses"], f"{method} {path}"
            if path.startswith("/v1/"):
                error = operation["responses"]["400"]["content"]["application/json"]["schema"]
                assert error == {"$ref": "#/components/schemas/Error"}, f"{method} {path}"
