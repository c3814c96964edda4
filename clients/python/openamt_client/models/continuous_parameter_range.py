from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.continuous_parameter_range_scaling_type_type_0 import ContinuousParameterRangeScalingTypeType0
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ContinuousParameterRange")



@_attrs_define
class ContinuousParameterRange:
    """ The range a continuous hyperparameter is searched in.

        Attributes:
            max_value (str): The maximum value for the hyperparameter.
            min_value (str): The minimum value for the hyperparameter.
            name (str): The name of the continuous hyperparameter to tune.
            scaling_type (ContinuousParameterRangeScalingTypeType0 | None | Unset): The scale of the search: Auto, Linear,
                Logarithmic or ReverseLogarithmic.
     """

    max_value: str
    min_value: str
    name: str
    scaling_type: ContinuousParameterRangeScalingTypeType0 | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        max_value = self.max_value

        min_value = self.min_value

        name = self.name

        scaling_type: None | str | Unset
        if isinstance(self.scaling_type, Unset):
            scaling_type = UNSET
        elif isinstance(self.scaling_type, ContinuousParameterRangeScalingTypeType0):
            scaling_type = self.scaling_type.value
        else:
            scaling_type = self.scaling_type


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "MaxValue": max_value,
            "MinValue": min_value,
            "Name": name,
        })
        if scaling_type is not UNSET:
            field_dict["ScalingType"] = scaling_type

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_value = d.pop("MaxValue")

        min_value = d.pop("MinValue")

        name = d.pop("Name")

        def _parse_scaling_type(data: object) -> ContinuousParameterRangeScalingTypeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scaling_type_type_0 = ContinuousParameterRangeScalingTypeType0(data)



                return scaling_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContinuousParameterRangeScalingTypeType0 | None | Unset, data)

        scaling_type = _parse_scaling_type(d.pop("ScalingType", UNSET))


        continuous_parameter_range = cls(
            max_value=max_value,
            min_value=min_value,
            name=name,
            scaling_type=scaling_type,
        )

        return continuous_parameter_range

