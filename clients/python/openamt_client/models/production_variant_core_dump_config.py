from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ProductionVariantCoreDumpConfig")



@_attrs_define
class ProductionVariantCoreDumpConfig:
    """ Specifies configuration for a core dump from the model container when the process crashes.

        Attributes:
            destination_s3_uri (str): The Amazon S3 bucket to send the core dump to.
            kms_key_id (None | str | Unset): The Amazon Web Services Key Management Service (Amazon Web Services KMS) key
                that SageMaker uses to encrypt the core dump data at rest using Amazon S3...
     """

    destination_s3_uri: str
    kms_key_id: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        destination_s3_uri = self.destination_s3_uri

        kms_key_id: None | str | Unset
        if isinstance(self.kms_key_id, Unset):
            kms_key_id = UNSET
        else:
            kms_key_id = self.kms_key_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "DestinationS3Uri": destination_s3_uri,
        })
        if kms_key_id is not UNSET:
            field_dict["KmsKeyId"] = kms_key_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destination_s3_uri = d.pop("DestinationS3Uri")

        def _parse_kms_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        kms_key_id = _parse_kms_key_id(d.pop("KmsKeyId", UNSET))


        production_variant_core_dump_config = cls(
            destination_s3_uri=destination_s3_uri,
            kms_key_id=kms_key_id,
        )

        return production_variant_core_dump_config

