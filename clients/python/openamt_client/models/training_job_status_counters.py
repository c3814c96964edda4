from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="TrainingJobStatusCounters")



@_attrs_define
class TrainingJobStatusCounters:
    """ The numbers of training jobs launched by a tuning job, categorized by status.

        Attributes:
            completed (int | None | Unset): The number of completed training jobs.
            in_progress (int | None | Unset): The number of training jobs in progress.
            non_retryable_error (int | None | Unset): The number of training jobs that failed and can't be retried.
            retryable_error (int | None | Unset): The number of training jobs that failed, but can be retried.
            stopped (int | None | Unset): The number of training jobs that were stopped.
     """

    completed: int | None | Unset = UNSET
    in_progress: int | None | Unset = UNSET
    non_retryable_error: int | None | Unset = UNSET
    retryable_error: int | None | Unset = UNSET
    stopped: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        completed: int | None | Unset
        if isinstance(self.completed, Unset):
            completed = UNSET
        else:
            completed = self.completed

        in_progress: int | None | Unset
        if isinstance(self.in_progress, Unset):
            in_progress = UNSET
        else:
            in_progress = self.in_progress

        non_retryable_error: int | None | Unset
        if isinstance(self.non_retryable_error, Unset):
            non_retryable_error = UNSET
        else:
            non_retryable_error = self.non_retryable_error

        retryable_error: int | None | Unset
        if isinstance(self.retryable_error, Unset):
            retryable_error = UNSET
        else:
            retryable_error = self.retryable_error

        stopped: int | None | Unset
        if isinstance(self.stopped, Unset):
            stopped = UNSET
        else:
            stopped = self.stopped


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if completed is not UNSET:
            field_dict["Completed"] = completed
        if in_progress is not UNSET:
            field_dict["InProgress"] = in_progress
        if non_retryable_error is not UNSET:
            field_dict["NonRetryableError"] = non_retryable_error
        if retryable_error is not UNSET:
            field_dict["RetryableError"] = retryable_error
        if stopped is not UNSET:
            field_dict["Stopped"] = stopped

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_completed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        completed = _parse_completed(d.pop("Completed", UNSET))


        def _parse_in_progress(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        in_progress = _parse_in_progress(d.pop("InProgress", UNSET))


        def _parse_non_retryable_error(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        non_retryable_error = _parse_non_retryable_error(d.pop("NonRetryableError", UNSET))


        def _parse_retryable_error(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        retryable_error = _parse_retryable_error(d.pop("RetryableError", UNSET))


        def _parse_stopped(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        stopped = _parse_stopped(d.pop("Stopped", UNSET))


        training_job_status_counters = cls(
            completed=completed,
            in_progress=in_progress,
            non_retryable_error=non_retryable_error,
            retryable_error=retryable_error,
            stopped=stopped,
        )

        return training_job_status_counters

