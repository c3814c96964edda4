from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.alarm import Alarm





T = TypeVar("T", bound="AutoRollbackConfig")



@_attrs_define
class AutoRollbackConfig:
    """ Automatic rollback configuration for handling endpoint deployment failures and recovery.

        Attributes:
            alarms (list[Alarm] | None | Unset): List of CloudWatch alarms in your account that are configured to monitor
                metrics on an endpoint.
     """

    alarms: list[Alarm] | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.alarm import Alarm # noqa: PLC0415
        alarms: list[dict[str, Any]] | None | Unset
        if isinstance(self.alarms, Unset):
            alarms = UNSET
        elif isinstance(self.alarms, list):
            alarms = []
            for alarms_type_0_item_data in self.alarms:
                alarms_type_0_item = alarms_type_0_item_data.to_dict()
                alarms.append(alarms_type_0_item)


        else:
            alarms = self.alarms


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if alarms is not UNSET:
            field_dict["Alarms"] = alarms

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alarm import Alarm # noqa: PLC0415
        d = dict(src_dict)
        def _parse_alarms(data: object) -> list[Alarm] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                alarms_type_0 = []
                _alarms_type_0 = data
                for alarms_type_0_item_data in (_alarms_type_0):
                    alarms_type_0_item = Alarm.from_dict(alarms_type_0_item_data)



                    alarms_type_0.append(alarms_type_0_item)

                return alarms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Alarm] | None | Unset, data)

        alarms = _parse_alarms(d.pop("Alarms", UNSET))


        auto_rollback_config = cls(
            alarms=alarms,
        )

        return auto_rollback_config

