from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.channel import Channel
  from ..models.checkpoint_config import CheckpointConfig
  from ..models.create_training_job_request_environment_type_0 import CreateTrainingJobRequestEnvironmentType0
  from ..models.create_training_job_request_hyper_parameters_type_0 import CreateTrainingJobRequestHyperParametersType0
  from ..models.debug_hook_config import DebugHookConfig
  from ..models.debug_rule_configuration import DebugRuleConfiguration
  from ..models.experiment_config import ExperimentConfig
  from ..models.infra_check_config import InfraCheckConfig
  from ..models.mlflow_config import MlflowConfig
  from ..models.model_package_config import ModelPackageConfig
  from ..models.output_data_config import OutputDataConfig
  from ..models.profiler_config import ProfilerConfig
  from ..models.profiler_rule_configuration import ProfilerRuleConfiguration
  from ..models.remote_debug_config import RemoteDebugConfig
  from ..models.resource_config import ResourceConfig
  from ..models.retry_strategy import RetryStrategy
  from ..models.serverless_job_config import ServerlessJobConfig
  from ..models.session_chaining_config import SessionChainingConfig
  from ..models.stopping_condition import StoppingCondition
  from ..models.tag import Tag
  from ..models.tensor_board_output_config import TensorBoardOutputConfig
  from ..models.training_algorithm_specification import TrainingAlgorithmSpecification
  from ..models.vpc_config import VpcConfig





T = TypeVar("T", bound="CreateTrainingJobRequest")



