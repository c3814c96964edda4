from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.instance_preference_instancetype import InstancePreferenceInstancetype
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="InstancePreference")



@_attrs_define
class InstancePreference:
    """ A candidate instance type preference in an InstancePreferences list.

        Attributes:
            instance_type (InstancePreferenceInstancetype): The ML compute instance type.
            instance_count (int | None | Unset): The number of instances to launch if this instance type is selected.
            training_plan_arns (list[str] | None | Unset): The ARN of a training plan to use if this instance type is
                selected.
     """

    instance_type: InstancePreferenceInstancetype
    instance_count: int | None | Unset = UNSET
    training_plan_arns: list[str] | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        instance_type = self.instance_type.value

        instance_count: int | None | Unset
        if isinstance(self.instance_count, Unset):
            instance_count = UNSET
        else:
            instance_count = self.instance_count

        training_plan_arns: list[str] | None | Unset
        if isinstance(self.training_plan_arns, Unset):
            training_plan_arns = UNSET
        elif isinstance(self.training_plan_arns, list):
            training_plan_arns = self.training_plan_arns


        else:
            training_plan_arns = self.training_plan_arns


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "InstanceType": instance_type,
        })
        if instance_count is not UNSET:
            field_dict["InstanceCount"] = instance_count
        if training_plan_arns is not UNSET:
            field_dict["TrainingPlanArns"] = training_plan_arns

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_type = InstancePreferenceInstancetype(d.pop("InstanceType"))




        def _parse_instance_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        instance_count = _parse_instance_count(d.pop("InstanceCount", UNSET))


        def _parse_training_plan_arns(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                training_plan_arns_type_0 = cast(list[str], data)

                return training_plan_arns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        training_plan_arns = _parse_training_plan_arns(d.pop("TrainingPlanArns", UNSET))


        instance_preference = cls(
            instance_type=instance_type,
            instance_count=instance_count,
            training_plan_arns=training_plan_arns,
        )

        return instance_preference

