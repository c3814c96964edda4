from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="UpdateEndpointResponse")



@_attrs_define
class UpdateEndpointResponse:
    """ The answer of UpdateEndpoint.

        Attributes:
            endpoint_arn (str): The Amazon Resource Name (ARN) of the endpoint.
     """

    endpoint_arn: str





    def to_dict(self) -> dict[str, Any]:
        endpoint_arn = self.endpoint_arn


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "EndpointArn": endpoint_arn,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        endpoint_arn = d.pop("EndpointArn")

        update_endpoint_response = cls(
            endpoint_arn=endpoint_arn,
        )

        return update_endpoint_response

