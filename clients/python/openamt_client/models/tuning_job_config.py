from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.tuning_job_config_strategy import TuningJobConfigStrategy
from ..models.tuning_job_config_training_job_early_stopping_type_type_0 import TuningJobConfigTrainingJobEarlyStoppingTypeType0
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.completion_criteria import CompletionCriteria
  from ..models.parameter_ranges import ParameterRanges
  from ..models.resource_limits import ResourceLimits
  from ..models.strategy_config import StrategyConfig
  from ..models.tuning_objective import TuningObjective





T = TypeVar("T", bound="TuningJobConfig")



@_attrs_define
class TuningJobConfig:
    """ Configures a tuning job.

        Attributes:
            resource_limits (ResourceLimits): Caps on the number of training jobs, of parallel training jobs and on runtime.
            strategy (TuningJobConfigStrategy): How the tuning job chooses hyperparameter values: Bayesian, Random,
                Hyperband or Grid.
            hyper_parameter_tuning_job_objective (None | TuningObjective | Unset): The objective metric used to evaluate the
                training jobs of this tuning job.
            parameter_ranges (None | ParameterRanges | Unset): The ranges of hyperparameters the tuning job searches.
            random_seed (int | None | Unset): A value used to initialize a pseudo-random number generator.
            strategy_config (None | StrategyConfig | Unset): The configuration of the Hyperband strategy; only with
                Hyperband.
            training_job_early_stopping_type (None | TuningJobConfigTrainingJobEarlyStoppingTypeType0 | Unset): Whether to
                stop training jobs early when they are unlikely to beat the best; Off for Hyperband.
            tuning_job_completion_criteria (CompletionCriteria | None | Unset): The tuning job's completion criteria.
     """

    resource_limits: ResourceLimits
    strategy: TuningJobConfigStrategy
    hyper_parameter_tuning_job_objective: None | TuningObjective | Unset = UNSET
    parameter_ranges: None | ParameterRanges | Unset = UNSET
    random_seed: int | None | Unset = UNSET
    strategy_config: None | StrategyConfig | Unset = UNSET
    training_job_early_stopping_type: None | TuningJobConfigTrainingJobEarlyStoppingTypeType0 | Unset = UNSET
    tuning_job_completion_criteria: CompletionCriteria | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.completion_criteria import CompletionCriteria # noqa: PLC0415
        from ..models.parameter_ranges import ParameterRanges # noqa: PLC0415
        from ..models.resource_limits import ResourceLimits # noqa: PLC0415
        from ..models.strategy_config import StrategyConfig # noqa: PLC0415
        from ..models.tuning_objective import TuningObjective # noqa: PLC0415
        resource_limits = self.resource_limits.to_dict()

        strategy = self.strategy.value

        hyper_parameter_tuning_job_objective: dict[str, Any] | None | Unset
        if isinstance(self.hyper_parameter_tuning_job_objective, Unset):
            hyper_parameter_tuning_job_objective = UNSET
        elif isinstance(self.hyper_parameter_tuning_job_objective, TuningObjective):
            hyper_parameter_tuning_job_objective = self.hyper_parameter_tuning_job_objective.to_dict()
        else:
            hyper_parameter_tuning_job_objective = self.hyper_parameter_tuning_job_objective

        parameter_ranges: dict[str, Any] | None | Unset
        if isinstance(self.parameter_ranges, Unset):
            parameter_ranges = UNSET
        elif isinstance(self.parameter_ranges, ParameterRanges):
            parameter_ranges = self.parameter_ranges.to_dict()
        else:
            parameter_ranges = self.parameter_ranges

        random_seed: int | None | Unset
        if isinstance(self.random_seed, Unset):
            random_seed = UNSET
        else:
            random_seed = self.random_seed

        strategy_config: dict[str, Any] | None | Unset
        if isinstance(self.strategy_config, Unset):
            strategy_config = UNSET
        elif isinstance(self.strategy_config, StrategyConfig):
            strategy_config = self.strategy_config.to_dict()
        else:
            strategy_config = self.strategy_config

        training_job_early_stopping_type: None | str | Unset
        if isinstance(self.training_job_early_stopping_type, Unset):
            training_job_early_stopping_type = UNSET
        elif isinstance(self.training_job_early_stopping_type, TuningJobConfigTrainingJobEarlyStoppingTypeType0):
            training_job_early_stopping_type = self.training_job_early_stopping_type.value
        else:
            training_job_early_stopping_type = self.training_job_early_stopping_type

        tuning_job_completion_criteria: dict[str, Any] | None | Unset
        if isinstance(self.tuning_job_completion_criteria, Unset):
            tuning_job_completion_criteria = UNSET
        elif isinstance(self.tuning_job_completion_criteria, CompletionCriteria):
            tuning_job_completion_criteria = self.tuning_job_completion_criteria.to_dict()
        else:
            tuning_job_completion_criteria = self.tuning_job_completion_criteria


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "ResourceLimits": resource_limits,
            "Strategy": strategy,
        })
        if hyper_parameter_tuning_job_objective is not UNSET:
            field_dict["HyperParameterTuningJobObjective"] = hyper_parameter_tuning_job_objective
        if parameter_ranges is not UNSET:
            field_dict["ParameterRanges"] = parameter_ranges
        if random_seed is not UNSET:
            field_dict["RandomSeed"] = random_seed
        if strategy_config is not UNSET:
            field_dict["StrategyConfig"] = strategy_config
        if training_job_early_stopping_type is not UNSET:
            field_dict["TrainingJobEarlyStoppingType"] = training_job_early_stopping_type
        if tuning_job_completion_criteria is not UNSET:
            field_dict["TuningJobCompletionCriteria"] = tuning_job_completion_criteria

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.completion_criteria import CompletionCriteria # noqa: PLC0415
        from ..models.parameter_ranges import ParameterRanges # noqa: PLC0415
        from ..models.resource_limits import ResourceLimits # noqa: PLC0415
        from ..models.strategy_config import StrategyConfig # noqa: PLC0415
        from ..models.tuning_objective import TuningObjective # noqa: PLC0415
        d = dict(src_dict)
        resource_limits = ResourceLimits.from_dict(d.pop("ResourceLimits"))




        strategy = TuningJobConfigStrategy(d.pop("Strategy"))




        def _parse_hyper_parameter_tuning_job_objective(data: object) -> None | TuningObjective | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hyper_parameter_tuning_job_objective_type_0 = TuningObjective.from_dict(data)



                return hyper_parameter_tuning_job_objective_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TuningObjective | Unset, data)

        hyper_parameter_tuning_job_objective = _parse_hyper_parameter_tuning_job_objective(d.pop("HyperParameterTuningJobObjective", UNSET))


        def _parse_parameter_ranges(data: object) -> None | ParameterRanges | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parameter_ranges_type_0 = ParameterRanges.from_dict(data)



                return parameter_ranges_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ParameterRanges | Unset, data)

        parameter_ranges = _parse_parameter_ranges(d.pop("ParameterRanges", UNSET))


        def _parse_random_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        random_seed = _parse_random_seed(d.pop("RandomSeed", UNSET))


        def _parse_strategy_config(data: object) -> None | StrategyConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                strategy_config_type_0 = StrategyConfig.from_dict(data)



                return strategy_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StrategyConfig | Unset, data)

        strategy_config = _parse_strategy_config(d.pop("StrategyConfig", UNSET))


        def _parse_training_job_early_stopping_type(data: object) -> None | TuningJobConfigTrainingJobEarlyStoppingTypeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                training_job_early_stopping_type_type_0 = TuningJobConfigTrainingJobEarlyStoppingTypeType0(data)



                return training_job_early_stopping_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TuningJobConfigTrainingJobEarlyStoppingTypeType0 | Unset, data)

        training_job_early_stopping_type = _parse_training_job_early_stopping_type(d.pop("TrainingJobEarlyStoppingType", UNSET))


        def _parse_tuning_job_completion_criteria(data: object) -> CompletionCriteria | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tuning_job_completion_criteria_type_0 = CompletionCriteria.from_dict(data)



                return tuning_job_completion_criteria_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompletionCriteria | None | Unset, data)

        tuning_job_completion_criteria = _parse_tuning_job_completion_criteria(d.pop("TuningJobCompletionCriteria", UNSET))


        tuning_job_config = cls(
            resource_limits=resource_limits,
            strategy=strategy,
            hyper_parameter_tuning_job_objective=hyper_parameter_tuning_job_objective,
            parameter_ranges=parameter_ranges,
            random_seed=random_seed,
            strategy_config=strategy_config,
            training_job_early_stopping_type=training_job_early_stopping_type,
            tuning_job_completion_criteria=tuning_job_completion_criteria,
        )

        return tuning_job_config

