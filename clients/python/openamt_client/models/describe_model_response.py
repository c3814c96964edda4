from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.container_definition import ContainerDefinition
  from ..models.deployment_recommendation import DeploymentRecommendation
  from ..models.inference_execution_config import InferenceExecutionConfig
  from ..models.vpc_config import VpcConfig





T = TypeVar("T", bound="DescribeModelResponse")



@_attrs_define
class DescribeModelResponse:
    """ See SageMaker's API reference.

        Attributes:
            creation_time (datetime.datetime): A timestamp that shows when the model was created.
            model_arn (str): The Amazon Resource Name (ARN) of the model.
            model_name (str): Name of the SageMaker model.
            containers (list[ContainerDefinition] | None | Unset): The containers in the inference pipeline.
            deployment_recommendation (DeploymentRecommendation | None | Unset): A set of recommended deployment
                configurations for the model.
            enable_network_isolation (bool | None | Unset): If True, no inbound or outbound network calls can be made to or
                from the model container.
            execution_role_arn (None | str | Unset): The Amazon Resource Name (ARN) of the IAM role that you specified for
                the model.
            inference_execution_config (InferenceExecutionConfig | None | Unset): Specifies details of how containers in a
                multi-container endpoint are called.
            primary_container (ContainerDefinition | None | Unset): The location of the primary inference code, associated
                artifacts, and custom environment map that the inference code uses when it is deployed in production.
            vpc_config (None | Unset | VpcConfig): A VpcConfig object that specifies the VPC that this model has access to.
     """

    creation_time: datetime.datetime
    model_arn: str
    model_name: str
    containers: list[ContainerDefinition] | None | Unset = UNSET
    deployment_recommendation: DeploymentRecommendation | None | Unset = UNSET
    enable_network_isolation: bool | None | Unset = UNSET
    execution_role_arn: None | str | Unset = UNSET
    inference_execution_config: InferenceExecutionConfig | None | Unset = UNSET
    primary_container: ContainerDefinition | None | Unset = UNSET
    vpc_config: None | Unset | VpcConfig = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.container_definition import ContainerDefinition # noqa: PLC0415
        from ..models.deployment_recommendation import DeploymentRecommendation # noqa: PLC0415
        from ..models.inference_execution_config import InferenceExecutionConfig # noqa: PLC0415
        from ..models.vpc_config import VpcConfig # noqa: PLC0415
        creation_time = self.creation_time.isoformat()

        model_arn = self.model_arn

        model_name = self.model_name

        containers: list[dict[str, Any]] | None | Unset
        if isinstance(self.containers, Unset):
            containers = UNSET
        elif isinstance(self.containers, list):
            containers = []
            for containers_type_0_item_data in self.containers:
                containers_type_0_item = containers_type_0_item_data.to_dict()
                containers.append(containers_type_0_item)


        else:
            containers = self.containers

        deployment_recommendation: dict[str, Any] | None | Unset
        if isinstance(self.deployment_recommendation, Unset):
            deployment_recommendation = UNSET
        elif isinstance(self.deployment_recommendation, DeploymentRecommendation):
            deployment_recommendation = self.deployment_recommendation.to_dict()
        else:
            deployment_recommendation = self.deployment_recommendation

        enable_network_isolation: bool | None | Unset
        if isinstance(self.enable_network_isolation, Unset):
            enable_network_isolation = UNSET
        else:
            enable_network_isolation = self.enable_network_isolation

        execution_role_arn: None | str | Unset
        if isinstance(self.execution_role_arn, Unset):
            execution_role_arn = UNSET
        else:
            execution_role_arn = self.execution_role_arn

        inference_execution_config: dict[str, Any] | None | Unset
        if isinstance(self.inference_execution_config, Unset):
            inference_execution_config = UNSET
        elif isinstance(self.inference_execution_config, InferenceExecutionConfig):
            inference_execution_config = self.inference_execution_config.to_dict()
        else:
            inference_execution_config = self.inference_execution_config

        primary_container: dict[str, Any] | None | Unset
        if isinstance(self.primary_container, Unset):
            primary_container = UNSET
        elif isinstance(self.primary_container, ContainerDefinition):
            primary_container = self.primary_container.to_dict()
        else:
            primary_container = self.primary_container

        vpc_config: dict[str, Any] | None | Unset
        if isinstance(self.vpc_config, Unset):
            vpc_config = UNSET
        elif isinstance(self.vpc_config, VpcConfig):
            vpc_config = self.vpc_config.to_dict()
        else:
            vpc_config = self.vpc_config


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "CreationTime": creation_time,
            "ModelArn": model_arn,
            "ModelName": model_name,
        })
        if containers is not UNSET:
            field_dict["Containers"] = containers
        if deployment_recommendation is not UNSET:
            field_dict["DeploymentRecommendation"] = deployment_recommendation
        if enable_network_isolation is not UNSET:
            field_dict["EnableNetworkIsolation"] = enable_network_isolation
        if execution_role_arn is not UNSET:
            field_dict["ExecutionRoleArn"] = execution_role_arn
        if inference_execution_config is not UNSET:
            field_dict["InferenceExecutionConfig"] = inference_execution_config
        if primary_container is not UNSET:
            field_dict["PrimaryContainer"] = primary_container
        if vpc_config is not UNSET:
            field_dict["VpcConfig"] = vpc_config

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_definition import ContainerDefinition # noqa: PLC0415
        from ..models.deployment_recommendation import DeploymentRecommendation # noqa: PLC0415
        from ..models.inference_execution_config import InferenceExecutionConfig # noqa: PLC0415
        from ..models.vpc_config import VpcConfig # noqa: PLC0415
        d = dict(src_dict)
        creation_time = datetime.datetime.fromisoformat(d.pop("CreationTime"))




        model_arn = d.pop("ModelArn")

        model_name = d.pop("ModelName")

        def _parse_containers(data: object) -> list[ContainerDefinition] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                containers_type_0 = []
                _containers_type_0 = data
                for containers_type_0_item_data in (_containers_type_0):
                    containers_type_0_item = ContainerDefinition.from_dict(containers_type_0_item_data)



                    containers_type_0.append(containers_type_0_item)

                return containers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ContainerDefinition] | None | Unset, data)

        containers = _parse_containers(d.pop("Containers", UNSET))


        def _parse_deployment_recommendation(data: object) -> DeploymentRecommendation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                deployment_recommendation_type_0 = DeploymentRecommendation.from_dict(data)



                return deployment_recommendation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentRecommendation | None | Unset, data)

        deployment_recommendation = _parse_deployment_recommendation(d.pop("DeploymentRecommendation", UNSET))


        def _parse_enable_network_isolation(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_network_isolation = _parse_enable_network_isolation(d.pop("EnableNetworkIsolation", UNSET))


        def _parse_execution_role_arn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        execution_role_arn = _parse_execution_role_arn(d.pop("ExecutionRoleArn", UNSET))


        def _parse_inference_execution_config(data: object) -> InferenceExecutionConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                inference_execution_config_type_0 = InferenceExecutionConfig.from_dict(data)



                return inference_execution_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InferenceExecutionConfig | None | Unset, data)

        inference_execution_config = _parse_inference_execution_config(d.pop("InferenceExecutionConfig", UNSET))


        def _parse_primary_container(data: object) -> ContainerDefinition | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                primary_container_type_0 = ContainerDefinition.from_dict(data)



                return primary_container_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContainerDefinition | None | Unset, data)

        primary_container = _parse_primary_container(d.pop("PrimaryContainer", UNSET))


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


        describe_model_response = cls(
            creation_time=creation_time,
            model_arn=model_arn,
            model_name=model_name,
            containers=containers,
            deployment_recommendation=deployment_recommendation,
            enable_network_isolation=enable_network_isolation,
            execution_role_arn=execution_role_arn,
            inference_execution_config=inference_execution_config,
            primary_container=primary_container,
            vpc_config=vpc_config,
        )

        return describe_model_response

