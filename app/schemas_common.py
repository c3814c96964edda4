"""Wire models shared by the tuning and training domains.

Field names, enums, patterns, lengths and ranges come from botocore's SageMaker service model,
and tests/test_schemas_contract.py holds every model to it. Constrained types carry botocore's
shape names (``S3Uri``, ``TrainingJobName``...), so each can be looked up in the model.

AWS patterns are implicitly anchored, hence ``^...$``. In AWS's (Java) regexes as in Rust's,
``.`` does not match a newline, so ``^.*$`` refuses multi-line values, as AWS does. Cross-field
rules (min <= max, scaling types, one definition or several) belong to the services.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, Strict
from pydantic.alias_generators import to_pascal


class AwsModel(BaseModel):
    """Base of every wire model: snake_case attributes, SageMaker's PascalCase names on the wire.

    Strict, as AWS's JSON protocol is: "4" is not an integer, 1 is not a boolean, 4.0 is not
    an integer (lax pydantic would accept all three, and `true` as MaxParallelTrainingJobs 1).
    NaN and infinities, which Python's JSON parser lets through, are no numbers either.
    """

    model_config = ConfigDict(
        alias_generator=to_pascal,
        populate_by_name=True,
        extra="forbid",
        strict=True,
        allow_inf_nan=False,
    )


# Timestamps are the one lax type: responses carry datetimes, stored metric points and the
# examples ISO 8601 strings, and boto3 sends epoch seconds.
Timestamp = Annotated[datetime, Strict(False)]


class PythonPattern:
    """An AWS pattern that Rust's regex engine cannot compile, checked with Python's ``re``."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._regex = re.compile(pattern)

    def __call__(self, value: str) -> str:
        if self._regex.fullmatch(value) is None:
            raise ValueError(f"String should match pattern '{self.pattern}'")
        return value


AlgorithmImage = Annotated[str, Field(max_length=255, pattern=r"^.*$")]

# The model's pattern ends in a look-behind, which Rust's regex engine does not support.
ArnOrName = Annotated[
    str,
    Field(min_length=1, max_length=170),
    AfterValidator(
        PythonPattern(
            r"(arn:aws[a-z\-]*:sagemaker:[a-z0-9\-]*:[0-9]{12}:[a-z\-]*\/)?"
            r"([a-zA-Z0-9]([a-zA-Z0-9-]){0,62})(?<!-)"
        )
    ),
]

