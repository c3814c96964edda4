from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="BestObjectiveNotImproving")



@_attrs_define
class BestObjectiveNotImproving:
    """ Completion once training jobs stop improving the best objective.

        Attributes:
            max_number_of_training_jobs_not_improving (int | None | Unset): Stop after this many training jobs fail to
                improve the best objective by 1% or more.
     """

    max_number_of_training_jobs_not_improving: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        max_number_of_training_jobs_not_improving: int | None | Unset
        if isinstance(self.max_number_of_training_jobs_not_improving, Unset):
            max_number_of_training_jobs_not_improving = UNSET
        else:
            max_number_of_training_jobs_not_improving = self.max_number_of_training_jobs_not_improving


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if max_number_of_training_jobs_not_improving is not UNSET:
            field_dict["MaxNumberOfTrainingJobsNotImproving"] = max_number_of_training_jobs_not_improving

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_max_number_of_training_jobs_not_improving(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_number_of_training_jobs_not_improving = _parse_max_number_of_training_jobs_not_improving(d.pop("MaxNumberOfTrainingJobsNotImproving", UNSET))


        best_objective_not_improving = cls(
            max_number_of_training_jobs_not_improving=max_number_of_training_jobs_not_improving,
        )

        return best_objective_not_improving

