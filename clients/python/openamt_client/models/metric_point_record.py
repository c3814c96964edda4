from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="MetricPointRecord")



@_attrs_define
class MetricPointRecord:
    """ One value a training job emitted for a metric.

        Attributes:
            metric_name (str): The metric's name.
            step (int): The count of values of this metric so far, from 1: the boosting round of built-in XGBoost, the epoch
                of a script that prints once an epoch.
            timestamp (datetime.datetime): When openamt read it from the job's output.
            value (float): The value.
     """

    metric_name: str
    step: int
    timestamp: datetime.datetime
    value: float





    def to_dict(self) -> dict[str, Any]:
        metric_name = self.metric_name

        step = self.step

        timestamp = self.timestamp.isoformat()

        value = self.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "MetricName": metric_name,
            "Step": step,
            "Timestamp": timestamp,
            "Value": value,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metric_name = d.pop("MetricName")

        step = d.pop("Step")

        timestamp = datetime.datetime.fromisoformat(d.pop("Timestamp"))




        value = d.pop("Value")

        metric_point_record = cls(
            metric_name=metric_name,
            step=step,
            timestamp=timestamp,
            value=value,
        )

        return metric_point_record

