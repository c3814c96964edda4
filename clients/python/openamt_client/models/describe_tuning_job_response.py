from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.describe_tuning_job_response_hyperparametertuningjobstatus import DescribeTuningJobResponseHyperparametertuningjobstatus
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.autotune import Autotune
  from ..models.consumed_resources import ConsumedResources
  from ..models.objective_status_counters import ObjectiveStatusCounters
  from ..models.training_job_definition import TrainingJobDefinition
  from ..models.training_job_status_counters import TrainingJobStatusCounters
  from ..models.training_job_summary import TrainingJobSummary
  from ..models.tuning_job_completion_details import TuningJobCompletionDetails
  from ..models.tuning_job_config import TuningJobConfig
  from ..models.warm_start_config import WarmStartConfig





T = TypeVar("T", bound="DescribeTuningJobResponse")



@_attrs_define
class DescribeTuningJobResponse:
    """ The answer to DescribeHyperParameterTuningJob: configuration, progress and best job.

        Attributes:
            creation_time (datetime.datetime): The date and time that the tuning job started.
            hyper_parameter_tuning_job_arn (str): The ARN of the tuning job.
            hyper_parameter_tuning_job_config (TuningJobConfig): Configures a tuning job.
            hyper_parameter_tuning_job_name (str): The name of the tuning job.
            hyper_parameter_tuning_job_status (DescribeTuningJobResponseHyperparametertuningjobstatus): The status of the
                tuning job.
            objective_status_counters (ObjectiveStatusCounters): The training jobs of a tuning job, counted by the status of
                their objective metric.
            training_job_status_counters (TrainingJobStatusCounters): The numbers of training jobs launched by a tuning job,
                categorized by status.
            autotune (Autotune | None | Unset): A flag to indicate if autotune is enabled for the tuning job.
            best_training_job (None | TrainingJobSummary | Unset): The training job with the best objective metric value so
                far.
            consumed_resources (ConsumedResources | None | Unset): The total resources consumed by your tuning job.
            failure_reason (None | str | Unset): If the tuning job failed, the reason it failed.
            hyper_parameter_tuning_end_time (datetime.datetime | None | Unset): The date and time that the tuning job ended.
            last_modified_time (datetime.datetime | None | Unset): The date and time that the status of the tuning job was
                modified.
            overall_best_training_job (None | TrainingJobSummary | Unset): For an IdenticalDataAndAlgorithm warm start, the
                best training job including the parents.
            training_job_definition (None | TrainingJobDefinition | Unset): The definition of the training jobs this tuning
                job launches.
            training_job_definitions (list[TrainingJobDefinition] | None | Unset): The training job definitions, when the
                tuning job has several.
            tuning_job_completion_details (None | TuningJobCompletionDetails | Unset): Progress towards the completion
                criteria of the tuning job.
            warm_start_config (None | Unset | WarmStartConfig): The previous tuning jobs this one started from.
     """

    creation_time: datetime.datetime
    hyper_parameter_tuning_job_arn: str
    hyper_parameter_tuning_job_config: TuningJobConfig
    hyper_parameter_tuning_job_name: str
    hyper_parameter_tuning_job_status: DescribeTuningJobResponseHyperparametertuningjobstatus
    objective_status_counters: ObjectiveStatusCounters
    training_job_status_counters: TrainingJobStatusCounters
    autotune: Autotune | None | Unset = UNSET
    best_training_job: None | TrainingJobSummary | Unset = UNSET
    consumed_resources: ConsumedResources | None | Unset = UNSET
    failure_reason: None | str | Unset = UNSET
    hyper_parameter_tuning_end_time: datetime.datetime | None | Unset = UNSET
    last_modified_time: datetime.datetime | None | Unset = UNSET
    overall_best_training_job: None | TrainingJobSummary | Unset = UNSET
    training_job_definition: None | TrainingJobDefinition | Unset = UNSET
    training_job_definitions: list[TrainingJobDefinition] | None | Unset = UNSET
    tuning_job_completion_details: None | TuningJobCompletionDetails | Unset = UNSET
    warm_start_config: None | Unset | WarmStartConfig = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.autotune import Autotune # noqa: PLC0415
        from ..models.consumed_resources import ConsumedResources # noqa: PLC0415
        from ..models.objective_status_counters import ObjectiveStatusCounters # noqa: PLC0415
        from ..models.training_job_definition import TrainingJobDefinition # noqa: PLC0415
        from ..models.training_job_status_counters import TrainingJobStatusCounters # noqa: PLC0415
        from ..models.training_job_summary import TrainingJobSummary # noqa: PLC0415
        from ..models.tuning_job_completion_details import TuningJobCompletionDetails # noqa: PLC0415
        from ..models.tuning_job_config import TuningJobConfig # noqa: PLC0415
        from ..models.warm_start_config import WarmStartConfig # noqa: PLC0415
        creation_time = self.creation_time.isoformat()

        hyper_parameter_tuning_job_arn = self.hyper_parameter_tuning_job_arn

        hyper_parameter_tuning_job_config = self.hyper_parameter_tuning_job_config.to_dict()

        hyper_parameter_tuning_job_name = self.hyper_parameter_tuning_job_name

        hyper_parameter_tuning_job_status = self.hyper_parameter_tuning_job_status.value

        objective_status_counters = self.objective_status_counters.to_dict()

        training_job_status_counters = self.training_job_status_counters.to_dict()

        autotune: dict[str, Any] | None | Unset
        if isinstance(self.autotune, Unset):
            autotune = UNSET
        elif isinstance(self.autotune, Autotune):
            autotune = self.autotune.to_dict()
        else:
            autotune = self.autotune

        best_training_job: dict[str, Any] | None | Unset
        if isinstance(self.best_training_job, Unset):
            best_training_job = UNSET
        elif isinstance(self.best_training_job, TrainingJobSummary):
            best_training_job = self.best_training_job.to_dict()
        else:
            best_training_job = self.best_training_job

        consumed_resources: dict[str, Any] | None | Unset
        if isinstance(self.consumed_resources, Unset):
            consumed_resources = UNSET
        elif isinstance(self.consumed_resources, ConsumedResources):
            consumed_resources = self.consumed_resources.to_dict()
        else:
            consumed_resources = self.consumed_resources

        failure_reason: None | str | Unset
        if isinstance(self.failure_reason, Unset):
            failure_reason = UNSET
        else:
            failure_reason = self.failure_reason

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

        overall_best_training_job: dict[str, Any] | None | Unset
        if isinstance(self.overall_best_training_job, Unset):
            overall_best_training_job = UNSET
        elif isinstance(self.overall_best_training_job, TrainingJobSummary):
            overall_best_training_job = self.overall_best_training_job.to_dict()
        else:
            overall_best_training_job = self.overall_best_training_job

        training_job_definition: dict[str, Any] | None | Unset
        if isinstance(self.training_job_definition, Unset):
            training_job_definition = UNSET
        elif isinstance(self.training_job_definition, TrainingJobDefinition):
            training_job_definition = self.training_job_definition.to_dict()
        else:
            training_job_definition = self.training_job_definition

        training_job_definitions: list[dict[str, Any]] | None | Unset
        if isinstance(self.training_job_definitions, Unset):
            training_job_definitions = UNSET
        elif isinstance(self.training_job_definitions, list):
            training_job_definitions = []
            for training_job_definitions_type_0_item_data in self.training_job_definitions:
                training_job_definitions_type_0_item = training_job_definitions_type_0_item_data.to_dict()
                training_job_definitions.append(training_job_definitions_type_0_item)


        else:
            training_job_definitions = self.training_job_definitions

        tuning_job_completion_details: dict[str, Any] | None | Unset
        if isinstance(self.tuning_job_completion_details, Unset):
            tuning_job_completion_details = UNSET
        elif isinstance(self.tuning_job_completion_details, TuningJobCompletionDetails):
            tuning_job_completion_details = self.tuning_job_completion_details.to_dict()
        else:
            tuning_job_completion_details = self.tuning_job_completion_details

        warm_start_config: dict[str, Any] | None | Unset
        if isinstance(self.warm_start_config, Unset):
            warm_start_config = UNSET
        elif isinstance(self.warm_start_config, WarmStartConfig):
            warm_start_config = self.warm_start_config.to_dict()
        else:
            warm_start_config = self.warm_start_config


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "CreationTime": creation_time,
            "HyperParameterTuningJobArn": hyper_parameter_tuning_job_arn,
            "HyperParameterTuningJobConfig": hyper_parameter_tuning_job_config,
            "HyperParameterTuningJobName": hyper_parameter_tuning_job_name,
            "HyperParameterTuningJobStatus": hyper_parameter_tuning_job_status,
            "ObjectiveStatusCounters": objective_status_counters,
            "TrainingJobStatusCounters": training_job_status_counters,
        })
        if autotune is not UNSET:
            field_dict["Autotune"] = autotune
        if best_training_job is not UNSET:
            field_dict["BestTrainingJob"] = best_training_job
        if consumed_resources is not UNSET:
            field_dict["ConsumedResources"] = consumed_resources
        if failure_reason is not UNSET:
            field_dict["FailureReason"] = failure_reason
        if hyper_parameter_tuning_end_time is not UNSET:
            field_dict["HyperParameterTuningEndTime"] = hyper_parameter_tuning_end_time
        if last_modified_time is not UNSET:
            field_dict["LastModifiedTime"] = last_modified_time
        if overall_best_training_job is not UNSET:
            field_dict["OverallBestTrainingJob"] = overall_best_training_job
        if training_job_definition is not UNSET:
            field_dict["TrainingJobDefinition"] = training_job_definition
        if training_job_definitions is not UNSET:
            field_dict["TrainingJobDefinitions"] = training_job_definitions
        if tuning_job_completion_details is not UNSET:
            field_dict["TuningJobCompletionDetails"] = tuning_job_completion_details
        if warm_start_config is not UNSET:
            field_dict["WarmStartConfig"] = warm_start_config

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.autotune import Autotune # noqa: PLC0415
        from ..models.consumed_resources import ConsumedResources # noqa: PLC0415
        from ..models.objective_status_counters import ObjectiveStatusCounters # noqa: PLC0415
        from ..models.training_job_definition import TrainingJobDefinition # noqa: PLC0415
        from ..models.training_job_status_counters import TrainingJobStatusCounters # noqa: PLC0415
        from ..models.training_job_summary import TrainingJobSummary # noqa: PLC0415
        from ..models.tuning_job_completion_details import TuningJobCompletionDetails # noqa: PLC0415
        from ..models.tuning_job_config import TuningJobConfig # noqa: PLC0415
        from ..models.warm_start_config import WarmStartConfig # noqa: PLC0415
        d = dict(src_dict)
        creation_time = datetime.datetime.fromisoformat(d.pop("CreationTime"))




        hyper_parameter_tuning_job_arn = d.pop("HyperParameterTuningJobArn")

        hyper_parameter_tuning_job_config = TuningJobConfig.from_dict(d.pop("HyperParameterTuningJobConfig"))




        hyper_parameter_tuning_job_name = d.pop("HyperParameterTuningJobName")

        hyper_parameter_tuning_job_status = DescribeTuningJobResponseHyperparametertuningjobstatus(d.pop("HyperParameterTuningJobStatus"))




        objective_status_counters = ObjectiveStatusCounters.from_dict(d.pop("ObjectiveStatusCounters"))




        training_job_status_counters = TrainingJobStatusCounters.from_dict(d.pop("TrainingJobStatusCounters"))




        def _parse_autotune(data: object) -> Autotune | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                autotune_type_0 = Autotune.from_dict(data)



                return autotune_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Autotune | None | Unset, data)

        autotune = _parse_autotune(d.pop("Autotune", UNSET))


        def _parse_best_training_job(data: object) -> None | TrainingJobSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                best_training_job_type_0 = TrainingJobSummary.from_dict(data)



                return best_training_job_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrainingJobSummary | Unset, data)

        best_training_job = _parse_best_training_job(d.pop("BestTrainingJob", UNSET))


        def _parse_consumed_resources(data: object) -> ConsumedResources | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                consumed_resources_type_0 = ConsumedResources.from_dict(data)



                return consumed_resources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConsumedResources | None | Unset, data)

        consumed_resources = _parse_consumed_resources(d.pop("ConsumedResources", UNSET))


        def _parse_failure_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_reason = _parse_failure_reason(d.pop("FailureReason", UNSET))


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


        def _parse_overall_best_training_job(data: object) -> None | TrainingJobSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                overall_best_training_job_type_0 = TrainingJobSummary.from_dict(data)



                return overall_best_training_job_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrainingJobSummary | Unset, data)

        overall_best_training_job = _parse_overall_best_training_job(d.pop("OverallBestTrainingJob", UNSET))


        def _parse_training_job_definition(data: object) -> None | TrainingJobDefinition | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                training_job_definition_type_0 = TrainingJobDefinition.from_dict(data)



                return training_job_definition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrainingJobDefinition | Unset, data)

        training_job_definition = _parse_training_job_definition(d.pop("TrainingJobDefinition", UNSET))


        def _parse_training_job_definitions(data: object) -> list[TrainingJobDefinition] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                training_job_definitions_type_0 = []
                _training_job_definitions_type_0 = data
                for training_job_definitions_type_0_item_data in (_training_job_definitions_type_0):
                    training_job_definitions_type_0_item = TrainingJobDefinition.from_dict(training_job_definitions_type_0_item_data)



                    training_job_definitions_type_0.append(training_job_definitions_type_0_item)

                return training_job_definitions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TrainingJobDefinition] | None | Unset, data)

        training_job_definitions = _parse_training_job_definitions(d.pop("TrainingJobDefinitions", UNSET))


        def _parse_tuning_job_completion_details(data: object) -> None | TuningJobCompletionDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tuning_job_completion_details_type_0 = TuningJobCompletionDetails.from_dict(data)



                return tuning_job_completion_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TuningJobCompletionDetails | Unset, data)

        tuning_job_completion_details = _parse_tuning_job_completion_details(d.pop("TuningJobCompletionDetails", UNSET))


        def _parse_warm_start_config(data: object) -> None | Unset | WarmStartConfig:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                warm_start_config_type_0 = WarmStartConfig.from_dict(data)



                return warm_start_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WarmStartConfig, data)

        warm_start_config = _parse_warm_start_config(d.pop("WarmStartConfig", UNSET))


        describe_tuning_job_response = cls(
            creation_time=creation_time,
            hyper_parameter_tuning_job_arn=hyper_parameter_tuning_job_arn,
            hyper_parameter_tuning_job_config=hyper_parameter_tuning_job_config,
            hyper_parameter_tuning_job_name=hyper_parameter_tuning_job_name,
            hyper_parameter_tuning_job_status=hyper_parameter_tuning_job_status,
            objective_status_counters=objective_status_counters,
            training_job_status_counters=training_job_status_counters,
            autotune=autotune,
            best_training_job=best_training_job,
            consumed_resources=consumed_resources,
            failure_reason=failure_reason,
            hyper_parameter_tuning_end_time=hyper_parameter_tuning_end_time,
            last_modified_time=last_modified_time,
            overall_best_training_job=overall_best_training_job,
            training_job_definition=training_job_definition,
            training_job_definitions=training_job_definitions,
            tuning_job_completion_details=tuning_job_completion_details,
            warm_start_config=warm_start_config,
        )

        return describe_tuning_job_response

