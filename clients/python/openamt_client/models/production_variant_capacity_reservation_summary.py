from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast

if TYPE_CHECKING:
  from ..models.ec_2_capacity_reservation import Ec2CapacityReservation





T = TypeVar("T", bound="ProductionVariantCapacityReservationSummary")



@_attrs_define
class ProductionVariantCapacityReservationSummary:
    """ Settings for the capacity reservation for the compute instances that SageMaker AI...

        Attributes:
            available_instance_count (int | None | Unset): The number of instances that are currently available in the ML
                capacity reservation.
            capacity_reservation_preference (Literal['capacity-reservations-only'] | None | Unset): The option that you
                chose for the capacity reservation.
            ec_2_capacity_reservations (list[Ec2CapacityReservation] | None | Unset): The EC2 capacity reservations that are
                shared to this ML capacity reservation, if any.
            ml_reservation_arn (None | str | Unset): The Amazon Resource Name (ARN) that uniquely identifies the ML capacity
                reservation that SageMaker AI applies when it deploys the endpoint.
            total_instance_count (int | None | Unset): The number of instances that you allocated to the ML capacity
                reservation.
            used_by_current_endpoint (int | None | Unset): The number of instances from the ML capacity reservation that are
                being used by the endpoint.
     """

    available_instance_count: int | None | Unset = UNSET
    capacity_reservation_preference: Literal['capacity-reservations-only'] | None | Unset = UNSET
    ec_2_capacity_reservations: list[Ec2CapacityReservation] | None | Unset = UNSET
    ml_reservation_arn: None | str | Unset = UNSET
    total_instance_count: int | None | Unset = UNSET
    used_by_current_endpoint: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.ec_2_capacity_reservation import Ec2CapacityReservation # noqa: PLC0415
        available_instance_count: int | None | Unset
        if isinstance(self.available_instance_count, Unset):
            available_instance_count = UNSET
        else:
            available_instance_count = self.available_instance_count

        capacity_reservation_preference: Literal['capacity-reservations-only'] | None | Unset
        if isinstance(self.capacity_reservation_preference, Unset):
            capacity_reservation_preference = UNSET
        else:
            capacity_reservation_preference = self.capacity_reservation_preference

        ec_2_capacity_reservations: list[dict[str, Any]] | None | Unset
        if isinstance(self.ec_2_capacity_reservations, Unset):
            ec_2_capacity_reservations = UNSET
        elif isinstance(self.ec_2_capacity_reservations, list):
            ec_2_capacity_reservations = []
            for ec_2_capacity_reservations_type_0_item_data in self.ec_2_capacity_reservations:
                ec_2_capacity_reservations_type_0_item = ec_2_capacity_reservations_type_0_item_data.to_dict()
                ec_2_capacity_reservations.append(ec_2_capacity_reservations_type_0_item)


        else:
            ec_2_capacity_reservations = self.ec_2_capacity_reservations

        ml_reservation_arn: None | str | Unset
        if isinstance(self.ml_reservation_arn, Unset):
            ml_reservation_arn = UNSET
        else:
            ml_reservation_arn = self.ml_reservation_arn

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
        if capacity_reservation_preference is not UNSET:
            field_dict["CapacityReservationPreference"] = capacity_reservation_preference
        if ec_2_capacity_reservations is not UNSET:
            field_dict["Ec2CapacityReservations"] = ec_2_capacity_reservations
        if ml_reservation_arn is not UNSET:
            field_dict["MlReservationArn"] = ml_reservation_arn
        if total_instance_count is not UNSET:
            field_dict["TotalInstanceCount"] = total_instance_count
        if used_by_current_endpoint is not UNSET:
            field_dict["UsedByCurrentEndpoint"] = used_by_current_endpoint

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ec_2_capacity_reservation import Ec2CapacityReservation # noqa: PLC0415
        d = dict(src_dict)
        def _parse_available_instance_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        available_instance_count = _parse_available_instance_count(d.pop("AvailableInstanceCount", UNSET))


        def _parse_capacity_reservation_preference(data: object) -> Literal['capacity-reservations-only'] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            capacity_reservation_preference_type_0 = cast(Literal['capacity-reservations-only'] , data)
            if capacity_reservation_preference_type_0 != 'capacity-reservations-only':
                raise ValueError(f"CapacityReservationPreference_type_0 must match const 'capacity-reservations-only', got '{capacity_reservation_preference_type_0}'")
            return capacity_reservation_preference_type_0
            return cast(Literal['capacity-reservations-only'] | None | Unset, data)

        capacity_reservation_preference = _parse_capacity_reservation_preference(d.pop("CapacityReservationPreference", UNSET))


        def _parse_ec_2_capacity_reservations(data: object) -> list[Ec2CapacityReservation] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ec_2_capacity_reservations_type_0 = []
                _ec_2_capacity_reservations_type_0 = data
                for ec_2_capacity_reservations_type_0_item_data in (_ec_2_capacity_reservations_type_0):
                    ec_2_capacity_reservations_type_0_item = Ec2CapacityReservation.from_dict(ec_2_capacity_reservations_type_0_item_data)



                    ec_2_capacity_reservations_type_0.append(ec_2_capacity_reservations_type_0_item)

                return ec_2_capacity_reservations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Ec2CapacityReservation] | None | Unset, data)

        ec_2_capacity_reservations = _parse_ec_2_capacity_reservations(d.pop("Ec2CapacityReservations", UNSET))


        def _parse_ml_reservation_arn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ml_reservation_arn = _parse_ml_reservation_arn(d.pop("MlReservationArn", UNSET))


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


        production_variant_capacity_reservation_summary = cls(
            available_instance_count=available_instance_count,
            capacity_reservation_preference=capacity_reservation_preference,
            ec_2_capacity_reservations=ec_2_capacity_reservations,
            ml_reservation_arn=ml_reservation_arn,
            total_instance_count=total_instance_count,
            used_by_current_endpoint=used_by_current_endpoint,
        )

        return production_variant_capacity_reservation_summary

