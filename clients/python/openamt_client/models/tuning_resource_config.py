from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.tuning_resource_config_instance_type_type_0 import TuningResourceConfigInstanceTypeType0
from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast

if TYPE_CHECKING:
  from ..models.tuning_instance_config import TuningInstanceConfig





T = TypeVar("T", bound="TuningResourceConfig")



@_attrs_define
class TuningResourceConfig:
    """ Instances and storage for the training jobs of a tuning job, possibly of several types.

        Attributes:
            allocation_strategy (Literal['Prioritized'] | None | Unset): The order in which InstanceConfigs are tried.
            instance_configs (list[TuningInstanceConfig] | None | Unset): The candidate instance configurations, for several
                instance types.
            instance_count (int | None | Unset): The number of compute instances of type InstanceType to use.
            instance_type (None | TuningResourceConfigInstanceTypeType0 | Unset): The instance type used to run
                hyperparameter optimization tuning jobs.
            volume_kms_key_id (None | str | Unset): The KMS key that encrypts the storage volumes of the training instances.
            volume_size_in_gb (int | None | Unset): The size in GB of the storage volume of each instance.
     """

    allocation_strategy: Literal['Prioritized'] | None | Unset = UNSET
    instance_configs: list[TuningInstanceConfig] | None | Unset = UNSET
    instance_count: int | None | Unset = UNSET
    instance_type: None | TuningResourceConfigInstanceTypeType0 | Unset = UNSET
    volume_kms_key_id: None | str | Unset = UNSET
    volume_size_in_gb: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.tuning_instance_config import TuningInstanceConfig # noqa: PLC0415
        allocation_strategy: Literal['Prioritized'] | None | Unset
        if isinstance(self.allocation_strategy, Unset):
            allocation_strategy = UNSET
        else:
            allocation_strategy = self.allocation_strategy

        instance_configs: list[dict[str, Any]] | None | Unset
        if isinstance(self.instance_configs, Unset):
            instance_configs = UNSET
        elif isinstance(self.instance_configs, list):
            instance_configs = []
            for instance_configs_type_0_item_data in self.instance_configs:
                instance_configs_type_0_item = instance_configs_type_0_item_data.to_dict()
                instance_configs.append(instance_configs_type_0_item)


        else:
            instance_configs = self.instance_configs

        instance_count: int | None | Unset
        if isinstance(self.instance_count, Unset):
            instance_count = UNSET
        else:
            instance_count = self.instance_count

        instance_type: None | str | Unset
        if isinstance(self.instance_type, Unset):
            instance_type = UNSET
        elif isinstance(self.instance_type, TuningResourceConfigInstanceTypeType0):
            instance_type = self.instance_type.value
        else:
            instance_type = self.instance_type

        volume_kms_key_id: None | str | Unset
        if isinstance(self.volume_kms_key_id, Unset):
            volume_kms_key_id = UNSET
        else:
            volume_kms_key_id = self.volume_kms_key_id

        volume_size_in_gb: int | None | Unset
        if isinstance(self.volume_size_in_gb, Unset):
            volume_size_in_gb = UNSET
        else:
            volume_size_in_gb = self.volume_size_in_gb


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if allocation_strategy is not UNSET:
            field_dict["AllocationStrategy"] = allocation_strategy
        if instance_configs is not UNSET:
            field_dict["InstanceConfigs"] = instance_configs
        if instance_count is not UNSET:
            field_dict["InstanceCount"] = instance_count
        if instance_type is not UNSET:
            field_dict["InstanceType"] = instance_type
        if volume_kms_key_id is not UNSET:
            field_dict["VolumeKmsKeyId"] = volume_kms_key_id
        if volume_size_in_gb is not UNSET:
            field_dict["VolumeSizeInGB"] = volume_size_in_gb

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tuning_instance_config import TuningInstanceConfig # noqa: PLC0415
        d = dict(src_dict)
        def _parse_allocation_strategy(data: object) -> Literal['Prioritized'] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            allocation_strategy_type_0 = cast(Literal['Prioritized'] , data)
            if allocation_strategy_type_0 != 'Prioritized':
                raise ValueError(f"AllocationStrategy_type_0 must match const 'Prioritized', got '{allocation_strategy_type_0}'")
            return allocation_strategy_type_0
            return cast(Literal['Prioritized'] | None | Unset, data)

        allocation_strategy = _parse_allocation_strategy(d.pop("AllocationStrategy", UNSET))


        def _parse_instance_configs(data: object) -> list[TuningInstanceConfig] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                instance_configs_type_0 = []
                _instance_configs_type_0 = data
                for instance_configs_type_0_item_data in (_instance_configs_type_0):
                    instance_configs_type_0_item = TuningInstanceConfig.from_dict(instance_configs_type_0_item_data)



                    instance_configs_type_0.append(instance_configs_type_0_item)

                return instance_configs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TuningInstanceConfig] | None | Unset, data)

        instance_configs = _parse_instance_configs(d.pop("InstanceConfigs", UNSET))


        def _parse_instance_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        instance_count = _parse_instance_count(d.pop("InstanceCount", UNSET))


        def _parse_instance_type(data: object) -> None | TuningResourceConfigInstanceTypeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                instance_type_type_0 = TuningResourceConfigInstanceTypeType0(data)



                return instance_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TuningResourceConfigInstanceTypeType0 | Unset, data)

        instance_type = _parse_instance_type(d.pop("InstanceType", UNSET))


        def _parse_volume_kms_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        volume_kms_key_id = _parse_volume_kms_key_id(d.pop("VolumeKmsKeyId", UNSET))


        def _parse_volume_size_in_gb(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        volume_size_in_gb = _parse_volume_size_in_gb(d.pop("VolumeSizeInGB", UNSET))


        tuning_resource_config = cls(
            allocation_strategy=allocation_strategy,
            instance_configs=instance_configs,
            instance_count=instance_count,
            instance_type=instance_type,
            volume_kms_key_id=volume_kms_key_id,
            volume_size_in_gb=volume_size_in_gb,
        )

        return tuning_resource_config

