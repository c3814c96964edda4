from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.capture_option_capturemode import CaptureOptionCapturemode






T = TypeVar("T", bound="CaptureOption")



@_attrs_define
class CaptureOption:
    """ Specifies data Model Monitor will capture.

        Attributes:
            capture_mode (CaptureOptionCapturemode): Specify the boundary of data to capture.
     """

    capture_mode: CaptureOptionCapturemode





    def to_dict(self) -> dict[str, Any]:
        capture_mode = self.capture_mode.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "CaptureMode": capture_mode,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        capture_mode = CaptureOptionCapturemode(d.pop("CaptureMode"))




        capture_option = cls(
            capture_mode=capture_mode,
        )

        return capture_option

