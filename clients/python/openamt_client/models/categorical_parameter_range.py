from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="CategoricalParameterRange")



@_attrs_define
class CategoricalParameterRange:
    """ The values a categorical hyperparameter is searched among.

        Attributes:
            name (str): The name of the categorical hyperparameter to tune.
            values (list[str]): A list of the categories for the hyperparameter.
     """

    name: str
    values: list[str]





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        values = self.values




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "Name": name,
            "Values": values,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name")

        values = cast(list[str], d.pop("Values"))


        categorical_parameter_range = cls(
            name=name,
            values=values,
        )

        return categorical_parameter_range

