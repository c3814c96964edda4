from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.training_job_list_summary_secondary_status_type_0 import TrainingJobListSummarySecondaryStatusType0
from ..models.training_job_list_summary_trainingjobstatus import TrainingJobListSummaryTrainingjobstatus
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.warm_pool_status import WarmPoolStatus





T = TypeVar("T", bound="TrainingJobListSummary")



@_attrs_define
class TrainingJobListSummary:
    """ Provides summary information about a training job.

        Attributes:
            creation_time (datetime.datetime): A timestamp that shows when the training job was created.
            training_job_arn (str): The ARN of the training job.
            training_job_name (str): The name of the training job that you want a summary for.
            training_job_status (TrainingJobListSummaryTrainingjobstatus): The status of the training job.
            last_modified_time (datetime.datetime | None | Unset): Timestamp when the training job was last modified.
            secondary_status (None | TrainingJobListSummarySecondaryStatusType0 | Unset): The secondary status of the
                training job.
            training_end_time (datetime.datetime | None | Unset): A timestamp that shows when the training job ended.
            training_plan_arn (None | str | Unset): The ARN of the training plan of this training job.
            warm_pool_status (None | Unset | WarmPoolStatus): The status of the warm pool associated with the training job.
     """

    creation_time: datetime.datetime
    training_job_arn: str
    training_job_name: str
    training_job_status: TrainingJobListSummaryTrainingjobstatus
    last_modified_time: datetime.datetime | None | Unset = UNSET
    secondary_status: None | TrainingJobListSummarySecondaryStatusType0 | Unset = UNSET
    training_end_time: datetime.datetime | None | Unset = UNSET
    training_plan_arn: None | str | Unset = UNSET
    warm_pool_status: None | Unset | WarmPoolStatus = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.warm_pool_status import WarmPoolStatus # noqa: PLC0415
        creation_time = self.creation_time.isoformat()

        training_job_arn = self.training_job_arn

        training_job_name = self.training_job_name

        training_job_status = self.training_job_status.value

        last_modified_time: None | str | Unset
        if isinstance(self.last_modified_time, Unset):
            last_modified_time = UNSET
        elif isinstance(self.last_modified_time, datetime.datetime):
            last_modified_time = self.last_modified_time.isoformat()
        else:
            last_modified_time = self.last_modified_time

        secondary_status: None | str | Unset
        if isinstance(self.secondary_status, Unset):
            secondary_status = UNSET
        elif isinstance(self.secondary_status, TrainingJobListSummarySecondaryStatusType0):
            secondary_status = self.secondary_status.value
        else:
            secondary_status = self.secondary_status

        training_end_time: None | str | Unset
        if isinstance(self.training_end_time, Unset):
            training_end_time = UNSET
        elif isinstance(self.training_end_time, datetime.datetime):
            training_end_time = self.training_end_time.isoformat()
        else:
            training_end_time = self.training_end_time

        training_plan_arn: None | str | Unset
        if isinstance(self.training_plan_arn, Unset):
            training_plan_arn = UNSET
        else:
            training_plan_arn = self.training_plan_arn

        warm_pool_status: dict[str, Any] | None | Unset
        if isinstance(self.warm_pool_status, Unset):
            warm_pool_status = UNSET
        elif isinstance(self.warm_pool_status, WarmPoolStatus):
            warm_pool_status = self.warm_pool_status.to_dict()
        else:
            warm_pool_status = self.warm_pool_status


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "CreationTime": creation_time,
            "TrainingJobArn": training_job_arn,
            "TrainingJobName": training_job_name,
            "TrainingJobStatus": training_job_status,
        })
        if last_modified_time is not UNSET:
            field_dict["LastModifiedTime"] = last_modified_time
        if secondary_status is not UNSET:
            field_dict["SecondaryStatus"] = secondary_status
        if training_end_time is not UNSET:
            field_dict["TrainingEndTime"] = training_end_time
        if training_plan_arn is not UNSET:
            field_dict["TrainingPlanArn"] = training_plan_arn
        if warm_pool_status is not UNSET:
            field_dict["WarmPoolStatus"] = warm_pool_status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.warm_pool_status import WarmPoolStatus # noqa: PLC0415
        d = dict(src_dict)
        creation_time = datetime.datetime.fromisoformat(d.pop("CreationTime"))




        training_job_arn = d.pop("TrainingJobArn")

        training_job_name = d.pop("TrainingJobName")

        training_job_status = TrainingJobListSummaryTrainingjobstatus(d.pop("TrainingJobStatus"))




        def _parse_last_modified_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_modified_time_type_0 = datetime.datetime.fromisoformat(data)



                return last_modified_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_modified_time = _parse_last_modified_time(d.pop("LastModifiedTime", UNSET))


        def _parse_secondary_status(data: object) -> None | TrainingJobListSummarySecondaryStatusType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                secondary_status_type_0 = TrainingJobListSummarySecondaryStatusType0(data)



                return secondary_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrainingJobListSummarySecondaryStatusType0 | Unset, data)

        secondary_status = _parse_secondary_status(d.pop("SecondaryStatus", UNSET))


        def _parse_training_end_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                training_end_time_type_0 = datetime.datetime.fromisoformat(data)



                return training_end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        training_end_time = _parse_training_end_time(d.pop("TrainingEndTime", UNSET))


        def _parse_training_plan_arn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        training_plan_arn = _parse_training_plan_arn(d.pop("TrainingPlanArn", UNSET))


        def _parse_warm_pool_status(data: object) -> None | Unset | WarmPoolStatus:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                warm_pool_status_type_0 = WarmPoolStatus.from_dict(data)



                return warm_pool_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WarmPoolStatus, data)

        warm_pool_status = _parse_warm_pool_status(d.pop("WarmPoolStatus", UNSET))


        training_job_list_summary = cls(
            creation_time=creation_time,
            training_job_arn=training_job_arn,
            training_job_name=training_job_name,
            training_job_status=training_job_status,
            last_modified_time=last_modified_time,
            secondary_status=secondary_status,
            training_end_time=training_end_time,
            training_plan_arn=training_plan_arn,
            warm_pool_status=warm_pool_status,
        )

        return training_job_list_summary

