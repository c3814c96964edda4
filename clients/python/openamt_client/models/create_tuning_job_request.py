from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.autotune import Autotune
  from ..models.tag import Tag
  from ..models.training_job_definition import TrainingJobDefinition
  from ..models.tuning_job_config import TuningJobConfig
  from ..models.warm_start_config import WarmStartConfig





T = TypeVar("T", bound="CreateTuningJobRequest")



@_attrs_define
class CreateTuningJobRequest:
    """ The body of CreateHyperParameterTuningJob.

        Attributes:
            hyper_parameter_tuning_job_config (TuningJobConfig): Configures a tuning job.
            hyper_parameter_tuning_job_name (str): The name of the tuning job.
            autotune (Autotune | None | Unset): Lets AMT choose parameter ranges and other settings itself.
            tags (list[Tag] | None | Unset): Tags to attach to the tuning job.
            training_job_definition (None | TrainingJobDefinition | Unset): The training jobs the tuning job launches:
                algorithm, static hyperparameters, data, resources.
            training_job_definitions (list[TrainingJobDefinition] | None | Unset): Several training job definitions, used
                instead of TrainingJobDefinition.
            warm_start_config (None | Unset | WarmStartConfig): The previous tuning jobs this one starts from.
     """

    hyper_parameter_tuning_job_config: TuningJobConfig
    hyper_parameter_tuning_job_name: str
    autotune: Autotune | None | Unset = UNSET
    tags: list[Tag] | None | Unset = UNSET
    training_job_definition: None | TrainingJobDefinition | Unset = UNSET
    training_job_definitions: list[TrainingJobDefinition] | None | Unset = UNSET
    warm_start_config: None | Unset | WarmStartConfig = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.autotune import Autotune # noqa: PLC0415
        from ..models.tag import Tag # noqa: PLC0415
        from ..models.training_job_definition import TrainingJobDefinition # noqa: PLC0415
        from ..models.tuning_job_config import TuningJobConfig # noqa: PLC0415
        from ..models.warm_start_config import WarmStartConfig # noqa: PLC0415
        hyper_parameter_tuning_job_config = self.hyper_parameter_tuning_job_config.to_dict()

        hyper_parameter_tuning_job_name = self.hyper_parameter_tuning_job_name

        autotune: dict[str, Any] | None | Unset
        if isinstance(self.autotune, Unset):
            autotune = UNSET
        elif isinstance(self.autotune, Autotune):
            autotune = self.autotune.to_dict()
        else:
            autotune = self.autotune

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

        training_job_definition: dict[str, Any] | None | Unset
        if isinstance(self.training_job_definition, Unset):
            training_job_definition = UNSET
        elif isinstance(self.training_job_definition, TrainingJobDefinition):
            training_job_definition = self.training_job_definition.to_dict()
        else:
            training_job_definition = self.training_job_definition

        training_job_definitions: list[dict[str, Any]] | None | Unset
        if isinstance(self.training_job_definitions, Unset):
            training_job_definitions = UNSET
        elif isinstance(self.training_job_definitions, list):
            training_job_definitions = []
            for training_job_definitions_type_0_item_data in self.training_job_definitions:
                training_job_definitions_type_0_item = training_job_definitions_type_0_item_data.to_dict()
                training_job_definitions.append(training_job_definitions_type_0_item)


        else:
            training_job_definitions = self.training_job_definitions

        warm_start_config: dict[str, Any] | None | Unset
        if isinstance(self.warm_start_config, Unset):
            warm_start_config = UNSET
        elif isinstance(self.warm_start_config, WarmStartConfig):
            warm_start_config = self.warm_start_config.to_dict()
        else:
            warm_start_config = self.warm_start_config


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "HyperParameterTuningJobConfig": hyper_parameter_tuning_job_config,
            "HyperParameterTuningJobName": hyper_parameter_tuning_job_name,
        })
        if autotune is not UNSET:
            field_dict["Autotune"] = autotune
        if tags is not UNSET:
            field_dict["Tags"] = tags
        if training_job_definition is not UNSET:
            field_dict["TrainingJobDefinition"] = training_job_definition
        if training_job_definitions is not UNSET:
            field_dict["TrainingJobDefinitions"] = training_job_definitions
        if warm_start_config is not UNSET:
            field_dict["WarmStartConfig"] = warm_start_config

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.autotune import Autotune # noqa: PLC0415
        from ..models.tag import Tag # noqa: PLC0415
        from ..models.training_job_definition import TrainingJobDefinition # noqa: PLC0415
        from ..models.tuning_job_config import TuningJobConfig # noqa: PLC0415
        from ..models.warm_start_config import WarmStartConfig # noqa: PLC0415
        d = dict(src_dict)
        hyper_parameter_tuning_job_config = TuningJobConfig.from_dict(d.pop("HyperParameterTuningJobConfig"))




        hyper_parameter_tuning_job_name = d.pop("HyperParameterTuningJobName")

        def _parse_autotune(data: object) -> Autotune | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                autotune_type_0 = Autotune.from_dict(data)



                return autotune_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Autotune | None | Unset, data)

        autotune = _parse_autotune(d.pop("Autotune", UNSET))


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


        def _parse_training_job_definition(data: object) -> None | TrainingJobDefinition | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                training_job_definition_type_0 = TrainingJobDefinition.from_dict(data)



                return training_job_definition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrainingJobDefinition | Unset, data)

        training_job_definition = _parse_training_job_definition(d.pop("TrainingJobDefinition", UNSET))


        def _parse_training_job_definitions(data: object) -> list[TrainingJobDefinition] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                training_job_definitions_type_0 = []
                _training_job_definitions_type_0 = data
                for training_job_definitions_type_0_item_data in (_training_job_definitions_type_0):
                    training_job_definitions_type_0_item = TrainingJobDefinition.from_dict(training_job_definitions_type_0_item_data)



                    training_job_definitions_type_0.append(training_job_definitions_type_0_item)

                return training_job_definitions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TrainingJobDefinition] | None | Unset, data)

        training_job_definitions = _parse_training_job_definitions(d.pop("TrainingJobDefinitions", UNSET))


        def _parse_warm_start_config(data: object) -> None | Unset | WarmStartConfig:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                warm_start_config_type_0 = WarmStartConfig.from_dict(data)



                return warm_start_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WarmStartConfig, data)

        warm_start_config = _parse_warm_start_config(d.pop("WarmStartConfig", UNSET))


        create_tuning_job_request = cls(
            hyper_parameter_tuning_job_config=hyper_parameter_tuning_job_config,
            hyper_parameter_tuning_job_name=hyper_parameter_tuning_job_name,
            autotune=autotune,
            tags=tags,
            training_job_definition=training_job_definition,
            training_job_definitions=training_job_definitions,
            warm_start_config=warm_start_config,
        )

        return create_tuning_job_request

