"""Wire models of the training domain: DescribeTrainingJob and ListTrainingJobs.

``TrainingAlgorithmSpecification`` is botocore's AlgorithmSpecification (the tuning domain's
``AlgorithmSpecification`` is HyperParameterAlgorithmSpecification); ``TrainingJobListSummary``
is botocore's TrainingJobSummary. Debugger, profiler, MLflow and serverless members are here
because DescribeTrainingJob has them; openamt leaves them unset.
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
    DirectoryPath,
    FailureReason,
    HyperParameters,
    HyperParameterTuningJobArn,
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
    S3Uri,
    SortOrder,
    StoppingCondition,
    Tag,
    Timestamp,
    TrainingInputMode,
    TrainingJobArn,
    TrainingJobName,
    TrainingJobStatus,
    TrainingPlanArn,
    VpcConfig,
)

AutoMLJobArn = Annotated[
    str,
    Field(
        min_length=1,
        max_length=256,
        pattern=r"^arn:aws[a-z\-]*:sagemaker:[a-z0-9\-]*:[0-9]{12}:automl-job/.*$",
    ),
]
BillableTimeInSeconds = Annotated[int, Field(ge=1)]
BillableTokenCount = Annotated[int, Field(ge=0)]
CollectionName = Annotated[str, Field(min_length=1, max_length=256, pattern=r"^.*$")]
ConfigKey = Annotated[str, Field(min_length=1, max_length=256, pattern=r"^.*$")]
ConfigValue = Annotated[str, Field(max_length=256, pattern=r"^.*$")]
CustomizationTechnique = Literal["SFT", "DPO", "RLVR", "RLAIF"]
EvaluationType = Literal["LLMAJEvaluation", "CustomScorerEvaluation", "BenchmarkEvaluation"]
EvaluatorArn = Annotated[str, Field(pattern=r"^.*$")]
ExperimentEntityName = Annotated[
    str, Field(min_length=1, max_length=120, pattern=r"^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}$")
]
LabelingJobArn = Annotated[
    str,
    Field(
        max_length=2048,
        pattern=r"^arn:aws[a-z\-]*:sagemaker:[a-z0-9\-]*:[0-9]{12}:labeling-job/.*$",
    ),
]
MlflowExperimentId = Annotated[str, Field(min_length=1, max_length=256, pattern=r"^.*$")]
MlflowExperimentName = Annotated[str, Field(min_length=1, max_length=256, pattern=r"^.*$")]
MlFlowResourceArn = Annotated[
    str,
    Field(
        max_length=2048,
        pattern=r"^arn:aws[a-z\-]*:sagemaker:[a-z0-9\-]*:[0-9]{12}:mlflow-[a-zA-Z-]*/.*$",
    ),
]
MlflowRunId = Annotated[str, Field(min_length=1, max_length=256, pattern=r"^.*$")]
MlflowRunName = Annotated[str, Field(min_length=1, max_length=256, pattern=r"^.*$")]
ModelPackageArn = Annotated[
    str,
    Field(
        min_length=1,
        max_length=2048,
        pattern=(
            r"^arn:aws[a-z\-]*:sagemaker:[a-z0-9\-]{9,16}:" r"[0-9]{12}:model-package/[\S]{1,2048}$"
        ),
    ),
]
ModelPackageGroupArn = Annotated[
    str,
    Field(
        min_length=1,
        max_length=2048,
        pattern=(
            r"^arn:aws[a-z\-]*:sagemaker:[a-z0-9\-]{9,16}:"
            r"[0-9]{12}:model-package-group/[\S]{1,2048}$"
        ),
    ),
]
Peft = Literal["LORA"]

# fmt: off
ProcessingInstanceType = Literal[
    "ml.t3.medium", "ml.t3.large", "ml.t3.xlarge", "ml.t3.2xlarge", "ml.m4.xlarge",
    "ml.m4.2xlarge", "ml.m4.4xlarge", "ml.m4.10xlarge", "ml.m4.16xlarge", "ml.c4.xlarge",
    "ml.c4.2xlarge", "ml.c4.4xlarge", "ml.c4.8xlarge", "ml.p2.xlarge", "ml.p2.8xlarge",
    "ml.p2.16xlarge", "ml.p3.2xlarge", "ml.p3.8xlarge", "ml.p3.16xlarge", "ml.c5.xlarge",
    "ml.c5.2xlarge", "ml.c5.4xlarge", "ml.c5.9xlarge", "ml.c5.18xlarge", "ml.m5.large",
    "ml.m5.xlarge", "ml.m5.2xlarge", "ml.m5.4xlarge", "ml.m5.12xlarge", "ml.m5.24xlarge",
    "ml.r5.large", "ml.r5.xlarge", "ml.r5.2xlarge", "ml.r5.4xlarge", "ml.r5.8xlarge",
    "ml.r5.12xlarge", "ml.r5.16xlarge", "ml.r5.24xlarge", "ml.g4dn.xlarge", "ml.g4dn.2xlarge",
    "ml.g4dn.4xlarge", "ml.g4dn.8xlarge", "ml.g4dn.12xlarge", "ml.g4dn.16xlarge", "ml.g5.xlarge",
    "ml.g5.2xlarge", "ml.g5.4xlarge", "ml.g5.8xlarge", "ml.g5.16xlarge", "ml.g5.12xlarge",
    "ml.g5.24xlarge", "ml.g5.48xlarge", "ml.r5d.large", "ml.r5d.xlarge", "ml.r5d.2xlarge",
    "ml.r5d.4xlarge", "ml.r5d.8xlarge", "ml.r5d.12xlarge", "ml.r5d.16xlarge", "ml.r5d.24xlarge",
    "ml.g6.xlarge", "ml.g6.2xlarge", "ml.g6.4xlarge", "ml.g6.8xlarge", "ml.g6.12xlarge",
    "ml.g6.16xlarge", "ml.g6.24xlarge", "ml.g6.48xlarge", "ml.g6e.xlarge", "ml.g6e.2xlarge",
    "ml.g6e.4xlarge", "ml.g6e.8xlarge", "ml.g6e.12xlarge", "ml.g6e.16xlarge", "ml.g6e.24xlarge",
    "ml.g6e.48xlarge", "ml.m6i.large", "ml.m6i.xlarge", "ml.m6i.2xlarge", "ml.m6i.4xlarge",
    "ml.m6i.8xlarge", "ml.m6i.12xlarge", "ml.m6i.16xlarge", "ml.m6i.24xlarge", "ml.m6i.32xlarge",
    "ml.c6i.xlarge", "ml.c6i.2xlarge", "ml.c6i.4xlarge", "ml.c6i.8xlarge", "ml.c6i.12xlarge",
    "ml.c6i.16xlarge", "ml.c6i.24xlarge", "ml.c6i.32xlarge", "ml.m7i.large", "ml.m7i.xlarge",
    "ml.m7i.2xlarge", "ml.m7i.4xlarge", "ml.m7i.8xlarge", "ml.m7i.12xlarge", "ml.m7i.16xlarge",
    "ml.m7i.24xlarge", "ml.m7i.48xlarge", "ml.c7i.large", "ml.c7i.xlarge", "ml.c7i.2xlarge",
    "ml.c7i.4xlarge", "ml.c7i.8xlarge", "ml.c7i.12xlarge", "ml.c7i.16xlarge", "ml.c7i.24xlarge",
    "ml.c7i.48xlarge", "ml.r7i.large", "ml.r7i.xlarge", "ml.r7i.2xlarge", "ml.r7i.4xlarge",
    "ml.r7i.8xlarge", "ml.r7i.12xlarge", "ml.r7i.16xlarge", "ml.r7i.24xlarge", "ml.r7i.48xlarge",
    "ml.p5.4xlarge", "ml.g7e.2xlarge", "ml.g7e.4xlarge", "ml.g7e.8xlarge", "ml.g7e.12xlarge",
    "ml.g7e.24xlarge", "ml.g7e.48xlarge", "ml.g7.2xlarge", "ml.g7.4xlarge", "ml.g7.8xlarge",
    "ml.g7.12xlarge", "ml.g7.24xlarge", "ml.g7.48xlarge", "ml.r6i.large", "ml.r6i.xlarge",
    "ml.r6i.2xlarge", "ml.r6i.4xlarge", "ml.r6i.8xlarge", "ml.r6i.12xlarge", "ml.r6i.16xlarge",
    "ml.r6i.24xlarge", "ml.r6i.32xlarge", "ml.m8i.large", "ml.m8i.xlarge", "ml.m8i.2xlarge",
    "ml.m8i.4xlarge", "ml.m8i.8xlarge", "ml.m8i.12xlarge", "ml.m8i.16xlarge", "ml.m8i.24xlarge",
    "ml.m8i.32xlarge", "ml.m8i.48xlarge", "ml.m8i.96xlarge", "ml.c8i.xlarge", "ml.c8i.2xlarge",
    "ml.c8i.4xlarge", "ml.c8i.8xlarge", "ml.c8i.12xlarge", "ml.c8i.16xlarge", "ml.c8i.24xlarge",
    "ml.c8i.32xlarge", "ml.c8i.48xlarge", "ml.c8i.96xlarge", "ml.r8i.large", "ml.r8i.xlarge",
    "ml.r8i.2xlarge", "ml.r8i.4xlarge", "ml.r8i.8xlarge", "ml.r8i.12xlarge", "ml.r8i.16xlarge",
    "ml.r8i.24xlarge", "ml.r8i.32xlarge", "ml.r8i.48xlarge", "ml.r8i.96xlarge",
    "ml.m7i-flex.large", "ml.m7i-flex.xlarge", "ml.m7i-flex.2xlarge", "ml.m7i-flex.4xlarge",
    "ml.m7i-flex.8xlarge", "ml.m7i-flex.12xlarge", "ml.m7i-flex.16xlarge", "ml.c7i-flex.xlarge",
    "ml.c7i-flex.2xlarge", "ml.c7i-flex.4xlarge", "ml.c7i-flex.8xlarge", "ml.c7i-flex.12xlarge",
    "ml.c7i-flex.16xlarge", "ml.m8i-flex.large", "ml.m8i-flex.xlarge", "ml.m8i-flex.2xlarge",
    "ml.m8i-flex.4xlarge", "ml.m8i-flex.8xlarge", "ml.m8i-flex.12xlarge", "ml.m8i-flex.16xlarge",
    "ml.c8i-flex.xlarge", "ml.c8i-flex.2xlarge", "ml.c8i-flex.4xlarge", "ml.c8i-flex.8xlarge",
    "ml.c8i-flex.12xlarge", "ml.c8i-flex.16xlarge", "ml.r8i-flex.large", "ml.r8i-flex.xlarge",
    "ml.r8i-flex.2xlarge", "ml.r8i-flex.4xlarge", "ml.r8i-flex.8xlarge", "ml.r8i-flex.12xlarge",
    "ml.r8i-flex.16xlarge",
]
# fmt: on

ProcessingJobArn = Annotated[
    str,
    Field(
        max_length=256,
        pattern=(
            r"^arn:aws[a-z\-]*:sagemaker:[a-z0-9\-]*:"
            r"[0-9]{12}:processing-job/[a-zA-Z0-9]"
            r"(-*[a-zA-Z0-9]){0,62}$"
        ),
    ),
]
ProfilingStatus = Literal["Enabled", "Disabled"]
ResourceRetainedBillableTimeInSeconds = Annotated[int, Field(ge=0)]
RuleConfigurationName = Annotated[str, Field(min_length=1, max_length=256, pattern=r"^.*$")]
RuleEvaluationStatus = Literal[
    "InProgress", "NoIssuesFound", "IssuesFound", "Error", "Stopping", "Stopped"
]

# fmt: off
SecondaryStatus = Literal[
    "Starting", "LaunchingMLInstances", "PreparingTrainingStack", "Downloading",
    "DownloadingTrainingImage", "Training", "Uploading", "Stopping", "Stopped",
    "MaxRuntimeExceeded", "Completed", "Failed", "Interrupted", "MaxWaitTimeExceeded", "Updating",
    "Restarting", "Pending",
]
# fmt: on

SequenceLength = Annotated[str, Field(min_length=1, max_length=50, pattern=r"^\d+K$")]
ServerlessJobBaseModelArn = Annotated[
    str,
    Field(
        min_length=1,
        max_length=2048,
        pattern=(
            r"^(arn:[a-z0-9-\.]{1,63}:sagemaker:\w+"
            r"(?:-\w+)+:(\d{12}|aws):hub-content\/)"
            r"[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}\/Model\/"
            r"[a-zA-Z0-9](-*[a-zA-Z0-9]){0,63}(\/\d{1,4}.\d{1,4}.\d{1,4})?$"
        ),
    ),
]
ServerlessJobType = Literal["FineTuning", "Evaluation"]
StatusDetails = Annotated[str, Field(max_length=1024, pattern=r"^.*$")]
TotalStepCountPerEpoch = Annotated[int, Field(ge=0)]
TrainingContainerArgument = Annotated[str, Field(max_length=256, pattern=r"^.*$")]
TrainingContainerEntrypointString = Annotated[str, Field(max_length=256, pattern=r"^.*$")]
TrainingEnvironmentKey = Annotated[str, Field(max_length=512, pattern=r"^[a-zA-Z_][a-zA-Z0-9_]*$")]
TrainingEnvironmentValue = Annotated[str, Field(max_length=512, pattern=r"^[\S\s]*$")]
TrainingEpochCount = Annotated[int, Field(ge=0)]
TrainingEpochIndex = Annotated[int, Field(ge=0)]
TrainingRepositoryAccessMode = Literal["Platform", "Vpc"]

# The model says arn:[\p{Alnum}\-]+:lambda:[\p{Alnum}\-]+:...; \p{Alnum} is Java's ASCII
# [a-zA-Z0-9], a class neither Rust's regex nor Python's re knows by that name.
TrainingRepositoryCredentialsProviderArn = Annotated[
    str,
    Field(
        min_length=1,
        max_length=2048,
        pattern=r"^arn:[a-zA-Z0-9\-]+:lambda:[a-zA-Z0-9\-]+:[0-9]{12}:function:.*$",
    ),
]

TrainingStepIndex = Annotated[int, Field(ge=0)]
TrainingTimeInSeconds = Annotated[int, Field(ge=1)]
WarmPoolResourceStatus = Literal["Available", "Terminated", "Reused", "InUse"]
CollectionParameters = Annotated[dict[ConfigKey, ConfigValue], Field(max_length=20)]
HookParameters = Annotated[dict[ConfigKey, ConfigValue], Field(max_length=20)]
ProfilingParameters = Annotated[dict[ConfigKey, ConfigValue], Field(max_length=20)]
RuleParameters = Annotated[dict[ConfigKey, ConfigValue], Field(max_length=100)]
TrainingEnvironmentMap = Annotated[
    dict[TrainingEnvironmentKey, TrainingEnvironmentValue], Field(max_length=100)
]


class ModelArtifacts(AwsModel):
    """Provides information about the location that is configured for storing model artifacts."""

    s3_model_artifacts: S3Uri = Field(
        description="The path of the S3 object that contains the model artifacts."
    )


class TrainingRepositoryAuthConfig(AwsModel):
    """An object containing authentication information for a private Docker registry."""

    training_repository_credentials_provider_arn: TrainingRepositoryCredentialsProviderArn = Field(
        description=(
            "The ARN of a Lambda function that gives SageMaker credentials for the registry."
        )
    )


class TrainingImageConfig(AwsModel):
    """The configuration to use an image from a private Docker registry for a training job."""

    training_repository_access_mode: TrainingRepositoryAccessMode = Field(
        description="How the training job reaches the private Docker registry: Platform or Vpc."
    )
    training_repository_auth_config: TrainingRepositoryAuthConfig | None = Field(
        None, description="Authentication for a private Docker registry of training images."
    )


class TrainingAlgorithmSpecification(AwsModel):
    """The algorithm a training job runs, and the metrics it emits."""

    training_image: AlgorithmImage | None = Field(
        None,
        description="The registry path of the Docker image that contains the training algorithm.",
    )
    algorithm_name: ArnOrName | None = Field(
        None, description="The name of the algorithm resource to use for the training job."
    )
    training_input_mode: TrainingInputMode = Field(
        description="The training input mode that the algorithm supports."
    )
    metric_definitions: list[MetricDefinition] | None = Field(
        None, max_length=40, description="A list of metric definition objects."
    )
    enable_sagemaker_metrics_time_series: bool | None = Field(
        None,
        alias="EnableSageMakerMetricsTimeSeries",
        description="To generate and save time-series metrics during training, set to true.",
    )
    container_entrypoint: list[TrainingContainerEntrypointString] | None = Field(
        None,
        min_length=1,
        max_length=100,
        description="The entrypoint script for a Docker container used to run a training job.",
    )
    container_arguments: list[TrainingContainerArgument] | None = Field(
        None,
        min_length=1,
        max_length=100,
        description="The arguments for a container used to run a training job.",
    )
    training_image_config: TrainingImageConfig | None = Field(
        None,
        description=(
            "The configuration to use an image from a private Docker registry for a training job."
        ),
    )


class WarmPoolStatus(AwsModel):
    """Status and billing information about the warm pool."""

    status: WarmPoolResourceStatus = Field(description="The status of the warm pool.")
    resource_retained_billable_time_in_seconds: ResourceRetainedBillableTimeInSeconds | None = (
        Field(None, description="The billable time in seconds used by the warm pool.")
    )
    reused_by_job: TrainingJobName | None = Field(
        None, description="The name of the matching training job that reused the warm pool."
    )


class SecondaryStatusTransition(AwsModel):
    """An array element of SecondaryStatusTransitions for DescribeTrainingJob."""

    status: SecondaryStatus = Field(
        description="Contains a secondary status information from a training job."
    )
    start_time: Timestamp = Field(
        description="When the training job entered this secondary status."
    )
    end_time: Timestamp | None = Field(
        None, description="When the training job left this secondary status, or ended."
    )
    status_message: str | None = Field(
        None, description="A detailed description of the progress within a secondary status."
    )


class MetricData(AwsModel):
    """The name, value, and date and time of a metric that was emitted to Amazon CloudWatch."""

    metric_name: MetricName | None = Field(None, description="The name of the metric.")
    value: float | None = Field(None, description="The value of the metric.")
    timestamp: Timestamp | None = Field(
        None, description="The date and time that the algorithm emitted the metric."
    )


class CollectionConfiguration(AwsModel):
    """Configuration information for the SageMaker Debugger output tensor collections."""

    collection_name: CollectionName | None = Field(
        None, description="The name of the tensor collection."
    )
    collection_parameters: CollectionParameters | None = Field(
        None, description="Parameter values for the tensor collection."
    )


class DebugHookConfig(AwsModel):
    """SageMaker Debugger hook parameters, tensor collections and storage paths."""

    local_path: DirectoryPath | None = Field(
        None, description="Path to local storage location for metrics and tensors."
    )
    s3_output_path: S3Uri = Field(
        description="Path to Amazon S3 storage location for metrics and tensors."
    )
    hook_parameters: HookParameters | None = Field(
        None, description="Configuration information for the SageMaker Debugger hook parameters."
    )
    collection_configurations: list[CollectionConfiguration] | None = Field(
        None,
        max_length=20,
        description="Configuration information for SageMaker Debugger tensor collections.",
    )


class ExperimentConfig(AwsModel):
    """Associates a SageMaker job as a trial component with an experiment and trial."""

    experiment_name: ExperimentEntityName | None = Field(
        None,
        description="The name of an existing experiment to associate with the trial component.",
    )
    trial_name: ExperimentEntityName | None = Field(
        None, description="The name of an existing trial to associate the trial component with."
    )
    trial_component_display_name: ExperimentEntityName | None = Field(
        None, description="The display name for the trial component."
    )
    run_name: ExperimentEntityName | None = Field(
        None, description="The name of the experiment run to associate with the trial component."
    )


class DebugRuleConfiguration(AwsModel):
    """Configuration information for SageMaker Debugger rules for debugging."""

    rule_configuration_name: RuleConfigurationName = Field(
        description="The name of the rule configuration."
    )
    local_path: DirectoryPath | None = Field(
        None, description="Path to local storage location for output of rules."
    )
    s3_output_path: S3Uri | None = Field(
        None, description="Path to Amazon S3 storage location for rules."
    )
    rule_evaluator_image: AlgorithmImage = Field(
        description="The Amazon Elastic Container (ECR) Image for the managed rule evaluation."
    )
    instance_type: ProcessingInstanceType | None = Field(
        None, description="The instance type to deploy a custom rule for debugging a training job."
    )
    volume_size_in_gb: OptionalVolumeSizeInGB | None = Field(
        None,
        alias="VolumeSizeInGB",
        description=(
            "The size, in GB, of the ML storage volume attached to the processing instance."
        ),
    )
    rule_parameters: RuleParameters | None = Field(
        None, description="Runtime configuration for rule container."
    )


class TensorBoardOutputConfig(AwsModel):
    """Configuration of storage locations for the SageMaker Debugger TensorBoard output data."""

    local_path: DirectoryPath | None = Field(
        None, description="Path to local storage location for tensorBoard output."
    )
    s3_output_path: S3Uri = Field(
        description="Path to Amazon S3 storage location for TensorBoard output."
    )


class DebugRuleEvaluationStatus(AwsModel):
    """Information about the status of the rule evaluation."""

    rule_configuration_name: RuleConfigurationName | None = Field(
        None, description="The name of the rule configuration."
    )
    rule_evaluation_job_arn: ProcessingJobArn | None = Field(
        None, description="The ARN of the rule evaluation job."
    )
    rule_evaluation_status: RuleEvaluationStatus | None = Field(
        None, description="Status of the rule evaluation."
    )
    status_details: StatusDetails | None = Field(
        None, description="Details from the rule evaluation."
    )
    last_modified_time: Timestamp | None = Field(
        None, description="Timestamp when the rule evaluation status was last modified."
    )


class ProfilerConfig(AwsModel):
    """SageMaker Debugger system monitoring, framework profiling and storage paths."""

    s3_output_path: S3Uri | None = Field(
        None, description="Path to Amazon S3 storage location for system and framework metrics."
    )
    profiling_interval_in_milliseconds: int | None = Field(
        None, description="A time interval for capturing system metrics in milliseconds."
    )
    profiling_parameters: ProfilingParameters | None = Field(
        None, description="Configuration information for capturing framework metrics."
    )
    disable_profiler: bool | None = Field(
        None, description="Turns off SageMaker Debugger's system monitoring and profiling."
    )


class ProfilerRuleConfiguration(AwsModel):
    """Configuration information for profiling rules."""

    rule_configuration_name: RuleConfigurationName = Field(
        description="The name of the rule configuration."
    )
    local_path: DirectoryPath | None = Field(
        None, description="Path to local storage location for output of rules."
    )
    s3_output_path: S3Uri | None = Field(
        None, description="Path to Amazon S3 storage location for rules."
    )
    rule_evaluator_image: AlgorithmImage = Field(
        description="The Amazon Elastic Container Registry Image for the managed rule evaluation."
    )
    instance_type: ProcessingInstanceType | None = Field(
        None, description="The instance type to deploy a custom rule for profiling a training job."
    )
    volume_size_in_gb: OptionalVolumeSizeInGB | None = Field(
        None,
        alias="VolumeSizeInGB",
        description=(
            "The size, in GB, of the ML storage volume attached to the processing instance."
        ),
    )
    rule_parameters: RuleParameters | None = Field(
        None, description="Runtime configuration for rule container."
    )


class ProfilerRuleEvaluationStatus(AwsModel):
    """Information about the status of the rule evaluation."""

    rule_configuration_name: RuleConfigurationName | None = Field(
        None, description="The name of the rule configuration."
    )
    rule_evaluation_job_arn: ProcessingJobArn | None = Field(
        None, description="The ARN of the rule evaluation job."
    )
    rule_evaluation_status: RuleEvaluationStatus | None = Field(
        None, description="Status of the rule evaluation."
    )
    status_details: StatusDetails | None = Field(
        None, description="Details from the rule evaluation."
    )
    last_modified_time: Timestamp | None = Field(
        None, description="Timestamp when the rule evaluation status was last modified."
    )


class RemoteDebugConfig(AwsModel):
    """Configuration for remote debugging for the CreateTrainingJob API."""

    enable_remote_debug: bool | None = Field(
        None, description="If set to True, enables remote debugging."
    )


class InfraCheckConfig(AwsModel):
    """Configuration information for the infrastructure health check of a training job."""

    enable_infra_check: bool | None = Field(
        None, description="Enables an infrastructure health check."
    )


class ServerlessJobConfig(AwsModel):
    """The configuration for the serverless training job."""

    base_model_arn: ServerlessJobBaseModelArn = Field(
        description="The base model ARN in SageMaker Public Hub."
    )
    accept_eula: bool | None = Field(
        None, description="Specifies agreement to the model end-user license agreement (EULA)."
    )
    job_type: ServerlessJobType = Field(description="The serverless training job type.")
    customization_technique: CustomizationTechnique | None = Field(
        None, description="The model customization technique."
    )
    peft: Peft | None = Field(
        None, description="The parameter-efficient fine-tuning configuration."
    )
    evaluation_type: EvaluationType | None = Field(None, description="The evaluation job type.")
    evaluator_arn: EvaluatorArn | None = Field(
        None, description="The evaluator ARN used as reward function or reward prompt."
    )
    sequence_length: SequenceLength | None = Field(
        None,
        description="The maximum sequence length, in tokens, that the customization job supports.",
    )


class MlflowConfig(AwsModel):
    """The MLflow configuration using SageMaker managed MLflow."""

    mlflow_resource_arn: MlFlowResourceArn = Field(description="The ARN of the MLflow resource.")
    mlflow_experiment_name: MlflowExperimentName | None = Field(
        None, description="The MLflow experiment name used for this job."
    )
    mlflow_run_name: MlflowRunName | None = Field(
        None, description="The MLflow run name used for this job."
    )


class ModelPackageConfig(AwsModel):
    """The configuration for the Model package."""

    model_package_group_arn: ModelPackageGroupArn = Field(
        description="The ARN of the model package group of output model package."
    )
    source_model_package_arn: ModelPackageArn | None = Field(
        None,
        description=(
            "The ARN of the source model package, for continued fine-tuning or evaluation."
        ),
    )


class MlflowDetails(AwsModel):
    """The MLflow details of this job."""

    mlflow_experiment_id: MlflowExperimentId | None = Field(
        None, description="The MLflow experiment ID used for this job."
    )
    mlflow_run_id: MlflowRunId | None = Field(
        None, description="The MLflow run ID used for this job."
    )


class TrainingProgressInfo(AwsModel):
    """The serverless training job progress information."""

    total_step_count_per_epoch: TotalStepCountPerEpoch | None = Field(
        None, description="The total step count per epoch."
    )
    current_step: TrainingStepIndex | None = Field(None, description="The current step number.")
    current_epoch: TrainingEpochIndex | None = Field(None, description="The current epoch number.")
    max_epoch: TrainingEpochCount | None = Field(
        None, description="The maximum number of epochs for this job."
    )


# The best training job of the example in app.tuning.schemas, as DescribeTrainingJob shows it.
_EXAMPLE_JOB = "xgboost-fraud-260110-1200-014-3f9c2a7e"
DESCRIBE_TRAINING_JOB_EXAMPLE: dict[str, Any] = {
    "TrainingJobName": _EXAMPLE_JOB,
    "TrainingJobArn": f"arn:aws:sagemaker:us-east-1:123456789012:training-job/{_EXAMPLE_JOB}",
    "TuningJobArn": (
        "arn:aws:sagemaker:us-east-1:123456789012:"
        "hyper-parameter-tuning-job/xgboost-fraud-260110-1200"
    ),
    "ModelArtifacts": {
        "S3ModelArtifacts": f"s3://my-bucket/fraud/output/{_EXAMPLE_JOB}/output/model.tar.gz"
    },
    "TrainingJobStatus": "Completed",
    "SecondaryStatus": "Completed",
    "HyperParameters": {
        "_tuning_objective_metric": "validation:auc",
        "early_stopping_rounds": "10",
        "eta": "0.0812",
        "eval_metric": "auc",
        "gamma": "1.337",
        "max_depth": "6",
        "num_round": "200",
        "objective": "binary:logistic",
        "subsample": "0.842",
    },
    "AlgorithmSpecification": {
        "TrainingImage": "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",
        "TrainingInputMode": "File",
        "MetricDefinitions": [
            {"Name": "train:auc", "Regex": r".*\[[0-9]+\].*#011train-auc:(\S+)"},
            {"Name": "validation:auc", "Regex": r".*\[[0-9]+\].*#011validation-auc:(\S+)"},
        ],
        "EnableSageMakerMetricsTimeSeries": False,
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
            "CompressionType": "None",
            "RecordWrapperType": "None",
        }
        for channel in ("train", "validation")
    ],
    "OutputDataConfig": {"S3OutputPath": "s3://my-bucket/fraud/output/"},
    "ResourceConfig": {"InstanceType": "ml.m5.xlarge", "InstanceCount": 1, "VolumeSizeInGB": 30},
    "StoppingCondition": {"MaxRuntimeInSeconds": 86400},
    "CreationTime": "2026-01-10T12:31:05Z",
    "TrainingStartTime": "2026-01-10T12:31:07Z",
    "TrainingEndTime": "2026-01-10T12:32:12Z",
    "LastModifiedTime": "2026-01-10T12:32:13Z",
    "SecondaryStatusTransitions": [
        {
            "Status": status,
            "StartTime": start,
            "EndTime": end,
            "StatusMessage": message,
        }
        for status, start, end, message in (
            ("Starting", "2026-01-10T12:31:05Z", "2026-01-10T12:31:07Z", "Preparing the job"),
            ("Downloading", "2026-01-10T12:31:07Z", "2026-01-10T12:31:09Z", "Downloading data"),
            ("Training", "2026-01-10T12:31:09Z", "2026-01-10T12:32:10Z", "Training the model"),
            ("Uploading", "2026-01-10T12:32:10Z", "2026-01-10T12:32:12Z", "Uploading the model"),
            ("Completed", "2026-01-10T12:32:12Z", "2026-01-10T12:32:12Z", "Training job completed"),
        )
    ],
    "FinalMetricDataList": [
        {"MetricName": "train:auc", "Value": 0.9918, "Timestamp": "2026-01-10T12:32:10Z"},
        {"MetricName": "validation:auc", "Value": 0.9731, "Timestamp": "2026-01-10T12:32:10Z"},
    ],
    "EnableNetworkIsolation": False,
    "EnableInterContainerTrafficEncryption": False,
    "EnableManagedSpotTraining": False,
    "TrainingTimeInSeconds": 65,
    "BillableTimeInSeconds": 65,
}


class DescribeTrainingJobResponse(AwsModel):
    """The answer to DescribeTrainingJob."""

    model_config = ConfigDict(json_schema_extra={"examples": [DESCRIBE_TRAINING_JOB_EXAMPLE]})

    training_job_name: TrainingJobName = Field(description="Name of the model training job.")
    training_job_arn: TrainingJobArn = Field(description="The ARN of the training job.")
    tuning_job_arn: HyperParameterTuningJobArn | None = Field(
        None, description="The ARN of the tuning job that launched this training job, if any."
    )
    labeling_job_arn: LabelingJobArn | None = Field(
        None,
        description=(
            "The ARN of the Ground Truth labeling job that created this training job, if any."
        ),
    )
    auto_ml_job_arn: AutoMLJobArn | None = Field(
        None, alias="AutoMLJobArn", description="The ARN of an AutoML job."
    )
    model_artifacts: ModelArtifacts = Field(
        description="Where the model artifacts are stored in S3."
    )
    training_job_status: TrainingJobStatus = Field(description="The status of the training job.")
    secondary_status: SecondaryStatus = Field(
        description="Provides detailed information about the state of the training job."
    )
    failure_reason: FailureReason | None = Field(
        None, description="If the training job failed, the reason it failed."
    )
    hyper_parameters: HyperParameters | None = Field(
        None, description="Algorithm-specific parameters."
    )
    algorithm_specification: TrainingAlgorithmSpecification | None = Field(
        None,
        description="Information about the algorithm used for training, and algorithm metadata.",
    )
    role_arn: RoleArn | None = Field(None, description="The IAM role the training job runs with.")
    input_data_config: list[Channel] | None = Field(
        None,
        min_length=1,
        max_length=20,
        description="An array of Channel objects that describes each data input channel.",
    )
    output_data_config: OutputDataConfig | None = Field(
        None, description="Where the model artifacts of the job are stored."
    )
    resource_config: ResourceConfig | None = Field(
        None, description="The compute instances and storage volumes of the training job."
    )
    warm_pool_status: WarmPoolStatus | None = Field(
        None, description="The status of the warm pool associated with the training job."
    )
    vpc_config: VpcConfig | None = Field(
        None, description="The VPC this training job has access to."
    )
    stopping_condition: StoppingCondition = Field(
        description="Specifies a limit to how long a model training job can run."
    )
    creation_time: Timestamp = Field(
        description="A timestamp that indicates when the training job was created."
    )
    training_start_time: Timestamp | None = Field(
        None, description="Indicates the time when the training job starts on training instances."
    )
    training_end_time: Timestamp | None = Field(
        None, description="Indicates the time when the training job ends on training instances."
    )
    last_modified_time: Timestamp | None = Field(
        None,
        description=(
            "A timestamp that indicates when the status of the training job was last modified."
        ),
    )
    secondary_status_transitions: list[SecondaryStatusTransition] | None = Field(
        None, description="Every secondary status the training job went through."
    )
    final_metric_data_list: list[MetricData] | None = Field(
        None, max_length=40, description="The final value of each metric the algorithm emitted."
    )
    enable_network_isolation: bool | None = Field(
        None, description="Whether the training container is cut off from the network."
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
    training_time_in_seconds: TrainingTimeInSeconds | None = Field(
        None, description="The training time in seconds."
    )
    billable_time_in_seconds: BillableTimeInSeconds | None = Field(
        None, description="The billable time in seconds."
    )
    billable_token_count: BillableTokenCount | None = Field(
        None, description="The billable token count for eligible serverless training jobs."
    )
    debug_hook_config: DebugHookConfig | None = Field(
        None,
        description="SageMaker Debugger hook parameters, tensor collections and storage paths.",
    )
    experiment_config: ExperimentConfig | None = Field(
        None,
        description=(
            "Associates a SageMaker job as a trial component with an experiment and trial."
        ),
    )
    debug_rule_configurations: list[DebugRuleConfiguration] | None = Field(
        None, max_length=20, description="SageMaker Debugger rules for debugging output tensors."
    )
    tensor_board_output_config: TensorBoardOutputConfig | None = Field(
        None, description="Where SageMaker Debugger writes TensorBoard output."
    )
    debug_rule_evaluation_statuses: list[DebugRuleEvaluationStatus] | None = Field(
        None,
        max_length=20,
        description=(
            "Evaluation status of SageMaker Debugger rules for debugging on a training job."
        ),
    )
    profiler_config: ProfilerConfig | None = Field(
        None,
        description="SageMaker Debugger system monitoring, framework profiling and storage paths.",
    )
    profiler_rule_configurations: list[ProfilerRuleConfiguration] | None = Field(
        None,
        max_length=20,
        description="SageMaker Debugger rules for profiling system and framework metrics.",
    )
    profiler_rule_evaluation_statuses: list[ProfilerRuleEvaluationStatus] | None = Field(
        None,
        max_length=20,
        description=(
            "Evaluation status of SageMaker Debugger rules for profiling on a training job."
        ),
    )
    profiling_status: ProfilingStatus | None = Field(
        None, description="Profiling status of a training job."
    )
    environment: TrainingEnvironmentMap | None = Field(
        None, description="The environment variables to set in the Docker container."
    )
    retry_strategy: RetryStrategy | None = Field(
        None,
        description=(
            "The number of times to retry the job when the job fails due to an InternalServerError."
        ),
    )
    remote_debug_config: RemoteDebugConfig | None = Field(
        None, description="Configuration for remote debugging."
    )
    infra_check_config: InfraCheckConfig | None = Field(
        None, description="The infrastructure health check configuration of the training job."
    )
    serverless_job_config: ServerlessJobConfig | None = Field(
        None, description="The configuration for serverless training jobs."
    )
    mlflow_config: MlflowConfig | None = Field(
        None, description="The MLflow configuration using SageMaker managed MLflow."
    )
    model_package_config: ModelPackageConfig | None = Field(
        None, description="The configuration for the model package."
    )
    mlflow_details: MlflowDetails | None = Field(
        None, description="The MLflow details of this job."
    )
    progress_info: TrainingProgressInfo | None = Field(
        None, description="The Serverless training job progress information."
    )
    output_model_package_arn: ModelPackageArn | None = Field(
        None,
        description="The ARN of the output model package holding model weights or checkpoints.",
    )


class TrainingJobListSummary(AwsModel):
    """Provides summary information about a training job."""

    training_job_name: TrainingJobName = Field(
        description="The name of the training job that you want a summary for."
    )
    training_job_arn: TrainingJobArn = Field(description="The ARN of the training job.")
    creation_time: Timestamp = Field(
        description="A timestamp that shows when the training job was created."
    )
    training_end_time: Timestamp | None = Field(
        None, description="A timestamp that shows when the training job ended."
    )
    last_modified_time: Timestamp | None = Field(
        None, description="Timestamp when the training job was last modified."
    )
    training_job_status: TrainingJobStatus = Field(description="The status of the training job.")
    secondary_status: SecondaryStatus | None = Field(
        None, description="The secondary status of the training job."
    )
    warm_pool_status: WarmPoolStatus | None = Field(
        None, description="The status of the warm pool associated with the training job."
    )
    training_plan_arn: TrainingPlanArn | None = Field(
        None, description="The ARN of the training plan of this training job."
    )


LIST_TRAINING_JOBS_EXAMPLE: dict[str, Any] = {
    "TrainingJobSummaries": [
        {
            "TrainingJobName": _EXAMPLE_JOB,
            "TrainingJobArn": DESCRIBE_TRAINING_JOB_EXAMPLE["TrainingJobArn"],
            "CreationTime": "2026-01-10T12:31:05Z",
            "TrainingEndTime": "2026-01-10T12:32:12Z",
            "LastModifiedTime": "2026-01-10T12:32:13Z",
            "TrainingJobStatus": "Completed",
            "SecondaryStatus": "Completed",
        }
    ],
    "NextToken": "eyJvZmZzZXQiOiAxfQ==",
}


class ListTrainingJobsResponse(AwsModel):
    """A page of ListTrainingJobs."""

    model_config = ConfigDict(json_schema_extra={"examples": [LIST_TRAINING_JOBS_EXAMPLE]})

    training_job_summaries: list[TrainingJobListSummary] = Field(
        description="The training jobs on this page."
    )
    next_token: NextToken | None = Field(
        None, description="The token for the next page, when the list was truncated."
    )


# --- inputs of the AWS JSON door (the REST door takes these as path and query parameters) ---

TrainingJobListSortBy = Literal["Name", "CreationTime", "Status"]  # botocore's SortBy


class DescribeTrainingJobRequest(AwsModel):
    """The body of DescribeTrainingJob."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"TrainingJobName": _EXAMPLE_JOB}]})

    training_job_name: TrainingJobName = Field(description="The name of the training job.")


