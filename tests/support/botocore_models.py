"""botocore data directories that make an unmodified client speak another protocol."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import botocore
import botocore.session


def cloudwatch_speaking(protocol: str, data_path: Path) -> Path:
    """A botocore data directory whose CloudWatch model lists only `protocol`."""
    model = botocore.session.get_session().get_service_model("cloudwatch")
    source = Path(botocore.__file__).parent / "data/cloudwatch" / model.api_version
    document = json.loads(gzip.decompress((source / "service-2.json.gz").read_bytes()))
    document["metadata"]["protocol"] = protocol
    document["metadata"]["protocols"] = [protocol]
    target = data_path / "cloudwatch" / model.api_version
    target.mkdir(parents=True)
    (target / "service-2.json").write_text(json.dumps(document))
    return data_path
