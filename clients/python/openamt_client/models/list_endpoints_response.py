from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.endpoint_summary import EndpointSummary





T = TypeVar("T", bound="ListEndpointsResponse")



@_attrs_define
class ListEndpointsResponse:
    """ See SageMaker's API reference.

        Attributes:
            endpoints (list[EndpointSummary]): An array or endpoint objects.
            next_token (None | str | Unset): If the response is truncated, SageMaker returns this token.
     """

    endpoints: list[EndpointSummary]
    next_token: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.endpoint_summary import EndpointSummary # noqa: PLC0415
        endpoints = []
        for endpoints_item_data in self.endpoints:
            endpoints_item = endpoints_item_data.to_dict()
            endpoints.append(endpoints_item)



        next_token: None | str | Unset
        if isinstance(self.next_token, Unset):
            next_token = UNSET
        else:
            next_token = self.next_token


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "Endpoints": endpoints,
        })
        if next_token is not UNSET:
            field_dict["NextToken"] = next_token

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.endpoint_summary import EndpointSummary # noqa: PLC0415
        d = dict(src_dict)
        endpoints = []
        _endpoints = d.pop("Endpoints")
        for endpoints_item_data in (_endpoints):
            endpoints_item = EndpointSummary.from_dict(endpoints_item_data)



            endpoints.append(endpoints_item)


        def _parse_next_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_token = _parse_next_token(d.pop("NextToken", UNSET))


        list_endpoints_response = cls(
            endpoints=endpoints,
            next_token=next_token,
        )

        return list_endpoints_response

