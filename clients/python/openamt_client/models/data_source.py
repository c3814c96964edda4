from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.dataset_source import DatasetSource
  from ..models.file_system_data_source import FileSystemDataSource
  from ..models.s3_data_source import S3DataSource





T = TypeVar("T", bound="DataSource")



@_attrs_define
class DataSource:
    """ Describes the location of the channel data.

        Attributes:
            dataset_source (DatasetSource | None | Unset): The dataset resource that's associated with a channel.
            file_system_data_source (FileSystemDataSource | None | Unset): The file system that is associated with a
                channel.
            s3_data_source (None | S3DataSource | Unset): The S3 location of the data source that is associated with a
                channel.
     """

    dataset_source: DatasetSource | None | Unset = UNSET
    file_system_data_source: FileSystemDataSource | None | Unset = UNSET
    s3_data_source: None | S3DataSource | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.dataset_source import DatasetSource # noqa: PLC0415
        from ..models.file_system_data_source import FileSystemDataSource # noqa: PLC0415
        from ..models.s3_data_source import S3DataSource # noqa: PLC0415
        dataset_source: dict[str, Any] | None | Unset
        if isinstance(self.dataset_source, Unset):
            dataset_source = UNSET
        elif isinstance(self.dataset_source, DatasetSource):
            dataset_source = self.dataset_source.to_dict()
        else:
            dataset_source = self.dataset_source

        file_system_data_source: dict[str, Any] | None | Unset
        if isinstance(self.file_system_data_source, Unset):
            file_system_data_source = UNSET
        elif isinstance(self.file_system_data_source, FileSystemDataSource):
            file_system_data_source = self.file_system_data_source.to_dict()
        else:
            file_system_data_source = self.file_system_data_source

        s3_data_source: dict[str, Any] | None | Unset
        if isinstance(self.s3_data_source, Unset):
            s3_data_source = UNSET
        elif isinstance(self.s3_data_source, S3DataSource):
            s3_data_source = self.s3_data_source.to_dict()
        else:
            s3_data_source = self.s3_data_source


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if dataset_source is not UNSET:
            field_dict["DatasetSource"] = dataset_source
        if file_system_data_source is not UNSET:
            field_dict["FileSystemDataSource"] = file_system_data_source
        if s3_data_source is not UNSET:
            field_dict["S3DataSource"] = s3_data_source

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dataset_source import DatasetSource # noqa: PLC0415
        from ..models.file_system_data_source import FileSystemDataSource # noqa: PLC0415
        from ..models.s3_data_source import S3DataSource # noqa: PLC0415
        d = dict(src_dict)
        def _parse_dataset_source(data: object) -> DatasetSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dataset_source_type_0 = DatasetSource.from_dict(data)



                return dataset_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetSource | None | Unset, data)

        dataset_source = _parse_dataset_source(d.pop("DatasetSource", UNSET))


        def _parse_file_system_data_source(data: object) -> FileSystemDataSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                file_system_data_source_type_0 = FileSystemDataSource.from_dict(data)



                return file_system_data_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FileSystemDataSource | None | Unset, data)

        file_system_data_source = _parse_file_system_data_source(d.pop("FileSystemDataSource", UNSET))


        def _parse_s3_data_source(data: object) -> None | S3DataSource | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                s3_data_source_type_0 = S3DataSource.from_dict(data)



                return s3_data_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | S3DataSource | Unset, data)

        s3_data_source = _parse_s3_data_source(d.pop("S3DataSource", UNSET))


        data_source = cls(
            dataset_source=dataset_source,
            file_system_data_source=file_system_data_source,
            s3_data_source=s3_data_source,
        )

        return data_source

