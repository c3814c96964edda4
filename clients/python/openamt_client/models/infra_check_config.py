from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="InfraCheckConfig")



@_attrs_define
class InfraCheckConfig:
    """ Configuration information for the infrastructure health check of a training job.

        Attributes:
            enable_infra_check (bool | None | Unset): Enables an infrastructure health check.
     """

    enable_infra_check: bool | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        enable_infra_check: bool | None | Unset
        if isinstance(self.enable_infra_check, Unset):
            enable_infra_check = UNSET
        else:
            enable_infra_check = self.enable_infra_check


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if enable_infra_check is not UNSET:
            field_dict["EnableInfraCheck"] = enable_infra_check

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_enable_infra_check(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_infra_check = _parse_enable_infra_check(d.pop("EnableInfraCheck", UNSET))


        infra_check_config = cls(
            enable_infra_check=enable_infra_check,
        )

        return infra_check_config

