from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Alarm")



@_attrs_define
class Alarm:
    """ An Amazon CloudWatch alarm configured to monitor metrics on an endpoint.

        Attributes:
            alarm_name (None | str | Unset): The name of a CloudWatch alarm in your account.
     """

    alarm_name: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        alarm_name: None | str | Unset
        if isinstance(self.alarm_name, Unset):
            alarm_name = UNSET
        else:
            alarm_name = self.alarm_name


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if alarm_name is not UNSET:
            field_dict["AlarmName"] = alarm_name

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_alarm_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alarm_name = _parse_alarm_name(d.pop("AlarmName", UNSET))


        alarm = cls(
            alarm_name=alarm_name,
        )

        return alarm

