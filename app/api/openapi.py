"""The OpenAPI document as the repository commits it (openapi.json) and the SDK is generated
from: the running app's own document, with sorted keys, so the file changes only when the
contract does."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from app.config import Settings


def openapi_document() -> dict[str, Any]:
    """create_app's document. The app is built over a throwaway data directory: nothing of
    this machine (paths, ports, databases) can reach the document."""
    from app.main import null_executor_app

    with tempfile.TemporaryDirectory() as data_dir:
        app = null_executor_app(Settings(data_dir=Path(data_dir), database_url=None))
        document = app.openapi()
        app.state.db.dispose()
    return document


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


def openapi_json() -> str:
    document = _sorted_enums(openapi_document())
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
