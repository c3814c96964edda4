from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.final_objective_metric_type_type_0 import FinalObjectiveMetricTypeType0
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="FinalObjectiveMetric")



@_attrs_define
class FinalObjectiveMetric:
    """ The last objective metric value a training job of a tuning job emitted.

        Attributes:
            metric_name (str): The name of the objective metric.
            value (float): The value of the objective metric.
            type_ (FinalObjectiveMetricTypeType0 | None | Unset): Whether the objective metric is minimized or maximized.
     """

    metric_name: str
    value: float
    type_: FinalObjectiveMetricTypeType0 | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        metric_name = self.metric_name

        value = self.value

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, FinalObjectiveMetricTypeType0):
            type_ = self.type_.value
        else:
            type_ = self.type_


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "MetricName": metric_name,
            "Value": value,
        })
        if type_ is not UNSET:
            field_dict["Type"] = type_

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metric_name = d.pop("MetricName")

        value = d.pop("Value")

        def _parse_type_(data: object) -> FinalObjectiveMetricTypeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = FinalObjectiveMetricTypeType0(data)



                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FinalObjectiveMetricTypeType0 | None | Unset, data)

        type_ = _parse_type_(d.pop("Type", UNSET))


        final_objective_metric = cls(
            metric_name=metric_name,
            value=value,
            type_=type_,
        )

        return final_objective_metric

