from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.variant_property_variantpropertytype import VariantPropertyVariantpropertytype






T = TypeVar("T", bound="VariantProperty")



@_attrs_define
class VariantProperty:
    """ A variant property to keep from the endpoint's current configuration on an update.

        Attributes:
            variant_property_type (VariantPropertyVariantpropertytype): The type of the variant property (kept from the
                current configuration).
     """

    variant_property_type: VariantPropertyVariantpropertytype





    def to_dict(self) -> dict[str, Any]:
        variant_property_type = self.variant_property_type.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "VariantPropertyType": variant_property_type,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        variant_property_type = VariantPropertyVariantpropertytype(d.pop("VariantPropertyType"))




        variant_property = cls(
            variant_property_type=variant_property_type,
        )

        return variant_property

