from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.training_job_analytics_trainingjobstatus import TrainingJobAnalyticsTrainingjobstatus
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.training_job_analytics_tunedhyperparameters import TrainingJobAnalyticsTunedhyperparameters





T = TypeVar("T", bound="TrainingJobAnalytics")



@_attrs_define
class TrainingJobAnalytics:
    """ One training job of a tuning job, as a row of its analytics.

        Attributes:
            creation_time (datetime.datetime): When the tuner launched it.
            training_job_name (str): The training job.
            training_job_status (TrainingJobAnalyticsTrainingjobstatus): Its status.
            tuned_hyper_parameters (TrainingJobAnalyticsTunedhyperparameters): The hyperparameters the tuner chose for it,
                as the algorithm saw them.
            best_objective_so_far (float | None | Unset): The best final objective of the tuning job's training jobs that
                had ended when this one ended (ties by launch order); absent for a job without an end or value.
            final_objective_value (float | None | Unset): Its final objective metric value; absent until it has one.
            training_elapsed_time_seconds (float | None | Unset): From its start to its end, in seconds.
            training_end_time (datetime.datetime | None | Unset): When it ended.
            training_start_time (datetime.datetime | None | Unset): When a worker first claimed it.
     """

    creation_time: datetime.datetime
    training_job_name: str
    training_job_status: TrainingJobAnalyticsTrainingjobstatus
    tuned_hyper_parameters: TrainingJobAnalyticsTunedhyperparameters
    best_objective_so_far: float | None | Unset = UNSET
    final_objective_value: float | None | Unset = UNSET
    training_elapsed_time_seconds: float | None | Unset = UNSET
    training_end_time: datetime.datetime | None | Unset = UNSET
    training_start_time: datetime.datetime | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.training_job_analytics_tunedhyperparameters import TrainingJobAnalyticsTunedhyperparameters # noqa: PLC0415
        creation_time = self.creation_time.isoformat()

        training_job_name = self.training_job_name

        training_job_status = self.training_job_status.value

        tuned_hyper_parameters = self.tuned_hyper_parameters.to_dict()

        best_objective_so_far: float | None | Unset
        if isinstance(self.best_objective_so_far, Unset):
            best_objective_so_far = UNSET
        else:
            best_objective_so_far = self.best_objective_so_far

        final_objective_value: float | None | Unset
        if isinstance(self.final_objective_value, Unset):
            final_objective_value = UNSET
        else:
            final_objective_value = self.final_objective_value

        training_elapsed_time_seconds: float | None | Unset
        if isinstance(self.training_elapsed_time_seconds, Unset):
            training_elapsed_time_seconds = UNSET
        else:
            training_elapsed_time_seconds = self.training_elapsed_time_seconds

        training_end_time: None | str | Unset
        if isinstance(self.training_end_time, Unset):
            training_end_time = UNSET
        elif isinstance(self.training_end_time, datetime.datetime):
            training_end_time = self.training_end_time.isoformat()
        else:
            training_end_time = self.training_end_time

        training_start_time: None | str | Unset
        if isinstance(self.training_start_time, Unset):
            training_start_time = UNSET
        elif isinstance(self.training_start_time, datetime.datetime):
            training_start_time = self.training_start_time.isoformat()
        else:
            training_start_time = self.training_start_time


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "CreationTime": creation_time,
            "TrainingJobName": training_job_name,
            "TrainingJobStatus": training_job_status,
            "TunedHyperParameters": tuned_hyper_parameters,
        })
        if best_objective_so_far is not UNSET:
            field_dict["BestObjectiveSoFar"] = best_objective_so_far
        if final_objective_value is not UNSET:
            field_dict["FinalObjectiveValue"] = final_objective_value
        if training_elapsed_time_seconds is not UNSET:
            field_dict["TrainingElapsedTimeSeconds"] = training_elapsed_time_seconds
        if training_end_time is not UNSET:
            field_dict["TrainingEndTime"] = training_end_time
        if training_start_time is not UNSET:
            field_dict["TrainingStartTime"] = training_start_time

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.training_job_analytics_tunedhyperparameters import TrainingJobAnalyticsTunedhyperparameters # noqa: PLC0415
        d = dict(src_dict)
        creation_time = datetime.datetime.fromisoformat(d.pop("CreationTime"))




        training_job_name = d.pop("TrainingJobName")

        training_job_status = TrainingJobAnalyticsTrainingjobstatus(d.pop("TrainingJobStatus"))




        tuned_hyper_parameters = TrainingJobAnalyticsTunedhyperparameters.from_dict(d.pop("TunedHyperParameters"))




        def _parse_best_objective_so_far(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        best_objective_so_far = _parse_best_objective_so_far(d.pop("BestObjectiveSoFar", UNSET))


        def _parse_final_objective_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        final_objective_value = _parse_final_objective_value(d.pop("FinalObjectiveValue", UNSET))


        def _parse_training_elapsed_time_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        training_elapsed_time_seconds = _parse_training_elapsed_time_seconds(d.pop("TrainingElapsedTimeSeconds", UNSET))


        def _parse_training_end_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                training_end_time_type_0 = datetime.datetime.fromisoformat(data)



                return training_end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        training_end_time = _parse_training_end_time(d.pop("TrainingEndTime", UNSET))


        def _parse_training_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                training_start_time_type_0 = datetime.datetime.fromisoformat(data)



                return training_start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        training_start_time = _parse_training_start_time(d.pop("TrainingStartTime", UNSET))


        training_job_analytics = cls(
            creation_time=creation_time,
            training_job_name=training_job_name,
            training_job_status=training_job_status,
            tuned_hyper_parameters=tuned_hyper_parameters,
            best_objective_so_far=best_objective_so_far,
            final_objective_value=final_objective_value,
            training_elapsed_time_seconds=training_elapsed_time_seconds,
            training_end_time=training_end_time,
            training_start_time=training_start_time,
        )

        return training_job_analytics

