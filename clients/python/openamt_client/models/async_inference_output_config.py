from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.async_inference_notification_config import AsyncInferenceNotificationConfig





T = TypeVar("T", bound="AsyncInferenceOutputConfig")



@_attrs_define
class AsyncInferenceOutputConfig:
    """ Specifies the configuration for asynchronous inference invocation outputs.

        Attributes:
            kms_key_id (None | str | Unset): The Amazon Web Services Key Management Service (Amazon Web Services KMS) key
                that SageMaker uses to encrypt the asynchronous inference output in Amazon S3.
            notification_config (AsyncInferenceNotificationConfig | None | Unset): Specifies the configuration for
                notifications of inference results for asynchronous inference.
            s3_failure_path (None | str | Unset): The Amazon S3 location to upload failure inference responses to.
            s3_output_path (None | str | Unset): The Amazon S3 location to upload inference responses to.
     """

    kms_key_id: None | str | Unset = UNSET
    notification_config: AsyncInferenceNotificationConfig | None | Unset = UNSET
    s3_failure_path: None | str | Unset = UNSET
    s3_output_path: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.async_inference_notification_config import AsyncInferenceNotificationConfig # noqa: PLC0415
        kms_key_id: None | str | Unset
        if isinstance(self.kms_key_id, Unset):
            kms_key_id = UNSET
        else:
            kms_key_id = self.kms_key_id

        notification_config: dict[str, Any] | None | Unset
        if isinstance(self.notification_config, Unset):
            notification_config = UNSET
        elif isinstance(self.notification_config, AsyncInferenceNotificationConfig):
            notification_config = self.notification_config.to_dict()
        else:
            notification_config = self.notification_config

        s3_failure_path: None | str | Unset
        if isinstance(self.s3_failure_path, Unset):
            s3_failure_path = UNSET
        else:
            s3_failure_path = self.s3_failure_path

        s3_output_path: None | str | Unset
        if isinstance(self.s3_output_path, Unset):
            s3_output_path = UNSET
        else:
            s3_output_path = self.s3_output_path


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if kms_key_id is not UNSET:
            field_dict["KmsKeyId"] = kms_key_id
        if notification_config is not UNSET:
            field_dict["NotificationConfig"] = notification_config
        if s3_failure_path is not UNSET:
            field_dict["S3FailurePath"] = s3_failure_path
        if s3_output_path is not UNSET:
            field_dict["S3OutputPath"] = s3_output_path

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.async_inference_notification_config import AsyncInferenceNotificationConfig # noqa: PLC0415
        d = dict(src_dict)
        def _parse_kms_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        kms_key_id = _parse_kms_key_id(d.pop("KmsKeyId", UNSET))


        def _parse_notification_config(data: object) -> AsyncInferenceNotificationConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                notification_config_type_0 = AsyncInferenceNotificationConfig.from_dict(data)



                return notification_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AsyncInferenceNotificationConfig | None | Unset, data)

        notification_config = _parse_notification_config(d.pop("NotificationConfig", UNSET))


        def _parse_s3_failure_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        s3_failure_path = _parse_s3_failure_path(d.pop("S3FailurePath", UNSET))


        def _parse_s3_output_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        s3_output_path = _parse_s3_output_path(d.pop("S3OutputPath", UNSET))


        async_inference_output_config = cls(
            kms_key_id=kms_key_id,
            notification_config=notification_config,
            s3_failure_path=s3_failure_path,
            s3_output_path=s3_output_path,
        )

        return async_inference_output_config

