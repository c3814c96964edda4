from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.container_definition import ContainerDefinition
  from ..models.inference_execution_config import InferenceExecutionConfig
  from ..models.tag import Tag
  from ..models.vpc_config import VpcConfig





T = TypeVar("T", bound="CreateModelRequest")



@_attrs_define
class CreateModelRequest:
    """ See SageMaker's API reference.

        Attributes:
            model_name (str): The name of the new model.
            containers (list[ContainerDefinition] | None | Unset): Specifies the containers in the inference pipeline.
            enable_network_isolation (bool | None | Unset): Isolates the model container.
            execution_role_arn (None | str | Unset): The Amazon Resource Name (ARN) of the IAM role that SageMaker can
                assume to access model artifacts and docker image for deployment on ML compute instances...
            inference_execution_config (InferenceExecutionConfig | None | Unset): Specifies details of how containers in a
                multi-container endpoint are called.
            primary_container (ContainerDefinition | None | Unset): The location of the primary docker image containing
                inference code, associated artifacts, and custom environment map that the inference code uses when the...
            tags (list[Tag] | None | Unset): An array of key-value pairs.
            vpc_config (None | Unset | VpcConfig): A VpcConfig object that specifies the VPC that you want your model to
                connect to.
     """

    model_name: str
    containers: list[ContainerDefinition] | None | Unset = UNSET
    enable_network_isolation: bool | None | Unset = UNSET
    execution_role_arn: None | str | Unset = UNSET
    inference_execution_config: InferenceExecutionConfig | None | Unset = UNSET
    primary_container: ContainerDefinition | None | Unset = UNSET
    tags: list[Tag] | None | Unset = UNSET
    vpc_config: None | Unset | VpcConfig = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.container_definition import ContainerDefinition # noqa: PLC0415
        from ..models.inference_execution_config import InferenceExecutionConfig # noqa: PLC0415
        from ..models.tag import Tag # noqa: PLC0415
        from ..models.vpc_config import VpcConfig # noqa: PLC0415
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

        vpc_config: dict[str, Any] | None | Unset
        if isinstance(self.vpc_config, Unset):
            vpc_config = UNSET
        elif isinstance(self.vpc_config, VpcConfig):
            vpc_config = self.vpc_config.to_dict()
        else:
            vpc_config = self.vpc_config


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "ModelName": model_name,
        })
        if containers is not UNSET:
            field_dict["Containers"] = containers
        if enable_network_isolation is not UNSET:
            field_dict["EnableNetworkIsolation"] = enable_network_isolation
        if execution_role_arn is not UNSET:
            field_dict["ExecutionRoleArn"] = execution_role_arn
        if inference_execution_config is not UNSET:
            field_dict["InferenceExecutionConfig"] = inference_execution_config
        if primary_container is not UNSET:
            field_dict["PrimaryContainer"] = primary_container
        if tags is not UNSET:
            field_dict["Tags"] = tags
        if vpc_config is not UNSET:
            field_dict["VpcConfig"] = vpc_config

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_definition import ContainerDefinition # noqa: PLC0415
        from ..models.inference_execution_config import InferenceExecutionConfig # noqa: PLC0415
        from ..models.tag import Tag # noqa: PLC0415
        from ..models.vpc_config import VpcConfig # noqa: PLC0415
        d = dict(src_dict)
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


        create_model_request = cls(
            model_name=model_name,
            containers=containers,
            enable_network_isolation=enable_network_isolation,
            execution_role_arn=execution_role_arn,
            inference_execution_config=inference_execution_config,
            primary_container=primary_container,
            tags=tags,
            vpc_config=vpc_config,
        )

        return create_model_request

