from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.training_image_config_trainingrepositoryaccessmode import TrainingImageConfigTrainingrepositoryaccessmode
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.training_repository_auth_config import TrainingRepositoryAuthConfig





T = TypeVar("T", bound="TrainingImageConfig")



@_attrs_define
class TrainingImageConfig:
    """ The configuration to use an image from a private Docker registry for a training job.

        Attributes:
            training_repository_access_mode (TrainingImageConfigTrainingrepositoryaccessmode): How the training job reaches
                the private Docker registry: Platform or Vpc.
            training_repository_auth_config (None | TrainingRepositoryAuthConfig | Unset): Authentication for a private
                Docker registry of training images.
     """

    training_repository_access_mode: TrainingImageConfigTrainingrepositoryaccessmode
    training_repository_auth_config: None | TrainingRepositoryAuthConfig | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.training_repository_auth_config import TrainingRepositoryAuthConfig # noqa: PLC0415
        training_repository_access_mode = self.training_repository_access_mode.value

        training_repository_auth_config: dict[str, Any] | None | Unset
        if isinstance(self.training_repository_auth_config, Unset):
            training_repository_auth_config = UNSET
        elif isinstance(self.training_repository_auth_config, TrainingRepositoryAuthConfig):
            training_repository_auth_config = self.training_repository_auth_config.to_dict()
        else:
            training_repository_auth_config = self.training_repository_auth_config


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "TrainingRepositoryAccessMode": training_repository_access_mode,
        })
        if training_repository_auth_config is not UNSET:
            field_dict["TrainingRepositoryAuthConfig"] = training_repository_auth_config

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.training_repository_auth_config import TrainingRepositoryAuthConfig # noqa: PLC0415
        d = dict(src_dict)
        training_repository_access_mode = TrainingImageConfigTrainingrepositoryaccessmode(d.pop("TrainingRepositoryAccessMode"))




        def _parse_training_repository_auth_config(data: object) -> None | TrainingRepositoryAuthConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                training_repository_auth_config_type_0 = TrainingRepositoryAuthConfig.from_dict(data)



                return training_repository_auth_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrainingRepositoryAuthConfig | Unset, data)

        training_repository_auth_config = _parse_training_repository_auth_config(d.pop("TrainingRepositoryAuthConfig", UNSET))


        training_image_config = cls(
            training_repository_access_mode=training_repository_access_mode,
            training_repository_auth_config=training_repository_auth_config,
        )

        return training_image_config

