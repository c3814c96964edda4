from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.describe_endpoint_response_endpointstatus import DescribeEndpointResponseEndpointstatus
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.async_inference_config import AsyncInferenceConfig
  from ..models.data_capture_config_summary import DataCaptureConfigSummary
  from ..models.deployment_config import DeploymentConfig
  from ..models.explainer_config import ExplainerConfig
  from ..models.metrics_config import MetricsConfig
  from ..models.pending_deployment_summary import PendingDeploymentSummary
  from ..models.production_variant_summary import ProductionVariantSummary





T = TypeVar("T", bound="DescribeEndpointResponse")



@_attrs_define
class DescribeEndpointResponse:
    """ See SageMaker's API reference.

        Attributes:
            creation_time (datetime.datetime): A timestamp that shows when the endpoint was created.
            endpoint_arn (str): The Amazon Resource Name (ARN) of the endpoint.
            endpoint_name (str): Name of the endpoint.
            endpoint_status (DescribeEndpointResponseEndpointstatus): The status of the endpoint.
            last_modified_time (datetime.datetime): A timestamp that shows when the endpoint was last modified.
            async_inference_config (AsyncInferenceConfig | None | Unset): Returns the description of an endpoint
                configuration created using the CreateEndpointConfig API.
            data_capture_config (DataCaptureConfigSummary | None | Unset): The currently active data capture configuration
                used by your Endpoint.
            endpoint_config_name (None | str | Unset): The name of the endpoint configuration associated with this endpoint.
            explainer_config (ExplainerConfig | None | Unset): The configuration parameters for an explainer.
            failure_reason (None | str | Unset): If the status of the endpoint is Failed, the reason why it failed.
            last_deployment_config (DeploymentConfig | None | Unset): The most recent deployment configuration for the
                endpoint.
            metrics_config (MetricsConfig | None | Unset): The configuration parameters for utilization metrics.
            pending_deployment_summary (None | PendingDeploymentSummary | Unset): Returns the summary of an in-progress
                deployment.
            production_variants (list[ProductionVariantSummary] | None | Unset): An array of ProductionVariantSummary
                objects, one for each model hosted behind this endpoint.
            shadow_production_variants (list[ProductionVariantSummary] | None | Unset): An array of ProductionVariantSummary
                objects, one for each model that you want to host at this endpoint in shadow mode with production traffic
                replicated...
     """

    creation_time: datetime.datetime
    endpoint_arn: str
    endpoint_name: str
    endpoint_status: DescribeEndpointResponseEndpointstatus
    last_modified_time: datetime.datetime
    async_inference_config: AsyncInferenceConfig | None | Unset = UNSET
    data_capture_config: DataCaptureConfigSummary | None | Unset = UNSET
    endpoint_config_name: None | str | Unset = UNSET
    explainer_config: ExplainerConfig | None | Unset = UNSET
    failure_reason: None | str | Unset = UNSET
    last_deployment_config: DeploymentConfig | None | Unset = UNSET
    metrics_config: MetricsConfig | None | Unset = UNSET
    pending_deployment_summary: None | PendingDeploymentSummary | Unset = UNSET
    production_variants: list[ProductionVariantSummary] | None | Unset = UNSET
    shadow_production_variants: list[ProductionVariantSummary] | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.async_inference_config import AsyncInferenceConfig # noqa: PLC0415
        from ..models.data_capture_config_summary import DataCaptureConfigSummary # noqa: PLC0415
        from ..models.deployment_config import DeploymentConfig # noqa: PLC0415
        from ..models.explainer_config import ExplainerConfig # noqa: PLC0415
        from ..models.metrics_config import MetricsConfig # noqa: PLC0415
        from ..models.pending_deployment_summary import PendingDeploymentSummary # noqa: PLC0415
        from ..models.production_variant_summary import ProductionVariantSummary # noqa: PLC0415
        creation_time = self.creation_time.isoformat()

        endpoint_arn = self.endpoint_arn

        endpoint_name = self.endpoint_name

        endpoint_status = self.endpoint_status.value

        last_modified_time = self.last_modified_time.isoformat()

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
        elif isinstance(self.data_capture_config, DataCaptureConfigSummary):
            data_capture_config = self.data_capture_config.to_dict()
        else:
            data_capture_config = self.data_capture_config

        endpoint_config_name: None | str | Unset
        if isinstance(self.endpoint_config_name, Unset):
            endpoint_config_name = UNSET
        else:
            endpoint_config_name = self.endpoint_config_name

        explainer_config: dict[str, Any] | None | Unset
        if isinstance(self.explainer_config, Unset):
            explainer_config = UNSET
        elif isinstance(self.explainer_config, ExplainerConfig):
            explainer_config = self.explainer_config.to_dict()
        else:
            explainer_config = self.explainer_config

        failure_reason: None | str | Unset
        if isinstance(self.failure_reason, Unset):
            failure_reason = UNSET
        else:
            failure_reason = self.failure_reason

        last_deployment_config: dict[str, Any] | None | Unset
        if isinstance(self.last_deployment_config, Unset):
            last_deployment_config = UNSET
        elif isinstance(self.last_deployment_config, DeploymentConfig):
            last_deployment_config = self.last_deployment_config.to_dict()
        else:
            last_deployment_config = self.last_deployment_config

        metrics_config: dict[str, Any] | None | Unset
        if isinstance(self.metrics_config, Unset):
            metrics_config = UNSET
        elif isinstance(self.metrics_config, MetricsConfig):
            metrics_config = self.metrics_config.to_dict()
        else:
            metrics_config = self.metrics_config

        pending_deployment_summary: dict[str, Any] | None | Unset
        if isinstance(self.pending_deployment_summary, Unset):
            pending_deployment_summary = UNSET
        elif isinstance(self.pending_deployment_summary, PendingDeploymentSummary):
            pending_deployment_summary = self.pending_deployment_summary.to_dict()
        else:
            pending_deployment_summary = self.pending_deployment_summary

        production_variants: list[dict[str, Any]] | None | Unset
        if isinstance(self.production_variants, Unset):
            production_variants = UNSET
        elif isinstance(self.production_variants, list):
            production_variants = []
            for production_variants_type_0_item_data in self.production_variants:
                production_variants_type_0_item = production_variants_type_0_item_data.to_dict()
                production_variants.append(production_variants_type_0_item)


        else:
            production_variants = self.production_variants

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


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "CreationTime": creation_time,
            "EndpointArn": endpoint_arn,
            "EndpointName": endpoint_name,
            "EndpointStatus": endpoint_status,
            "LastModifiedTime": last_modified_time,
        })
        if async_inference_config is not UNSET:
            field_dict["AsyncInferenceConfig"] = async_inference_config
        if data_capture_config is not UNSET:
            field_dict["DataCaptureConfig"] = data_capture_config
        if endpoint_config_name is not UNSET:
            field_dict["EndpointConfigName"] = endpoint_config_name
        if explainer_config is not UNSET:
            field_dict["ExplainerConfig"] = explainer_config
        if failure_reason is not UNSET:
            field_dict["FailureReason"] = failure_reason
        if last_deployment_config is not UNSET:
            field_dict["LastDeploymentConfig"] = last_deployment_config
        if metrics_config is not UNSET:
            field_dict["MetricsConfig"] = metrics_config
        if pending_deployment_summary is not UNSET:
            field_dict["PendingDeploymentSummary"] = pending_deployment_summary
        if production_variants is not UNSET:
            field_dict["ProductionVariants"] = production_variants
        if shadow_production_variants is not UNSET:
            field_dict["ShadowProductionVariants"] = shadow_production_variants

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.async_inference_config import AsyncInferenceConfig # noqa: PLC0415
        from ..models.data_capture_config_summary import DataCaptureConfigSummary # noqa: PLC0415
        from ..models.deployment_config import DeploymentConfig # noqa: PLC0415
        from ..models.explainer_config import ExplainerConfig # noqa: PLC0415
        from ..models.metrics_config import MetricsConfig # noqa: PLC0415
        from ..models.pending_deployment_summary import PendingDeploymentSummary # noqa: PLC0415
        from ..models.production_variant_summary import ProductionVariantSummary # noqa: PLC0415
        d = dict(src_dict)
        creation_time = datetime.datetime.fromisoformat(d.pop("CreationTime"))




        endpoint_arn = d.pop("EndpointArn")

        endpoint_name = d.pop("EndpointName")

        endpoint_status = DescribeEndpointResponseEndpointstatus(d.pop("EndpointStatus"))




        last_modified_time = datetime.datetime.fromisoformat(d.pop("LastModifiedTime"))




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


        def _parse_data_capture_config(data: object) -> DataCaptureConfigSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_capture_config_type_0 = DataCaptureConfigSummary.from_dict(data)



                return data_capture_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataCaptureConfigSummary | None | Unset, data)

        data_capture_config = _parse_data_capture_config(d.pop("DataCaptureConfig", UNSET))


        def _parse_endpoint_config_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        endpoint_config_name = _parse_endpoint_config_name(d.pop("EndpointConfigName", UNSET))


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


        def _parse_failure_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_reason = _parse_failure_reason(d.pop("FailureReason", UNSET))


        def _parse_last_deployment_config(data: object) -> DeploymentConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_deployment_config_type_0 = DeploymentConfig.from_dict(data)



                return last_deployment_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentConfig | None | Unset, data)

        last_deployment_config = _parse_last_deployment_config(d.pop("LastDeploymentConfig", UNSET))


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


        def _parse_pending_deployment_summary(data: object) -> None | PendingDeploymentSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pending_deployment_summary_type_0 = PendingDeploymentSummary.from_dict(data)



                return pending_deployment_summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PendingDeploymentSummary | Unset, data)

        pending_deployment_summary = _parse_pending_deployment_summary(d.pop("PendingDeploymentSummary", UNSET))


        def _parse_production_variants(data: object) -> list[ProductionVariantSummary] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                production_variants_type_0 = []
                _production_variants_type_0 = data
                for production_variants_type_0_item_data in (_production_variants_type_0):
                    production_variants_type_0_item = ProductionVariantSummary.from_dict(production_variants_type_0_item_data)



                    production_variants_type_0.append(production_variants_type_0_item)

                return production_variants_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProductionVariantSummary] | None | Unset, data)

        production_variants = _parse_production_variants(d.pop("ProductionVariants", UNSET))


        def _parse_shadow_production_variants(data: object) -> list[ProductionVariantSummary] | None | Unset:
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
                    shadow_production_variants_type_0_item = ProductionVariantSummary.from_dict(shadow_production_variants_type_0_item_data)



                    shadow_production_variants_type_0.append(shadow_production_variants_type_0_item)

                return shadow_production_variants_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProductionVariantSummary] | None | Unset, data)

        shadow_production_variants = _parse_shadow_production_variants(d.pop("ShadowProductionVariants", UNSET))


        describe_endpoint_response = cls(
            creation_time=creation_time,
            endpoint_arn=endpoint_arn,
            endpoint_name=endpoint_name,
            endpoint_status=endpoint_status,
            last_modified_time=last_modified_time,
            async_inference_config=async_inference_config,
            data_capture_config=data_capture_config,
            endpoint_config_name=endpoint_config_name,
            explainer_config=explainer_config,
            failure_reason=failure_reason,
            last_deployment_config=last_deployment_config,
            metrics_config=metrics_config,
            pending_deployment_summary=pending_deployment_summary,
            production_variants=production_variants,
            shadow_production_variants=shadow_production_variants,
        )

        return describe_endpoint_response

