from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.inference_execution_config_mode import InferenceExecutionConfigMode






T = TypeVar("T", bound="InferenceExecutionConfig")



@_attrs_define
class InferenceExecutionConfig:
    """ Specifies details of how containers in a multi-container endpoint are called.

        Attributes:
            mode (InferenceExecutionConfigMode): How containers in a multi-container are run.
     """

    mode: InferenceExecutionConfigMode





    def to_dict(self) -> dict[str, Any]:
        mode = self.mode.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "Mode": mode,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = InferenceExecutionConfigMode(d.pop("Mode"))




        inference_execution_config = cls(
            mode=mode,
        )

        return inference_execution_config

