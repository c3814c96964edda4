"""clients/python is what `make client` generates from the app's OpenAPI document today.

The SDK is committed (users install it from the repository), so a change to the REST door
that forgot `make client` would otherwise ship a stale SDK through a green CI. The generator
runs here as `make client` runs it (its own virtualenv, clients/config.yaml), into a temporary
directory, and the two trees must be the same file for file, byte for byte.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from app.main import openapi_json

ROOT = Path(__file__).resolve().parent.parent
SDK = ROOT / "clients" / "python"
# The Makefile's GEN_VENV; `make test` builds it before the tests run.
GENERATOR = ROOT / os.environ.get("GEN_VENV", ".venv-gen") / "bin" / "openapi-python-client"
STALE = "clients/python is stale: run make client"


def _files(root: Path) -> dict[str, bytes]:
    return {str(path.relative_to(root)): path.read_bytes() for path in root.rglob("*")
            if path.is_file()}  # fmt: skip


def _committed() -> dict[str, bytes]:
    """The SDK as a commit would hold it: tracked and untracked files, not the ignored ones
    (the editable install's build files, __pycache__)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", "."],
        cwd=SDK, check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    return {name: (SDK / name).read_bytes() for name in listed.split("\0")
            if name and (SDK / name).is_file()}  # fmt: skip


def test_the_committed_sdk_is_the_one_the_generator_writes_today(tmp_path: Path) -> None:
    if not GENERATOR.exists():  # a failure in CI (tests/conftest.py), which builds it
        pytest.skip(f"no generator: run make {GENERATOR.relative_to(ROOT)}")
    document = tmp_path / "openapi.json"
    document.write_text(openapi_json())
    subprocess.run(
        [GENERATOR, "generate", "--path", document, "--config", ROOT / "clients" / "config.yaml",
         "--output-path", tmp_path / "python", "--overwrite"],
        cwd=ROOT, check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    generated, committed = _files(tmp_path / "python"), _committed()
    new, gone = sorted(set(generated) - set(committed)), sorted(set(committed) - set(generated))
    assert not new and not gone, f"{STALE} (new: {new[:10]}, gone: {gone[:10]})"
    changed = [name for name in generated if generated[name] != committed[name]]
    assert not changed, f"{STALE} (changed: {', '.join(changed[:10])})"
