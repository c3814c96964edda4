from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.training_job_summary_objective_status_type_0 import TrainingJobSummaryObjectiveStatusType0
from ..models.training_job_summary_trainingjobstatus import TrainingJobSummaryTrainingjobstatus
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.final_objective_metric import FinalObjectiveMetric
  from ..models.training_job_summary_tunedhyperparameters import TrainingJobSummaryTunedhyperparameters





T = TypeVar("T", bound="TrainingJobSummary")



@_attrs_define
class TrainingJobSummary:
    """ Summary of a training job launched by a tuning job.

        Attributes:
            creation_time (datetime.datetime): The date and time that the training job was created.
            training_job_arn (str): The ARN of the training job.
            training_job_name (str): The name of the training job.
            training_job_status (TrainingJobSummaryTrainingjobstatus): The status of the training job.
            tuned_hyper_parameters (TrainingJobSummaryTunedhyperparameters): The values of the tuned hyperparameters for
                this training job.
            failure_reason (None | str | Unset): The reason that the training job failed.
            final_hyper_parameter_tuning_job_objective_metric (FinalObjectiveMetric | None | Unset): The final value of the
                tuning objective metric for this training job.
            objective_status (None | TrainingJobSummaryObjectiveStatusType0 | Unset): Succeeded (objective used), Pending
                (awaited) or Failed (not obtained or not used).
            training_end_time (datetime.datetime | None | Unset): Specifies the time when the training job ends on training
                instances.
            training_job_definition_name (None | str | Unset): The training job definition name.
            training_start_time (datetime.datetime | None | Unset): The date and time that the training job started.
            tuning_job_name (None | str | Unset): The HyperParameter tuning job that launched the training job.
     """

    creation_time: datetime.datetime
    training_job_arn: str
    training_job_name: str
    training_job_status: TrainingJobSummaryTrainingjobstatus
    tuned_hyper_parameters: TrainingJobSummaryTunedhyperparameters
    failure_reason: None | str | Unset = UNSET
    final_hyper_parameter_tuning_job_objective_metric: FinalObjectiveMetric | None | Unset = UNSET
    objective_status: None | TrainingJobSummaryObjectiveStatusType0 | Unset = UNSET
    training_end_time: datetime.datetime | None | Unset = UNSET
    training_job_definition_name: None | str | Unset = UNSET
    training_start_time: datetime.datetime | None | Unset = UNSET
    tuning_job_name: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.final_objective_metric import FinalObjectiveMetric # noqa: PLC0415
        from ..models.training_job_summary_tunedhyperparameters import TrainingJobSummaryTunedhyperparameters # noqa: PLC0415
        creation_time = self.creation_time.isoformat()

        training_job_arn = self.training_job_arn

        training_job_name = self.training_job_name

        training_job_status = self.training_job_status.value

        tuned_hyper_parameters = self.tuned_hyper_parameters.to_dict()

        failure_reason: None | str | Unset
        if isinstance(self.failure_reason, Unset):
            failure_reason = UNSET
        else:
            failure_reason = self.failure_reason

        final_hyper_parameter_tuning_job_objective_metric: dict[str, Any] | None | Unset
        if isinstance(self.final_hyper_parameter_tuning_job_objective_metric, Unset):
            final_hyper_parameter_tuning_job_objective_metric = UNSET
        elif isinstance(self.final_hyper_parameter_tuning_job_objective_metric, FinalObjectiveMetric):
            final_hyper_parameter_tuning_job_objective_metric = self.final_hyper_parameter_tuning_job_objective_metric.to_dict()
        else:
            final_hyper_parameter_tuning_job_objective_metric = self.final_hyper_parameter_tuning_job_objective_metric

        objective_status: None | str | Unset
        if isinstance(self.objective_status, Unset):
            objective_status = UNSET
        elif isinstance(self.objective_status, TrainingJobSummaryObjectiveStatusType0):
            objective_status = self.objective_status.value
        else:
            objective_status = self.objective_status

        training_end_time: None | str | Unset
        if isinstance(self.training_end_time, Unset):
            training_end_time = UNSET
        elif isinstance(self.training_end_time, datetime.datetime):
            training_end_time = self.training_end_time.isoformat()
        else:
            training_end_time = self.training_end_time

        training_job_definition_name: None | str | Unset
        if isinstance(self.training_job_definition_name, Unset):
            training_job_definition_name = UNSET
        else:
            training_job_definition_name = self.training_job_definition_name

        training_start_time: None | str | Unset
        if isinstance(self.training_start_time, Unset):
            training_start_time = UNSET
        elif isinstance(self.training_start_time, datetime.datetime):
            training_start_time = self.training_start_time.isoformat()
        else:
            training_start_time = self.training_start_time

        tuning_job_name: None | str | Unset
        if isinstance(self.tuning_job_name, Unset):
            tuning_job_name = UNSET
        else:
            tuning_job_name = self.tuning_job_name


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "CreationTime": creation_time,
            "TrainingJobArn": training_job_arn,
            "TrainingJobName": training_job_name,
            "TrainingJobStatus": training_job_status,
            "TunedHyperParameters": tuned_hyper_parameters,
        })
        if failure_reason is not UNSET:
            field_dict["FailureReason"] = failure_reason
        if final_hyper_parameter_tuning_job_objective_metric is not UNSET:
            field_dict["FinalHyperParameterTuningJobObjectiveMetric"] = final_hyper_parameter_tuning_job_objective_metric
        if objective_status is not UNSET:
            field_dict["ObjectiveStatus"] = objective_status
        if training_end_time is not UNSET:
            field_dict["TrainingEndTime"] = training_end_time
        if training_job_definition_name is not UNSET:
            field_dict["TrainingJobDefinitionName"] = training_job_definition_name
        if training_start_time is not UNSET:
            field_dict["TrainingStartTime"] = training_start_time
        if tuning_job_name is not UNSET:
            field_dict["TuningJobName"] = tuning_job_name

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.final_objective_metric import FinalObjectiveMetric # noqa: PLC0415
        from ..models.training_job_summary_tunedhyperparameters import TrainingJobSummaryTunedhyperparameters # noqa: PLC0415
        d = dict(src_dict)
        creation_time = datetime.datetime.fromisoformat(d.pop("CreationTime"))




        training_job_arn = d.pop("TrainingJobArn")

        training_job_name = d.pop("TrainingJobName")

        training_job_status = TrainingJobSummaryTrainingjobstatus(d.pop("TrainingJobStatus"))




        tuned_hyper_parameters = TrainingJobSummaryTunedhyperparameters.from_dict(d.pop("TunedHyperParameters"))




        def _parse_failure_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_reason = _parse_failure_reason(d.pop("FailureReason", UNSET))


        def _parse_final_hyper_parameter_tuning_job_objective_metric(data: object) -> FinalObjectiveMetric | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                final_hyper_parameter_tuning_job_objective_metric_type_0 = FinalObjectiveMetric.from_dict(data)



                return final_hyper_parameter_tuning_job_objective_metric_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FinalObjectiveMetric | None | Unset, data)

        final_hyper_parameter_tuning_job_objective_metric = _parse_final_hyper_parameter_tuning_job_objective_metric(d.pop("FinalHyperParameterTuningJobObjectiveMetric", UNSET))


        def _parse_objective_status(data: object) -> None | TrainingJobSummaryObjectiveStatusType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                objective_status_type_0 = TrainingJobSummaryObjectiveStatusType0(data)



                return objective_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrainingJobSummaryObjectiveStatusType0 | Unset, data)

        objective_status = _parse_objective_status(d.pop("ObjectiveStatus", UNSET))


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


        def _parse_training_job_definition_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        training_job_definition_name = _parse_training_job_definition_name(d.pop("TrainingJobDefinitionName", UNSET))


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


        def _parse_tuning_job_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tuning_job_name = _parse_tuning_job_name(d.pop("TuningJobName", UNSET))


        training_job_summary = cls(
            creation_time=creation_time,
            training_job_arn=training_job_arn,
            training_job_name=training_job_name,
            training_job_status=training_job_status,
            tuned_hyper_parameters=tuned_hyper_parameters,
            failure_reason=failure_reason,
            final_hyper_parameter_tuning_job_objective_metric=final_hyper_parameter_tuning_job_objective_metric,
            objective_status=objective_status,
            training_end_time=training_end_time,
            training_job_definition_name=training_job_definition_name,
            training_start_time=training_start_time,
            tuning_job_name=tuning_job_name,
        )

        return training_job_summary

