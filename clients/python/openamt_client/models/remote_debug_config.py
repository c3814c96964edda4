from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="RemoteDebugConfig")



@_attrs_define
class RemoteDebugConfig:
    """ Configuration for remote debugging for the CreateTrainingJob API.

        Attributes:
            enable_remote_debug (bool | None | Unset): If set to True, enables remote debugging.
     """

    enable_remote_debug: bool | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        enable_remote_debug: bool | None | Unset
        if isinstance(self.enable_remote_debug, Unset):
            enable_remote_debug = UNSET
        else:
            enable_remote_debug = self.enable_remote_debug


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if enable_remote_debug is not UNSET:
            field_dict["EnableRemoteDebug"] = enable_remote_debug

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_enable_remote_debug(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_remote_debug = _parse_enable_remote_debug(d.pop("EnableRemoteDebug", UNSET))


        remote_debug_config = cls(
            enable_remote_debug=enable_remote_debug,
        )

        return remote_debug_config

