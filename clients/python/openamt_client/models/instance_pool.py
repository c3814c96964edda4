from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.instance_pool_instancetype import InstancePoolInstancetype
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="InstancePool")



@_attrs_define
class InstancePool:
    """ Specifies an instance type and its priority for a heterogeneous endpoint.

        Attributes:
            instance_type (InstancePoolInstancetype): The ML compute instance type for the instance pool.
            priority (int): The priority for the instance pool.
            model_name_override (None | str | Unset): The name of a SageMaker model to use for this instance pool instead of
                the model specified for the production variant.
     """

    instance_type: InstancePoolInstancetype
    priority: int
    model_name_override: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        instance_type = self.instance_type.value

        priority = self.priority

        model_name_override: None | str | Unset
        if isinstance(self.model_name_override, Unset):
            model_name_override = UNSET
        else:
            model_name_override = self.model_name_override


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "InstanceType": instance_type,
            "Priority": priority,
        })
        if model_name_override is not UNSET:
            field_dict["ModelNameOverride"] = model_name_override

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_type = InstancePoolInstancetype(d.pop("InstanceType"))




        priority = d.pop("Priority")

        def _parse_model_name_override(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_name_override = _parse_model_name_override(d.pop("ModelNameOverride", UNSET))


        instance_pool = cls(
            instance_type=instance_type,
            priority=priority,
            model_name_override=model_name_override,
        )

        return instance_pool

