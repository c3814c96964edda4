"""openapi.json at the repository root is the running app's contract: the SDK is generated
from it, so it may not drift from the code silently."""

from __future__ import annotations

import json
import subprocess
import sys

from app.main import openapi_document, openapi_json
from tests.support.servers import ROOT


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


def test_the_sdk_has_every_schema_and_operation() -> None:
    """clients/python is regenerated with the document (`make client`): a schema or route the
    SDK lacks means it was not."""
    import importlib

    import openamt_client.models

    document = openapi_document()
    missing = [name for name in document["components"]["schemas"]
               if not hasattr(openamt_client.models, name)]  # fmt: skip
    assert not missing, f"run `make client`: the SDK lacks {missing}"
    for path, operations in document["paths"].items():
        for operation in operations.values():
            if path == "/" or path.endswith("/invocations"):
                continue  # the AWS door and the runtime: their clients are boto3's
            tag = operation["tags"][0].replace(" ", "_")
            importlib.import_module(f"openamt_client.api.{tag}.{operation['operationId']}")
