"""Interpret a CreateHyperParameterTuningJob request: AWS's cross-field rules, then the plan.

`interpret` runs at create (a broken rule is a ValidationException naming the field, and
nothing is stored) and again whenever the scheduler needs the job's plan: the stored
request is the only configuration there is. The operator's quotas (`Limits`, answered with
ResourceLimitExceeded) are checked at create only: a job accepted once is not failed later
because a quota was lowered.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.errors import ResourceLimitExceeded, ValidationError
from app.training import algorithms
from app.training.metrics import MetricDefinition, check_metric_regex
from app.training.spot import check_spot
from app.tuning.schemas import CreateTuningJobRequest, TrainingJobDefinition, TuningJobConfig
from app.tuning.search_space import (
    MAX_GRID_COMBINATIONS,
    MAX_HYPERPARAMETERS,
    SearchSpace,
    build_search_space,
)
from app.tuning.strategies import TuningPlan

if TYPE_CHECKING:
    from app.config import Settings

MAX_HYPERBAND_RESOURCE = 20_000
# Static hyperparameters AWS reads the Hyperband resource from.
EPOCH_HYPERPARAMETERS = ("epochs", "numepochs", "n-epochs", "n_epochs", "num_epochs")
# The built-in XGBoost's epochs are boosting rounds (Decision, BEHAVIOUR.md).
XGBOOST_EPOCH_HYPERPARAMETERS = (*EPOCH_HYPERPARAMETERS, "num_round")
RESERVED_PREFIXES = ("sagemaker_", "_tuning_objective_metric")


@dataclass(frozen=True)
class Limits:
    """AWS's default quotas for a tuning job; an operator sets them through Settings."""

    training_jobs: int = 750
    training_jobs_random: int = 10_000
    parallel_training_jobs: int = 100
    hyperparameters: int = 30  # tunable ones: parameter ranges
    metric_definitions: int = 40

    @classmethod
    def from_settings(cls, settings: Settings) -> Limits:
        return cls(
            training_jobs=settings.max_training_jobs_per_tuning_job,
            training_jobs_random=settings.max_training_jobs_per_tuning_job_random,
            parallel_training_jobs=settings.max_parallel_training_jobs,
            hyperparameters=settings.max_hyperparameters,
            metric_definitions=settings.max_metric_definitions,
        )


@dataclass(frozen=True)
class JobSpec:
    strategy: str
    objective_type: str
    objective_metric: str
    max_training_jobs: int
    max_parallel: int
    max_runtime_seconds: int | None
    space: SearchSpace
    plan: TuningPlan
    definition: TrainingJobDefinition
    metric_definitions: list[MetricDefinition]
    builtin_xgboost: bool


