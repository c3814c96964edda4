from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.output_data_config_compression_type_type_0 import OutputDataConfigCompressionTypeType0
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="OutputDataConfig")



@_attrs_define
class OutputDataConfig:
    """ Provides information about how to store model training results (model artifacts).

        Attributes:
            s3_output_path (str): Identifies the S3 path where you want SageMaker to store the model artifacts.
            compression_type (None | OutputDataConfigCompressionTypeType0 | Unset): The model output compression type.
            kms_key_id (None | str | Unset): The KMS key that encrypts the model artifacts at rest in S3.
     """

    s3_output_path: str
    compression_type: None | OutputDataConfigCompressionTypeType0 | Unset = UNSET
    kms_key_id: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        s3_output_path = self.s3_output_path

        compression_type: None | str | Unset
        if isinstance(self.compression_type, Unset):
            compression_type = UNSET
        elif isinstance(self.compression_type, OutputDataConfigCompressionTypeType0):
            compression_type = self.compression_type.value
        else:
            compression_type = self.compression_type

        kms_key_id: None | str | Unset
        if isinstance(self.kms_key_id, Unset):
            kms_key_id = UNSET
        else:
            kms_key_id = self.kms_key_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "S3OutputPath": s3_output_path,
        })
        if compression_type is not UNSET:
            field_dict["CompressionType"] = compression_type
        if kms_key_id is not UNSET:
            field_dict["KmsKeyId"] = kms_key_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        s3_output_path = d.pop("S3OutputPath")

        def _parse_compression_type(data: object) -> None | OutputDataConfigCompressionTypeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                compression_type_type_0 = OutputDataConfigCompressionTypeType0(data)



                return compression_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OutputDataConfigCompressionTypeType0 | Unset, data)

        compression_type = _parse_compression_type(d.pop("CompressionType", UNSET))


        def _parse_kms_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        kms_key_id = _parse_kms_key_id(d.pop("KmsKeyId", UNSET))


        output_data_config = cls(
            s3_output_path=s3_output_path,
            compression_type=compression_type,
            kms_key_id=kms_key_id,
        )

        return output_data_config

