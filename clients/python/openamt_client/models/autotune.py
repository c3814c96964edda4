from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import Literal, cast






T = TypeVar("T", bound="Autotune")



@_attrs_define
class Autotune:
    """ Lets AMT choose ranges, limits, early stopping, strategy and completion itself.

        Attributes:
            mode (Literal['Enabled']): Set Mode to Enabled if you want to use Autotune.
     """

    mode: Literal['Enabled']





    def to_dict(self) -> dict[str, Any]:
        mode = self.mode


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "Mode": mode,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = cast(Literal['Enabled'] , d.pop("Mode"))
        if mode != 'Enabled':
            raise ValueError(f"Mode must match const 'Enabled', got '{mode}'")

        autotune = cls(
            mode=mode,
        )

        return autotune

