from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.endpoint_summary_endpointstatus import EndpointSummaryEndpointstatus
from typing import cast
import datetime






T = TypeVar("T", bound="EndpointSummary")



@_attrs_define
class EndpointSummary:
    """ Provides summary information for an endpoint.

        Attributes:
            creation_time (datetime.datetime): A timestamp that shows when the endpoint was created.
            endpoint_arn (str): The Amazon Resource Name (ARN) of the endpoint.
            endpoint_name (str): The name of the endpoint.
            endpoint_status (EndpointSummaryEndpointstatus): The status of the endpoint.
            last_modified_time (datetime.datetime): A timestamp that shows when the endpoint was last modified.
     """

    creation_time: datetime.datetime
    endpoint_arn: str
    endpoint_name: str
    endpoint_status: EndpointSummaryEndpointstatus
    last_modified_time: datetime.datetime





    def to_dict(self) -> dict[str, Any]:
        creation_time = self.creation_time.isoformat()

        endpoint_arn = self.endpoint_arn

        endpoint_name = self.endpoint_name

        endpoint_status = self.endpoint_status.value

        last_modified_time = self.last_modified_time.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "CreationTime": creation_time,
            "EndpointArn": endpoint_arn,
            "EndpointName": endpoint_name,
            "EndpointStatus": endpoint_status,
            "LastModifiedTime": last_modified_time,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        creation_time = datetime.datetime.fromisoformat(d.pop("CreationTime"))




        endpoint_arn = d.pop("EndpointArn")

        endpoint_name = d.pop("EndpointName")

        endpoint_status = EndpointSummaryEndpointstatus(d.pop("EndpointStatus"))




        last_modified_time = datetime.datetime.fromisoformat(d.pop("LastModifiedTime"))




        endpoint_summary = cls(
            creation_time=creation_time,
            endpoint_arn=endpoint_arn,
            endpoint_name=endpoint_name,
            endpoint_status=endpoint_status,
            last_modified_time=last_modified_time,
        )

        return endpoint_summary

