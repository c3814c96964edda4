from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="CreateTuningJobResponse")



@_attrs_define
class CreateTuningJobResponse:
    """ The answer to CreateHyperParameterTuningJob.

        Attributes:
            hyper_parameter_tuning_job_arn (str): The ARN of the tuning job.
     """

    hyper_parameter_tuning_job_arn: str





    def to_dict(self) -> dict[str, Any]:
        hyper_parameter_tuning_job_arn = self.hyper_parameter_tuning_job_arn


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "HyperParameterTuningJobArn": hyper_parameter_tuning_job_arn,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hyper_parameter_tuning_job_arn = d.pop("HyperParameterTuningJobArn")

        create_tuning_job_response = cls(
            hyper_parameter_tuning_job_arn=hyper_parameter_tuning_job_arn,
        )

        return create_tuning_job_response