def interpret(request: CreateTuningJobRequest, *, limits: Limits | None = None) -> JobSpec:
    """The job's plan. `limits` are checked when given (at create); a stored request is
    re-read without them."""
    config = request.hyper_parameter_tuning_job_config
    where = "HyperParameterTuningJobConfig"
    definition, dfield = _single_definition(request)
    if request.warm_start_config is not None:
        raise ValidationError("WarmStartConfig: warm start is not supported by openamt yet")
    if request.autotune is not None:
        raise ValidationError("Autotune: Autotune is not supported by openamt yet")

    objective = config.hyper_parameter_tuning_job_objective or definition.tuning_objective
    if objective is None:
        raise ValidationError(f"{where}.HyperParameterTuningJobObjective is required")
    ofield = (
        f"{where}.HyperParameterTuningJobObjective"
        if config.hyper_parameter_tuning_job_objective
        else f"{dfield}.TuningObjective"
    )
    ranges = definition.hyper_parameter_ranges or config.parameter_ranges
    rfield = (
        f"{dfield}.HyperParameterRanges"
        if definition.hyper_parameter_ranges
        else (f"{where}.ParameterRanges")
    )
    space = build_search_space(ranges, field=rfield)
    if not space.parameters:
        raise ValidationError(f"{rfield}: at least one hyperparameter range is required")
    if limits is not None and len(space.parameters) > limits.hyperparameters:
        raise ResourceLimitExceeded(
            f"{rfield}: at most {limits.hyperparameters} tunable hyperparameters, got "
            f"{len(space.parameters)}"
        )

    static = definition.static_hyper_parameters or {}
    both = sorted(set(static) & set(space.names))
    if both:
        raise ValidationError(
            f"{dfield}.StaticHyperParameters: {both} are also tuned; a hyperparameter is "
            "either static or tunable"
        )
    reserved = [n for n in space.names if n.startswith(RESERVED_PREFIXES)]
    if reserved:
        raise ValidationError(f"{rfield}: {reserved} are reserved names and cannot be tuned")
    if len(static) + len(space.parameters) + 1 > MAX_HYPERPARAMETERS:
        raise ValidationError(
            f"{dfield}.StaticHyperParameters: at most {MAX_HYPERPARAMETERS} hyperparameters in "
            "total, counting static, tunable and _tuning_objective_metric"
        )

    metric_count = len(definition.algorithm_specification.metric_definitions or [])
    if limits is not None and metric_count > limits.metric_definitions:
        raise ResourceLimitExceeded(
            f"{dfield}.AlgorithmSpecification.MetricDefinitions: at most "
            f"{limits.metric_definitions} metric definitions, got {metric_count}"
        )
    builtin, rules = _algorithm(definition, dfield, ofield, objective.metric_name, objective.type)
    check_spot(
        field=dfield,
        enabled=definition.enable_managed_spot_training,
        stopping=definition.stopping_condition,
        checkpoint=definition.checkpoint_config,
    )
    strategy = config.strategy
    max_jobs = _max_training_jobs(config, space, strategy, where, rfield, limits)
    resources = config.resource_limits
    parallel = resources.max_parallel_training_jobs
    if limits is not None and parallel > limits.parallel_training_jobs:
        raise ResourceLimitExceeded(
            f"{where}.ResourceLimits.MaxParallelTrainingJobs: {parallel} exceeds the limit of "
            f"{limits.parallel_training_jobs} parallel training jobs per tuning job"
        )
    if parallel > max_jobs:
        raise ValidationError(
            f"{where}.ResourceLimits.MaxParallelTrainingJobs "
            f"({parallel}) cannot exceed MaxNumberOfTrainingJobs ({max_jobs})"
        )
    early_stopping = (config.training_job_early_stopping_type or "Off") == "Auto"
    epoch_keys = XGBOOST_EPOCH_HYPERPARAMETERS if builtin else EPOCH_HYPERPARAMETERS
    min_resource, max_resource = _hyperband(
        config, strategy, early_stopping, static, where, dfield, epoch_keys
    )
    plan = TuningPlan(
        max_training_jobs=max_jobs,
        max_parallel=parallel,
        random_seed=config.random_seed,
        early_stopping=early_stopping,
        min_resource=min_resource,
        max_resource=max_resource,
    )
    return JobSpec(
        strategy=strategy,
        objective_type=objective.type,
        objective_metric=objective.metric_name,
        max_training_jobs=max_jobs,
        max_parallel=parallel,
        max_runtime_seconds=resources.max_runtime_in_seconds,
        space=space,
        plan=plan,
        definition=definition,
        metric_definitions=rules,
        builtin_xgboost=builtin,
    )


def _single_definition(request: CreateTuningJobRequest) -> tuple[TrainingJobDefinition, str]:
    one, many = request.training_job_definition, request.training_job_definitions
    if (one is None) == (many is None):
        raise ValidationError(
            "TrainingJobDefinition: exactly one of TrainingJobDefinition and "
            "TrainingJobDefinitions is required"
        )
    if one is not None:
        return one, "TrainingJobDefinition"
    assert many is not None
    if len(many) > 1:
        raise ValidationError(
            "TrainingJobDefinitions: several training definitions are not supported by "
            "openamt yet; give one"
        )
    return many[0], "TrainingJobDefinitions[0]"


def _algorithm(
    definition: TrainingJobDefinition, dfield: str, ofield: str, metric: str, objective_type: str
) -> tuple[bool, list[MetricDefinition]]:
    spec = definition.algorithm_specification
    afield = f"{dfield}.AlgorithmSpecification"
    if spec.algorithm_name:
        raise ValidationError(
            f"{afield}.AlgorithmName: algorithm resources are not supported; give TrainingImage"
        )
    if not spec.training_image:
        raise ValidationError(f"{afield}.TrainingImage is required")
    user_rules = []
    for i, m in enumerate(spec.metric_definitions or []):
        problem = check_metric_regex(m.regex)
        if problem:
            raise ValidationError(f"{afield}.MetricDefinitions[{i}].Regex: {problem}")
        user_rules.append(MetricDefinition(m.name, m.regex))
    names = [r.name for r in user_rules]
    if len(set(names)) != len(names):
        raise ValidationError(f"{afield}.MetricDefinitions: metric names must be unique")

    static = definition.static_hyper_parameters or {}
    # As the container does: with a sagemaker_program it runs the user's script instead.
    if (
        algorithms.is_builtin_xgboost_image(spec.training_image)
        and "sagemaker_program" not in static
    ):
        expected = algorithms.XGBOOST_OBJECTIVES.get(metric)
        if expected is None:
            raise ValidationError(
                f"{ofield}.MetricName: {metric!r} is not an objective "
                "metric of the built-in XGBoost algorithm; choose one of "
                f"{sorted(algorithms.XGBOOST_OBJECTIVES)}"
            )
        if expected != objective_type:
            raise ValidationError(
                f"{ofield}.Type: {metric} must be {expected}d with the "
                f"built-in XGBoost algorithm, not {objective_type}d"
            )
        return True, algorithms.xgboost_metric_rules() + user_rules

    for key in ("sagemaker_program", "sagemaker_submit_directory"):
        if not static.get(key):
            raise ValidationError(
                f"{dfield}.StaticHyperParameters.{key}: required for TrainingImage "
                f"{spec.training_image!r}, which is not the built-in XGBoost (script mode runs "
                "sagemaker_program from sagemaker_submit_directory)"
            )
    if user_rules and metric not in names:
        raise ValidationError(
            f"{ofield}.MetricName: {metric!r} is not among {afield}.MetricDefinitions {names}"
        )
    return False, user_rules


