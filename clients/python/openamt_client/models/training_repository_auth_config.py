from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="TrainingRepositoryAuthConfig")



@_attrs_define
class TrainingRepositoryAuthConfig:
    """ An object containing authentication information for a private Docker registry.

        Attributes:
            training_repository_credentials_provider_arn (str): The ARN of a Lambda function that gives SageMaker
                credentials for the registry.
     """

    training_repository_credentials_provider_arn: str





    def to_dict(self) -> dict[str, Any]:
        training_repository_credentials_provider_arn = self.training_repository_credentials_provider_arn


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "TrainingRepositoryCredentialsProviderArn": training_repository_credentials_provider_arn,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        training_repository_credentials_provider_arn = d.pop("TrainingRepositoryCredentialsProviderArn")

        training_repository_auth_config = cls(
            training_repository_credentials_provider_arn=training_repository_credentials_provider_arn,
        )

        return training_repository_auth_config

