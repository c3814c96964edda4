from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ShuffleConfig")



@_attrs_define
class ShuffleConfig:
    """ A configuration for a shuffle option for input data in a channel.

        Attributes:
            seed (int): Determines the shuffling order in ShuffleConfig value.
     """

    seed: int





    def to_dict(self) -> dict[str, Any]:
        seed = self.seed


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "Seed": seed,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        seed = d.pop("Seed")

        shuffle_config = cls(
            seed=seed,
        )

        return shuffle_config

