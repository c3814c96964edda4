from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.async_inference_client_config import AsyncInferenceClientConfig
  from ..models.async_inference_output_config import AsyncInferenceOutputConfig





T = TypeVar("T", bound="AsyncInferenceConfig")



@_attrs_define
class AsyncInferenceConfig:
    """ Specifies configuration for how an endpoint performs asynchronous inference.

        Attributes:
            output_config (AsyncInferenceOutputConfig): Specifies the configuration for asynchronous inference invocation
                outputs.
            client_config (AsyncInferenceClientConfig | None | Unset): Configures the behavior of the client used by
                SageMaker to interact with the model container during asynchronous inference.
     """

    output_config: AsyncInferenceOutputConfig
    client_config: AsyncInferenceClientConfig | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.async_inference_client_config import AsyncInferenceClientConfig # noqa: PLC0415
        from ..models.async_inference_output_config import AsyncInferenceOutputConfig # noqa: PLC0415
        output_config = self.output_config.to_dict()

        client_config: dict[str, Any] | None | Unset
        if isinstance(self.client_config, Unset):
            client_config = UNSET
        elif isinstance(self.client_config, AsyncInferenceClientConfig):
            client_config = self.client_config.to_dict()
        else:
            client_config = self.client_config


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "OutputConfig": output_config,
        })
        if client_config is not UNSET:
            field_dict["ClientConfig"] = client_config

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.async_inference_client_config import AsyncInferenceClientConfig # noqa: PLC0415
        from ..models.async_inference_output_config import AsyncInferenceOutputConfig # noqa: PLC0415
        d = dict(src_dict)
        output_config = AsyncInferenceOutputConfig.from_dict(d.pop("OutputConfig"))




        def _parse_client_config(data: object) -> AsyncInferenceClientConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                client_config_type_0 = AsyncInferenceClientConfig.from_dict(data)



                return client_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AsyncInferenceClientConfig | None | Unset, data)

        client_config = _parse_client_config(d.pop("ClientConfig", UNSET))


        async_inference_config = cls(
            output_config=output_config,
            client_config=client_config,
        )

        return async_inference_config

