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
  from ..models.variant_property import VariantProperty





T = TypeVar("T", bound="EndpointUpdate")



@_attrs_define
class EndpointUpdate:
    """ The body of `PUT /v1/endpoints/{name}` (UpdateEndpoint without the name, which is in the
    path).

        Attributes:
            endpoint_config_name (str): The name of the endpoint configuration to deploy.
            deployment_config (DeploymentConfig | None | Unset): The deployment policy (not supported by openamt).
            exclude_retained_variant_properties (list[VariantProperty] | None | Unset): Variant properties not to keep, with
                the above.
            retain_all_variant_properties (bool | None | Unset): Keep the variants' instance counts and weights.
            retain_deployment_config (bool | None | Unset): Keep the endpoint's last deployment configuration.
     """

    endpoint_config_name: str
    deployment_config: DeploymentConfig | None | Unset = UNSET
    exclude_retained_variant_properties: list[VariantProperty] | None | Unset = UNSET
    retain_all_variant_properties: bool | None | Unset = UNSET
    retain_deployment_config: bool | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.deployment_config import DeploymentConfig # noqa: PLC0415
        from ..models.variant_property import VariantProperty # noqa: PLC0415
        endpoint_config_name = self.endpoint_config_name

        deployment_config: dict[str, Any] | None | Unset
        if isinstance(self.deployment_config, Unset):
            deployment_config = UNSET
        elif isinstance(self.deployment_config, DeploymentConfig):
            deployment_config = self.deployment_config.to_dict()
        else:
            deployment_config = self.deployment_config

        exclude_retained_variant_properties: list[dict[str, Any]] | None | Unset
        if isinstance(self.exclude_retained_variant_properties, Unset):
            exclude_retained_variant_properties = UNSET
        elif isinstance(self.exclude_retained_variant_properties, list):
            exclude_retained_variant_properties = []
            for exclude_retained_variant_properties_type_0_item_data in self.exclude_retained_variant_properties:
                exclude_retained_variant_properties_type_0_item = exclude_retained_variant_properties_type_0_item_data.to_dict()
                exclude_retained_variant_properties.append(exclude_retained_variant_properties_type_0_item)


        else:
            exclude_retained_variant_properties = self.exclude_retained_variant_properties

        retain_all_variant_properties: bool | None | Unset
        if isinstance(self.retain_all_variant_properties, Unset):
            retain_all_variant_properties = UNSET
        else:
            retain_all_variant_properties = self.retain_all_variant_properties

        retain_deployment_config: bool | None | Unset
        if isinstance(self.retain_deployment_config, Unset):
            retain_deployment_config = UNSET
        else:
            retain_deployment_config = self.retain_deployment_config


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "EndpointConfigName": endpoint_config_name,
        })
        if deployment_config is not UNSET:
            field_dict["DeploymentConfig"] = deployment_config
        if exclude_retained_variant_properties is not UNSET:
            field_dict["ExcludeRetainedVariantProperties"] = exclude_retained_variant_properties
        if retain_all_variant_properties is not UNSET:
            field_dict["RetainAllVariantProperties"] = retain_all_variant_properties
        if retain_deployment_config is not UNSET:
            field_dict["RetainDeploymentConfig"] = retain_deployment_config

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment_config import DeploymentConfig # noqa: PLC0415
        from ..models.variant_property import VariantProperty # noqa: PLC0415
        d = dict(src_dict)
        endpoint_config_name = d.pop("EndpointConfigName")

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


        def _parse_exclude_retained_variant_properties(data: object) -> list[VariantProperty] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                exclude_retained_variant_properties_type_0 = []
                _exclude_retained_variant_properties_type_0 = data
                for exclude_retained_variant_properties_type_0_item_data in (_exclude_retained_variant_properties_type_0):
                    exclude_retained_variant_properties_type_0_item = VariantProperty.from_dict(exclude_retained_variant_properties_type_0_item_data)



                    exclude_retained_variant_properties_type_0.append(exclude_retained_variant_properties_type_0_item)

                return exclude_retained_variant_properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[VariantProperty] | None | Unset, data)

        exclude_retained_variant_properties = _parse_exclude_retained_variant_properties(d.pop("ExcludeRetainedVariantProperties", UNSET))


        def _parse_retain_all_variant_properties(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        retain_all_variant_properties = _parse_retain_all_variant_properties(d.pop("RetainAllVariantProperties", UNSET))


        def _parse_retain_deployment_config(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        retain_deployment_config = _parse_retain_deployment_config(d.pop("RetainDeploymentConfig", UNSET))


        endpoint_update = cls(
            endpoint_config_name=endpoint_config_name,
            deployment_config=deployment_config,
            exclude_retained_variant_properties=exclude_retained_variant_properties,
            retain_all_variant_properties=retain_all_variant_properties,
            retain_deployment_config=retain_deployment_config,
        )

        return endpoint_update

