from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.tuning_instance_config_instancetype import TuningInstanceConfigInstancetype






T = TypeVar("T", bound="TuningInstanceConfig")



@_attrs_define
class TuningInstanceConfig:
    """ One candidate instance configuration for the training jobs of a tuning job.

        Attributes:
            instance_count (int): The number of instances of the type specified by InstanceType.
            instance_type (TuningInstanceConfigInstancetype): The instance type used for processing of hyperparameter
                optimization jobs.
            volume_size_in_gb (int): The size in GB of the storage volume of each instance.
     """

    instance_count: int
    instance_type: TuningInstanceConfigInstancetype
    volume_size_in_gb: int





    def to_dict(self) -> dict[str, Any]:
        instance_count = self.instance_count

        instance_type = self.instance_type.value

        volume_size_in_gb = self.volume_size_in_gb


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "InstanceCount": instance_count,
            "InstanceType": instance_type,
            "VolumeSizeInGB": volume_size_in_gb,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_count = d.pop("InstanceCount")

        instance_type = TuningInstanceConfigInstancetype(d.pop("InstanceType"))




        volume_size_in_gb = d.pop("VolumeSizeInGB")

        tuning_instance_config = cls(
            instance_count=instance_count,
            instance_type=instance_type,
            volume_size_in_gb=volume_size_in_gb,
        )

        return tuning_instance_config

