from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="AutoParameter")



@_attrs_define
class AutoParameter:
    """ The name and an example value of the hyperparameter that you want to use in Autotune.

        Attributes:
            name (str): The name of the hyperparameter to optimize using Autotune.
            value_hint (str): An example value of the hyperparameter to optimize using Autotune.
     """

    name: str
    value_hint: str





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value_hint = self.value_hint


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "Name": name,
            "ValueHint": value_hint,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name")

        value_hint = d.pop("ValueHint")

        auto_parameter = cls(
            name=name,
            value_hint=value_hint,
        )

        return auto_parameter

