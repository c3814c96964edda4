from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.training_algorithm_specification_traininginputmode import TrainingAlgorithmSpecificationTraininginputmode
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.metric_definition import MetricDefinition
  from ..models.training_image_config import TrainingImageConfig





T = TypeVar("T", bound="TrainingAlgorithmSpecification")



@_attrs_define
class TrainingAlgorithmSpecification:
    """ The algorithm a training job runs, and the metrics it emits.

        Attributes:
            training_input_mode (TrainingAlgorithmSpecificationTraininginputmode): The training input mode that the
                algorithm supports.
            algorithm_name (None | str | Unset): The name of the algorithm resource to use for the training job.
            container_arguments (list[str] | None | Unset): The arguments for a container used to run a training job.
            container_entrypoint (list[str] | None | Unset): The entrypoint script for a Docker container used to run a
                training job.
            enable_sage_maker_metrics_time_series (bool | None | Unset): To generate and save time-series metrics during
                training, set to true.
            metric_definitions (list[MetricDefinition] | None | Unset): A list of metric definition objects.
            training_image (None | str | Unset): The registry path of the Docker image that contains the training algorithm.
            training_image_config (None | TrainingImageConfig | Unset): The configuration to use an image from a private
                Docker registry for a training job.
     """

    training_input_mode: TrainingAlgorithmSpecificationTraininginputmode
    algorithm_name: None | str | Unset = UNSET
    container_arguments: list[str] | None | Unset = UNSET
    container_entrypoint: list[str] | None | Unset = UNSET
    enable_sage_maker_metrics_time_series: bool | None | Unset = UNSET
    metric_definitions: list[MetricDefinition] | None | Unset = UNSET
    training_image: None | str | Unset = UNSET
    training_image_config: None | TrainingImageConfig | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.metric_definition import MetricDefinition # noqa: PLC0415
        from ..models.training_image_config import TrainingImageConfig # noqa: PLC0415
        training_input_mode = self.training_input_mode.value

        algorithm_name: None | str | Unset
        if isinstance(self.algorithm_name, Unset):
            algorithm_name = UNSET
        else:
            algorithm_name = self.algorithm_name

        container_arguments: list[str] | None | Unset
        if isinstance(self.container_arguments, Unset):
            container_arguments = UNSET
        elif isinstance(self.container_arguments, list):
            container_arguments = self.container_arguments


        else:
            container_arguments = self.container_arguments

        container_entrypoint: list[str] | None | Unset
        if isinstance(self.container_entrypoint, Unset):
            container_entrypoint = UNSET
        elif isinstance(self.container_entrypoint, list):
            container_entrypoint = self.container_entrypoint


        else:
            container_entrypoint = self.container_entrypoint

        enable_sage_maker_metrics_time_series: bool | None | Unset
        if isinstance(self.enable_sage_maker_metrics_time_series, Unset):
            enable_sage_maker_metrics_time_series = UNSET
        else:
            enable_sage_maker_metrics_time_series = self.enable_sage_maker_metrics_time_series

        metric_definitions: list[dict[str, Any]] | None | Unset
        if isinstance(self.metric_definitions, Unset):
            metric_definitions = UNSET
        elif isinstance(self.metric_definitions, list):
            metric_definitions = []
            for metric_definitions_type_0_item_data in self.metric_definitions:
                metric_definitions_type_0_item = metric_definitions_type_0_item_data.to_dict()
                metric_definitions.append(metric_definitions_type_0_item)


        else:
            metric_definitions = self.metric_definitions

        training_image: None | str | Unset
        if isinstance(self.training_image, Unset):
            training_image = UNSET
        else:
            training_image = self.training_image

        training_image_config: dict[str, Any] | None | Unset
        if isinstance(self.training_image_config, Unset):
            training_image_config = UNSET
        elif isinstance(self.training_image_config, TrainingImageConfig):
            training_image_config = self.training_image_config.to_dict()
        else:
            training_image_config = self.training_image_config


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "TrainingInputMode": training_input_mode,
        })
        if algorithm_name is not UNSET:
            field_dict["AlgorithmName"] = algorithm_name
        if container_arguments is not UNSET:
            field_dict["ContainerArguments"] = container_arguments
        if container_entrypoint is not UNSET:
            field_dict["ContainerEntrypoint"] = container_entrypoint
        if enable_sage_maker_metrics_time_series is not UNSET:
            field_dict["EnableSageMakerMetricsTimeSeries"] = enable_sage_maker_metrics_time_series
        if metric_definitions is not UNSET:
            field_dict["MetricDefinitions"] = metric_definitions
        if training_image is not UNSET:
            field_dict["TrainingImage"] = training_image
        if training_image_config is not UNSET:
            field_dict["TrainingImageConfig"] = training_image_config

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metric_definition import MetricDefinition # noqa: PLC0415
        from ..models.training_image_config import TrainingImageConfig # noqa: PLC0415
        d = dict(src_dict)
        training_input_mode = TrainingAlgorithmSpecificationTraininginputmode(d.pop("TrainingInputMode"))




        def _parse_algorithm_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        algorithm_name = _parse_algorithm_name(d.pop("AlgorithmName", UNSET))


        def _parse_container_arguments(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                container_arguments_type_0 = cast(list[str], data)

                return container_arguments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        container_arguments = _parse_container_arguments(d.pop("ContainerArguments", UNSET))


        def _parse_container_entrypoint(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                container_entrypoint_type_0 = cast(list[str], data)

                return container_entrypoint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        container_entrypoint = _parse_container_entrypoint(d.pop("ContainerEntrypoint", UNSET))


        def _parse_enable_sage_maker_metrics_time_series(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_sage_maker_metrics_time_series = _parse_enable_sage_maker_metrics_time_series(d.pop("EnableSageMakerMetricsTimeSeries", UNSET))


        def _parse_metric_definitions(data: object) -> list[MetricDefinition] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                metric_definitions_type_0 = []
                _metric_definitions_type_0 = data
                for metric_definitions_type_0_item_data in (_metric_definitions_type_0):
                    metric_definitions_type_0_item = MetricDefinition.from_dict(metric_definitions_type_0_item_data)



                    metric_definitions_type_0.append(metric_definitions_type_0_item)

                return metric_definitions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MetricDefinition] | None | Unset, data)

        metric_definitions = _parse_metric_definitions(d.pop("MetricDefinitions", UNSET))


        def _parse_training_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        training_image = _parse_training_image(d.pop("TrainingImage", UNSET))


        def _parse_training_image_config(data: object) -> None | TrainingImageConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                training_image_config_type_0 = TrainingImageConfig.from_dict(data)



                return training_image_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrainingImageConfig | Unset, data)

        training_image_config = _parse_training_image_config(d.pop("TrainingImageConfig", UNSET))


        training_algorithm_specification = cls(
            training_input_mode=training_input_mode,
            algorithm_name=algorithm_name,
            container_arguments=container_arguments,
            container_entrypoint=container_entrypoint,
            enable_sage_maker_metrics_time_series=enable_sage_maker_metrics_time_series,
            metric_definitions=metric_definitions,
            training_image=training_image,
            training_image_config=training_image_config,
        )

        return training_algorithm_specification

