from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.pending_production_variant_summary_accelerator_type_type_0 import PendingProductionVariantSummaryAcceleratorTypeType0
from ..models.pending_production_variant_summary_instance_type_type_0 import PendingProductionVariantSummaryInstanceTypeType0
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.deployed_image import DeployedImage
  from ..models.instance_pool_summary import InstancePoolSummary
  from ..models.production_variant_managed_instance_scaling import ProductionVariantManagedInstanceScaling
  from ..models.production_variant_routing_config import ProductionVariantRoutingConfig
  from ..models.production_variant_serverless_config import ProductionVariantServerlessConfig
  from ..models.production_variant_status import ProductionVariantStatus





T = TypeVar("T", bound="PendingProductionVariantSummary")



@_attrs_define
class PendingProductionVariantSummary:
    """ The production variant summary for a deployment when an endpoint is creating or...

        Attributes:
            variant_name (str): The name of the variant.
            accelerator_type (None | PendingProductionVariantSummaryAcceleratorTypeType0 | Unset): This parameter is no
                longer supported.
            current_instance_count (int | None | Unset): The number of instances associated with the variant.
            current_serverless_config (None | ProductionVariantServerlessConfig | Unset): The serverless configuration for
                the endpoint.
            current_weight (float | None | Unset): The weight associated with the variant.
            deployed_images (list[DeployedImage] | None | Unset): An array of DeployedImage objects that specify the Amazon
                EC2 Container Registry paths of the inference images deployed on instances of this ProductionVariant.
            desired_instance_count (int | None | Unset): The number of instances requested in this deployment, as specified
                in the endpoint configuration for the endpoint.
            desired_serverless_config (None | ProductionVariantServerlessConfig | Unset): The serverless configuration
                requested for this deployment, as specified in the endpoint configuration for the endpoint.
            desired_weight (float | None | Unset): The requested weight for the variant in this deployment, as specified in
                the endpoint configuration for the endpoint.
            instance_pools (list[InstancePoolSummary] | None | Unset): A list of instance pools for the production variant.
            instance_type (None | PendingProductionVariantSummaryInstanceTypeType0 | Unset): The type of instances
                associated with the variant.
            managed_instance_scaling (None | ProductionVariantManagedInstanceScaling | Unset): Settings that control the
                range in the number of instances that the endpoint provisions as it scales up or down to accommodate traffic.
            routing_config (None | ProductionVariantRoutingConfig | Unset): Settings that control how the endpoint routes
                incoming traffic to the instances that the endpoint hosts.
            variant_status (list[ProductionVariantStatus] | None | Unset): The endpoint variant status which describes the
                current deployment stage status or operational status.
     """

    variant_name: str
    accelerator_type: None | PendingProductionVariantSummaryAcceleratorTypeType0 | Unset = UNSET
    current_instance_count: int | None | Unset = UNSET
    current_serverless_config: None | ProductionVariantServerlessConfig | Unset = UNSET
    current_weight: float | None | Unset = UNSET
    deployed_images: list[DeployedImage] | None | Unset = UNSET
    desired_instance_count: int | None | Unset = UNSET
    desired_serverless_config: None | ProductionVariantServerlessConfig | Unset = UNSET
    desired_weight: float | None | Unset = UNSET
    instance_pools: list[InstancePoolSummary] | None | Unset = UNSET
    instance_type: None | PendingProductionVariantSummaryInstanceTypeType0 | Unset = UNSET
    managed_instance_scaling: None | ProductionVariantManagedInstanceScaling | Unset = UNSET
    routing_config: None | ProductionVariantRoutingConfig | Unset = UNSET
    variant_status: list[ProductionVariantStatus] | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.deployed_image import DeployedImage # noqa: PLC0415
        from ..models.instance_pool_summary import InstancePoolSummary # noqa: PLC0415
        from ..models.production_variant_managed_instance_scaling import ProductionVariantManagedInstanceScaling # noqa: PLC0415
        from ..models.production_variant_routing_config import ProductionVariantRoutingConfig # noqa: PLC0415
        from ..models.production_variant_serverless_config import ProductionVariantServerlessConfig # noqa: PLC0415
        from ..models.production_variant_status import ProductionVariantStatus # noqa: PLC0415
        variant_name = self.variant_name

        accelerator_type: None | str | Unset
        if isinstance(self.accelerator_type, Unset):
            accelerator_type = UNSET
        elif isinstance(self.accelerator_type, PendingProductionVariantSummaryAcceleratorTypeType0):
            accelerator_type = self.accelerator_type.value
        else:
            accelerator_type = self.accelerator_type

        current_instance_count: int | None | Unset
        if isinstance(self.current_instance_count, Unset):
            current_instance_count = UNSET
        else:
            current_instance_count = self.current_instance_count

        current_serverless_config: dict[str, Any] | None | Unset
        if isinstance(self.current_serverless_config, Unset):
            current_serverless_config = UNSET
        elif isinstance(self.current_serverless_config, ProductionVariantServerlessConfig):
            current_serverless_config = self.current_serverless_config.to_dict()
        else:
            current_serverless_config = self.current_serverless_config

        current_weight: float | None | Unset
        if isinstance(self.current_weight, Unset):
            current_weight = UNSET
        else:
            current_weight = self.current_weight

        deployed_images: list[dict[str, Any]] | None | Unset
        if isinstance(self.deployed_images, Unset):
            deployed_images = UNSET
        elif isinstance(self.deployed_images, list):
            deployed_images = []
            for deployed_images_type_0_item_data in self.deployed_images:
                deployed_images_type_0_item = deployed_images_type_0_item_data.to_dict()
                deployed_images.append(deployed_images_type_0_item)


        else:
            deployed_images = self.deployed_images

        desired_instance_count: int | None | Unset
        if isinstance(self.desired_instance_count, Unset):
            desired_instance_count = UNSET
        else:
            desired_instance_count = self.desired_instance_count

        desired_serverless_config: dict[str, Any] | None | Unset
        if isinstance(self.desired_serverless_config, Unset):
            desired_serverless_config = UNSET
        elif isinstance(self.desired_serverless_config, ProductionVariantServerlessConfig):
            desired_serverless_config = self.desired_serverless_config.to_dict()
        else:
            desired_serverless_config = self.desired_serverless_config

        desired_weight: float | None | Unset
        if isinstance(self.desired_weight, Unset):
            desired_weight = UNSET
        else:
            desired_weight = self.desired_weight

        instance_pools: list[dict[str, Any]] | None | Unset
        if isinstance(self.instance_pools, Unset):
            instance_pools = UNSET
        elif isinstance(self.instance_pools, list):
            instance_pools = []
            for instance_pools_type_0_item_data in self.instance_pools:
                instance_pools_type_0_item = instance_pools_type_0_item_data.to_dict()
                instance_pools.append(instance_pools_type_0_item)


        else:
            instance_pools = self.instance_pools

        instance_type: None | str | Unset
        if isinstance(self.instance_type, Unset):
            instance_type = UNSET
        elif isinstance(self.instance_type, PendingProductionVariantSummaryInstanceTypeType0):
            instance_type = self.instance_type.value
        else:
            instance_type = self.instance_type

        managed_instance_scaling: dict[str, Any] | None | Unset
        if isinstance(self.managed_instance_scaling, Unset):
            managed_instance_scaling = UNSET
        elif isinstance(self.managed_instance_scaling, ProductionVariantManagedInstanceScaling):
            managed_instance_scaling = self.managed_instance_scaling.to_dict()
        else:
            managed_instance_scaling = self.managed_instance_scaling

        routing_config: dict[str, Any] | None | Unset
        if isinstance(self.routing_config, Unset):
            routing_config = UNSET
        elif isinstance(self.routing_config, ProductionVariantRoutingConfig):
            routing_config = self.routing_config.to_dict()
        else:
            routing_config = self.routing_config

        variant_status: list[dict[str, Any]] | None | Unset
        if isinstance(self.variant_status, Unset):
            variant_status = UNSET
        elif isinstance(self.variant_status, list):
            variant_status = []
            for variant_status_type_0_item_data in self.variant_status:
                variant_status_type_0_item = variant_status_type_0_item_data.to_dict()
                variant_status.append(variant_status_type_0_item)


        else:
            variant_status = self.variant_status


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "VariantName": variant_name,
        })
        if accelerator_type is not UNSET:
            field_dict["AcceleratorType"] = accelerator_type
        if current_instance_count is not UNSET:
            field_dict["CurrentInstanceCount"] = current_instance_count
        if current_serverless_config is not UNSET:
            field_dict["CurrentServerlessConfig"] = current_serverless_config
        if current_weight is not UNSET:
            field_dict["CurrentWeight"] = current_weight
        if deployed_images is not UNSET:
            field_dict["DeployedImages"] = deployed_images
        if desired_instance_count is not UNSET:
            field_dict["DesiredInstanceCount"] = desired_instance_count
        if desired_serverless_config is not UNSET:
            field_dict["DesiredServerlessConfig"] = desired_serverless_config
        if desired_weight is not UNSET:
            field_dict["DesiredWeight"] = desired_weight
        if instance_pools is not UNSET:
            field_dict["InstancePools"] = instance_pools
        if instance_type is not UNSET:
            field_dict["InstanceType"] = instance_type
        if managed_instance_scaling is not UNSET:
            field_dict["ManagedInstanceScaling"] = managed_instance_scaling
        if routing_config is not UNSET:
            field_dict["RoutingConfig"] = routing_config
        if variant_status is not UNSET:
            field_dict["VariantStatus"] = variant_status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployed_image import DeployedImage # noqa: PLC0415
        from ..models.instance_pool_summary import InstancePoolSummary # noqa: PLC0415
        from ..models.production_variant_managed_instance_scaling import ProductionVariantManagedInstanceScaling # noqa: PLC0415
        from ..models.production_variant_routing_config import ProductionVariantRoutingConfig # noqa: PLC0415
        from ..models.production_variant_serverless_config import ProductionVariantServerlessConfig # noqa: PLC0415
        from ..models.production_variant_status import ProductionVariantStatus # noqa: PLC0415
        d = dict(src_dict)
        variant_name = d.pop("VariantName")

        def _parse_accelerator_type(data: object) -> None | PendingProductionVariantSummaryAcceleratorTypeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                accelerator_type_type_0 = PendingProductionVariantSummaryAcceleratorTypeType0(data)



                return accelerator_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PendingProductionVariantSummaryAcceleratorTypeType0 | Unset, data)

        accelerator_type = _parse_accelerator_type(d.pop("AcceleratorType", UNSET))


        def _parse_current_instance_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        current_instance_count = _parse_current_instance_count(d.pop("CurrentInstanceCount", UNSET))


        def _parse_current_serverless_config(data: object) -> None | ProductionVariantServerlessConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                current_serverless_config_type_0 = ProductionVariantServerlessConfig.from_dict(data)



                return current_serverless_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductionVariantServerlessConfig | Unset, data)

        current_serverless_config = _parse_current_serverless_config(d.pop("CurrentServerlessConfig", UNSET))


        def _parse_current_weight(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        current_weight = _parse_current_weight(d.pop("CurrentWeight", UNSET))


        def _parse_deployed_images(data: object) -> list[DeployedImage] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                deployed_images_type_0 = []
                _deployed_images_type_0 = data
                for deployed_images_type_0_item_data in (_deployed_images_type_0):
                    deployed_images_type_0_item = DeployedImage.from_dict(deployed_images_type_0_item_data)



                    deployed_images_type_0.append(deployed_images_type_0_item)

                return deployed_images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DeployedImage] | None | Unset, data)

        deployed_images = _parse_deployed_images(d.pop("DeployedImages", UNSET))


        def _parse_desired_instance_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        desired_instance_count = _parse_desired_instance_count(d.pop("DesiredInstanceCount", UNSET))


        def _parse_desired_serverless_config(data: object) -> None | ProductionVariantServerlessConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                desired_serverless_config_type_0 = ProductionVariantServerlessConfig.from_dict(data)



                return desired_serverless_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductionVariantServerlessConfig | Unset, data)

        desired_serverless_config = _parse_desired_serverless_config(d.pop("DesiredServerlessConfig", UNSET))


        def _parse_desired_weight(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        desired_weight = _parse_desired_weight(d.pop("DesiredWeight", UNSET))


        def _parse_instance_pools(data: object) -> list[InstancePoolSummary] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                instance_pools_type_0 = []
                _instance_pools_type_0 = data
                for instance_pools_type_0_item_data in (_instance_pools_type_0):
                    instance_pools_type_0_item = InstancePoolSummary.from_dict(instance_pools_type_0_item_data)



                    instance_pools_type_0.append(instance_pools_type_0_item)

                return instance_pools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InstancePoolSummary] | None | Unset, data)

        instance_pools = _parse_instance_pools(d.pop("InstancePools", UNSET))


        def _parse_instance_type(data: object) -> None | PendingProductionVariantSummaryInstanceTypeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                instance_type_type_0 = PendingProductionVariantSummaryInstanceTypeType0(data)



                return instance_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PendingProductionVariantSummaryInstanceTypeType0 | Unset, data)

        instance_type = _parse_instance_type(d.pop("InstanceType", UNSET))


        def _parse_managed_instance_scaling(data: object) -> None | ProductionVariantManagedInstanceScaling | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                managed_instance_scaling_type_0 = ProductionVariantManagedInstanceScaling.from_dict(data)



                return managed_instance_scaling_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductionVariantManagedInstanceScaling | Unset, data)

        managed_instance_scaling = _parse_managed_instance_scaling(d.pop("ManagedInstanceScaling", UNSET))


        def _parse_routing_config(data: object) -> None | ProductionVariantRoutingConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                routing_config_type_0 = ProductionVariantRoutingConfig.from_dict(data)



                return routing_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductionVariantRoutingConfig | Unset, data)

        routing_config = _parse_routing_config(d.pop("RoutingConfig", UNSET))


        def _parse_variant_status(data: object) -> list[ProductionVariantStatus] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                variant_status_type_0 = []
                _variant_status_type_0 = data
                for variant_status_type_0_item_data in (_variant_status_type_0):
                    variant_status_type_0_item = ProductionVariantStatus.from_dict(variant_status_type_0_item_data)



                    variant_status_type_0.append(variant_status_type_0_item)

                return variant_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProductionVariantStatus] | None | Unset, data)

        variant_status = _parse_variant_status(d.pop("VariantStatus", UNSET))


        pending_production_variant_summary = cls(
            variant_name=variant_name,
            accelerator_type=accelerator_type,
            current_instance_count=current_instance_count,
            current_serverless_config=current_serverless_config,
            current_weight=current_weight,
            deployed_images=deployed_images,
            desired_instance_count=desired_instance_count,
            desired_serverless_config=desired_serverless_config,
            desired_weight=desired_weight,
            instance_pools=instance_pools,
            instance_type=instance_type,
            managed_instance_scaling=managed_instance_scaling,
            routing_config=routing_config,
            variant_status=variant_status,
        )

        return pending_production_variant_summary

