from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.tag import Tag





T = TypeVar("T", bound="AddTagsRequest")



@_attrs_define
class AddTagsRequest:
    """ The body of AddTags.

        Attributes:
            resource_arn (str): The ARN of the tuning job or training job to tag.
            tags (list[Tag]): Tags to add; a tag whose key exists replaces its value.
     """

    resource_arn: str
    tags: list[Tag]





    def to_dict(self) -> dict[str, Any]:
        from ..models.tag import Tag # noqa: PLC0415
        resource_arn = self.resource_arn

        tags = []
        for tags_item_data in self.tags:
            tags_item = tags_item_data.to_dict()
            tags.append(tags_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "ResourceArn": resource_arn,
            "Tags": tags,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tag import Tag # noqa: PLC0415
        d = dict(src_dict)
        resource_arn = d.pop("ResourceArn")

        tags = []
        _tags = d.pop("Tags")
        for tags_item_data in (_tags):
            tags_item = Tag.from_dict(tags_item_data)



            tags.append(tags_item)


        add_tags_request = cls(
            resource_arn=resource_arn,
            tags=tags,
        )

        return add_tags_request

