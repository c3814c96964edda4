from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="PrefixAwareRoutingConfig")



@_attrs_define
class PrefixAwareRoutingConfig:
    """ The configuration for prefix-aware routing.

        Attributes:
            concurrency_threshold (int | None | Unset): The number of in-flight requests on the selected instance or
                inference component copy at which the endpoint routes a request to another copy or instance.
            prefix_length (int | None | Unset): The maximum length of the prefix used for routing decisions.
     """

    concurrency_threshold: int | None | Unset = UNSET
    prefix_length: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        concurrency_threshold: int | None | Unset
        if isinstance(self.concurrency_threshold, Unset):
            concurrency_threshold = UNSET
        else:
            concurrency_threshold = self.concurrency_threshold

        prefix_length: int | None | Unset
        if isinstance(self.prefix_length, Unset):
            prefix_length = UNSET
        else:
            prefix_length = self.prefix_length


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if concurrency_threshold is not UNSET:
            field_dict["ConcurrencyThreshold"] = concurrency_threshold
        if prefix_length is not UNSET:
            field_dict["PrefixLength"] = prefix_length

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_concurrency_threshold(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        concurrency_threshold = _parse_concurrency_threshold(d.pop("ConcurrencyThreshold", UNSET))


        def _parse_prefix_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        prefix_length = _parse_prefix_length(d.pop("PrefixLength", UNSET))


        prefix_aware_routing_config = cls(
            concurrency_threshold=concurrency_threshold,
            prefix_length=prefix_length,
        )

        return prefix_aware_routing_config

