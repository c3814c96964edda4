from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="HyperbandStrategyConfig")



@_attrs_define
class HyperbandStrategyConfig:
    """ The configuration for Hyperband, a multi-fidelity based hyperparameter tuning strategy.

        Attributes:
            max_resource (int | None | Unset): The maximum resource (such as epochs) a training job may use.
            min_resource (int | None | Unset): The minimum resource (such as epochs) a training job may use before it can be
                stopped.
     """

    max_resource: int | None | Unset = UNSET
    min_resource: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        max_resource: int | None | Unset
        if isinstance(self.max_resource, Unset):
            max_resource = UNSET
        else:
            max_resource = self.max_resource

        min_resource: int | None | Unset
        if isinstance(self.min_resource, Unset):
            min_resource = UNSET
        else:
            min_resource = self.min_resource


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if max_resource is not UNSET:
            field_dict["MaxResource"] = max_resource
        if min_resource is not UNSET:
            field_dict["MinResource"] = min_resource

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_max_resource(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_resource = _parse_max_resource(d.pop("MaxResource", UNSET))


        def _parse_min_resource(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_resource = _parse_min_resource(d.pop("MinResource", UNSET))


        hyperband_strategy_config = cls(
            max_resource=max_resource,
            min_resource=min_resource,
        )

        return hyperband_strategy_config

