"""Interpret a CreateHyperParameterTuningJob request: AWS's cross-field rules, then the plan.

`interpret` runs at create, once: a broken rule is a ValidationException naming the field,
and nothing is stored; what it finds is frozen as the job's `Plan` (app/tuning/plan.py),
which is all that runs the job afterwards. The operator's quotas (`Limits`, answered with
ResourceLimitExceeded) are checked there too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING, Any

from app.errors import ResourceLimitExceeded, ValidationError
from app.training import algorithms, images
from app.training.metrics import MetricDefinition, check_metric_regex
from app.training.spot import check_spot
from app.tuning.plan import Completion, DefinitionPlan, Plan
from app.tuning.schemas import (
    CreateTuningJobRequest,
    TrainingJobDefinition,
    TuningJobConfig,
    TuningObjective,
)
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
    # Whether a TrainingImage can run as a container (app/training/images.py): asked at create
    # only; a stored request, read again, was accepted then.
    runs_as_container: Callable[[str], bool] = lambda image: False

    @classmethod
    def from_settings(cls, settings: Settings) -> Limits:
        return cls(
            training_jobs=settings.max_training_jobs_per_tuning_job,
            training_jobs_random=settings.max_training_jobs_per_tuning_job_random,
            parallel_training_jobs=settings.max_parallel_training_jobs,
            hyperparameters=settings.max_hyperparameters,
            metric_definitions=settings.max_metric_definitions,
            runs_as_container=partial(images.runs_as_container, settings=settings),
        )


# What a training job's definition carries that belongs to the tuner, not to the training job.
TUNER_ONLY = (
    "DefinitionName",
    "TuningObjective",
    "HyperParameterRanges",
    "StaticHyperParameters",
    "HyperParameterTuningResourceConfig",
)


@dataclass(frozen=True)
class DefinitionSpec:
    """One training job definition, interpreted."""

    name: str | None  # DefinitionName
    field: str  # where it sits in the request, for error messages
    definition: TrainingJobDefinition
    space: SearchSpace
    static: dict[str, str]
    metric_definitions: list[MetricDefinition]
    builtin_xgboost: bool


@dataclass(frozen=True)
class JobSpec:
    strategy: str
    objective_type: str
    objective_metric: str
    max_training_jobs: int
    max_parallel: int
    max_runtime_seconds: int | None
    plan: TuningPlan
    completion: Completion
    definitions: tuple[DefinitionSpec, ...]

    @property
    def several(self) -> bool:
        return len(self.definitions) > 1

    # The single definition's view, for jobs with one definition (and the first otherwise).
    @property
    def definition(self) -> TrainingJobDefinition:
        return self.definitions[0].definition

    @property
    def space(self) -> SearchSpace:
        return self.definitions[0].space

    def size(self) -> float:
        return sum(d.space.size() for d in self.definitions)

    def freeze(self, settings: Settings) -> Plan:
        """The plan the job runs under, with the operator's choices of the moment (the model
        behind Bayesian, Auto's rule) fixed in it for the job's whole life."""
        return Plan(
            strategy=self.strategy,
            objective_metric=self.objective_metric,
            objective_type=self.objective_type,
            sampling=replace(
                self.plan,
                bayesian_model=settings.bayesian_sampler,
                early_stopping_rule=settings.early_stopping_rule,
            ),
            completion=self.completion,
            definitions=tuple(
                DefinitionPlan(
                    name=d.name,
                    space=d.space,
                    static=d.static,
                    metric_definitions=tuple(d.metric_definitions),
                    builtin_xgboost=d.builtin_xgboost,
                    training_spec=training_spec(
                        d.definition.model_dump(by_alias=True, exclude_none=True, mode="json")
                    ),
                )
                for d in self.definitions
            ),
        )


def training_spec(definition: dict[str, Any]) -> dict[str, Any]:
    """A definition as its training jobs show it: without the tuner's members, and with the
    ResourceConfig a training job has."""
    spec = {k: v for k, v in definition.items() if k not in TUNER_ONLY}
    resources = definition.get("HyperParameterTuningResourceConfig")
    if resources and "ResourceConfig" not in spec:
        # The SDK sends HyperParameterTuningResourceConfig; a training job shows ResourceConfig.
        # Of several InstanceConfigs, the first (the Prioritized allocation's first choice)
        # is the one openamt's single kind of instance stands for.
        chosen = resources
        if "InstanceType" not in resources and resources.get("InstanceConfigs"):
            chosen = {**resources["InstanceConfigs"][0], **resources}
        spec["ResourceConfig"] = {
            k: v
            for k, v in chosen.items()
            if k in ("InstanceType", "InstanceCount", "VolumeSizeInGB", "VolumeKmsKeyId")
        }
    return spec


def _completion(config: TuningJobConfig) -> Completion:
    criteria = config.tuning_job_completion_criteria
    if criteria is None:
        return Completion()
    patience = criteria.best_objective_not_improving
    convergence = criteria.convergence_detected
    return Completion(
        target=criteria.target_objective_metric_value,
        patience=patience.max_number_of_training_jobs_not_improving if patience else None,
        convergence=bool(convergence and convergence.complete_on_convergence == "Enabled"),
    )


def interpret(request: CreateTuningJobRequest, *, limits: Limits | None = None) -> JobSpec:
    """The job's plan. `limits` are checked when given (at create); a stored request is
    re-read without them. Autotune's choices are already in the request (app.tuning.autotune
    fills them in at create), so the stored request reads back the same."""
    config = request.hyper_parameter_tuning_job_config
    where = "HyperParameterTuningJobConfig"
    listed = definitions_of(request)
    several = len(listed) > 1
    objective, ofields = _objective(config, listed, where)
    definitions = tuple(
        _definition_spec(definition, dfield, config, objective, ofields[i], limits, several)
        for i, (definition, dfield) in enumerate(listed)
    )
    strategy = config.strategy
    rfield = (
        f"{listed[0][1]}.HyperParameterRanges"
        if listed[0][0].hyper_parameter_ranges and not several
        else (f"{where}.ParameterRanges" if not several else "TrainingJobDefinitions")
    )
    max_jobs = _max_training_jobs(config, definitions, strategy, where, rfield, limits)
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
    if early_stopping and several:
        raise ValidationError(
            f"{where}.TrainingJobEarlyStoppingType: early stopping Auto is not available with "
            "several training job definitions"
        )
    min_resource, max_resource = _hyperband(config, strategy, early_stopping, definitions, where)
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
        plan=plan,
        completion=_completion(config),
        definitions=definitions,
    )


def definitions_of(request: CreateTuningJobRequest) -> list[tuple[TrainingJobDefinition, str]]:
    """The request's training job definitions, each with where it sits in the request."""
    one, many = request.training_job_definition, request.training_job_definitions
    if (one is None) == (many is None):
        raise ValidationError(
            "TrainingJobDefinition: exactly one of TrainingJobDefinition and "
            "TrainingJobDefinitions is required"
        )
    if one is not None:
        return [(one, "TrainingJobDefinition")]
    assert many is not None
    listed = [(d, f"TrainingJobDefinitions[{i}]") for i, d in enumerate(many)]
    if len(listed) > 1:
        seen: set[str] = set()
        for definition, field in listed:
            name = definition.definition_name
            if not name:
                raise ValidationError(
                    f"{field}.DefinitionName: required when a tuning job has several training "
                    "job definitions"
                )
            if name.lower() in seen:
                raise ValidationError(f"{field}.DefinitionName: {name!r} is used twice")
            seen.add(name.lower())
    return listed


