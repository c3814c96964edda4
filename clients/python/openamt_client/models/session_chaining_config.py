from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="SessionChainingConfig")



@_attrs_define
class SessionChainingConfig:
    """ Contains information about attribute-based access control (ABAC) for a training job.

        Attributes:
            enable_session_tag_chaining (bool | None | Unset): Set to True to allow SageMaker to extract session tags from a
                training job.
     """

    enable_session_tag_chaining: bool | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        enable_session_tag_chaining: bool | None | Unset
        if isinstance(self.enable_session_tag_chaining, Unset):
            enable_session_tag_chaining = UNSET
        else:
            enable_session_tag_chaining = self.enable_session_tag_chaining


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if enable_session_tag_chaining is not UNSET:
            field_dict["EnableSessionTagChaining"] = enable_session_tag_chaining

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_enable_session_tag_chaining(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_session_tag_chaining = _parse_enable_session_tag_chaining(d.pop("EnableSessionTagChaining", UNSET))


        session_chaining_config = cls(
            enable_session_tag_chaining=enable_session_tag_chaining,
        )

        return session_chaining_config

