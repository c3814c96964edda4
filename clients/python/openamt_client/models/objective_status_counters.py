from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ObjectiveStatusCounters")



@_attrs_define
class ObjectiveStatusCounters:
    """ The training jobs of a tuning job, counted by the status of their objective metric.

        Attributes:
            failed (int | None | Unset): Training jobs whose final objective metric was not evaluated and used.
            pending (int | None | Unset): Training jobs still running, their final objective metric not yet evaluated.
            succeeded (int | None | Unset): Training jobs whose final objective metric was evaluated and used.
     """

    failed: int | None | Unset = UNSET
    pending: int | None | Unset = UNSET
    succeeded: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        failed: int | None | Unset
        if isinstance(self.failed, Unset):
            failed = UNSET
        else:
            failed = self.failed

        pending: int | None | Unset
        if isinstance(self.pending, Unset):
            pending = UNSET
        else:
            pending = self.pending

        succeeded: int | None | Unset
        if isinstance(self.succeeded, Unset):
            succeeded = UNSET
        else:
            succeeded = self.succeeded


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if failed is not UNSET:
            field_dict["Failed"] = failed
        if pending is not UNSET:
            field_dict["Pending"] = pending
        if succeeded is not UNSET:
            field_dict["Succeeded"] = succeeded

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_failed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        failed = _parse_failed(d.pop("Failed", UNSET))


        def _parse_pending(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pending = _parse_pending(d.pop("Pending", UNSET))


        def _parse_succeeded(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        succeeded = _parse_succeeded(d.pop("Succeeded", UNSET))


        objective_status_counters = cls(
            failed=failed,
            pending=pending,
            succeeded=succeeded,
        )

        return objective_status_counters

