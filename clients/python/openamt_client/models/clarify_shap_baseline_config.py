from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ClarifyShapBaselineConfig")



@_attrs_define
class ClarifyShapBaselineConfig:
    """ The configuration for the SHAP baseline of the Kernal SHAP algorithm.

        Attributes:
            mime_type (None | str | Unset): The MIME type of the baseline data.
            shap_baseline (None | str | Unset): The inline SHAP baseline data in string format.
            shap_baseline_uri (None | str | Unset): The uniform resource identifier (URI) of the S3 bucket where the SHAP
                baseline file is stored.
     """

    mime_type: None | str | Unset = UNSET
    shap_baseline: None | str | Unset = UNSET
    shap_baseline_uri: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        mime_type: None | str | Unset
        if isinstance(self.mime_type, Unset):
            mime_type = UNSET
        else:
            mime_type = self.mime_type

        shap_baseline: None | str | Unset
        if isinstance(self.shap_baseline, Unset):
            shap_baseline = UNSET
        else:
            shap_baseline = self.shap_baseline

        shap_baseline_uri: None | str | Unset
        if isinstance(self.shap_baseline_uri, Unset):
            shap_baseline_uri = UNSET
        else:
            shap_baseline_uri = self.shap_baseline_uri


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if mime_type is not UNSET:
            field_dict["MimeType"] = mime_type
        if shap_baseline is not UNSET:
            field_dict["ShapBaseline"] = shap_baseline
        if shap_baseline_uri is not UNSET:
            field_dict["ShapBaselineUri"] = shap_baseline_uri

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_mime_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mime_type = _parse_mime_type(d.pop("MimeType", UNSET))


        def _parse_shap_baseline(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shap_baseline = _parse_shap_baseline(d.pop("ShapBaseline", UNSET))


        def _parse_shap_baseline_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shap_baseline_uri = _parse_shap_baseline_uri(d.pop("ShapBaselineUri", UNSET))


        clarify_shap_baseline_config = cls(
            mime_type=mime_type,
            shap_baseline=shap_baseline,
            shap_baseline_uri=shap_baseline_uri,
        )

        return clarify_shap_baseline_config

