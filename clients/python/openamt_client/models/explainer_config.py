from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.clarify_explainer_config import ClarifyExplainerConfig





T = TypeVar("T", bound="ExplainerConfig")



@_attrs_define
class ExplainerConfig:
    """ A member of CreateEndpointConfig that enables explainers.

        Attributes:
            clarify_explainer_config (ClarifyExplainerConfig | None | Unset): A member of ExplainerConfig that contains
                configuration parameters for the SageMaker Clarify explainer.
     """

    clarify_explainer_config: ClarifyExplainerConfig | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.clarify_explainer_config import ClarifyExplainerConfig # noqa: PLC0415
        clarify_explainer_config: dict[str, Any] | None | Unset
        if isinstance(self.clarify_explainer_config, Unset):
            clarify_explainer_config = UNSET
        elif isinstance(self.clarify_explainer_config, ClarifyExplainerConfig):
            clarify_explainer_config = self.clarify_explainer_config.to_dict()
        else:
            clarify_explainer_config = self.clarify_explainer_config


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if clarify_explainer_config is not UNSET:
            field_dict["ClarifyExplainerConfig"] = clarify_explainer_config

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clarify_explainer_config import ClarifyExplainerConfig # noqa: PLC0415
        d = dict(src_dict)
        def _parse_clarify_explainer_config(data: object) -> ClarifyExplainerConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                clarify_explainer_config_type_0 = ClarifyExplainerConfig.from_dict(data)



                return clarify_explainer_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClarifyExplainerConfig | None | Unset, data)

        clarify_explainer_config = _parse_clarify_explainer_config(d.pop("ClarifyExplainerConfig", UNSET))


        explainer_config = cls(
            clarify_explainer_config=clarify_explainer_config,
        )

        return explainer_config