def _objective(
    config: TuningJobConfig, listed: list[tuple[TrainingJobDefinition, str]], where: str
) -> tuple[TuningObjective, list[str]]:
    """The tuning job's one objective, and for each definition the field that states it.
    AWS: every definition's objective must be the same metric and type as the job's."""
    main = config.hyper_parameter_tuning_job_objective
    ofield = f"{where}.HyperParameterTuningJobObjective"
    fields: list[str] = []
    for definition, dfield in listed:
        own = definition.tuning_objective
        if own is None:
            if main is None:
                raise ValidationError(f"{ofield} is required")
            fields.append(ofield)
            continue
        if main is None:
            main, ofield = own, f"{dfield}.TuningObjective"
        elif (own.metric_name, own.type) != (main.metric_name, main.type):
            raise ValidationError(
                f"{dfield}.TuningObjective: {own.type} {own.metric_name} differs from "
                f"{ofield} ({main.type} {main.metric_name}); every training job definition "
                "must have the tuning job's objective metric and type"
            )
        fields.append(f"{dfield}.TuningObjective")
    assert main is not None
    return main, fields


def _definition_spec(
    definition: TrainingJobDefinition,
    dfield: str,
    config: TuningJobConfig,
    objective: TuningObjective,
    ofield: str,
    limits: Limits | None,
    several: bool,
) -> DefinitionSpec:
    where = "HyperParameterTuningJobConfig"
    ranges = definition.hyper_parameter_ranges or config.parameter_ranges
    rfield = (
        f"{dfield}.HyperParameterRanges"
        if definition.hyper_parameter_ranges
        else f"{where}.ParameterRanges"
    )
    space = build_search_space(ranges, field=rfield)
    if not space.parameters:
        raise ValidationError(f"{rfield}: at least one hyperparameter range is required")
    if limits is not None and len(space.parameters) > limits.hyperparameters:
        raise ResourceLimitExceeded(
            f"{rfield}: at most {limits.hyperparameters} tunable hyperparameters, got "
            f"{len(space.parameters)}"
        )
    static = dict(definition.static_hyper_parameters or {})
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
    # A stored request, read again (no limits), was accepted at create: its image runs.
    runs_as_container = limits.runs_as_container if limits is not None else lambda image: True
    builtin, rules = _algorithm(
        definition, dfield, ofield, objective.metric_name, objective.type, runs_as_container
    )
    check_spot(
        field=dfield,
        enabled=definition.enable_managed_spot_training,
        stopping=definition.stopping_condition,
        checkpoint=definition.checkpoint_config,
    )
    return DefinitionSpec(
        name=definition.definition_name,
        field=dfield,
        definition=definition,
        space=space,
        static=static,
        metric_definitions=rules,
        builtin_xgboost=builtin,
    )


