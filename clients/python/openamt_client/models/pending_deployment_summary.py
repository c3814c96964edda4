from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.pending_production_variant_summary import PendingProductionVariantSummary





T = TypeVar("T", bound="PendingDeploymentSummary")



@_attrs_define
class PendingDeploymentSummary:
    """ Returns the summary of an in-progress deployment.

        Attributes:
            endpoint_config_name (str): The name of the endpoint configuration used in the deployment.
            production_variants (list[PendingProductionVariantSummary] | None | Unset): An array of
                PendingProductionVariantSummary objects, one for each model hosted behind this endpoint for the in-progress
                deployment.
            shadow_production_variants (list[PendingProductionVariantSummary] | None | Unset): An array of
                PendingProductionVariantSummary objects, one for each model hosted behind this endpoint in shadow mode with
                production traffic replicated from...
            start_time (datetime.datetime | None | Unset): The start time of the deployment.
     """

    endpoint_config_name: str
    production_variants: list[PendingProductionVariantSummary] | None | Unset = UNSET
    shadow_production_variants: list[PendingProductionVariantSummary] | None | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.pending_production_variant_summary import PendingProductionVariantSummary # noqa: PLC0415
        endpoint_config_name = self.endpoint_config_name

        production_variants: list[dict[str, Any]] | None | Unset
        if isinstance(self.production_variants, Unset):
            production_variants = UNSET
        elif isinstance(self.production_variants, list):
            production_variants = []
            for production_variants_type_0_item_data in self.production_variants:
                production_variants_type_0_item = production_variants_type_0_item_data.to_dict()
                production_variants.append(production_variants_type_0_item)


        else:
            production_variants = self.production_variants

        shadow_production_variants: list[dict[str, Any]] | None | Unset
        if isinstance(self.shadow_production_variants, Unset):
            shadow_production_variants = UNSET
        elif isinstance(self.shadow_production_variants, list):
            shadow_production_variants = []
            for shadow_production_variants_type_0_item_data in self.shadow_production_variants:
                shadow_production_variants_type_0_item = shadow_production_variants_type_0_item_data.to_dict()
                shadow_production_variants.append(shadow_production_variants_type_0_item)


        else:
            shadow_production_variants = self.shadow_production_variants

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "EndpointConfigName": endpoint_config_name,
        })
        if production_variants is not UNSET:
            field_dict["ProductionVariants"] = production_variants
        if shadow_production_variants is not UNSET:
            field_dict["ShadowProductionVariants"] = shadow_production_variants
        if start_time is not UNSET:
            field_dict["StartTime"] = start_time

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pending_production_variant_summary import PendingProductionVariantSummary # noqa: PLC0415
        d = dict(src_dict)
        endpoint_config_name = d.pop("EndpointConfigName")

        def _parse_production_variants(data: object) -> list[PendingProductionVariantSummary] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                production_variants_type_0 = []
                _production_variants_type_0 = data
                for production_variants_type_0_item_data in (_production_variants_type_0):
                    production_variants_type_0_item = PendingProductionVariantSummary.from_dict(production_variants_type_0_item_data)



                    production_variants_type_0.append(production_variants_type_0_item)

                return production_variants_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PendingProductionVariantSummary] | None | Unset, data)

        production_variants = _parse_production_variants(d.pop("ProductionVariants", UNSET))


        def _parse_shadow_production_variants(data: object) -> list[PendingProductionVariantSummary] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                shadow_production_variants_type_0 = []
                _shadow_production_variants_type_0 = data
                for shadow_production_variants_type_0_item_data in (_shadow_production_variants_type_0):
                    shadow_production_variants_type_0_item = PendingProductionVariantSummary.from_dict(shadow_production_variants_type_0_item_data)



                    shadow_production_variants_type_0.append(shadow_production_variants_type_0_item)

                return shadow_production_variants_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PendingProductionVariantSummary] | None | Unset, data)

        shadow_production_variants = _parse_shadow_production_variants(d.pop("ShadowProductionVariants", UNSET))


        def _parse_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_time_type_0 = datetime.datetime.fromisoformat(data)



                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_time = _parse_start_time(d.pop("StartTime", UNSET))


        pending_deployment_summary = cls(
            endpoint_config_name=endpoint_config_name,
            production_variants=production_variants,
            shadow_production_variants=shadow_production_variants,
            start_time=start_time,
        )

        return pending_deployment_summary

