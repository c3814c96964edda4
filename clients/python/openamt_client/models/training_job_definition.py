from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.algorithm_specification import AlgorithmSpecification
  from ..models.channel import Channel
  from ..models.checkpoint_config import CheckpointConfig
  from ..models.output_data_config import OutputDataConfig
  from ..models.parameter_ranges import ParameterRanges
  from ..models.resource_config import ResourceConfig
  from ..models.retry_strategy import RetryStrategy
  from ..models.stopping_condition import StoppingCondition
  from ..models.training_job_definition_environment_type_0 import TrainingJobDefinitionEnvironmentType0
  from ..models.training_job_definition_static_hyper_parameters_type_0 import TrainingJobDefinitionStaticHyperParametersType0
  from ..models.tuning_objective import TuningObjective
  from ..models.tuning_resource_config import TuningResourceConfig
  from ..models.vpc_config import VpcConfig





T = TypeVar("T", bound="TrainingJobDefinition")



@_attrs_define
class TrainingJobDefinition:
    """ Defines the training jobs launched by a tuning job.

        Attributes:
            algorithm_specification (AlgorithmSpecification): The algorithm (image or algorithm resource) the training jobs
                run.
            output_data_config (OutputDataConfig): Provides information about how to store model training results (model
                artifacts).
            role_arn (str): The ARN of the IAM role the training jobs run with.
            stopping_condition (StoppingCondition): Specifies a limit to how long a job can run.
            checkpoint_config (CheckpointConfig | None | Unset): Contains information about the output location for managed
                spot training checkpoint data.
            definition_name (None | str | Unset): The job definition name.
            enable_inter_container_traffic_encryption (bool | None | Unset): To encrypt all communications between ML
                compute instances in distributed training, choose True.
            enable_managed_spot_training (bool | None | Unset): A Boolean indicating whether managed spot training is
                enabled (True) or not (False).
            enable_network_isolation (bool | None | Unset): Isolates the training container.
            environment (None | TrainingJobDefinitionEnvironmentType0 | Unset): Environment variables set in the training
                container.
            hyper_parameter_ranges (None | ParameterRanges | Unset): The ranges of hyperparameters searched for this
                definition.
            hyper_parameter_tuning_resource_config (None | TuningResourceConfig | Unset): The compute instances and storage
                volumes of the training jobs, possibly of several types.
            input_data_config (list[Channel] | None | Unset): The input channels of the training jobs.
            resource_config (None | ResourceConfig | Unset): The compute instances and storage volumes of the training jobs.
            retry_strategy (None | RetryStrategy | Unset): The number of times to retry the job when the job fails due to an
                InternalServerError.
            static_hyper_parameters (None | TrainingJobDefinitionStaticHyperParametersType0 | Unset): Specifies the values
                of hyperparameters that do not change for the tuning job.
            tuning_objective (None | TuningObjective | Unset): The objective metric for the training jobs of this
                definition.
            vpc_config (None | Unset | VpcConfig): The VPC the training jobs connect to.
     """

    algorithm_specification: AlgorithmSpecification
    output_data_config: OutputDataConfig
    role_arn: str
    stopping_condition: StoppingCondition
    checkpoint_config: CheckpointConfig | None | Unset = UNSET
    definition_name: None | str | Unset = UNSET
    enable_inter_container_traffic_encryption: bool | None | Unset = UNSET
    enable_managed_spot_training: bool | None | Unset = UNSET
    enable_network_isolation: bool | None | Unset = UNSET
    environment: None | TrainingJobDefinitionEnvironmentType0 | Unset = UNSET
    hyper_parameter_ranges: None | ParameterRanges | Unset = UNSET
    hyper_parameter_tuning_resource_config: None | TuningResourceConfig | Unset = UNSET
    input_data_config: list[Channel] | None | Unset = UNSET
    resource_config: None | ResourceConfig | Unset = UNSET
    retry_strategy: None | RetryStrategy | Unset = UNSET
    static_hyper_parameters: None | TrainingJobDefinitionStaticHyperParametersType0 | Unset = UNSET
    tuning_objective: None | TuningObjective | Unset = UNSET
    vpc_config: None | Unset | VpcConfig = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.algorithm_specification import AlgorithmSpecification # noqa: PLC0415
        from ..models.channel import Channel # noqa: PLC0415
        from ..models.checkpoint_config import CheckpointConfig # noqa: PLC0415
        from ..models.output_data_config import OutputDataConfig # noqa: PLC0415
        from ..models.parameter_ranges import ParameterRanges # noqa: PLC0415
        from ..models.resource_config import ResourceConfig # noqa: PLC0415
        from ..models.retry_strategy import RetryStrategy # noqa: PLC0415
        from ..models.stopping_condition import StoppingCondition # noqa: PLC0415
        from ..models.training_job_definition_environment_type_0 import TrainingJobDefinitionEnvironmentType0 # noqa: PLC0415
        from ..models.training_job_definition_static_hyper_parameters_type_0 import TrainingJobDefinitionStaticHyperParametersType0 # noqa: PLC0415
        from ..models.tuning_objective import TuningObjective # noqa: PLC0415
        from ..models.tuning_resource_config import TuningResourceConfig # noqa: PLC0415
        from ..models.vpc_config import VpcConfig # noqa: PLC0415
        algorithm_specification = self.algorithm_specification.to_dict()

        output_data_config = self.output_data_config.to_dict()

        role_arn = self.role_arn

        stopping_condition = self.stopping_condition.to_dict()

        checkpoint_config: dict[str, Any] | None | Unset
        if isinstance(self.checkpoint_config, Unset):
            checkpoint_config = UNSET
        elif isinstance(self.checkpoint_config, CheckpointConfig):
            checkpoint_config = self.checkpoint_config.to_dict()
        else:
            checkpoint_config = self.checkpoint_config

        definition_name: None | str | Unset
        if isinstance(self.definition_name, Unset):
            definition_name = UNSET
        else:
            definition_name = self.definition_name

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
        elif isinstance(self.environment, TrainingJobDefinitionEnvironmentType0):
            environment = self.environment.to_dict()
        else:
            environment = self.environment

        hyper_parameter_ranges: dict[str, Any] | None | Unset
        if isinstance(self.hyper_parameter_ranges, Unset):
            hyper_parameter_ranges = UNSET
        elif isinstance(self.hyper_parameter_ranges, ParameterRanges):
            hyper_parameter_ranges = self.hyper_parameter_ranges.to_dict()
        else:
            hyper_parameter_ranges = self.hyper_parameter_ranges

        hyper_parameter_tuning_resource_config: dict[str, Any] | None | Unset
        if isinstance(self.hyper_parameter_tuning_resource_config, Unset):
            hyper_parameter_tuning_resource_config = UNSET
        elif isinstance(self.hyper_parameter_tuning_resource_config, TuningResourceConfig):
            hyper_parameter_tuning_resource_config = self.hyper_parameter_tuning_resource_config.to_dict()
        else:
            hyper_parameter_tuning_resource_config = self.hyper_parameter_tuning_resource_config

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

        static_hyper_parameters: dict[str, Any] | None | Unset
        if isinstance(self.static_hyper_parameters, Unset):
            static_hyper_parameters = UNSET
        elif isinstance(self.static_hyper_parameters, TrainingJobDefinitionStaticHyperParametersType0):
            static_hyper_parameters = self.static_hyper_parameters.to_dict()
        else:
            static_hyper_parameters = self.static_hyper_parameters

        tuning_objective: dict[str, Any] | None | Unset
        if isinstance(self.tuning_objective, Unset):
            tuning_objective = UNSET
        elif isinstance(self.tuning_objective, TuningObjective):
            tuning_objective = self.tuning_objective.to_dict()
        else:
            tuning_objective = self.tuning_objective

        vpc_config: dict[str, Any] | None | Unset
        if isinstance(self.vpc_config, Unset):
            vpc_config = UNSET
        elif isinstance(self.vpc_config, VpcConfig):
            vpc_config = self.vpc_config.to_dict()
        else:
            vpc_config = self.vpc_config


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "AlgorithmSpecification": algorithm_specification,
            "OutputDataConfig": output_data_config,
            "RoleArn": role_arn,
            "StoppingCondition": stopping_condition,
        })
        if checkpoint_config is not UNSET:
            field_dict["CheckpointConfig"] = checkpoint_config
        if definition_name is not UNSET:
            field_dict["DefinitionName"] = definition_name
        if enable_inter_container_traffic_encryption is not UNSET:
            field_dict["EnableInterContainerTrafficEncryption"] = enable_inter_container_traffic_encryption
        if enable_managed_spot_training is not UNSET:
            field_dict["EnableManagedSpotTraining"] = enable_managed_spot_training
        if enable_network_isolation is not UNSET:
            field_dict["EnableNetworkIsolation"] = enable_network_isolation
        if environment is not UNSET:
            field_dict["Environment"] = environment
        if hyper_parameter_ranges is not UNSET:
            field_dict["HyperParameterRanges"] = hyper_parameter_ranges
        if hyper_parameter_tuning_resource_config is not UNSET:
            field_dict["HyperParameterTuningResourceConfig"] = hyper_parameter_tuning_resource_config
        if input_data_config is not UNSET:
            field_dict["InputDataConfig"] = input_data_config
        if resource_config is not UNSET:
            field_dict["ResourceConfig"] = resource_config
        if retry_strategy is not UNSET:
            field_dict["RetryStrategy"] = retry_strategy
        if static_hyper_parameters is not UNSET:
            field_dict["StaticHyperParameters"] = static_hyper_parameters
        if tuning_objective is not UNSET:
            field_dict["TuningObjective"] = tuning_objective
        if vpc_config is not UNSET:
            field_dict["VpcConfig"] = vpc_config

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.algorithm_specification import AlgorithmSpecification # noqa: PLC0415
        from ..models.channel import Channel # noqa: PLC0415
        from ..models.checkpoint_config import CheckpointConfig # noqa: PLC0415
        from ..models.output_data_config import OutputDataConfig # noqa: PLC0415
        from ..models.parameter_ranges import ParameterRanges # noqa: PLC0415
        from ..models.resource_config import ResourceConfig # noqa: PLC0415
        from ..models.retry_strategy import RetryStrategy # noqa: PLC0415
        from ..models.stopping_condition import StoppingCondition # noqa: PLC0415
        from ..models.training_job_definition_environment_type_0 import TrainingJobDefinitionEnvironmentType0 # noqa: PLC0415
        from ..models.training_job_definition_static_hyper_parameters_type_0 import TrainingJobDefinitionStaticHyperParametersType0 # noqa: PLC0415
        from ..models.tuning_objective import TuningObjective # noqa: PLC0415
        from ..models.tuning_resource_config import TuningResourceConfig # noqa: PLC0415
        from ..models.vpc_config import VpcConfig # noqa: PLC0415
        d = dict(src_dict)
        algorithm_specification = AlgorithmSpecification.from_dict(d.pop("AlgorithmSpecification"))




        output_data_config = OutputDataConfig.from_dict(d.pop("OutputDataConfig"))




        role_arn = d.pop("RoleArn")

        stopping_condition = StoppingCondition.from_dict(d.pop("StoppingCondition"))




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


        def _parse_definition_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        definition_name = _parse_definition_name(d.pop("DefinitionName", UNSET))


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


        def _parse_environment(data: object) -> None | TrainingJobDefinitionEnvironmentType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_0 = TrainingJobDefinitionEnvironmentType0.from_dict(data)



                return environment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrainingJobDefinitionEnvironmentType0 | Unset, data)

        environment = _parse_environment(d.pop("Environment", UNSET))


        def _parse_hyper_parameter_ranges(data: object) -> None | ParameterRanges | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hyper_parameter_ranges_type_0 = ParameterRanges.from_dict(data)



                return hyper_parameter_ranges_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ParameterRanges | Unset, data)

        hyper_parameter_ranges = _parse_hyper_parameter_ranges(d.pop("HyperParameterRanges", UNSET))


        def _parse_hyper_parameter_tuning_resource_config(data: object) -> None | TuningResourceConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hyper_parameter_tuning_resource_config_type_0 = TuningResourceConfig.from_dict(data)



                return hyper_parameter_tuning_resource_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TuningResourceConfig | Unset, data)

        hyper_parameter_tuning_resource_config = _parse_hyper_parameter_tuning_resource_config(d.pop("HyperParameterTuningResourceConfig", UNSET))


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


        def _parse_static_hyper_parameters(data: object) -> None | TrainingJobDefinitionStaticHyperParametersType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                static_hyper_parameters_type_0 = TrainingJobDefinitionStaticHyperParametersType0.from_dict(data)



                return static_hyper_parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrainingJobDefinitionStaticHyperParametersType0 | Unset, data)

        static_hyper_parameters = _parse_static_hyper_parameters(d.pop("StaticHyperParameters", UNSET))


        def _parse_tuning_objective(data: object) -> None | TuningObjective | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tuning_objective_type_0 = TuningObjective.from_dict(data)



                return tuning_objective_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TuningObjective | Unset, data)

        tuning_objective = _parse_tuning_objective(d.pop("TuningObjective", UNSET))


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


        training_job_definition = cls(
            algorithm_specification=algorithm_specification,
            output_data_config=output_data_config,
            role_arn=role_arn,
            stopping_condition=stopping_condition,
            checkpoint_config=checkpoint_config,
            definition_name=definition_name,
            enable_inter_container_traffic_encryption=enable_inter_container_traffic_encryption,
            enable_managed_spot_training=enable_managed_spot_training,
            enable_network_isolation=enable_network_isolation,
            environment=environment,
            hyper_parameter_ranges=hyper_parameter_ranges,
            hyper_parameter_tuning_resource_config=hyper_parameter_tuning_resource_config,
            input_data_config=input_data_config,
            resource_config=resource_config,
            retry_strategy=retry_strategy,
            static_hyper_parameters=static_hyper_parameters,
            tuning_objective=tuning_objective,
            vpc_config=vpc_config,
        )

        return training_job_definition

