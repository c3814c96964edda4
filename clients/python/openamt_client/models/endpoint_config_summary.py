from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="EndpointConfigSummary")



@_attrs_define
class EndpointConfigSummary:
    """ Provides summary information for an endpoint configuration.

        Attributes:
            creation_time (datetime.datetime): A timestamp that shows when the endpoint configuration was created.
            endpoint_config_arn (str): The Amazon Resource Name (ARN) of the endpoint configuration.
            endpoint_config_name (str): The name of the endpoint configuration.
     """

    creation_time: datetime.datetime
    endpoint_config_arn: str
    endpoint_config_name: str





    def to_dict(self) -> dict[str, Any]:
        creation_time = self.creation_time.isoformat()

        endpoint_config_arn = self.endpoint_config_arn

        endpoint_config_name = self.endpoint_config_name


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "CreationTime": creation_time,
            "EndpointConfigArn": endpoint_config_arn,
            "EndpointConfigName": endpoint_config_name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        creation_time = datetime.datetime.fromisoformat(d.pop("CreationTime"))




        endpoint_config_arn = d.pop("EndpointConfigArn")

        endpoint_config_name = d.pop("EndpointConfigName")

        endpoint_config_summary = cls(
            creation_time=creation_time,
            endpoint_config_arn=endpoint_config_arn,
            endpoint_config_name=endpoint_config_name,
        )

        return endpoint_config_summary

