from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="RepositoryAuthConfig")



@_attrs_define
class RepositoryAuthConfig:
    """ (Optional) Specifies an authentication configuration for the private docker registry...

        Attributes:
            repository_credentials_provider_arn (str): The Amazon Resource Name (ARN) of an Amazon Web Services Lambda
                function that provides credentials to authenticate to the private Docker registry where your...
     """

    repository_credentials_provider_arn: str





    def to_dict(self) -> dict[str, Any]:
        repository_credentials_provider_arn = self.repository_credentials_provider_arn


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "RepositoryCredentialsProviderArn": repository_credentials_provider_arn,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        repository_credentials_provider_arn = d.pop("RepositoryCredentialsProviderArn")

        repository_auth_config = cls(
            repository_credentials_provider_arn=repository_credentials_provider_arn,
        )

        return repository_auth_config

