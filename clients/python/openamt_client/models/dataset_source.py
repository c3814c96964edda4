from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="DatasetSource")



@_attrs_define
class DatasetSource:
    """ Specifies a dataset source for a channel.

        Attributes:
            dataset_arn (str): The ARN of the dataset resource.
     """

    dataset_arn: str





    def to_dict(self) -> dict[str, Any]:
        dataset_arn = self.dataset_arn


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "DatasetArn": dataset_arn,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dataset_arn = d.pop("DatasetArn")

        dataset_source = cls(
            dataset_arn=dataset_arn,
        )

        return dataset_source

