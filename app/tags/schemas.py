"""Wire models of AddTags, ListTags and DeleteTags (botocore's shapes, SageMaker's names).

Generated into app/wire/sagemaker.py (`make schemas`) and re-exported here; the examples are
app/wire/examples/tags.py.
"""

from __future__ import annotations

from typing import Any, get_args

from app.wire.sagemaker import *  # noqa: F403  (every wire model and constrained type)
from app.wire.sagemaker import ResourceArn

# The REST door checks a ResourceArn query parameter with the same pattern.
RESOURCE_ARN_PATTERN: str = next(
    m.pattern for m in get_args(ResourceArn)[1].metadata if getattr(m, "pattern", None)
)


def tag_list(tags: list[Any]) -> list[dict[str, str]]:
    """Stored tags as the wire's [{"Key", "Value"}]."""
    return [{"Key": str(t["Key"]), "Value": str(t.get("Value", ""))} for t in tags]
