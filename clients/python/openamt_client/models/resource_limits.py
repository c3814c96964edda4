from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ResourceLimits")



@_attrs_define
class ResourceLimits:
    """ Caps on the number of training jobs, of parallel training jobs and on runtime.

        Attributes:
            max_parallel_training_jobs (int): The maximum number of concurrent training jobs that a tuning job can launch.
            max_number_of_training_jobs (int | None | Unset): The maximum number of training jobs that a tuning job can
                launch.
            max_runtime_in_seconds (int | None | Unset): The maximum time in seconds that a tuning job can run.
     """

    max_parallel_training_jobs: int
    max_number_of_training_jobs: int | None | Unset = UNSET
    max_runtime_in_seconds: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        max_parallel_training_jobs = self.max_parallel_training_jobs

        max_number_of_training_jobs: int | None | Unset
        if isinstance(self.max_number_of_training_jobs, Unset):
            max_number_of_training_jobs = UNSET
        else:
            max_number_of_training_jobs = self.max_number_of_training_jobs

        max_runtime_in_seconds: int | None | Unset
        if isinstance(self.max_runtime_in_seconds, Unset):
            max_runtime_in_seconds = UNSET
        else:
            max_runtime_in_seconds = self.max_runtime_in_seconds


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "MaxParallelTrainingJobs": max_parallel_training_jobs,
        })
        if max_number_of_training_jobs is not UNSET:
            field_dict["MaxNumberOfTrainingJobs"] = max_number_of_training_jobs
        if max_runtime_in_seconds is not UNSET:
            field_dict["MaxRuntimeInSeconds"] = max_runtime_in_seconds

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_parallel_training_jobs = d.pop("MaxParallelTrainingJobs")

        def _parse_max_number_of_training_jobs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_number_of_training_jobs = _parse_max_number_of_training_jobs(d.pop("MaxNumberOfTrainingJobs", UNSET))


        def _parse_max_runtime_in_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_runtime_in_seconds = _parse_max_runtime_in_seconds(d.pop("MaxRuntimeInSeconds", UNSET))


        resource_limits = cls(
            max_parallel_training_jobs=max_parallel_training_jobs,
            max_number_of_training_jobs=max_number_of_training_jobs,
            max_runtime_in_seconds=max_runtime_in_seconds,
        )

        return resource_limits

