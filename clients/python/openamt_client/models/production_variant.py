from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.production_variant_accelerator_type_type_0 import ProductionVariantAcceleratorTypeType0
from ..models.production_variant_inference_ami_version_type_0 import ProductionVariantInferenceAmiVersionType0
from ..models.production_variant_instance_type_type_0 import ProductionVariantInstanceTypeType0
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.instance_pool import InstancePool
  from ..models.production_variant_capacity_reservation_config import ProductionVariantCapacityReservationConfig
  from ..models.production_variant_core_dump_config import ProductionVariantCoreDumpConfig
  from ..models.production_variant_managed_instance_scaling import ProductionVariantManagedInstanceScaling
  from ..models.production_variant_routing_config import ProductionVariantRoutingConfig
  from ..models.production_variant_serverless_config import ProductionVariantServerlessConfig





T = TypeVar("T", bound="ProductionVariant")



@_attrs_define
class ProductionVariant:
    """ Identifies a model that you want to host and the resources chosen to deploy for...

        Attributes:
            variant_name (str): The name of the production variant.
            accelerator_type (None | ProductionVariantAcceleratorTypeType0 | Unset): This parameter is no longer supported.
            capacity_reservation_config (None | ProductionVariantCapacityReservationConfig | Unset): Settings for the
                capacity reservation for the compute instances that SageMaker AI reserves for an endpoint.
            container_startup_health_check_timeout_in_seconds (int | None | Unset): The timeout value, in seconds, for your
                inference container to pass health check by SageMaker Hosting.
            core_dump_config (None | ProductionVariantCoreDumpConfig | Unset): Specifies configuration for a core dump from
                the model container when the process crashes.
            enable_ssm_access (bool | None | Unset): You can use this parameter to turn on native Amazon Web Services
                Systems Manager (SSM) access for a production variant behind an endpoint.
            inference_ami_version (None | ProductionVariantInferenceAmiVersionType0 | Unset): Specifies an option from a
                collection of preconfigured Amazon Machine Image (AMI) images.
            initial_instance_count (int | None | Unset): Number of instances to launch initially.
            initial_variant_weight (float | None | Unset): Determines initial traffic distribution among all of the models
                that you specify in the endpoint configuration.
            instance_pools (list[InstancePool] | None | Unset): A list of instance pools for the production variant.
            instance_type (None | ProductionVariantInstanceTypeType0 | Unset): The ML compute instance type.
            managed_instance_scaling (None | ProductionVariantManagedInstanceScaling | Unset): Settings that control the
                range in the number of instances that the endpoint provisions as it scales up or down to accommodate traffic.
            model_data_download_timeout_in_seconds (int | None | Unset): The timeout value, in seconds, to download and
                extract the model that you want to host from Amazon S3 to the individual inference instance associated with...
            model_name (None | str | Unset): The name of the model that you want to host.
            routing_config (None | ProductionVariantRoutingConfig | Unset): Settings that control how the endpoint routes
                incoming traffic to the instances that the endpoint hosts.
            serverless_config (None | ProductionVariantServerlessConfig | Unset): The serverless configuration for an
                endpoint.
            variant_instance_provision_timeout_in_seconds (int | None | Unset): The timeout value, in seconds, for
                provisioning instances for the production variant.
            volume_size_in_gb (int | None | Unset): The size, in GB, of the ML storage volume attached to individual
                inference instance associated with the production variant.
     """

    variant_name: str
    accelerator_type: None | ProductionVariantAcceleratorTypeType0 | Unset = UNSET
    capacity_reservation_config: None | ProductionVariantCapacityReservationConfig | Unset = UNSET
    container_startup_health_check_timeout_in_seconds: int | None | Unset = UNSET
    core_dump_config: None | ProductionVariantCoreDumpConfig | Unset = UNSET
    enable_ssm_access: bool | None | Unset = UNSET
    inference_ami_version: None | ProductionVariantInferenceAmiVersionType0 | Unset = UNSET
    initial_instance_count: int | None | Unset = UNSET
    initial_variant_weight: float | None | Unset = UNSET
    instance_pools: list[InstancePool] | None | Unset = UNSET
    instance_type: None | ProductionVariantInstanceTypeType0 | Unset = UNSET
    managed_instance_scaling: None | ProductionVariantManagedInstanceScaling | Unset = UNSET
    model_data_download_timeout_in_seconds: int | None | Unset = UNSET
    model_name: None | str | Unset = UNSET
    routing_config: None | ProductionVariantRoutingConfig | Unset = UNSET
    serverless_config: None | ProductionVariantServerlessConfig | Unset = UNSET
    variant_instance_provision_timeout_in_seconds: int | None | Unset = UNSET
    volume_size_in_gb: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.instance_pool import InstancePool # noqa: PLC0415
        from ..models.production_variant_capacity_reservation_config import ProductionVariantCapacityReservationConfig # noqa: PLC0415
        from ..models.production_variant_core_dump_config import ProductionVariantCoreDumpConfig # noqa: PLC0415
        from ..models.production_variant_managed_instance_scaling import ProductionVariantManagedInstanceScaling # noqa: PLC0415
        from ..models.production_variant_routing_config import ProductionVariantRoutingConfig # noqa: PLC0415
        from ..models.production_variant_serverless_config import ProductionVariantServerlessConfig # noqa: PLC0415
        variant_name = self.variant_name

        accelerator_type: None | str | Unset
        if isinstance(self.accelerator_type, Unset):
            accelerator_type = UNSET
        elif isinstance(self.accelerator_type, ProductionVariantAcceleratorTypeType0):
            accelerator_type = self.accelerator_type.value
        else:
            accelerator_type = self.accelerator_type

        capacity_reservation_config: dict[str, Any] | None | Unset
        if isinstance(self.capacity_reservation_config, Unset):
            capacity_reservation_config = UNSET
        elif isinstance(self.capacity_reservation_config, ProductionVariantCapacityReservationConfig):
            capacity_reservation_config = self.capacity_reservation_config.to_dict()
        else:
            capacity_reservation_config = self.capacity_reservation_config

        container_startup_health_check_timeout_in_seconds: int | None | Unset
        if isinstance(self.container_startup_health_check_timeout_in_seconds, Unset):
            container_startup_health_check_timeout_in_seconds = UNSET
        else:
            container_startup_health_check_timeout_in_seconds = self.container_startup_health_check_timeout_in_seconds

        core_dump_config: dict[str, Any] | None | Unset
        if isinstance(self.core_dump_config, Unset):
            core_dump_config = UNSET
        elif isinstance(self.core_dump_config, ProductionVariantCoreDumpConfig):
            core_dump_config = self.core_dump_config.to_dict()
        else:
            core_dump_config = self.core_dump_config

        enable_ssm_access: bool | None | Unset
        if isinstance(self.enable_ssm_access, Unset):
            enable_ssm_access = UNSET
        else:
            enable_ssm_access = self.enable_ssm_access

        inference_ami_version: None | str | Unset
        if isinstance(self.inference_ami_version, Unset):
            inference_ami_version = UNSET
        elif isinstance(self.inference_ami_version, ProductionVariantInferenceAmiVersionType0):
            inference_ami_version = self.inference_ami_version.value
        else:
            inference_ami_version = self.inference_ami_version

        initial_instance_count: int | None | Unset
        if isinstance(self.initial_instance_count, Unset):
            initial_instance_count = UNSET
        else:
            initial_instance_count = self.initial_instance_count

        initial_variant_weight: float | None | Unset
        if isinstance(self.initial_variant_weight, Unset):
            initial_variant_weight = UNSET
        else:
            initial_variant_weight = self.initial_variant_weight

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
        elif isinstance(self.instance_type, ProductionVariantInstanceTypeType0):
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

        model_data_download_timeout_in_seconds: int | None | Unset
        if isinstance(self.model_data_download_timeout_in_seconds, Unset):
            model_data_download_timeout_in_seconds = UNSET
        else:
            model_data_download_timeout_in_seconds = self.model_data_download_timeout_in_seconds

        model_name: None | str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        else:
            model_name = self.model_name

        routing_config: dict[str, Any] | None | Unset
        if isinstance(self.routing_config, Unset):
            routing_config = UNSET
        elif isinstance(self.routing_config, ProductionVariantRoutingConfig):
            routing_config = self.routing_config.to_dict()
        else:
            routing_config = self.routing_config

        serverless_config: dict[str, Any] | None | Unset
        if isinstance(self.serverless_config, Unset):
            serverless_config = UNSET
        elif isinstance(self.serverless_config, ProductionVariantServerlessConfig):
            serverless_config = self.serverless_config.to_dict()
        else:
            serverless_config = self.serverless_config

        variant_instance_provision_timeout_in_seconds: int | None | Unset
        if isinstance(self.variant_instance_provision_timeout_in_seconds, Unset):
            variant_instance_provision_timeout_in_seconds = UNSET
        else:
            variant_instance_provision_timeout_in_seconds = self.variant_instance_provision_timeout_in_seconds

        volume_size_in_gb: int | None | Unset
        if isinstance(self.volume_size_in_gb, Unset):
            volume_size_in_gb = UNSET
        else:
            volume_size_in_gb = self.volume_size_in_gb


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "VariantName": variant_name,
        })
        if accelerator_type is not UNSET:
            field_dict["AcceleratorType"] = accelerator_type
        if capacity_reservation_config is not UNSET:
            field_dict["CapacityReservationConfig"] = capacity_reservation_config
        if container_startup_health_check_timeout_in_seconds is not UNSET:
            field_dict["ContainerStartupHealthCheckTimeoutInSeconds"] = container_startup_health_check_timeout_in_seconds
        if core_dump_config is not UNSET:
            field_dict["CoreDumpConfig"] = core_dump_config
        if enable_ssm_access is not UNSET:
            field_dict["EnableSSMAccess"] = enable_ssm_access
        if inference_ami_version is not UNSET:
            field_dict["InferenceAmiVersion"] = inference_ami_version
        if initial_instance_count is not UNSET:
            field_dict["InitialInstanceCount"] = initial_instance_count
        if initial_variant_weight is not UNSET:
            field_dict["InitialVariantWeight"] = initial_variant_weight
        if instance_pools is not UNSET:
            field_dict["InstancePools"] = instance_pools
        if instance_type is not UNSET:
            field_dict["InstanceType"] = instance_type
        if managed_instance_scaling is not UNSET:
            field_dict["ManagedInstanceScaling"] = managed_instance_scaling
        if model_data_download_timeout_in_seconds is not UNSET:
            field_dict["ModelDataDownloadTimeoutInSeconds"] = model_data_download_timeout_in_seconds
        if model_name is not UNSET:
            field_dict["ModelName"] = model_name
        if routing_config is not UNSET:
            field_dict["RoutingConfig"] = routing_config
        if serverless_config is not UNSET:
            field_dict["ServerlessConfig"] = serverless_config
        if variant_instance_provision_timeout_in_seconds is not UNSET:
            field_dict["VariantInstanceProvisionTimeoutInSeconds"] = variant_instance_provision_timeout_in_seconds
        if volume_size_in_gb is not UNSET:
            field_dict["VolumeSizeInGB"] = volume_size_in_gb

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instance_pool import InstancePool # noqa: PLC0415
        from ..models.production_variant_capacity_reservation_config import ProductionVariantCapacityReservationConfig # noqa: PLC0415
        from ..models.production_variant_core_dump_config import ProductionVariantCoreDumpConfig # noqa: PLC0415
        from ..models.production_variant_managed_instance_scaling import ProductionVariantManagedInstanceScaling # noqa: PLC0415
        from ..models.production_variant_routing_config import ProductionVariantRoutingConfig # noqa: PLC0415
        from ..models.production_variant_serverless_config import ProductionVariantServerlessConfig # noqa: PLC0415
        d = dict(src_dict)
        variant_name = d.pop("VariantName")

        def _parse_accelerator_type(data: object) -> None | ProductionVariantAcceleratorTypeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                accelerator_type_type_0 = ProductionVariantAcceleratorTypeType0(data)



                return accelerator_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductionVariantAcceleratorTypeType0 | Unset, data)

        accelerator_type = _parse_accelerator_type(d.pop("AcceleratorType", UNSET))


        def _parse_capacity_reservation_config(data: object) -> None | ProductionVariantCapacityReservationConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                capacity_reservation_config_type_0 = ProductionVariantCapacityReservationConfig.from_dict(data)



                return capacity_reservation_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductionVariantCapacityReservationConfig | Unset, data)

        capacity_reservation_config = _parse_capacity_reservation_config(d.pop("CapacityReservationConfig", UNSET))


        def _parse_container_startup_health_check_timeout_in_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        container_startup_health_check_timeout_in_seconds = _parse_container_startup_health_check_timeout_in_seconds(d.pop("ContainerStartupHealthCheckTimeoutInSeconds", UNSET))


        def _parse_core_dump_config(data: object) -> None | ProductionVariantCoreDumpConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                core_dump_config_type_0 = ProductionVariantCoreDumpConfig.from_dict(data)



                return core_dump_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductionVariantCoreDumpConfig | Unset, data)

        core_dump_config = _parse_core_dump_config(d.pop("CoreDumpConfig", UNSET))


        def _parse_enable_ssm_access(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_ssm_access = _parse_enable_ssm_access(d.pop("EnableSSMAccess", UNSET))


        def _parse_inference_ami_version(data: object) -> None | ProductionVariantInferenceAmiVersionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                inference_ami_version_type_0 = ProductionVariantInferenceAmiVersionType0(data)



                return inference_ami_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductionVariantInferenceAmiVersionType0 | Unset, data)

        inference_ami_version = _parse_inference_ami_version(d.pop("InferenceAmiVersion", UNSET))


        def _parse_initial_instance_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        initial_instance_count = _parse_initial_instance_count(d.pop("InitialInstanceCount", UNSET))


        def _parse_initial_variant_weight(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        initial_variant_weight = _parse_initial_variant_weight(d.pop("InitialVariantWeight", UNSET))


        def _parse_instance_pools(data: object) -> list[InstancePool] | None | Unset:
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
                    instance_pools_type_0_item = InstancePool.from_dict(instance_pools_type_0_item_data)



                    instance_pools_type_0.append(instance_pools_type_0_item)

                return instance_pools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InstancePool] | None | Unset, data)

        instance_pools = _parse_instance_pools(d.pop("InstancePools", UNSET))


        def _parse_instance_type(data: object) -> None | ProductionVariantInstanceTypeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                instance_type_type_0 = ProductionVariantInstanceTypeType0(data)



                return instance_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductionVariantInstanceTypeType0 | Unset, data)

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


        def _parse_model_data_download_timeout_in_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        model_data_download_timeout_in_seconds = _parse_model_data_download_timeout_in_seconds(d.pop("ModelDataDownloadTimeoutInSeconds", UNSET))


        def _parse_model_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_name = _parse_model_name(d.pop("ModelName", UNSET))


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


        def _parse_serverless_config(data: object) -> None | ProductionVariantServerlessConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                serverless_config_type_0 = ProductionVariantServerlessConfig.from_dict(data)



                return serverless_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductionVariantServerlessConfig | Unset, data)

        serverless_config = _parse_serverless_config(d.pop("ServerlessConfig", UNSET))


        def _parse_variant_instance_provision_timeout_in_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        variant_instance_provision_timeout_in_seconds = _parse_variant_instance_provision_timeout_in_seconds(d.pop("VariantInstanceProvisionTimeoutInSeconds", UNSET))


        def _parse_volume_size_in_gb(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        volume_size_in_gb = _parse_volume_size_in_gb(d.pop("VolumeSizeInGB", UNSET))


        production_variant = cls(
            variant_name=variant_name,
            accelerator_type=accelerator_type,
            capacity_reservation_config=capacity_reservation_config,
            container_startup_health_check_timeout_in_seconds=container_startup_health_check_timeout_in_seconds,
            core_dump_config=core_dump_config,
            enable_ssm_access=enable_ssm_access,
            inference_ami_version=inference_ami_version,
            initial_instance_count=initial_instance_count,
            initial_variant_weight=initial_variant_weight,
            instance_pools=instance_pools,
            instance_type=instance_type,
            managed_instance_scaling=managed_instance_scaling,
            model_data_download_timeout_in_seconds=model_data_download_timeout_in_seconds,
            model_name=model_name,
            routing_config=routing_config,
            serverless_config=serverless_config,
            variant_instance_provision_timeout_in_seconds=variant_instance_provision_timeout_in_seconds,
            volume_size_in_gb=volume_size_in_gb,
        )

        return production_variant

