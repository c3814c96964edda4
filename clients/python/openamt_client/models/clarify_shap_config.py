from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.clarify_shap_baseline_config import ClarifyShapBaselineConfig
  from ..models.clarify_text_config import ClarifyTextConfig





T = TypeVar("T", bound="ClarifyShapConfig")



@_attrs_define
class ClarifyShapConfig:
    """ The configuration for SHAP analysis.

        Attributes:
            shap_baseline_config (ClarifyShapBaselineConfig): The configuration for the SHAP baseline of the Kernal SHAP
                algorithm.
            number_of_samples (int | None | Unset): The number of samples to be used for analysis by the Kernal SHAP
                algorithm.
            seed (int | None | Unset): The starting value used to initialize the random number generator in the explainer.
            text_config (ClarifyTextConfig | None | Unset): A parameter that indicates if text features are treated as text
                and explanations are provided for individual units of text.
            use_logit (bool | None | Unset): A Boolean toggle to indicate if you want to use the logit function (true) or
                log-odds units (false) for model predictions.
     """

    shap_baseline_config: ClarifyShapBaselineConfig
    number_of_samples: int | None | Unset = UNSET
    seed: int | None | Unset = UNSET
    text_config: ClarifyTextConfig | None | Unset = UNSET
    use_logit: bool | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.clarify_shap_baseline_config import ClarifyShapBaselineConfig # noqa: PLC0415
        from ..models.clarify_text_config import ClarifyTextConfig # noqa: PLC0415
        shap_baseline_config = self.shap_baseline_config.to_dict()

        number_of_samples: int | None | Unset
        if isinstance(self.number_of_samples, Unset):
            number_of_samples = UNSET
        else:
            number_of_samples = self.number_of_samples

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        text_config: dict[str, Any] | None | Unset
        if isinstance(self.text_config, Unset):
            text_config = UNSET
        elif isinstance(self.text_config, ClarifyTextConfig):
            text_config = self.text_config.to_dict()
        else:
            text_config = self.text_config

        use_logit: bool | None | Unset
        if isinstance(self.use_logit, Unset):
            use_logit = UNSET
        else:
            use_logit = self.use_logit


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "ShapBaselineConfig": shap_baseline_config,
        })
        if number_of_samples is not UNSET:
            field_dict["NumberOfSamples"] = number_of_samples
        if seed is not UNSET:
            field_dict["Seed"] = seed
        if text_config is not UNSET:
            field_dict["TextConfig"] = text_config
        if use_logit is not UNSET:
            field_dict["UseLogit"] = use_logit

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clarify_shap_baseline_config import ClarifyShapBaselineConfig # noqa: PLC0415
        from ..models.clarify_text_config import ClarifyTextConfig # noqa: PLC0415
        d = dict(src_dict)
        shap_baseline_config = ClarifyShapBaselineConfig.from_dict(d.pop("ShapBaselineConfig"))




        def _parse_number_of_samples(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        number_of_samples = _parse_number_of_samples(d.pop("NumberOfSamples", UNSET))


        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("Seed", UNSET))


        def _parse_text_config(data: object) -> ClarifyTextConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                text_config_type_0 = ClarifyTextConfig.from_dict(data)



                return text_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClarifyTextConfig | None | Unset, data)

        text_config = _parse_text_config(d.pop("TextConfig", UNSET))


        def _parse_use_logit(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_logit = _parse_use_logit(d.pop("UseLogit", UNSET))


        clarify_shap_config = cls(
            shap_baseline_config=shap_baseline_config,
            number_of_samples=number_of_samples,
            seed=seed,
            text_config=text_config,
            use_logit=use_logit,
        )

        return clarify_shap_config

