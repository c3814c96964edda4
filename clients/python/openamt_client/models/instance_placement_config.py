from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.placement_specification import PlacementSpecification





T = TypeVar("T", bound="InstancePlacementConfig")



@_attrs_define
class InstancePlacementConfig:
    """ Configuration for how instances are placed and allocated within UltraServers.

        Attributes:
            enable_multiple_jobs (bool | None | Unset): If set to true, allows multiple jobs to share the same UltraServer
                instances.
            placement_specifications (list[PlacementSpecification] | None | Unset): How instances are placed on specific
                UltraServers.
     """

    enable_multiple_jobs: bool | None | Unset = UNSET
    placement_specifications: list[PlacementSpecification] | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.placement_specification import PlacementSpecification # noqa: PLC0415
        enable_multiple_jobs: bool | None | Unset
        if isinstance(self.enable_multiple_jobs, Unset):
            enable_multiple_jobs = UNSET
        else:
            enable_multiple_jobs = self.enable_multiple_jobs

        placement_specifications: list[dict[str, Any]] | None | Unset
        if isinstance(self.placement_specifications, Unset):
            placement_specifications = UNSET
        elif isinstance(self.placement_specifications, list):
            placement_specifications = []
            for placement_specifications_type_0_item_data in self.placement_specifications:
                placement_specifications_type_0_item = placement_specifications_type_0_item_data.to_dict()
                placement_specifications.append(placement_specifications_type_0_item)


        else:
            placement_specifications = self.placement_specifications


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if enable_multiple_jobs is not UNSET:
            field_dict["EnableMultipleJobs"] = enable_multiple_jobs
        if placement_specifications is not UNSET:
            field_dict["PlacementSpecifications"] = placement_specifications

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.placement_specification import PlacementSpecification # noqa: PLC0415
        d = dict(src_dict)
        def _parse_enable_multiple_jobs(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_multiple_jobs = _parse_enable_multiple_jobs(d.pop("EnableMultipleJobs", UNSET))


        def _parse_placement_specifications(data: object) -> list[PlacementSpecification] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                placement_specifications_type_0 = []
                _placement_specifications_type_0 = data
                for placement_specifications_type_0_item_data in (_placement_specifications_type_0):
                    placement_specifications_type_0_item = PlacementSpecification.from_dict(placement_specifications_type_0_item_data)



                    placement_specifications_type_0.append(placement_specifications_type_0_item)

                return placement_specifications_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PlacementSpecification] | None | Unset, data)

        placement_specifications = _parse_placement_specifications(d.pop("PlacementSpecifications", UNSET))


        instance_placement_config = cls(
            enable_multiple_jobs=enable_multiple_jobs,
            placement_specifications=placement_specifications,
        )

        return instance_placement_config

