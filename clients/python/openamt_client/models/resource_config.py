from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.resource_config_instance_type_type_0 import ResourceConfigInstanceTypeType0
from ..models.resource_config_selected_instance_type_type_0 import ResourceConfigSelectedInstanceTypeType0
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.instance_group import InstanceGroup
  from ..models.instance_placement_config import InstancePlacementConfig
  from ..models.instance_preference import InstancePreference





T = TypeVar("T", bound="ResourceConfig")



@_attrs_define
class ResourceConfig:
    """ The ML compute instances and storage volumes used for model training.

        Attributes:
            instance_count (int | None | Unset): The number of ML compute instances to use.
            instance_groups (list[InstanceGroup] | None | Unset): The configuration of a heterogeneous cluster in JSON
                format.
            instance_placement_config (InstancePlacementConfig | None | Unset): How the training instances are placed within
                UltraServers.
            instance_preferences (list[InstancePreference] | None | Unset): An ordered list of ML compute instance types for
                the training job, in priority order.
            instance_type (None | ResourceConfigInstanceTypeType0 | Unset): The ML compute instance type.
            keep_alive_period_in_seconds (int | None | Unset): How long to keep the instances in a warm pool for later
                training jobs.
            selected_instance_count (int | None | Unset): The number of instances of SelectedInstanceType launched.
            selected_instance_type (None | ResourceConfigSelectedInstanceTypeType0 | Unset): The instance type SageMaker
                selected from InstancePreferences.
            training_plan_arn (None | str | Unset): The ARN of the training plan to use.
            volume_kms_key_id (None | str | Unset): The KMS key that encrypts the storage volumes of the training instances.
            volume_size_in_gb (int | None | Unset): The size of the ML storage volume that you want to provision.
     """

    instance_count: int | None | Unset = UNSET
    instance_groups: list[InstanceGroup] | None | Unset = UNSET
    instance_placement_config: InstancePlacementConfig | None | Unset = UNSET
    instance_preferences: list[InstancePreference] | None | Unset = UNSET
    instance_type: None | ResourceConfigInstanceTypeType0 | Unset = UNSET
    keep_alive_period_in_seconds: int | None | Unset = UNSET
    selected_instance_count: int | None | Unset = UNSET
    selected_instance_type: None | ResourceConfigSelectedInstanceTypeType0 | Unset = UNSET
    training_plan_arn: None | str | Unset = UNSET
    volume_kms_key_id: None | str | Unset = UNSET
    volume_size_in_gb: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.instance_group import InstanceGroup # noqa: PLC0415
        from ..models.instance_placement_config import InstancePlacementConfig # noqa: PLC0415
        from ..models.instance_preference import InstancePreference # noqa: PLC0415
        instance_count: int | None | Unset
        if isinstance(self.instance_count, Unset):
            instance_count = UNSET
        else:
            instance_count = self.instance_count

        instance_groups: list[dict[str, Any]] | None | Unset
        if isinstance(self.instance_groups, Unset):
            instance_groups = UNSET
        elif isinstance(self.instance_groups, list):
            instance_groups = []
            for instance_groups_type_0_item_data in self.instance_groups:
                instance_groups_type_0_item = instance_groups_type_0_item_data.to_dict()
                instance_groups.append(instance_groups_type_0_item)


        else:
            instance_groups = self.instance_groups

        instance_placement_config: dict[str, Any] | None | Unset
        if isinstance(self.instance_placement_config, Unset):
            instance_placement_config = UNSET
        elif isinstance(self.instance_placement_config, InstancePlacementConfig):
            instance_placement_config = self.instance_placement_config.to_dict()
        else:
            instance_placement_config = self.instance_placement_config

        instance_preferences: list[dict[str, Any]] | None | Unset
        if isinstance(self.instance_preferences, Unset):
            instance_preferences = UNSET
        elif isinstance(self.instance_preferences, list):
            instance_preferences = []
            for instance_preferences_type_0_item_data in self.instance_preferences:
                instance_preferences_type_0_item = instance_preferences_type_0_item_data.to_dict()
                instance_preferences.append(instance_preferences_type_0_item)


        else:
            instance_preferences = self.instance_preferences

        instance_type: None | str | Unset
        if isinstance(self.instance_type, Unset):
            instance_type = UNSET
        elif isinstance(self.instance_type, ResourceConfigInstanceTypeType0):
            instance_type = self.instance_type.value
        else:
            instance_type = self.instance_type

        keep_alive_period_in_seconds: int | None | Unset
        if isinstance(self.keep_alive_period_in_seconds, Unset):
            keep_alive_period_in_seconds = UNSET
        else:
            keep_alive_period_in_seconds = self.keep_alive_period_in_seconds

        selected_instance_count: int | None | Unset
        if isinstance(self.selected_instance_count, Unset):
            selected_instance_count = UNSET
        else:
            selected_instance_count = self.selected_instance_count

        selected_instance_type: None | str | Unset
        if isinstance(self.selected_instance_type, Unset):
            selected_instance_type = UNSET
        elif isinstance(self.selected_instance_type, ResourceConfigSelectedInstanceTypeType0):
            selected_instance_type = self.selected_instance_type.value
        else:
            selected_instance_type = self.selected_instance_type

        training_plan_arn: None | str | Unset
        if isinstance(self.training_plan_arn, Unset):
            training_plan_arn = UNSET
        else:
            training_plan_arn = self.training_plan_arn

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
        if instance_count is not UNSET:
            field_dict["InstanceCount"] = instance_count
        if instance_groups is not UNSET:
            field_dict["InstanceGroups"] = instance_groups
        if instance_placement_config is not UNSET:
            field_dict["InstancePlacementConfig"] = instance_placement_config
        if instance_preferences is not UNSET:
            field_dict["InstancePreferences"] = instance_preferences
        if instance_type is not UNSET:
            field_dict["InstanceType"] = instance_type
        if keep_alive_period_in_seconds is not UNSET:
            field_dict["KeepAlivePeriodInSeconds"] = keep_alive_period_in_seconds
        if selected_instance_count is not UNSET:
            field_dict["SelectedInstanceCount"] = selected_instance_count
        if selected_instance_type is not UNSET:
            field_dict["SelectedInstanceType"] = selected_instance_type
        if training_plan_arn is not UNSET:
            field_dict["TrainingPlanArn"] = training_plan_arn
        if volume_kms_key_id is not UNSET:
            field_dict["VolumeKmsKeyId"] = volume_kms_key_id
        if volume_size_in_gb is not UNSET:
            field_dict["VolumeSizeInGB"] = volume_size_in_gb

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instance_group import InstanceGroup # noqa: PLC0415
        from ..models.instance_placement_config import InstancePlacementConfig # noqa: PLC0415
        from ..models.instance_preference import InstancePreference # noqa: PLC0415
        d = dict(src_dict)
        def _parse_instance_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        instance_count = _parse_instance_count(d.pop("InstanceCount", UNSET))


        def _parse_instance_groups(data: object) -> list[InstanceGroup] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                instance_groups_type_0 = []
                _instance_groups_type_0 = data
                for instance_groups_type_0_item_data in (_instance_groups_type_0):
                    instance_groups_type_0_item = InstanceGroup.from_dict(instance_groups_type_0_item_data)



                    instance_groups_type_0.append(instance_groups_type_0_item)

                return instance_groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InstanceGroup] | None | Unset, data)

        instance_groups = _parse_instance_groups(d.pop("InstanceGroups", UNSET))


        def _parse_instance_placement_config(data: object) -> InstancePlacementConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                instance_placement_config_type_0 = InstancePlacementConfig.from_dict(data)



                return instance_placement_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InstancePlacementConfig | None | Unset, data)

        instance_placement_config = _parse_instance_placement_config(d.pop("InstancePlacementConfig", UNSET))


        def _parse_instance_preferences(data: object) -> list[InstancePreference] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                instance_preferences_type_0 = []
                _instance_preferences_type_0 = data
                for instance_preferences_type_0_item_data in (_instance_preferences_type_0):
                    instance_preferences_type_0_item = InstancePreference.from_dict(instance_preferences_type_0_item_data)



                    instance_preferences_type_0.append(instance_preferences_type_0_item)

                return instance_preferences_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InstancePreference] | None | Unset, data)

        instance_preferences = _parse_instance_preferences(d.pop("InstancePreferences", UNSET))


        def _parse_instance_type(data: object) -> None | ResourceConfigInstanceTypeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                instance_type_type_0 = ResourceConfigInstanceTypeType0(data)



                return instance_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourceConfigInstanceTypeType0 | Unset, data)

        instance_type = _parse_instance_type(d.pop("InstanceType", UNSET))


        def _parse_keep_alive_period_in_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        keep_alive_period_in_seconds = _parse_keep_alive_period_in_seconds(d.pop("KeepAlivePeriodInSeconds", UNSET))


        def _parse_selected_instance_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        selected_instance_count = _parse_selected_instance_count(d.pop("SelectedInstanceCount", UNSET))


        def _parse_selected_instance_type(data: object) -> None | ResourceConfigSelectedInstanceTypeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                selected_instance_type_type_0 = ResourceConfigSelectedInstanceTypeType0(data)



                return selected_instance_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourceConfigSelectedInstanceTypeType0 | Unset, data)

        selected_instance_type = _parse_selected_instance_type(d.pop("SelectedInstanceType", UNSET))


        def _parse_training_plan_arn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        training_plan_arn = _parse_training_plan_arn(d.pop("TrainingPlanArn", UNSET))


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


        resource_config = cls(
            instance_count=instance_count,
            instance_groups=instance_groups,
            instance_placement_config=instance_placement_config,
            instance_preferences=instance_preferences,
            instance_type=instance_type,
            keep_alive_period_in_seconds=keep_alive_period_in_seconds,
            selected_instance_count=selected_instance_count,
            selected_instance_type=selected_instance_type,
            training_plan_arn=training_plan_arn,
            volume_kms_key_id=volume_kms_key_id,
            volume_size_in_gb=volume_size_in_gb,
        )

        return resource_config

