from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Ec2CapacityReservation")



@_attrs_define
class Ec2CapacityReservation:
    """ The EC2 capacity reservations that are shared to an ML capacity reservation.

        Attributes:
            available_instance_count (int | None | Unset): The number of instances that are currently available in the EC2
                capacity reservation.
            ec_2_capacity_reservation_id (None | str | Unset): The unique identifier for an EC2 capacity reservation that's
                part of the ML capacity reservation.
            total_instance_count (int | None | Unset): The number of instances that you allocated to the EC2 capacity
                reservation.
            used_by_current_endpoint (int | None | Unset): The number of instances from the EC2 capacity reservation that
                are being used by the endpoint.
     """

    available_instance_count: int | None | Unset = UNSET
    ec_2_capacity_reservation_id: None | str | Unset = UNSET
    total_instance_count: int | None | Unset = UNSET
    used_by_current_endpoint: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        available_instance_count: int | None | Unset
        if isinstance(self.available_instance_count, Unset):
            available_instance_count = UNSET
        else:
            available_instance_count = self.available_instance_count

        ec_2_capacity_reservation_id: None | str | Unset
        if isinstance(self.ec_2_capacity_reservation_id, Unset):
            ec_2_capacity_reservation_id = UNSET
        else:
            ec_2_capacity_reservation_id = self.ec_2_capacity_reservation_id

        total_instance_count: int | None | Unset
        if isinstance(self.total_instance_count, Unset):
            total_instance_count = UNSET
        else:
            total_instance_count = self.total_instance_count

        used_by_current_endpoint: int | None | Unset
        if isinstance(self.used_by_current_endpoint, Unset):
            used_by_current_endpoint = UNSET
        else:
            used_by_current_endpoint = self.used_by_current_endpoint


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if available_instance_count is not UNSET:
            field_dict["AvailableInstanceCount"] = available_instance_count
        if ec_2_capacity_reservation_id is not UNSET:
            field_dict["Ec2CapacityReservationId"] = ec_2_capacity_reservation_id
        if total_instance_count is not UNSET:
            field_dict["TotalInstanceCount"] = total_instance_count
        if used_by_current_endpoint is not UNSET:
            field_dict["UsedByCurrentEndpoint"] = used_by_current_endpoint

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_available_instance_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        available_instance_count = _parse_available_instance_count(d.pop("AvailableInstanceCount", UNSET))


        def _parse_ec_2_capacity_reservation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ec_2_capacity_reservation_id = _parse_ec_2_capacity_reservation_id(d.pop("Ec2CapacityReservationId", UNSET))


        def _parse_total_instance_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_instance_count = _parse_total_instance_count(d.pop("TotalInstanceCount", UNSET))


        def _parse_used_by_current_endpoint(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        used_by_current_endpoint = _parse_used_by_current_endpoint(d.pop("UsedByCurrentEndpoint", UNSET))


        ec_2_capacity_reservation = cls(
            available_instance_count=available_instance_count,
            ec_2_capacity_reservation_id=ec_2_capacity_reservation_id,
            total_instance_count=total_instance_count,
            used_by_current_endpoint=used_by_current_endpoint,
        )

        return ec_2_capacity_reservation

