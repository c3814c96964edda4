from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="CreateTrainingJobResponse")



@_attrs_define
class CreateTrainingJobResponse:
    """ The answer of CreateTrainingJob.

        Attributes:
            training_job_arn (str): The ARN of the training job.
     """

    training_job_arn: str





    def to_dict(self) -> dict[str, Any]:
        training_job_arn = self.training_job_arn


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "TrainingJobArn": training_job_arn,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        training_job_arn = d.pop("TrainingJobArn")

        create_training_job_response = cls(
            training_job_arn=training_job_arn,
        )

        return create_training_job_response

