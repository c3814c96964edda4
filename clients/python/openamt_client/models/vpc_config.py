from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="VpcConfig")



@_attrs_define
class VpcConfig:
    """ The VPC subnets and security groups a job has access to.

        Attributes:
            security_group_ids (list[str]): The VPC security group IDs, of the form sg-xxxxxxxx.
            subnets (list[str]): The IDs of the subnets to connect to.
     """

    security_group_ids: list[str]
    subnets: list[str]





    def to_dict(self) -> dict[str, Any]:
        security_group_ids = self.security_group_ids



        subnets = self.subnets




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "SecurityGroupIds": security_group_ids,
            "Subnets": subnets,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        security_group_ids = cast(list[str], d.pop("SecurityGroupIds"))


        subnets = cast(list[str], d.pop("Subnets"))


        vpc_config = cls(
            security_group_ids=security_group_ids,
            subnets=subnets,
        )

        return vpc_config

