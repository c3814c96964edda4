from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.clarify_inference_config import ClarifyInferenceConfig
  from ..models.clarify_shap_config import ClarifyShapConfig





T = TypeVar("T", bound="ClarifyExplainerConfig")



@_attrs_define
class ClarifyExplainerConfig:
    """ A member of ExplainerConfig that contains configuration parameters for the SageMaker...

        Attributes:
            shap_config (ClarifyShapConfig): The configuration for SHAP analysis.
            enable_explanations (None | str | Unset): A JMESPath boolean expression used to filter which records to explain.
            inference_config (ClarifyInferenceConfig | None | Unset): The inference configuration parameter for the model
                container.
     """

    shap_config: ClarifyShapConfig
    enable_explanations: None | str | Unset = UNSET
    inference_config: ClarifyInferenceConfig | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.clarify_inference_config import ClarifyInferenceConfig # noqa: PLC0415
        from ..models.clarify_shap_config import ClarifyShapConfig # noqa: PLC0415
        shap_config = self.shap_config.to_dict()

        enable_explanations: None | str | Unset
        if isinstance(self.enable_explanations, Unset):
            enable_explanations = UNSET
        else:
            enable_explanations = self.enable_explanations

        inference_config: dict[str, Any] | None | Unset
        if isinstance(self.inference_config, Unset):
            inference_config = UNSET
        elif isinstance(self.inference_config, ClarifyInferenceConfig):
            inference_config = self.inference_config.to_dict()
        else:
            inference_config = self.inference_config


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "ShapConfig": shap_config,
        })
        if enable_explanations is not UNSET:
            field_dict["EnableExplanations"] = enable_explanations
        if inference_config is not UNSET:
            field_dict["InferenceConfig"] = inference_config

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clarify_inference_config import ClarifyInferenceConfig # noqa: PLC0415
        from ..models.clarify_shap_config import ClarifyShapConfig # noqa: PLC0415
        d = dict(src_dict)
        shap_config = ClarifyShapConfig.from_dict(d.pop("ShapConfig"))




        def _parse_enable_explanations(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        enable_explanations = _parse_enable_explanations(d.pop("EnableExplanations", UNSET))


        def _parse_inference_config(data: object) -> ClarifyInferenceConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                inference_config_type_0 = ClarifyInferenceConfig.from_dict(data)



                return inference_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClarifyInferenceConfig | None | Unset, data)

        inference_config = _parse_inference_config(d.pop("InferenceConfig", UNSET))


        clarify_explainer_config = cls(
            shap_config=shap_config,
            enable_explanations=enable_explanations,
            inference_config=inference_config,
        )

        return clarify_explainer_config

