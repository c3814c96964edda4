from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.tuning_job_summary_hyperparametertuningjobstatus import TuningJobSummaryHyperparametertuningjobstatus
from ..models.tuning_job_summary_strategy import TuningJobSummaryStrategy
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.objective_status_counters import ObjectiveStatusCounters
  from ..models.resource_limits import ResourceLimits
  from ..models.training_job_status_counters import TrainingJobStatusCounters





T = TypeVar("T", bound="TuningJobSummary")



@_attrs_define
class TuningJobSummary:
    """ Provides summary information about a tuning job.

        Attributes:
            creation_time (datetime.datetime): The date and time that the tuning job was created.
            hyper_parameter_tuning_job_arn (str): The ARN of the tuning job.
            hyper_parameter_tuning_job_name (str): The name of the tuning job.
            hyper_parameter_tuning_job_status (TuningJobSummaryHyperparametertuningjobstatus): The status of the tuning job.
            objective_status_counters (ObjectiveStatusCounters): The training jobs of a tuning job, counted by the status of
                their objective metric.
            strategy (TuningJobSummaryStrategy): The search strategy of the tuning job.
            training_job_status_counters (TrainingJobStatusCounters): The numbers of training jobs launched by a tuning job,
                categorized by status.
            hyper_parameter_tuning_end_time (datetime.datetime | None | Unset): The date and time that the tuning job ended.
            last_modified_time (datetime.datetime | None | Unset): The date and time that the tuning job was modified.
            resource_limits (None | ResourceLimits | Unset): The maximum number of training jobs and of parallel training
                jobs of this tuning job.
     """

    creation_time: datetime.datetime
    hyper_parameter_tuning_job_arn: str
    hyper_parameter_tuning_job_name: str
    hyper_parameter_tuning_job_status: TuningJobSummaryHyperparametertuningjobstatus
    objective_status_counters: ObjectiveStatusCounters
    strategy: TuningJobSummaryStrategy
    training_job_status_counters: TrainingJobStatusCounters
    hyper_parameter_tuning_end_time: datetime.datetime | None | Unset = UNSET
    last_modified_time: datetime.datetime | None | Unset = UNSET
    resource_limits: None | ResourceLimits | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.objective_status_counters import ObjectiveStatusCounters # noqa: PLC0415
        from ..models.resource_limits import ResourceLimits # noqa: PLC0415
        from ..models.training_job_status_counters import TrainingJobStatusCounters # noqa: PLC0415
        creation_time = self.creation_time.isoformat()

        hyper_parameter_tuning_job_arn = self.hyper_parameter_tuning_job_arn

        hyper_parameter_tuning_job_name = self.hyper_parameter_tuning_job_name

        hyper_parameter_tuning_job_status = self.hyper_parameter_tuning_job_status.value

        objective_status_counters = self.objective_status_counters.to_dict()

        strategy = self.strategy.value

        training_job_status_counters = self.training_job_status_counters.to_dict()

        hyper_parameter_tuning_end_time: None | str | Unset
        if isinstance(self.hyper_parameter_tuning_end_time, Unset):
            hyper_parameter_tuning_end_time = UNSET
        elif isinstance(self.hyper_parameter_tuning_end_time, datetime.datetime):
            hyper_parameter_tuning_end_time = self.hyper_parameter_tuning_end_time.isoformat()
        else:
            hyper_parameter_tuning_end_time = self.hyper_parameter_tuning_end_time

        last_modified_time: None | str | Unset
        if isinstance(self.last_modified_time, Unset):
            last_modified_time = UNSET
        elif isinstance(self.last_modified_time, datetime.datetime):
            last_modified_time = self.last_modified_time.isoformat()
        else:
            last_modified_time = self.last_modified_time

        resource_limits: dict[str, Any] | None | Unset
        if isinstance(self.resource_limits, Unset):
            resource_limits = UNSET
        elif isinstance(self.resource_limits, ResourceLimits):
            resource_limits = self.resource_limits.to_dict()
        else:
            resource_limits = self.resource_limits


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "CreationTime": creation_time,
            "HyperParameterTuningJobArn": hyper_parameter_tuning_job_arn,
            "HyperParameterTuningJobName": hyper_parameter_tuning_job_name,
            "HyperParameterTuningJobStatus": hyper_parameter_tuning_job_status,
            "ObjectiveStatusCounters": objective_status_counters,
            "Strategy": strategy,
            "TrainingJobStatusCounters": training_job_status_counters,
        })
        if hyper_parameter_tuning_end_time is not UNSET:
            field_dict["HyperParameterTuningEndTime"] = hyper_parameter_tuning_end_time
        if last_modified_time is not UNSET:
            field_dict["LastModifiedTime"] = last_modified_time
        if resource_limits is not UNSET:
            field_dict["ResourceLimits"] = resource_limits

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.objective_status_counters import ObjectiveStatusCounters # noqa: PLC0415
        from ..models.resource_limits import ResourceLimits # noqa: PLC0415
        from ..models.training_job_status_counters import TrainingJobStatusCounters # noqa: PLC0415
        d = dict(src_dict)
        creation_time = datetime.datetime.fromisoformat(d.pop("CreationTime"))




        hyper_parameter_tuning_job_arn = d.pop("HyperParameterTuningJobArn")

        hyper_parameter_tuning_job_name = d.pop("HyperParameterTuningJobName")

        hyper_parameter_tuning_job_status = TuningJobSummaryHyperparametertuningjobstatus(d.pop("HyperParameterTuningJobStatus"))




        objective_status_counters = ObjectiveStatusCounters.from_dict(d.pop("ObjectiveStatusCounters"))




        strategy = TuningJobSummaryStrategy(d.pop("Strategy"))




        training_job_status_counters = TrainingJobStatusCounters.from_dict(d.pop("TrainingJobStatusCounters"))




        def _parse_hyper_parameter_tuning_end_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                hyper_parameter_tuning_end_time_type_0 = datetime.datetime.fromisoformat(data)



                return hyper_parameter_tuning_end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        hyper_parameter_tuning_end_time = _parse_hyper_parameter_tuning_end_time(d.pop("HyperParameterTuningEndTime", UNSET))


        def _parse_last_modified_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_modified_time_type_0 = datetime.datetime.fromisoformat(data)



                return last_modified_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_modified_time = _parse_last_modified_time(d.pop("LastModifiedTime", UNSET))


        def _parse_resource_limits(data: object) -> None | ResourceLimits | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resource_limits_type_0 = ResourceLimits.from_dict(data)



                return resource_limits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourceLimits | Unset, data)

        resource_limits = _parse_resource_limits(d.pop("ResourceLimits", UNSET))


        tuning_job_summary = cls(
            creation_time=creation_time,
            hyper_parameter_tuning_job_arn=hyper_parameter_tuning_job_arn,
            hyper_parameter_tuning_job_name=hyper_parameter_tuning_job_name,
            hyper_parameter_tuning_job_status=hyper_parameter_tuning_job_status,
            objective_status_counters=objective_status_counters,
            strategy=strategy,
            training_job_status_counters=training_job_status_counters,
            hyper_parameter_tuning_end_time=hyper_parameter_tuning_end_time,
            last_modified_time=last_modified_time,
            resource_limits=resource_limits,
        )

        return tuning_job_summary

