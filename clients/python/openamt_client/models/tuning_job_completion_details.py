from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="TuningJobCompletionDetails")



@_attrs_define
class TuningJobCompletionDetails:
    """ How far a tuning job is from meeting its completion criteria.

        Attributes:
            convergence_detected_time (datetime.datetime | None | Unset): When AMT detected that the objective had
                converged.
            number_of_training_jobs_objective_not_improving (int | None | Unset): The number of training jobs that did not
                improve the objective by more than 1%.
     """

    convergence_detected_time: datetime.datetime | None | Unset = UNSET
    number_of_training_jobs_objective_not_improving: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        convergence_detected_time: None | str | Unset
        if isinstance(self.convergence_detected_time, Unset):
            convergence_detected_time = UNSET
        elif isinstance(self.convergence_detected_time, datetime.datetime):
            convergence_detected_time = self.convergence_detected_time.isoformat()
        else:
            convergence_detected_time = self.convergence_detected_time

        number_of_training_jobs_objective_not_improving: int | None | Unset
        if isinstance(self.number_of_training_jobs_objective_not_improving, Unset):
            number_of_training_jobs_objective_not_improving = UNSET
        else:
            number_of_training_jobs_objective_not_improving = self.number_of_training_jobs_objective_not_improving


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if convergence_detected_time is not UNSET:
            field_dict["ConvergenceDetectedTime"] = convergence_detected_time
        if number_of_training_jobs_objective_not_improving is not UNSET:
            field_dict["NumberOfTrainingJobsObjectiveNotImproving"] = number_of_training_jobs_objective_not_improving

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_convergence_detected_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                convergence_detected_time_type_0 = datetime.datetime.fromisoformat(data)



                return convergence_detected_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        convergence_detected_time = _parse_convergence_detected_time(d.pop("ConvergenceDetectedTime", UNSET))


        def _parse_number_of_training_jobs_objective_not_improving(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        number_of_training_jobs_objective_not_improving = _parse_number_of_training_jobs_objective_not_improving(d.pop("NumberOfTrainingJobsObjectiveNotImproving", UNSET))


        tuning_job_completion_details = cls(
            convergence_detected_time=convergence_detected_time,
            number_of_training_jobs_objective_not_improving=number_of_training_jobs_objective_not_improving,
        )

        return tuning_job_completion_details

