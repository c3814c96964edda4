from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="MetricsEndpoint")



@_attrs_define
class MetricsEndpoint:
    """ Specifies a metrics endpoint for a container, including the path where the container...

        Attributes:
            metrics_endpoint_path (str): The path to the metrics endpoint exposed by the container.
            metric_publish_frequency_in_seconds (int | None | Unset): The interval, in seconds, at which container metrics
                scraped from the endpoint are published to Amazon CloudWatch.
     """

    metrics_endpoint_path: str
    metric_publish_frequency_in_seconds: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        metrics_endpoint_path = self.metrics_endpoint_path

        metric_publish_frequency_in_seconds: int | None | Unset
        if isinstance(self.metric_publish_frequency_in_seconds, Unset):
            metric_publish_frequency_in_seconds = UNSET
        else:
            metric_publish_frequency_in_seconds = self.metric_publish_frequency_in_seconds


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "MetricsEndpointPath": metrics_endpoint_path,
        })
        if metric_publish_frequency_in_seconds is not UNSET:
            field_dict["MetricPublishFrequencyInSeconds"] = metric_publish_frequency_in_seconds

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metrics_endpoint_path = d.pop("MetricsEndpointPath")

        def _parse_metric_publish_frequency_in_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        metric_publish_frequency_in_seconds = _parse_metric_publish_frequency_in_seconds(d.pop("MetricPublishFrequencyInSeconds", UNSET))


        metrics_endpoint = cls(
            metrics_endpoint_path=metrics_endpoint_path,
            metric_publish_frequency_in_seconds=metric_publish_frequency_in_seconds,
        )

        return metrics_endpoint

