from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="StoppingCondition")



@_attrs_define
class StoppingCondition:
    """ Specifies a limit to how long a job can run.

        Attributes:
            max_pending_time_in_seconds (int | None | Unset): The maximum time, in seconds, a job may be pending before it
                is stopped.
            max_runtime_in_seconds (int | None | Unset): The maximum time, in seconds, a job may run before it is stopped.
            max_wait_time_in_seconds (int | None | Unset): The maximum time, in seconds, a managed Spot training job may
                take to complete.
     """

    max_pending_time_in_seconds: int | None | Unset = UNSET
    max_runtime_in_seconds: int | None | Unset = UNSET
    max_wait_time_in_seconds: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        max_pending_time_in_seconds: int | None | Unset
        if isinstance(self.max_pending_time_in_seconds, Unset):
            max_pending_time_in_seconds = UNSET
        else:
            max_pending_time_in_seconds = self.max_pending_time_in_seconds

        max_runtime_in_seconds: int | None | Unset
        if isinstance(self.max_runtime_in_seconds, Unset):
            max_runtime_in_seconds = UNSET
        else:
            max_runtime_in_seconds = self.max_runtime_in_seconds

        max_wait_time_in_seconds: int | None | Unset
        if isinstance(self.max_wait_time_in_seconds, Unset):
            max_wait_time_in_seconds = UNSET
        else:
            max_wait_time_in_seconds = self.max_wait_time_in_seconds


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if max_pending_time_in_seconds is not UNSET:
            field_dict["MaxPendingTimeInSeconds"] = max_pending_time_in_seconds
        if max_runtime_in_seconds is not UNSET:
            field_dict["MaxRuntimeInSeconds"] = max_runtime_in_seconds
        if max_wait_time_in_seconds is not UNSET:
            field_dict["MaxWaitTimeInSeconds"] = max_wait_time_in_seconds

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_max_pending_time_in_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_pending_time_in_seconds = _parse_max_pending_time_in_seconds(d.pop("MaxPendingTimeInSeconds", UNSET))


        def _parse_max_runtime_in_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_runtime_in_seconds = _parse_max_runtime_in_seconds(d.pop("MaxRuntimeInSeconds", UNSET))


        def _parse_max_wait_time_in_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_wait_time_in_seconds = _parse_max_wait_time_in_seconds(d.pop("MaxWaitTimeInSeconds", UNSET))


        stopping_condition = cls(
            max_pending_time_in_seconds=max_pending_time_in_seconds,
            max_runtime_in_seconds=max_runtime_in_seconds,
            max_wait_time_in_seconds=max_wait_time_in_seconds,
        )

        return stopping_condition

