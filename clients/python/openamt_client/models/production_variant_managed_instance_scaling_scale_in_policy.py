from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.production_variant_managed_instance_scaling_scale_in_policy_strategy import ProductionVariantManagedInstanceScalingScaleInPolicyStrategy
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ProductionVariantManagedInstanceScalingScaleInPolicy")



@_attrs_define
class ProductionVariantManagedInstanceScalingScaleInPolicy:
    """ Configures the scale-in behavior for managed instance scaling.

        Attributes:
            strategy (ProductionVariantManagedInstanceScalingScaleInPolicyStrategy): The strategy for scaling in instances.
            cooldown_in_minutes (int | None | Unset): The cooldown period, in minutes, after the last endpoint operation
                before the endpoint evaluates consolidation scale-in opportunities.
            maximum_step_size (int | None | Unset): The maximum number of instances that the endpoint can terminate at a
                time during a consolidation scale-in operation.
     """

    strategy: ProductionVariantManagedInstanceScalingScaleInPolicyStrategy
    cooldown_in_minutes: int | None | Unset = UNSET
    maximum_step_size: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        strategy = self.strategy.value

        cooldown_in_minutes: int | None | Unset
        if isinstance(self.cooldown_in_minutes, Unset):
            cooldown_in_minutes = UNSET
        else:
            cooldown_in_minutes = self.cooldown_in_minutes

        maximum_step_size: int | None | Unset
        if isinstance(self.maximum_step_size, Unset):
            maximum_step_size = UNSET
        else:
            maximum_step_size = self.maximum_step_size


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "Strategy": strategy,
        })
        if cooldown_in_minutes is not UNSET:
            field_dict["CooldownInMinutes"] = cooldown_in_minutes
        if maximum_step_size is not UNSET:
            field_dict["MaximumStepSize"] = maximum_step_size

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        strategy = ProductionVariantManagedInstanceScalingScaleInPolicyStrategy(d.pop("Strategy"))




        def _parse_cooldown_in_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cooldown_in_minutes = _parse_cooldown_in_minutes(d.pop("CooldownInMinutes", UNSET))


        def _parse_maximum_step_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        maximum_step_size = _parse_maximum_step_size(d.pop("MaximumStepSize", UNSET))


        production_variant_managed_instance_scaling_scale_in_policy = cls(
            strategy=strategy,
            cooldown_in_minutes=cooldown_in_minutes,
            maximum_step_size=maximum_step_size,
        )

        return production_variant_managed_instance_scaling_scale_in_policy

