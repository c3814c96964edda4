from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.deployment_config import DeploymentConfig
  from ..models.tag import Tag





T = TypeVar("T", bound="CreateEndpointRequest")



@_attrs_define
class CreateEndpointRequest:
    """ See SageMaker's API reference.

        Attributes:
            endpoint_config_name (str): The name of an endpoint configuration.
            endpoint_name (str): The name of the endpoint.The name must be unique within an Amazon Web Services Region in
                your Amazon Web Services account.
            deployment_config (DeploymentConfig | None | Unset): The deployment configuration for an endpoint, which
                contains the desired deployment strategy and rollback configurations.
            tags (list[Tag] | None | Unset): An array of key-value pairs.
     """

    endpoint_config_name: str
    endpoint_name: str
    deployment_config: DeploymentConfig | None | Unset = UNSET
    tags: list[Tag] | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.deployment_config import DeploymentConfig # noqa: PLC0415
        from ..models.tag import Tag # noqa: PLC0415
        endpoint_config_name = self.endpoint_config_name

        endpoint_name = self.endpoint_name

        deployment_config: dict[str, Any] | None | Unset
        if isinstance(self.deployment_config, Unset):
            deployment_config = UNSET
        elif isinstance(self.deployment_config, DeploymentConfig):
            deployment_config = self.deployment_config.to_dict()
        else:
            deployment_config = self.deployment_config

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


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "EndpointConfigName": endpoint_config_name,
            "EndpointName": endpoint_name,
        })
        if deployment_config is not UNSET:
            field_dict["DeploymentConfig"] = deployment_config
        if tags is not UNSET:
            field_dict["Tags"] = tags

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment_config import DeploymentConfig # noqa: PLC0415
        from ..models.tag import Tag # noqa: PLC0415
        d = dict(src_dict)
        endpoint_config_name = d.pop("EndpointConfigName")

        endpoint_name = d.pop("EndpointName")

        def _parse_deployment_config(data: object) -> DeploymentConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                deployment_config_type_0 = DeploymentConfig.from_dict(data)



                return deployment_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentConfig | None | Unset, data)

        deployment_config = _parse_deployment_config(d.pop("DeploymentConfig", UNSET))


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


        create_endpoint_request = cls(
            endpoint_config_name=endpoint_config_name,
            endpoint_name=endpoint_name,
            deployment_config=deployment_config,
            tags=tags,
        )

        return create_endpoint_request

