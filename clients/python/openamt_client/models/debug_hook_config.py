from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.collection_configuration import CollectionConfiguration
  from ..models.debug_hook_config_hook_parameters_type_0 import DebugHookConfigHookParametersType0





T = TypeVar("T", bound="DebugHookConfig")



@_attrs_define
class DebugHookConfig:
    """ SageMaker Debugger hook parameters, tensor collections and storage paths.

        Attributes:
            s3_output_path (str): Path to Amazon S3 storage location for metrics and tensors.
            collection_configurations (list[CollectionConfiguration] | None | Unset): Configuration information for
                SageMaker Debugger tensor collections.
            hook_parameters (DebugHookConfigHookParametersType0 | None | Unset): Configuration information for the SageMaker
                Debugger hook parameters.
            local_path (None | str | Unset): Path to local storage location for metrics and tensors.
     """

    s3_output_path: str
    collection_configurations: list[CollectionConfiguration] | None | Unset = UNSET
    hook_parameters: DebugHookConfigHookParametersType0 | None | Unset = UNSET
    local_path: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.collection_configuration import CollectionConfiguration # noqa: PLC0415
        from ..models.debug_hook_config_hook_parameters_type_0 import DebugHookConfigHookParametersType0 # noqa: PLC0415
        s3_output_path = self.s3_output_path

        collection_configurations: list[dict[str, Any]] | None | Unset
        if isinstance(self.collection_configurations, Unset):
            collection_configurations = UNSET
        elif isinstance(self.collection_configurations, list):
            collection_configurations = []
            for collection_configurations_type_0_item_data in self.collection_configurations:
                collection_configurations_type_0_item = collection_configurations_type_0_item_data.to_dict()
                collection_configurations.append(collection_configurations_type_0_item)


        else:
            collection_configurations = self.collection_configurations

        hook_parameters: dict[str, Any] | None | Unset
        if isinstance(self.hook_parameters, Unset):
            hook_parameters = UNSET
        elif isinstance(self.hook_parameters, DebugHookConfigHookParametersType0):
            hook_parameters = self.hook_parameters.to_dict()
        else:
            hook_parameters = self.hook_parameters

        local_path: None | str | Unset
        if isinstance(self.local_path, Unset):
            local_path = UNSET
        else:
            local_path = self.local_path


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "S3OutputPath": s3_output_path,
        })
        if collection_configurations is not UNSET:
            field_dict["CollectionConfigurations"] = collection_configurations
        if hook_parameters is not UNSET:
            field_dict["HookParameters"] = hook_parameters
        if local_path is not UNSET:
            field_dict["LocalPath"] = local_path

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collection_configuration import CollectionConfiguration # noqa: PLC0415
        from ..models.debug_hook_config_hook_parameters_type_0 import DebugHookConfigHookParametersType0 # noqa: PLC0415
        d = dict(src_dict)
        s3_output_path = d.pop("S3OutputPath")

        def _parse_collection_configurations(data: object) -> list[CollectionConfiguration] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                collection_configurations_type_0 = []
                _collection_configurations_type_0 = data
                for collection_configurations_type_0_item_data in (_collection_configurations_type_0):
                    collection_configurations_type_0_item = CollectionConfiguration.from_dict(collection_configurations_type_0_item_data)



                    collection_configurations_type_0.append(collection_configurations_type_0_item)

                return collection_configurations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CollectionConfiguration] | None | Unset, data)

        collection_configurations = _parse_collection_configurations(d.pop("CollectionConfigurations", UNSET))


        def _parse_hook_parameters(data: object) -> DebugHookConfigHookParametersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hook_parameters_type_0 = DebugHookConfigHookParametersType0.from_dict(data)



                return hook_parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DebugHookConfigHookParametersType0 | None | Unset, data)

        hook_parameters = _parse_hook_parameters(d.pop("HookParameters", UNSET))


        def _parse_local_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        local_path = _parse_local_path(d.pop("LocalPath", UNSET))


        debug_hook_config = cls(
            s3_output_path=s3_output_path,
            collection_configurations=collection_configurations,
            hook_parameters=hook_parameters,
            local_path=local_path,
        )

        return debug_hook_config

