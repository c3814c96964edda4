"""Rows -> SageMaker response shapes. Every value comes from one row: no scans."""

from __future__ import annotations

from typing import Any

from app.clock import now
from app.db.models import TrainingJob, TuningJob
from app.training import algorithms
from app.tuning.schemas import DescribeTuningJobResponse

ECHOED = (
    "HyperParameterTuningJobConfig",
    "TrainingJobDefinition",
    "TrainingJobDefinitions",
    "WarmStartConfig",
    "Autotune",
)


def counters(job: TuningJob) -> dict[str, Any]:
    return {
        "TrainingJobStatusCounters": {
            "Completed": job.completed,
            "InProgress": job.in_progress,
            "RetryableError": job.retryable_error,
            "NonRetryableError": job.non_retryable_error,
            "Stopped": job.stopped,
        },
        "ObjectiveStatusCounters": {
            "Succeeded": job.objective_succeeded,
            "Pending": job.objective_pending,
            "Failed": job.objective_failed,
        },
    }


def runtime_seconds(job: TuningJob) -> int:
    return int(((job.end_time or now()) - job.creation_time).total_seconds())


def describe_view(
    job: TuningJob, best: TrainingJob | None, overall_best: TrainingJob | None = None
) -> DescribeTuningJobResponse:
    body: dict[str, Any] = {
        "HyperParameterTuningJobName": job.name,
        "HyperParameterTuningJobArn": job.arn,
        **{key: job.request[key] for key in ECHOED if key in job.request},
        **definitions_view(job),
        "HyperParameterTuningJobStatus": job.status,
        "CreationTime": job.creation_time,
        "HyperParameterTuningEndTime": job.end_time,
        "LastModifiedTime": job.last_modified_time,
        **counters(job),
        "FailureReason": job.failure_reason,
        "TuningJobCompletionDetails": {
            "NumberOfTrainingJobsObjectiveNotImproving": job.not_improving,
            "ConvergenceDetectedTime": job.convergence_detected_time,
        },
        "ConsumedResources": {"RuntimeInSeconds": runtime_seconds(job)},
    }
    if best is not None:
        body["BestTrainingJob"] = training_summary_view(best, job)
    if overall_best is not None:
        body["OverallBestTrainingJob"] = training_summary_view(overall_best, job)
    return DescribeTuningJobResponse.model_validate(body)


def definitions_view(job: TuningJob) -> dict[str, Any]:
    """The training job definitions as AWS answers them: `StaticHyperParameters` carries
    `_tuning_objective_metric` (SDK v2's `HyperparameterTuner.attach` deletes that key without
    looking), `OutputDataConfig.KmsKeyId` is "" when unset (its `Estimator.attach` reads
    it), a built-in algorithm's `MetricDefinitions` are listed, and a single-type
    `HyperParameterTuningResourceConfig` is also `ResourceConfig`."""
    objective = job.request["HyperParameterTuningJobConfig"].get("HyperParameterTuningJobObjective")
    shown: dict[str, Any] = {}
    if "TrainingJobDefinition" in job.request:
        shown["TrainingJobDefinition"] = _definition_view(
            job.request["TrainingJobDefinition"], objective
        )
    if "TrainingJobDefinitions" in job.request:
        shown["TrainingJobDefinitions"] = [
            _definition_view(d, objective) for d in job.request["TrainingJobDefinitions"]
        ]
    return shown


def _definition_view(
    definition: dict[str, Any], objective: dict[str, Any] | None
) -> dict[str, Any]:
    shown = dict(definition)
    metric = (definition.get("TuningObjective") or objective or {}).get("MetricName")
    if metric is not None:
        shown["StaticHyperParameters"] = {
            **(definition.get("StaticHyperParameters") or {}),
            "_tuning_objective_metric": metric,
        }
    shown["OutputDataConfig"] = {"KmsKeyId": "", **definition["OutputDataConfig"]}
    # A built-in algorithm's own metric definitions, as AWS answers them (SDK v2's attach reads
    # AlgorithmSpecification["MetricDefinitions"] without looking).
    algorithm = dict(definition["AlgorithmSpecification"])
    builtin = algorithms.runs_builtin_xgboost(
        algorithm.get("TrainingImage"), definition.get("StaticHyperParameters")
    )
    algorithm["MetricDefinitions"] = algorithms.metric_definitions(
        algorithm, builtin_xgboost=builtin
    )
    shown["AlgorithmSpecification"] = algorithm
    tuning_resources = definition.get("HyperParameterTuningResourceConfig") or {}
    if "ResourceConfig" not in definition and "InstanceType" in tuning_resources:
        # AWS answers the one instance type as ResourceConfig too: SDK v2's attach (and so its
        # warm-start tuners) reads ResourceConfig.InstanceCount without looking.
        shown["ResourceConfig"] = {
            key: tuning_resources[key]
            for key in ("InstanceType", "InstanceCount", "VolumeSizeInGB", "VolumeKmsKeyId")
            if key in tuning_resources
        }
    return shown


def summary_view(job: TuningJob) -> dict[str, Any]:
    limits = job.request["HyperParameterTuningJobConfig"]["ResourceLimits"]
    return {
        "HyperParameterTuningJobName": job.name,
        "HyperParameterTuningJobArn": job.arn,
        "HyperParameterTuningJobStatus": job.status,
        "Strategy": job.strategy,
        "CreationTime": job.creation_time,
        "HyperParameterTuningEndTime": job.end_time,
        "LastModifiedTime": job.last_modified_time,
        **counters(job),
        "ResourceLimits": limits,
    }


def training_summary_view(training: TrainingJob, job: TuningJob | None) -> dict[str, Any]:
    summary: dict[str, Any] = {
        "TrainingJobDefinitionName": training.definition_name,
        "TrainingJobName": training.name,
        "TrainingJobArn": training.arn,
        "TuningJobName": training.tuning_job_name,
        "CreationTime": training.creation_time,
        "TrainingStartTime": training.training_start_time,
        "TrainingEndTime": training.training_end_time,
        "TrainingJobStatus": training.status,
        "TunedHyperParameters": training.tuned_hyperparameters,
        "FailureReason": training.failure_reason,
        "ObjectiveStatus": training.objective_status,
    }
    if training.final_objective is not None and job is not None:
        summary["FinalHyperParameterTuningJobObjectiveMetric"] = {
            "Type": job.objective_type,
            "MetricName": job.objective_metric,
            "Value": training.final_objective,
        }
    return summary


def overall_best_name(job: TuningJob) -> str | None:
    """OverallBestTrainingJob of an IdenticalDataAndAlgorithm warm start: the better of the
    parents' best (kept at create) and the job's own best; None for any other job."""
    warm = job.request.get("WarmStartConfig") or {}
    if warm.get("WarmStartType") != "IdenticalDataAndAlgorithm":
        return None
    if job.parent_best_objective is None:
        return job.best_training_job
    if job.best_objective is None:
        return job.parent_best_training_job
    own_wins = (
        job.best_objective > job.parent_best_objective
        if job.objective_type == "Maximize"
        else job.best_objective < job.parent_best_objective
    )
    return job.best_training_job if own_wins else job.parent_best_training_job
