"""WarmStartConfig: AWS's rules for the parents, and the parents' trials that seed the study.

The parents' evaluated training jobs become finished trials of the new job's study, built
against its own distributions: the sampler learns from them and nothing is run again. A
trial whose value lies outside a new range, or whose categorical value the new job does not
have, is left out; a hyperparameter static in the parent and tunable here counts as its
static value (a training job's hyperparameters hold both).

As AWS documents, warm start is not recursive: a parent that was itself warm-started is
accepted, and only its own training jobs are used, not its parents'.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import optuna
from optuna.distributions import CategoricalDistribution, IntDistribution
from optuna.trial import FrozenTrial, TrialState
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import TrainingJob, TuningJob
from app.errors import ResourceLimitExceeded, ValidationError
from app.training.states import TrainingJobStatus
from app.tuning.plan import DefinitionPlan, Plan, plan_of
from app.tuning.schemas import CreateTuningJobRequest
from app.tuning.search_space import Parameter
from app.tuning.spec import JobSpec, Limits
from app.tuning.states import TERMINAL

# AWS: tunable-to-static changes plus changed static values, at most this many per parent.
MAX_CHANGES = 10
FIELD = "WarmStartConfig.ParentHyperParameterTuningJobs"


@dataclass(frozen=True)
class WarmStart:
    trials: list[FrozenTrial]
    best_training_job: str | None  # the best of the parents' own bests
    best_objective: float | None


def check(
    session: Session,
    request: CreateTuningJobRequest,
    spec: JobSpec,
    plan: Plan,
    limits: Limits | None,
) -> WarmStart | None:
    """Validate the parents (ValidationException naming the field) and gather their trials."""
    warm = request.warm_start_config
    if warm is None:
        return None
    if spec.several:
        raise ValidationError(
            "WarmStartConfig: warm start with several training job definitions is not "
            "supported by openamt; give one TrainingJobDefinition"
        )
    parents: list[TuningJob] = []
    for i, parent in enumerate(warm.parent_hyper_parameter_tuning_jobs):
        field = f"{FIELD}[{i}].HyperParameterTuningJobName"
        name = parent.hyper_parameter_tuning_job_name
        if not name:
            raise ValidationError(f"{field} is required")
        row = session.scalar(select(TuningJob).where(func.lower(TuningJob.name) == name.lower()))
        if row is None:
            raise ValidationError(f"{field}: there is no hyperparameter tuning job named {name!r}")
        if any(p.id == row.id for p in parents):
            raise ValidationError(f"{field}: {row.name} is listed twice")
        _check_parent(row, spec, plan, field, warm.warm_start_type)
        parents.append(row)
    launched = sum(p.launched for p in parents)
    cap = None
    if limits is not None:
        cap = limits.training_jobs_random if spec.strategy == "Random" else limits.training_jobs
    if cap is not None and launched + spec.max_training_jobs > cap:
        raise ResourceLimitExceeded(
            "HyperParameterTuningJobConfig.ResourceLimits.MaxNumberOfTrainingJobs: the parents' "
            f"{launched} training jobs count against the limit of {cap} training jobs of a "
            f"tuning job, leaving {max(0, cap - launched)}, not {spec.max_training_jobs}"
        )
    trials = [
        trial
        for parent in parents
        for training in _evaluated(session, parent)
        if (trial := _seed(training, plan.definitions[0])) is not None
    ]
    best = _best_of(parents, spec.objective_type)
    return WarmStart(
        trials=trials,
        best_training_job=best.best_training_job if best else None,
        best_objective=best.best_objective if best else None,
    )


def _check_parent(
    row: TuningJob, spec: JobSpec, plan: Plan, field: str, warm_start_type: str
) -> None:
    if row.status not in TERMINAL:
        raise ValidationError(
            f"{field}: {row.name} is {row.status}; a parent must be Completed, Stopped or Failed"
        )
    if (row.objective_metric, row.objective_type) != (spec.objective_metric, spec.objective_type):
        raise ValidationError(
            f"{field}: {row.name} has the objective {row.objective_type} {row.objective_metric}, "
            f"this job {spec.objective_type} {spec.objective_metric}; they must be the same"
        )
    try:
        parent_plan = plan_of(row)
    except ValueError as error:
        raise ValidationError(f"{field}: {row.name} cannot be a parent: {error}") from None
    if parent_plan.several:
        raise ValidationError(
            f"{field}: {row.name} has several training job definitions; openamt warm-starts "
            "only from jobs with one"
        )
    parent, child = parent_plan.definitions[0], plan.definitions[0]
    if warm_start_type == "IdenticalDataAndAlgorithm":
        _check_identical(parent, child, spec.definitions[0].field, row.name)
    _check_hyperparameters(parent, child, field, row.name)


def _check_identical(parent: DefinitionPlan, child: DefinitionPlan, where: str, name: str) -> None:
    """IdenticalDataAndAlgorithm: the parents' data and training image."""
    image = child.training_spec["AlgorithmSpecification"].get("TrainingImage")
    if image != parent.training_spec["AlgorithmSpecification"].get("TrainingImage"):
        raise ValidationError(
            f"{where}.AlgorithmSpecification.TrainingImage: an IdenticalDataAndAlgorithm "
            f"warm start needs the training image of its parent {name}; use TransferLearning"
        )
    mine = child.training_spec.get("InputDataConfig") or []
    if mine != (parent.training_spec.get("InputDataConfig") or []):
        raise ValidationError(
            f"{where}.InputDataConfig: an IdenticalDataAndAlgorithm warm start needs the "
            f"input data of its parent {name}; use TransferLearning"
        )