@_attrs_define
class CreateTrainingJobRequest:
    """ The body of CreateTrainingJob: a training job of its own (no tuning job).

        Attributes:
            output_data_config (OutputDataConfig): Provides information about how to store model training results (model
                artifacts).
            role_arn (str): The IAM role the training job runs with.
            training_job_name (str): The name of the training job, unique in the account and region.
            algorithm_specification (None | TrainingAlgorithmSpecification | Unset): The training image (or algorithm) and
                its input mode and metrics.
            checkpoint_config (CheckpointConfig | None | Unset): Where checkpoints are kept between spot interruptions.
            debug_hook_config (DebugHookConfig | None | Unset): SageMaker Debugger's hook (not supported by openamt).
            debug_rule_configurations (list[DebugRuleConfiguration] | None | Unset): SageMaker Debugger's built-in rules
                that read metrics (docs/debugger.md); others are refused.
            enable_inter_container_traffic_encryption (bool | None | Unset): Encrypts traffic between the containers of
                distributed training.
            enable_managed_spot_training (bool | None | Unset): Trains on (simulated) managed spot capacity.
            enable_network_isolation (bool | None | Unset): Isolates the training container (no outbound network calls).
            environment (CreateTrainingJobRequestEnvironmentType0 | None | Unset): Environment variables set in the training
                container.
            experiment_config (ExperimentConfig | None | Unset): The experiment, trial and run the job belongs to (kept,
                unused).
            hyper_parameters (CreateTrainingJobRequestHyperParametersType0 | None | Unset): The algorithm's hyperparameters,
                as strings.
            infra_check_config (InfraCheckConfig | None | Unset): Infrastructure health checks before training (kept,
                unused).
            input_data_config (list[Channel] | None | Unset): The input channels of the training job.
            mlflow_config (MlflowConfig | None | Unset): The MLflow tracking server the job logs to (not supported by
                openamt).
            model_package_config (ModelPackageConfig | None | Unset): The model package the job registers (not supported by
                openamt).
            profiler_config (None | ProfilerConfig | Unset): SageMaker Profiler's configuration (kept, unused).
            profiler_rule_configurations (list[ProfilerRuleConfiguration] | None | Unset): SageMaker Profiler's rules (not
                supported by openamt).
            remote_debug_config (None | RemoteDebugConfig | Unset): Remote debugging of the container (not supported by
                openamt).
            resource_config (None | ResourceConfig | Unset): The compute instances and storage volumes of the training job.
            retry_strategy (None | RetryStrategy | Unset): How often a job that failed with an InternalServerError is
                retried.
            serverless_job_config (None | ServerlessJobConfig | Unset): A serverless model customization job (not supported
                by openamt).
            session_chaining_config (None | SessionChainingConfig | Unset): Session tag chaining for the job's role (kept,
                unused).
            stopping_condition (None | StoppingCondition | Unset): How long the training job may run (default one day).
            tags (list[Tag] | None | Unset): Tags of the training job (ListTags reads them).
            tensor_board_output_config (None | TensorBoardOutputConfig | Unset): Where TensorBoard output goes (not
                supported by openamt).
            vpc_config (None | Unset | VpcConfig): The VPC the training job connects to.
     """

    output_data_config: OutputDataConfig
    role_arn: str
    training_job_name: str
    algorithm_specification: None | TrainingAlgorithmSpecification | Unset = UNSET
    checkpoint_config: CheckpointConfig | None | Unset = UNSET
    debug_hook_config: DebugHookConfig | None | Unset = UNSET
    debug_rule_configurations: list[DebugRuleConfiguration] | None | Unset = UNSET
    enable_inter_container_traffic_encryption: bool | None | Unset = UNSET
    enable_managed_spot_training: bool | None | Unset = UNSET
    enable_network_isolation: bool | None | Unset = UNSET
    environment: CreateTrainingJobRequestEnvironmentType0 | None | Unset = UNSET
    experiment_config: ExperimentConfig | None | Unset = UNSET
    hyper_parameters: CreateTrainingJobRequestHyperParametersType0 | None | Unset = UNSET
    infra_check_config: InfraCheckConfig | None | Unset = UNSET
    input_data_config: list[Channel] | None | Unset = UNSET
    mlflow_config: MlflowConfig | None | Unset = UNSET
    model_package_config: ModelPackageConfig | None | Unset = UNSET
    profiler_config: None | ProfilerConfig | Unset = UNSET
    profiler_rule_configurations: list[ProfilerRuleConfiguration] | None | Unset = UNSET
    remote_debug_config: None | RemoteDebugConfig | Unset = UNSET
    resource_config: None | ResourceConfig | Unset = UNSET
    retry_strategy: None | RetryStrategy | Unset = UNSET
    serverless_job_config: None | ServerlessJobConfig | Unset = UNSET
    session_chaining_config: None | SessionChainingConfig | Unset = UNSET
    stopping_condition: None | StoppingCondition | Unset = UNSET
    tags: list[Tag] | None | Unset = UNSET
    tensor_board_output_config: None | TensorBoardOutputConfig | Unset = UNSET
    vpc_config: None | Unset | VpcConfig = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.channel import Channel # noqa: PLC0415
        from ..models.checkpoint_config import CheckpointConfig # noqa: PLC0415
        from ..models.create_training_job_request_environment_type_0 import CreateTrainingJobRequestEnvironmentType0 # noqa: PLC0415
        from ..models.create_training_job_request_hyper_parameters_type_0 import CreateTrainingJobRequestHyperParametersType0 # noqa: PLC0415
        from ..models.debug_hook_config import DebugHookConfig # noqa: PLC0415
        from ..models.debug_rule_configuration import DebugRuleConfiguration # noqa: PLC0415
        from ..models.experiment_config import ExperimentConfig # noqa: PLC0415
        from ..models.infra_check_config import InfraCheckConfig # noqa: PLC0415
        from ..models.mlflow_config import MlflowConfig # noqa: PLC0415
        from ..models.model_package_config import ModelPackageConfig # noqa: PLC0415
        from ..models.output_data_config import OutputDataConfig # noqa: PLC0415
        from ..models.profiler_config import ProfilerConfig # noqa: PLC0415
        from ..models.profiler_rule_configuration import ProfilerRuleConfiguration # noqa: PLC0415
        from ..models.remote_debug_config import RemoteDebugConfig # noqa: PLC0415
        from ..models.resource_config import ResourceConfig # noqa: PLC0415
        from ..models.retry_strategy import RetryStrategy # noqa: PLC0415
        from ..models.serverless_job_config import ServerlessJobConfig # noqa: PLC0415
        from ..models.session_chaining_config import SessionChainingConfig # noqa: PLC0415
        from ..models.stopping_condition import StoppingCondition # noqa: PLC0415
        from ..models.tag import Tag # noqa: PLC0415
        from ..models.tensor_board_output_config import TensorBoardOutputConfig # noqa: PLC0415
        from ..models.training_algorithm_specification import TrainingAlgorithmSpecification # noqa: PLC0415
        from ..models.vpc_config import VpcConfig # noqa: PLC0415
        output_data_config = self.output_data_config.to_dict()

        role_arn = self.role_arn

        training_job_name = self.training_job_name

        algorithm_specification: dict[str, Any] | None | Unset
        if isinstance(self.algorithm_specification, Unset):
            algorithm_specification = UNSET
        elif isinstance(self.algorithm_specification, TrainingAlgorithmSpecification):
            algorithm_specification = self.algorithm_specification.to_dict()
        else:
            algorithm_specification = self.algorithm_specification

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
        elif isinstance(self.environment, CreateTrainingJobRequestEnvironmentType0):
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

        hyper_parameters: dict[str, Any] | None | Unset
        if isinstance(self.hyper_parameters, Unset):
            hyper_parameters = UNSET
        elif isinstance(self.hyper_parameters, CreateTrainingJobRequestHyperParametersType0):
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

        mlflow_config: dict[str, Any] | None | Unset
        if isinstance(self.mlflow_config, Unset):
            mlflow_config = UNSET
        elif isinstance(self.mlflow_config, MlflowConfig):
            mlflow_config = self.mlflow_config.to_dict()
        else:
            mlflow_config = self.mlflow_config

        model_package_config: dict[str, Any] | None | Unset
        if isinstance(self.model_package_config, Unset):
            model_package_config = UNSET
        elif isinstance(self.model_package_config, ModelPackageConfig):
            model_package_config = self.model_package_config.to_dict()
        else:
            model_package_config = self.model_package_config

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

        serverless_job_config: dict[str, Any] | None | Unset
        if isinstance(self.serverless_job_config, Unset):
            serverless_job_config = UNSET
        elif isinstance(self.serverless_job_config, ServerlessJobConfig):
            serverless_job_config = self.serverless_job_config.to_dict()
        else:
            serverless_job_config = self.serverless_job_config

        session_chaining_config: dict[str, Any] | None | Unset
        if isinstance(self.session_chaining_config, Unset):
            session_chaining_config = UNSET
        elif isinstance(self.session_chaining_config, SessionChainingConfig):
            session_chaining_config = self.session_chaining_config.to_dict()
        else:
            session_chaining_config = self.session_chaining_config

        stopping_condition: dict[str, Any] | None | Unset
        if isinstance(self.stopping_condition, Unset):
            stopping_condition = UNSET
        elif isinstance(self.stopping_condition, StoppingCondition):
            stopping_condition = self.stopping_condition.to_dict()
        else:
            stopping_condition = self.stopping_condition

        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)


        else:
            tags = self.tags

        tensor_board_output_config: dict[str, Any] | None | Unset
        if isinstance(self.tensor_board_output_config, Unset):
            tensor_board_output_config = UNSET
        elif isinstance(self.tensor_board_output_config, TensorBoardOutputConfig):
            tensor_board_output_config = self.tensor_board_output_config.to_dict()
        else:
            tensor_board_output_config = self.tensor_board_output_config

        vpc_config: dict[str, Any] | None | Unset
        if isinstance(self.vpc_config, Unset):
            vpc_config = UNSET
        elif isinstance(self.vpc_config, VpcConfig):
            vpc_config = self.vpc_config.to_dict()
        else:
            vpc_config = self.vpc_config


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "OutputDataConfig": output_data_config,
            "RoleArn": role_arn,
            "TrainingJobName": training_job_name,
        })
        if algorithm_specification is not UNSET:
            field_dict["AlgorithmSpecification"] = algorithm_specification
        if checkpoint_config is not UNSET:
            field_dict["CheckpointConfig"] = checkpoint_config
        if debug_hook_config is not UNSET:
            field_dict["DebugHookConfig"] = debug_hook_config
        if debug_rule_configurations is not UNSET:
            field_dict["DebugRuleConfigurations"] = debug_rule_configurations
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
        if hyper_parameters is not UNSET:
            field_dict["HyperParameters"] = hyper_parameters
        if infra_check_config is not UNSET:
            field_dict["InfraCheckConfig"] = infra_check_config
        if input_data_config is not UNSET:
            field_dict["InputDataConfig"] = input_data_config
        if mlflow_config is not UNSET:
            field_dict["MlflowConfig"] = mlflow_config
        if model_package_config is not UNSET:
            field_dict["ModelPackageConfig"] = model_package_config
        if profiler_config is not UNSET:
            field_dict["ProfilerConfig"] = profiler_config
        if profiler_rule_configurations is not UNSET:
            field_dict["ProfilerRuleConfigurations"] = profiler_rule_configurations
        if remote_debug_config is not UNSET:
            field_dict["RemoteDebugConfig"] = remote_debug_config
        if resource_config is not UNSET:
            field_dict["ResourceConfig"] = resource_config
        if retry_strategy is not UNSET:
            field_dict["RetryStrategy"] = retry_strategy
        if serverless_job_config is not UNSET:
            field_dict["ServerlessJobConfig"] = serverless_job_config
        if session_chaining_config is not UNSET:
            field_dict["SessionChainingConfig"] = session_chaining_config
        if stopping_condition is not UNSET:
            field_dict["StoppingCondition"] = stopping_condition
        if tags is not UNSET:
            field_dict["Tags"] = tags
        if tensor_board_output_config is not UNSET:
            field_dict["TensorBoardOutputConfig"] = tensor_board_output_config
        if vpc_config is not UNSET:
            field_dict["VpcConfig"] = vpc_config

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.channel import Channel # noqa: PLC0415
        from ..models.checkpoint_config import CheckpointConfig # noqa: PLC0415
        from ..models.create_training_job_request_environment_type_0 import CreateTrainingJobRequestEnvironmentType0 # noqa: PLC0415
        from ..models.create_training_job_request_hyper_parameters_type_0 import CreateTrainingJobRequestHyperParametersType0 # noqa: PLC0415
        from ..models.debug_hook_config import DebugHookConfig # noqa: PLC0415
        from ..models.debug_rule_configuration import DebugRuleConfiguration # noqa: PLC0415
        from ..models.experiment_config import ExperimentConfig # noqa: PLC0415
        from ..models.infra_check_config import InfraCheckConfig # noqa: PLC0415
        from ..models.mlflow_config import MlflowConfig # noqa: PLC0415
        from ..models.model_package_config import ModelPackageConfig # noqa: PLC0415
        from ..models.output_data_config import OutputDataConfig # noqa: PLC0415
        from ..models.profiler_config import ProfilerConfig # noqa: PLC0415
        from ..models.profiler_rule_configuration import ProfilerRuleConfiguration # noqa: PLC0415
        from ..models.remote_debug_config import RemoteDebugConfig # noqa: PLC0415
        from ..models.resource_config import ResourceConfig # noqa: PLC0415
        from ..models.retry_strategy import RetryStrategy # noqa: PLC0415
        from ..models.serverless_job_config import ServerlessJobConfig # noqa: PLC0415
        from ..models.session_chaining_config import SessionChainingConfig # noqa: PLC0415
        from ..models.stopping_condition import StoppingCondition # noqa: PLC0415
        from ..models.tag import Tag # noqa: PLC0415
        from ..models.tensor_board_output_config import TensorBoardOutputConfig # noqa: PLC0415
        from ..models.training_algorithm_specification import TrainingAlgorithmSpecification # noqa: PLC0415
        from ..models.vpc_config import VpcConfig # noqa: PLC0415
        d = dict(src_dict)
        output_data_config = OutputDataConfig.from_dict(d.pop("OutputDataConfig"))




        role_arn = d.pop("RoleArn")

        training_job_name = d.pop("TrainingJobName")

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


        def _parse_environment(data: object) -> CreateTrainingJobRequestEnvironmentType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_0 = CreateTrainingJobRequestEnvironmentType0.from_dict(data)



                return environment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateTrainingJobRequestEnvironmentType0 | None | Unset, data)

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


        def _parse_hyper_parameters(data: object) -> CreateTrainingJobRequestHyperParametersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hyper_parameters_type_0 = CreateTrainingJobRequestHyperParametersType0.from_dict(data)



                return hyper_parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateTrainingJobRequestHyperParametersType0 | None | Unset, data)

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


        def _parse_session_chaining_config(data: object) -> None | SessionChainingConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                session_chaining_config_type_0 = SessionChainingConfig.from_dict(data)



                return session_chaining_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SessionChainingConfig | Unset, data)

        session_chaining_config = _parse_session_chaining_config(d.pop("SessionChainingConfig", UNSET))


        def _parse_stopping_condition(data: object) -> None | StoppingCondition | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stopping_condition_type_0 = StoppingCondition.from_dict(data)



                return stopping_condition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StoppingCondition | Unset, data)

        stopping_condition = _parse_stopping_condition(d.pop("StoppingCondition", UNSET))


        def _parse_tags(data: object) -> list[Tag] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = []
                _tags_type_0 = data
                for tags_type_0_item_data in (_tags_type_0):
                    tags_type_0_item = Tag.from_dict(tags_type_0_item_data)



                    tags_type_0.append(tags_type_0_item)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Tag] | None | Unset, data)

        tags = _parse_tags(d.pop("Tags", UNSET))


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


        create_training_job_request = cls(
            output_data_config=output_data_config,
            role_arn=role_arn,
            training_job_name=training_job_name,
            algorithm_specification=algorithm_specification,
            checkpoint_config=checkpoint_config,
            debug_hook_config=debug_hook_config,
            debug_rule_configurations=debug_rule_configurations,
            enable_inter_container_traffic_encryption=enable_inter_container_traffic_encryption,
            enable_managed_spot_training=enable_managed_spot_training,
            enable_network_isolation=enable_network_isolation,
            environment=environment,
            experiment_config=experiment_config,
            hyper_parameters=hyper_parameters,
            infra_check_config=infra_check_config,
            input_data_config=input_data_config,
            mlflow_config=mlflow_config,
            model_package_config=model_package_config,
            profiler_config=profiler_config,
            profiler_rule_configurations=profiler_rule_configurations,
            remote_debug_config=remote_debug_config,
            resource_config=resource_config,
            retry_strategy=retry_strategy,
            serverless_job_config=serverless_job_config,
            session_chaining_config=session_chaining_config,
            stopping_condition=stopping_condition,
            tags=tags,
            tensor_board_output_config=tensor_board_output_config,
            vpc_config=vpc_config,
        )

        return create_training_job_request

