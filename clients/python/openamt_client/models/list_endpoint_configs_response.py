from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.endpoint_config_summary import EndpointConfigSummary





T = TypeVar("T", bound="ListEndpointConfigsResponse")



@_attrs_define
class ListEndpointConfigsResponse:
    """ A page of ListEndpointConfigs.

        Attributes:
            endpoint_configs (list[EndpointConfigSummary]): An array of endpoint configurations.
            next_token (None | str | Unset): The token for the next page, when the list was truncated.
     """

    endpoint_configs: list[EndpointConfigSummary]
    next_token: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.endpoint_config_summary import EndpointConfigSummary # noqa: PLC0415
        endpoint_configs = []
        for endpoint_configs_item_data in self.endpoint_configs:
            endpoint_configs_item = endpoint_configs_item_data.to_dict()
            endpoint_configs.append(endpoint_configs_item)



        next_token: None | str | Unset
        if isinstance(self.next_token, Unset):
            next_token = UNSET
        else:
            next_token = self.next_token


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "EndpointConfigs": endpoint_configs,
        })
        if next_token is not UNSET:
            field_dict["NextToken"] = next_token

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.endpoint_config_summary import EndpointConfigSummary # noqa: PLC0415
        d = dict(src_dict)
        endpoint_configs = []
        _endpoint_configs = d.pop("EndpointConfigs")
        for endpoint_configs_item_data in (_endpoint_configs):
            endpoint_configs_item = EndpointConfigSummary.from_dict(endpoint_configs_item_data)



            endpoint_configs.append(endpoint_configs_item)


        def _parse_next_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_token = _parse_next_token(d.pop("NextToken", UNSET))


        list_endpoint_configs_response = cls(
            endpoint_configs=endpoint_configs,
            next_token=next_token,
        )

        return list_endpoint_configs_response

