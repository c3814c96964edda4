from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CheckpointConfig")



@_attrs_define
class CheckpointConfig:
    """ Where managed Spot training checkpoints are stored.

        Attributes:
            s3_uri (str): Identifies the S3 path where you want SageMaker to store checkpoints.
            local_path (None | str | Unset): (Optional) The local directory where checkpoints are written.
     """

    s3_uri: str
    local_path: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        s3_uri = self.s3_uri

        local_path: None | str | Unset
        if isinstance(self.local_path, Unset):
            local_path = UNSET
        else:
            local_path = self.local_path


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "S3Uri": s3_uri,
        })
        if local_path is not UNSET:
            field_dict["LocalPath"] = local_path

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        s3_uri = d.pop("S3Uri")

        def _parse_local_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        local_path = _parse_local_path(d.pop("LocalPath", UNSET))


        checkpoint_config = cls(
            s3_uri=s3_uri,
            local_path=local_path,
        )

        return checkpoint_config

