from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="CreateModelResponse")



@_attrs_define
class CreateModelResponse:
    """ See SageMaker's API reference.

        Attributes:
            model_arn (str): The ARN of the model created in SageMaker.
     """

    model_arn: str





    def to_dict(self) -> dict[str, Any]:
        model_arn = self.model_arn


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "ModelArn": model_arn,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_arn = d.pop("ModelArn")

        create_model_response = cls(
            model_arn=model_arn,
        )

        return create_model_response

