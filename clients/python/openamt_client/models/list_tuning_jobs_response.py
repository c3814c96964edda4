from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.tuning_job_summary import TuningJobSummary





T = TypeVar("T", bound="ListTuningJobsResponse")



@_attrs_define
class ListTuningJobsResponse:
    """ A page of ListHyperParameterTuningJobs.

        Attributes:
            hyper_parameter_tuning_job_summaries (list[TuningJobSummary]): The tuning jobs on this page.
            next_token (None | str | Unset): The token for the next page, when the list was truncated.
     """

    hyper_parameter_tuning_job_summaries: list[TuningJobSummary]
    next_token: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.tuning_job_summary import TuningJobSummary # noqa: PLC0415
        hyper_parameter_tuning_job_summaries = []
        for hyper_parameter_tuning_job_summaries_item_data in self.hyper_parameter_tuning_job_summaries:
            hyper_parameter_tuning_job_summaries_item = hyper_parameter_tuning_job_summaries_item_data.to_dict()
            hyper_parameter_tuning_job_summaries.append(hyper_parameter_tuning_job_summaries_item)



        next_token: None | str | Unset
        if isinstance(self.next_token, Unset):
            next_token = UNSET
        else:
            next_token = self.next_token


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "HyperParameterTuningJobSummaries": hyper_parameter_tuning_job_summaries,
        })
        if next_token is not UNSET:
            field_dict["NextToken"] = next_token

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tuning_job_summary import TuningJobSummary # noqa: PLC0415
        d = dict(src_dict)
        hyper_parameter_tuning_job_summaries = []
        _hyper_parameter_tuning_job_summaries = d.pop("HyperParameterTuningJobSummaries")
        for hyper_parameter_tuning_job_summaries_item_data in (_hyper_parameter_tuning_job_summaries):
            hyper_parameter_tuning_job_summaries_item = TuningJobSummary.from_dict(hyper_parameter_tuning_job_summaries_item_data)



            hyper_parameter_tuning_job_summaries.append(hyper_parameter_tuning_job_summaries_item)


        def _parse_next_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_token = _parse_next_token(d.pop("NextToken", UNSET))


        list_tuning_jobs_response = cls(
            hyper_parameter_tuning_job_summaries=hyper_parameter_tuning_job_summaries,
            next_token=next_token,
        )

        return list_tuning_jobs_response

