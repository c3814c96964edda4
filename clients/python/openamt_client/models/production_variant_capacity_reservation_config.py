from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast






T = TypeVar("T", bound="ProductionVariantCapacityReservationConfig")



@_attrs_define
class ProductionVariantCapacityReservationConfig:
    """ Settings for the capacity reservation for the compute instances that SageMaker AI...

        Attributes:
            capacity_reservation_preference (Literal['capacity-reservations-only'] | None | Unset): Options that you can
                choose for the capacity reservation.
            ml_reservation_arn (None | str | Unset): The Amazon Resource Name (ARN) that uniquely identifies the ML capacity
                reservation that SageMaker AI applies when it deploys the endpoint.
     """

    capacity_reservation_preference: Literal['capacity-reservations-only'] | None | Unset = UNSET
    ml_reservation_arn: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        capacity_reservation_preference: Literal['capacity-reservations-only'] | None | Unset
        if isinstance(self.capacity_reservation_preference, Unset):
            capacity_reservation_preference = UNSET
        else:
            capacity_reservation_preference = self.capacity_reservation_preference

        ml_reservation_arn: None | str | Unset
        if isinstance(self.ml_reservation_arn, Unset):
            ml_reservation_arn = UNSET
        else:
            ml_reservation_arn = self.ml_reservation_arn


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if capacity_reservation_preference is not UNSET:
            field_dict["CapacityReservationPreference"] = capacity_reservation_preference
        if ml_reservation_arn is not UNSET:
            field_dict["MlReservationArn"] = ml_reservation_arn

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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


        def _parse_ml_reservation_arn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ml_reservation_arn = _parse_ml_reservation_arn(d.pop("MlReservationArn", UNSET))


        production_variant_capacity_reservation_config = cls(
            capacity_reservation_preference=capacity_reservation_preference,
            ml_reservation_arn=ml_reservation_arn,
        )

        return production_variant_capacity_reservation_config