def _max_training_jobs(
    config: TuningJobConfig,
    space: SearchSpace,
    strategy: str,
    where: str,
    rfield: str,
    limits: Limits | None,
) -> int:
    given = config.resource_limits.max_number_of_training_jobs
    lfield = f"{where}.ResourceLimits.MaxNumberOfTrainingJobs"
    if strategy == "Grid":
        ranged = [p.name for p in space.parameters if not hasattr(p.distribution, "choices")]
        if ranged:
            raise ValidationError(
                f"{rfield}: the Grid strategy takes CategoricalParameterRanges only; {ranged} "
                "are integer or continuous ranges"
            )
        combinations = int(space.size())
        if combinations > MAX_GRID_COMBINATIONS:
            raise ValidationError(
                f"{rfield}: Grid search allows at most {MAX_GRID_COMBINATIONS} "
                f"combinations, these ranges give {combinations}"
            )
        if given is not None and given != combinations:
            raise ValidationError(
                f"{lfield}: for Grid search it must equal the number of combinations "
                f"({combinations}) or be left out, got {given}"
            )
        return combinations
    if given is None:
        raise ValidationError(f"{lfield} is required for the {strategy} strategy")
    cap = None
    if limits is not None:
        cap = limits.training_jobs_random if strategy == "Random" else limits.training_jobs
    if cap is not None and given > cap:
        raise ResourceLimitExceeded(
            f"{lfield}: {given} exceeds the limit of {cap} training jobs per tuning job "
            f"for the {strategy} strategy"
        )
    if space.size() < given:
        raise ValidationError(
            f"{lfield}: the parameter ranges hold only {int(space.size())} distinct "
            f"combinations, fewer than {given} training jobs"
        )
    return given


def _hyperband(
    config: TuningJobConfig,
    strategy: str,
    early_stopping: bool,
    static: dict[str, str],
    where: str,
    dfield: str,
    epoch_keys: tuple[str, ...],
) -> tuple[int | None, int | None]:
    hyperband = config.strategy_config.hyperband_strategy_config if config.strategy_config else None
    if strategy != "Hyperband":
        if hyperband is not None:
            raise ValidationError(
                f"{where}.StrategyConfig.HyperbandStrategyConfig: only for the Hyperband strategy"
            )
        return None, None
    if early_stopping:
        raise ValidationError(
            f"{where}.TrainingJobEarlyStoppingType: must be Off with the Hyperband strategy, "
            "which stops training jobs itself"
        )
    hfield = f"{where}.StrategyConfig.HyperbandStrategyConfig"
    min_resource = (hyperband.min_resource if hyperband else None) or 1
    max_resource = hyperband.max_resource if hyperband else None
    if max_resource is None:
        for key in epoch_keys:
            if key in static:
                try:
                    max_resource = int(static[key])
                except ValueError:
                    raise ValidationError(
                        f"{dfield}.StaticHyperParameters.{key}: {static[key]!r} is not an "
                        "integer, so MaxResource cannot be inferred from it"
                    ) from None
                break
    if max_resource is None:
        raise ValidationError(
            f"{hfield}.MaxResource: MaxResource parameter is not provided and could not be "
            f"inferred from a static hyperparameter ({', '.join(epoch_keys)})"
        )
    if not 1 <= max_resource <= MAX_HYPERBAND_RESOURCE:
        raise ValidationError(f"{hfield}.MaxResource: must be 1 to {MAX_HYPERBAND_RESOURCE}")
    if min_resource > max_resource:
        raise ValidationError(
            f"{hfield}.MinResource ({min_resource}) cannot exceed MaxResource ({max_resource})"
        )
    return min_resource, max_resource
