"""Wire models of the tuning domain: CreateHyperParameterTuningJob, Describe and the two Lists.

Class names are shorter than botocore's (``TuningJobConfig`` is HyperParameterTuningJobConfig,
``TrainingJobSummary`` is HyperParameterTrainingJobSummary); field aliases are botocore's
member names exactly. Models shared with training live in app.schemas_common.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field

from app.schemas_common import (
    AlgorithmImage,
    ArnOrName,
    AwsModel,
    Channel,
    CheckpointConfig,
    FailureReason,
    HyperParameters,
    HyperParameterTuningJobArn,
    KmsKeyId,
    MaxResults,
    MetricDefinition,
    MetricName,
    NameContains,
    NextToken,
    OptionalVolumeSizeInGB,
    OutputDataConfig,
    ResourceConfig,
    RetryStrategy,
    RoleArn,
    SortOrder,
    StoppingCondition,
    Tag,
    Timestamp,
    TrainingInputMode,
    TrainingInstanceCount,
    TrainingInstanceType,
    TrainingJobArn,
    TrainingJobName,
    TrainingJobStatus,
    VpcConfig,
)

AutotuneMode = Literal["Enabled"]
CompleteOnConvergence = Literal["Disabled", "Enabled"]
HyperbandStrategyMaxResource = Annotated[int, Field(ge=1)]
HyperbandStrategyMinResource = Annotated[int, Field(ge=1)]
HyperParameterScalingType = Literal["Auto", "Linear", "Logarithmic", "ReverseLogarithmic"]
HyperParameterTrainingJobDefinitionName = Annotated[
    str, Field(min_length=1, max_length=64, pattern=r"^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,63}$")
]
HyperParameterTrainingJobEnvironmentKey = Annotated[
    str, Field(max_length=512, pattern=r"^[a-zA-Z_][a-zA-Z0-9_]*$")
]
HyperParameterTrainingJobEnvironmentValue = Annotated[
    str, Field(max_length=512, pattern=r"^[\S\s]*$")
]
HyperParameterTuningAllocationStrategy = Literal["Prioritized"]
HyperParameterTuningJobName = Annotated[
    str, Field(min_length=1, max_length=32, pattern=r"^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,31}$")
]
HyperParameterTuningJobObjectiveType = Literal["Maximize", "Minimize"]
HyperParameterTuningJobStatus = Literal[
    "Completed", "InProgress", "Failed", "Stopped", "Stopping", "Deleting", "DeleteFailed"
]
HyperParameterTuningJobStrategyType = Literal["Bayesian", "Random", "Hyperband", "Grid"]
HyperParameterTuningJobWarmStartType = Literal["IdenticalDataAndAlgorithm", "TransferLearning"]
HyperParameterTuningMaxRuntimeInSeconds = Annotated[int, Field(ge=120, le=15768000)]
MaxNumberOfTrainingJobs = Annotated[int, Field(ge=1)]
MaxNumberOfTrainingJobsNotImproving = Annotated[int, Field(ge=3)]
MaxParallelTrainingJobs = Annotated[int, Field(ge=1)]
ObjectiveStatus = Literal["Succeeded", "Pending", "Failed"]
ObjectiveStatusCounter = Annotated[int, Field(ge=0)]
ParameterKey = Annotated[str, Field(max_length=256, pattern=r"^.*$")]
ParameterValue = Annotated[str, Field(max_length=256, pattern=r"^.*$")]
RandomSeed = Annotated[int, Field(ge=0)]
TrainingJobEarlyStoppingType = Literal["Off", "Auto"]
TrainingJobStatusCounter = Annotated[int, Field(ge=0)]
VolumeSizeInGB = Annotated[int, Field(ge=1)]
HyperParameterTrainingJobEnvironmentMap = Annotated[
    dict[HyperParameterTrainingJobEnvironmentKey, HyperParameterTrainingJobEnvironmentValue],
    Field(max_length=48),
]


class HyperbandStrategyConfig(AwsModel):
    """The configuration for Hyperband, a multi-fidelity based hyperparameter tuning strategy."""

    min_resource: HyperbandStrategyMinResource | None = Field(
        None,
        description=(
            "The minimum resource (such as epochs) a training job may use before it can be stopped."
        ),
    )
    max_resource: HyperbandStrategyMaxResource | None = Field(
        None, description="The maximum resource (such as epochs) a training job may use."
    )


class StrategyConfig(AwsModel):
    """Strategy-specific configuration of a tuning job."""

    hyperband_strategy_config: HyperbandStrategyConfig | None = Field(
        None, description="The configuration of the Hyperband strategy."
    )


class TuningObjective(AwsModel):
    """Defines the objective metric for a tuning job."""

    type: HyperParameterTuningJobObjectiveType = Field(
        description="Whether to minimize or maximize the objective metric."
    )
    metric_name: MetricName = Field(
        description="The name of the metric to use for the objective metric."
    )


class ResourceLimits(AwsModel):
    """Caps on the number of training jobs, of parallel training jobs and on runtime."""

    max_number_of_training_jobs: MaxNumberOfTrainingJobs | None = Field(
        None, description="The maximum number of training jobs that a tuning job can launch."
    )
    max_parallel_training_jobs: MaxParallelTrainingJobs = Field(
        description="The maximum number of concurrent training jobs that a tuning job can launch."
    )
    max_runtime_in_seconds: HyperParameterTuningMaxRuntimeInSeconds | None = Field(
        None, description="The maximum time in seconds that a tuning job can run."
    )


class IntegerParameterRange(AwsModel):
    """The range an integer hyperparameter is searched in."""

    name: ParameterKey = Field(description="The name of the hyperparameter to search.")
    min_value: ParameterValue = Field(
        description="The minimum value of the hyperparameter to search."
    )
    max_value: ParameterValue = Field(
        description="The maximum value of the hyperparameter to search."
    )
    scaling_type: HyperParameterScalingType | None = Field(
        None,
        description="The scale of the search: Auto, Linear, Logarithmic or ReverseLogarithmic.",
    )


class ContinuousParameterRange(AwsModel):
    """The range a continuous hyperparameter is searched in."""

    name: ParameterKey = Field(description="The name of the continuous hyperparameter to tune.")
    min_value: ParameterValue = Field(description="The minimum value for the hyperparameter.")
    max_value: ParameterValue = Field(description="The maximum value for the hyperparameter.")
    scaling_type: HyperParameterScalingType | None = Field(
        None,
        description="The scale of the search: Auto, Linear, Logarithmic or ReverseLogarithmic.",
    )


class CategoricalParameterRange(AwsModel):
    """The values a categorical hyperparameter is searched among."""

    name: ParameterKey = Field(description="The name of the categorical hyperparameter to tune.")
    values: list[ParameterValue] = Field(
        min_length=1, max_length=30, description="A list of the categories for the hyperparameter."
    )


class AutoParameter(AwsModel):
    """The name and an example value of the hyperparameter that you want to use in Autotune."""

    name: ParameterKey = Field(
        description="The name of the hyperparameter to optimize using Autotune."
    )
    value_hint: ParameterValue = Field(
        description="An example value of the hyperparameter to optimize using Autotune."
    )


class ParameterRanges(AwsModel):
    """The integer, continuous and categorical hyperparameter ranges a tuning job searches."""

    integer_parameter_ranges: list[IntegerParameterRange] | None = Field(
        None, max_length=30, description="The ranges of integer hyperparameters to search."
    )
    continuous_parameter_ranges: list[ContinuousParameterRange] | None = Field(
        None, max_length=30, description="The ranges of continuous hyperparameters to search."
    )
    categorical_parameter_ranges: list[CategoricalParameterRange] | None = Field(
        None, max_length=30, description="The ranges of categorical hyperparameters to search."
    )
    auto_parameters: list[AutoParameter] | None = Field(
        None,
        max_length=100,
        description="Hyperparameter names and example values from which Autotune chooses ranges.",
    )


class BestObjectiveNotImproving(AwsModel):
    """Completion once training jobs stop improving the best objective."""

    max_number_of_training_jobs_not_improving: MaxNumberOfTrainingJobsNotImproving | None = Field(
        None,
        description=(
            "Stop after this many training jobs fail to improve the best objective by 1% or more."
        ),
    )


class ConvergenceDetected(AwsModel):
    """Completion once AMT sees no significant (1% or less) improvement of the objective."""

    complete_on_convergence: CompleteOnConvergence | None = Field(
        None,
        description=(
            "A flag to stop a tuning job once AMT has detected that the job has converged."
        ),
    )


class CompletionCriteria(AwsModel):
    """Conditions that end a tuning job before its resource limits do."""

    target_objective_metric_value: float | None = Field(
        None,
        description="Stop the tuning job once a training job reaches this objective metric value.",
    )
    best_objective_not_improving: BestObjectiveNotImproving | None = Field(
        None,
        description="Stop the tuning job once training jobs stop improving the best objective.",
    )
    convergence_detected: ConvergenceDetected | None = Field(
        None, description="Stop the tuning job once AMT detects that the objective has converged."
    )


class TuningJobConfig(AwsModel):
    """Configures a tuning job."""

    strategy: HyperParameterTuningJobStrategyType = Field(
        description=(
            "How the tuning job chooses hyperparameter values: Bayesian, Random, Hyperband or Grid."
        )
    )
    strategy_config: StrategyConfig | None = Field(
        None, description="The configuration of the Hyperband strategy; only with Hyperband."
    )
    hyper_parameter_tuning_job_objective: TuningObjective | None = Field(
        None,
        description="The objective metric used to evaluate the training jobs of this tuning job.",
    )
    resource_limits: ResourceLimits = Field(
        description=(
            "The maximum number of training jobs and of parallel training jobs, and"
            " the maximum runtime."
        )
    )
    parameter_ranges: ParameterRanges | None = Field(
        None, description="The ranges of hyperparameters the tuning job searches."
    )
    training_job_early_stopping_type: TrainingJobEarlyStoppingType | None = Field(
        None,
        description=(
            "Whether to stop training jobs early when they are unlikely to beat the"
            " best; Off for Hyperband."
        ),
    )
    tuning_job_completion_criteria: CompletionCriteria | None = Field(
        None, description="The tuning job's completion criteria."
    )
    random_seed: RandomSeed | None = Field(
        None, description="A value used to initialize a pseudo-random number generator."
    )


class AlgorithmSpecification(AwsModel):
    """The algorithm (image or algorithm resource) the training jobs run."""

    training_image: AlgorithmImage | None = Field(
        None,
        description="The registry path of the Docker image that contains the training algorithm.",
    )
    training_input_mode: TrainingInputMode = Field(
        description="The training input mode that the algorithm supports."
    )
    algorithm_name: ArnOrName | None = Field(
        None, description="The name of the resource algorithm to use for the tuning job."
    )
    metric_definitions: list[MetricDefinition] | None = Field(
        None,
        max_length=40,
        description=(
            "The metrics the algorithm emits, with the regexes that find them in its logs."
        ),
    )


class TuningInstanceConfig(AwsModel):
    """One candidate instance configuration for the training jobs of a tuning job."""

    instance_type: TrainingInstanceType = Field(
        description="The instance type used for processing of hyperparameter optimization jobs."
    )
    instance_count: TrainingInstanceCount = Field(
        description="The number of instances of the type specified by InstanceType."
    )
    volume_size_in_gb: VolumeSizeInGB = Field(
        alias="VolumeSizeInGB", description="The size in GB of the storage volume of each instance."
    )


class TuningResourceConfig(AwsModel):
    """Instances and storage for the training jobs of a tuning job, possibly of several types."""

    instance_type: TrainingInstanceType | None = Field(
        None, description="The instance type used to run hyperparameter optimization tuning jobs."
    )
    instance_count: TrainingInstanceCount | None = Field(
        None, description="The number of compute instances of type InstanceType to use."
    )
    volume_size_in_gb: OptionalVolumeSizeInGB | None = Field(
        None,
        alias="VolumeSizeInGB",
        description="The size in GB of the storage volume of each instance.",
    )
    volume_kms_key_id: KmsKeyId | None = Field(
        None, description="The KMS key that encrypts the storage volumes of the training instances."
    )
    allocation_strategy: HyperParameterTuningAllocationStrategy | None = Field(
        None, description="The order in which InstanceConfigs are tried."
    )
    instance_configs: list[TuningInstanceConfig] | None = Field(
        None,
        min_length=1,
        max_length=6,
        description="The candidate instance configurations, for several instance types.",
    )


class TrainingJobDefinition(AwsModel):
    """Defines the training jobs launched by a tuning job."""

    definition_name: HyperParameterTrainingJobDefinitionName | None = Field(
        None, description="The job definition name."
    )
    tuning_objective: TuningObjective | None = Field(
        None, description="The objective metric for the training jobs of this definition."
    )
    hyper_parameter_ranges: ParameterRanges | None = Field(
        None, description="The ranges of hyperparameters searched for this definition."
    )
    static_hyper_parameters: HyperParameters | None = Field(
        None,
        description=(
            "Specifies the values of hyperparameters that do not change for the tuning job."
        ),
    )
    algorithm_specification: AlgorithmSpecification = Field(
        description="The algorithm the training jobs run and the metrics it emits."
    )
    role_arn: RoleArn = Field(description="The ARN of the IAM role the training jobs run with.")
    input_data_config: list[Channel] | None = Field(
        None, min_length=1, max_length=20, description="The input channels of the training jobs."
    )
    vpc_config: VpcConfig | None = Field(None, description="The VPC the training jobs connect to.")
    output_data_config: OutputDataConfig = Field(
        description="Where the model artifacts of the training jobs are stored."
    )
    resource_config: ResourceConfig | None = Field(
        None, description="The compute instances and storage volumes of the training jobs."
    )
    hyper_parameter_tuning_resource_config: TuningResourceConfig | None = Field(
        None,
        description=(
            "The compute instances and storage volumes of the training jobs, "
            "possibly of several types."
        ),
    )
    stopping_condition: StoppingCondition = Field(
        description="Specifies a limit to how long a model hyperparameter training job can run."
    )
    enable_network_isolation: bool | None = Field(
        None, description="Isolates the training container."
    )
    enable_inter_container_traffic_encryption: bool | None = Field(
        None,
        description=(
            "To encrypt all communications between ML compute instances in "
            "distributed training, choose True."
        ),
    )
    enable_managed_spot_training: bool | None = Field(
        None,
        description=(
            "A Boolean indicating whether managed spot training is enabled (True) or not (False)."
        ),
    )
    checkpoint_config: CheckpointConfig | None = Field(
        None,
        description=(
            "Contains information about the output location for managed spot "
            "training checkpoint data."
        ),
    )
    retry_strategy: RetryStrategy | None = Field(
        None,
        description=(
            "The number of times to retry the job when the job fails due to an InternalServerError."
        ),
    )
    environment: HyperParameterTrainingJobEnvironmentMap | None = Field(
        None, description="Environment variables set in the training container."
    )


class ParentTuningJob(AwsModel):
    """A finished tuning job used as a starting point by a warm-start tuning job."""

    hyper_parameter_tuning_job_name: HyperParameterTuningJobName | None = Field(
        None, description="The name of the parent tuning job."
    )


class WarmStartConfig(AwsModel):
    """The previous tuning jobs a warm-start tuning job starts from, and how."""

    parent_hyper_parameter_tuning_jobs: list[ParentTuningJob] = Field(
        min_length=1, max_length=5, description="The tuning jobs this tuning job starts from."
    )
    warm_start_type: HyperParameterTuningJobWarmStartType = Field(
        description=(
            "IdenticalDataAndAlgorithm (same data and image as the parents) or TransferLearning."
        )
    )


class Autotune(AwsModel):
    """Lets AMT choose ranges, limits, early stopping, strategy and completion itself."""

    mode: AutotuneMode = Field(description="Set Mode to Enabled if you want to use Autotune.")


# A realistic body, as the SageMaker Python SDK sends it for built-in XGBoost; the Describe and
# List examples below reuse its parts so they all tell the story of one tuning job.
_EXAMPLE_TUNING_JOB_CONFIG: dict[str, Any] = {
    "Strategy": "Bayesian",
    "HyperParameterTuningJobObjective": {"Type": "Maximize", "MetricName": "validation:auc"},
    "ResourceLimits": {"MaxNumberOfTrainingJobs": 20, "MaxParallelTrainingJobs": 2},
    "ParameterRanges": {
        "IntegerParameterRanges": [
            {"Name": "max_depth", "MinValue": "3", "MaxValue": "10", "ScalingType": "Auto"}
        ],
        "ContinuousParameterRanges": [
            {"Name": "eta", "MinValue": "0.01", "MaxValue": "0.5", "ScalingType": "Logarithmic"},
            {"Name": "gamma", "MinValue": "0", "MaxValue": "5", "ScalingType": "Auto"},
            {"Name": "subsample", "MinValue": "0.5", "MaxValue": "1", "ScalingType": "Auto"},
        ],
        "CategoricalParameterRanges": [],
    },
    "TrainingJobEarlyStoppingType": "Off",
}
_EXAMPLE_TRAINING_JOB_DEFINITION: dict[str, Any] = {
    "StaticHyperParameters": {
        "objective": "binary:logistic",
        "eval_metric": "auc",
        "num_round": "200",
        "early_stopping_rounds": "10",
    },
    "AlgorithmSpecification": {
        "TrainingImage": "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",
        "TrainingInputMode": "File",
    },
    "RoleArn": "arn:aws:iam::123456789012:role/SageMakerExecutionRole",
    "InputDataConfig": [
        {
            "ChannelName": channel,
            "DataSource": {
                "S3DataSource": {
                    "S3DataType": "S3Prefix",
                    "S3Uri": f"s3://my-bucket/fraud/{channel}/",
                    "S3DataDistributionType": "FullyReplicated",
                }
            },
            "ContentType": "text/csv",
        }
        for channel in ("train", "validation")
    ],
    "OutputDataConfig": {"S3OutputPath": "s3://my-bucket/fraud/output/"},
    "HyperParameterTuningResourceConfig": {
        "InstanceType": "ml.m5.xlarge",
        "InstanceCount": 1,
        "VolumeSizeInGB": 30,
    },
    "StoppingCondition": {"MaxRuntimeInSeconds": 86400},
}
_EXAMPLE_NAME = "xgboost-fraud-260110-1200"
_EXAMPLE_ARN = (
    f"arn:aws:sagemaker:us-east-1:123456789012:hyper-parameter-tuning-job/{_EXAMPLE_NAME}"
)
_EXAMPLE_BEST_TRAINING_JOB: dict[str, Any] = {
    "TrainingJobName": f"{_EXAMPLE_NAME}-014-3f9c2a7e",
    "TrainingJobArn": (
        f"arn:aws:sagemaker:us-east-1:123456789012:training-job/{_EXAMPLE_NAME}-014-3f9c2a7e"
    ),
    "TuningJobName": _EXAMPLE_NAME,
    "CreationTime": "2026-01-10T12:31:05Z",
    "TrainingStartTime": "2026-01-10T12:31:07Z",
    "TrainingEndTime": "2026-01-10T12:32:12Z",
    "TrainingJobStatus": "Completed",
    "TunedHyperParameters": {
        "eta": "0.0812",
        "gamma": "1.337",
        "max_depth": "6",
        "subsample": "0.842",
    },
    "FinalHyperParameterTuningJobObjectiveMetric": {
        "Type": "Maximize",
        "MetricName": "validation:auc",
        "Value": 0.9731,
    },
    "ObjectiveStatus": "Succeeded",
}
_EXAMPLE_COUNTERS: dict[str, Any] = {
    "TrainingJobStatusCounters": {
        "Completed": 20,
        "InProgress": 0,
        "RetryableError": 0,
        "NonRetryableError": 0,
        "Stopped": 0,
    },
    "ObjectiveStatusCounters": {"Succeeded": 20, "Pending": 0, "Failed": 0},
}


CREATE_TUNING_JOB_EXAMPLE: dict[str, Any] = {
    "HyperParameterTuningJobName": _EXAMPLE_NAME,
    "HyperParameterTuningJobConfig": _EXAMPLE_TUNING_JOB_CONFIG,
    "TrainingJobDefinition": _EXAMPLE_TRAINING_JOB_DEFINITION,
    "Tags": [{"Key": "project", "Value": "fraud"}],
}


class CreateTuningJobRequest(AwsModel):
    """The body of CreateHyperParameterTuningJob."""

    model_config = ConfigDict(json_schema_extra={"examples": [CREATE_TUNING_JOB_EXAMPLE]})

    hyper_parameter_tuning_job_name: HyperParameterTuningJobName = Field(
        description="The name of the tuning job."
    )
    hyper_parameter_tuning_job_config: TuningJobConfig = Field(
        description=(
            "The search strategy, objective, parameter ranges and resource limits "
            "of the tuning job."
        )
    )
    training_job_definition: TrainingJobDefinition | None = Field(
        None,
        description=(
            "The training jobs the tuning job launches: algorithm, static "
            "hyperparameters, data, resources."
        ),
    )
    training_job_definitions: list[TrainingJobDefinition] | None = Field(
        None,
        min_length=1,
        max_length=10,
        description="Several training job definitions, used instead of TrainingJobDefinition.",
    )
    warm_start_config: WarmStartConfig | None = Field(
        None, description="The previous tuning jobs this one starts from."
    )
    tags: list[Tag] | None = Field(
        None, max_length=50, description="Tags to attach to the tuning job."
    )
    autotune: Autotune | None = Field(
        None, description="Lets AMT choose parameter ranges and other settings itself."
    )


CREATE_TUNING_JOB_RESPONSE_EXAMPLE: dict[str, Any] = {"HyperParameterTuningJobArn": _EXAMPLE_ARN}


class CreateTuningJobResponse(AwsModel):
    """The answer to CreateHyperParameterTuningJob."""

    model_config = ConfigDict(json_schema_extra={"examples": [CREATE_TUNING_JOB_RESPONSE_EXAMPLE]})

    hyper_parameter_tuning_job_arn: HyperParameterTuningJobArn = Field(
        description="The ARN of the tuning job."
    )


class TrainingJobStatusCounters(AwsModel):
    """The numbers of training jobs launched by a tuning job, categorized by status."""

    completed: TrainingJobStatusCounter | None = Field(
        None, description="The number of completed training jobs."
    )
    in_progress: TrainingJobStatusCounter | None = Field(
        None, description="The number of training jobs in progress."
    )
    retryable_error: TrainingJobStatusCounter | None = Field(
        None, description="The number of training jobs that failed, but can be retried."
    )
    non_retryable_error: TrainingJobStatusCounter | None = Field(
        None, description="The number of training jobs that failed and can't be retried."
    )
    stopped: TrainingJobStatusCounter | None = Field(
        None, description="The number of training jobs that were stopped."
    )


class ObjectiveStatusCounters(AwsModel):
    """The training jobs of a tuning job, counted by the status of their objective metric."""

    succeeded: ObjectiveStatusCounter | None = Field(
        None, description="Training jobs whose final objective metric was evaluated and used."
    )
    pending: ObjectiveStatusCounter | None = Field(
        None,
        description="Training jobs still running, their final objective metric not yet evaluated.",
    )
    failed: ObjectiveStatusCounter | None = Field(
        None, description="Training jobs whose final objective metric was not evaluated and used."
    )


class FinalObjectiveMetric(AwsModel):
    """The last objective metric value a training job of a tuning job emitted."""

    type: HyperParameterTuningJobObjectiveType | None = Field(
        None, description="Whether the objective metric is minimized or maximized."
    )
    metric_name: MetricName = Field(description="The name of the objective metric.")
    value: float = Field(description="The value of the objective metric.")


class TrainingJobSummary(AwsModel):
    """Summary of a training job launched by a tuning job."""

    training_job_definition_name: HyperParameterTrainingJobDefinitionName | None = Field(
        None, description="The training job definition name."
    )
    training_job_name: TrainingJobName = Field(description="The name of the training job.")
    training_job_arn: TrainingJobArn = Field(description="The ARN of the training job.")
    tuning_job_name: HyperParameterTuningJobName | None = Field(
        None, description="The HyperParameter tuning job that launched the training job."
    )
    creation_time: Timestamp = Field(
        description="The date and time that the training job was created."
    )
    training_start_time: Timestamp | None = Field(
        None, description="The date and time that the training job started."
    )
    training_end_time: Timestamp | None = Field(
        None, description="Specifies the time when the training job ends on training instances."
    )
    training_job_status: TrainingJobStatus = Field(description="The status of the training job.")
    tuned_hyper_parameters: HyperParameters = Field(
        description="The values of the tuned hyperparameters for this training job."
    )
    failure_reason: FailureReason | None = Field(
        None, description="The reason that the training job failed."
    )
    final_hyper_parameter_tuning_job_objective_metric: FinalObjectiveMetric | None = Field(
        None, description="The final value of the tuning objective metric for this training job."
    )
    objective_status: ObjectiveStatus | None = Field(
        None,
        description=(
            "Succeeded (objective used), Pending (awaited) or Failed (not obtained or not used)."
        ),
    )


class TuningJobCompletionDetails(AwsModel):
    """How far a tuning job is from meeting its completion criteria."""

    number_of_training_jobs_objective_not_improving: int | None = Field(
        None,
        description=(
            "The number of training jobs that did not improve the objective by more than 1%."
        ),
    )
    convergence_detected_time: Timestamp | None = Field(
        None, description="When AMT detected that the objective had converged."
    )


class ConsumedResources(AwsModel):
    """The total resources consumed by your tuning job."""

    runtime_in_seconds: int | None = Field(
        None, description="The wall clock runtime in seconds used by your tuning job."
    )


DESCRIBE_TUNING_JOB_EXAMPLE: dict[str, Any] = {
    "HyperParameterTuningJobName": _EXAMPLE_NAME,
    "HyperParameterTuningJobArn": _EXAMPLE_ARN,
    "HyperParameterTuningJobConfig": _EXAMPLE_TUNING_JOB_CONFIG,
    "TrainingJobDefinition": _EXAMPLE_TRAINING_JOB_DEFINITION,
    "HyperParameterTuningJobStatus": "Completed",
    "CreationTime": "2026-01-10T12:00:00Z",
    "HyperParameterTuningEndTime": "2026-01-10T12:47:31Z",
    "LastModifiedTime": "2026-01-10T12:47:31Z",
    **_EXAMPLE_COUNTERS,
    "BestTrainingJob": _EXAMPLE_BEST_TRAINING_JOB,
    "TuningJobCompletionDetails": {"NumberOfTrainingJobsObjectiveNotImproving": 6},
    "ConsumedResources": {"RuntimeInSeconds": 2851},
}


class DescribeTuningJobResponse(AwsModel):
    """The answer to DescribeHyperParameterTuningJob: configuration, progress and best job."""

    model_config = ConfigDict(json_schema_extra={"examples": [DESCRIBE_TUNING_JOB_EXAMPLE]})

    hyper_parameter_tuning_job_name: HyperParameterTuningJobName = Field(
        description="The name of the tuning job."
    )
    hyper_parameter_tuning_job_arn: HyperParameterTuningJobArn = Field(
        description="The ARN of the tuning job."
    )
    hyper_parameter_tuning_job_config: TuningJobConfig = Field(
        description="The configuration of the tuning job, as created."
    )
    training_job_definition: TrainingJobDefinition | None = Field(
        None, description="The definition of the training jobs this tuning job launches."
    )
    training_job_definitions: list[TrainingJobDefinition] | None = Field(
        None,
        min_length=1,
        max_length=10,
        description="The training job definitions, when the tuning job has several.",
    )
    hyper_parameter_tuning_job_status: HyperParameterTuningJobStatus = Field(
        description="The status of the tuning job."
    )
    creation_time: Timestamp = Field(description="The date and time that the tuning job started.")
    hyper_parameter_tuning_end_time: Timestamp | None = Field(
        None, description="The date and time that the tuning job ended."
    )
    last_modified_time: Timestamp | None = Field(
        None, description="The date and time that the status of the tuning job was modified."
    )
    training_job_status_counters: TrainingJobStatusCounters = Field(
        description="The training jobs this tuning job launched, counted by status."
    )
    objective_status_counters: ObjectiveStatusCounters = Field(
        description=(
            "The training jobs this tuning job launched, counted by objective metric status."
        )
    )
    best_training_job: TrainingJobSummary | None = Field(
        None, description="The training job with the best objective metric value so far."
    )
    overall_best_training_job: TrainingJobSummary | None = Field(
        None,
        description=(
            "For an IdenticalDataAndAlgorithm warm start, the best training job "
            "including the parents."
        ),
    )
    warm_start_config: WarmStartConfig | None = Field(
        None, description="The previous tuning jobs this one started from."
    )
    autotune: Autotune | None = Field(
        None, description="A flag to indicate if autotune is enabled for the tuning job."
    )
    failure_reason: FailureReason | None = Field(
        None, description="If the tuning job failed, the reason it failed."
    )
    tuning_job_completion_details: TuningJobCompletionDetails | None = Field(
        None, description="Progress towards the completion criteria of the tuning job."
    )
    consumed_resources: ConsumedResources | None = Field(
        None, description="The total resources consumed by your tuning job."
    )


class TuningJobSummary(AwsModel):
    """Provides summary information about a tuning job."""

    hyper_parameter_tuning_job_name: HyperParameterTuningJobName = Field(
        description="The name of the tuning job."
    )
    hyper_parameter_tuning_job_arn: HyperParameterTuningJobArn = Field(
        description="The ARN of the tuning job."
    )
    hyper_parameter_tuning_job_status: HyperParameterTuningJobStatus = Field(
        description="The status of the tuning job."
    )
    strategy: HyperParameterTuningJobStrategyType = Field(
        description="The search strategy of the tuning job."
    )
    creation_time: Timestamp = Field(
        description="The date and time that the tuning job was created."
    )
    hyper_parameter_tuning_end_time: Timestamp | None = Field(
        None, description="The date and time that the tuning job ended."
    )
    last_modified_time: Timestamp | None = Field(
        None, description="The date and time that the tuning job was modified."
    )
    training_job_status_counters: TrainingJobStatusCounters = Field(
        description="The training jobs this tuning job launched, counted by status."
    )
    objective_status_counters: ObjectiveStatusCounters = Field(
        description=(
            "The training jobs this tuning job launched, counted by objective metric status."
        )
    )
    resource_limits: ResourceLimits | None = Field(
        None,
        description=(
            "The maximum number of training jobs and of parallel training jobs of this tuning job."
        ),
    )


LIST_TUNING_JOBS_EXAMPLE: dict[str, Any] = {
    "HyperParameterTuningJobSummaries": [
        {
            "HyperParameterTuningJobName": _EXAMPLE_NAME,
            "HyperParameterTuningJobArn": _EXAMPLE_ARN,
            "HyperParameterTuningJobStatus": "Completed",
            "Strategy": "Bayesian",
            "CreationTime": "2026-01-10T12:00:00Z",
            "HyperParameterTuningEndTime": "2026-01-10T12:47:31Z",
            "LastModifiedTime": "2026-01-10T12:47:31Z",
            **_EXAMPLE_COUNTERS,
            "ResourceLimits": {"MaxNumberOfTrainingJobs": 20, "MaxParallelTrainingJobs": 2},
        }
    ]
}


class ListTuningJobsResponse(AwsModel):
    """A page of ListHyperParameterTuningJobs."""

    model_config = ConfigDict(json_schema_extra={"examples": [LIST_TUNING_JOBS_EXAMPLE]})

    hyper_parameter_tuning_job_summaries: list[TuningJobSummary] = Field(
        description="The tuning jobs on this page."
    )
    next_token: NextToken | None = Field(
        None, description="The token for the next page, when the list was truncated."
    )


LIST_TRAINING_JOBS_FOR_TUNING_JOB_EXAMPLE: dict[str, Any] = {
    "TrainingJobSummaries": [
        _EXAMPLE_BEST_TRAINING_JOB,
        {
            "TrainingJobName": f"{_EXAMPLE_NAME}-015-b81d04c9",
            "TrainingJobArn": (
                "arn:aws:sagemaker:us-east-1:123456789012:training-job/"
                f"{_EXAMPLE_NAME}-015-b81d04c9"
            ),
            "TuningJobName": _EXAMPLE_NAME,
            "CreationTime": "2026-01-10T12:31:09Z",
            "TrainingStartTime": "2026-01-10T12:31:11Z",
            "TrainingEndTime": "2026-01-10T12:32:20Z",
            "TrainingJobStatus": "Completed",
            "TunedHyperParameters": {
                "eta": "0.4471",
                "gamma": "0.018",
                "max_depth": "10",
                "subsample": "0.513",
            },
            "FinalHyperParameterTuningJobObjectiveMetric": {
                "Type": "Maximize",
                "MetricName": "validation:auc",
                "Value": 0.9612,
            },
            "ObjectiveStatus": "Succeeded",
        },
    ],
    "NextToken": "eyJvZmZzZXQiOiAyfQ==",
}


class ListTrainingJobsForTuningJobResponse(AwsModel):
    """A page of ListTrainingJobsForHyperParameterTuningJob."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [LIST_TRAINING_JOBS_FOR_TUNING_JOB_EXAMPLE]}
    )

    training_job_summaries: list[TrainingJobSummary] = Field(
        description="The training jobs on this page."
    )
    next_token: NextToken | None = Field(
        None, description="The token for the next page, when the list was truncated."
    )


