from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.instance_pool_summary_instancetype import InstancePoolSummaryInstancetype






T = TypeVar("T", bound="InstancePoolSummary")



@_attrs_define
class InstancePoolSummary:
    """ A summary of an instance pool for a production variant, including the instance type...

        Attributes:
            current_instance_count (int): The current number of instances of this type in the instance pool.
            instance_type (InstancePoolSummaryInstancetype): The ML compute instance type for the instance pool.
     """

    current_instance_count: int
    instance_type: InstancePoolSummaryInstancetype





    def to_dict(self) -> dict[str, Any]:
        current_instance_count = self.current_instance_count

        instance_type = self.instance_type.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "CurrentInstanceCount": current_instance_count,
            "InstanceType": instance_type,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        current_instance_count = d.pop("CurrentInstanceCount")

        instance_type = InstancePoolSummaryInstancetype(d.pop("InstanceType"))




        instance_pool_summary = cls(
            current_instance_count=current_instance_count,
            instance_type=instance_type,
        )

        return instance_pool_summary

