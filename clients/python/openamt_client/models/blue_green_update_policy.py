from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.traffic_routing_config import TrafficRoutingConfig





T = TypeVar("T", bound="BlueGreenUpdatePolicy")



@_attrs_define
class BlueGreenUpdatePolicy:
    """ Update policy for a blue/green deployment.

        Attributes:
            traffic_routing_configuration (TrafficRoutingConfig): Defines the traffic routing strategy to shift traffic from
                the old fleet to the new...
            maximum_execution_timeout_in_seconds (int | None | Unset): Maximum execution timeout for the deployment.
            termination_wait_in_seconds (int | None | Unset): Additional waiting time in seconds after the completion of an
                endpoint deployment before terminating the old endpoint fleet.
     """

    traffic_routing_configuration: TrafficRoutingConfig
    maximum_execution_timeout_in_seconds: int | None | Unset = UNSET
    termination_wait_in_seconds: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.traffic_routing_config import TrafficRoutingConfig # noqa: PLC0415
        traffic_routing_configuration = self.traffic_routing_configuration.to_dict()

        maximum_execution_timeout_in_seconds: int | None | Unset
        if isinstance(self.maximum_execution_timeout_in_seconds, Unset):
            maximum_execution_timeout_in_seconds = UNSET
        else:
            maximum_execution_timeout_in_seconds = self.maximum_execution_timeout_in_seconds

        termination_wait_in_seconds: int | None | Unset
        if isinstance(self.termination_wait_in_seconds, Unset):
            termination_wait_in_seconds = UNSET
        else:
            termination_wait_in_seconds = self.termination_wait_in_seconds


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "TrafficRoutingConfiguration": traffic_routing_configuration,
        })
        if maximum_execution_timeout_in_seconds is not UNSET:
            field_dict["MaximumExecutionTimeoutInSeconds"] = maximum_execution_timeout_in_seconds
        if termination_wait_in_seconds is not UNSET:
            field_dict["TerminationWaitInSeconds"] = termination_wait_in_seconds

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.traffic_routing_config import TrafficRoutingConfig # noqa: PLC0415
        d = dict(src_dict)
        traffic_routing_configuration = TrafficRoutingConfig.from_dict(d.pop("TrafficRoutingConfiguration"))




        def _parse_maximum_execution_timeout_in_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        maximum_execution_timeout_in_seconds = _parse_maximum_execution_timeout_in_seconds(d.pop("MaximumExecutionTimeoutInSeconds", UNSET))


        def _parse_termination_wait_in_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        termination_wait_in_seconds = _parse_termination_wait_in_seconds(d.pop("TerminationWaitInSeconds", UNSET))


        blue_green_update_policy = cls(
            traffic_routing_configuration=traffic_routing_configuration,
            maximum_execution_timeout_in_seconds=maximum_execution_timeout_in_seconds,
            termination_wait_in_seconds=termination_wait_in_seconds,
        )

        return blue_green_update_policy

