from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ModelPackageConfig")



@_attrs_define
class ModelPackageConfig:
    """ The configuration for the Model package.

        Attributes:
            model_package_group_arn (str): The ARN of the model package group of output model package.
            source_model_package_arn (None | str | Unset): The ARN of the source model package, for continued fine-tuning or
                evaluation.
     """

    model_package_group_arn: str
    source_model_package_arn: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        model_package_group_arn = self.model_package_group_arn

        source_model_package_arn: None | str | Unset
        if isinstance(self.source_model_package_arn, Unset):
            source_model_package_arn = UNSET
        else:
            source_model_package_arn = self.source_model_package_arn


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "ModelPackageGroupArn": model_package_group_arn,
        })
        if source_model_package_arn is not UNSET:
            field_dict["SourceModelPackageArn"] = source_model_package_arn

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_package_group_arn = d.pop("ModelPackageGroupArn")

        def _parse_source_model_package_arn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_model_package_arn = _parse_source_model_package_arn(d.pop("SourceModelPackageArn", UNSET))


        model_package_config = cls(
            model_package_group_arn=model_package_group_arn,
            source_model_package_arn=source_model_package_arn,
        )

        return model_package_config

