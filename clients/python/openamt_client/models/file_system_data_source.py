from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.file_system_data_source_filesystemaccessmode import FileSystemDataSourceFilesystemaccessmode
from ..models.file_system_data_source_filesystemtype import FileSystemDataSourceFilesystemtype






T = TypeVar("T", bound="FileSystemDataSource")



@_attrs_define
class FileSystemDataSource:
    """ Specifies a file system data source for a channel.

        Attributes:
            directory_path (str): The full path to the directory to associate with the channel.
            file_system_access_mode (FileSystemDataSourceFilesystemaccessmode): The access mode of the mount of the
                directory associated with the channel.
            file_system_id (str): The file system id.
            file_system_type (FileSystemDataSourceFilesystemtype): The file system type.
     """

    directory_path: str
    file_system_access_mode: FileSystemDataSourceFilesystemaccessmode
    file_system_id: str
    file_system_type: FileSystemDataSourceFilesystemtype





    def to_dict(self) -> dict[str, Any]:
        directory_path = self.directory_path

        file_system_access_mode = self.file_system_access_mode.value

        file_system_id = self.file_system_id

        file_system_type = self.file_system_type.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "DirectoryPath": directory_path,
            "FileSystemAccessMode": file_system_access_mode,
            "FileSystemId": file_system_id,
            "FileSystemType": file_system_type,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        directory_path = d.pop("DirectoryPath")

        file_system_access_mode = FileSystemDataSourceFilesystemaccessmode(d.pop("FileSystemAccessMode"))




        file_system_id = d.pop("FileSystemId")

        file_system_type = FileSystemDataSourceFilesystemtype(d.pop("FileSystemType"))




        file_system_data_source = cls(
            directory_path=directory_path,
            file_system_access_mode=file_system_access_mode,
            file_system_id=file_system_id,
            file_system_type=file_system_type,
        )

        return file_system_data_source

