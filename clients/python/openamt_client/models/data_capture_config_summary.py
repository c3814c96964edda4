from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.data_capture_config_summary_capturestatus import DataCaptureConfigSummaryCapturestatus






T = TypeVar("T", bound="DataCaptureConfigSummary")



@_attrs_define
class DataCaptureConfigSummary:
    """ The currently active data capture configuration used by your Endpoint.

        Attributes:
            capture_status (DataCaptureConfigSummaryCapturestatus): Whether data capture is currently functional.
            current_sampling_percentage (int): The percentage of requests being captured by your Endpoint.
            destination_s3_uri (str): The Amazon S3 location being used to capture the data.
            enable_capture (bool): Whether data capture is enabled or disabled.
            kms_key_id (str): The KMS key being used to encrypt the data in Amazon S3.
     """

    capture_status: DataCaptureConfigSummaryCapturestatus
    current_sampling_percentage: int
    destination_s3_uri: str
    enable_capture: bool
    kms_key_id: str





    def to_dict(self) -> dict[str, Any]:
        capture_status = self.capture_status.value

        current_sampling_percentage = self.current_sampling_percentage

        destination_s3_uri = self.destination_s3_uri

        enable_capture = self.enable_capture

        kms_key_id = self.kms_key_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "CaptureStatus": capture_status,
            "CurrentSamplingPercentage": current_sampling_percentage,
            "DestinationS3Uri": destination_s3_uri,
            "EnableCapture": enable_capture,
            "KmsKeyId": kms_key_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        capture_status = DataCaptureConfigSummaryCapturestatus(d.pop("CaptureStatus"))




        current_sampling_percentage = d.pop("CurrentSamplingPercentage")

        destination_s3_uri = d.pop("DestinationS3Uri")

        enable_capture = d.pop("EnableCapture")

        kms_key_id = d.pop("KmsKeyId")

        data_capture_config_summary = cls(
            capture_status=capture_status,
            current_sampling_percentage=current_sampling_percentage,
            destination_s3_uri=destination_s3_uri,
            enable_capture=enable_capture,
            kms_key_id=kms_key_id,
        )

        return data_capture_config_summary

