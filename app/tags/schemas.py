"""Wire models of AddTags, ListTags and DeleteTags (botocore's shapes, SageMaker's names)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import ConfigDict, Field

from app.schemas_common import AwsModel, NextToken, Tag, TagKey

RESOURCE_ARN_PATTERN = r"^arn:aws[a-z-]*:sagemaker:[a-z0-9-]*:[0-9]{12}:.+$"
ResourceArn = Annotated[str, Field(max_length=256, pattern=RESOURCE_ARN_PATTERN)]
ListTagsMaxResults = Annotated[int, Field(ge=50)]

_EXAMPLE_ARN = "arn:aws:sagemaker:us-east-1:123456789012:hyper-parameter-tuning-job/fraud-xgboost"
_EXAMPLE_TAGS: Any = [{"Key": "project", "Value": "fraud"}, {"Key": "team", "Value": "risk"}]


class AddTagsRequest(AwsModel):
    """The body of AddTags."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"ResourceArn": _EXAMPLE_ARN, "Tags": _EXAMPLE_TAGS}]}
    )

    resource_arn: ResourceArn = Field(
        description="The ARN of the tuning job or training job to tag."
    )
    tags: list[Tag] = Field(
        max_length=50, description="Tags to add; a tag whose key exists replaces its value."
    )


class AddTagsResponse(AwsModel):
    """The answer to AddTags."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"Tags": _EXAMPLE_TAGS}]})

    tags: list[Tag] | None = Field(None, max_length=50, description="The tags that were added.")


class ListTagsRequest(AwsModel):
    """The body of ListTags."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"ResourceArn": _EXAMPLE_ARN, "MaxResults": 50}]}
    )

    resource_arn: ResourceArn = Field(description="The ARN of the resource whose tags to list.")
    next_token: NextToken | None = Field(
        None, description="The token of the next page, from a truncated previous answer."
    )
    max_results: ListTagsMaxResults | None = Field(
        None, description="The maximum number of tags to return (at least 50)."
    )


class ListTagsResponse(AwsModel):
    """A page of ListTags."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"Tags": _EXAMPLE_TAGS}]})

    tags: list[Tag] | None = Field(None, max_length=50, description="The resource's tags.")
    next_token: NextToken | None = Field(
        None, description="The token for the next page, when the list was truncated."
    )


class DeleteTagsRequest(AwsModel):
    """The body of DeleteTags."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"ResourceArn": _EXAMPLE_ARN, "TagKeys": ["team"]}]}
    )

    resource_arn: ResourceArn = Field(description="The ARN of the resource whose tags to delete.")
    tag_keys: list[TagKey] = Field(
        min_length=1, max_length=50, description="The keys of the tags to delete."
    )


class DeleteTagsResponse(AwsModel):
    """The answer to DeleteTags: empty."""

    model_config = ConfigDict(json_schema_extra={"examples": [{}]})


def tag_list(tags: list[Any]) -> list[dict[str, str]]:
    """Stored tags as the wire's [{"Key", "Value"}]."""
    return [{"Key": str(t["Key"]), "Value": str(t.get("Value", ""))} for t in tags]
