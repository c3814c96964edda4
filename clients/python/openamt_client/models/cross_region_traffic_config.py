from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="CrossRegionTrafficConfig")



@_attrs_define
class CrossRegionTrafficConfig:
    """ The cross-Region traffic cap for the endpoint.

        Attributes:
            max_cross_region_percent_per_endpoint (int): The percentage of the endpoint's capacity that requests from
                inference routers in other Amazon Web Services Regions can use.
            max_invocations_per_second_per_instance (int): The number of invocations per second that you expect one
                InService instance to serve.
     """

    max_cross_region_percent_per_endpoint: int
    max_invocations_per_second_per_instance: int





    def to_dict(self) -> dict[str, Any]:
        max_cross_region_percent_per_endpoint = self.max_cross_region_percent_per_endpoint

        max_invocations_per_second_per_instance = self.max_invocations_per_second_per_instance


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "MaxCrossRegionPercentPerEndpoint": max_cross_region_percent_per_endpoint,
            "MaxInvocationsPerSecondPerInstance": max_invocations_per_second_per_instance,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_cross_region_percent_per_endpoint = d.pop("MaxCrossRegionPercentPerEndpoint")

        max_invocations_per_second_per_instance = d.pop("MaxInvocationsPerSecondPerInstance")

        cross_region_traffic_config = cls(
            max_cross_region_percent_per_endpoint=max_cross_region_percent_per_endpoint,
            max_invocations_per_second_per_instance=max_invocations_per_second_per_instance,
        )

        return cross_region_traffic_config

