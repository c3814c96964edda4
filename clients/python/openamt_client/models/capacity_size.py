from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.capacity_size_type import CapacitySizeType






T = TypeVar("T", bound="CapacitySize")



@_attrs_define
class CapacitySize:
    """ Batch size for the first step to turn on traffic on the new endpoint fleet.

        Attributes:
            type_ (CapacitySizeType): Specifies the endpoint capacity type.
            value (int): Defines the capacity size, either as a number of instances or a capacity percentage.
     """

    type_: CapacitySizeType
    value: int





    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        value = self.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "Type": type_,
            "Value": value,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = CapacitySizeType(d.pop("Type"))




        value = d.pop("Value")

        capacity_size = cls(
            type_=type_,
            value=value,
        )

        return capacity_size

