from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.describe_training_job_response_profiling_status_type_0 import DescribeTrainingJobResponseProfilingStatusType0
from ..models.describe_training_job_response_secondarystatus import DescribeTrainingJobResponseSecondarystatus
from ..models.describe_training_job_response_trainingjobstatus import DescribeTrainingJobResponseTrainingjobstatus
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.channel import Channel
  from ..models.checkpoint_config import CheckpointConfig
  from ..models.debug_hook_config import DebugHookConfig
  from ..models.debug_rule_configuration import DebugRuleConfiguration
  from ..models.debug_rule_evaluation_status import DebugRuleEvaluationStatus
  from ..models.describe_training_job_response_environment_type_0 import DescribeTrainingJobResponseEnvironmentType0
  from ..models.describe_training_job_response_hyper_parameters_type_0 import DescribeTrainingJobResponseHyperParametersType0
  from ..models.experiment_config import ExperimentConfig
  from ..models.infra_check_config import InfraCheckConfig
  from ..models.metric_data import MetricData
  from ..models.mlflow_config import MlflowConfig
  from ..models.mlflow_details import MlflowDetails
  from ..models.model_artifacts import ModelArtifacts
  from ..models.model_package_config import ModelPackageConfig
  from ..models.output_data_config import OutputDataConfig
  from ..models.profiler_config import ProfilerConfig
  from ..models.profiler_rule_configuration import ProfilerRuleConfiguration
  from ..models.profiler_rule_evaluation_status import ProfilerRuleEvaluationStatus
  from ..models.remote_debug_config import RemoteDebugConfig
  from ..models.resource_config import ResourceConfig
  from ..models.retry_strategy import RetryStrategy
  from ..models.secondary_status_transition import SecondaryStatusTransition
  from ..models.serverless_job_config import ServerlessJobConfig
  from ..models.stopping_condition import StoppingCondition
  from ..models.tensor_board_output_config import TensorBoardOutputConfig
  from ..models.training_algorithm_specification import TrainingAlgorithmSpecification
  from ..models.training_progress_info import TrainingProgressInfo
  from ..models.vpc_config import VpcConfig
  from ..models.warm_pool_status import WarmPoolStatus





T = TypeVar("T", bound="DescribeTrainingJobResponse")



