from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.auto_parameter import AutoParameter
  from ..models.categorical_parameter_range import CategoricalParameterRange
  from ..models.continuous_parameter_range import ContinuousParameterRange
  from ..models.integer_parameter_range import IntegerParameterRange





T = TypeVar("T", bound="ParameterRanges")



@_attrs_define
class ParameterRanges:
    """ The integer, continuous and categorical hyperparameter ranges a tuning job searches.

        Attributes:
            auto_parameters (list[AutoParameter] | None | Unset): Hyperparameter names and example values from which
                Autotune chooses ranges.
            categorical_parameter_ranges (list[CategoricalParameterRange] | None | Unset): The ranges of categorical
                hyperparameters to search.
            continuous_parameter_ranges (list[ContinuousParameterRange] | None | Unset): The ranges of continuous
                hyperparameters to search.
            integer_parameter_ranges (list[IntegerParameterRange] | None | Unset): The ranges of integer hyperparameters to
                search.
     """

    auto_parameters: list[AutoParameter] | None | Unset = UNSET
    categorical_parameter_ranges: list[CategoricalParameterRange] | None | Unset = UNSET
    continuous_parameter_ranges: list[ContinuousParameterRange] | None | Unset = UNSET
    integer_parameter_ranges: list[IntegerParameterRange] | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.auto_parameter import AutoParameter # noqa: PLC0415
        from ..models.categorical_parameter_range import CategoricalParameterRange # noqa: PLC0415
        from ..models.continuous_parameter_range import ContinuousParameterRange # noqa: PLC0415
        from ..models.integer_parameter_range import IntegerParameterRange # noqa: PLC0415
        auto_parameters: list[dict[str, Any]] | None | Unset
        if isinstance(self.auto_parameters, Unset):
            auto_parameters = UNSET
        elif isinstance(self.auto_parameters, list):
            auto_parameters = []
            for auto_parameters_type_0_item_data in self.auto_parameters:
                auto_parameters_type_0_item = auto_parameters_type_0_item_data.to_dict()
                auto_parameters.append(auto_parameters_type_0_item)


        else:
            auto_parameters = self.auto_parameters

        categorical_parameter_ranges: list[dict[str, Any]] | None | Unset
        if isinstance(self.categorical_parameter_ranges, Unset):
            categorical_parameter_ranges = UNSET
        elif isinstance(self.categorical_parameter_ranges, list):
            categorical_parameter_ranges = []
            for categorical_parameter_ranges_type_0_item_data in self.categorical_parameter_ranges:
                categorical_parameter_ranges_type_0_item = categorical_parameter_ranges_type_0_item_data.to_dict()
                categorical_parameter_ranges.append(categorical_parameter_ranges_type_0_item)


        else:
            categorical_parameter_ranges = self.categorical_parameter_ranges

        continuous_parameter_ranges: list[dict[str, Any]] | None | Unset
        if isinstance(self.continuous_parameter_ranges, Unset):
            continuous_parameter_ranges = UNSET
        elif isinstance(self.continuous_parameter_ranges, list):
            continuous_parameter_ranges = []
            for continuous_parameter_ranges_type_0_item_data in self.continuous_parameter_ranges:
                continuous_parameter_ranges_type_0_item = continuous_parameter_ranges_type_0_item_data.to_dict()
                continuous_parameter_ranges.append(continuous_parameter_ranges_type_0_item)


        else:
            continuous_parameter_ranges = self.continuous_parameter_ranges

        integer_parameter_ranges: list[dict[str, Any]] | None | Unset
        if isinstance(self.integer_parameter_ranges, Unset):
            integer_parameter_ranges = UNSET
        elif isinstance(self.integer_parameter_ranges, list):
            integer_parameter_ranges = []
            for integer_parameter_ranges_type_0_item_data in self.integer_parameter_ranges:
                integer_parameter_ranges_type_0_item = integer_parameter_ranges_type_0_item_data.to_dict()
                integer_parameter_ranges.append(integer_parameter_ranges_type_0_item)


        else:
            integer_parameter_ranges = self.integer_parameter_ranges


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if auto_parameters is not UNSET:
            field_dict["AutoParameters"] = auto_parameters
        if categorical_parameter_ranges is not UNSET:
            field_dict["CategoricalParameterRanges"] = categorical_parameter_ranges
        if continuous_parameter_ranges is not UNSET:
            field_dict["ContinuousParameterRanges"] = continuous_parameter_ranges
        if integer_parameter_ranges is not UNSET:
            field_dict["IntegerParameterRanges"] = integer_parameter_ranges

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_parameter import AutoParameter # noqa: PLC0415
        from ..models.categorical_parameter_range import CategoricalParameterRange # noqa: PLC0415
        from ..models.continuous_parameter_range import ContinuousParameterRange # noqa: PLC0415
        from ..models.integer_parameter_range import IntegerParameterRange # noqa: PLC0415
        d = dict(src_dict)
        def _parse_auto_parameters(data: object) -> list[AutoParameter] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                auto_parameters_type_0 = []
                _auto_parameters_type_0 = data
                for auto_parameters_type_0_item_data in (_auto_parameters_type_0):
                    auto_parameters_type_0_item = AutoParameter.from_dict(auto_parameters_type_0_item_data)



                    auto_parameters_type_0.append(auto_parameters_type_0_item)

                return auto_parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AutoParameter] | None | Unset, data)

        auto_parameters = _parse_auto_parameters(d.pop("AutoParameters", UNSET))


        def _parse_categorical_parameter_ranges(data: object) -> list[CategoricalParameterRange] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                categorical_parameter_ranges_type_0 = []
                _categorical_parameter_ranges_type_0 = data
                for categorical_parameter_ranges_type_0_item_data in (_categorical_parameter_ranges_type_0):
                    categorical_parameter_ranges_type_0_item = CategoricalParameterRange.from_dict(categorical_parameter_ranges_type_0_item_data)



                    categorical_parameter_ranges_type_0.append(categorical_parameter_ranges_type_0_item)

                return categorical_parameter_ranges_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CategoricalParameterRange] | None | Unset, data)

        categorical_parameter_ranges = _parse_categorical_parameter_ranges(d.pop("CategoricalParameterRanges", UNSET))


        def _parse_continuous_parameter_ranges(data: object) -> list[ContinuousParameterRange] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                continuous_parameter_ranges_type_0 = []
                _continuous_parameter_ranges_type_0 = data
                for continuous_parameter_ranges_type_0_item_data in (_continuous_parameter_ranges_type_0):
                    continuous_parameter_ranges_type_0_item = ContinuousParameterRange.from_dict(continuous_parameter_ranges_type_0_item_data)



                    continuous_parameter_ranges_type_0.append(continuous_parameter_ranges_type_0_item)

                return continuous_parameter_ranges_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ContinuousParameterRange] | None | Unset, data)

        continuous_parameter_ranges = _parse_continuous_parameter_ranges(d.pop("ContinuousParameterRanges", UNSET))


        def _parse_integer_parameter_ranges(data: object) -> list[IntegerParameterRange] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                integer_parameter_ranges_type_0 = []
                _integer_parameter_ranges_type_0 = data
                for integer_parameter_ranges_type_0_item_data in (_integer_parameter_ranges_type_0):
                    integer_parameter_ranges_type_0_item = IntegerParameterRange.from_dict(integer_parameter_ranges_type_0_item_data)



                    integer_parameter_ranges_type_0.append(integer_parameter_ranges_type_0_item)

                return integer_parameter_ranges_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[IntegerParameterRange] | None | Unset, data)

        integer_parameter_ranges = _parse_integer_parameter_ranges(d.pop("IntegerParameterRanges", UNSET))


        parameter_ranges = cls(
            auto_parameters=auto_parameters,
            categorical_parameter_ranges=categorical_parameter_ranges,
            continuous_parameter_ranges=continuous_parameter_ranges,
            integer_parameter_ranges=integer_parameter_ranges,
        )

        return parameter_ranges

