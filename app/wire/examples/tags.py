"""The examples of the tags wire models, as the OpenAPI document shows them (by class name)."""

from __future__ import annotations

from typing import Any

_EXAMPLE_ARN = "arn:aws:sagemaker:us-east-1:123456789012:hyper-parameter-tuning-job/fraud-xgboost"
_EXAMPLE_TAGS: Any = [{"Key": "project", "Value": "fraud"}, {"Key": "team", "Value": "risk"}]

EXAMPLES: dict[str, dict[str, Any]] = {
    "AddTagsRequest": {"ResourceArn": _EXAMPLE_ARN, "Tags": _EXAMPLE_TAGS},
    "AddTagsResponse": {"Tags": _EXAMPLE_TAGS},
    "ListTagsRequest": {"ResourceArn": _EXAMPLE_ARN, "MaxResults": 50},
    "ListTagsResponse": {"Tags": _EXAMPLE_TAGS},
    "DeleteTagsRequest": {"ResourceArn": _EXAMPLE_ARN, "TagKeys": ["team"]},
    "DeleteTagsResponse": {},
}
