from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="MetricDefinition")



@_attrs_define
class MetricDefinition:
    """ Specifies a metric that the training algorithm writes to stderr or stdout.

        Attributes:
            name (str): The name of the metric.
            regex (str): A regular expression whose first group captures the metric value in the job logs.
     """

    name: str
    regex: str





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        regex = self.regex


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "Name": name,
            "Regex": regex,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name")

        regex = d.pop("Regex")

        metric_definition = cls(
            name=name,
            regex=regex,
        )

        return metric_definition

