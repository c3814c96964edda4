from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.collection_configuration_collection_parameters_type_0 import CollectionConfigurationCollectionParametersType0





T = TypeVar("T", bound="CollectionConfiguration")



@_attrs_define
class CollectionConfiguration:
    """ Configuration information for the SageMaker Debugger output tensor collections.

        Attributes:
            collection_name (None | str | Unset): The name of the tensor collection.
            collection_parameters (CollectionConfigurationCollectionParametersType0 | None | Unset): Parameter values for
                the tensor collection.
     """

    collection_name: None | str | Unset = UNSET
    collection_parameters: CollectionConfigurationCollectionParametersType0 | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.collection_configuration_collection_parameters_type_0 import CollectionConfigurationCollectionParametersType0 # noqa: PLC0415
        collection_name: None | str | Unset
        if isinstance(self.collection_name, Unset):
            collection_name = UNSET
        else:
            collection_name = self.collection_name

        collection_parameters: dict[str, Any] | None | Unset
        if isinstance(self.collection_parameters, Unset):
            collection_parameters = UNSET
        elif isinstance(self.collection_parameters, CollectionConfigurationCollectionParametersType0):
            collection_parameters = self.collection_parameters.to_dict()
        else:
            collection_parameters = self.collection_parameters


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if collection_name is not UNSET:
            field_dict["CollectionName"] = collection_name
        if collection_parameters is not UNSET:
            field_dict["CollectionParameters"] = collection_parameters

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collection_configuration_collection_parameters_type_0 import CollectionConfigurationCollectionParametersType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_collection_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        collection_name = _parse_collection_name(d.pop("CollectionName", UNSET))


        def _parse_collection_parameters(data: object) -> CollectionConfigurationCollectionParametersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                collection_parameters_type_0 = CollectionConfigurationCollectionParametersType0.from_dict(data)



                return collection_parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CollectionConfigurationCollectionParametersType0 | None | Unset, data)

        collection_parameters = _parse_collection_parameters(d.pop("CollectionParameters", UNSET))


        collection_configuration = cls(
            collection_name=collection_name,
            collection_parameters=collection_parameters,
        )

        return collection_configuration

