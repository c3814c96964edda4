from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.clarify_text_config_granularity import ClarifyTextConfigGranularity
from ..models.clarify_text_config_language import ClarifyTextConfigLanguage






T = TypeVar("T", bound="ClarifyTextConfig")



@_attrs_define
class ClarifyTextConfig:
    """ A parameter that indicates if text features are treated as text and explanations are...

        Attributes:
            granularity (ClarifyTextConfigGranularity): The unit of granularity for the analysis of text features.
            language (ClarifyTextConfigLanguage): Specifies the language of the text features in ISO 639-1 or ISO 639-3 code
                of a supported language.
     """

    granularity: ClarifyTextConfigGranularity
    language: ClarifyTextConfigLanguage





    def to_dict(self) -> dict[str, Any]:
        granularity = self.granularity.value

        language = self.language.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "Granularity": granularity,
            "Language": language,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        granularity = ClarifyTextConfigGranularity(d.pop("Granularity"))




        language = ClarifyTextConfigLanguage(d.pop("Language"))




        clarify_text_config = cls(
            granularity=granularity,
            language=language,
        )

        return clarify_text_config

