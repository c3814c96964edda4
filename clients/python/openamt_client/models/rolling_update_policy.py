from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.capacity_size import CapacitySize





T = TypeVar("T", bound="RollingUpdatePolicy")



@_attrs_define
class RollingUpdatePolicy:
    """ Specifies a rolling deployment strategy for updating a SageMaker endpoint.

        Attributes:
            maximum_batch_size (CapacitySize): Batch size for the first step to turn on traffic on the new endpoint fleet.
            wait_interval_in_seconds (int): The length of the baking period, during which SageMaker monitors alarms for each
                batch on the new fleet.
            maximum_execution_timeout_in_seconds (int | None | Unset): The time limit for the total deployment.
            rollback_maximum_batch_size (CapacitySize | None | Unset): Batch size for rollback to the old endpoint fleet.
     """

    maximum_batch_size: CapacitySize
    wait_interval_in_seconds: int
    maximum_execution_timeout_in_seconds: int | None | Unset = UNSET
    rollback_maximum_batch_size: CapacitySize | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.capacity_size import CapacitySize # noqa: PLC0415
        maximum_batch_size = self.maximum_batch_size.to_dict()

        wait_interval_in_seconds = self.wait_interval_in_seconds

        maximum_execution_timeout_in_seconds: int | None | Unset
        if isinstance(self.maximum_execution_timeout_in_seconds, Unset):
            maximum_execution_timeout_in_seconds = UNSET
        else:
            maximum_execution_timeout_in_seconds = self.maximum_execution_timeout_in_seconds

        rollback_maximum_batch_size: dict[str, Any] | None | Unset
        if isinstance(self.rollback_maximum_batch_size, Unset):
            rollback_maximum_batch_size = UNSET
        elif isinstance(self.rollback_maximum_batch_size, CapacitySize):
            rollback_maximum_batch_size = self.rollback_maximum_batch_size.to_dict()
        else:
            rollback_maximum_batch_size = self.rollback_maximum_batch_size


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "MaximumBatchSize": maximum_batch_size,
            "WaitIntervalInSeconds": wait_interval_in_seconds,
        })
        if maximum_execution_timeout_in_seconds is not UNSET:
            field_dict["MaximumExecutionTimeoutInSeconds"] = maximum_execution_timeout_in_seconds
        if rollback_maximum_batch_size is not UNSET:
            field_dict["RollbackMaximumBatchSize"] = rollback_maximum_batch_size

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.capacity_size import CapacitySize # noqa: PLC0415
        d = dict(src_dict)
        maximum_batch_size = CapacitySize.from_dict(d.pop("MaximumBatchSize"))




        wait_interval_in_seconds = d.pop("WaitIntervalInSeconds")

        def _parse_maximum_execution_timeout_in_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        maximum_execution_timeout_in_seconds = _parse_maximum_execution_timeout_in_seconds(d.pop("MaximumExecutionTimeoutInSeconds", UNSET))


        def _parse_rollback_maximum_batch_size(data: object) -> CapacitySize | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rollback_maximum_batch_size_type_0 = CapacitySize.from_dict(data)



                return rollback_maximum_batch_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CapacitySize | None | Unset, data)

        rollback_maximum_batch_size = _parse_rollback_maximum_batch_size(d.pop("RollbackMaximumBatchSize", UNSET))


        rolling_update_policy = cls(
            maximum_batch_size=maximum_batch_size,
            wait_interval_in_seconds=wait_interval_in_seconds,
            maximum_execution_timeout_in_seconds=maximum_execution_timeout_in_seconds,
            rollback_maximum_batch_size=rollback_maximum_batch_size,
        )

        return rolling_update_policy

