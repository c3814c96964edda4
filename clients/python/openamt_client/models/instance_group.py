from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.instance_group_instancetype import InstanceGroupInstancetype






T = TypeVar("T", bound="InstanceGroup")



@_attrs_define
class InstanceGroup:
    """ Defines an instance group for heterogeneous cluster training.

        Attributes:
            instance_count (int): Specifies the number of instances of the instance group.
            instance_group_name (str): Specifies the name of the instance group.
            instance_type (InstanceGroupInstancetype): Specifies the instance type of the instance group.
     """

    instance_count: int
    instance_group_name: str
    instance_type: InstanceGroupInstancetype





    def to_dict(self) -> dict[str, Any]:
        instance_count = self.instance_count

        instance_group_name = self.instance_group_name

        instance_type = self.instance_type.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "InstanceCount": instance_count,
            "InstanceGroupName": instance_group_name,
            "InstanceType": instance_type,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_count = d.pop("InstanceCount")

        instance_group_name = d.pop("InstanceGroupName")

        instance_type = InstanceGroupInstancetype(d.pop("InstanceType"))




        instance_group = cls(
            instance_count=instance_count,
            instance_group_name=instance_group_name,
            instance_type=instance_type,
        )

        return instance_group

