from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.tuning_objective_type import TuningObjectiveType






T = TypeVar("T", bound="TuningObjective")



@_attrs_define
class TuningObjective:
    """ Defines the objective metric for a tuning job.

        Attributes:
            metric_name (str): The name of the metric to use for the objective metric.
            type_ (TuningObjectiveType): Whether to minimize or maximize the objective metric.
     """

    metric_name: str
    type_: TuningObjectiveType





    def to_dict(self) -> dict[str, Any]:
        metric_name = self.metric_name

        type_ = self.type_.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "MetricName": metric_name,
            "Type": type_,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metric_name = d.pop("MetricName")

        type_ = TuningObjectiveType(d.pop("Type"))




        tuning_objective = cls(
            metric_name=metric_name,
            type_=type_,
        )

        return tuning_objective

