from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AsyncInferenceClientConfig")



@_attrs_define
class AsyncInferenceClientConfig:
    """ Configures the behavior of the client used by SageMaker to interact with the model...

        Attributes:
            max_concurrent_invocations_per_instance (int | None | Unset): The maximum number of concurrent requests sent by
                the SageMaker client to the model container.
     """

    max_concurrent_invocations_per_instance: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        max_concurrent_invocations_per_instance: int | None | Unset
        if isinstance(self.max_concurrent_invocations_per_instance, Unset):
            max_concurrent_invocations_per_instance = UNSET
        else:
            max_concurrent_invocations_per_instance = self.max_concurrent_invocations_per_instance


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if max_concurrent_invocations_per_instance is not UNSET:
            field_dict["MaxConcurrentInvocationsPerInstance"] = max_concurrent_invocations_per_instance

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_max_concurrent_invocations_per_instance(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_concurrent_invocations_per_instance = _parse_max_concurrent_invocations_per_instance(d.pop("MaxConcurrentInvocationsPerInstance", UNSET))


        async_inference_client_config = cls(
            max_concurrent_invocations_per_instance=max_concurrent_invocations_per_instance,
        )

        return async_inference_client_config

