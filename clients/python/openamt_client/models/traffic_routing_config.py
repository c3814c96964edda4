from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.traffic_routing_config_type import TrafficRoutingConfigType
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.capacity_size import CapacitySize





T = TypeVar("T", bound="TrafficRoutingConfig")



@_attrs_define
class TrafficRoutingConfig:
    """ Defines the traffic routing strategy to shift traffic from the old fleet to the new...

        Attributes:
            type_ (TrafficRoutingConfigType): Traffic routing strategy type.
            wait_interval_in_seconds (int): The waiting time (in seconds) between incremental steps to turn on traffic on
                the new endpoint fleet.
            canary_size (CapacitySize | None | Unset): Batch size for the first step to turn on traffic on the new endpoint
                fleet.
            linear_step_size (CapacitySize | None | Unset): Batch size for each step to turn on traffic on the new endpoint
                fleet.
     """

    type_: TrafficRoutingConfigType
    wait_interval_in_seconds: int
    canary_size: CapacitySize | None | Unset = UNSET
    linear_step_size: CapacitySize | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.capacity_size import CapacitySize # noqa: PLC0415
        type_ = self.type_.value

        wait_interval_in_seconds = self.wait_interval_in_seconds

        canary_size: dict[str, Any] | None | Unset
        if isinstance(self.canary_size, Unset):
            canary_size = UNSET
        elif isinstance(self.canary_size, CapacitySize):
            canary_size = self.canary_size.to_dict()
        else:
            canary_size = self.canary_size

        linear_step_size: dict[str, Any] | None | Unset
        if isinstance(self.linear_step_size, Unset):
            linear_step_size = UNSET
        elif isinstance(self.linear_step_size, CapacitySize):
            linear_step_size = self.linear_step_size.to_dict()
        else:
            linear_step_size = self.linear_step_size


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "Type": type_,
            "WaitIntervalInSeconds": wait_interval_in_seconds,
        })
        if canary_size is not UNSET:
            field_dict["CanarySize"] = canary_size
        if linear_step_size is not UNSET:
            field_dict["LinearStepSize"] = linear_step_size

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.capacity_size import CapacitySize # noqa: PLC0415
        d = dict(src_dict)
        type_ = TrafficRoutingConfigType(d.pop("Type"))




        wait_interval_in_seconds = d.pop("WaitIntervalInSeconds")

        def _parse_canary_size(data: object) -> CapacitySize | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                canary_size_type_0 = CapacitySize.from_dict(data)



                return canary_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CapacitySize | None | Unset, data)

        canary_size = _parse_canary_size(d.pop("CanarySize", UNSET))


        def _parse_linear_step_size(data: object) -> CapacitySize | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                linear_step_size_type_0 = CapacitySize.from_dict(data)



                return linear_step_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CapacitySize | None | Unset, data)

        linear_step_size = _parse_linear_step_size(d.pop("LinearStepSize", UNSET))


        traffic_routing_config = cls(
            type_=type_,
            wait_interval_in_seconds=wait_interval_in_seconds,
            canary_size=canary_size,
            linear_step_size=linear_step_size,
        )

        return traffic_routing_config

