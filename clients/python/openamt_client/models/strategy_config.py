from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.hyperband_strategy_config import HyperbandStrategyConfig





T = TypeVar("T", bound="StrategyConfig")



@_attrs_define
class StrategyConfig:
    """ Strategy-specific configuration of a tuning job.

        Attributes:
            hyperband_strategy_config (HyperbandStrategyConfig | None | Unset): The configuration of the Hyperband strategy.
     """

    hyperband_strategy_config: HyperbandStrategyConfig | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.hyperband_strategy_config import HyperbandStrategyConfig # noqa: PLC0415
        hyperband_strategy_config: dict[str, Any] | None | Unset
        if isinstance(self.hyperband_strategy_config, Unset):
            hyperband_strategy_config = UNSET
        elif isinstance(self.hyperband_strategy_config, HyperbandStrategyConfig):
            hyperband_strategy_config = self.hyperband_strategy_config.to_dict()
        else:
            hyperband_strategy_config = self.hyperband_strategy_config


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if hyperband_strategy_config is not UNSET:
            field_dict["HyperbandStrategyConfig"] = hyperband_strategy_config

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hyperband_strategy_config import HyperbandStrategyConfig # noqa: PLC0415
        d = dict(src_dict)
        def _parse_hyperband_strategy_config(data: object) -> HyperbandStrategyConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hyperband_strategy_config_type_0 = HyperbandStrategyConfig.from_dict(data)



                return hyperband_strategy_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HyperbandStrategyConfig | None | Unset, data)

        hyperband_strategy_config = _parse_hyperband_strategy_config(d.pop("HyperbandStrategyConfig", UNSET))


        strategy_config = cls(
            hyperband_strategy_config=hyperband_strategy_config,
        )

        return strategy_config

