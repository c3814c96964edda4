from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="PlacementSpecification")



@_attrs_define
class PlacementSpecification:
    """ Specifies how instances should be placed on a specific UltraServer.

        Attributes:
            instance_count (int): The number of instances to place together on this UltraServer.
            ultra_server_id (None | str | Unset): The unique identifier of the UltraServer where instances should be placed.
     """

    instance_count: int
    ultra_server_id: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        instance_count = self.instance_count

        ultra_server_id: None | str | Unset
        if isinstance(self.ultra_server_id, Unset):
            ultra_server_id = UNSET
        else:
            ultra_server_id = self.ultra_server_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "InstanceCount": instance_count,
        })
        if ultra_server_id is not UNSET:
            field_dict["UltraServerId"] = ultra_server_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_count = d.pop("InstanceCount")

        def _parse_ultra_server_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ultra_server_id = _parse_ultra_server_id(d.pop("UltraServerId", UNSET))


        placement_specification = cls(
            instance_count=instance_count,
            ultra_server_id=ultra_server_id,
        )

        return placement_specification

