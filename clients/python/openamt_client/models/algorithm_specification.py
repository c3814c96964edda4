from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.algorithm_specification_traininginputmode import AlgorithmSpecificationTraininginputmode
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.metric_definition import MetricDefinition





T = TypeVar("T", bound="AlgorithmSpecification")



@_attrs_define
class AlgorithmSpecification:
    """ The algorithm (image or algorithm resource) the training jobs run.

        Attributes:
            training_input_mode (AlgorithmSpecificationTraininginputmode): The training input mode that the algorithm
                supports.
            algorithm_name (None | str | Unset): The name of the resource algorithm to use for the tuning job.
            metric_definitions (list[MetricDefinition] | None | Unset): The metrics the algorithm emits, with the regexes
                that find them in its logs.
            training_image (None | str | Unset): The registry path of the Docker image that contains the training algorithm.
     """

    training_input_mode: AlgorithmSpecificationTraininginputmode
    algorithm_name: None | str | Unset = UNSET
    metric_definitions: list[MetricDefinition] | None | Unset = UNSET
    training_image: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.metric_definition import MetricDefinition # noqa: PLC0415
        training_input_mode = self.training_input_mode.value

        algorithm_name: None | str | Unset
        if isinstance(self.algorithm_name, Unset):
            algorithm_name = UNSET
        else:
            algorithm_name = self.algorithm_name

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


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "TrainingInputMode": training_input_mode,
        })
        if algorithm_name is not UNSET:
            field_dict["AlgorithmName"] = algorithm_name
        if metric_definitions is not UNSET:
            field_dict["MetricDefinitions"] = metric_definitions
        if training_image is not UNSET:
            field_dict["TrainingImage"] = training_image

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metric_definition import MetricDefinition # noqa: PLC0415
        d = dict(src_dict)
        training_input_mode = AlgorithmSpecificationTraininginputmode(d.pop("TrainingInputMode"))




        def _parse_algorithm_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        algorithm_name = _parse_algorithm_name(d.pop("AlgorithmName", UNSET))


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


        algorithm_specification = cls(
            training_input_mode=training_input_mode,
            algorithm_name=algorithm_name,
            metric_definitions=metric_definitions,
            training_image=training_image,
        )

        return algorithm_specification

