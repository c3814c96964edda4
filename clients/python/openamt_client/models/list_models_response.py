from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.model_summary import ModelSummary





T = TypeVar("T", bound="ListModelsResponse")



@_attrs_define
class ListModelsResponse:
    """ A page of ListModels.

        Attributes:
            models (list[ModelSummary]): An array of ModelSummary objects.
            next_token (None | str | Unset): The token for the next page, when the list was truncated.
     """

    models: list[ModelSummary]
    next_token: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.model_summary import ModelSummary # noqa: PLC0415
        models = []
        for models_item_data in self.models:
            models_item = models_item_data.to_dict()
            models.append(models_item)



        next_token: None | str | Unset
        if isinstance(self.next_token, Unset):
            next_token = UNSET
        else:
            next_token = self.next_token


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "Models": models,
        })
        if next_token is not UNSET:
            field_dict["NextToken"] = next_token

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_summary import ModelSummary # noqa: PLC0415
        d = dict(src_dict)
        models = []
        _models = d.pop("Models")
        for models_item_data in (_models):
            models_item = ModelSummary.from_dict(models_item_data)



            models.append(models_item)


        def _parse_next_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_token = _parse_next_token(d.pop("NextToken", UNSET))


        list_models_response = cls(
            models=models,
            next_token=next_token,
        )

        return list_models_response

