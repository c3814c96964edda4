from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="TrainingProgressInfo")



@_attrs_define
class TrainingProgressInfo:
    """ The serverless training job progress information.

        Attributes:
            current_epoch (int | None | Unset): The current epoch number.
            current_step (int | None | Unset): The current step number.
            max_epoch (int | None | Unset): The maximum number of epochs for this job.
            total_step_count_per_epoch (int | None | Unset): The total step count per epoch.
     """

    current_epoch: int | None | Unset = UNSET
    current_step: int | None | Unset = UNSET
    max_epoch: int | None | Unset = UNSET
    total_step_count_per_epoch: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        current_epoch: int | None | Unset
        if isinstance(self.current_epoch, Unset):
            current_epoch = UNSET
        else:
            current_epoch = self.current_epoch

        current_step: int | None | Unset
        if isinstance(self.current_step, Unset):
            current_step = UNSET
        else:
            current_step = self.current_step

        max_epoch: int | None | Unset
        if isinstance(self.max_epoch, Unset):
            max_epoch = UNSET
        else:
            max_epoch = self.max_epoch

        total_step_count_per_epoch: int | None | Unset
        if isinstance(self.total_step_count_per_epoch, Unset):
            total_step_count_per_epoch = UNSET
        else:
            total_step_count_per_epoch = self.total_step_count_per_epoch


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if current_epoch is not UNSET:
            field_dict["CurrentEpoch"] = current_epoch
        if current_step is not UNSET:
            field_dict["CurrentStep"] = current_step
        if max_epoch is not UNSET:
            field_dict["MaxEpoch"] = max_epoch
        if total_step_count_per_epoch is not UNSET:
            field_dict["TotalStepCountPerEpoch"] = total_step_count_per_epoch

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_current_epoch(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        current_epoch = _parse_current_epoch(d.pop("CurrentEpoch", UNSET))


        def _parse_current_step(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        current_step = _parse_current_step(d.pop("CurrentStep", UNSET))


        def _parse_max_epoch(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_epoch = _parse_max_epoch(d.pop("MaxEpoch", UNSET))


        def _parse_total_step_count_per_epoch(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_step_count_per_epoch = _parse_total_step_count_per_epoch(d.pop("TotalStepCountPerEpoch", UNSET))


        training_progress_info = cls(
            current_epoch=current_epoch,
            current_step=current_step,
            max_epoch=max_epoch,
            total_step_count_per_epoch=total_step_count_per_epoch,
        )

        return training_progress_info

