from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="MetricsConfig")



@_attrs_define
class MetricsConfig:
    """ The configuration parameters for utilization metrics.

        Attributes:
            enable_detailed_observability (bool | None | Unset): Indicates whether detailed observability is enabled for the
                endpoint.
            enable_enhanced_metrics (bool | None | Unset): Specifies whether to enable enhanced metrics for the endpoint.
            metric_publish_frequency_in_seconds (int | None | Unset): The interval, in seconds, at which metrics are
                published to Amazon CloudWatch.
     """

    enable_detailed_observability: bool | None | Unset = UNSET
    enable_enhanced_metrics: bool | None | Unset = UNSET
    metric_publish_frequency_in_seconds: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        enable_detailed_observability: bool | None | Unset
        if isinstance(self.enable_detailed_observability, Unset):
            enable_detailed_observability = UNSET
        else:
            enable_detailed_observability = self.enable_detailed_observability

        enable_enhanced_metrics: bool | None | Unset
        if isinstance(self.enable_enhanced_metrics, Unset):
            enable_enhanced_metrics = UNSET
        else:
            enable_enhanced_metrics = self.enable_enhanced_metrics

        metric_publish_frequency_in_seconds: int | None | Unset
        if isinstance(self.metric_publish_frequency_in_seconds, Unset):
            metric_publish_frequency_in_seconds = UNSET
        else:
            metric_publish_frequency_in_seconds = self.metric_publish_frequency_in_seconds


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if enable_detailed_observability is not UNSET:
            field_dict["EnableDetailedObservability"] = enable_detailed_observability
        if enable_enhanced_metrics is not UNSET:
            field_dict["EnableEnhancedMetrics"] = enable_enhanced_metrics
        if metric_publish_frequency_in_seconds is not UNSET:
            field_dict["MetricPublishFrequencyInSeconds"] = metric_publish_frequency_in_seconds

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_enable_detailed_observability(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_detailed_observability = _parse_enable_detailed_observability(d.pop("EnableDetailedObservability", UNSET))


        def _parse_enable_enhanced_metrics(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_enhanced_metrics = _parse_enable_enhanced_metrics(d.pop("EnableEnhancedMetrics", UNSET))


        def _parse_metric_publish_frequency_in_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        metric_publish_frequency_in_seconds = _parse_metric_publish_frequency_in_seconds(d.pop("MetricPublishFrequencyInSeconds", UNSET))


        metrics_config = cls(
            enable_detailed_observability=enable_detailed_observability,
            enable_enhanced_metrics=enable_enhanced_metrics,
            metric_publish_frequency_in_seconds=metric_publish_frequency_in_seconds,
        )

        return metrics_config

