from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="BestSoFarPoint")



@_attrs_define
class BestSoFarPoint:
    """ A point of the best-so-far curve: the best objective once this training job ended.

        Attributes:
            best_objective_so_far (float): The best value of any job ended by then.
            final_objective_value (float): Its final objective metric value.
            training_end_time (datetime.datetime): When it ended.
            training_job_name (str): The training job that ended.
     """

    best_objective_so_far: float
    final_objective_value: float
    training_end_time: datetime.datetime
    training_job_name: str





    def to_dict(self) -> dict[str, Any]:
        best_objective_so_far = self.best_objective_so_far

        final_objective_value = self.final_objective_value

        training_end_time = self.training_end_time.isoformat()

        training_job_name = self.training_job_name


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "BestObjectiveSoFar": best_objective_so_far,
            "FinalObjectiveValue": final_objective_value,
            "TrainingEndTime": training_end_time,
            "TrainingJobName": training_job_name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        best_objective_so_far = d.pop("BestObjectiveSoFar")

        final_objective_value = d.pop("FinalObjectiveValue")

        training_end_time = datetime.datetime.fromisoformat(d.pop("TrainingEndTime"))




        training_job_name = d.pop("TrainingJobName")

        best_so_far_point = cls(
            best_objective_so_far=best_objective_so_far,
            final_objective_value=final_objective_value,
            training_end_time=training_end_time,
            training_job_name=training_job_name,
        )

        return best_so_far_point