@_attrs_define
class DescribeTrainingJobResponse:
    """ The answer to DescribeTrainingJob.

        Attributes:
            creation_time (datetime.datetime): A timestamp that indicates when the training job was created.
            model_artifacts (ModelArtifacts): Provides information about the location that is configured for storing model
                artifacts.
            secondary_status (DescribeTrainingJobResponseSecondarystatus): Provides detailed information about the state of
                the training job.
            stopping_condition (StoppingCondition): Specifies a limit to how long a job can run.
            training_job_arn (str): The ARN of the training job.
            training_job_name (str): Name of the model training job.
            training_job_status (DescribeTrainingJobResponseTrainingjobstatus): The status of the training job.
            algorithm_specification (None | TrainingAlgorithmSpecification | Unset): Information about the algorithm used
                for training, and algorithm metadata.
            auto_ml_job_arn (None | str | Unset): The ARN of an AutoML job.
            billable_time_in_seconds (int | None | Unset): The billable time in seconds.
            billable_token_count (int | None | Unset): The billable token count for eligible serverless training jobs.
            checkpoint_config (CheckpointConfig | None | Unset): Contains information about the output location for managed
                spot training checkpoint data.
            debug_hook_config (DebugHookConfig | None | Unset): SageMaker Debugger hook parameters, tensor collections and
                storage paths.
            debug_rule_configurations (list[DebugRuleConfiguration] | None | Unset): SageMaker Debugger rules for debugging
                output tensors.
            debug_rule_evaluation_statuses (list[DebugRuleEvaluationStatus] | None | Unset): Evaluation status of SageMaker
                Debugger rules for debugging on a training job.
            enable_inter_container_traffic_encryption (bool | None | Unset): To encrypt all communications between ML
                compute instances in distributed training, choose True.
            enable_managed_spot_training (bool | None | Unset): A Boolean indicating whether managed spot training is
                enabled (True) or not (False).
            enable_network_isolation (bool | None | Unset): Whether the training container is cut off from the network.
            environment (DescribeTrainingJobResponseEnvironmentType0 | None | Unset): The environment variables to set in
                the Docker container.
            experiment_config (ExperimentConfig | None | Unset): Associates a SageMaker job as a trial component with an
                experiment and trial.
            failure_reason (None | str | Unset): If the training job failed, the reason it failed.
            final_metric_data_list (list[MetricData] | None | Unset): The final value of each metric the algorithm emitted.
            hyper_parameters (DescribeTrainingJobResponseHyperParametersType0 | None | Unset): Algorithm-specific
                parameters.
            infra_check_config (InfraCheckConfig | None | Unset): The infrastructure health check configuration of the
                training job.
            input_data_config (list[Channel] | None | Unset): An array of Channel objects that describes each data input
                channel.
            labeling_job_arn (None | str | Unset): The ARN of the Ground Truth labeling job that created this training job,
                if any.
            last_modified_time (datetime.datetime | None | Unset): A timestamp that indicates when the status of the
                training job was last modified.
            mlflow_config (MlflowConfig | None | Unset): The MLflow configuration using SageMaker managed MLflow.
            mlflow_details (MlflowDetails | None | Unset): The MLflow details of this job.
            model_package_config (ModelPackageConfig | None | Unset): The configuration for the model package.
            output_data_config (None | OutputDataConfig | Unset): Where the model artifacts of the job are stored.
            output_model_package_arn (None | str | Unset): The ARN of the output model package holding model weights or
                checkpoints.
            profiler_config (None | ProfilerConfig | Unset): SageMaker Debugger system monitoring, framework profiling and
                storage paths.
            profiler_rule_configurations (list[ProfilerRuleConfiguration] | None | Unset): SageMaker Debugger rules for
                profiling system and framework metrics.
            profiler_rule_evaluation_statuses (list[ProfilerRuleEvaluationStatus] | None | Unset): Evaluation status of
                SageMaker Debugger rules for profiling on a training job.
            profiling_status (DescribeTrainingJobResponseProfilingStatusType0 | None | Unset): Profiling status of a
                training job.
            progress_info (None | TrainingProgressInfo | Unset): The Serverless training job progress information.
            remote_debug_config (None | RemoteDebugConfig | Unset): Configuration for remote debugging.
            resource_config (None | ResourceConfig | Unset): The compute instances and storage volumes of the training job.
            retry_strategy (None | RetryStrategy | Unset): The number of times to retry the job when the job fails due to an
                InternalServerError.
            role_arn (None | str | Unset): The IAM role the training job runs with.
            secondary_status_transitions (list[SecondaryStatusTransition] | None | Unset): Every secondary status the
                training job went through.
            serverless_job_config (None | ServerlessJobConfig | Unset): The configuration for serverless training jobs.
            tensor_board_output_config (None | TensorBoardOutputConfig | Unset): Where SageMaker Debugger writes TensorBoard
                output.
            training_end_time (datetime.datetime | None | Unset): Indicates the time when the training job ends on training
                instances.
            training_start_time (datetime.datetime | None | Unset): Indicates the time when the training job starts on
                training instances.
            training_time_in_seconds (int | None | Unset): The training time in seconds.
            tuning_job_arn (None | str | Unset): The ARN of the tuning job that launched this training job, if any.
            vpc_config (None | Unset | VpcConfig): The VPC this training job has access to.
            warm_pool_status (None | Unset | WarmPoolStatus): The status of the warm pool associated with the training job.
     """

    creation_time: datetime.datetime
    model_artifacts: ModelArtifacts
    secondary_status: DescribeTrainingJobResponseSecondarystatus
    stopping_condition: StoppingCondition
    training_job_arn: str
    training_job_name: str
    training_job_status: DescribeTrainingJobResponseTrainingjobstatus
    algorithm_specification: None | TrainingAlgorithmSpecification | Unset = UNSET
    auto_ml_job_arn: None | str | Unset = UNSET
    billable_time_in_seconds: int | None | Unset = UNSET
    billable_token_count: int | None | Unset = UNSET
    checkpoint_config: CheckpointConfig | None | Unset = UNSET
    debug_hook_config: DebugHookConfig | None | Unset = UNSET
    debug_rule_configurations: list[DebugRuleConfiguration] | None | Unset = UNSET
    debug_rule_evaluation_statuses: list[DebugRuleEvaluationStatus] | None | Unset = UNSET
    enable_inter_container_traffic_encryption: bool | None | Unset = UNSET
    enable_managed_spot_training: bool | None | Unset = UNSET
    enable_network_isolation: bool | None | Unset = UNSET
    environment: DescribeTrainingJobResponseEnvironmentType0 | None | Unset = UNSET
    experiment_config: ExperimentConfig | None | Unset = UNSET
    failure_reason: None | str | Unset = UNSET
    final_metric_data_list: list[MetricData] | None | Unset = UNSET
    hyper_parameters: DescribeTrainingJobResponseHyperParametersType0 | None | Unset = UNSET
    infra_check_config: InfraCheckConfig | None | Unset = UNSET
    input_data_config: list[Channel] | None | Unset = UNSET
    labeling_job_arn: None | str | Unset = UNSET
    last_modified_time: datetime.datetime | None | Unset = UNSET
    mlflow_config: MlflowConfig | None | Unset = UNSET
    mlflow_details: MlflowDetails | None | Unset = UNSET
    model_package_config: ModelPackageConfig | None | Unset = UNSET
    output_data_config: None | OutputDataConfig | Unset = UNSET
    output_model_package_arn: None | str | Unset = UNSET
    profiler_config: None | ProfilerConfig | Unset = UNSET
    profiler_rule_configurations: list[ProfilerRuleConfiguration] | None | Unset = UNSET
    profiler_rule_evaluation_statuses: list[ProfilerRuleEvaluationStatus] | None | Unset = UNSET
    profiling_status: DescribeTrainingJobResponseProfilingStatusType0 | None | Unset = UNSET
    progress_info: None | TrainingProgressInfo | Unset = UNSET
    remote_debug_config: None | RemoteDebugConfig | Unset = UNSET
    resource_config: None | ResourceConfig | Unset = UNSET
    retry_strategy: None | RetryStrategy | Unset = UNSET
    role_arn: None | str | Unset = UNSET
    secondary_status_transitions: list[SecondaryStatusTransition] | None | Unset = UNSET
    serverless_job_config: None | ServerlessJobConfig | Unset = UNSET
    tensor_board_output_config: None | TensorBoardOutputConfig | Unset = UNSET
    training_end_time: datetime.datetime | None | Unset = UNSET
    training_start_time: datetime.datetime | None | Unset = UNSET
    training_time_in_seconds: int | None | Unset = UNSET
    tuning_job_arn: None | str | Unset = UNSET
    vpc_config: None | Unset | VpcConfig = UNSET
    warm_pool_status: None | Unset | WarmPoolStatus = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.channel import Channel # noqa: PLC0415
        from ..models.checkpoint_config import CheckpointConfig # noqa: PLC0415
        from ..models.debug_hook_config import DebugHookConfig # noqa: PLC0415
        from ..models.debug_rule_configuration import DebugRuleConfiguration # noqa: PLC0415
        from ..models.debug_rule_evaluation_status import DebugRuleEvaluationStatus # noqa: PLC0415
        from ..models.describe_training_job_response_environment_type_0 import DescribeTrainingJobResponseEnvironmentType0 # noqa: PLC0415
        from ..models.describe_training_job_response_hyper_parameters_type_0 import DescribeTrainingJobResponseHyperParametersType0 # noqa: PLC0415
        from ..models.experiment_config import ExperimentConfig # noqa: PLC0415
        from ..models.infra_check_config import InfraCheckConfig # noqa: PLC0415
        from ..models.metric_data import MetricData # noqa: PLC0415
        from ..models.mlflow_config import MlflowConfig # noqa: PLC0415
        from ..models.mlflow_details import MlflowDetails # noqa: PLC0415
        from ..models.model_artifacts import ModelArtifacts # noqa: PLC0415
        from ..models.model_package_config import ModelPackageConfig # noqa: PLC0415
        from ..models.output_data_config import OutputDataConfig # noqa: PLC0415
        from ..models.profiler_config import ProfilerConfig # noqa: PLC0415
        from ..models.profiler_rule_configuration import ProfilerRuleConfiguration # noqa: PLC0415
        from ..models.profiler_rule_evaluation_status import ProfilerRuleEvaluationStatus # noqa: PLC0415
        from ..models.remote_debug_config import RemoteDebugConfig # noqa: PLC0415
        from ..models.resource_config import ResourceConfig # noqa: PLC0415
        from ..models.retry_strategy import RetryStrategy # noqa: PLC0415
        from ..models.secondary_status_transition import SecondaryStatusTransition # noqa: PLC0415
        from ..models.serverless_job_config import ServerlessJobConfig # noqa: PLC0415
        from ..models.stopping_condition import StoppingCondition # noqa: PLC0415
        from ..models.tensor_board_output_config import TensorBoardOutputConfig # noqa: PLC0415
        from ..models.training_algorithm_specification import TrainingAlgorithmSpecification # noqa: PLC0415
        from ..models.training_progress_info import TrainingProgressInfo # noqa: PLC0415
        from ..models.vpc_config import VpcConfig # noqa: PLC0415
        from ..models.warm_pool_status import WarmPoolStatus # noqa: PLC0415
        creation_time = self.creation_time.isoformat()

        model_artifacts = self.model_artifacts.to_dict()

        secondary_status = self.secondary_status.value

        stopping_condition = self.stopping_condition.to_dict()

        training_job_arn = self.training_job_arn

        training_job_name = self.training_job_name

        training_job_status = self.training_job_status.value

        algorithm_specification: dict[str, Any] | None | Unset
        if isinstance(self.algorithm_specification, Unset):
            algorithm_specification = UNSET
        elif isinstance(self.algorithm_specification, TrainingAlgorithmSpecification):
            algorithm_specification = self.algorithm_specification.to_dict()
        else:
            algorithm_specification = self.algorithm_specification

        auto_ml_job_arn: None | str | Unset
        if isinstance(self.auto_ml_job_arn, Unset):
            auto_ml_job_arn = UNSET
        else:
            auto_ml_job_arn = self.auto_ml_job_arn

        billable_time_in_seconds: int | None | Unset
        if isinstance(self.billable_time_in_seconds, Unset):
            billable_time_in_seconds = UNSET
        else:
            billable_time_in_seconds = self.billable_time_in_seconds

        billable_token_count: int | None | Unset
        if isinstance(self.billable_token_count, Unset):
            billable_token_count = UNSET
        else:
            billable_token_count = self.billable_token_count

        checkpoint_config: dict[str, Any] | None | Unset
        if isinstance(self.checkpoint_config, Unset):
            checkpoint_config = UNSET
        elif isinstance(self.checkpoint_config, CheckpointConfig):
            checkpoint_config = self.checkpoint_config.to_dict()
        else:
            checkpoint_config = self.checkpoint_config

        debug_hook_config: dict[str, Any] | None | Unset
        if isinstance(self.debug_hook_config, Unset):
            debug_hook_config = UNSET
        elif isinstance(self.debug_hook_config, DebugHookConfig):
            debug_hook_config = self.debug_hook_config.to_dict()
        else:
            debug_hook_config = self.debug_hook_config

        debug_rule_configurations: list[dict[str, Any]] | None | Unset
        if isinstance(self.debug_rule_configurations, Unset):
            debug_rule_configurations = UNSET
        elif isinstance(self.debug_rule_configurations, list):
            debug_rule_configurations = []
            for debug_rule_configurations_type_0_item_data in self.debug_rule_configurations:
                debug_rule_configurations_type_0_item = debug_rule_configurations_type_0_item_data.to_dict()
                debug_rule_configurations.append(debug_rule_configurations_type_0_item)


        else:
            debug_rule_configurations = self.debug_rule_configurations

        debug_rule_evaluation_statuses: list[dict[str, Any]] | None | Unset
        if isinstance(self.debug_rule_evaluation_statuses, Unset):
            debug_rule_evaluation_statuses = UNSET
        elif isinstance(self.debug_rule_evaluation_statuses, list):
            debug_rule_evaluation_statuses = []
            for debug_rule_evaluation_statuses_type_0_item_data in self.debug_rule_evaluation_statuses:
                debug_rule_evaluation_statuses_type_0_item = debug_rule_evaluation_statuses_type_0_item_data.to_dict()
                debug_rule_evaluation_statuses.append(debug_rule_evaluation_statuses_type_0_item)


        else:
            debug_rule_evaluation_statuses = self.debug_rule_evaluation_statuses

        enable_inter_container_traffic_encryption: bool | None | Unset
        if isinstance(self.enable_inter_container_traffic_encryption, Unset):
            enable_inter_container_traffic_encryption = UNSET
        else:
            enable_inter_container_traffic_encryption = self.enable_inter_container_traffic_encryption

        enable_managed_spot_training: bool | None | Unset
        if isinstance(self.enable_managed_spot_training, Unset):
            enable_managed_spot_training = UNSET
        else:
            enable_managed_spot_training = self.enable_managed_spot_training

        enable_network_isolation: bool | None | Unset
        if isinstance(self.enable_network_isolation, Unset):
            enable_network_isolation = UNSET
        else:
            enable_network_isolation = self.enable_network_isolation

        environment: dict[str, Any] | None | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        elif isinstance(self.environment, DescribeTrainingJobResponseEnvironmentType0):
            environment = self.environment.to_dict()
        else:
            environment = self.environment

        experiment_config: dict[str, Any] | None | Unset
        if isinstance(self.experiment_config, Unset):
            experiment_config = UNSET
        elif isinstance(self.experiment_config, ExperimentConfig):
            experiment_config = self.experiment_config.to_dict()
        else:
            experiment_config = self.experiment_config

        failure_reason: None | str | Unset
        if isinstance(self.failure_reason, Unset):
            failure_reason = UNSET
        else:
            failure_reason = self.failure_reason

        final_metric_data_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.final_metric_data_list, Unset):
            final_metric_data_list = UNSET
        elif isinstance(self.final_metric_data_list, list):
            final_metric_data_list = []
            for final_metric_data_list_type_0_item_data in self.final_metric_data_list:
                final_metric_data_list_type_0_item = final_metric_data_list_type_0_item_data.to_dict()
                final_metric_data_list.append(final_metric_data_list_type_0_item)


        else:
            final_metric_data_list = self.final_metric_data_list

        hyper_parameters: dict[str, Any] | None | Unset
        if isinstance(self.hyper_parameters, Unset):
            hyper_parameters = UNSET
        elif isinstance(self.hyper_parameters, DescribeTrainingJobResponseHyperParametersType0):
            hyper_parameters = self.hyper_parameters.to_dict()
        else:
            hyper_parameters = self.hyper_parameters

        infra_check_config: dict[str, Any] | None | Unset
        if isinstance(self.infra_check_config, Unset):
            infra_check_config = UNSET
        elif isinstance(self.infra_check_config, InfraCheckConfig):
            infra_check_config = self.infra_check_config.to_dict()
        else:
            infra_check_config = self.infra_check_config

        input_data_config: list[dict[str, Any]] | None | Unset
        if isinstance(self.input_data_config, Unset):
            input_data_config = UNSET
        elif isinstance(self.input_data_config, list):
            input_data_config = []
            for input_data_config_type_0_item_data in self.input_data_config:
                input_data_config_type_0_item = input_data_config_type_0_item_data.to_dict()
                input_data_config.append(input_data_config_type_0_item)


        else:
            input_data_config = self.input_data_config

        labeling_job_arn: None | str | Unset
        if isinstance(self.labeling_job_arn, Unset):
            labeling_job_arn = UNSET
        else:
            labeling_job_arn = self.labeling_job_arn

        last_modified_time: None | str | Unset
        if isinstance(self.last_modified_time, Unset):
            last_modified_time = UNSET
        elif isinstance(self.last_modified_time, datetime.datetime):
            last_modified_time = self.last_modified_time.isoformat()
        else:
            last_modified_time = self.last_modified_time

        mlflow_config: dict[str, Any] | None | Unset
        if isinstance(self.mlflow_config, Unset):
            mlflow_config = UNSET
        elif isinstance(self.mlflow_config, MlflowConfig):
            mlflow_config = self.mlflow_config.to_dict()
        else:
            mlflow_config = self.mlflow_config

        mlflow_details: dict[str, Any] | None | Unset
        if isinstance(self.mlflow_details, Unset):
            mlflow_details = UNSET
        elif isinstance(self.mlflow_details, MlflowDetails):
            mlflow_details = self.mlflow_details.to_dict()
        else:
            mlflow_details = self.mlflow_details

        model_package_config: dict[str, Any] | None | Unset
        if isinstance(self.model_package_config, Unset):
            model_package_config = UNSET
        elif isinstance(self.model_package_config, ModelPackageConfig):
            model_package_config = self.model_package_config.to_dict()
        else:
            model_package_config = self.model_package_config

        output_data_config: dict[str, Any] | None | Unset
        if isinstance(self.output_data_config, Unset):
            output_data_config = UNSET
        elif isinstance(self.output_data_config, OutputDataConfig):
            output_data_config = self.output_data_config.to_dict()
        else:
            output_data_config = self.output_data_config

        output_model_package_arn: None | str | Unset
        if isinstance(self.output_model_package_arn, Unset):
            output_model_package_arn = UNSET
        else:
            output_model_package_arn = self.output_model_package_arn

        profiler_config: dict[str, Any] | None | Unset
        if isinstance(self.profiler_config, Unset):
            profiler_config = UNSET
        elif isinstance(self.profiler_config, ProfilerConfig):
            profiler_config = self.profiler_config.to_dict()
        else:
            profiler_config = self.profiler_config

        profiler_rule_configurations: list[dict[str, Any]] | None | Unset
        if isinstance(self.profiler_rule_configurations, Unset):
            profiler_rule_configurations = UNSET
        elif isinstance(self.profiler_rule_configurations, list):
            profiler_rule_configurations = []
            for profiler_rule_configurations_type_0_item_data in self.profiler_rule_configurations:
                profiler_rule_configurations_type_0_item = profiler_rule_configurations_type_0_item_data.to_dict()
                profiler_rule_configurations.append(profiler_rule_configurations_type_0_item)


        else:
            profiler_rule_configurations = self.profiler_rule_configurations

        profiler_rule_evaluation_statuses: list[dict[str, Any]] | None | Unset
        if isinstance(self.profiler_rule_evaluation_statuses, Unset):
            profiler_rule_evaluation_statuses = UNSET
        elif isinstance(self.profiler_rule_evaluation_statuses, list):
            profiler_rule_evaluation_statuses = []
            for profiler_rule_evaluation_statuses_type_0_item_data in self.profiler_rule_evaluation_statuses:
                profiler_rule_evaluation_statuses_type_0_item = profiler_rule_evaluation_statuses_type_0_item_data.to_dict()
                profiler_rule_evaluation_statuses.append(profiler_rule_evaluation_statuses_type_0_item)


        else:
            profiler_rule_evaluation_statuses = self.profiler_rule_evaluation_statuses

        profiling_status: None | str | Unset
        if isinstance(self.profiling_status, Unset):
            profiling_status = UNSET
        elif isinstance(self.profiling_status, DescribeTrainingJobResponseProfilingStatusType0):
            profiling_status = self.profiling_status.value
        else:
            profiling_status = self.profiling_status

        progress_info: dict[str, Any] | None | Unset
        if isinstance(self.progress_info, Unset):
            progress_info = UNSET
        elif isinstance(self.progress_info, TrainingProgressInfo):
            progress_info = self.progress_info.to_dict()
        else:
            progress_info = self.progress_info

        remote_debug_config: dict[str, Any] | None | Unset
        if isinstance(self.remote_debug_config, Unset):
            remote_debug_config = UNSET
        elif isinstance(self.remote_debug_config, RemoteDebugConfig):
            remote_debug_config = self.remote_debug_config.to_dict()
        else:
            remote_debug_config = self.remote_debug_config

        resource_config: dict[str, Any] | None | Unset
        if isinstance(self.resource_config, Unset):
            resource_config = UNSET
        elif isinstance(self.resource_config, ResourceConfig):
            resource_config = self.resource_config.to_dict()
        else:
            resource_config = self.resource_config

        retry_strategy: dict[str, Any] | None | Unset
        if isinstance(self.retry_strategy, Unset):
            retry_strategy = UNSET
        elif isinstance(self.retry_strategy, RetryStrategy):
            retry_strategy = self.retry_strategy.to_dict()
        else:
            retry_strategy = self.retry_strategy

        role_arn: None | str | Unset
        if isinstance(self.role_arn, Unset):
            role_arn = UNSET
        else:
            role_arn = self.role_arn

        secondary_status_transitions: list[dict[str, Any]] | None | Unset
        if isinstance(self.secondary_status_transitions, Unset):
            secondary_status_transitions = UNSET
        elif isinstance(self.secondary_status_transitions, list):
            secondary_status_transitions = []
            for secondary_status_transitions_type_0_item_data in self.secondary_status_transitions:
                secondary_status_transitions_type_0_item = secondary_status_transitions_type_0_item_data.to_dict()
                secondary_status_transitions.append(secondary_status_transitions_type_0_item)


        else:
            secondary_status_transitions = self.secondary_status_transitions

        serverless_job_config: dict[str, Any] | None | Unset
        if isinstance(self.serverless_job_config, Unset):
            serverless_job_config = UNSET
        elif isinstance(self.serverless_job_config, ServerlessJobConfig):
            serverless_job_config = self.serverless_job_config.to_dict()
        else:
            serverless_job_config = self.serverless_job_config

        tensor_board_output_config: dict[str, Any] | None | Unset
        if isinstance(self.tensor_board_output_config, Unset):
            tensor_board_output_config = UNSET
        elif isinstance(self.tensor_board_output_config, TensorBoardOutputConfig):
            tensor_board_output_config = self.tensor_board_output_config.to_dict()
        else:
            tensor_board_output_config = self.tensor_board_output_config

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

        training_time_in_seconds: int | None | Unset
        if isinstance(self.training_time_in_seconds, Unset):
            training_time_in_seconds = UNSET
        else:
            training_time_in_seconds = self.training_time_in_seconds

        tuning_job_arn: None | str | Unset
        if isinstance(self.tuning_job_arn, Unset):
            tuning_job_arn = UNSET
        else:
            tuning_job_arn = self.tuning_job_arn

        vpc_config: dict[str, Any] | None | Unset
        if isinstance(self.vpc_config, Unset):
            vpc_config = UNSET
        elif isinstance(self.vpc_config, VpcConfig):
            vpc_config = self.vpc_config.to_dict()
        else:
            vpc_config = self.vpc_config

        warm_pool_status: dict[str, Any] | None | Unset
        if isinstance(self.warm_pool_status, Unset):
            warm_pool_status = UNSET
        elif isinstance(self.warm_pool_status, WarmPoolStatus):
            warm_pool_status = self.warm_pool_status.to_dict()
        else:
            warm_pool_status = self.warm_pool_status


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "CreationTime": creation_time,
            "ModelArtifacts": model_artifacts,
            "SecondaryStatus": secondary_status,
            "StoppingCondition": stopping_condition,
            "TrainingJobArn": training_job_arn,
            "TrainingJobName": training_job_name,
            "TrainingJobStatus": training_job_status,
        })
        if algorithm_specification is not UNSET:
            field_dict["AlgorithmSpecification"] = algorithm_specification
        if auto_ml_job_arn is not UNSET:
            field_dict["AutoMLJobArn"] = auto_ml_job_arn
        if billable_time_in_seconds is not UNSET:
            field_dict["BillableTimeInSeconds"] = billable_time_in_seconds
        if billable_token_count is not UNSET:
            field_dict["BillableTokenCount"] = billable_token_count
        if checkpoint_config is not UNSET:
            field_dict["CheckpointConfig"] = checkpoint_config
        if debug_hook_config is not UNSET:
            field_dict["DebugHookConfig"] = debug_hook_config
        if debug_rule_configurations is not UNSET:
            field_dict["DebugRuleConfigurations"] = debug_rule_configurations
        if debug_rule_evaluation_statuses is not UNSET:
            field_dict["DebugRuleEvaluationStatuses"] = debug_rule_evaluation_statuses
        if enable_inter_container_traffic_encryption is not UNSET:
            field_dict["EnableInterContainerTrafficEncryption"] = enable_inter_container_traffic_encryption
        if enable_managed_spot_training is not UNSET:
            field_dict["EnableManagedSpotTraining"] = enable_managed_spot_training
        if enable_network_isolation is not UNSET:
            field_dict["EnableNetworkIsolation"] = enable_network_isolation
        if environment is not UNSET:
            field_dict["Environment"] = environment
        if experiment_config is not UNSET:
            field_dict["ExperimentConfig"] = experiment_config
        if failure_reason is not UNSET:
            field_dict["FailureReason"] = failure_reason
        if final_metric_data_list is not UNSET:
            field_dict["FinalMetricDataList"] = final_metric_data_list
        if hyper_parameters is not UNSET:
            field_dict["HyperParameters"] = hyper_parameters
        if infra_check_config is not UNSET:
            field_dict["InfraCheckConfig"] = infra_check_config
        if input_data_config is not UNSET:
            field_dict["InputDataConfig"] = input_data_config
        if labeling_job_arn is not UNSET:
            field_dict["LabelingJobArn"] = labeling_job_arn
        if last_modified_time is not UNSET:
            field_dict["LastModifiedTime"] = last_modified_time
        if mlflow_config is not UNSET:
            field_dict["MlflowConfig"] = mlflow_config
        if mlflow_details is not UNSET:
            field_dict["MlflowDetails"] = mlflow_details
        if model_package_config is not UNSET:
            field_dict["ModelPackageConfig"] = model_package_config
        if output_data_config is not UNSET:
            field_dict["OutputDataConfig"] = output_data_config
        if output_model_package_arn is not UNSET:
            field_dict["OutputModelPackageArn"] = output_model_package_arn
        if profiler_config is not UNSET:
            field_dict["ProfilerConfig"] = profiler_config
        if profiler_rule_configurations is not UNSET:
            field_dict["ProfilerRuleConfigurations"] = profiler_rule_configurations
        if profiler_rule_evaluation_statuses is not UNSET:
            field_dict["ProfilerRuleEvaluationStatuses"] = profiler_rule_evaluation_statuses
        if profiling_status is not UNSET:
            field_dict["ProfilingStatus"] = profiling_status
        if progress_info is not UNSET:
            field_dict["ProgressInfo"] = progress_info
        if remote_debug_config is not UNSET:
            field_dict["RemoteDebugConfig"] = remote_debug_config
        if resource_config is not UNSET:
            field_dict["ResourceConfig"] = resource_config
        if retry_strategy is not UNSET:
            field_dict["RetryStrategy"] = retry_strategy
        if role_arn is not UNSET:
            field_dict["RoleArn"] = role_arn
        if secondary_status_transitions is not UNSET:
            field_dict["SecondaryStatusTransitions"] = secondary_status_transitions
        if serverless_job_config is not UNSET:
            field_dict["ServerlessJobConfig"] = serverless_job_config
        if tensor_board_output_config is not UNSET:
            field_dict["TensorBoardOutputConfig"] = tensor_board_output_config
        if training_end_time is not UNSET:
            field_dict["TrainingEndTime"] = training_end_time
        if training_start_time is not UNSET:
            field_dict["TrainingStartTime"] = training_start_time
        if training_time_in_seconds is not UNSET:
            field_dict["TrainingTimeInSeconds"] = training_time_in_seconds
        if tuning_job_arn is not UNSET:
            field_dict["TuningJobArn"] = tuning_job_arn
        if vpc_config is not UNSET:
            field_dict["VpcConfig"] = vpc_config
        if warm_pool_status is not UNSET:
            field_dict["WarmPoolStatus"] = warm_pool_status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.channel import Channel # noqa: PLC0415
        from ..models.checkpoint_config import CheckpointConfig # noqa: PLC0415
        from ..models.debug_hook_config import DebugHookConfig # noqa: PLC0415
        from ..models.debug_rule_configuration import DebugRuleConfiguration # noqa: PLC0415
        from ..models.debug_rule_evaluation_status import DebugRuleEvaluationStatus # noqa: PLC0415
        from ..models.describe_training_job_response_environment_type_0 import DescribeTrainingJobResponseEnvironmentType0 # noqa: PLC0415
        from ..models.describe_training_job_response_hyper_parameters_type_0 import DescribeTrainingJobResponseHyperParametersType0 # noqa: PLC0415
        from ..models.experiment_config import ExperimentConfig # noqa: PLC0415
        from ..models.infra_check_config import InfraCheckConfig # noqa: PLC0415
        from ..models.metric_data import MetricData # noqa: PLC0415
        from ..models.mlflow_config import MlflowConfig # noqa: PLC0415
        from ..models.mlflow_details import MlflowDetails # noqa: PLC0415
        from ..models.model_artifacts import ModelArtifacts # noqa: PLC0415
        from ..models.model_package_config import ModelPackageConfig # noqa: PLC0415
        from ..models.output_data_config import OutputDataConfig # noqa: PLC0415
        from ..models.profiler_config import ProfilerConfig # noqa: PLC0415
        from ..models.profiler_rule_configuration import ProfilerRuleConfiguration # noqa: PLC0415
        from ..models.profiler_rule_evaluation_status import ProfilerRuleEvaluationStatus # noqa: PLC0415
        from ..models.remote_debug_config import RemoteDebugConfig # noqa: PLC0415
        from ..models.resource_config import ResourceConfig # noqa: PLC0415
        from ..models.retry_strategy import RetryStrategy # noqa: PLC0415
        from ..models.secondary_status_transition import SecondaryStatusTransition # noqa: PLC0415
        from ..models.serverless_job_config import ServerlessJobConfig # noqa: PLC0415
        from ..models.stopping_condition import StoppingCondition # noqa: PLC0415
        from ..models.tensor_board_output_config import TensorBoardOutputConfig # noqa: PLC0415
        from ..models.training_algorithm_specification import TrainingAlgorithmSpecification # noqa: PLC0415
        from ..models.training_progress_info import TrainingProgressInfo # noqa: PLC0415
        from ..models.vpc_config import VpcConfig # noqa: PLC0415
        from ..models.warm_pool_status import WarmPoolStatus # noqa: PLC0415
        d = dict(src_dict)
        creation_time = datetime.datetime.fromisoformat(d.pop("CreationTime"))




        model_artifacts = ModelArtifacts.from_dict(d.pop("ModelArtifacts"))




        secondary_status = DescribeTrainingJobResponseSecondarystatus(d.pop("SecondaryStatus"))




        stopping_condition = StoppingCondition.from_dict(d.pop("StoppingCondition"))




        training_job_arn = d.pop("TrainingJobArn")

        training_job_name = d.pop("TrainingJobName")

        training_job_status = DescribeTrainingJobResponseTrainingjobstatus(d.pop("TrainingJobStatus"))




        def _parse_algorithm_specification(data: object) -> None | TrainingAlgorithmSpecification | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                algorithm_specification_type_0 = TrainingAlgorithmSpecification.from_dict(data)



                return algorithm_specification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrainingAlgorithmSpecification | Unset, data)

        algorithm_specification = _parse_algorithm_specification(d.pop("AlgorithmSpecification", UNSET))


        def _parse_auto_ml_job_arn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auto_ml_job_arn = _parse_auto_ml_job_arn(d.pop("AutoMLJobArn", UNSET))


        def _parse_billable_time_in_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        billable_time_in_seconds = _parse_billable_time_in_seconds(d.pop("BillableTimeInSeconds", UNSET))


        def _parse_billable_token_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        billable_token_count = _parse_billable_token_count(d.pop("BillableTokenCount", UNSET))


        def _parse_checkpoint_config(data: object) -> CheckpointConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                checkpoint_config_type_0 = CheckpointConfig.from_dict(data)



                return checkpoint_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CheckpointConfig | None | Unset, data)

        checkpoint_config = _parse_checkpoint_config(d.pop("CheckpointConfig", UNSET))


        def _parse_debug_hook_config(data: object) -> DebugHookConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                debug_hook_config_type_0 = DebugHookConfig.from_dict(data)



                return debug_hook_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DebugHookConfig | None | Unset, data)

        debug_hook_config = _parse_debug_hook_config(d.pop("DebugHookConfig", UNSET))


        def _parse_debug_rule_configurations(data: object) -> list[DebugRuleConfiguration] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                debug_rule_configurations_type_0 = []
                _debug_rule_configurations_type_0 = data
                for debug_rule_configurations_type_0_item_data in (_debug_rule_configurations_type_0):
                    debug_rule_configurations_type_0_item = DebugRuleConfiguration.from_dict(debug_rule_configurations_type_0_item_data)



                    debug_rule_configurations_type_0.append(debug_rule_configurations_type_0_item)

                return debug_rule_configurations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DebugRuleConfiguration] | None | Unset, data)

        debug_rule_configurations = _parse_debug_rule_configurations(d.pop("DebugRuleConfigurations", UNSET))


        def _parse_debug_rule_evaluation_statuses(data: object) -> list[DebugRuleEvaluationStatus] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                debug_rule_evaluation_statuses_type_0 = []
                _debug_rule_evaluation_statuses_type_0 = data
                for debug_rule_evaluation_statuses_type_0_item_data in (_debug_rule_evaluation_statuses_type_0):
                    debug_rule_evaluation_statuses_type_0_item = DebugRuleEvaluationStatus.from_dict(debug_rule_evaluation_statuses_type_0_item_data)



                    debug_rule_evaluation_statuses_type_0.append(debug_rule_evaluation_statuses_type_0_item)

                return debug_rule_evaluation_statuses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DebugRuleEvaluationStatus] | None | Unset, data)

        debug_rule_evaluation_statuses = _parse_debug_rule_evaluation_statuses(d.pop("DebugRuleEvaluationStatuses", UNSET))


        def _parse_enable_inter_container_traffic_encryption(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_inter_container_traffic_encryption = _parse_enable_inter_container_traffic_encryption(d.pop("EnableInterContainerTrafficEncryption", UNSET))


        def _parse_enable_managed_spot_training(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_managed_spot_training = _parse_enable_managed_spot_training(d.pop("EnableManagedSpotTraining", UNSET))


        def _parse_enable_network_isolation(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_network_isolation = _parse_enable_network_isolation(d.pop("EnableNetworkIsolation", UNSET))


        def _parse_environment(data: object) -> DescribeTrainingJobResponseEnvironmentType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_0 = DescribeTrainingJobResponseEnvironmentType0.from_dict(data)



                return environment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DescribeTrainingJobResponseEnvironmentType0 | None | Unset, data)

        environment = _parse_environment(d.pop("Environment", UNSET))


        def _parse_experiment_config(data: object) -> ExperimentConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                experiment_config_type_0 = ExperimentConfig.from_dict(data)



                return experiment_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExperimentConfig | None | Unset, data)

        experiment_config = _parse_experiment_config(d.pop("ExperimentConfig", UNSET))


        def _parse_failure_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_reason = _parse_failure_reason(d.pop("FailureReason", UNSET))


        def _parse_final_metric_data_list(data: object) -> list[MetricData] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                final_metric_data_list_type_0 = []
                _final_metric_data_list_type_0 = data
                for final_metric_data_list_type_0_item_data in (_final_metric_data_list_type_0):
                    final_metric_data_list_type_0_item = MetricData.from_dict(final_metric_data_list_type_0_item_data)



                    final_metric_data_list_type_0.append(final_metric_data_list_type_0_item)

                return final_metric_data_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MetricData] | None | Unset, data)

        final_metric_data_list = _parse_final_metric_data_list(d.pop("FinalMetricDataList", UNSET))


        def _parse_hyper_parameters(data: object) -> DescribeTrainingJobResponseHyperParametersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hyper_parameters_type_0 = DescribeTrainingJobResponseHyperParametersType0.from_dict(data)



                return hyper_parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DescribeTrainingJobResponseHyperParametersType0 | None | Unset, data)

        hyper_parameters = _parse_hyper_parameters(d.pop("HyperParameters", UNSET))


        def _parse_infra_check_config(data: object) -> InfraCheckConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                infra_check_config_type_0 = InfraCheckConfig.from_dict(data)



                return infra_check_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InfraCheckConfig | None | Unset, data)

        infra_check_config = _parse_infra_check_config(d.pop("InfraCheckConfig", UNSET))


        def _parse_input_data_config(data: object) -> list[Channel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_data_config_type_0 = []
                _input_data_config_type_0 = data
                for input_data_config_type_0_item_data in (_input_data_config_type_0):
                    input_data_config_type_0_item = Channel.from_dict(input_data_config_type_0_item_data)



                    input_data_config_type_0.append(input_data_config_type_0_item)

                return input_data_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Channel] | None | Unset, data)

        input_data_config = _parse_input_data_config(d.pop("InputDataConfig", UNSET))


        def _parse_labeling_job_arn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        labeling_job_arn = _parse_labeling_job_arn(d.pop("LabelingJobArn", UNSET))


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


        def _parse_mlflow_config(data: object) -> MlflowConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mlflow_config_type_0 = MlflowConfig.from_dict(data)



                return mlflow_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MlflowConfig | None | Unset, data)

        mlflow_config = _parse_mlflow_config(d.pop("MlflowConfig", UNSET))


        def _parse_mlflow_details(data: object) -> MlflowDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mlflow_details_type_0 = MlflowDetails.from_dict(data)



                return mlflow_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MlflowDetails | None | Unset, data)

        mlflow_details = _parse_mlflow_details(d.pop("MlflowDetails", UNSET))


        def _parse_model_package_config(data: object) -> ModelPackageConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_package_config_type_0 = ModelPackageConfig.from_dict(data)



                return model_package_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelPackageConfig | None | Unset, data)

        model_package_config = _parse_model_package_config(d.pop("ModelPackageConfig", UNSET))


        def _parse_output_data_config(data: object) -> None | OutputDataConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_data_config_type_0 = OutputDataConfig.from_dict(data)



                return output_data_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OutputDataConfig | Unset, data)

        output_data_config = _parse_output_data_config(d.pop("OutputDataConfig", UNSET))


        def _parse_output_model_package_arn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output_model_package_arn = _parse_output_model_package_arn(d.pop("OutputModelPackageArn", UNSET))


        def _parse_profiler_config(data: object) -> None | ProfilerConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                profiler_config_type_0 = ProfilerConfig.from_dict(data)



                return profiler_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProfilerConfig | Unset, data)

        profiler_config = _parse_profiler_config(d.pop("ProfilerConfig", UNSET))


        def _parse_profiler_rule_configurations(data: object) -> list[ProfilerRuleConfiguration] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                profiler_rule_configurations_type_0 = []
                _profiler_rule_configurations_type_0 = data
                for profiler_rule_configurations_type_0_item_data in (_profiler_rule_configurations_type_0):
                    profiler_rule_configurations_type_0_item = ProfilerRuleConfiguration.from_dict(profiler_rule_configurations_type_0_item_data)



                    profiler_rule_configurations_type_0.append(profiler_rule_configurations_type_0_item)

                return profiler_rule_configurations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProfilerRuleConfiguration] | None | Unset, data)

        profiler_rule_configurations = _parse_profiler_rule_configurations(d.pop("ProfilerRuleConfigurations", UNSET))


        def _parse_profiler_rule_evaluation_statuses(data: object) -> list[ProfilerRuleEvaluationStatus] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                profiler_rule_evaluation_statuses_type_0 = []
                _profiler_rule_evaluation_statuses_type_0 = data
                for profiler_rule_evaluation_statuses_type_0_item_data in (_profiler_rule_evaluation_statuses_type_0):
                    profiler_rule_evaluation_statuses_type_0_item = ProfilerRuleEvaluationStatus.from_dict(profiler_rule_evaluation_statuses_type_0_item_data)



                    profiler_rule_evaluation_statuses_type_0.append(profiler_rule_evaluation_statuses_type_0_item)

                return profiler_rule_evaluation_statuses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProfilerRuleEvaluationStatus] | None | Unset, data)

        profiler_rule_evaluation_statuses = _parse_profiler_rule_evaluation_statuses(d.pop("ProfilerRuleEvaluationStatuses", UNSET))


        def _parse_profiling_status(data: object) -> DescribeTrainingJobResponseProfilingStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                profiling_status_type_0 = DescribeTrainingJobResponseProfilingStatusType0(data)



                return profiling_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DescribeTrainingJobResponseProfilingStatusType0 | None | Unset, data)

        profiling_status = _parse_profiling_status(d.pop("ProfilingStatus", UNSET))


        def _parse_progress_info(data: object) -> None | TrainingProgressInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                progress_info_type_0 = TrainingProgressInfo.from_dict(data)



                return progress_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrainingProgressInfo | Unset, data)

        progress_info = _parse_progress_info(d.pop("ProgressInfo", UNSET))


        def _parse_remote_debug_config(data: object) -> None | RemoteDebugConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                remote_debug_config_type_0 = RemoteDebugConfig.from_dict(data)



                return remote_debug_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RemoteDebugConfig | Unset, data)

        remote_debug_config = _parse_remote_debug_config(d.pop("RemoteDebugConfig", UNSET))


        def _parse_resource_config(data: object) -> None | ResourceConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resource_config_type_0 = ResourceConfig.from_dict(data)



                return resource_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourceConfig | Unset, data)

        resource_config = _parse_resource_config(d.pop("ResourceConfig", UNSET))


        def _parse_retry_strategy(data: object) -> None | RetryStrategy | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                retry_strategy_type_0 = RetryStrategy.from_dict(data)



                return retry_strategy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RetryStrategy | Unset, data)

        retry_strategy = _parse_retry_strategy(d.pop("RetryStrategy", UNSET))


        def _parse_role_arn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role_arn = _parse_role_arn(d.pop("RoleArn", UNSET))


        def _parse_secondary_status_transitions(data: object) -> list[SecondaryStatusTransition] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                secondary_status_transitions_type_0 = []
                _secondary_status_transitions_type_0 = data
                for secondary_status_transitions_type_0_item_data in (_secondary_status_transitions_type_0):
                    secondary_status_transitions_type_0_item = SecondaryStatusTransition.from_dict(secondary_status_transitions_type_0_item_data)



                    secondary_status_transitions_type_0.append(secondary_status_transitions_type_0_item)

                return secondary_status_transitions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SecondaryStatusTransition] | None | Unset, data)

        secondary_status_transitions = _parse_secondary_status_transitions(d.pop("SecondaryStatusTransitions", UNSET))


        def _parse_serverless_job_config(data: object) -> None | ServerlessJobConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                serverless_job_config_type_0 = ServerlessJobConfig.from_dict(data)



                return serverless_job_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServerlessJobConfig | Unset, data)

        serverless_job_config = _parse_serverless_job_config(d.pop("ServerlessJobConfig", UNSET))


        def _parse_tensor_board_output_config(data: object) -> None | TensorBoardOutputConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tensor_board_output_config_type_0 = TensorBoardOutputConfig.from_dict(data)



                return tensor_board_output_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TensorBoardOutputConfig | Unset, data)

        tensor_board_output_config = _parse_tensor_board_output_config(d.pop("TensorBoardOutputConfig", UNSET))


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


        def _parse_training_time_in_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        training_time_in_seconds = _parse_training_time_in_seconds(d.pop("TrainingTimeInSeconds", UNSET))


        def _parse_tuning_job_arn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tuning_job_arn = _parse_tuning_job_arn(d.pop("TuningJobArn", UNSET))


        def _parse_vpc_config(data: object) -> None | Unset | VpcConfig:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vpc_config_type_0 = VpcConfig.from_dict(data)



                return vpc_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VpcConfig, data)

        vpc_config = _parse_vpc_config(d.pop("VpcConfig", UNSET))


        def _parse_warm_pool_status(data: object) -> None | Unset | WarmPoolStatus:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                warm_pool_status_type_0 = WarmPoolStatus.from_dict(data)



                return warm_pool_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WarmPoolStatus, data)

        warm_pool_status = _parse_warm_pool_status(d.pop("WarmPoolStatus", UNSET))


        describe_training_job_response = cls(
            creation_time=creation_time,
            model_artifacts=model_artifacts,
            secondary_status=secondary_status,
            stopping_condition=stopping_condition,
            training_job_arn=training_job_arn,
            training_job_name=training_job_name,
            training_job_status=training_job_status,
            algorithm_specification=algorithm_specification,
            auto_ml_job_arn=auto_ml_job_arn,
            billable_time_in_seconds=billable_time_in_seconds,
            billable_token_count=billable_token_count,
            checkpoint_config=checkpoint_config,
            debug_hook_config=debug_hook_config,
            debug_rule_configurations=debug_rule_configurations,
            debug_rule_evaluation_statuses=debug_rule_evaluation_statuses,
            enable_inter_container_traffic_encryption=enable_inter_container_traffic_encryption,
            enable_managed_spot_training=enable_managed_spot_training,
            enable_network_isolation=enable_network_isolation,
            environment=environment,
            experiment_config=experiment_config,
            failure_reason=failure_reason,
            final_metric_data_list=final_metric_data_list,
            hyper_parameters=hyper_parameters,
            infra_check_config=infra_check_config,
            input_data_config=input_data_config,
            labeling_job_arn=labeling_job_arn,
            last_modified_time=last_modified_time,
            mlflow_config=mlflow_config,
            mlflow_details=mlflow_details,
            model_package_config=model_package_config,
            output_data_config=output_data_config,
            output_model_package_arn=output_model_package_arn,
            profiler_config=profiler_config,
            profiler_rule_configurations=profiler_rule_configurations,
            profiler_rule_evaluation_statuses=profiler_rule_evaluation_statuses,
            profiling_status=profiling_status,
            progress_info=progress_info,
            remote_debug_config=remote_debug_config,
            resource_config=resource_config,
            retry_strategy=retry_strategy,
            role_arn=role_arn,
            secondary_status_transitions=secondary_status_transitions,
            serverless_job_config=serverless_job_config,
            tensor_board_output_config=tensor_board_output_config,
            training_end_time=training_end_time,
            training_start_time=training_start_time,
            training_time_in_seconds=training_time_in_seconds,
            tuning_job_arn=tuning_job_arn,
            vpc_config=vpc_config,
            warm_pool_status=warm_pool_status,
        )

        return describe_training_job_response

