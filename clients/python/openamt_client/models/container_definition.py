from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.container_definition_mode_type_0 import ContainerDefinitionModeType0
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.additional_model_data_source import AdditionalModelDataSource
  from ..models.container_definition_environment_type_0 import ContainerDefinitionEnvironmentType0
  from ..models.container_metrics_config import ContainerMetricsConfig
  from ..models.image_config import ImageConfig
  from ..models.model_data_source import ModelDataSource
  from ..models.multi_model_config import MultiModelConfig





T = TypeVar("T", bound="ContainerDefinition")



@_attrs_define
class ContainerDefinition:
    """ The location of the primary docker image containing inference code, associated...

        Attributes:
            additional_model_data_sources (list[AdditionalModelDataSource] | None | Unset): Data sources that are available
                to your model in addition to the one that you specify for ModelDataSource when you use the CreateModel action.
            container_hostname (None | str | Unset): This parameter is ignored for models that contain only a
                PrimaryContainer.
            container_metrics_config (ContainerMetricsConfig | None | Unset): The configuration for container metrics
                scraping.
            environment (ContainerDefinitionEnvironmentType0 | None | Unset): The environment variables to set in the Docker
                container.
            image (None | str | Unset): The path where inference code is stored.
            image_config (ImageConfig | None | Unset): Specifies whether the model container is in Amazon ECR or a private
                Docker registry accessible from your Amazon Virtual Private Cloud (VPC).
            inference_specification_name (None | str | Unset): The inference specification name in the model package
                version.
            mode (ContainerDefinitionModeType0 | None | Unset): Whether the container hosts a single model or multiple
                models.
            model_data_source (ModelDataSource | None | Unset): Specifies the location of ML model data to deploy.
            model_data_url (None | str | Unset): The S3 path where the model artifacts, which result from model training,
                are stored.
            model_package_name (None | str | Unset): The name or Amazon Resource Name (ARN) of the model package to use to
                create the model.
            multi_model_config (MultiModelConfig | None | Unset): Specifies additional configuration for multi-model
                endpoints.
     """

    additional_model_data_sources: list[AdditionalModelDataSource] | None | Unset = UNSET
    container_hostname: None | str | Unset = UNSET
    container_metrics_config: ContainerMetricsConfig | None | Unset = UNSET
    environment: ContainerDefinitionEnvironmentType0 | None | Unset = UNSET
    image: None | str | Unset = UNSET
    image_config: ImageConfig | None | Unset = UNSET
    inference_specification_name: None | str | Unset = UNSET
    mode: ContainerDefinitionModeType0 | None | Unset = UNSET
    model_data_source: ModelDataSource | None | Unset = UNSET
    model_data_url: None | str | Unset = UNSET
    model_package_name: None | str | Unset = UNSET
    multi_model_config: MultiModelConfig | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.additional_model_data_source import AdditionalModelDataSource # noqa: PLC0415
        from ..models.container_definition_environment_type_0 import ContainerDefinitionEnvironmentType0 # noqa: PLC0415
        from ..models.container_metrics_config import ContainerMetricsConfig # noqa: PLC0415
        from ..models.image_config import ImageConfig # noqa: PLC0415
        from ..models.model_data_source import ModelDataSource # noqa: PLC0415
        from ..models.multi_model_config import MultiModelConfig # noqa: PLC0415
        additional_model_data_sources: list[dict[str, Any]] | None | Unset
        if isinstance(self.additional_model_data_sources, Unset):
            additional_model_data_sources = UNSET
        elif isinstance(self.additional_model_data_sources, list):
            additional_model_data_sources = []
            for additional_model_data_sources_type_0_item_data in self.additional_model_data_sources:
                additional_model_data_sources_type_0_item = additional_model_data_sources_type_0_item_data.to_dict()
                additional_model_data_sources.append(additional_model_data_sources_type_0_item)


        else:
            additional_model_data_sources = self.additional_model_data_sources

        container_hostname: None | str | Unset
        if isinstance(self.container_hostname, Unset):
            container_hostname = UNSET
        else:
            container_hostname = self.container_hostname

        container_metrics_config: dict[str, Any] | None | Unset
        if isinstance(self.container_metrics_config, Unset):
            container_metrics_config = UNSET
        elif isinstance(self.container_metrics_config, ContainerMetricsConfig):
            container_metrics_config = self.container_metrics_config.to_dict()
        else:
            container_metrics_config = self.container_metrics_config

        environment: dict[str, Any] | None | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        elif isinstance(self.environment, ContainerDefinitionEnvironmentType0):
            environment = self.environment.to_dict()
        else:
            environment = self.environment

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        image_config: dict[str, Any] | None | Unset
        if isinstance(self.image_config, Unset):
            image_config = UNSET
        elif isinstance(self.image_config, ImageConfig):
            image_config = self.image_config.to_dict()
        else:
            image_config = self.image_config

        inference_specification_name: None | str | Unset
        if isinstance(self.inference_specification_name, Unset):
            inference_specification_name = UNSET
        else:
            inference_specification_name = self.inference_specification_name

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, ContainerDefinitionModeType0):
            mode = self.mode.value
        else:
            mode = self.mode

        model_data_source: dict[str, Any] | None | Unset
        if isinstance(self.model_data_source, Unset):
            model_data_source = UNSET
        elif isinstance(self.model_data_source, ModelDataSource):
            model_data_source = self.model_data_source.to_dict()
        else:
            model_data_source = self.model_data_source

        model_data_url: None | str | Unset
        if isinstance(self.model_data_url, Unset):
            model_data_url = UNSET
        else:
            model_data_url = self.model_data_url

        model_package_name: None | str | Unset
        if isinstance(self.model_package_name, Unset):
            model_package_name = UNSET
        else:
            model_package_name = self.model_package_name

        multi_model_config: dict[str, Any] | None | Unset
        if isinstance(self.multi_model_config, Unset):
            multi_model_config = UNSET
        elif isinstance(self.multi_model_config, MultiModelConfig):
            multi_model_config = self.multi_model_config.to_dict()
        else:
            multi_model_config = self.multi_model_config


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if additional_model_data_sources is not UNSET:
            field_dict["AdditionalModelDataSources"] = additional_model_data_sources
        if container_hostname is not UNSET:
            field_dict["ContainerHostname"] = container_hostname
        if container_metrics_config is not UNSET:
            field_dict["ContainerMetricsConfig"] = container_metrics_config
        if environment is not UNSET:
            field_dict["Environment"] = environment
        if image is not UNSET:
            field_dict["Image"] = image
        if image_config is not UNSET:
            field_dict["ImageConfig"] = image_config
        if inference_specification_name is not UNSET:
            field_dict["InferenceSpecificationName"] = inference_specification_name
        if mode is not UNSET:
            field_dict["Mode"] = mode
        if model_data_source is not UNSET:
            field_dict["ModelDataSource"] = model_data_source
        if model_data_url is not UNSET:
            field_dict["ModelDataUrl"] = model_data_url
        if model_package_name is not UNSET:
            field_dict["ModelPackageName"] = model_package_name
        if multi_model_config is not UNSET:
            field_dict["MultiModelConfig"] = multi_model_config

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_model_data_source import AdditionalModelDataSource # noqa: PLC0415
        from ..models.container_definition_environment_type_0 import ContainerDefinitionEnvironmentType0 # noqa: PLC0415
        from ..models.container_metrics_config import ContainerMetricsConfig # noqa: PLC0415
        from ..models.image_config import ImageConfig # noqa: PLC0415
        from ..models.model_data_source import ModelDataSource # noqa: PLC0415
        from ..models.multi_model_config import MultiModelConfig # noqa: PLC0415
        d = dict(src_dict)
        def _parse_additional_model_data_sources(data: object) -> list[AdditionalModelDataSource] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                additional_model_data_sources_type_0 = []
                _additional_model_data_sources_type_0 = data
                for additional_model_data_sources_type_0_item_data in (_additional_model_data_sources_type_0):
                    additional_model_data_sources_type_0_item = AdditionalModelDataSource.from_dict(additional_model_data_sources_type_0_item_data)



                    additional_model_data_sources_type_0.append(additional_model_data_sources_type_0_item)

                return additional_model_data_sources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AdditionalModelDataSource] | None | Unset, data)

        additional_model_data_sources = _parse_additional_model_data_sources(d.pop("AdditionalModelDataSources", UNSET))


        def _parse_container_hostname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        container_hostname = _parse_container_hostname(d.pop("ContainerHostname", UNSET))


        def _parse_container_metrics_config(data: object) -> ContainerMetricsConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                container_metrics_config_type_0 = ContainerMetricsConfig.from_dict(data)



                return container_metrics_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContainerMetricsConfig | None | Unset, data)

        container_metrics_config = _parse_container_metrics_config(d.pop("ContainerMetricsConfig", UNSET))


        def _parse_environment(data: object) -> ContainerDefinitionEnvironmentType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_0 = ContainerDefinitionEnvironmentType0.from_dict(data)



                return environment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContainerDefinitionEnvironmentType0 | None | Unset, data)

        environment = _parse_environment(d.pop("Environment", UNSET))


        def _parse_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image = _parse_image(d.pop("Image", UNSET))


        def _parse_image_config(data: object) -> ImageConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_config_type_0 = ImageConfig.from_dict(data)



                return image_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageConfig | None | Unset, data)

        image_config = _parse_image_config(d.pop("ImageConfig", UNSET))


        def _parse_inference_specification_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inference_specification_name = _parse_inference_specification_name(d.pop("InferenceSpecificationName", UNSET))


        def _parse_mode(data: object) -> ContainerDefinitionModeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_0 = ContainerDefinitionModeType0(data)



                return mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContainerDefinitionModeType0 | None | Unset, data)

        mode = _parse_mode(d.pop("Mode", UNSET))


        def _parse_model_data_source(data: object) -> ModelDataSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_data_source_type_0 = ModelDataSource.from_dict(data)



                return model_data_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelDataSource | None | Unset, data)

        model_data_source = _parse_model_data_source(d.pop("ModelDataSource", UNSET))


        def _parse_model_data_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_data_url = _parse_model_data_url(d.pop("ModelDataUrl", UNSET))


        def _parse_model_package_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_package_name = _parse_model_package_name(d.pop("ModelPackageName", UNSET))


        def _parse_multi_model_config(data: object) -> MultiModelConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                multi_model_config_type_0 = MultiModelConfig.from_dict(data)



                return multi_model_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MultiModelConfig | None | Unset, data)

        multi_model_config = _parse_multi_model_config(d.pop("MultiModelConfig", UNSET))


        container_definition = cls(
            additional_model_data_sources=additional_model_data_sources,
            container_hostname=container_hostname,
            container_metrics_config=container_metrics_config,
            environment=environment,
            image=image,
            image_config=image_config,
            inference_specification_name=inference_specification_name,
            mode=mode,
            model_data_source=model_data_source,
            model_data_url=model_data_url,
            model_package_name=model_package_name,
            multi_model_config=multi_model_config,
        )

        return container_definition

