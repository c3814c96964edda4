from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.training_job_summary import TrainingJobSummary





T = TypeVar("T", bound="ListTrainingJobsForTuningJobResponse")



@_attrs_define
class ListTrainingJobsForTuningJobResponse:
    """ A page of ListTrainingJobsForHyperParameterTuningJob.

        Attributes:
            training_job_summaries (list[TrainingJobSummary]): The training jobs on this page.
            next_token (None | str | Unset): The token for the next page, when the list was truncated.
     """

    training_job_summaries: list[TrainingJobSummary]
    next_token: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.training_job_summary import TrainingJobSummary # noqa: PLC0415
        training_job_summaries = []
        for training_job_summaries_item_data in self.training_job_summaries:
            training_job_summaries_item = training_job_summaries_item_data.to_dict()
            training_job_summaries.append(training_job_summaries_item)



        next_token: None | str | Unset
        if isinstance(self.next_token, Unset):
            next_token = UNSET
        else:
            next_token = self.next_token


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "TrainingJobSummaries": training_job_summaries,
        })
        if next_token is not UNSET:
            field_dict["NextToken"] = next_token

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.training_job_summary import TrainingJobSummary # noqa: PLC0415
        d = dict(src_dict)
        training_job_summaries = []
        _training_job_summaries = d.pop("TrainingJobSummaries")
        for training_job_summaries_item_data in (_training_job_summaries):
            training_job_summaries_item = TrainingJobSummary.from_dict(training_job_summaries_item_data)



            training_job_summaries.append(training_job_summaries_item)


        def _parse_next_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_token = _parse_next_token(d.pop("NextToken", UNSET))


        list_training_jobs_for_tuning_job_response = cls(
            training_job_summaries=training_job_summaries,
            next_token=next_token,
        )

        return list_training_jobs_for_tuning_job_response

