from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CaptureContentTypeHeader")



@_attrs_define
class CaptureContentTypeHeader:
    """ Configuration specifying how to treat different headers.

        Attributes:
            csv_content_types (list[str] | None | Unset): The list of all content type headers that Amazon SageMaker AI will
                treat as CSV and capture accordingly.
            json_content_types (list[str] | None | Unset): The list of all content type headers that SageMaker AI will treat
                as JSON and capture accordingly.
     """

    csv_content_types: list[str] | None | Unset = UNSET
    json_content_types: list[str] | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        csv_content_types: list[str] | None | Unset
        if isinstance(self.csv_content_types, Unset):
            csv_content_types = UNSET
        elif isinstance(self.csv_content_types, list):
            csv_content_types = self.csv_content_types


        else:
            csv_content_types = self.csv_content_types

        json_content_types: list[str] | None | Unset
        if isinstance(self.json_content_types, Unset):
            json_content_types = UNSET
        elif isinstance(self.json_content_types, list):
            json_content_types = self.json_content_types


        else:
            json_content_types = self.json_content_types


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if csv_content_types is not UNSET:
            field_dict["CsvContentTypes"] = csv_content_types
        if json_content_types is not UNSET:
            field_dict["JsonContentTypes"] = json_content_types

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_csv_content_types(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                csv_content_types_type_0 = cast(list[str], data)

                return csv_content_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        csv_content_types = _parse_csv_content_types(d.pop("CsvContentTypes", UNSET))


        def _parse_json_content_types(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                json_content_types_type_0 = cast(list[str], data)

                return json_content_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        json_content_types = _parse_json_content_types(d.pop("JsonContentTypes", UNSET))


        capture_content_type_header = cls(
            csv_content_types=csv_content_types,
            json_content_types=json_content_types,
        )

        return capture_content_type_header

