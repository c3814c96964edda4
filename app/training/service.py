"""Use cases of one training job: describe it, read its log."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import false, func, select
from sqlalchemy.orm import Session

from app import storage
from app.config import Settings
from app.db.models import TrainingJob
from app.errors import ResourceNotFound
from app.pagination import listed
from app.training import algorithms, rule_statuses
from app.training.schemas import DescribeTrainingJobResponse, ListTrainingJobsResponse

# Members of a training job's definition that DescribeTrainingJob reports as they are.
ECHOED = (
    "RoleArn",
    "InputDataConfig",
    "VpcConfig",
    "CheckpointConfig",
    "Environment",
    "RetryStrategy",
    "DebugHookConfig",
    "DebugRuleConfigurations",
    "TensorBoardOutputConfig",
    "ExperimentConfig",
    "ProfilerConfig",
    "ProfilerRuleConfigurations",
    "RemoteDebugConfig",
    "InfraCheckConfig",
    "MlflowConfig",
    "ModelPackageConfig",
)
# Booleans AWS always answers, false when the request left them out.
FLAGS = (
    "EnableNetworkIsolation",
    "EnableInterContainerTrafficEncryption",
    "EnableManagedSpotTraining",
)


def get(session: Session, name: str) -> TrainingJob:
    training = session.scalar(select(TrainingJob).where(TrainingJob.name == name))
    if training is None:
        training = session.scalar(
            select(TrainingJob).where(func.lower(TrainingJob.name) == name.lower())
        )
    if training is None:
        raise ResourceNotFound(f"Requested resource not found: training job {name}")
    return training


def describe(session: Session, name: str) -> DescribeTrainingJobResponse:
    """DescribeTrainingJob with every member AWS always returns: the SDK indexes several of
    them directly (`OutputDataConfig["KmsKeyId"]`, `HyperParameters`, `TrainingStartTime`,
    `AlgorithmSpecification["MetricDefinitions"]` for its analytics)."""
    training = get(session, name)
    spec = training.spec
    algorithm = dict(spec.get("AlgorithmSpecification", {}))
    builtin = algorithms.runs_builtin_xgboost(
        algorithm.get("TrainingImage"),
        training.hyperparameters,
        spec.get("Environment"),
        entrypoint=algorithm.get("ContainerEntrypoint"),
    )
    algorithm["MetricDefinitions"] = algorithms.metric_definitions(
        algorithm, builtin_xgboost=builtin
    )
    algorithm.setdefault("EnableSageMakerMetricsTimeSeries", False)
    body: dict[str, Any] = {
        "TrainingJobName": training.name,
        "TrainingJobArn": training.arn,
        "TuningJobArn": training.tuning_job_arn,
        "ModelArtifacts": {
            "S3ModelArtifacts": training.model_artifacts or expected_model_uri(training)
        },
        "TrainingJobStatus": training.status,
        "SecondaryStatus": training.secondary_status,
        "FailureReason": training.failure_reason,
        "HyperParameters": training.hyperparameters,
        "AlgorithmSpecification": algorithm,
        **{key: spec[key] for key in ECHOED if key in spec},
        # AWS answers "" for an unset KMS key; SDK v2's Estimator.attach indexes it.
        "OutputDataConfig": {"KmsKeyId": "", **spec["OutputDataConfig"]},
        "ResourceConfig": spec.get("ResourceConfig") or DEFAULT_RESOURCES,
        "StoppingCondition": spec.get("StoppingCondition") or {"MaxRuntimeInSeconds": 86_400},
        **{key: bool(spec.get(key, False)) for key in FLAGS},
        "CreationTime": training.creation_time,
        "TrainingStartTime": training.training_start_time,
        "TrainingEndTime": training.training_end_time,
        "LastModifiedTime": training.last_modified_time,
        "SecondaryStatusTransitions": training.secondary_status_transitions or [],
        "FinalMetricDataList": training.final_metrics,
        "DebugRuleEvaluationStatuses": rule_statuses.described(training),
        "TrainingTimeInSeconds": training_seconds(training),
        "BillableTimeInSeconds": billable_seconds(training),
    }
    return DescribeTrainingJobResponse.model_validate(body)


# What a training job shows when its definition named no resources (a tuning job's may not).
DEFAULT_RESOURCES = {"InstanceType": "ml.m5.large", "InstanceCount": 1, "VolumeSizeInGB": 30}


def list_jobs(session: Session, params: dict[str, Any]) -> ListTrainingJobsResponse:
    """Every training job, of any tuning job or none (SageMaker's ListTrainingJobs).

    Decision: StatusEquals filters before the page is cut, so every page is full. (AWS
    documents that it cuts MaxResults jobs first and filters them after, which yields short
    or empty pages that still carry a NextToken.)"""
    query = select(TrainingJob)
    if params.get("WarmPoolStatusEquals") or params.get("TrainingPlanArnEquals"):
        query = query.where(false())  # openamt keeps no warm pools and has no training plans
    rows, token = listed(
        session,
        TrainingJob,
        params,
        default_sort="CreationTime",
        list_of="training-jobs",
        query=query,
    )
    return ListTrainingJobsResponse.model_validate(
        {"TrainingJobSummaries": [list_summary(t) for t in rows], "NextToken": token}
    )


def list_summary(training: TrainingJob) -> dict[str, Any]:
    return {
        "TrainingJobName": training.name,
        "TrainingJobArn": training.arn,
        "CreationTime": training.creation_time,
        "TrainingEndTime": training.training_end_time,
        "LastModifiedTime": training.last_modified_time,
        "TrainingJobStatus": training.status,
        "SecondaryStatus": training.secondary_status,
    }


def training_seconds(training: TrainingJob) -> int | None:
    """Seconds the training ran: measured by the runner (over every run of a spot job that
    was interrupted), else from start to end."""
    if training.training_seconds is not None:
        return max(1, round(training.training_seconds))
    if training.training_start_time is None or training.training_end_time is None:
        return None
    seconds = (training.training_end_time - training.training_start_time).total_seconds()
    return max(1, round(seconds))  # the model's minimum is 1


def billable_seconds(training: TrainingJob) -> int | None:
    """As the runner accounted them (workers/spot_capacity.py), else the training time."""
    if training.billable_seconds is not None:
        return max(1, training.billable_seconds)
    return training_seconds(training)


def expected_model_uri(training: TrainingJob) -> str:
    output = training.spec["OutputDataConfig"]
    if output.get("CompressionType") == "NONE":  # the files as they are, under output/model/
        return storage.join_uri(output["S3OutputPath"], training.name, "output", "model") + "/"
    return storage.join_uri(output["S3OutputPath"], training.name, "output", "model.tar.gz")


def log_path(session: Session, name: str, settings: Settings) -> Path:
    get(session, name)
    return settings.logs_dir / f"{name}.log"
