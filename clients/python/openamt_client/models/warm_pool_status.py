from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.warm_pool_status_status import WarmPoolStatusStatus
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="WarmPoolStatus")



@_attrs_define
class WarmPoolStatus:
    """ Status and billing information about the warm pool.

        Attributes:
            status (WarmPoolStatusStatus): The status of the warm pool.
            resource_retained_billable_time_in_seconds (int | None | Unset): The billable time in seconds used by the warm
                pool.
            reused_by_job (None | str | Unset): The name of the matching training job that reused the warm pool.
     """

    status: WarmPoolStatusStatus
    resource_retained_billable_time_in_seconds: int | None | Unset = UNSET
    reused_by_job: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        resource_retained_billable_time_in_seconds: int | None | Unset
        if isinstance(self.resource_retained_billable_time_in_seconds, Unset):
            resource_retained_billable_time_in_seconds = UNSET
        else:
            resource_retained_billable_time_in_seconds = self.resource_retained_billable_time_in_seconds

        reused_by_job: None | str | Unset
        if isinstance(self.reused_by_job, Unset):
            reused_by_job = UNSET
        else:
            reused_by_job = self.reused_by_job


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "Status": status,
        })
        if resource_retained_billable_time_in_seconds is not UNSET:
            field_dict["ResourceRetainedBillableTimeInSeconds"] = resource_retained_billable_time_in_seconds
        if reused_by_job is not UNSET:
            field_dict["ReusedByJob"] = reused_by_job

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = WarmPoolStatusStatus(d.pop("Status"))




        def _parse_resource_retained_billable_time_in_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resource_retained_billable_time_in_seconds = _parse_resource_retained_billable_time_in_seconds(d.pop("ResourceRetainedBillableTimeInSeconds", UNSET))


        def _parse_reused_by_job(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reused_by_job = _parse_reused_by_job(d.pop("ReusedByJob", UNSET))


        warm_pool_status = cls(
            status=status,
            resource_retained_billable_time_in_seconds=resource_retained_billable_time_in_seconds,
            reused_by_job=reused_by_job,
        )

        return warm_pool_status

