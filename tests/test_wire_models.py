"""app/wire/sagemaker.py is generated (`make schemas`): it may not drift from its generator,
from app/wire/overrides.py or from the installed botocore's model silently."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.api.aws.sagemaker import OPERATIONS
from app.wire import overrides

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ROOT / "app" / "wire" / "sagemaker.py"


def test_the_committed_wire_models_are_the_generators(tmp_path: Path) -> None:
    fresh = tmp_path / "sagemaker.py"
    subprocess.run(
        [sys.executable, "-m", "app.wire.generate", "--output", str(fresh)], cwd=ROOT, check=True
    )
    assert fresh.read_text() == GENERATED.read_text(), (
        "app/wire/sagemaker.py is stale: run make schemas"
    )


def test_the_generated_operations_are_the_ones_served() -> None:
    assert sorted(overrides.OPERATIONS) == sorted(OPERATIONS), (
        "app/wire/overrides.py OPERATIONS differs from the AWS door's: change it, then run "
        "make schemas"
    )
