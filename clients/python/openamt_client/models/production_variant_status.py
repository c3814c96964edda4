from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.production_variant_status_status import ProductionVariantStatusStatus
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ProductionVariantStatus")



@_attrs_define
class ProductionVariantStatus:
    """ Describes the status of the production variant.

        Attributes:
            status (ProductionVariantStatusStatus): The endpoint variant status which describes the current deployment stage
                status or operational status.
            start_time (datetime.datetime | None | Unset): The start time of the current status change.
            status_message (None | str | Unset): A message that describes the status of the production variant.
     """

    status: ProductionVariantStatusStatus
    start_time: datetime.datetime | None | Unset = UNSET
    status_message: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        status_message: None | str | Unset
        if isinstance(self.status_message, Unset):
            status_message = UNSET
        else:
            status_message = self.status_message


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "Status": status,
        })
        if start_time is not UNSET:
            field_dict["StartTime"] = start_time
        if status_message is not UNSET:
            field_dict["StatusMessage"] = status_message

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = ProductionVariantStatusStatus(d.pop("Status"))




        def _parse_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_time_type_0 = datetime.datetime.fromisoformat(data)



                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_time = _parse_start_time(d.pop("StartTime", UNSET))


        def _parse_status_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_message = _parse_status_message(d.pop("StatusMessage", UNSET))


        production_variant_status = cls(
            status=status,
            start_time=start_time,
            status_message=status_message,
        )

        return production_variant_status

