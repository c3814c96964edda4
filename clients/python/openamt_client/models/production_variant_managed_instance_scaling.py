from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.production_variant_managed_instance_scaling_status_type_0 import ProductionVariantManagedInstanceScalingStatusType0
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.production_variant_managed_instance_scaling_scale_in_policy import ProductionVariantManagedInstanceScalingScaleInPolicy





T = TypeVar("T", bound="ProductionVariantManagedInstanceScaling")



@_attrs_define
class ProductionVariantManagedInstanceScaling:
    """ Settings that control the range in the number of instances that the endpoint...

        Attributes:
            max_instance_count (int | None | Unset): The maximum number of instances that the endpoint can provision when it
                scales up to accommodate an increase in traffic.
            min_instance_count (int | None | Unset): The minimum number of instances that the endpoint must retain when it
                scales down to accommodate a decrease in traffic.
            scale_in_policy (None | ProductionVariantManagedInstanceScalingScaleInPolicy | Unset): Configures the scale-in
                behavior for managed instance scaling.
            status (None | ProductionVariantManagedInstanceScalingStatusType0 | Unset): Indicates whether managed instance
                scaling is enabled.
     """

    max_instance_count: int | None | Unset = UNSET
    min_instance_count: int | None | Unset = UNSET
    scale_in_policy: None | ProductionVariantManagedInstanceScalingScaleInPolicy | Unset = UNSET
    status: None | ProductionVariantManagedInstanceScalingStatusType0 | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.production_variant_managed_instance_scaling_scale_in_policy import ProductionVariantManagedInstanceScalingScaleInPolicy # noqa: PLC0415
        max_instance_count: int | None | Unset
        if isinstance(self.max_instance_count, Unset):
            max_instance_count = UNSET
        else:
            max_instance_count = self.max_instance_count

        min_instance_count: int | None | Unset
        if isinstance(self.min_instance_count, Unset):
            min_instance_count = UNSET
        else:
            min_instance_count = self.min_instance_count

        scale_in_policy: dict[str, Any] | None | Unset
        if isinstance(self.scale_in_policy, Unset):
            scale_in_policy = UNSET
        elif isinstance(self.scale_in_policy, ProductionVariantManagedInstanceScalingScaleInPolicy):
            scale_in_policy = self.scale_in_policy.to_dict()
        else:
            scale_in_policy = self.scale_in_policy

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ProductionVariantManagedInstanceScalingStatusType0):
            status = self.status.value
        else:
            status = self.status


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if max_instance_count is not UNSET:
            field_dict["MaxInstanceCount"] = max_instance_count
        if min_instance_count is not UNSET:
            field_dict["MinInstanceCount"] = min_instance_count
        if scale_in_policy is not UNSET:
            field_dict["ScaleInPolicy"] = scale_in_policy
        if status is not UNSET:
            field_dict["Status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.production_variant_managed_instance_scaling_scale_in_policy import ProductionVariantManagedInstanceScalingScaleInPolicy # noqa: PLC0415
        d = dict(src_dict)
        def _parse_max_instance_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_instance_count = _parse_max_instance_count(d.pop("MaxInstanceCount", UNSET))


        def _parse_min_instance_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_instance_count = _parse_min_instance_count(d.pop("MinInstanceCount", UNSET))


        def _parse_scale_in_policy(data: object) -> None | ProductionVariantManagedInstanceScalingScaleInPolicy | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                scale_in_policy_type_0 = ProductionVariantManagedInstanceScalingScaleInPolicy.from_dict(data)



                return scale_in_policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductionVariantManagedInstanceScalingScaleInPolicy | Unset, data)

        scale_in_policy = _parse_scale_in_policy(d.pop("ScaleInPolicy", UNSET))


        def _parse_status(data: object) -> None | ProductionVariantManagedInstanceScalingStatusType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ProductionVariantManagedInstanceScalingStatusType0(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductionVariantManagedInstanceScalingStatusType0 | Unset, data)

        status = _parse_status(d.pop("Status", UNSET))


        production_variant_managed_instance_scaling = cls(
            max_instance_count=max_instance_count,
            min_instance_count=min_instance_count,
            scale_in_policy=scale_in_policy,
            status=status,
        )

        return production_variant_managed_instance_scaling