AttributeName = Annotated[str, Field(min_length=1, max_length=256, pattern=r"^.+$")]
ChannelName = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9\.\-_]+$")]
CompressionType = Literal["None", "Gzip"]
ContentType = Annotated[str, Field(max_length=256, pattern=r"^.*$")]
DirectoryPath = Annotated[str, Field(max_length=4096, pattern=r"^.*$")]
FailureReason = Annotated[str, Field(max_length=1024)]
FileSystemAccessMode = Literal["rw", "ro"]
FileSystemId = Annotated[str, Field(min_length=11, max_length=21, pattern=r"^(fs-[0-9a-f]{8,})$")]
FileSystemType = Literal["EFS", "FSxLustre"]
HubContentArn = Annotated[str, Field(max_length=255, pattern=r"^.*$")]
HubDataSetArn = Annotated[
    str,
    Field(
        max_length=2048,
        pattern=(
            r"^(arn:[a-z0-9-\.]{1,63}:sagemaker:\w+"
            r"(?:-\w+)+:(\d{12}|aws):hub-content\/)"
            r"[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}\/DataSet\/"
            r"[a-zA-Z0-9](-*[a-zA-Z0-9]){0,63}(\/\d{1,4}.\d{1,4}.\d{1,4})?$"
        ),
    ),
]
HyperParameterKey = Annotated[str, Field(max_length=256, pattern=r"^.*$")]
HyperParameterTuningJobArn = Annotated[
    str,
    Field(
        max_length=256,
        pattern=r"^arn:aws[a-z\-]*:sagemaker:[a-z0-9\-]*:[0-9]{12}:hyper-parameter-tuning-job/.*$",
    ),
]
HyperParameterValue = Annotated[str, Field(max_length=2500, pattern=r"^.*$")]
InstanceGroupName = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^.+$")]
KeepAlivePeriodInSeconds = Annotated[int, Field(ge=0, le=21600)]
KmsKeyId = Annotated[str, Field(max_length=2048, pattern=r"^[a-zA-Z0-9:/_-]*$")]
MaximumRetryAttempts = Annotated[int, Field(ge=1, le=30)]
MaxPendingTimeInSeconds = Annotated[int, Field(ge=1800, le=2419200)]
MaxResults = Annotated[int, Field(ge=1, le=100)]
MaxRuntimeInSeconds = Annotated[int, Field(ge=1)]
MaxWaitTimeInSeconds = Annotated[int, Field(ge=1)]
MetricName = Annotated[str, Field(min_length=1, max_length=255, pattern=r"^.+$")]
MetricRegex = Annotated[str, Field(min_length=1, max_length=500, pattern=r"^.+$")]
NameContains = Annotated[str, Field(max_length=63, pattern=r"^[a-zA-Z0-9\-]+$")]
NextToken = Annotated[str, Field(max_length=8192, pattern=r"^.*$")]
OptionalVolumeSizeInGB = Annotated[int, Field(ge=0)]
OutputCompressionType = Literal["GZIP", "NONE"]
RecordWrapper = Literal["None", "RecordIO"]
RoleArn = Annotated[
    str,
    Field(
        min_length=20,
        max_length=2048,
        pattern=r"^arn:aws[a-z\-]*:iam::\d{12}:role/?[a-zA-Z_0-9+=,.@\-_/]+$",
    ),
]
S3DataDistribution = Literal["FullyReplicated", "ShardedByS3Key"]
S3DataType = Literal["ManifestFile", "S3Prefix", "AugmentedManifestFile", "Converse"]
# AWS allows https:// and s3://; openamt also takes file:// so data on this machine needs no
# object store (confined to OPENAMT_ALLOWED_PATHS by the storage layer).
S3Uri = Annotated[str, Field(max_length=1024, pattern=r"^(https|s3|file)://([^/]*)/?(.*)$")]
SortOrder = Literal["Ascending", "Descending"]
SecurityGroupId = Annotated[str, Field(max_length=32, pattern=r"^[-0-9a-zA-Z]+$")]
String256 = Annotated[str, Field(max_length=256)]
SubnetId = Annotated[str, Field(max_length=32, pattern=r"^[-0-9a-zA-Z]+$")]
TagKey = Annotated[
    str, Field(min_length=1, max_length=128, pattern=r"^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$")
]
TagValue = Annotated[str, Field(max_length=256, pattern=r"^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$")]
TrainingInputMode = Literal["Pipe", "File", "FastFile"]
TrainingInstanceCount = Annotated[int, Field(ge=0)]

