from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="DeployedImage")



@_attrs_define
class DeployedImage:
    """ Gets the Amazon EC2 Container Registry path of the docker image of the model that is...

        Attributes:
            resolution_time (datetime.datetime | None | Unset): The date and time when the image path for the model resolved
                to the ResolvedImage
            resolved_image (None | str | Unset): The specific digest path of the image hosted in this ProductionVariant.
            specified_image (None | str | Unset): The image path you specified when you created the model.
     """

    resolution_time: datetime.datetime | None | Unset = UNSET
    resolved_image: None | str | Unset = UNSET
    specified_image: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        resolution_time: None | str | Unset
        if isinstance(self.resolution_time, Unset):
            resolution_time = UNSET
        elif isinstance(self.resolution_time, datetime.datetime):
            resolution_time = self.resolution_time.isoformat()
        else:
            resolution_time = self.resolution_time

        resolved_image: None | str | Unset
        if isinstance(self.resolved_image, Unset):
            resolved_image = UNSET
        else:
            resolved_image = self.resolved_image

        specified_image: None | str | Unset
        if isinstance(self.specified_image, Unset):
            specified_image = UNSET
        else:
            specified_image = self.specified_image


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if resolution_time is not UNSET:
            field_dict["ResolutionTime"] = resolution_time
        if resolved_image is not UNSET:
            field_dict["ResolvedImage"] = resolved_image
        if specified_image is not UNSET:
            field_dict["SpecifiedImage"] = specified_image

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_resolution_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolution_time_type_0 = datetime.datetime.fromisoformat(data)



                return resolution_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        resolution_time = _parse_resolution_time(d.pop("ResolutionTime", UNSET))


        def _parse_resolved_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resolved_image = _parse_resolved_image(d.pop("ResolvedImage", UNSET))


        def _parse_specified_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        specified_image = _parse_specified_image(d.pop("SpecifiedImage", UNSET))


        deployed_image = cls(
            resolution_time=resolution_time,
            resolved_image=resolved_image,
            specified_image=specified_image,
        )

        return deployed_image

