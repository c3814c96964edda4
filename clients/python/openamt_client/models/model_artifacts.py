from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ModelArtifacts")



@_attrs_define
class ModelArtifacts:
    """ Provides information about the location that is configured for storing model artifacts.

        Attributes:
            s3_model_artifacts (str): The path of the S3 object that contains the model artifacts.
     """

    s3_model_artifacts: str





    def to_dict(self) -> dict[str, Any]:
        s3_model_artifacts = self.s3_model_artifacts


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "S3ModelArtifacts": s3_model_artifacts,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        s3_model_artifacts = d.pop("S3ModelArtifacts")

        model_artifacts = cls(
            s3_model_artifacts=s3_model_artifacts,
        )

        return model_artifacts

