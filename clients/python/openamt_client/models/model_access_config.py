from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ModelAccessConfig")



@_attrs_define
class ModelAccessConfig:
    """ The access configuration file to control access to the ML model.

        Attributes:
            accept_eula (bool): Specifies agreement to the model end-user license agreement (EULA).
     """

    accept_eula: bool





    def to_dict(self) -> dict[str, Any]:
        accept_eula = self.accept_eula


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "AcceptEula": accept_eula,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accept_eula = d.pop("AcceptEula")

        model_access_config = cls(
            accept_eula=accept_eula,
        )

        return model_access_config

