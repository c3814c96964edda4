from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.async_inference_config import AsyncInferenceConfig
  from ..models.data_capture_config import DataCaptureConfig
  from ..models.explainer_config import ExplainerConfig
  from ..models.metrics_config import MetricsConfig
  from ..models.production_variant import ProductionVariant
  from ..models.tag import Tag
  from ..models.vpc_config import VpcConfig





T = TypeVar("T", bound="CreateEndpointConfigRequest")



@_attrs_define
class CreateEndpointConfigRequest:
    """ See SageMaker's API reference.

        Attributes:
            endpoint_config_name (str): The name of the endpoint configuration.
            production_variants (list[ProductionVariant]): An array of ProductionVariant objects, one for each model that
                you want to host at this endpoint.
            async_inference_config (AsyncInferenceConfig | None | Unset): Specifies configuration for how an endpoint
                performs asynchronous inference.
            data_capture_config (DataCaptureConfig | None | Unset): Configuration to control how SageMaker AI captures
                inference data.
            enable_network_isolation (bool | None | Unset): Sets whether all model containers deployed to the endpoint are
                isolated.
            execution_role_arn (None | str | Unset): The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker AI
                can assume to perform actions on your behalf.
            explainer_config (ExplainerConfig | None | Unset): A member of CreateEndpointConfig that enables explainers.
            kms_key_id (None | str | Unset): The Amazon Resource Name (ARN) of a Amazon Web Services Key Management Service
                key that SageMaker uses to encrypt data on the storage volume attached to the...
            metrics_config (MetricsConfig | None | Unset): The configuration parameters for utilization metrics.
            shadow_production_variants (list[ProductionVariant] | None | Unset): An array of ProductionVariant objects, one
                for each model that you want to host at this endpoint in shadow mode with production traffic replicated from
                the...
            tags (list[Tag] | None | Unset): An array of key-value pairs.
            vpc_config (None | Unset | VpcConfig): Specifies an Amazon Virtual Private Cloud (VPC) that your SageMaker jobs,
                hosted models, and compute resources have access to.
     """

    endpoint_config_name: str
    production_variants: list[ProductionVariant]
    async_inference_config: AsyncInferenceConfig | None | Unset = UNSET
    data_capture_config: DataCaptureConfig | None | Unset = UNSET
    enable_network_isolation: bool | None | Unset = UNSET
    execution_role_arn: None | str | Unset = UNSET
    explainer_config: ExplainerConfig | None | Unset = UNSET
    kms_key_id: None | str | Unset = UNSET
    metrics_config: MetricsConfig | None | Unset = UNSET
    shadow_production_variants: list[ProductionVariant] | None | Unset = UNSET
    tags: list[Tag] | None | Unset = UNSET
    vpc_config: None | Unset | VpcConfig = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.async_inference_config import AsyncInferenceConfig # noqa: PLC0415
        from ..models.data_capture_config import DataCaptureConfig # noqa: PLC0415
        from ..models.explainer_config import ExplainerConfig # noqa: PLC0415
        from ..models.metrics_config import MetricsConfig # noqa: PLC0415
        from ..models.production_variant import ProductionVariant # noqa: PLC0415
        from ..models.tag import Tag # noqa: PLC0415
        from ..models.vpc_config import VpcConfig # noqa: PLC0415
        endpoint_config_name = self.endpoint_config_name

        production_variants = []
        for production_variants_item_data in self.production_variants:
            production_variants_item = production_variants_item_data.to_dict()
            production_variants.append(production_variants_item)



        async_inference_config: dict[str, Any] | None | Unset
        if isinstance(self.async_inference_config, Unset):
            async_inference_config = UNSET
        elif isinstance(self.async_inference_config, AsyncInferenceConfig):
            async_inference_config = self.async_inference_config.to_dict()
        else:
            async_inference_config = self.async_inference_config

        data_capture_config: dict[str, Any] | None | Unset
        if isinstance(self.data_capture_config, Unset):
            data_capture_config = UNSET
        elif isinstance(self.data_capture_config, DataCaptureConfig):
            data_capture_config = self.data_capture_config.to_dict()
        else:
            data_capture_config = self.data_capture_config

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

        explainer_config: dict[str, Any] | None | Unset
        if isinstance(self.explainer_config, Unset):
            explainer_config = UNSET
        elif isinstance(self.explainer_config, ExplainerConfig):
            explainer_config = self.explainer_config.to_dict()
        else:
            explainer_config = self.explainer_config

        kms_key_id: None | str | Unset
        if isinstance(self.kms_key_id, Unset):
            kms_key_id = UNSET
        else:
            kms_key_id = self.kms_key_id

        metrics_config: dict[str, Any] | None | Unset
        if isinstance(self.metrics_config, Unset):
            metrics_config = UNSET
        elif isinstance(self.metrics_config, MetricsConfig):
            metrics_config = self.metrics_config.to_dict()
        else:
            metrics_config = self.metrics_config

        shadow_production_variants: list[dict[str, Any]] | None | Unset
        if isinstance(self.shadow_production_variants, Unset):
            shadow_production_variants = UNSET
        elif isinstance(self.shadow_production_variants, list):
            shadow_production_variants = []
            for shadow_production_variants_type_0_item_data in self.shadow_production_variants:
                shadow_production_variants_type_0_item = shadow_production_variants_type_0_item_data.to_dict()
                shadow_production_variants.append(shadow_production_variants_type_0_item)


        else:
            shadow_production_variants = self.shadow_production_variants

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
            "EndpointConfigName": endpoint_config_name,
            "ProductionVariants": production_variants,
        })
        if async_inference_config is not UNSET:
            field_dict["AsyncInferenceConfig"] = async_inference_config
        if data_capture_config is not UNSET:
            field_dict["DataCaptureConfig"] = data_capture_config
        if enable_network_isolation is not UNSET:
            field_dict["EnableNetworkIsolation"] = enable_network_isolation
        if execution_role_arn is not UNSET:
            field_dict["ExecutionRoleArn"] = execution_role_arn
        if explainer_config is not UNSET:
            field_dict["ExplainerConfig"] = explainer_config
        if kms_key_id is not UNSET:
            field_dict["KmsKeyId"] = kms_key_id
        if metrics_config is not UNSET:
            field_dict["MetricsConfig"] = metrics_config
        if shadow_production_variants is not UNSET:
            field_dict["ShadowProductionVariants"] = shadow_production_variants
        if tags is not UNSET:
            field_dict["Tags"] = tags
        if vpc_config is not UNSET:
            field_dict["VpcConfig"] = vpc_config

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.async_inference_config import AsyncInferenceConfig # noqa: PLC0415
        from ..models.data_capture_config import DataCaptureConfig # noqa: PLC0415
        from ..models.explainer_config import ExplainerConfig # noqa: PLC0415
        from ..models.metrics_config import MetricsConfig # noqa: PLC0415
        from ..models.production_variant import ProductionVariant # noqa: PLC0415
        from ..models.tag import Tag # noqa: PLC0415
        from ..models.vpc_config import VpcConfig # noqa: PLC0415
        d = dict(src_dict)
        endpoint_config_name = d.pop("EndpointConfigName")

        production_variants = []
        _production_variants = d.pop("ProductionVariants")
        for production_variants_item_data in (_production_variants):
            production_variants_item = ProductionVariant.from_dict(production_variants_item_data)



            production_variants.append(production_variants_item)


        def _parse_async_inference_config(data: object) -> AsyncInferenceConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                async_inference_config_type_0 = AsyncInferenceConfig.from_dict(data)



                return async_inference_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AsyncInferenceConfig | None | Unset, data)

        async_inference_config = _parse_async_inference_config(d.pop("AsyncInferenceConfig", UNSET))


        def _parse_data_capture_config(data: object) -> DataCaptureConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_capture_config_type_0 = DataCaptureConfig.from_dict(data)



                return data_capture_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataCaptureConfig | None | Unset, data)

        data_capture_config = _parse_data_capture_config(d.pop("DataCaptureConfig", UNSET))


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


        def _parse_explainer_config(data: object) -> ExplainerConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                explainer_config_type_0 = ExplainerConfig.from_dict(data)



                return explainer_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExplainerConfig | None | Unset, data)

        explainer_config = _parse_explainer_config(d.pop("ExplainerConfig", UNSET))


        def _parse_kms_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        kms_key_id = _parse_kms_key_id(d.pop("KmsKeyId", UNSET))


        def _parse_metrics_config(data: object) -> MetricsConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metrics_config_type_0 = MetricsConfig.from_dict(data)



                return metrics_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetricsConfig | None | Unset, data)

        metrics_config = _parse_metrics_config(d.pop("MetricsConfig", UNSET))


        def _parse_shadow_production_variants(data: object) -> list[ProductionVariant] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                shadow_production_variants_type_0 = []
                _shadow_production_variants_type_0 = data
                for shadow_production_variants_type_0_item_data in (_shadow_production_variants_type_0):
                    shadow_production_variants_type_0_item = ProductionVariant.from_dict(shadow_production_variants_type_0_item_data)



                    shadow_production_variants_type_0.append(shadow_production_variants_type_0_item)

                return shadow_production_variants_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProductionVariant] | None | Unset, data)

        shadow_production_variants = _parse_shadow_production_variants(d.pop("ShadowProductionVariants", UNSET))


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


        create_endpoint_config_request = cls(
            endpoint_config_name=endpoint_config_name,
            production_variants=production_variants,
            async_inference_config=async_inference_config,
            data_capture_config=data_capture_config,
            enable_network_isolation=enable_network_isolation,
            execution_role_arn=execution_role_arn,
            explainer_config=explainer_config,
            kms_key_id=kms_key_id,
            metrics_config=metrics_config,
            shadow_production_variants=shadow_production_variants,
            tags=tags,
            vpc_config=vpc_config,
        )

        return create_endpoint_config_request

