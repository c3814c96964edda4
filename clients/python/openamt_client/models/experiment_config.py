from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ExperimentConfig")



@_attrs_define
class ExperimentConfig:
    """ Associates a SageMaker job as a trial component with an experiment and trial.

        Attributes:
            experiment_name (None | str | Unset): The name of an existing experiment to associate with the trial component.
            run_name (None | str | Unset): The name of the experiment run to associate with the trial component.
            trial_component_display_name (None | str | Unset): The display name for the trial component.
            trial_name (None | str | Unset): The name of an existing trial to associate the trial component with.
     """

    experiment_name: None | str | Unset = UNSET
    run_name: None | str | Unset = UNSET
    trial_component_display_name: None | str | Unset = UNSET
    trial_name: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        experiment_name: None | str | Unset
        if isinstance(self.experiment_name, Unset):
            experiment_name = UNSET
        else:
            experiment_name = self.experiment_name

        run_name: None | str | Unset
        if isinstance(self.run_name, Unset):
            run_name = UNSET
        else:
            run_name = self.run_name

        trial_component_display_name: None | str | Unset
        if isinstance(self.trial_component_display_name, Unset):
            trial_component_display_name = UNSET
        else:
            trial_component_display_name = self.trial_component_display_name

        trial_name: None | str | Unset
        if isinstance(self.trial_name, Unset):
            trial_name = UNSET
        else:
            trial_name = self.trial_name


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if experiment_name is not UNSET:
            field_dict["ExperimentName"] = experiment_name
        if run_name is not UNSET:
            field_dict["RunName"] = run_name
        if trial_component_display_name is not UNSET:
            field_dict["TrialComponentDisplayName"] = trial_component_display_name
        if trial_name is not UNSET:
            field_dict["TrialName"] = trial_name

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_experiment_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        experiment_name = _parse_experiment_name(d.pop("ExperimentName", UNSET))


        def _parse_run_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_name = _parse_run_name(d.pop("RunName", UNSET))


        def _parse_trial_component_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trial_component_display_name = _parse_trial_component_display_name(d.pop("TrialComponentDisplayName", UNSET))


        def _parse_trial_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trial_name = _parse_trial_name(d.pop("TrialName", UNSET))


        experiment_config = cls(
            experiment_name=experiment_name,
            run_name=run_name,
            trial_component_display_name=trial_component_display_name,
            trial_name=trial_name,
        )

        return experiment_config

