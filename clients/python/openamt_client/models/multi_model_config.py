from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.multi_model_config_model_cache_setting_type_0 import MultiModelConfigModelCacheSettingType0
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="MultiModelConfig")



@_attrs_define
class MultiModelConfig:
    """ Specifies additional configuration for multi-model endpoints.

        Attributes:
            model_cache_setting (MultiModelConfigModelCacheSettingType0 | None | Unset): Whether to cache models for a
                multi-model endpoint.
     """

    model_cache_setting: MultiModelConfigModelCacheSettingType0 | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        model_cache_setting: None | str | Unset
        if isinstance(self.model_cache_setting, Unset):
            model_cache_setting = UNSET
        elif isinstance(self.model_cache_setting, MultiModelConfigModelCacheSettingType0):
            model_cache_setting = self.model_cache_setting.value
        else:
            model_cache_setting = self.model_cache_setting


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if model_cache_setting is not UNSET:
            field_dict["ModelCacheSetting"] = model_cache_setting

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_model_cache_setting(data: object) -> MultiModelConfigModelCacheSettingType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_cache_setting_type_0 = MultiModelConfigModelCacheSettingType0(data)



                return model_cache_setting_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MultiModelConfigModelCacheSettingType0 | None | Unset, data)

        model_cache_setting = _parse_model_cache_setting(d.pop("ModelCacheSetting", UNSET))


        multi_model_config = cls(
            model_cache_setting=model_cache_setting,
        )

        return multi_model_config

