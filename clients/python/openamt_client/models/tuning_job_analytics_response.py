from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.tuning_job_analytics_response_objectivetype import TuningJobAnalyticsResponseObjectivetype
from typing import cast

if TYPE_CHECKING:
  from ..models.best_so_far_point import BestSoFarPoint
  from ..models.training_job_analytics import TrainingJobAnalytics





T = TypeVar("T", bound="TuningJobAnalyticsResponse")



@_attrs_define
class TuningJobAnalyticsResponse:
    """ Every training job of a tuning job with its hyperparameters and objective, and the
    best objective over time.

        Attributes:
            best_so_far (list[BestSoFarPoint]): The best objective after each training job that ended with a value, in the
                order they ended.
            hyper_parameter_tuning_job_name (str): The tuning job.
            objective_metric_name (str): The objective metric.
            objective_type (TuningJobAnalyticsResponseObjectivetype): Whether the objective is maximized or minimized.
            training_jobs (list[TrainingJobAnalytics]): Every training job the tuning job launched, in launch order.
     """

    best_so_far: list[BestSoFarPoint]
    hyper_parameter_tuning_job_name: str
    objective_metric_name: str
    objective_type: TuningJobAnalyticsResponseObjectivetype
    training_jobs: list[TrainingJobAnalytics]





    def to_dict(self) -> dict[str, Any]:
        from ..models.best_so_far_point import BestSoFarPoint # noqa: PLC0415
        from ..models.training_job_analytics import TrainingJobAnalytics # noqa: PLC0415
        best_so_far = []
        for best_so_far_item_data in self.best_so_far:
            best_so_far_item = best_so_far_item_data.to_dict()
            best_so_far.append(best_so_far_item)



        hyper_parameter_tuning_job_name = self.hyper_parameter_tuning_job_name

        objective_metric_name = self.objective_metric_name

        objective_type = self.objective_type.value

        training_jobs = []
        for training_jobs_item_data in self.training_jobs:
            training_jobs_item = training_jobs_item_data.to_dict()
            training_jobs.append(training_jobs_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "BestSoFar": best_so_far,
            "HyperParameterTuningJobName": hyper_parameter_tuning_job_name,
            "ObjectiveMetricName": objective_metric_name,
            "ObjectiveType": objective_type,
            "TrainingJobs": training_jobs,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.best_so_far_point import BestSoFarPoint # noqa: PLC0415
        from ..models.training_job_analytics import TrainingJobAnalytics # noqa: PLC0415
        d = dict(src_dict)
        best_so_far = []
        _best_so_far = d.pop("BestSoFar")
        for best_so_far_item_data in (_best_so_far):
            best_so_far_item = BestSoFarPoint.from_dict(best_so_far_item_data)



            best_so_far.append(best_so_far_item)


        hyper_parameter_tuning_job_name = d.pop("HyperParameterTuningJobName")

        objective_metric_name = d.pop("ObjectiveMetricName")

        objective_type = TuningJobAnalyticsResponseObjectivetype(d.pop("ObjectiveType"))




        training_jobs = []
        _training_jobs = d.pop("TrainingJobs")
        for training_jobs_item_data in (_training_jobs):
            training_jobs_item = TrainingJobAnalytics.from_dict(training_jobs_item_data)



            training_jobs.append(training_jobs_item)


        tuning_job_analytics_response = cls(
            best_so_far=best_so_far,
            hyper_parameter_tuning_job_name=hyper_parameter_tuning_job_name,
            objective_metric_name=objective_metric_name,
            objective_type=objective_type,
            training_jobs=training_jobs,
        )

        return tuning_job_analytics_response

