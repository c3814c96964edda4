from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.auto_rollback_config import AutoRollbackConfig
  from ..models.blue_green_update_policy import BlueGreenUpdatePolicy
  from ..models.rolling_update_policy import RollingUpdatePolicy





T = TypeVar("T", bound="DeploymentConfig")



@_attrs_define
class DeploymentConfig:
    """ The deployment configuration for an endpoint, which contains the desired deployment...

        Attributes:
            auto_rollback_configuration (AutoRollbackConfig | None | Unset): Automatic rollback configuration for handling
                endpoint deployment failures and recovery.
            blue_green_update_policy (BlueGreenUpdatePolicy | None | Unset): Update policy for a blue/green deployment.
            rolling_update_policy (None | RollingUpdatePolicy | Unset): Specifies a rolling deployment strategy for updating
                a SageMaker endpoint.
     """

    auto_rollback_configuration: AutoRollbackConfig | None | Unset = UNSET
    blue_green_update_policy: BlueGreenUpdatePolicy | None | Unset = UNSET
    rolling_update_policy: None | RollingUpdatePolicy | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.auto_rollback_config import AutoRollbackConfig # noqa: PLC0415
        from ..models.blue_green_update_policy import BlueGreenUpdatePolicy # noqa: PLC0415
        from ..models.rolling_update_policy import RollingUpdatePolicy # noqa: PLC0415
        auto_rollback_configuration: dict[str, Any] | None | Unset
        if isinstance(self.auto_rollback_configuration, Unset):
            auto_rollback_configuration = UNSET
        elif isinstance(self.auto_rollback_configuration, AutoRollbackConfig):
            auto_rollback_configuration = self.auto_rollback_configuration.to_dict()
        else:
            auto_rollback_configuration = self.auto_rollback_configuration

        blue_green_update_policy: dict[str, Any] | None | Unset
        if isinstance(self.blue_green_update_policy, Unset):
            blue_green_update_policy = UNSET
        elif isinstance(self.blue_green_update_policy, BlueGreenUpdatePolicy):
            blue_green_update_policy = self.blue_green_update_policy.to_dict()
        else:
            blue_green_update_policy = self.blue_green_update_policy

        rolling_update_policy: dict[str, Any] | None | Unset
        if isinstance(self.rolling_update_policy, Unset):
            rolling_update_policy = UNSET
        elif isinstance(self.rolling_update_policy, RollingUpdatePolicy):
            rolling_update_policy = self.rolling_update_policy.to_dict()
        else:
            rolling_update_policy = self.rolling_update_policy


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if auto_rollback_configuration is not UNSET:
            field_dict["AutoRollbackConfiguration"] = auto_rollback_configuration
        if blue_green_update_policy is not UNSET:
            field_dict["BlueGreenUpdatePolicy"] = blue_green_update_policy
        if rolling_update_policy is not UNSET:
            field_dict["RollingUpdatePolicy"] = rolling_update_policy

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_rollback_config import AutoRollbackConfig # noqa: PLC0415
        from ..models.blue_green_update_policy import BlueGreenUpdatePolicy # noqa: PLC0415
        from ..models.rolling_update_policy import RollingUpdatePolicy # noqa: PLC0415
        d = dict(src_dict)
        def _parse_auto_rollback_configuration(data: object) -> AutoRollbackConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auto_rollback_configuration_type_0 = AutoRollbackConfig.from_dict(data)



                return auto_rollback_configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutoRollbackConfig | None | Unset, data)

        auto_rollback_configuration = _parse_auto_rollback_configuration(d.pop("AutoRollbackConfiguration", UNSET))


        def _parse_blue_green_update_policy(data: object) -> BlueGreenUpdatePolicy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                blue_green_update_policy_type_0 = BlueGreenUpdatePolicy.from_dict(data)



                return blue_green_update_policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlueGreenUpdatePolicy | None | Unset, data)

        blue_green_update_policy = _parse_blue_green_update_policy(d.pop("BlueGreenUpdatePolicy", UNSET))


        def _parse_rolling_update_policy(data: object) -> None | RollingUpdatePolicy | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rolling_update_policy_type_0 = RollingUpdatePolicy.from_dict(data)



                return rolling_update_policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RollingUpdatePolicy | Unset, data)

        rolling_update_policy = _parse_rolling_update_policy(d.pop("RollingUpdatePolicy", UNSET))


        deployment_config = cls(
            auto_rollback_configuration=auto_rollback_configuration,
            blue_green_update_policy=blue_green_update_policy,
            rolling_update_policy=rolling_update_policy,
        )

        return deployment_config

