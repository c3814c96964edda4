from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AcceleratorPartitionLayout")



@_attrs_define
class AcceleratorPartitionLayout:
    """ A layout of accelerator partitions for a production variant.

        Attributes:
            accelerator_partition_types (list[str] | None | Unset): The list of partition profiles to carve on each
                accelerator that this layout applies to.
     """

    accelerator_partition_types: list[str] | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        accelerator_partition_types: list[str] | None | Unset
        if isinstance(self.accelerator_partition_types, Unset):
            accelerator_partition_types = UNSET
        elif isinstance(self.accelerator_partition_types, list):
            accelerator_partition_types = self.accelerator_partition_types


        else:
            accelerator_partition_types = self.accelerator_partition_types


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if accelerator_partition_types is not UNSET:
            field_dict["AcceleratorPartitionTypes"] = accelerator_partition_types

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_accelerator_partition_types(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                accelerator_partition_types_type_0 = cast(list[str], data)

                return accelerator_partition_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        accelerator_partition_types = _parse_accelerator_partition_types(d.pop("AcceleratorPartitionTypes", UNSET))


        accelerator_partition_layout = cls(
            accelerator_partition_types=accelerator_partition_types,
        )

        return accelerator_partition_layout

