from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="ModelSummary")



@_attrs_define
class ModelSummary:
    """ Provides summary information about a model.

        Attributes:
            creation_time (datetime.datetime): A timestamp that indicates when the model was created.
            model_arn (str): The Amazon Resource Name (ARN) of the model.
            model_name (str): The name of the model that you want a summary for.
     """

    creation_time: datetime.datetime
    model_arn: str
    model_name: str





    def to_dict(self) -> dict[str, Any]:
        creation_time = self.creation_time.isoformat()

        model_arn = self.model_arn

        model_name = self.model_name


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "CreationTime": creation_time,
            "ModelArn": model_arn,
            "ModelName": model_name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        creation_time = datetime.datetime.fromisoformat(d.pop("CreationTime"))




        model_arn = d.pop("ModelArn")

        model_name = d.pop("ModelName")

        model_summary = cls(
            creation_time=creation_time,
            model_arn=model_arn,
            model_name=model_name,
        )

        return model_summary

