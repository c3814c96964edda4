from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.s3_model_data_source import S3ModelDataSource





T = TypeVar("T", bound="ModelDataSource")



@_attrs_define
class ModelDataSource:
    """ Specifies the location of ML model data to deploy.

        Attributes:
            s3_data_source (None | S3ModelDataSource | Unset): Specifies the S3 location of ML model data to deploy.
     """

    s3_data_source: None | S3ModelDataSource | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.s3_model_data_source import S3ModelDataSource # noqa: PLC0415
        s3_data_source: dict[str, Any] | None | Unset
        if isinstance(self.s3_data_source, Unset):
            s3_data_source = UNSET
        elif isinstance(self.s3_data_source, S3ModelDataSource):
            s3_data_source = self.s3_data_source.to_dict()
        else:
            s3_data_source = self.s3_data_source


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if s3_data_source is not UNSET:
            field_dict["S3DataSource"] = s3_data_source

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.s3_model_data_source import S3ModelDataSource # noqa: PLC0415
        d = dict(src_dict)
        def _parse_s3_data_source(data: object) -> None | S3ModelDataSource | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                s3_data_source_type_0 = S3ModelDataSource.from_dict(data)



                return s3_data_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | S3ModelDataSource | Unset, data)

        s3_data_source = _parse_s3_data_source(d.pop("S3DataSource", UNSET))


        model_data_source = cls(
            s3_data_source=s3_data_source,
        )

        return model_data_source

