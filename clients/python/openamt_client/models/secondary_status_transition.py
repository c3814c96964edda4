from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.secondary_status_transition_status import SecondaryStatusTransitionStatus
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="SecondaryStatusTransition")



@_attrs_define
class SecondaryStatusTransition:
    """ An array element of SecondaryStatusTransitions for DescribeTrainingJob.

        Attributes:
            start_time (datetime.datetime): When the training job entered this secondary status.
            status (SecondaryStatusTransitionStatus): Contains a secondary status information from a training job.
            end_time (datetime.datetime | None | Unset): When the training job left this secondary status, or ended.
            status_message (None | str | Unset): A detailed description of the progress within a secondary status.
     """

    start_time: datetime.datetime
    status: SecondaryStatusTransitionStatus
    end_time: datetime.datetime | None | Unset = UNSET
    status_message: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time.isoformat()

        status = self.status.value

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        status_message: None | str | Unset
        if isinstance(self.status_message, Unset):
            status_message = UNSET
        else:
            status_message = self.status_message


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "StartTime": start_time,
            "Status": status,
        })
        if end_time is not UNSET:
            field_dict["EndTime"] = end_time
        if status_message is not UNSET:
            field_dict["StatusMessage"] = status_message

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_time = datetime.datetime.fromisoformat(d.pop("StartTime"))




        status = SecondaryStatusTransitionStatus(d.pop("Status"))




        def _parse_end_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_0 = datetime.datetime.fromisoformat(data)



                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_time = _parse_end_time(d.pop("EndTime", UNSET))


        def _parse_status_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_message = _parse_status_message(d.pop("StatusMessage", UNSET))


        secondary_status_transition = cls(
            start_time=start_time,
            status=status,
            end_time=end_time,
            status_message=status_message,
        )

        return secondary_status_transition