# --- inputs of the AWS JSON door (the REST door takes these as path and query parameters) ---

HyperParameterTuningJobSortByOptions = Literal["Name", "Status", "CreationTime"]
TrainingJobSortByOptions = Literal["Name", "CreationTime", "Status", "FinalObjectiveMetricValue"]


class DescribeTuningJobRequest(AwsModel):
    """The body of DescribeHyperParameterTuningJob."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"HyperParameterTuningJobName": _EXAMPLE_NAME}]}
    )

    hyper_parameter_tuning_job_name: HyperParameterTuningJobName = Field(
        description="The name of the tuning job."
    )


class StopTuningJobRequest(AwsModel):
    """The body of StopHyperParameterTuningJob."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"HyperParameterTuningJobName": _EXAMPLE_NAME}]}
    )

    hyper_parameter_tuning_job_name: HyperParameterTuningJobName = Field(
        description="The name of the tuning job to stop."
    )


class DeleteTuningJobRequest(AwsModel):
    """The body of DeleteHyperParameterTuningJob."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"HyperParameterTuningJobName": _EXAMPLE_NAME}]}
    )

    hyper_parameter_tuning_job_name: HyperParameterTuningJobName = Field(
        description="The name of the tuning job to delete."
    )


class ListTuningJobsRequest(AwsModel):
    """The body of ListHyperParameterTuningJobs."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "MaxResults": 10,
                    "SortBy": "CreationTime",
                    "SortOrder": "Descending",
                    "NameContains": "fraud",
                    "CreationTimeAfter": "2026-01-10T00:00:00Z",
                    "StatusEquals": "Completed",
                }
            ]
        }
    )

    next_token: NextToken | None = Field(
        None, description="The token of the next page, from a truncated previous answer."
    )
    max_results: MaxResults | None = Field(
        None, description="The maximum number of tuning jobs to return (default 10)."
    )
    sort_by: HyperParameterTuningJobSortByOptions | None = Field(
        None, description="The field to sort results by (default Name)."
    )
    sort_order: SortOrder | None = Field(
        None, description="The sort order for results (default Ascending)."
    )
    name_contains: NameContains | None = Field(
        None, description="Only tuning jobs whose name contains this string."
    )
    creation_time_after: Timestamp | None = Field(
        None, description="Only tuning jobs created after this time."
    )
    creation_time_before: Timestamp | None = Field(
        None, description="Only tuning jobs created before this time."
    )
    last_modified_time_after: Timestamp | None = Field(
        None, description="Only tuning jobs modified after this time."
    )
    last_modified_time_before: Timestamp | None = Field(
        None, description="Only tuning jobs modified before this time."
    )
    status_equals: HyperParameterTuningJobStatus | None = Field(
        None, description="Only tuning jobs with this status."
    )


class ListTrainingJobsForTuningJobRequest(AwsModel):
    """The body of ListTrainingJobsForHyperParameterTuningJob."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "HyperParameterTuningJobName": _EXAMPLE_NAME,
                    "MaxResults": 3,
                    "SortBy": "FinalObjectiveMetricValue",
                    "SortOrder": "Descending",
                }
            ]
        }
    )

    hyper_parameter_tuning_job_name: HyperParameterTuningJobName = Field(
        description="The name of the tuning job whose training jobs to list."
    )
    next_token: NextToken | None = Field(
        None, description="The token of the next page, from a truncated previous answer."
    )
    max_results: MaxResults | None = Field(
        None, description="The maximum number of training jobs to return (default 10)."
    )
    status_equals: TrainingJobStatus | None = Field(
        None, description="Only training jobs with this status."
    )
    sort_by: TrainingJobSortByOptions | None = Field(
        None,
        description=(
            "The field to sort results by (default Name); FinalObjectiveMetricValue leaves out "
            "jobs without an objective value."
        ),
    )
    sort_order: SortOrder | None = Field(
        None, description="The sort order for results (default Ascending)."
    )
