from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="RetryStrategy")



@_attrs_define
class RetryStrategy:
    """ The retry strategy to use when a training job fails due to an InternalServerError.

        Attributes:
            maximum_retry_attempts (int): The number of times to retry the job.
     """

    maximum_retry_attempts: int





    def to_dict(self) -> dict[str, Any]:
        maximum_retry_attempts = self.maximum_retry_attempts


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "MaximumRetryAttempts": maximum_retry_attempts,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        maximum_retry_attempts = d.pop("MaximumRetryAttempts")

        retry_strategy = cls(
            maximum_retry_attempts=maximum_retry_attempts,
        )

        return retry_strategy

