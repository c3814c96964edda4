from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="TensorBoardOutputConfig")



@_attrs_define
class TensorBoardOutputConfig:
    """ Configuration of storage locations for the SageMaker Debugger TensorBoard output data.

        Attributes:
            s3_output_path (str): Path to Amazon S3 storage location for TensorBoard output.
            local_path (None | str | Unset): Path to local storage location for tensorBoard output.
     """

    s3_output_path: str
    local_path: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        s3_output_path = self.s3_output_path

        local_path: None | str | Unset
        if isinstance(self.local_path, Unset):
            local_path = UNSET
        else:
            local_path = self.local_path


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "S3OutputPath": s3_output_path,
        })
        if local_path is not UNSET:
            field_dict["LocalPath"] = local_path

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        s3_output_path = d.pop("S3OutputPath")

        def _parse_local_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        local_path = _parse_local_path(d.pop("LocalPath", UNSET))


        tensor_board_output_config = cls(
            s3_output_path=s3_output_path,
            local_path=local_path,
        )

        return tensor_board_output_config

