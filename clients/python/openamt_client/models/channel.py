from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.channel_compression_type_type_0 import ChannelCompressionTypeType0
from ..models.channel_input_mode_type_0 import ChannelInputModeType0
from ..models.channel_record_wrapper_type_type_0 import ChannelRecordWrapperTypeType0
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.data_source import DataSource
  from ..models.shuffle_config import ShuffleConfig





T = TypeVar("T", bound="Channel")



@_attrs_define
class Channel:
    """ A channel is a named input source that training algorithms can consume.

        Attributes:
            channel_name (str): The name of the channel.
            data_source (DataSource): Describes the location of the channel data.
            compression_type (ChannelCompressionTypeType0 | None | Unset): If training data is compressed, the compression
                type.
            content_type (None | str | Unset): The MIME type of the data.
            input_mode (ChannelInputModeType0 | None | Unset): The input mode of this channel, overriding the algorithm
                default.
            record_wrapper_type (ChannelRecordWrapperTypeType0 | None | Unset): RecordIO when the data is raw but the
                algorithm requires RecordIO.
            shuffle_config (None | ShuffleConfig | Unset): A configuration for a shuffle option for input data in a channel.
     """

    channel_name: str
    data_source: DataSource
    compression_type: ChannelCompressionTypeType0 | None | Unset = UNSET
    content_type: None | str | Unset = UNSET
    input_mode: ChannelInputModeType0 | None | Unset = UNSET
    record_wrapper_type: ChannelRecordWrapperTypeType0 | None | Unset = UNSET
    shuffle_config: None | ShuffleConfig | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.data_source import DataSource # noqa: PLC0415
        from ..models.shuffle_config import ShuffleConfig # noqa: PLC0415
        channel_name = self.channel_name

        data_source = self.data_source.to_dict()

        compression_type: None | str | Unset
        if isinstance(self.compression_type, Unset):
            compression_type = UNSET
        elif isinstance(self.compression_type, ChannelCompressionTypeType0):
            compression_type = self.compression_type.value
        else:
            compression_type = self.compression_type

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        input_mode: None | str | Unset
        if isinstance(self.input_mode, Unset):
            input_mode = UNSET
        elif isinstance(self.input_mode, ChannelInputModeType0):
            input_mode = self.input_mode.value
        else:
            input_mode = self.input_mode

        record_wrapper_type: None | str | Unset
        if isinstance(self.record_wrapper_type, Unset):
            record_wrapper_type = UNSET
        elif isinstance(self.record_wrapper_type, ChannelRecordWrapperTypeType0):
            record_wrapper_type = self.record_wrapper_type.value
        else:
            record_wrapper_type = self.record_wrapper_type

        shuffle_config: dict[str, Any] | None | Unset
        if isinstance(self.shuffle_config, Unset):
            shuffle_config = UNSET
        elif isinstance(self.shuffle_config, ShuffleConfig):
            shuffle_config = self.shuffle_config.to_dict()
        else:
            shuffle_config = self.shuffle_config


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "ChannelName": channel_name,
            "DataSource": data_source,
        })
        if compression_type is not UNSET:
            field_dict["CompressionType"] = compression_type
        if content_type is not UNSET:
            field_dict["ContentType"] = content_type
        if input_mode is not UNSET:
            field_dict["InputMode"] = input_mode
        if record_wrapper_type is not UNSET:
            field_dict["RecordWrapperType"] = record_wrapper_type
        if shuffle_config is not UNSET:
            field_dict["ShuffleConfig"] = shuffle_config

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_source import DataSource # noqa: PLC0415
        from ..models.shuffle_config import ShuffleConfig # noqa: PLC0415
        d = dict(src_dict)
        channel_name = d.pop("ChannelName")

        data_source = DataSource.from_dict(d.pop("DataSource"))




        def _parse_compression_type(data: object) -> ChannelCompressionTypeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                compression_type_type_0 = ChannelCompressionTypeType0(data)



                return compression_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChannelCompressionTypeType0 | None | Unset, data)

        compression_type = _parse_compression_type(d.pop("CompressionType", UNSET))


        def _parse_content_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_type = _parse_content_type(d.pop("ContentType", UNSET))


        def _parse_input_mode(data: object) -> ChannelInputModeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                input_mode_type_0 = ChannelInputModeType0(data)



                return input_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChannelInputModeType0 | None | Unset, data)

        input_mode = _parse_input_mode(d.pop("InputMode", UNSET))


        def _parse_record_wrapper_type(data: object) -> ChannelRecordWrapperTypeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                record_wrapper_type_type_0 = ChannelRecordWrapperTypeType0(data)



                return record_wrapper_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChannelRecordWrapperTypeType0 | None | Unset, data)

        record_wrapper_type = _parse_record_wrapper_type(d.pop("RecordWrapperType", UNSET))


        def _parse_shuffle_config(data: object) -> None | ShuffleConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shuffle_config_type_0 = ShuffleConfig.from_dict(data)



                return shuffle_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ShuffleConfig | Unset, data)

        shuffle_config = _parse_shuffle_config(d.pop("ShuffleConfig", UNSET))


        channel = cls(
            channel_name=channel_name,
            data_source=data_source,
            compression_type=compression_type,
            content_type=content_type,
            input_mode=input_mode,
            record_wrapper_type=record_wrapper_type,
            shuffle_config=shuffle_config,
        )

        return channel

