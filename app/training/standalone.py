"""Use cases of a training job of its own (what `estimator.fit()` and v3's
`ModelTrainer.train()` create): CreateTrainingJob, StopTrainingJob, DeleteTrainingJob.

Such a job is a training job row with no tuning job: the same claim, lease, runner, retry and
reaper as a tuning job's training jobs, with no trial and no objective. The request is judged
whole before anything is stored (ValidationException naming the field), as AWS does.

Decisions:
- `StoppingCondition` defaults to `MaxRuntimeInSeconds` 86400, AWS's documented default.
- DebugRuleConfigurations naming Debugger's built-in rules that read metrics are evaluated
  on the job's metrics (app/training/debug_rules.py); other rules are refused. Debugger's hook,
  profiler, TensorBoard, experiment, MLflow and model-package settings (SDK v2 sends a
  DebugHookConfig and a ProfilerConfig by default) are accepted and echoed; nothing acts on
  them. A serverless job, an algorithm resource, heterogeneous clusters and
  ContainerArguments without a ContainerEntrypoint are refused: nothing here could run them.
- StopTrainingJob (app/runs.py, `stop`) of a job already Stopping is a no-op success; of a
  finished job, a ValidationException.
- DeleteTrainingJob of a job that is not terminal, or that belongs to a tuning job that still
  exists (its Describe names it as a best job), is ResourceInUse.
"""

from __future__ import annotations

import shutil
from functools import partial
from typing import Any

from sqlalchemy import delete as sql_delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import arns
from app.config import Settings
from app.db import repositories
from app.db.models import MetricPoint, TrainingJob
from app.db.session import after_commit
from app.errors import ResourceInUse, ResourceNotFound, ValidationError
from app.executor import send_training
from app.schemas_common import StoppingCondition
from app.tags.service import check_tags
from app.training import algorithms, debug_rules, images, lifecycle, rule_statuses
from app.training.isolation import check_network_isolation
from app.training.locations import check_job_locations
from app.training.metrics import check_metric_regex
from app.training.schemas import CreateTrainingJobRequest
from app.training.spot import check_spot
from app.training.states import TERMINAL

DEFAULT_MAX_RUNTIME_SECONDS = 86_400
# Members of the request that are the job's definition (DescribeTrainingJob echoes them).
NOT_IN_SPEC = ("TrainingJobName", "HyperParameters", "Tags")


def find(session: Session, name: str, *, lock: bool = False) -> TrainingJob | None:
    """The training job of that name; names are not case sensitive."""
    return repositories.find(session, TrainingJob, name, lock=lock)


def create(session: Session, body: CreateTrainingJobRequest, settings: Settings) -> str:
    """Store the job InProgress/Starting; it is sent to a worker once the caller commits."""
    _check_request(body, settings)
    rules = debug_rules.parse(
        [
            c.model_dump(by_alias=True, exclude_none=True)
            for c in body.debug_rule_configurations or []
        ],
        job_name=body.training_job_name,
    )
    tags = check_tags(body.tags or [], field="Tags")
    name = body.training_job_name
    arn = arns.training_job_arn(settings, name)
    existing = find(session, name)
    if existing is not None:
        raise ResourceInUse(_in_use(existing.arn))
    spec = body.model_dump(by_alias=True, exclude_none=True, mode="json")
    for key in NOT_IN_SPEC:
        spec.pop(key, None)
    stopping = spec.setdefault("StoppingCondition", {})
    stopping.setdefault("MaxRuntimeInSeconds", DEFAULT_MAX_RUNTIME_SECONDS)
    training = lifecycle.new(
        name=name,
        arn=arn,
        hyperparameters=dict(body.hyper_parameters or {}),
        spec=spec,
        tags=tags,
    )
    training.debug_rule_statuses = rule_statuses.initial(settings, name, rules)
    session.add(training)
    try:
        session.flush()
    except IntegrityError:  # a concurrent create of the same name won the race
        raise ResourceInUse(_in_use(arn)) from None
    send_training(session, name)
    return arn


def _in_use(arn: str) -> str:
    return (
        "Training job names must be unique within an AWS account and region, and a training "
        f"job with this name already exists ({arn})"
    )


def _check_script_mode(
    where: str, spec: Any, hyperparameters: dict[str, str], environment: dict[str, str]
) -> None:
    """Script mode's needs: the code to run."""
    if spec.container_entrypoint:
        return
    for key in ("sagemaker_program", "sagemaker_submit_directory"):
        if not hyperparameters.get(key) and not environment.get(key.upper()):
            raise ValidationError(
                f"HyperParameters.{key}: required for TrainingImage {spec.training_image!r}, "
                "which is not the built-in XGBoost (script mode runs sagemaker_program from "
                f"sagemaker_submit_directory; Environment {key.upper()} also names it), "
                "unless AlgorithmSpecification.ContainerEntrypoint gives the command"
            )


