from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.capture_content_type_header import CaptureContentTypeHeader
  from ..models.capture_option import CaptureOption





T = TypeVar("T", bound="DataCaptureConfig")



@_attrs_define
class DataCaptureConfig:
    """ Configuration to control how SageMaker AI captures inference data.

        Attributes:
            capture_options (list[CaptureOption]): Specifies data Model Monitor will capture.
            destination_s3_uri (str): The Amazon S3 location used to capture the data.
            initial_sampling_percentage (int): The percentage of requests SageMaker AI will capture.
            capture_content_type_header (CaptureContentTypeHeader | None | Unset): Configuration specifying how to treat
                different headers.
            enable_capture (bool | None | Unset): Whether data capture should be enabled or disabled (defaults to enabled).
            kms_key_id (None | str | Unset): The Amazon Resource Name (ARN) of an Key Management Service key that SageMaker
                AI uses to encrypt the captured data at rest using Amazon S3 server-side...
     """

    capture_options: list[CaptureOption]
    destination_s3_uri: str
    initial_sampling_percentage: int
    capture_content_type_header: CaptureContentTypeHeader | None | Unset = UNSET
    enable_capture: bool | None | Unset = UNSET
    kms_key_id: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.capture_content_type_header import CaptureContentTypeHeader # noqa: PLC0415
        from ..models.capture_option import CaptureOption # noqa: PLC0415
        capture_options = []
        for capture_options_item_data in self.capture_options:
            capture_options_item = capture_options_item_data.to_dict()
            capture_options.append(capture_options_item)



        destination_s3_uri = self.destination_s3_uri

        initial_sampling_percentage = self.initial_sampling_percentage

        capture_content_type_header: dict[str, Any] | None | Unset
        if isinstance(self.capture_content_type_header, Unset):
            capture_content_type_header = UNSET
        elif isinstance(self.capture_content_type_header, CaptureContentTypeHeader):
            capture_content_type_header = self.capture_content_type_header.to_dict()
        else:
            capture_content_type_header = self.capture_content_type_header

        enable_capture: bool | None | Unset
        if isinstance(self.enable_capture, Unset):
            enable_capture = UNSET
        else:
            enable_capture = self.enable_capture

        kms_key_id: None | str | Unset
        if isinstance(self.kms_key_id, Unset):
            kms_key_id = UNSET
        else:
            kms_key_id = self.kms_key_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "CaptureOptions": capture_options,
            "DestinationS3Uri": destination_s3_uri,
            "InitialSamplingPercentage": initial_sampling_percentage,
        })
        if capture_content_type_header is not UNSET:
            field_dict["CaptureContentTypeHeader"] = capture_content_type_header
        if enable_capture is not UNSET:
            field_dict["EnableCapture"] = enable_capture
        if kms_key_id is not UNSET:
            field_dict["KmsKeyId"] = kms_key_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.capture_content_type_header import CaptureContentTypeHeader # noqa: PLC0415
        from ..models.capture_option import CaptureOption # noqa: PLC0415
        d = dict(src_dict)
        capture_options = []
        _capture_options = d.pop("CaptureOptions")
        for capture_options_item_data in (_capture_options):
            capture_options_item = CaptureOption.from_dict(capture_options_item_data)



            capture_options.append(capture_options_item)


        destination_s3_uri = d.pop("DestinationS3Uri")

        initial_sampling_percentage = d.pop("InitialSamplingPercentage")

        def _parse_capture_content_type_header(data: object) -> CaptureContentTypeHeader | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                capture_content_type_header_type_0 = CaptureContentTypeHeader.from_dict(data)



                return capture_content_type_header_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaptureContentTypeHeader | None | Unset, data)

        capture_content_type_header = _parse_capture_content_type_header(d.pop("CaptureContentTypeHeader", UNSET))


        def _parse_enable_capture(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_capture = _parse_enable_capture(d.pop("EnableCapture", UNSET))


        def _parse_kms_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        kms_key_id = _parse_kms_key_id(d.pop("KmsKeyId", UNSET))


        data_capture_config = cls(
            capture_options=capture_options,
            destination_s3_uri=destination_s3_uri,
            initial_sampling_percentage=initial_sampling_percentage,
            capture_content_type_header=capture_content_type_header,
            enable_capture=enable_capture,
            kms_key_id=kms_key_id,
        )

        return data_capture_config