# fmt: off
TrainingInstanceType = Literal[
    "ml.m4.xlarge", "ml.m4.2xlarge", "ml.m4.4xlarge", "ml.m4.10xlarge", "ml.m4.16xlarge",
    "ml.g4dn.xlarge", "ml.g4dn.2xlarge", "ml.g4dn.4xlarge", "ml.g4dn.8xlarge", "ml.g4dn.12xlarge",
    "ml.g4dn.16xlarge", "ml.m5.large", "ml.m5.xlarge", "ml.m5.2xlarge", "ml.m5.4xlarge",
    "ml.m5.12xlarge", "ml.m5.24xlarge", "ml.c4.xlarge", "ml.c4.2xlarge", "ml.c4.4xlarge",
    "ml.c4.8xlarge", "ml.p2.xlarge", "ml.p2.8xlarge", "ml.p2.16xlarge", "ml.p3.2xlarge",
    "ml.p3.8xlarge", "ml.p3.16xlarge", "ml.p3dn.24xlarge", "ml.p4d.24xlarge", "ml.p4de.24xlarge",
    "ml.p5.48xlarge", "ml.p5e.48xlarge", "ml.p5en.48xlarge", "ml.c5.xlarge", "ml.c5.2xlarge",
    "ml.c5.4xlarge", "ml.c5.9xlarge", "ml.c5.18xlarge", "ml.c5n.xlarge", "ml.c5n.2xlarge",
    "ml.c5n.4xlarge", "ml.c5n.9xlarge", "ml.c5n.18xlarge", "ml.g5.xlarge", "ml.g5.2xlarge",
    "ml.g5.4xlarge", "ml.g5.8xlarge", "ml.g5.16xlarge", "ml.g5.12xlarge", "ml.g5.24xlarge",
    "ml.g5.48xlarge", "ml.g6.xlarge", "ml.g6.2xlarge", "ml.g6.4xlarge", "ml.g6.8xlarge",
    "ml.g6.16xlarge", "ml.g6.12xlarge", "ml.g6.24xlarge", "ml.g6.48xlarge", "ml.g6e.xlarge",
    "ml.g6e.2xlarge", "ml.g6e.4xlarge", "ml.g6e.8xlarge", "ml.g6e.16xlarge", "ml.g6e.12xlarge",
    "ml.g6e.24xlarge", "ml.g6e.48xlarge", "ml.trn1.2xlarge", "ml.trn1.32xlarge",
    "ml.trn1n.32xlarge", "ml.trn2.48xlarge", "ml.m6i.large", "ml.m6i.xlarge", "ml.m6i.2xlarge",
    "ml.m6i.4xlarge", "ml.m6i.8xlarge", "ml.m6i.12xlarge", "ml.m6i.16xlarge", "ml.m6i.24xlarge",
    "ml.m6i.32xlarge", "ml.c6i.xlarge", "ml.c6i.2xlarge", "ml.c6i.8xlarge", "ml.c6i.4xlarge",
    "ml.c6i.12xlarge", "ml.c6i.16xlarge", "ml.c6i.24xlarge", "ml.c6i.32xlarge", "ml.r5d.large",
    "ml.r5d.xlarge", "ml.r5d.2xlarge", "ml.r5d.4xlarge", "ml.r5d.8xlarge", "ml.r5d.12xlarge",
    "ml.r5d.16xlarge", "ml.r5d.24xlarge", "ml.t3.medium", "ml.t3.large", "ml.t3.xlarge",
    "ml.t3.2xlarge", "ml.r5.large", "ml.r5.xlarge", "ml.r5.2xlarge", "ml.r5.4xlarge",
    "ml.r5.8xlarge", "ml.r5.12xlarge", "ml.r5.16xlarge", "ml.r5.24xlarge", "ml.p6-b200.48xlarge",
    "ml.m7i.large", "ml.m7i.xlarge", "ml.m7i.2xlarge", "ml.m7i.4xlarge", "ml.m7i.8xlarge",
    "ml.m7i.12xlarge", "ml.m7i.16xlarge", "ml.m7i.24xlarge", "ml.m7i.48xlarge", "ml.c7i.large",
    "ml.c7i.xlarge", "ml.c7i.2xlarge", "ml.c7i.4xlarge", "ml.c7i.8xlarge", "ml.c7i.12xlarge",
    "ml.c7i.16xlarge", "ml.c7i.24xlarge", "ml.c7i.48xlarge", "ml.r7i.large", "ml.r7i.xlarge",
    "ml.r7i.2xlarge", "ml.r7i.4xlarge", "ml.r7i.8xlarge", "ml.r7i.12xlarge", "ml.r7i.16xlarge",
    "ml.r7i.24xlarge", "ml.r7i.48xlarge", "ml.p6e-gb200.36xlarge", "ml.p5.4xlarge",
    "ml.p6-b300.48xlarge", "ml.g7e.2xlarge", "ml.g7e.4xlarge", "ml.g7e.8xlarge",
    "ml.g7e.12xlarge", "ml.g7e.24xlarge", "ml.g7e.48xlarge", "ml.g7.2xlarge", "ml.g7.4xlarge",
    "ml.g7.8xlarge", "ml.g7.12xlarge", "ml.g7.24xlarge", "ml.g7.48xlarge", "ml.r6i.large",
    "ml.r6i.xlarge", "ml.r6i.2xlarge", "ml.r6i.4xlarge", "ml.r6i.8xlarge", "ml.r6i.12xlarge",
    "ml.r6i.16xlarge", "ml.r6i.24xlarge", "ml.r6i.32xlarge", "ml.m8i.large", "ml.m8i.xlarge",
    "ml.m8i.2xlarge", "ml.m8i.4xlarge", "ml.m8i.8xlarge", "ml.m8i.12xlarge", "ml.m8i.16xlarge",
    "ml.m8i.24xlarge", "ml.m8i.32xlarge", "ml.m8i.48xlarge", "ml.m8i.96xlarge", "ml.c8i.xlarge",
    "ml.c8i.2xlarge", "ml.c8i.4xlarge", "ml.c8i.8xlarge", "ml.c8i.12xlarge", "ml.c8i.16xlarge",
    "ml.c8i.24xlarge", "ml.c8i.32xlarge", "ml.c8i.48xlarge", "ml.c8i.96xlarge", "ml.r8i.large",
    "ml.r8i.xlarge", "ml.r8i.2xlarge", "ml.r8i.4xlarge", "ml.r8i.8xlarge", "ml.r8i.12xlarge",
    "ml.r8i.16xlarge", "ml.r8i.24xlarge", "ml.r8i.32xlarge", "ml.r8i.48xlarge", "ml.r8i.96xlarge",
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

TrainingJobArn = Annotated[
    str,
    Field(
        max_length=256,
        pattern=(
            r"^arn:aws[a-z\-]*:sagemaker:[a-z0-9\-]*:"
            r"[0-9]{12}:training-job/[a-zA-Z0-9](-*"
            r"[a-zA-Z0-9]){0,62}$"
        ),
    ),
]
TrainingJobName = Annotated[
    str, Field(min_length=1, max_length=63, pattern=r"^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$")
]
TrainingJobStatus = Literal["InProgress", "Completed", "Failed", "Stopping", "Stopped", "Deleting"]
TrainingPlanArn = Annotated[
    str,
    Field(
        min_length=50,
        max_length=2048,
        pattern=r"^arn:aws[a-z\-]*:sagemaker:[a-z0-9\-]*:[0-9]{12}:training-plan/.*$",
    ),
]
HyperParameters = Annotated[dict[HyperParameterKey, HyperParameterValue], Field(max_length=100)]


class Tag(AwsModel):
    """A key-value pair of metadata attached to a SageMaker resource."""

    key: TagKey = Field(description="The tag key.")
    value: TagValue = Field(description="The tag value.")


class MetricDefinition(AwsModel):
    """Specifies a metric that the training algorithm writes to stderr or stdout."""

    name: MetricName = Field(description="The name of the metric.")
    regex: MetricRegex = Field(
        description=(
            "A regular expression whose first group captures the metric value in the job logs."
        )
    )


class ModelAccessConfig(AwsModel):
    """The access configuration file to control access to the ML model."""

    accept_eula: bool = Field(
        description="Specifies agreement to the model end-user license agreement (EULA)."
    )


class HubAccessConfig(AwsModel):
    """A private hub model reference that points to a public SageMaker JumpStart model."""

    hub_content_arn: HubContentArn = Field(description="The ARN of your private model hub content.")


class S3DataSource(AwsModel):
    """Describes the S3 data source."""

    s3_data_type: S3DataType = Field(
        description=(
            "Whether S3Uri is a key prefix (S3Prefix) or a manifest listing the objects to use."
        )
    )
    s3_uri: S3Uri = Field(
        description="The S3 key name prefix or manifest file that holds the channel data."
    )
    s3_data_distribution_type: S3DataDistribution | None = Field(
        None,
        description="FullyReplicated copies all data to every instance; ShardedByS3Key splits it.",
    )
    attribute_names: list[AttributeName] | None = Field(
        None,
        max_length=16,
        description="The attribute names to use from an augmented manifest file.",
    )
    instance_group_names: list[InstanceGroupName] | None = Field(
        None,
        max_length=5,
        description="A list of names of instance groups that get data from the S3 data source.",
    )
    model_access_config: ModelAccessConfig | None = Field(
        None, description="The access configuration file to control access to the ML model."
    )
    hub_access_config: HubAccessConfig | None = Field(
        None,
        description=(
            "A private hub model reference that points to a SageMaker JumpStart public hub model."
        ),
    )


class FileSystemDataSource(AwsModel):
    """Specifies a file system data source for a channel."""

    file_system_id: FileSystemId = Field(description="The file system id.")
    file_system_access_mode: FileSystemAccessMode = Field(
        description="The access mode of the mount of the directory associated with the channel."
    )
    file_system_type: FileSystemType = Field(description="The file system type.")
    directory_path: DirectoryPath = Field(
        description="The full path to the directory to associate with the channel."
    )


class DatasetSource(AwsModel):
    """Specifies a dataset source for a channel."""

    dataset_arn: HubDataSetArn = Field(description="The ARN of the dataset resource.")


class DataSource(AwsModel):
    """Describes the location of the channel data."""

    s3_data_source: S3DataSource | None = Field(
        None, description="The S3 location of the data source that is associated with a channel."
    )
    file_system_data_source: FileSystemDataSource | None = Field(
        None, description="The file system that is associated with a channel."
    )
    dataset_source: DatasetSource | None = Field(
        None, description="The dataset resource that's associated with a channel."
    )


class ShuffleConfig(AwsModel):
    """A configuration for a shuffle option for input data in a channel."""

    seed: int = Field(description="Determines the shuffling order in ShuffleConfig value.")


class Channel(AwsModel):
    """A channel is a named input source that training algorithms can consume."""

    channel_name: ChannelName = Field(description="The name of the channel.")
    data_source: DataSource = Field(description="The location of the channel data.")
    content_type: ContentType | None = Field(None, description="The MIME type of the data.")
    compression_type: CompressionType | None = Field(
        None, description="If training data is compressed, the compression type."
    )
    record_wrapper_type: RecordWrapper | None = Field(
        None, description="RecordIO when the data is raw but the algorithm requires RecordIO."
    )
    input_mode: TrainingInputMode | None = Field(
        None, description="The input mode of this channel, overriding the algorithm default."
    )
    shuffle_config: ShuffleConfig | None = Field(
        None, description="A configuration for a shuffle option for input data in a channel."
    )


class VpcConfig(AwsModel):
    """The VPC subnets and security groups a job has access to."""

    security_group_ids: list[SecurityGroupId] = Field(
        min_length=1,
        max_length=5,
        description="The VPC security group IDs, of the form sg-xxxxxxxx.",
    )
    subnets: list[SubnetId] = Field(
        min_length=1, max_length=16, description="The IDs of the subnets to connect to."
    )


class OutputDataConfig(AwsModel):
    """Provides information about how to store model training results (model artifacts)."""

    kms_key_id: KmsKeyId | None = Field(
        None, description="The KMS key that encrypts the model artifacts at rest in S3."
    )
    s3_output_path: S3Uri = Field(
        description=(
            "Identifies the S3 path where you want SageMaker to store the model artifacts."
        )
    )
    compression_type: OutputCompressionType | None = Field(
        None, description="The model output compression type."
    )


class InstanceGroup(AwsModel):
    """Defines an instance group for heterogeneous cluster training."""

    instance_type: TrainingInstanceType = Field(
        description="Specifies the instance type of the instance group."
    )
    instance_count: TrainingInstanceCount = Field(
        description="Specifies the number of instances of the instance group."
    )
    instance_group_name: InstanceGroupName = Field(
        description="Specifies the name of the instance group."
    )


class PlacementSpecification(AwsModel):
    """Specifies how instances should be placed on a specific UltraServer."""

    ultra_server_id: String256 | None = Field(
        None,
        description="The unique identifier of the UltraServer where instances should be placed.",
    )
    instance_count: TrainingInstanceCount = Field(
        description="The number of instances to place together on this UltraServer."
    )


class InstancePlacementConfig(AwsModel):
    """Configuration for how instances are placed and allocated within UltraServers."""

    enable_multiple_jobs: bool | None = Field(
        None,
        description=(
            "If set to true, allows multiple jobs to share the same UltraServer instances."
        ),
    )
    placement_specifications: list[PlacementSpecification] | None = Field(
        None, max_length=10, description="How instances are placed on specific UltraServers."
    )


class InstancePreference(AwsModel):
    """A candidate instance type preference in an InstancePreferences list."""

    instance_type: TrainingInstanceType = Field(description="The ML compute instance type.")
    instance_count: TrainingInstanceCount | None = Field(
        None, description="The number of instances to launch if this instance type is selected."
    )
    training_plan_arns: list[TrainingPlanArn] | None = Field(
        None,
        min_length=1,
        max_length=1,
        description="The ARN of a training plan to use if this instance type is selected.",
    )


class ResourceConfig(AwsModel):
    """The ML compute instances and storage volumes used for model training."""

    instance_type: TrainingInstanceType | None = Field(
        None, description="The ML compute instance type."
    )
    instance_count: TrainingInstanceCount | None = Field(
        None, description="The number of ML compute instances to use."
    )
    volume_size_in_gb: OptionalVolumeSizeInGB | None = Field(
        None,
        alias="VolumeSizeInGB",
        description="The size of the ML storage volume that you want to provision.",
    )
    volume_kms_key_id: KmsKeyId | None = Field(
        None, description="The KMS key that encrypts the storage volumes of the training instances."
    )
    keep_alive_period_in_seconds: KeepAlivePeriodInSeconds | None = Field(
        None, description="How long to keep the instances in a warm pool for later training jobs."
    )
    instance_groups: list[InstanceGroup] | None = Field(
        None,
        max_length=5,
        description="The configuration of a heterogeneous cluster in JSON format.",
    )
    training_plan_arn: TrainingPlanArn | None = Field(
        None, description="The ARN of the training plan to use."
    )
    instance_placement_config: InstancePlacementConfig | None = Field(
        None, description="How the training instances are placed within UltraServers."
    )
    instance_preferences: list[InstancePreference] | None = Field(
        None,
        min_length=1,
        max_length=5,
        description=(
            "An ordered list of ML compute instance types for the training job, in priority order."
        ),
    )
    selected_instance_type: TrainingInstanceType | None = Field(
        None, description="The instance type SageMaker selected from InstancePreferences."
    )
    selected_instance_count: TrainingInstanceCount | None = Field(
        None, description="The number of instances of SelectedInstanceType launched."
    )


class StoppingCondition(AwsModel):
    """Specifies a limit to how long a job can run."""

    max_runtime_in_seconds: MaxRuntimeInSeconds | None = Field(
        None, description="The maximum time, in seconds, a job may run before it is stopped."
    )
    max_wait_time_in_seconds: MaxWaitTimeInSeconds | None = Field(
        None,
        description=(
            "The maximum time, in seconds, a managed Spot training job may take to complete."
        ),
    )
    max_pending_time_in_seconds: MaxPendingTimeInSeconds | None = Field(
        None, description="The maximum time, in seconds, a job may be pending before it is stopped."
    )


class CheckpointConfig(AwsModel):
    """Where managed Spot training checkpoints are stored."""

    s3_uri: S3Uri = Field(
        description="Identifies the S3 path where you want SageMaker to store checkpoints."
    )
    local_path: DirectoryPath | None = Field(
        None, description="(Optional) The local directory where checkpoints are written."
    )


class RetryStrategy(AwsModel):
    """The retry strategy to use when a training job fails due to an InternalServerError."""

    maximum_retry_attempts: MaximumRetryAttempts = Field(
        description="The number of times to retry the job."
    )
