from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.async_inference_notification_config_include_inference_response_in_type_0_item import AsyncInferenceNotificationConfigIncludeInferenceResponseInType0Item
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AsyncInferenceNotificationConfig")



@_attrs_define
class AsyncInferenceNotificationConfig:
    """ Specifies the configuration for notifications of inference results for asynchronous...

        Attributes:
            error_topic (None | str | Unset): Amazon SNS topic to post a notification to when inference fails.
            include_inference_response_in (list[AsyncInferenceNotificationConfigIncludeInferenceResponseInType0Item] | None
                | Unset): The Amazon SNS topics where you want the inference response to be included.
            success_topic (None | str | Unset): Amazon SNS topic to post a notification to when inference completes
                successfully.
     """

    error_topic: None | str | Unset = UNSET
    include_inference_response_in: list[AsyncInferenceNotificationConfigIncludeInferenceResponseInType0Item] | None | Unset = UNSET
    success_topic: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        error_topic: None | str | Unset
        if isinstance(self.error_topic, Unset):
            error_topic = UNSET
        else:
            error_topic = self.error_topic

        include_inference_response_in: list[str] | None | Unset
        if isinstance(self.include_inference_response_in, Unset):
            include_inference_response_in = UNSET
        elif isinstance(self.include_inference_response_in, list):
            include_inference_response_in = []
            for include_inference_response_in_type_0_item_data in self.include_inference_response_in:
                include_inference_response_in_type_0_item = include_inference_response_in_type_0_item_data.value
                include_inference_response_in.append(include_inference_response_in_type_0_item)


        else:
            include_inference_response_in = self.include_inference_response_in

        success_topic: None | str | Unset
        if isinstance(self.success_topic, Unset):
            success_topic = UNSET
        else:
            success_topic = self.success_topic


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if error_topic is not UNSET:
            field_dict["ErrorTopic"] = error_topic
        if include_inference_response_in is not UNSET:
            field_dict["IncludeInferenceResponseIn"] = include_inference_response_in
        if success_topic is not UNSET:
            field_dict["SuccessTopic"] = success_topic

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_error_topic(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_topic = _parse_error_topic(d.pop("ErrorTopic", UNSET))


        def _parse_include_inference_response_in(data: object) -> list[AsyncInferenceNotificationConfigIncludeInferenceResponseInType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                include_inference_response_in_type_0 = []
                _include_inference_response_in_type_0 = data
                for include_inference_response_in_type_0_item_data in (_include_inference_response_in_type_0):
                    include_inference_response_in_type_0_item = AsyncInferenceNotificationConfigIncludeInferenceResponseInType0Item(include_inference_response_in_type_0_item_data)



                    include_inference_response_in_type_0.append(include_inference_response_in_type_0_item)

                return include_inference_response_in_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AsyncInferenceNotificationConfigIncludeInferenceResponseInType0Item] | None | Unset, data)

        include_inference_response_in = _parse_include_inference_response_in(d.pop("IncludeInferenceResponseIn", UNSET))


        def _parse_success_topic(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        success_topic = _parse_success_topic(d.pop("SuccessTopic", UNSET))


        async_inference_notification_config = cls(
            error_topic=error_topic,
            include_inference_response_in=include_inference_response_in,
            success_topic=success_topic,
        )

        return async_inference_notification_config