def _check_request(body: CreateTrainingJobRequest, settings: Settings) -> None:
    unsupported = {
        "ServerlessJobConfig": body.serverless_job_config,
        "RemoteDebugConfig": body.remote_debug_config
        if body.remote_debug_config and body.remote_debug_config.enable_remote_debug
        else None,
    }
    for member, value in unsupported.items():
        if value is not None:
            raise ValidationError(f"{member}: not supported by openamt")
    spec = body.algorithm_specification
    if spec is None:
        raise ValidationError("AlgorithmSpecification is required")
    where = "AlgorithmSpecification"
    if spec.algorithm_name:
        raise ValidationError(
            f"{where}.AlgorithmName: algorithm resources are not supported; give TrainingImage"
        )
    if not spec.training_image:
        raise ValidationError(f"{where}.TrainingImage is required")
    names = []
    for i, metric in enumerate(spec.metric_definitions or []):
        problem = check_metric_regex(metric.regex)
        if problem:
            raise ValidationError(f"{where}.MetricDefinitions[{i}].Regex: {problem}")
        names.append(metric.name)
    if len(set(names)) != len(names):
        raise ValidationError(f"{where}.MetricDefinitions: metric names must be unique")
    hyperparameters = body.hyper_parameters or {}
    environment = body.environment or {}
    backend = algorithms.backend(
        spec.training_image,
        hyperparameters,
        environment,
        entrypoint=spec.container_entrypoint,
        runs_as_container=partial(images.runs_as_container, settings=settings),
    )
    if backend is None:
        raise ValidationError(
            f"{where}.TrainingImage: {spec.training_image!r} is not the built-in XGBoost, "
            "HyperParameters.sagemaker_program (or Environment SAGEMAKER_PROGRAM) names no "
            "script-mode program, no ContainerEntrypoint gives a command, and it cannot run as a "
            f"container: {images.why_not(spec.training_image)}"
        )
    if (
        spec.container_arguments
        and not spec.container_entrypoint
        and backend is not algorithms.Backend.CONTAINER
    ):
        raise ValidationError(
            f"{where}.ContainerArguments: openamt runs no image entrypoint to pass them to; give "
            "ContainerEntrypoint as well (or make the image available as a container)"
        )
    if backend is algorithms.Backend.SCRIPT:
        _check_script_mode(where, spec, hyperparameters, environment)
    check_network_isolation(
        body.enable_network_isolation,
        needs_sandbox=backend is algorithms.Backend.SCRIPT,
        settings=settings,
    )
    resources = body.resource_config
    if resources is None:
        raise ValidationError("ResourceConfig is required")
    if resources.instance_groups or resources.instance_preferences:
        raise ValidationError(
            "ResourceConfig: InstanceGroups and InstancePreferences are not supported by openamt"
        )
    if resources.instance_type is None or not resources.instance_count:
        raise ValidationError(
            "ResourceConfig: InstanceType and InstanceCount (1 or more) are needed"
        )
    stopping = body.stopping_condition or _default_stopping()
    check_spot(
        field="",
        enabled=body.enable_managed_spot_training,
        stopping=stopping,
        checkpoint=body.checkpoint_config,
    )
    _check_locations(body, settings)


def _default_stopping() -> StoppingCondition:
    return StoppingCondition.model_validate({"MaxRuntimeInSeconds": DEFAULT_MAX_RUNTIME_SECONDS})


def _check_locations(body: CreateTrainingJobRequest, settings: Settings) -> None:
    check_job_locations(
        body,
        settings,
        hyperparameters=body.hyper_parameters,
        hyperparameters_member="HyperParameters",
    )


def get(session: Session, name: str, *, lock: bool = False) -> TrainingJob:
    training = find(session, name, lock=lock)
    if training is None:
        raise ResourceNotFound(f"Requested resource not found: training job {name}")
    return training


def delete(session: Session, name: str, settings: Settings) -> None:
    """Remove a finished job's record and metrics, and once that commits its log and working
    directory (a delete that rolled back keeps them). Its model artifact stays where it was
    written (as on AWS)."""
    training = get(session, name, lock=True)
    if training.status not in TERMINAL:
        raise ResourceInUse(
            f"The training job {training.name} is {training.status}; only a Completed, Failed or "
            "Stopped training job can be deleted"
        )
    if training.tuning_job_name is not None:
        raise ResourceInUse(
            f"The training job {training.name} belongs to the hyperparameter tuning job "
            f"{training.tuning_job_name}; delete the tuning job first"
        )
    session.execute(sql_delete(MetricPoint).where(MetricPoint.training_job_id == training.id))
    session.delete(training)
    session.flush()
    after_commit(session, partial(_remove_files, settings, training.name))


def _remove_files(settings: Settings, name: str) -> None:
    (settings.logs_dir / f"{name}.log").unlink(missing_ok=True)
    shutil.rmtree(settings.jobs_dir / name, ignore_errors=True)
