from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="CreateEndpointConfigResponse")



@_attrs_define
class CreateEndpointConfigResponse:
    """ See SageMaker's API reference.

        Attributes:
            endpoint_config_arn (str): The Amazon Resource Name (ARN) of the endpoint configuration.
     """

    endpoint_config_arn: str





    def to_dict(self) -> dict[str, Any]:
        endpoint_config_arn = self.endpoint_config_arn


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "EndpointConfigArn": endpoint_config_arn,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        endpoint_config_arn = d.pop("EndpointConfigArn")

        create_endpoint_config_response = cls(
            endpoint_config_arn=endpoint_config_arn,
        )

        return create_endpoint_config_response

