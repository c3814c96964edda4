from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.warm_start_config_warmstarttype import WarmStartConfigWarmstarttype
from typing import cast

if TYPE_CHECKING:
  from ..models.parent_tuning_job import ParentTuningJob





T = TypeVar("T", bound="WarmStartConfig")



@_attrs_define
class WarmStartConfig:
    """ The previous tuning jobs a warm-start tuning job starts from, and how.

        Attributes:
            parent_hyper_parameter_tuning_jobs (list[ParentTuningJob]): The tuning jobs this tuning job starts from.
            warm_start_type (WarmStartConfigWarmstarttype): IdenticalDataAndAlgorithm (same data and image as the parents)
                or TransferLearning.
     """

    parent_hyper_parameter_tuning_jobs: list[ParentTuningJob]
    warm_start_type: WarmStartConfigWarmstarttype





    def to_dict(self) -> dict[str, Any]:
        from ..models.parent_tuning_job import ParentTuningJob # noqa: PLC0415
        parent_hyper_parameter_tuning_jobs = []
        for parent_hyper_parameter_tuning_jobs_item_data in self.parent_hyper_parameter_tuning_jobs:
            parent_hyper_parameter_tuning_jobs_item = parent_hyper_parameter_tuning_jobs_item_data.to_dict()
            parent_hyper_parameter_tuning_jobs.append(parent_hyper_parameter_tuning_jobs_item)



        warm_start_type = self.warm_start_type.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "ParentHyperParameterTuningJobs": parent_hyper_parameter_tuning_jobs,
            "WarmStartType": warm_start_type,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.parent_tuning_job import ParentTuningJob # noqa: PLC0415
        d = dict(src_dict)
        parent_hyper_parameter_tuning_jobs = []
        _parent_hyper_parameter_tuning_jobs = d.pop("ParentHyperParameterTuningJobs")
        for parent_hyper_parameter_tuning_jobs_item_data in (_parent_hyper_parameter_tuning_jobs):
            parent_hyper_parameter_tuning_jobs_item = ParentTuningJob.from_dict(parent_hyper_parameter_tuning_jobs_item_data)



            parent_hyper_parameter_tuning_jobs.append(parent_hyper_parameter_tuning_jobs_item)


        warm_start_type = WarmStartConfigWarmstarttype(d.pop("WarmStartType"))




        warm_start_config = cls(
            parent_hyper_parameter_tuning_jobs=parent_hyper_parameter_tuning_jobs,
            warm_start_type=warm_start_type,
        )

        return warm_start_config

