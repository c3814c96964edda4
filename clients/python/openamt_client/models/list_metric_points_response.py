from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.metric_point_record import MetricPointRecord





T = TypeVar("T", bound="ListMetricPointsResponse")



@_attrs_define
class ListMetricPointsResponse:
    """ A page of a training job's metric points, in the order they were emitted.

        Attributes:
            metric_points (list[MetricPointRecord]): The points on this page.
            training_job_name (str): The training job.
            next_token (None | str | Unset): The token for the next page, when more points follow.
     """

    metric_points: list[MetricPointRecord]
    training_job_name: str
    next_token: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.metric_point_record import MetricPointRecord # noqa: PLC0415
        metric_points = []
        for metric_points_item_data in self.metric_points:
            metric_points_item = metric_points_item_data.to_dict()
            metric_points.append(metric_points_item)



        training_job_name = self.training_job_name

        next_token: None | str | Unset
        if isinstance(self.next_token, Unset):
            next_token = UNSET
        else:
            next_token = self.next_token


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "MetricPoints": metric_points,
            "TrainingJobName": training_job_name,
        })
        if next_token is not UNSET:
            field_dict["NextToken"] = next_token

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metric_point_record import MetricPointRecord # noqa: PLC0415
        d = dict(src_dict)
        metric_points = []
        _metric_points = d.pop("MetricPoints")
        for metric_points_item_data in (_metric_points):
            metric_points_item = MetricPointRecord.from_dict(metric_points_item_data)



            metric_points.append(metric_points_item)


        training_job_name = d.pop("TrainingJobName")

        def _parse_next_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_token = _parse_next_token(d.pop("NextToken", UNSET))


        list_metric_points_response = cls(
            metric_points=metric_points,
            training_job_name=training_job_name,
            next_token=next_token,
        )

        return list_metric_points_response

