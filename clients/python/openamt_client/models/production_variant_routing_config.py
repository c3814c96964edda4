from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.production_variant_routing_config_routingstrategy import ProductionVariantRoutingConfigRoutingstrategy
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.prefix_aware_routing_config import PrefixAwareRoutingConfig





T = TypeVar("T", bound="ProductionVariantRoutingConfig")



@_attrs_define
class ProductionVariantRoutingConfig:
    """ Settings that control how the endpoint routes incoming traffic to the instances that...

        Attributes:
            routing_strategy (ProductionVariantRoutingConfigRoutingstrategy): Sets how the endpoint routes incoming traffic:
                LEAST_OUTSTANDING_REQUESTS: The endpoint routes requests to the specific instances that have more capacity to...
            prefix_aware_routing_config (None | PrefixAwareRoutingConfig | Unset): The configuration for prefix-aware
                routing.
     """

    routing_strategy: ProductionVariantRoutingConfigRoutingstrategy
    prefix_aware_routing_config: None | PrefixAwareRoutingConfig | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.prefix_aware_routing_config import PrefixAwareRoutingConfig # noqa: PLC0415
        routing_strategy = self.routing_strategy.value

        prefix_aware_routing_config: dict[str, Any] | None | Unset
        if isinstance(self.prefix_aware_routing_config, Unset):
            prefix_aware_routing_config = UNSET
        elif isinstance(self.prefix_aware_routing_config, PrefixAwareRoutingConfig):
            prefix_aware_routing_config = self.prefix_aware_routing_config.to_dict()
        else:
            prefix_aware_routing_config = self.prefix_aware_routing_config


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "RoutingStrategy": routing_strategy,
        })
        if prefix_aware_routing_config is not UNSET:
            field_dict["PrefixAwareRoutingConfig"] = prefix_aware_routing_config

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.prefix_aware_routing_config import PrefixAwareRoutingConfig # noqa: PLC0415
        d = dict(src_dict)
        routing_strategy = ProductionVariantRoutingConfigRoutingstrategy(d.pop("RoutingStrategy"))




        def _parse_prefix_aware_routing_config(data: object) -> None | PrefixAwareRoutingConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prefix_aware_routing_config_type_0 = PrefixAwareRoutingConfig.from_dict(data)



                return prefix_aware_routing_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PrefixAwareRoutingConfig | Unset, data)

        prefix_aware_routing_config = _parse_prefix_aware_routing_config(d.pop("PrefixAwareRoutingConfig", UNSET))


        production_variant_routing_config = cls(
            routing_strategy=routing_strategy,
            prefix_aware_routing_config=prefix_aware_routing_config,
        )

        return production_variant_routing_config

