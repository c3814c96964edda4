from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="InferenceHubAccessConfig")



@_attrs_define
class InferenceHubAccessConfig:
    """ Configuration information for hub access.

        Attributes:
            hub_content_arn (str): The ARN of the hub content for which deployment access is allowed.
     """

    hub_content_arn: str





    def to_dict(self) -> dict[str, Any]:
        hub_content_arn = self.hub_content_arn


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "HubContentArn": hub_content_arn,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hub_content_arn = d.pop("HubContentArn")

        inference_hub_access_config = cls(
            hub_content_arn=hub_content_arn,
        )

        return inference_hub_access_config

