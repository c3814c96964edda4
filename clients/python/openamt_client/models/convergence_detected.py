from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.convergence_detected_complete_on_convergence_type_0 import ConvergenceDetectedCompleteOnConvergenceType0
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ConvergenceDetected")



@_attrs_define
class ConvergenceDetected:
    """ Completion once AMT sees no significant (1% or less) improvement of the objective.

        Attributes:
            complete_on_convergence (ConvergenceDetectedCompleteOnConvergenceType0 | None | Unset): A flag to stop a tuning
                job once AMT has detected that the job has converged.
     """

    complete_on_convergence: ConvergenceDetectedCompleteOnConvergenceType0 | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        complete_on_convergence: None | str | Unset
        if isinstance(self.complete_on_convergence, Unset):
            complete_on_convergence = UNSET
        elif isinstance(self.complete_on_convergence, ConvergenceDetectedCompleteOnConvergenceType0):
            complete_on_convergence = self.complete_on_convergence.value
        else:
            complete_on_convergence = self.complete_on_convergence


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if complete_on_convergence is not UNSET:
            field_dict["CompleteOnConvergence"] = complete_on_convergence

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_complete_on_convergence(data: object) -> ConvergenceDetectedCompleteOnConvergenceType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                complete_on_convergence_type_0 = ConvergenceDetectedCompleteOnConvergenceType0(data)



                return complete_on_convergence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvergenceDetectedCompleteOnConvergenceType0 | None | Unset, data)

        complete_on_convergence = _parse_complete_on_convergence(d.pop("CompleteOnConvergence", UNSET))


        convergence_detected = cls(
            complete_on_convergence=complete_on_convergence,
        )

        return convergence_detected