def _algorithm(
    definition: TrainingJobDefinition,
    dfield: str,
    ofield: str,
    metric: str,
    objective_type: str,
    runs_as_container: Callable[[str], bool],
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
    # The rule a standalone job's backend follows (its tuning definitions have no Environment
    # or ContainerEntrypoint here): with a sagemaker_program the XGBoost image runs the
    # user's script, as the container does.
    kind = algorithms.backend(spec.training_image, static, runs_as_container=runs_as_container)
    if kind is algorithms.Backend.BUILTIN_XGBOOST:
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

    script = kind is algorithms.Backend.SCRIPT
    if kind is None or (script and not static.get("sagemaker_program")):  # an empty one too
        raise ValidationError(
            f"{afield}.TrainingImage: {spec.training_image!r} is not the built-in XGBoost, "
            "StaticHyperParameters.sagemaker_program names no script-mode program, and it "
            f"cannot run as a container: {images.why_not(spec.training_image)}"
        )
    if script and not static.get("sagemaker_submit_directory"):
        raise ValidationError(
            f"{dfield}.StaticHyperParameters.sagemaker_submit_directory: required for "
            f"TrainingImage {spec.training_image!r}, which is not the built-in XGBoost (script "
            "mode runs sagemaker_program from sagemaker_submit_directory)"
        )
    if user_rules and metric not in names:
        raise ValidationError(
            f"{ofield}.MetricName: {metric!r} is not among {afield}.MetricDefinitions {names}"
        )
    return False, user_rules


def _max_training_jobs(
    config: TuningJobConfig,
    definitions: tuple[DefinitionSpec, ...],
    strategy: str,
    where: str,
    rfield: str,
    limits: Limits | None,
) -> int:
    given = config.resource_limits.max_number_of_training_jobs
    lfield = f"{where}.ResourceLimits.MaxNumberOfTrainingJobs"
    size = sum(d.space.size() for d in definitions)
    if strategy == "Grid":
        for d in definitions:
            ranged = [p.name for p in d.space.parameters if not hasattr(p.distribution, "choices")]
            if ranged:
                field = rfield if len(definitions) == 1 else f"{d.field}.HyperParameterRanges"
                raise ValidationError(
                    f"{field}: the Grid strategy takes CategoricalParameterRanges only; "
                    f"{ranged} are integer or continuous ranges"
                )
        combinations = int(size)
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
    if size < given:
        raise ValidationError(
            f"{lfield}: the parameter ranges hold only {int(size)} distinct "
            f"combinations, fewer than {given} training jobs"
        )
    return given


def _hyperband(
    config: TuningJobConfig,
    strategy: str,
    early_stopping: bool,
    definitions: tuple[DefinitionSpec, ...],
    where: str,
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
        # Decision: with several definitions, each must infer the same MaxResource.
        inferred = {_inferred_max_resource(d, hfield) for d in definitions}
        if len(inferred) > 1:
            raise ValidationError(
                f"{hfield}.MaxResource: the training job definitions infer different values "
                f"{sorted(inferred, key=str)}; give MaxResource"
            )
        max_resource = inferred.pop()
    if not 1 <= max_resource <= MAX_HYPERBAND_RESOURCE:
        raise ValidationError(f"{hfield}.MaxResource: must be 1 to {MAX_HYPERBAND_RESOURCE}")
    if min_resource > max_resource:
        raise ValidationError(
            f"{hfield}.MinResource ({min_resource}) cannot exceed MaxResource ({max_resource})"
        )
    return min_resource, max_resource


def _inferred_max_resource(definition: DefinitionSpec, hfield: str) -> int:
    keys = XGBOOST_EPOCH_HYPERPARAMETERS if definition.builtin_xgboost else EPOCH_HYPERPARAMETERS
    for key in keys:
        if key in definition.static:
            try:
                return int(definition.static[key])
            except ValueError:
                raise ValidationError(
                    f"{definition.field}.StaticHyperParameters.{key}: "
                    f"{definition.static[key]!r} is not an integer, so MaxResource cannot be "
                    "inferred from it"
                ) from None
    raise ValidationError(
        f"{hfield}.MaxResource: MaxResource parameter is not provided and could not be "
        f"inferred from a static hyperparameter ({', '.join(keys)})"
    )
