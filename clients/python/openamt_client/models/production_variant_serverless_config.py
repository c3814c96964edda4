from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ProductionVariantServerlessConfig")



@_attrs_define
class ProductionVariantServerlessConfig:
    """ The serverless configuration for an endpoint.

        Attributes:
            max_concurrency (int): The maximum number of concurrent invocations your serverless endpoint can process.
            memory_size_in_mb (int): The memory size of your serverless endpoint.
            provisioned_concurrency (int | None | Unset): The amount of provisioned concurrency to allocate for the
                serverless endpoint.
     """

    max_concurrency: int
    memory_size_in_mb: int
    provisioned_concurrency: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        max_concurrency = self.max_concurrency

        memory_size_in_mb = self.memory_size_in_mb

        provisioned_concurrency: int | None | Unset
        if isinstance(self.provisioned_concurrency, Unset):
            provisioned_concurrency = UNSET
        else:
            provisioned_concurrency = self.provisioned_concurrency


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "MaxConcurrency": max_concurrency,
            "MemorySizeInMB": memory_size_in_mb,
        })
        if provisioned_concurrency is not UNSET:
            field_dict["ProvisionedConcurrency"] = provisioned_concurrency

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_concurrency = d.pop("MaxConcurrency")

        memory_size_in_mb = d.pop("MemorySizeInMB")

        def _parse_provisioned_concurrency(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        provisioned_concurrency = _parse_provisioned_concurrency(d.pop("ProvisionedConcurrency", UNSET))


        production_variant_serverless_config = cls(
            max_concurrency=max_concurrency,
            memory_size_in_mb=memory_size_in_mb,
            provisioned_concurrency=provisioned_concurrency,
        )

        return production_variant_serverless_config

