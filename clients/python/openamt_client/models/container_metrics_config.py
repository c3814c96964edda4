from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.metrics_endpoint import MetricsEndpoint





T = TypeVar("T", bound="ContainerMetricsConfig")



@_attrs_define
class ContainerMetricsConfig:
    """ The configuration for container metrics scraping.

        Attributes:
            metrics_endpoints (list[MetricsEndpoint] | None | Unset): A list of metrics endpoints to scrape from the
                container.
     """

    metrics_endpoints: list[MetricsEndpoint] | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.metrics_endpoint import MetricsEndpoint # noqa: PLC0415
        metrics_endpoints: list[dict[str, Any]] | None | Unset
        if isinstance(self.metrics_endpoints, Unset):
            metrics_endpoints = UNSET
        elif isinstance(self.metrics_endpoints, list):
            metrics_endpoints = []
            for metrics_endpoints_type_0_item_data in self.metrics_endpoints:
                metrics_endpoints_type_0_item = metrics_endpoints_type_0_item_data.to_dict()
                metrics_endpoints.append(metrics_endpoints_type_0_item)


        else:
            metrics_endpoints = self.metrics_endpoints


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if metrics_endpoints is not UNSET:
            field_dict["MetricsEndpoints"] = metrics_endpoints

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metrics_endpoint import MetricsEndpoint # noqa: PLC0415
        d = dict(src_dict)
        def _parse_metrics_endpoints(data: object) -> list[MetricsEndpoint] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                metrics_endpoints_type_0 = []
                _metrics_endpoints_type_0 = data
                for metrics_endpoints_type_0_item_data in (_metrics_endpoints_type_0):
                    metrics_endpoints_type_0_item = MetricsEndpoint.from_dict(metrics_endpoints_type_0_item_data)



                    metrics_endpoints_type_0.append(metrics_endpoints_type_0_item)

                return metrics_endpoints_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MetricsEndpoint] | None | Unset, data)

        metrics_endpoints = _parse_metrics_endpoints(d.pop("MetricsEndpoints", UNSET))


        container_metrics_config = cls(
            metrics_endpoints=metrics_endpoints,
        )

        return container_metrics_config

