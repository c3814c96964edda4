from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.s3_model_data_source import S3ModelDataSource





T = TypeVar("T", bound="AdditionalModelDataSource")



@_attrs_define
class AdditionalModelDataSource:
    """ Data sources that are available to your model in addition to the one that you specify...

        Attributes:
            channel_name (str): A custom name for this AdditionalModelDataSource object.
            s3_data_source (S3ModelDataSource): Specifies the S3 location of ML model data to deploy.
     """

    channel_name: str
    s3_data_source: S3ModelDataSource





    def to_dict(self) -> dict[str, Any]:
        from ..models.s3_model_data_source import S3ModelDataSource # noqa: PLC0415
        channel_name = self.channel_name

        s3_data_source = self.s3_data_source.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "ChannelName": channel_name,
            "S3DataSource": s3_data_source,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.s3_model_data_source import S3ModelDataSource # noqa: PLC0415
        d = dict(src_dict)
        channel_name = d.pop("ChannelName")

        s3_data_source = S3ModelDataSource.from_dict(d.pop("S3DataSource"))




        additional_model_data_source = cls(
            channel_name=channel_name,
            s3_data_source=s3_data_source,
        )

        return additional_model_data_source

