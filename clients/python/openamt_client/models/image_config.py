from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.image_config_repositoryaccessmode import ImageConfigRepositoryaccessmode
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.repository_auth_config import RepositoryAuthConfig





T = TypeVar("T", bound="ImageConfig")



@_attrs_define
class ImageConfig:
    """ Specifies whether the model container is in Amazon ECR or a private Docker registry...

        Attributes:
            repository_access_mode (ImageConfigRepositoryaccessmode): Set this to one of the following values: Platform -
                The model image is hosted in Amazon ECR.
            repository_auth_config (None | RepositoryAuthConfig | Unset): (Optional) Specifies an authentication
                configuration for the private docker registry where your model image is hosted.
     """

    repository_access_mode: ImageConfigRepositoryaccessmode
    repository_auth_config: None | RepositoryAuthConfig | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.repository_auth_config import RepositoryAuthConfig # noqa: PLC0415
        repository_access_mode = self.repository_access_mode.value

        repository_auth_config: dict[str, Any] | None | Unset
        if isinstance(self.repository_auth_config, Unset):
            repository_auth_config = UNSET
        elif isinstance(self.repository_auth_config, RepositoryAuthConfig):
            repository_auth_config = self.repository_auth_config.to_dict()
        else:
            repository_auth_config = self.repository_auth_config


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "RepositoryAccessMode": repository_access_mode,
        })
        if repository_auth_config is not UNSET:
            field_dict["RepositoryAuthConfig"] = repository_auth_config

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.repository_auth_config import RepositoryAuthConfig # noqa: PLC0415
        d = dict(src_dict)
        repository_access_mode = ImageConfigRepositoryaccessmode(d.pop("RepositoryAccessMode"))




        def _parse_repository_auth_config(data: object) -> None | RepositoryAuthConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                repository_auth_config_type_0 = RepositoryAuthConfig.from_dict(data)



                return repository_auth_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RepositoryAuthConfig | Unset, data)

        repository_auth_config = _parse_repository_auth_config(d.pop("RepositoryAuthConfig", UNSET))


        image_config = cls(
            repository_access_mode=repository_access_mode,
            repository_auth_config=repository_auth_config,
        )

        return image_config