def _check_hyperparameters(
    parent: DefinitionPlan, child: DefinitionPlan, field: str, name: str
) -> None:
    parent_count = len(parent.static) + len(parent.space.parameters)
    child_count = len(child.static) + len(child.space.parameters)
    if parent_count != child_count:
        raise ValidationError(
            f"{field}: {name} has {parent_count} static plus tunable hyperparameters, this job "
            f"{child_count}; a warm start keeps the total the same"
        )
    parent_tuned = {p.name: p for p in parent.space.parameters}
    for p in child.space.parameters:
        before = parent_tuned.get(p.name)
        if before is not None and _kind(before) != _kind(p):
            raise ValidationError(
                f"{field}: {p.name} is {_kind(p)} here but {_kind(before)} in {name}; a warm "
                "start keeps each hyperparameter's type"
            )
    changes = 0
    for key, value in child.static.items():
        if key in parent_tuned:
            # AWS: each value of a categorical range made static counts.
            distribution = parent_tuned[key].distribution
            changes += (
                len(distribution.choices)
                if isinstance(distribution, CategoricalDistribution)
                else 1
            )
        elif key in parent.static:
            # AWS's example: a static value changed from red to blue counts as 2 changes.
            changes += 2 if parent.static[key] != value else 0
        else:
            changes += 1  # a hyperparameter the parent does not have
    if changes > MAX_CHANGES:
        raise ValidationError(
            f"{field}: {changes} changes from {name} (tunable made static, static values "
            f"changed); a warm start allows at most {MAX_CHANGES}"
        )


def _kind(parameter: Parameter) -> str:
    if isinstance(parameter.distribution, CategoricalDistribution):
        return "categorical"
    if isinstance(parameter.distribution, IntDistribution):
        return "integer"
    return "continuous"


def _evaluated(session: Session, parent: TuningJob) -> list[TrainingJob]:
    """The parent's own training jobs that completed with an objective value (early-stopped
    jobs' values are partial, so they are left out)."""
    return list(
        session.scalars(
            select(TrainingJob)
            .where(
                TrainingJob.tuning_job_name == parent.name,
                TrainingJob.status == TrainingJobStatus.COMPLETED,
                TrainingJob.final_objective.is_not(None),
            )
            .order_by(TrainingJob.sequence)
        )
    )


def _seed(training: TrainingJob, child: DefinitionPlan) -> FrozenTrial | None:
    """The training job as a finished trial of the child's study, or None when one of its
    values falls outside the child's ranges."""
    params = {}
    for parameter in child.space.parameters:
        raw = training.hyperparameters.get(parameter.name)
        value = None if raw is None else _study_value(str(raw), parameter)
        if value is None:
            return None
        params[parameter.name] = value
    assert training.final_objective is not None
    return optuna.trial.create_trial(
        params=params,
        distributions=child.space.distributions,
        value=training.final_objective,
        state=TrialState.COMPLETE,
        user_attrs={"warm_start_training_job": training.name},
    )


def _study_value(raw: str, parameter: Parameter) -> object | None:
    distribution = parameter.distribution
    if isinstance(distribution, CategoricalDistribution):
        return raw if raw in distribution.choices else None
    try:
        number = float(raw)
    except ValueError:
        return None
    if not math.isfinite(number):
        return None
    if isinstance(distribution, IntDistribution):
        if number != int(number):
            return None
        value: float = int(number)
    else:
        value = 1.0 - number if parameter.reverse_log else number
    low, high = distribution.low, distribution.high  # type: ignore[attr-defined]
    return value if low <= value <= high else None


def _best_of(parents: list[TuningJob], objective_type: str) -> TuningJob | None:
    scored = [p for p in parents if p.best_objective is not None]
    if not scored:
        return None
    pick = max if objective_type == "Maximize" else min
    return pick(scored, key=lambda p: p.best_objective or 0.0)
