from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ParentTuningJob")



@_attrs_define
class ParentTuningJob:
    """ A finished tuning job used as a starting point by a warm-start tuning job.

        Attributes:
            hyper_parameter_tuning_job_name (None | str | Unset): The name of the parent tuning job.
     """

    hyper_parameter_tuning_job_name: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        hyper_parameter_tuning_job_name: None | str | Unset
        if isinstance(self.hyper_parameter_tuning_job_name, Unset):
            hyper_parameter_tuning_job_name = UNSET
        else:
            hyper_parameter_tuning_job_name = self.hyper_parameter_tuning_job_name


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if hyper_parameter_tuning_job_name is not UNSET:
            field_dict["HyperParameterTuningJobName"] = hyper_parameter_tuning_job_name

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_hyper_parameter_tuning_job_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hyper_parameter_tuning_job_name = _parse_hyper_parameter_tuning_job_name(d.pop("HyperParameterTuningJobName", UNSET))


        parent_tuning_job = cls(
            hyper_parameter_tuning_job_name=hyper_parameter_tuning_job_name,
        )

        return parent_tuning_job