class ListTrainingJobsRequest(AwsModel):
    """The body of ListTrainingJobs."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "MaxResults": 20,
                    "NameContains": "fraud",
                    "StatusEquals": "Completed",
                    "SortBy": "CreationTime",
                    "SortOrder": "Descending",
                    "LastModifiedTimeAfter": "2026-01-10T12:00:00Z",
                }
            ]
        }
    )

    next_token: NextToken | None = Field(
        None, description="The token of the next page, from a truncated previous answer."
    )
    max_results: MaxResults | None = Field(
        None, description="The maximum number of training jobs to return (default 10)."
    )
    creation_time_after: Timestamp | None = Field(
        None, description="Only training jobs created after this time."
    )
    creation_time_before: Timestamp | None = Field(
        None, description="Only training jobs created before this time."
    )
    last_modified_time_after: Timestamp | None = Field(
        None, description="Only training jobs modified after this time."
    )
    last_modified_time_before: Timestamp | None = Field(
        None, description="Only training jobs modified before this time."
    )
    name_contains: NameContains | None = Field(
        None, description="Only training jobs whose name contains this string."
    )
    status_equals: TrainingJobStatus | None = Field(
        None, description="Only training jobs with this status."
    )
    sort_by: TrainingJobListSortBy | None = Field(
        None, description="The field to sort results by (default CreationTime)."
    )
    sort_order: SortOrder | None = Field(
        None, description="The sort order for results (default Ascending)."
    )
    warm_pool_status_equals: WarmPoolResourceStatus | None = Field(
        None,
        description="Only training jobs with this warm pool status (openamt keeps no warm pools).",
    )
    training_plan_arn_equals: TrainingPlanArn | None = Field(
        None, description="Only training jobs of this training plan (openamt has none)."
    )


# --- CreateTrainingJob, StopTrainingJob, DeleteTrainingJob (a training job of no tuning job) ---


class SessionChainingConfig(AwsModel):
    """Contains information about attribute-based access control (ABAC) for a training job."""

    enable_session_tag_chaining: bool | None = Field(
        None,
        description="Set to True to allow SageMaker to extract session tags from a training job.",
    )


_CREATE_EXAMPLE_JOB = "xgboost-fraud-standalone"
CREATE_TRAINING_JOB_EXAMPLE: dict[str, Any] = {
    "TrainingJobName": _CREATE_EXAMPLE_JOB,
    "HyperParameters": {"objective": "binary:logistic", "num_round": "50", "max_depth": "5"},
    "AlgorithmSpecification": {
        "TrainingImage": "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",
        "TrainingInputMode": "File",
    },
    "RoleArn": "arn:aws:iam::123456789012:role/SageMakerExecutionRole",
    "InputDataConfig": DESCRIBE_TRAINING_JOB_EXAMPLE["InputDataConfig"],
    "OutputDataConfig": {"S3OutputPath": "s3://my-bucket/fraud/output/"},
    "ResourceConfig": {"InstanceType": "ml.m5.xlarge", "InstanceCount": 1, "VolumeSizeInGB": 30},
    "StoppingCondition": {"MaxRuntimeInSeconds": 3600},
    "RetryStrategy": {"MaximumRetryAttempts": 2},
    "Tags": [{"Key": "team", "Value": "fraud"}],
}


class CreateTrainingJobRequest(AwsModel):
    """The body of CreateTrainingJob: a training job of its own (no tuning job)."""

    model_config = ConfigDict(json_schema_extra={"examples": [CREATE_TRAINING_JOB_EXAMPLE]})

    training_job_name: TrainingJobName = Field(
        description="The name of the training job, unique in the account and region."
    )
    hyper_parameters: HyperParameters | None = Field(
        None, description="The algorithm's hyperparameters, as strings."
    )
    algorithm_specification: TrainingAlgorithmSpecification | None = Field(
        None, description="The training image (or algorithm) and its input mode and metrics."
    )
    role_arn: RoleArn = Field(description="The IAM role the training job runs with.")
    input_data_config: list[Channel] | None = Field(
        None, min_length=1, max_length=20, description="The input channels of the training job."
    )
    output_data_config: OutputDataConfig = Field(
        description="Where the model artifacts are stored."
    )
    resource_config: ResourceConfig | None = Field(
        None, description="The compute instances and storage volumes of the training job."
    )
    vpc_config: VpcConfig | None = Field(None, description="The VPC the training job connects to.")
    stopping_condition: StoppingCondition | None = Field(
        None, description="How long the training job may run (default one day)."
    )
    tags: list[Tag] | None = Field(
        None, max_length=50, description="Tags of the training job (ListTags reads them)."
    )
    enable_network_isolation: bool | None = Field(
        None, description="Isolates the training container (no outbound network calls)."
    )
    enable_inter_container_traffic_encryption: bool | None = Field(
        None, description="Encrypts traffic between the containers of distributed training."
    )
    enable_managed_spot_training: bool | None = Field(
        None, description="Trains on (simulated) managed spot capacity."
    )
    checkpoint_config: CheckpointConfig | None = Field(
        None, description="Where checkpoints are kept between spot interruptions."
    )
    debug_hook_config: DebugHookConfig | None = Field(
        None, description="SageMaker Debugger's hook (not supported by openamt)."
    )
    debug_rule_configurations: list[DebugRuleConfiguration] | None = Field(
        None, max_length=20, description="SageMaker Debugger's rules (not supported by openamt)."
    )
    tensor_board_output_config: TensorBoardOutputConfig | None = Field(
        None, description="Where TensorBoard output goes (not supported by openamt)."
    )
    experiment_config: ExperimentConfig | None = Field(
        None, description="The experiment, trial and run the job belongs to (kept, unused)."
    )
    profiler_config: ProfilerConfig | None = Field(
        None, description="SageMaker Profiler's configuration (kept, unused)."
    )
    profiler_rule_configurations: list[ProfilerRuleConfiguration] | None = Field(
        None, max_length=20, description="SageMaker Profiler's rules (not supported by openamt)."
    )
    environment: TrainingEnvironmentMap | None = Field(
        None, description="Environment variables set in the training container."
    )
    retry_strategy: RetryStrategy | None = Field(
        None, description="How often a job that failed with an InternalServerError is retried."
    )
    remote_debug_config: RemoteDebugConfig | None = Field(
        None, description="Remote debugging of the container (not supported by openamt)."
    )
    infra_check_config: InfraCheckConfig | None = Field(
        None, description="Infrastructure health checks before training (kept, unused)."
    )
    session_chaining_config: SessionChainingConfig | None = Field(
        None, description="Session tag chaining for the job's role (kept, unused)."
    )
    serverless_job_config: ServerlessJobConfig | None = Field(
        None, description="A serverless model customization job (not supported by openamt)."
    )
    mlflow_config: MlflowConfig | None = Field(
        None, description="The MLflow tracking server the job logs to (not supported by openamt)."
    )
    model_package_config: ModelPackageConfig | None = Field(
        None, description="The model package the job registers (not supported by openamt)."
    )


class CreateTrainingJobResponse(AwsModel):
    """The answer of CreateTrainingJob."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "TrainingJobArn": (
                        "arn:aws:sagemaker:us-east-1:123456789012:"
                        f"training-job/{_CREATE_EXAMPLE_JOB}"
                    )
                }
            ]
        }
    )

    training_job_arn: TrainingJobArn = Field(description="The ARN of the training job.")


class StopTrainingJobRequest(AwsModel):
    """The body of StopTrainingJob."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"TrainingJobName": _CREATE_EXAMPLE_JOB}]}
    )

    training_job_name: TrainingJobName = Field(description="The name of the training job to stop.")


class DeleteTrainingJobRequest(AwsModel):
    """The body of DeleteTrainingJob."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"TrainingJobName": _CREATE_EXAMPLE_JOB}]}
    )

    training_job_name: TrainingJobName = Field(
        description="The name of the training job to delete."
    )
