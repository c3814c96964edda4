from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ConsumedResources")



@_attrs_define
class ConsumedResources:
    """ The total resources consumed by your tuning job.

        Attributes:
            runtime_in_seconds (int | None | Unset): The wall clock runtime in seconds used by your tuning job.
     """

    runtime_in_seconds: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        runtime_in_seconds: int | None | Unset
        if isinstance(self.runtime_in_seconds, Unset):
            runtime_in_seconds = UNSET
        else:
            runtime_in_seconds = self.runtime_in_seconds


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if runtime_in_seconds is not UNSET:
            field_dict["RuntimeInSeconds"] = runtime_in_seconds

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_runtime_in_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        runtime_in_seconds = _parse_runtime_in_seconds(d.pop("RuntimeInSeconds", UNSET))


        consumed_resources = cls(
            runtime_in_seconds=runtime_in_seconds,
        )

        return consumed_resources

