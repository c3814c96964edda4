"""Use cases of a training job of its own (what `estimator.fit()` and v3's
`ModelTrainer.train()` create): CreateTrainingJob, StopTrainingJob, DeleteTrainingJob.

Such a job is a training job row with no tuning job: the same claim, lease, runner, retry and
reaper as a tuning job's training jobs, with no trial and no objective. The request is judged
whole before anything is stored (ValidationException naming the field), as AWS does.

Decisions:
- `StoppingCondition` defaults to `MaxRuntimeInSeconds` 86400, AWS's documented default.
- Debugger, profiler, TensorBoard, experiment, MLflow and model-package settings (SDK v2 sends
  a DebugHookConfig and a ProfilerConfig by default) are accepted and echoed; nothing acts on
  them. A serverless job, an algorithm resource, heterogeneous clusters and
  ContainerArguments without a ContainerEntrypoint are refused: nothing here could run them.
- StopTrainingJob of a job already Stopping is a no-op success; of a finished job, a
  ValidationException.
- DeleteTrainingJob of a job that is not terminal, or that belongs to a tuning job that still
  exists (its Describe names it as a best job), is ResourceInUse.
"""

from __future__ import annotations

import json
import shutil

from sqlalchemy import delete as sql_delete
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import arns
from app.clock import now
from app.config import Settings
from app.db.models import MetricPoint, TrainingJob, TuningJob
from app.errors import ResourceInUse, ResourceNotFound, ValidationError
from app.schemas_common import StoppingCondition
from app.tags.service import check_tags
from app.training import algorithms
from app.training.metrics import check_metric_regex
from app.training.schemas import CreateTrainingJobRequest
from app.training.spot import check_spot
from app.training.status import set_secondary
from app.tuning.locations import check_location
from app.tuning.outcomes import record_end

DEFAULT_MAX_RUNTIME_SECONDS = 86_400
TERMINAL = ("Completed", "Failed", "Stopped")
# Members of the request that are the job's definition (DescribeTrainingJob echoes them).
NOT_IN_SPEC = ("TrainingJobName", "HyperParameters", "Tags")


def find(session: Session, name: str, *, lock: bool = False) -> TrainingJob | None:
    """The training job of that name; names are not case sensitive (ARNs hold them
    lower-cased), the exact name first for the unique index."""
    for condition in (TrainingJob.name == name, func.lower(TrainingJob.name) == name.lower()):
        query = select(TrainingJob).where(condition)
        training = session.scalar(query.with_for_update() if lock else query)
        if training is not None:
            return training
    return None


def create(session: Session, body: CreateTrainingJobRequest, settings: Settings) -> str:
    """Store the job InProgress/Starting; the caller commits, then submits it."""
    _check_request(body, settings)
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
    created = now()
    training = TrainingJob(
        name=name,
        arn=arn,
        tuning_job_name=None,
        tuning_job_arn=None,
        sequence=0,
        trial_id=None,
        status="InProgress",
        objective_status="Pending",
        tuned_hyperparameters={},
        hyperparameters=dict(body.hyper_parameters or {}),
        spec=spec,
        creation_time=created,
        last_modified_time=created,
        tags=tags,
    )
    set_secondary(training, "Starting", at=created)
    session.add(training)
    try:
        session.flush()
    except IntegrityError:  # a concurrent create of the same name won the race
        raise ResourceInUse(_in_use(arn)) from None
    return arn


def _in_use(arn: str) -> str:
    return (
        "Training job names must be unique within an AWS account and region, and a training "
        f"job with this name already exists ({arn})"
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
    if spec.container_arguments and not spec.container_entrypoint:
        raise ValidationError(
            f"{where}.ContainerArguments: openamt runs no image entrypoint to pass them to; give "
            "ContainerEntrypoint as well"
        )
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
    builtin = algorithms.runs_builtin_xgboost(
        spec.training_image, hyperparameters, environment, entrypoint=spec.container_entrypoint
    )
    if not builtin and not spec.container_entrypoint:
        for key in ("sagemaker_program", "sagemaker_submit_directory"):
            if not hyperparameters.get(key) and not environment.get(key.upper()):
                raise ValidationError(
                    f"HyperParameters.{key}: required for TrainingImage {spec.training_image!r}, "
                    "which is not the built-in XGBoost (script mode runs sagemaker_program from "
                    f"sagemaker_submit_directory; Environment {key.upper()} also names it), "
                    "unless AlgorithmSpecification.ContainerEntrypoint gives the command"
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
    for i, channel in enumerate(body.input_data_config or []):
        source = channel.data_source.s3_data_source
        if source is not None:
            where = f"InputDataConfig[{i}].DataSource.S3DataSource.S3Uri"
            check_location(source.s3_uri, where, settings)
    check_location(
        body.output_data_config.s3_output_path, "OutputDataConfig.S3OutputPath", settings
    )
    if body.checkpoint_config is not None:
        check_location(body.checkpoint_config.s3_uri, "CheckpointConfig.S3Uri", settings)
    submit = (body.hyper_parameters or {}).get("sagemaker_submit_directory")
    if submit is not None:
        check_location(_decoded(submit), "HyperParameters.sagemaker_submit_directory", settings)
    elif (body.environment or {}).get("SAGEMAKER_SUBMIT_DIRECTORY"):
        location = _decoded((body.environment or {})["SAGEMAKER_SUBMIT_DIRECTORY"])
        check_location(location, "Environment.SAGEMAKER_SUBMIT_DIRECTORY", settings)


def _decoded(value: str) -> str:
    try:
        decoded = json.loads(value)
    except ValueError:
        return value
    return decoded if isinstance(decoded, str) else value


def get(session: Session, name: str, *, lock: bool = False) -> TrainingJob:
    training = find(session, name, lock=lock)
    if training is None:
        raise ResourceNotFound(f"Requested resource not found: training job {name}")
    return training


def stop(session: Session, name: str) -> str | None:
    """InProgress -> Stopping (its runner kills the process tree and records Stopped), or
    Stopped at once when no worker has it yet. Returns the tuning job to advance, if any."""
    found = get(session, name)
    job = None
    if found.tuning_job_name is not None:  # lock order: the tuning job, then its training job
        job = session.scalar(
            select(TuningJob).where(TuningJob.name == found.tuning_job_name).with_for_update()
        )
    training = get(session, found.name, lock=True)
    if training.status == "Stopping":
        return None
    if training.status != "InProgress":
        raise ValidationError(
            f"The training job {training.name} is {training.status} and can't be stopped"
        )
    if training.lease_owner is None:
        record_end(job, training, status="Stopped")
        return job.name if job is not None else None
    training.status = "Stopping"
    set_secondary(training, "Stopping")
    training.last_modified_time = now()
    return None


def delete(session: Session, name: str) -> str:
    """Remove a finished job's record and metrics; returns its name for `remove_files` after
    the commit. Its model artifact stays where it was written (as on AWS)."""
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
    return training.name


def remove_files(settings: Settings, name: str) -> None:
    """A deleted job's log and working directory (after the commit: a delete that rolled
    back keeps them)."""
    (settings.logs_dir / f"{name}.log").unlink(missing_ok=True)
    shutil.rmtree(settings.jobs_dir / name, ignore_errors=True)
