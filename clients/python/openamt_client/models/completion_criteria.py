from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.best_objective_not_improving import BestObjectiveNotImproving
  from ..models.convergence_detected import ConvergenceDetected





T = TypeVar("T", bound="CompletionCriteria")



@_attrs_define
class CompletionCriteria:
    """ Conditions that end a tuning job before its resource limits do.

        Attributes:
            best_objective_not_improving (BestObjectiveNotImproving | None | Unset): Stop the tuning job once training jobs
                stop improving the best objective.
            convergence_detected (ConvergenceDetected | None | Unset): Stop the tuning job once AMT detects that the
                objective has converged.
            target_objective_metric_value (float | None | Unset): Stop the tuning job once a training job reaches this
                objective metric value.
     """

    best_objective_not_improving: BestObjectiveNotImproving | None | Unset = UNSET
    convergence_detected: ConvergenceDetected | None | Unset = UNSET
    target_objective_metric_value: float | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.best_objective_not_improving import BestObjectiveNotImproving # noqa: PLC0415
        from ..models.convergence_detected import ConvergenceDetected # noqa: PLC0415
        best_objective_not_improving: dict[str, Any] | None | Unset
        if isinstance(self.best_objective_not_improving, Unset):
            best_objective_not_improving = UNSET
        elif isinstance(self.best_objective_not_improving, BestObjectiveNotImproving):
            best_objective_not_improving = self.best_objective_not_improving.to_dict()
        else:
            best_objective_not_improving = self.best_objective_not_improving

        convergence_detected: dict[str, Any] | None | Unset
        if isinstance(self.convergence_detected, Unset):
            convergence_detected = UNSET
        elif isinstance(self.convergence_detected, ConvergenceDetected):
            convergence_detected = self.convergence_detected.to_dict()
        else:
            convergence_detected = self.convergence_detected

        target_objective_metric_value: float | None | Unset
        if isinstance(self.target_objective_metric_value, Unset):
            target_objective_metric_value = UNSET
        else:
            target_objective_metric_value = self.target_objective_metric_value


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if best_objective_not_improving is not UNSET:
            field_dict["BestObjectiveNotImproving"] = best_objective_not_improving
        if convergence_detected is not UNSET:
            field_dict["ConvergenceDetected"] = convergence_detected
        if target_objective_metric_value is not UNSET:
            field_dict["TargetObjectiveMetricValue"] = target_objective_metric_value

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.best_objective_not_improving import BestObjectiveNotImproving # noqa: PLC0415
        from ..models.convergence_detected import ConvergenceDetected # noqa: PLC0415
        d = dict(src_dict)
        def _parse_best_objective_not_improving(data: object) -> BestObjectiveNotImproving | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                best_objective_not_improving_type_0 = BestObjectiveNotImproving.from_dict(data)



                return best_objective_not_improving_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BestObjectiveNotImproving | None | Unset, data)

        best_objective_not_improving = _parse_best_objective_not_improving(d.pop("BestObjectiveNotImproving", UNSET))


        def _parse_convergence_detected(data: object) -> ConvergenceDetected | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                convergence_detected_type_0 = ConvergenceDetected.from_dict(data)



                return convergence_detected_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvergenceDetected | None | Unset, data)

        convergence_detected = _parse_convergence_detected(d.pop("ConvergenceDetected", UNSET))


        def _parse_target_objective_metric_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        target_objective_metric_value = _parse_target_objective_metric_value(d.pop("TargetObjectiveMetricValue", UNSET))


        completion_criteria = cls(
            best_objective_not_improving=best_objective_not_improving,
            convergence_detected=convergence_detected,
            target_objective_metric_value=target_objective_metric_value,
        )

        return completion_criteria

