"""Wire models of the hosting operations (CreateModel, CreateEndpointConfig, CreateEndpoint and
their Describe/Delete/List), member for member botocore's SageMaker model (generated from it
once, then kept by tests/test_schemas_contract.py). Descriptions are the model's first
sentence."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, ConfigDict, Field

from app.schemas_common import (
    AwsModel,
    FailureReason,
    HubContentArn,
    KmsKeyId,
    MaxResults,
    ModelAccessConfig,
    PythonPattern,
    RoleArn,
    Tag,
    Timestamp,
    VpcConfig,
)
from app.serving.examples import EXAMPLES

ModelName = Annotated[
    str, Field(max_length=63, pattern=r"^[a-zA-Z0-9]([\-a-zA-Z0-9]*[a-zA-Z0-9])?$")
]
ContainerHostname = Annotated[
    str, Field(max_length=63, pattern=r"^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$")
]
ContainerImage = Annotated[str, Field(max_length=255, pattern=r"^[\S]+$")]
RepositoryAccessMode = Literal["Platform", "Vpc"]
RepositoryCredentialsProviderArn = Annotated[
    str, Field(min_length=1, max_length=2048, pattern=r"^.*$")
]
ContainerMode = Literal["SingleModel", "MultiModel"]
Url = Annotated[str, Field(max_length=1024, pattern=r"^(https|s3|file)://([^/]*)/?(.*)$")]
S3ModelUri = Annotated[str, Field(max_length=1024, pattern=r"^(https|s3|file)://([^/]*)/?(.*)$")]
S3ModelDataType = Literal["S3Prefix", "S3Object"]
ModelCompressionType = Literal["None", "Gzip"]
AdditionalModelChannelName = Annotated[
    str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9\.\-_]+$")
]
EnvironmentKey = Annotated[str, Field(max_length=1024, pattern=r"^[a-zA-Z_][a-zA-Z0-9_]*$")]
EnvironmentValue = Annotated[str, Field(max_length=1024, pattern=r"^[\S\s]*$")]
VersionedArnOrName = Annotated[
    str,
    Field(min_length=1, max_length=176),
    AfterValidator(
        PythonPattern(
            r"(arn:aws[a-z\-]*:sagemaker:[a-z0-9\-]*:[0-9]{12}:[a-z\-]*\/)?([a-zA-Z0-9]([a-zA-Z0-9-]){0,62})(?<!-)(\/[0-9]{1,9})?"
        )
    ),
]
InferenceSpecificationName = Annotated[
    str, Field(min_length=1, max_length=63, pattern=r"^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$")
]
ModelCacheSetting = Literal["Enabled", "Disabled"]
MetricsEndpointPath = Annotated[
    str, Field(max_length=256), AfterValidator(PythonPattern(r"/(?!.*\.\.)[a-zA-Z0-9/_.\-]+"))
]
InferenceExecutionMode = Literal["Serial", "Direct"]
ModelArn = Annotated[
    str,
    Field(
        min_length=20,
        max_length=2048,
        pattern=r"^arn:aws[a-z\-]*:sagemaker:[a-z0-9\-]*:[0-9]{12}:model/.*$",
    ),
]
RecommendationStatus = Literal["IN_PROGRESS", "COMPLETED", "FAILED", "NOT_APPLICABLE"]
ProductionVariantInstanceType = Literal[
    "ml.t2.medium",
    "ml.t2.large",
    "ml.t2.xlarge",
    "ml.t2.2xlarge",
    "ml.m4.xlarge",
    "ml.m4.2xlarge",
    "ml.m4.4xlarge",
    "ml.m4.10xlarge",
    "ml.m4.16xlarge",
    "ml.m5.large",
    "ml.m5.xlarge",
    "ml.m5.2xlarge",
    "ml.m5.4xlarge",
    "ml.m5.12xlarge",
    "ml.m5.24xlarge",
    "ml.m5d.large",
    "ml.m5d.xlarge",
    "ml.m5d.2xlarge",
    "ml.m5d.4xlarge",
    "ml.m5d.12xlarge",
    "ml.m5d.24xlarge",
    "ml.c4.large",
    "ml.c4.xlarge",
    "ml.c4.2xlarge",
    "ml.c4.4xlarge",
    "ml.c4.8xlarge",
    "ml.p2.xlarge",
    "ml.p2.8xlarge",
    "ml.p2.16xlarge",
    "ml.p3.2xlarge",
    "ml.p3.8xlarge",
    "ml.p3.16xlarge",
    "ml.c5.large",
    "ml.c5.xlarge",
    "ml.c5.2xlarge",
    "ml.c5.4xlarge",
    "ml.c5.9xlarge",
    "ml.c5.18xlarge",
    "ml.c5d.large",
    "ml.c5d.xlarge",
    "ml.c5d.2xlarge",
    "ml.c5d.4xlarge",
    "ml.c5d.9xlarge",
    "ml.c5d.18xlarge",
    "ml.g4dn.xlarge",
    "ml.g4dn.2xlarge",
    "ml.g4dn.4xlarge",
    "ml.g4dn.8xlarge",
    "ml.g4dn.12xlarge",
    "ml.g4dn.16xlarge",
    "ml.r5.large",
    "ml.r5.xlarge",
    "ml.r5.2xlarge",
    "ml.r5.4xlarge",
    "ml.r5.12xlarge",
    "ml.r5.24xlarge",
    "ml.r5d.large",
    "ml.r5d.xlarge",
    "ml.r5d.2xlarge",
    "ml.r5d.4xlarge",
    "ml.r5d.12xlarge",
    "ml.r5d.24xlarge",
    "ml.inf1.xlarge",
    "ml.inf1.2xlarge",
    "ml.inf1.6xlarge",
    "ml.inf1.24xlarge",
    "ml.dl1.24xlarge",
    "ml.c6i.large",
    "ml.c6i.xlarge",
    "ml.c6i.2xlarge",
    "ml.c6i.4xlarge",
    "ml.c6i.8xlarge",
    "ml.c6i.12xlarge",
    "ml.c6i.16xlarge",
    "ml.c6i.24xlarge",
    "ml.c6i.32xlarge",
    "ml.m6i.large",
    "ml.m6i.xlarge",
    "ml.m6i.2xlarge",
    "ml.m6i.4xlarge",
    "ml.m6i.8xlarge",
    "ml.m6i.12xlarge",
    "ml.m6i.16xlarge",
    "ml.m6i.24xlarge",
    "ml.m6i.32xlarge",
    "ml.r6i.large",
    "ml.r6i.xlarge",
    "ml.r6i.2xlarge",
    "ml.r6i.4xlarge",
    "ml.r6i.8xlarge",
    "ml.r6i.12xlarge",
    "ml.r6i.16xlarge",
    "ml.r6i.24xlarge",
    "ml.r6i.32xlarge",
    "ml.g5.xlarge",
    "ml.g5.2xlarge",
    "ml.g5.4xlarge",
    "ml.g5.8xlarge",
    "ml.g5.12xlarge",
    "ml.g5.16xlarge",
    "ml.g5.24xlarge",
    "ml.g5.48xlarge",
    "ml.g6.xlarge",
    "ml.g6.2xlarge",
    "ml.g6.4xlarge",
    "ml.g6.8xlarge",
    "ml.g6.12xlarge",
    "ml.g6.16xlarge",
    "ml.g6.24xlarge",
    "ml.g6.48xlarge",
    "ml.r8g.medium",
    "ml.r8g.large",
    "ml.r8g.xlarge",
    "ml.r8g.2xlarge",
    "ml.r8g.4xlarge",
    "ml.r8g.8xlarge",
    "ml.r8g.12xlarge",
    "ml.r8g.16xlarge",
    "ml.r8g.24xlarge",
    "ml.r8g.48xlarge",
    "ml.g6e.xlarge",
    "ml.g6e.2xlarge",
    "ml.g6e.4xlarge",
    "ml.g6e.8xlarge",
    "ml.g6e.12xlarge",
    "ml.g6e.16xlarge",
    "ml.g6e.24xlarge",
    "ml.g6e.48xlarge",
    "ml.g7e.2xlarge",
    "ml.g7e.4xlarge",
    "ml.g7e.8xlarge",
    "ml.g7e.12xlarge",
    "ml.g7e.24xlarge",
    "ml.g7e.48xlarge",
    "ml.g7.2xlarge",
    "ml.g7.4xlarge",
    "ml.g7.8xlarge",
    "ml.g7.12xlarge",
    "ml.g7.24xlarge",
    "ml.g7.48xlarge",
    "ml.p4d.24xlarge",
    "ml.c7g.large",
    "ml.c7g.xlarge",
    "ml.c7g.2xlarge",
    "ml.c7g.4xlarge",
    "ml.c7g.8xlarge",
    "ml.c7g.12xlarge",
    "ml.c7g.16xlarge",
    "ml.m6g.large",
    "ml.m6g.xlarge",
    "ml.m6g.2xlarge",
    "ml.m6g.4xlarge",
    "ml.m6g.8xlarge",
    "ml.m6g.12xlarge",
    "ml.m6g.16xlarge",
    "ml.m6gd.large",
    "ml.m6gd.xlarge",
    "ml.m6gd.2xlarge",
    "ml.m6gd.4xlarge",
    "ml.m6gd.8xlarge",
    "ml.m6gd.12xlarge",
    "ml.m6gd.16xlarge",
    "ml.c6g.large",
    "ml.c6g.xlarge",
    "ml.c6g.2xlarge",
    "ml.c6g.4xlarge",
    "ml.c6g.8xlarge",
    "ml.c6g.12xlarge",
    "ml.c6g.16xlarge",
    "ml.c6gd.large",
    "ml.c6gd.xlarge",
    "ml.c6gd.2xlarge",
    "ml.c6gd.4xlarge",
    "ml.c6gd.8xlarge",
    "ml.c6gd.12xlarge",
    "ml.c6gd.16xlarge",
    "ml.c6gn.large",
    "ml.c6gn.xlarge",
    "ml.c6gn.2xlarge",
    "ml.c6gn.4xlarge",
    "ml.c6gn.8xlarge",
    "ml.c6gn.12xlarge",
    "ml.c6gn.16xlarge",
    "ml.r6g.large",
    "ml.r6g.xlarge",
    "ml.r6g.2xlarge",
    "ml.r6g.4xlarge",
    "ml.r6g.8xlarge",
    "ml.r6g.12xlarge",
    "ml.r6g.16xlarge",
    "ml.r6gd.large",
    "ml.r6gd.xlarge",
    "ml.r6gd.2xlarge",
    "ml.r6gd.4xlarge",
    "ml.r6gd.8xlarge",
    "ml.r6gd.12xlarge",
    "ml.r6gd.16xlarge",
    "ml.p4de.24xlarge",
    "ml.trn1.2xlarge",
    "ml.trn1.32xlarge",
    "ml.trn1n.32xlarge",
    "ml.trn2.48xlarge",
    "ml.inf2.xlarge",
    "ml.inf2.8xlarge",
    "ml.inf2.24xlarge",
    "ml.inf2.48xlarge",
    "ml.p5.48xlarge",
    "ml.p5e.48xlarge",
    "ml.p5en.48xlarge",
    "ml.m7i.large",
    "ml.m7i.xlarge",
    "ml.m7i.2xlarge",
    "ml.m7i.4xlarge",
    "ml.m7i.8xlarge",
    "ml.m7i.12xlarge",
    "ml.m7i.16xlarge",
    "ml.m7i.24xlarge",
    "ml.m7i.48xlarge",
    "ml.c7i.large",
    "ml.c7i.xlarge",
    "ml.c7i.2xlarge",
    "ml.c7i.4xlarge",
    "ml.c7i.8xlarge",
    "ml.c7i.12xlarge",
    "ml.c7i.16xlarge",
    "ml.c7i.24xlarge",
    "ml.c7i.48xlarge",
    "ml.r7i.large",
    "ml.r7i.xlarge",
    "ml.r7i.2xlarge",
    "ml.r7i.4xlarge",
    "ml.r7i.8xlarge",
    "ml.r7i.12xlarge",
    "ml.r7i.16xlarge",
    "ml.r7i.24xlarge",
    "ml.r7i.48xlarge",
    "ml.c8g.medium",
    "ml.c8g.large",
    "ml.c8g.xlarge",
    "ml.c8g.2xlarge",
    "ml.c8g.4xlarge",
    "ml.c8g.8xlarge",
    "ml.c8g.12xlarge",
    "ml.c8g.16xlarge",
    "ml.c8g.24xlarge",
    "ml.c8g.48xlarge",
    "ml.r7gd.medium",
    "ml.r7gd.large",
    "ml.r7gd.xlarge",
    "ml.r7gd.2xlarge",
    "ml.r7gd.4xlarge",
    "ml.r7gd.8xlarge",
    "ml.r7gd.12xlarge",
    "ml.r7gd.16xlarge",
    "ml.m8g.medium",
    "ml.m8g.large",
    "ml.m8g.xlarge",
    "ml.m8g.2xlarge",
    "ml.m8g.4xlarge",
    "ml.m8g.8xlarge",
    "ml.m8g.12xlarge",
    "ml.m8g.16xlarge",
    "ml.m8g.24xlarge",
    "ml.m8g.48xlarge",
    "ml.c6in.large",
    "ml.c6in.xlarge",
    "ml.c6in.2xlarge",
    "ml.c6in.4xlarge",
    "ml.c6in.8xlarge",
    "ml.c6in.12xlarge",
    "ml.c6in.16xlarge",
    "ml.c6in.24xlarge",
    "ml.c6in.32xlarge",
    "ml.p6-b200.48xlarge",
    "ml.p6-b300.48xlarge",
    "ml.p6e-gb200.36xlarge",
    "ml.p5.4xlarge",
]
EndpointConfigName = Annotated[
    str, Field(max_length=63, pattern=r"^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$")
]
VariantName = Annotated[str, Field(max_length=63, pattern=r"^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$")]
InitialTaskCount = Annotated[int, Field(ge=1)]
InstancePoolPriority = Annotated[int, Field(ge=1, le=5)]
VariantInstanceProvisionTimeoutInSeconds = Annotated[int, Field(ge=300, le=3600)]
ProductionVariantAcceleratorType = Literal[
    "ml.eia1.medium",
    "ml.eia1.large",
    "ml.eia1.xlarge",
    "ml.eia2.medium",
    "ml.eia2.large",
    "ml.eia2.xlarge",
]
DestinationS3Uri = Annotated[str, Field(max_length=512, pattern=r"^(https|s3)://([^/])/?(.*)$")]
ServerlessMemorySizeInMB = Annotated[int, Field(ge=1024, le=6144)]
ServerlessMaxConcurrency = Annotated[int, Field(ge=1, le=200)]
ServerlessProvisionedConcurrency = Annotated[int, Field(ge=1, le=200)]
ProductionVariantVolumeSizeInGB = Annotated[int, Field(ge=1, le=512)]
ProductionVariantModelDataDownloadTimeoutInSeconds = Annotated[int, Field(ge=60, le=3600)]
ProductionVariantContainerStartupHealthCheckTimeoutInSeconds = Annotated[int, Field(ge=60, le=3600)]
ManagedInstanceScalingStatus = Literal["ENABLED", "DISABLED"]
ManagedInstanceScalingMinInstanceCount = Annotated[int, Field(ge=0)]
ManagedInstanceScalingMaxInstanceCount = Annotated[int, Field(ge=1)]
ManagedInstanceScalingScaleInStrategy = Literal["IDLE_RELEASE", "CONSOLIDATION"]
ManagedInstanceScalingMaximumStepSize = Annotated[int, Field(ge=1, le=100)]
ManagedInstanceScalingCooldownInMinutes = Annotated[int, Field(ge=5, le=1440)]
RoutingStrategy = Literal["LEAST_OUTSTANDING_REQUESTS", "RANDOM", "PREFIX_AWARE"]
PrefixAwareRoutingPrefixLength = Annotated[int, Field(ge=1024, le=65536)]
PrefixAwareRoutingConcurrencyThreshold = Annotated[int, Field(ge=1, le=1024)]
ProductionVariantInferenceAmiVersion = Literal[
    "al2-ami-sagemaker-inference-gpu-2",
    "al2-ami-sagemaker-inference-gpu-2-1",
    "al2-ami-sagemaker-inference-gpu-3-1",
    "al2-ami-sagemaker-inference-neuron-2",
    "al2023-ami-sagemaker-inference-gpu-4-1",
]
CapacityReservationPreference = Literal["capacity-reservations-only"]
MlReservationArn = Annotated[
    str,
    Field(
        min_length=20,
        max_length=258,
        pattern=r"^arn:aws[a-z\-]*:sagemaker:[a-z0-9\-]*:[0-9]{12}:[a-z0-9\-]{1,14}/.*$",
    ),
]
SamplingPercentage = Annotated[int, Field(ge=0, le=100)]
CaptureMode = Literal["Input", "Output", "InputAndOutput"]
CsvContentType = Annotated[
    str,
    Field(
        min_length=1,
        max_length=256,
        pattern=r"^[a-zA-Z0-9](-*[a-zA-Z0-9])*\/[a-zA-Z0-9](-*[a-zA-Z0-9.])*$",
    ),
]
JsonContentType = Annotated[
    str,
    Field(
        min_length=1,
        max_length=256,
        pattern=r"^[a-zA-Z0-9](-*[a-zA-Z0-9])*\/[a-zA-Z0-9](-*[a-zA-Z0-9.])*$",
    ),
]
MaxConcurrentInvocationsPerInstance = Annotated[int, Field(ge=1, le=1000)]
SnsTopicArn = Annotated[
    str,
    Field(max_length=2048, pattern=r"^arn:aws[a-z\-]*:sns:[a-z0-9\-]*:[0-9]{12}:[a-zA-Z0-9_.-]+$"),
]
AsyncNotificationTopicTypes = Literal["SUCCESS_NOTIFICATION_TOPIC", "ERROR_NOTIFICATION_TOPIC"]
ClarifyEnableExplanations = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^.*$")]
ClarifyFeaturesAttribute = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^.*$")]
ClarifyContentTemplate = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^.*$")]
ClarifyMaxRecordCount = Annotated[int, Field(ge=1)]
ClarifyMaxPayloadInMB = Annotated[int, Field(ge=1, le=25)]
ClarifyProbabilityIndex = Annotated[int, Field(ge=0)]
ClarifyLabelIndex = Annotated[int, Field(ge=0)]
ClarifyProbabilityAttribute = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^.*$")]
ClarifyLabelAttribute = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^.*$")]
ClarifyHeader = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^.*$")]
ClarifyFeatureType = Literal["numerical", "categorical", "text"]
ClarifyMimeType = Annotated[
    str,
    Field(max_length=255, pattern=r"^[a-zA-Z0-9](-*[a-zA-Z0-9])*\/[a-zA-Z0-9](-*[a-zA-Z0-9+.])*$"),
]
ClarifyShapBaseline = Annotated[str, Field(min_length=1, max_length=4096, pattern=r"^[\s\S]+$")]
ClarifyShapNumberOfSamples = Annotated[int, Field(ge=1)]
ClarifyTextLanguage = Literal[
    "af",
    "sq",
    "ar",
    "hy",
    "eu",
    "bn",
    "bg",
    "ca",
    "zh",
    "hr",
    "cs",
    "da",
    "nl",
    "en",
    "et",
    "fi",
    "fr",
    "de",
    "el",
    "gu",
    "he",
    "hi",
    "hu",
    "is",
    "id",
    "ga",
    "it",
    "kn",
    "ky",
    "lv",
    "lt",
    "lb",
    "mk",
    "ml",
    "mr",
    "ne",
    "nb",
    "fa",
    "pl",
    "pt",
    "ro",
    "ru",
    "sa",
    "sr",
    "tn",
    "si",
    "sk",
    "sl",
    "es",
    "sv",
    "tl",
    "ta",
    "tt",
    "te",
    "tr",
    "uk",
    "ur",
    "yo",
    "lij",
    "xx",
]
ClarifyTextGranularity = Literal["token", "sentence", "paragraph"]
EndpointConfigArn = Annotated[
    str,
    Field(
        min_length=20,
        max_length=2048,
        pattern=r"^arn:aws[a-z\-]*:sagemaker:[a-z0-9\-]*:[0-9]{12}:endpoint-config/.*$",
    ),
]
EndpointName = Annotated[str, Field(max_length=63, pattern=r"^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$")]
TrafficRoutingConfigType = Literal["ALL_AT_ONCE", "CANARY", "LINEAR"]
WaitIntervalInSeconds = Annotated[int, Field(ge=0, le=3600)]
CapacitySizeType = Literal["INSTANCE_COUNT", "CAPACITY_PERCENT"]
CapacitySizeValue = Annotated[int, Field(ge=1)]
TerminationWaitInSeconds = Annotated[int, Field(ge=0, le=3600)]
MaximumExecutionTimeoutInSeconds = Annotated[int, Field(ge=600, le=28800)]
AlarmName = Annotated[
    str, Field(min_length=1, max_length=255), AfterValidator(PythonPattern(r"(?!\s*$).+"))
]
EndpointArn = Annotated[
    str,
    Field(
        min_length=20,
        max_length=2048,
        pattern=r"^arn:aws[a-z\-]*:sagemaker:[a-z0-9\-]*:[0-9]{12}:endpoint/.*$",
    ),
]
TaskCount = Annotated[int, Field(ge=0)]
VariantStatus = Literal["Creating", "Updating", "Deleting", "ActivatingTraffic", "Baking"]
VariantStatusMessage = Annotated[str, Field(max_length=1024)]
CaptureStatus = Literal["Started", "Stopped"]
EndpointStatus = Literal[
    "OutOfService",
    "Creating",
    "Updating",
    "SystemUpdating",
    "RollingBack",
    "InService",
    "Deleting",
    "Failed",
    "UpdateRollbackFailed",
]
EndpointSortKey = Literal["Name", "CreationTime", "Status"]
OrderKey = Literal["Ascending", "Descending"]
PaginationToken = Annotated[str, Field(max_length=8192, pattern=r"^.*$")]
EndpointNameContains = Annotated[str, Field(max_length=63, pattern=r"^[a-zA-Z0-9-]+$")]


class RepositoryAuthConfig(AwsModel):
    """(Optional) Specifies an authentication configuration for the private docker registry..."""

    repository_credentials_provider_arn: RepositoryCredentialsProviderArn = Field(
        description=(
            "The Amazon Resource Name (ARN) of an Amazon Web Services Lambda "
            "function that provides credentials to authenticate to the private "
            "Docker registry where your..."
        )
    )


class ImageConfig(AwsModel):
    """Specifies whether the model container is in Amazon ECR or a private Docker registry..."""

    repository_access_mode: RepositoryAccessMode = Field(
        description=(
            "Set this to one of the following values: Platform - The model image is"
            " hosted in Amazon ECR."
        )
    )
    repository_auth_config: RepositoryAuthConfig | None = Field(
        None,
        description=(
            "(Optional) Specifies an authentication configuration for the private "
            "docker registry where your model image is hosted."
        ),
    )


class InferenceHubAccessConfig(AwsModel):
    """Configuration information for hub access."""

    hub_content_arn: HubContentArn = Field(
        description="The ARN of the hub content for which deployment access is allowed."
    )


class S3ModelDataSource(AwsModel):
    """Specifies the S3 location of ML model data to deploy."""

    s3_uri: S3ModelUri = Field(description="Specifies the S3 path of ML model data to deploy.")
    s3_data_type: S3ModelDataType = Field(
        description="Specifies the type of ML model data to deploy."
    )
    compression_type: ModelCompressionType = Field(
        description="Specifies how the ML model data is prepared."
    )
    model_access_config: ModelAccessConfig | None = Field(
        None, description="Specifies the access configuration file for the ML model."
    )
    hub_access_config: InferenceHubAccessConfig | None = Field(
        None, description="Configuration information for hub access."
    )
    manifest_s3_uri: S3ModelUri | None = Field(
        None, description="The Amazon S3 URI of the manifest file."
    )
    e_tag: str | None = Field(None, description="The ETag associated with S3 URI.")
    manifest_etag: str | None = Field(None, description="The ETag associated with Manifest S3 URI.")


class ModelDataSource(AwsModel):
    """Specifies the location of ML model data to deploy."""

    s3_data_source: S3ModelDataSource | None = Field(
        None, description="Specifies the S3 location of ML model data to deploy."
    )


class AdditionalModelDataSource(AwsModel):
    """Data sources that are available to your model in addition to the one that you specify..."""

    channel_name: AdditionalModelChannelName = Field(
        description="A custom name for this AdditionalModelDataSource object."
    )
    s3_data_source: S3ModelDataSource = Field(
        description="Specifies the S3 location of ML model data to deploy."
    )


class MultiModelConfig(AwsModel):
    """Specifies additional configuration for multi-model endpoints."""

    model_cache_setting: ModelCacheSetting | None = Field(
        None, description="Whether to cache models for a multi-model endpoint."
    )


class MetricsEndpoint(AwsModel):
    """Specifies a metrics endpoint for a container, including the path where the container..."""

    metrics_endpoint_path: MetricsEndpointPath = Field(
        description="The path to the metrics endpoint exposed by the container."
    )
    metric_publish_frequency_in_seconds: int | None = Field(
        None,
        description=(
            "The interval, in seconds, at which container metrics scraped from the "
            "endpoint are published to Amazon CloudWatch."
        ),
    )


class ContainerMetricsConfig(AwsModel):
    """The configuration for container metrics scraping."""

    metrics_endpoints: list[MetricsEndpoint] | None = Field(
        None, max_length=1, description="A list of metrics endpoints to scrape from the container."
    )


class ContainerDefinition(AwsModel):
    """The location of the primary docker image containing inference code, associated..."""

    container_hostname: ContainerHostname | None = Field(
        None,
        description=("This parameter is ignored for models that contain only a PrimaryContainer."),
    )
    image: ContainerImage | None = Field(
        None, description="The path where inference code is stored."
    )
    image_config: ImageConfig | None = Field(
        None,
        description=(
            "Specifies whether the model container is in Amazon ECR or a private "
            "Docker registry accessible from your Amazon Virtual Private Cloud "
            "(VPC)."
        ),
    )
    mode: ContainerMode | None = Field(
        None, description="Whether the container hosts a single model or multiple models."
    )
    model_data_url: Url | None = Field(
        None,
        description=(
            "The S3 path where the model artifacts, which result from model training, are stored."
        ),
    )
    model_data_source: ModelDataSource | None = Field(
        None, description="Specifies the location of ML model data to deploy."
    )
    additional_model_data_sources: list[AdditionalModelDataSource] | None = Field(
        None,
        max_length=5,
        description=(
            "Data sources that are available to your model in addition to the one "
            "that you specify for ModelDataSource when you use the CreateModel "
            "action."
        ),
    )
    environment: dict[EnvironmentKey, EnvironmentValue] | None = Field(
        None,
        max_length=100,
        description="The environment variables to set in the Docker container.",
    )
    model_package_name: VersionedArnOrName | None = Field(
        None,
        description=(
            "The name or Amazon Resource Name (ARN) of the model package to use to "
            "create the model."
        ),
    )
    inference_specification_name: InferenceSpecificationName | None = Field(
        None, description="The inference specification name in the model package version."
    )
    multi_model_config: MultiModelConfig | None = Field(
        None, description="Specifies additional configuration for multi-model endpoints."
    )
    container_metrics_config: ContainerMetricsConfig | None = Field(
        None, description="The configuration for container metrics scraping."
    )


class InferenceExecutionConfig(AwsModel):
    """Specifies details of how containers in a multi-container endpoint are called."""

    mode: InferenceExecutionMode = Field(description="How containers in a multi-container are run.")


class CreateModelRequest(AwsModel):
    """See SageMaker's API reference."""

    model_config = ConfigDict(json_schema_extra={"examples": [EXAMPLES["CreateModelRequest"]]})

    model_name: ModelName = Field(description="The name of the new model.")
    primary_container: ContainerDefinition | None = Field(
        None,
        description=(
            "The location of the primary docker image containing inference code, "
            "associated artifacts, and custom environment map that the inference "
            "code uses when the..."
        ),
    )
    containers: list[ContainerDefinition] | None = Field(
        None, max_length=15, description="Specifies the containers in the inference pipeline."
    )
    inference_execution_config: InferenceExecutionConfig | None = Field(
        None,
        description=(
            "Specifies details of how containers in a multi-container endpoint are called."
        ),
    )
    execution_role_arn: RoleArn | None = Field(
        None,
        description=(
            "The Amazon Resource Name (ARN) of the IAM role that SageMaker can "
            "assume to access model artifacts and docker image for deployment on ML"
            " compute instances..."
        ),
    )
    tags: list[Tag] | None = Field(None, max_length=50, description="An array of key-value pairs.")
    vpc_config: VpcConfig | None = Field(
        None,
        description=(
            "A VpcConfig object that specifies the VPC that you want your model to connect to."
        ),
    )
    enable_network_isolation: bool | None = Field(None, description="Isolates the model container.")


class CreateModelResponse(AwsModel):
    """See SageMaker's API reference."""

    model_config = ConfigDict(json_schema_extra={"examples": [EXAMPLES["CreateModelResponse"]]})

    model_arn: ModelArn = Field(description="The ARN of the model created in SageMaker.")


class DescribeModelRequest(AwsModel):
    """See SageMaker's API reference."""

    model_config = ConfigDict(json_schema_extra={"examples": [EXAMPLES["DescribeModelRequest"]]})

    model_name: ModelName = Field(description="The name of the model.")


class RealTimeInferenceRecommendation(AwsModel):
    """The recommended configuration to use for Real-Time Inference."""

    recommendation_id: str = Field(
        description="The recommendation ID which uniquely identifies each recommendation."
    )
    instance_type: ProductionVariantInstanceType = Field(
        description="The recommended instance type for Real-Time Inference."
    )
    environment: dict[EnvironmentKey, EnvironmentValue] | None = Field(
        None,
        max_length=100,
        description=(
            "The recommended environment variables to set in the model container "
            "for Real-Time Inference."
        ),
    )


class DeploymentRecommendation(AwsModel):
    """A set of recommended deployment configurations for the model."""

    recommendation_status: RecommendationStatus = Field(
        description="Status of the deployment recommendation."
    )
    real_time_inference_recommendations: list[RealTimeInferenceRecommendation] | None = Field(
        None, max_length=3, description="A list of RealTimeInferenceRecommendation items."
    )


class DescribeModelResponse(AwsModel):
    """See SageMaker's API reference."""

    model_config = ConfigDict(json_schema_extra={"examples": [EXAMPLES["DescribeModelResponse"]]})

    model_name: ModelName = Field(description="Name of the SageMaker model.")
    primary_container: ContainerDefinition | None = Field(
        None,
        description=(
            "The location of the primary inference code, associated artifacts, and "
            "custom environment map that the inference code uses when it is "
            "deployed in production."
        ),
    )
    containers: list[ContainerDefinition] | None = Field(
        None, max_length=15, description="The containers in the inference pipeline."
    )
    inference_execution_config: InferenceExecutionConfig | None = Field(
        None,
        description=(
            "Specifies details of how containers in a multi-container endpoint are called."
        ),
    )
    execution_role_arn: RoleArn | None = Field(
        None,
        description=(
            "The Amazon Resource Name (ARN) of the IAM role that you specified for the model."
        ),
    )
    vpc_config: VpcConfig | None = Field(
        None,
        description=("A VpcConfig object that specifies the VPC that this model has access to."),
    )
    creation_time: Timestamp = Field(
        description="A timestamp that shows when the model was created."
    )
    model_arn: ModelArn = Field(description="The Amazon Resource Name (ARN) of the model.")
    enable_network_isolation: bool | None = Field(
        None,
        description=(
            "If True, no inbound or outbound network calls can be made to or from "
            "the model container."
        ),
    )
    deployment_recommendation: DeploymentRecommendation | None = Field(
        None, description="A set of recommended deployment configurations for the model."
    )


class DeleteModelRequest(AwsModel):
    """See SageMaker's API reference."""

    model_config = ConfigDict(json_schema_extra={"examples": [EXAMPLES["DeleteModelRequest"]]})

    model_name: ModelName = Field(description="The name of the model to delete.")


class InstancePool(AwsModel):
    """Specifies an instance type and its priority for a heterogeneous endpoint."""

    instance_type: ProductionVariantInstanceType = Field(
        description="The ML compute instance type for the instance pool."
    )
    model_name_override: ModelName | None = Field(
        None,
        description=(
            "The name of a SageMaker model to use for this instance pool instead of"
            " the model specified for the production variant."
        ),
    )
    priority: InstancePoolPriority = Field(description="The priority for the instance pool.")


class ProductionVariantCoreDumpConfig(AwsModel):
    """Specifies configuration for a core dump from the model container when the process crashes."""

    destination_s3_uri: DestinationS3Uri = Field(
        description="The Amazon S3 bucket to send the core dump to."
    )
    kms_key_id: KmsKeyId | None = Field(
        None,
        description=(
            "The Amazon Web Services Key Management Service (Amazon Web Services "
            "KMS) key that SageMaker uses to encrypt the core dump data at rest "
            "using Amazon S3..."
        ),
    )


class ProductionVariantServerlessConfig(AwsModel):
    """The serverless configuration for an endpoint."""

    memory_size_in_mb: ServerlessMemorySizeInMB = Field(
        alias="MemorySizeInMB", description="The memory size of your serverless endpoint."
    )
    max_concurrency: ServerlessMaxConcurrency = Field(
        description=(
            "The maximum number of concurrent invocations your serverless endpoint can process."
        )
    )
    provisioned_concurrency: ServerlessProvisionedConcurrency | None = Field(
        None,
        description=(
            "The amount of provisioned concurrency to allocate for the serverless endpoint."
        ),
    )


class ProductionVariantManagedInstanceScalingScaleInPolicy(AwsModel):
    """Configures the scale-in behavior for managed instance scaling."""

    strategy: ManagedInstanceScalingScaleInStrategy = Field(
        description="The strategy for scaling in instances."
    )
    maximum_step_size: ManagedInstanceScalingMaximumStepSize | None = Field(
        None,
        description=(
            "The maximum number of instances that the endpoint can terminate at a "
            "time during a consolidation scale-in operation."
        ),
    )
    cooldown_in_minutes: ManagedInstanceScalingCooldownInMinutes | None = Field(
        None,
        description=(
            "The cooldown period, in minutes, after the last endpoint operation "
            "before the endpoint evaluates consolidation scale-in opportunities."
        ),
    )


class ProductionVariantManagedInstanceScaling(AwsModel):
    """Settings that control the range in the number of instances that the endpoint..."""

    status: ManagedInstanceScalingStatus | None = Field(
        None, description="Indicates whether managed instance scaling is enabled."
    )
    min_instance_count: ManagedInstanceScalingMinInstanceCount | None = Field(
        None,
        description=(
            "The minimum number of instances that the endpoint must retain when it "
            "scales down to accommodate a decrease in traffic."
        ),
    )
    max_instance_count: ManagedInstanceScalingMaxInstanceCount | None = Field(
        None,
        description=(
            "The maximum number of instances that the endpoint can provision when "
            "it scales up to accommodate an increase in traffic."
        ),
    )
    scale_in_policy: ProductionVariantManagedInstanceScalingScaleInPolicy | None = Field(
        None, description="Configures the scale-in behavior for managed instance scaling."
    )


class PrefixAwareRoutingConfig(AwsModel):
    """The configuration for prefix-aware routing."""

    prefix_length: PrefixAwareRoutingPrefixLength | None = Field(
        None, description="The maximum length of the prefix used for routing decisions."
    )
    concurrency_threshold: PrefixAwareRoutingConcurrencyThreshold | None = Field(
        None,
        description=(
            "The number of in-flight requests on the selected instance or inference"
            " component copy at which the endpoint routes a request to another copy"
            " or instance."
        ),
    )


class ProductionVariantRoutingConfig(AwsModel):
    """Settings that control how the endpoint routes incoming traffic to the instances that..."""

    routing_strategy: RoutingStrategy = Field(
        description=(
            "Sets how the endpoint routes incoming traffic: "
            "LEAST_OUTSTANDING_REQUESTS: The endpoint routes requests to the "
            "specific instances that have more capacity to..."
        )
    )
    prefix_aware_routing_config: PrefixAwareRoutingConfig | None = Field(
        None, description="The configuration for prefix-aware routing."
    )


class ProductionVariantCapacityReservationConfig(AwsModel):
    """Settings for the capacity reservation for the compute instances that SageMaker AI..."""

    capacity_reservation_preference: CapacityReservationPreference | None = Field(
        None, description="Options that you can choose for the capacity reservation."
    )
    ml_reservation_arn: MlReservationArn | None = Field(
        None,
        description=(
            "The Amazon Resource Name (ARN) that uniquely identifies the ML "
            "capacity reservation that SageMaker AI applies when it deploys the "
            "endpoint."
        ),
    )


class ProductionVariant(AwsModel):
    """Identifies a model that you want to host and the resources chosen to deploy for..."""

    variant_name: VariantName = Field(description="The name of the production variant.")
    model_name: ModelName | None = Field(
        None, description="The name of the model that you want to host."
    )
    initial_instance_count: InitialTaskCount | None = Field(
        None, description="Number of instances to launch initially."
    )
    instance_type: ProductionVariantInstanceType | None = Field(
        None, description="The ML compute instance type."
    )
    instance_pools: list[InstancePool] | None = Field(
        None,
        min_length=1,
        max_length=5,
        description="A list of instance pools for the production variant.",
    )
    variant_instance_provision_timeout_in_seconds: (
        VariantInstanceProvisionTimeoutInSeconds | None
    ) = Field(
        None,
        description=(
            "The timeout value, in seconds, for provisioning instances for the production variant."
        ),
    )
    initial_variant_weight: float | None = Field(
        None,
        description=(
            "Determines initial traffic distribution among all of the models that "
            "you specify in the endpoint configuration."
        ),
    )
    accelerator_type: ProductionVariantAcceleratorType | None = Field(
        None, description="This parameter is no longer supported."
    )
    core_dump_config: ProductionVariantCoreDumpConfig | None = Field(
        None,
        description=(
            "Specifies configuration for a core dump from the model container when "
            "the process crashes."
        ),
    )
    serverless_config: ProductionVariantServerlessConfig | None = Field(
        None, description="The serverless configuration for an endpoint."
    )
    volume_size_in_gb: ProductionVariantVolumeSizeInGB | None = Field(
        None,
        alias="VolumeSizeInGB",
        description=(
            "The size, in GB, of the ML storage volume attached to individual "
            "inference instance associated with the production variant."
        ),
    )
    model_data_download_timeout_in_seconds: (
        ProductionVariantModelDataDownloadTimeoutInSeconds | None
    ) = Field(
        None,
        description=(
            "The timeout value, in seconds, to download and extract the model that "
            "you want to host from Amazon S3 to the individual inference instance "
            "associated with..."
        ),
    )
    container_startup_health_check_timeout_in_seconds: (
        ProductionVariantContainerStartupHealthCheckTimeoutInSeconds | None
    ) = Field(
        None,
        description=(
            "The timeout value, in seconds, for your inference container to pass "
            "health check by SageMaker Hosting."
        ),
    )
    enable_ssm_access: bool | None = Field(
        None,
        alias="EnableSSMAccess",
        description=(
            "You can use this parameter to turn on native Amazon Web Services "
            "Systems Manager (SSM) access for a production variant behind an "
            "endpoint."
        ),
    )
    managed_instance_scaling: ProductionVariantManagedInstanceScaling | None = Field(
        None,
        description=(
            "Settings that control the range in the number of instances that the "
            "endpoint provisions as it scales up or down to accommodate traffic."
        ),
    )
    routing_config: ProductionVariantRoutingConfig | None = Field(
        None,
        description=(
            "Settings that control how the endpoint routes incoming traffic to the "
            "instances that the endpoint hosts."
        ),
    )
    inference_ami_version: ProductionVariantInferenceAmiVersion | None = Field(
        None,
        description=(
            "Specifies an option from a collection of preconfigured Amazon Machine "
            "Image (AMI) images."
        ),
    )
    capacity_reservation_config: ProductionVariantCapacityReservationConfig | None = Field(
        None,
        description=(
            "Settings for the capacity reservation for the compute instances that "
            "SageMaker AI reserves for an endpoint."
        ),
    )


class CaptureOption(AwsModel):
    """Specifies data Model Monitor will capture."""

    capture_mode: CaptureMode = Field(description="Specify the boundary of data to capture.")


class CaptureContentTypeHeader(AwsModel):
    """Configuration specifying how to treat different headers."""

    csv_content_types: list[CsvContentType] | None = Field(
        None,
        min_length=1,
        max_length=10,
        description=(
            "The list of all content type headers that Amazon SageMaker AI will "
            "treat as CSV and capture accordingly."
        ),
    )
    json_content_types: list[JsonContentType] | None = Field(
        None,
        min_length=1,
        max_length=10,
        description=(
            "The list of all content type headers that SageMaker AI will treat as "
            "JSON and capture accordingly."
        ),
    )


class DataCaptureConfig(AwsModel):
    """Configuration to control how SageMaker AI captures inference data."""

    enable_capture: bool | None = Field(
        None,
        description=("Whether data capture should be enabled or disabled (defaults to enabled)."),
    )
    initial_sampling_percentage: SamplingPercentage = Field(
        description="The percentage of requests SageMaker AI will capture."
    )
    destination_s3_uri: DestinationS3Uri = Field(
        description="The Amazon S3 location used to capture the data."
    )
    kms_key_id: KmsKeyId | None = Field(
        None,
        description=(
            "The Amazon Resource Name (ARN) of an Key Management Service key that "
            "SageMaker AI uses to encrypt the captured data at rest using Amazon S3"
            " server-side..."
        ),
    )
    capture_options: list[CaptureOption] = Field(
        min_length=1, max_length=32, description="Specifies data Model Monitor will capture."
    )
    capture_content_type_header: CaptureContentTypeHeader | None = Field(
        None, description="Configuration specifying how to treat different headers."
    )


class AsyncInferenceClientConfig(AwsModel):
    """Configures the behavior of the client used by SageMaker to interact with the model..."""

    max_concurrent_invocations_per_instance: MaxConcurrentInvocationsPerInstance | None = Field(
        None,
        description=(
            "The maximum number of concurrent requests sent by the SageMaker client"
            " to the model container."
        ),
    )


class AsyncInferenceNotificationConfig(AwsModel):
    """Specifies the configuration for notifications of inference results for asynchronous..."""

    success_topic: SnsTopicArn | None = Field(
        None,
        description=(
            "Amazon SNS topic to post a notification to when inference completes successfully."
        ),
    )
    error_topic: SnsTopicArn | None = Field(
        None, description="Amazon SNS topic to post a notification to when inference fails."
    )
    include_inference_response_in: list[AsyncNotificationTopicTypes] | None = Field(
        None,
        max_length=2,
        description=("The Amazon SNS topics where you want the inference response to be included."),
    )


class AsyncInferenceOutputConfig(AwsModel):
    """Specifies the configuration for asynchronous inference invocation outputs."""

    kms_key_id: KmsKeyId | None = Field(
        None,
        description=(
            "The Amazon Web Services Key Management Service (Amazon Web Services "
            "KMS) key that SageMaker uses to encrypt the asynchronous inference "
            "output in Amazon S3."
        ),
    )
    s3_output_path: DestinationS3Uri | None = Field(
        None, description="The Amazon S3 location to upload inference responses to."
    )
    notification_config: AsyncInferenceNotificationConfig | None = Field(
        None,
        description=(
            "Specifies the configuration for notifications of inference results for"
            " asynchronous inference."
        ),
    )
    s3_failure_path: DestinationS3Uri | None = Field(
        None, description="The Amazon S3 location to upload failure inference responses to."
    )


class AsyncInferenceConfig(AwsModel):
    """Specifies configuration for how an endpoint performs asynchronous inference."""

    client_config: AsyncInferenceClientConfig | None = Field(
        None,
        description=(
            "Configures the behavior of the client used by SageMaker to interact "
            "with the model container during asynchronous inference."
        ),
    )
    output_config: AsyncInferenceOutputConfig = Field(
        description=("Specifies the configuration for asynchronous inference invocation outputs.")
    )


class ClarifyInferenceConfig(AwsModel):
    """The inference configuration parameter for the model container."""

    features_attribute: ClarifyFeaturesAttribute | None = Field(
        None,
        description=(
            "Provides the JMESPath expression to extract the features from a model "
            "container input in JSON Lines format."
        ),
    )
    content_template: ClarifyContentTemplate | None = Field(
        None,
        description=(
            "A template string used to format a JSON record into an acceptable "
            "model container input."
        ),
    )
    max_record_count: ClarifyMaxRecordCount | None = Field(
        None,
        description=(
            "The maximum number of records in a request that the model container "
            "can process when querying the model container for the predictions of a"
            " synthetic dataset."
        ),
    )
    max_payload_in_mb: ClarifyMaxPayloadInMB | None = Field(
        None,
        alias="MaxPayloadInMB",
        description=(
            "The maximum payload size (MB) allowed of a request from the explainer "
            "to the model container."
        ),
    )
    probability_index: ClarifyProbabilityIndex | None = Field(
        None,
        description=(
            "A zero-based index used to extract a probability value (score) or list"
            " from model container output in CSV format."
        ),
    )
    label_index: ClarifyLabelIndex | None = Field(
        None,
        description=(
            "A zero-based index used to extract a label header or list of label "
            "headers from model container output in CSV format."
        ),
    )
    probability_attribute: ClarifyProbabilityAttribute | None = Field(
        None,
        description=(
            "A JMESPath expression used to extract the probability (or score) from "
            "the model container output if the model container is in JSON Lines "
            "format."
        ),
    )
    label_attribute: ClarifyLabelAttribute | None = Field(
        None,
        description=(
            "A JMESPath expression used to locate the list of label headers in the "
            "model container output."
        ),
    )
    label_headers: list[ClarifyHeader] | None = Field(
        None,
        min_length=1,
        max_length=16,
        description=(
            "For multiclass classification problems, the label headers are the "
            "names of the classes."
        ),
    )
    feature_headers: list[ClarifyHeader] | None = Field(
        None, min_length=1, max_length=256, description="The names of the features."
    )
    feature_types: list[ClarifyFeatureType] | None = Field(
        None,
        min_length=1,
        max_length=256,
        description="A list of data types of the features (optional).",
    )


class ClarifyShapBaselineConfig(AwsModel):
    """The configuration for the SHAP baseline of the Kernal SHAP algorithm."""

    mime_type: ClarifyMimeType | None = Field(
        None, description="The MIME type of the baseline data."
    )
    shap_baseline: ClarifyShapBaseline | None = Field(
        None, description="The inline SHAP baseline data in string format."
    )
    shap_baseline_uri: Url | None = Field(
        None,
        description=(
            "The uniform resource identifier (URI) of the S3 bucket where the SHAP "
            "baseline file is stored."
        ),
    )


class ClarifyTextConfig(AwsModel):
    """A parameter that indicates if text features are treated as text and explanations are..."""

    language: ClarifyTextLanguage = Field(
        description=(
            "Specifies the language of the text features in ISO 639-1 or ISO 639-3 "
            "code of a supported language."
        )
    )
    granularity: ClarifyTextGranularity = Field(
        description="The unit of granularity for the analysis of text features."
    )


class ClarifyShapConfig(AwsModel):
    """The configuration for SHAP analysis."""

    shap_baseline_config: ClarifyShapBaselineConfig = Field(
        description="The configuration for the SHAP baseline of the Kernal SHAP algorithm."
    )
    number_of_samples: ClarifyShapNumberOfSamples | None = Field(
        None,
        description=("The number of samples to be used for analysis by the Kernal SHAP algorithm."),
    )
    use_logit: bool | None = Field(
        None,
        description=(
            "A Boolean toggle to indicate if you want to use the logit function "
            "(true) or log-odds units (false) for model predictions."
        ),
    )
    seed: int | None = Field(
        None,
        description=(
            "The starting value used to initialize the random number generator in the explainer."
        ),
    )
    text_config: ClarifyTextConfig | None = Field(
        None,
        description=(
            "A parameter that indicates if text features are treated as text and "
            "explanations are provided for individual units of text."
        ),
    )


class ClarifyExplainerConfig(AwsModel):
    """A member of ExplainerConfig that contains configuration parameters for the SageMaker..."""

    enable_explanations: ClarifyEnableExplanations | None = Field(
        None, description="A JMESPath boolean expression used to filter which records to explain."
    )
    inference_config: ClarifyInferenceConfig | None = Field(
        None, description="The inference configuration parameter for the model container."
    )
    shap_config: ClarifyShapConfig = Field(description="The configuration for SHAP analysis.")


class ExplainerConfig(AwsModel):
    """A member of CreateEndpointConfig that enables explainers."""

    clarify_explainer_config: ClarifyExplainerConfig | None = Field(
        None,
        description=(
            "A member of ExplainerConfig that contains configuration parameters for"
            " the SageMaker Clarify explainer."
        ),
    )


class MetricsConfig(AwsModel):
    """The configuration parameters for utilization metrics."""

    enable_enhanced_metrics: bool | None = Field(
        None, description="Specifies whether to enable enhanced metrics for the endpoint."
    )
    enable_detailed_observability: bool | None = Field(
        None, description="Indicates whether detailed observability is enabled for the endpoint."
    )
    metric_publish_frequency_in_seconds: int | None = Field(
        None,
        description=(
            "The interval, in seconds, at which metrics are published to Amazon CloudWatch."
        ),
    )


class CreateEndpointConfigRequest(AwsModel):
    """See SageMaker's API reference."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [EXAMPLES["CreateEndpointConfigRequest"]]}
    )

    endpoint_config_name: EndpointConfigName = Field(
        description="The name of the endpoint configuration."
    )
    production_variants: list[ProductionVariant] = Field(
        min_length=1,
        max_length=10,
        description=(
            "An array of ProductionVariant objects, one for each model that you "
            "want to host at this endpoint."
        ),
    )
    data_capture_config: DataCaptureConfig | None = Field(
        None, description="Configuration to control how SageMaker AI captures inference data."
    )
    tags: list[Tag] | None = Field(None, max_length=50, description="An array of key-value pairs.")
    kms_key_id: KmsKeyId | None = Field(
        None,
        description=(
            "The Amazon Resource Name (ARN) of a Amazon Web Services Key Management"
            " Service key that SageMaker uses to encrypt data on the storage volume"
            " attached to the..."
        ),
    )
    async_inference_config: AsyncInferenceConfig | None = Field(
        None,
        description=(
            "Specifies configuration for how an endpoint performs asynchronous inference."
        ),
    )
    explainer_config: ExplainerConfig | None = Field(
        None, description="A member of CreateEndpointConfig that enables explainers."
    )
    shadow_production_variants: list[ProductionVariant] | None = Field(
        None,
        min_length=1,
        max_length=10,
        description=(
            "An array of ProductionVariant objects, one for each model that you "
            "want to host at this endpoint in shadow mode with production traffic "
            "replicated from the..."
        ),
    )
    execution_role_arn: RoleArn | None = Field(
        None,
        description=(
            "The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker AI"
            " can assume to perform actions on your behalf."
        ),
    )
    vpc_config: VpcConfig | None = Field(
        None,
        description=(
            "Specifies an Amazon Virtual Private Cloud (VPC) that your SageMaker "
            "jobs, hosted models, and compute resources have access to."
        ),
    )
    enable_network_isolation: bool | None = Field(
        None,
        description=("Sets whether all model containers deployed to the endpoint are isolated."),
    )
    metrics_config: MetricsConfig | None = Field(
        None, description="The configuration parameters for utilization metrics."
    )


class CreateEndpointConfigResponse(AwsModel):
    """See SageMaker's API reference."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [EXAMPLES["CreateEndpointConfigResponse"]]}
    )

    endpoint_config_arn: EndpointConfigArn = Field(
        description="The Amazon Resource Name (ARN) of the endpoint configuration."
    )


class DescribeEndpointConfigRequest(AwsModel):
    """See SageMaker's API reference."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [EXAMPLES["DescribeEndpointConfigRequest"]]}
    )

    endpoint_config_name: EndpointConfigName = Field(
        description="The name of the endpoint configuration."
    )


class DescribeEndpointConfigResponse(AwsModel):
    """See SageMaker's API reference."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [EXAMPLES["DescribeEndpointConfigResponse"]]}
    )

    endpoint_config_name: EndpointConfigName = Field(
        description="Name of the SageMaker endpoint configuration."
    )
    endpoint_config_arn: EndpointConfigArn = Field(
        description="The Amazon Resource Name (ARN) of the endpoint configuration."
    )
    production_variants: list[ProductionVariant] = Field(
        min_length=1,
        max_length=10,
        description=(
            "An array of ProductionVariant objects, one for each model that you "
            "want to host at this endpoint."
        ),
    )
    data_capture_config: DataCaptureConfig | None = Field(
        None, description="Configuration to control how SageMaker AI captures inference data."
    )
    kms_key_id: KmsKeyId | None = Field(
        None,
        description=(
            "Amazon Web Services KMS key ID Amazon SageMaker uses to encrypt data "
            "when storing it on the ML storage volume attached to the instance."
        ),
    )
    creation_time: Timestamp = Field(
        description="A timestamp that shows when the endpoint configuration was created."
    )
    async_inference_config: AsyncInferenceConfig | None = Field(
        None,
        description=(
            "Returns the description of an endpoint configuration created using the"
            " CreateEndpointConfig API."
        ),
    )
    explainer_config: ExplainerConfig | None = Field(
        None, description="The configuration parameters for an explainer."
    )
    shadow_production_variants: list[ProductionVariant] | None = Field(
        None,
        min_length=1,
        max_length=10,
        description=(
            "An array of ProductionVariant objects, one for each model that you "
            "want to host at this endpoint in shadow mode with production traffic "
            "replicated from the..."
        ),
    )
    execution_role_arn: RoleArn | None = Field(
        None,
        description=(
            "The Amazon Resource Name (ARN) of the IAM role that you assigned to "
            "the endpoint configuration."
        ),
    )
    vpc_config: VpcConfig | None = Field(
        None,
        description=(
            "Specifies an Amazon Virtual Private Cloud (VPC) that your SageMaker "
            "jobs, hosted models, and compute resources have access to."
        ),
    )
    enable_network_isolation: bool | None = Field(
        None,
        description=(
            "Indicates whether all model containers deployed to the endpoint are isolated."
        ),
    )
    metrics_config: MetricsConfig | None = Field(
        None, description="The configuration parameters for utilization metrics."
    )


class DeleteEndpointConfigRequest(AwsModel):
    """See SageMaker's API reference."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [EXAMPLES["DeleteEndpointConfigRequest"]]}
    )

    endpoint_config_name: EndpointConfigName = Field(
        description="The name of the endpoint configuration that you want to delete."
    )


class CapacitySize(AwsModel):
    """Batch size for the first step to turn on traffic on the new endpoint fleet."""

    type: CapacitySizeType = Field(description="Specifies the endpoint capacity type.")
    value: CapacitySizeValue = Field(
        description=(
            "Defines the capacity size, either as a number of instances or a capacity percentage."
        )
    )


class TrafficRoutingConfig(AwsModel):
    """Defines the traffic routing strategy to shift traffic from the old fleet to the new..."""

    type: TrafficRoutingConfigType = Field(description="Traffic routing strategy type.")
    wait_interval_in_seconds: WaitIntervalInSeconds = Field(
        description=(
            "The waiting time (in seconds) between incremental steps to turn on "
            "traffic on the new endpoint fleet."
        )
    )
    canary_size: CapacitySize | None = Field(
        None,
        description=("Batch size for the first step to turn on traffic on the new endpoint fleet."),
    )
    linear_step_size: CapacitySize | None = Field(
        None, description="Batch size for each step to turn on traffic on the new endpoint fleet."
    )


class BlueGreenUpdatePolicy(AwsModel):
    """Update policy for a blue/green deployment."""

    traffic_routing_configuration: TrafficRoutingConfig = Field(
        description=(
            "Defines the traffic routing strategy to shift traffic from the old "
            "fleet to the new fleet during an endpoint deployment."
        )
    )
    termination_wait_in_seconds: TerminationWaitInSeconds | None = Field(
        None,
        description=(
            "Additional waiting time in seconds after the completion of an endpoint"
            " deployment before terminating the old endpoint fleet."
        ),
    )
    maximum_execution_timeout_in_seconds: MaximumExecutionTimeoutInSeconds | None = Field(
        None, description="Maximum execution timeout for the deployment."
    )


class RollingUpdatePolicy(AwsModel):
    """Specifies a rolling deployment strategy for updating a SageMaker endpoint."""

    maximum_batch_size: CapacitySize = Field(
        description=(
            "Batch size for each rolling step to provision capacity and turn on "
            "traffic on the new endpoint fleet, and terminate capacity on the old "
            "endpoint fleet."
        )
    )
    wait_interval_in_seconds: WaitIntervalInSeconds = Field(
        description=(
            "The length of the baking period, during which SageMaker monitors "
            "alarms for each batch on the new fleet."
        )
    )
    maximum_execution_timeout_in_seconds: MaximumExecutionTimeoutInSeconds | None = Field(
        None, description="The time limit for the total deployment."
    )
    rollback_maximum_batch_size: CapacitySize | None = Field(
        None, description="Batch size for rollback to the old endpoint fleet."
    )


class Alarm(AwsModel):
    """An Amazon CloudWatch alarm configured to monitor metrics on an endpoint."""

    alarm_name: AlarmName | None = Field(
        None, description="The name of a CloudWatch alarm in your account."
    )


class AutoRollbackConfig(AwsModel):
    """Automatic rollback configuration for handling endpoint deployment failures and recovery."""

    alarms: list[Alarm] | None = Field(
        None,
        min_length=1,
        max_length=10,
        description=(
            "List of CloudWatch alarms in your account that are configured to "
            "monitor metrics on an endpoint."
        ),
    )


class DeploymentConfig(AwsModel):
    """The deployment configuration for an endpoint, which contains the desired deployment..."""

    blue_green_update_policy: BlueGreenUpdatePolicy | None = Field(
        None, description="Update policy for a blue/green deployment."
    )
    rolling_update_policy: RollingUpdatePolicy | None = Field(
        None,
        description=("Specifies a rolling deployment strategy for updating a SageMaker endpoint."),
    )
    auto_rollback_configuration: AutoRollbackConfig | None = Field(
        None,
        description=(
            "Automatic rollback configuration for handling endpoint deployment "
            "failures and recovery."
        ),
    )


class CreateEndpointRequest(AwsModel):
    """See SageMaker's API reference."""

    model_config = ConfigDict(json_schema_extra={"examples": [EXAMPLES["CreateEndpointRequest"]]})

    endpoint_name: EndpointName = Field(
        description=(
            "The name of the endpoint.The name must be unique within an Amazon Web "
            "Services Region in your Amazon Web Services account."
        )
    )
    endpoint_config_name: EndpointConfigName = Field(
        description="The name of an endpoint configuration."
    )
    deployment_config: DeploymentConfig | None = Field(
        None,
        description=(
            "The deployment configuration for an endpoint, which contains the "
            "desired deployment strategy and rollback configurations."
        ),
    )
    tags: list[Tag] | None = Field(None, max_length=50, description="An array of key-value pairs.")


class CreateEndpointResponse(AwsModel):
    """See SageMaker's API reference."""

    model_config = ConfigDict(json_schema_extra={"examples": [EXAMPLES["CreateEndpointResponse"]]})

    endpoint_arn: EndpointArn = Field(description="The Amazon Resource Name (ARN) of the endpoint.")


class DescribeEndpointRequest(AwsModel):
    """See SageMaker's API reference."""

    model_config = ConfigDict(json_schema_extra={"examples": [EXAMPLES["DescribeEndpointRequest"]]})

    endpoint_name: EndpointName = Field(description="The name of the endpoint.")


class DeployedImage(AwsModel):
    """Gets the Amazon EC2 Container Registry path of the docker image of the model that is..."""

    specified_image: ContainerImage | None = Field(
        None, description="The image path you specified when you created the model."
    )
    resolved_image: ContainerImage | None = Field(
        None,
        description=("The specific digest path of the image hosted in this ProductionVariant."),
    )
    resolution_time: Timestamp | None = Field(
        None,
        description=(
            "The date and time when the image path for the model resolved to the ResolvedImage"
        ),
    )


class InstancePoolSummary(AwsModel):
    """A summary of an instance pool for a production variant, including the instance type..."""

    instance_type: ProductionVariantInstanceType = Field(
        description="The ML compute instance type for the instance pool."
    )
    current_instance_count: TaskCount = Field(
        description="The current number of instances of this type in the instance pool."
    )


class ProductionVariantStatus(AwsModel):
    """Describes the status of the production variant."""

    status: VariantStatus = Field(
        description=(
            "The endpoint variant status which describes the current deployment "
            "stage status or operational status."
        )
    )
    status_message: VariantStatusMessage | None = Field(
        None, description="A message that describes the status of the production variant."
    )
    start_time: Timestamp | None = Field(
        None, description="The start time of the current status change."
    )


class Ec2CapacityReservation(AwsModel):
    """The EC2 capacity reservations that are shared to an ML capacity reservation."""

    ec2_capacity_reservation_id: str | None = Field(
        None,
        description=(
            "The unique identifier for an EC2 capacity reservation that's part of "
            "the ML capacity reservation."
        ),
    )
    total_instance_count: TaskCount | None = Field(
        None,
        description=("The number of instances that you allocated to the EC2 capacity reservation."),
    )
    available_instance_count: TaskCount | None = Field(
        None,
        description=(
            "The number of instances that are currently available in the EC2 capacity reservation."
        ),
    )
    used_by_current_endpoint: TaskCount | None = Field(
        None,
        description=(
            "The number of instances from the EC2 capacity reservation that are "
            "being used by the endpoint."
        ),
    )


class ProductionVariantCapacityReservationSummary(AwsModel):
    """Settings for the capacity reservation for the compute instances that SageMaker AI..."""

    ml_reservation_arn: MlReservationArn | None = Field(
        None,
        description=(
            "The Amazon Resource Name (ARN) that uniquely identifies the ML "
            "capacity reservation that SageMaker AI applies when it deploys the "
            "endpoint."
        ),
    )
    capacity_reservation_preference: CapacityReservationPreference | None = Field(
        None, description="The option that you chose for the capacity reservation."
    )
    total_instance_count: TaskCount | None = Field(
        None,
        description=("The number of instances that you allocated to the ML capacity reservation."),
    )
    available_instance_count: TaskCount | None = Field(
        None,
        description=(
            "The number of instances that are currently available in the ML capacity reservation."
        ),
    )
    used_by_current_endpoint: TaskCount | None = Field(
        None,
        description=(
            "The number of instances from the ML capacity reservation that are "
            "being used by the endpoint."
        ),
    )
    ec2_capacity_reservations: list[Ec2CapacityReservation] | None = Field(
        None,
        description=(
            "The EC2 capacity reservations that are shared to this ML capacity reservation, if any."
        ),
    )


class ProductionVariantSummary(AwsModel):
    """Describes weight and capacities for a production variant associated with an endpoint."""

    variant_name: VariantName = Field(description="The name of the variant.")
    deployed_images: list[DeployedImage] | None = Field(
        None,
        description=(
            "An array of DeployedImage objects that specify the Amazon EC2 "
            "Container Registry paths of the inference images deployed on instances"
            " of this ProductionVariant."
        ),
    )
    current_weight: float | None = Field(
        None, description="The weight associated with the variant."
    )
    desired_weight: float | None = Field(
        None,
        description=(
            "The requested weight, as specified in the UpdateEndpointWeightsAndCapacities request."
        ),
    )
    current_instance_count: TaskCount | None = Field(
        None, description="The number of instances associated with the variant."
    )
    desired_instance_count: TaskCount | None = Field(
        None,
        description=(
            "The number of instances requested in the UpdateEndpointWeightsAndCapacities request."
        ),
    )
    instance_pools: list[InstancePoolSummary] | None = Field(
        None, min_length=1, description="A list of instance pools for the production variant."
    )
    variant_status: list[ProductionVariantStatus] | None = Field(
        None,
        max_length=5,
        description=(
            "The endpoint variant status which describes the current deployment "
            "stage status or operational status."
        ),
    )
    current_serverless_config: ProductionVariantServerlessConfig | None = Field(
        None, description="The serverless configuration for the endpoint."
    )
    desired_serverless_config: ProductionVariantServerlessConfig | None = Field(
        None, description="The serverless configuration requested for the endpoint update."
    )
    managed_instance_scaling: ProductionVariantManagedInstanceScaling | None = Field(
        None,
        description=(
            "Settings that control the range in the number of instances that the "
            "endpoint provisions as it scales up or down to accommodate traffic."
        ),
    )
    routing_config: ProductionVariantRoutingConfig | None = Field(
        None,
        description=(
            "Settings that control how the endpoint routes incoming traffic to the "
            "instances that the endpoint hosts."
        ),
    )
    capacity_reservation_config: ProductionVariantCapacityReservationSummary | None = Field(
        None,
        description=(
            "Settings for the capacity reservation for the compute instances that "
            "SageMaker AI reserves for an endpoint."
        ),
    )


class DataCaptureConfigSummary(AwsModel):
    """The currently active data capture configuration used by your Endpoint."""

    enable_capture: bool = Field(description="Whether data capture is enabled or disabled.")
    capture_status: CaptureStatus = Field(
        description="Whether data capture is currently functional."
    )
    current_sampling_percentage: SamplingPercentage = Field(
        description="The percentage of requests being captured by your Endpoint."
    )
    destination_s3_uri: DestinationS3Uri = Field(
        description="The Amazon S3 location being used to capture the data."
    )
    kms_key_id: KmsKeyId = Field(
        description="The KMS key being used to encrypt the data in Amazon S3."
    )


class PendingProductionVariantSummary(AwsModel):
    """The production variant summary for a deployment when an endpoint is creating or..."""

    variant_name: VariantName = Field(description="The name of the variant.")
    deployed_images: list[DeployedImage] | None = Field(
        None,
        description=(
            "An array of DeployedImage objects that specify the Amazon EC2 "
            "Container Registry paths of the inference images deployed on instances"
            " of this ProductionVariant."
        ),
    )
    current_weight: float | None = Field(
        None, description="The weight associated with the variant."
    )
    desired_weight: float | None = Field(
        None,
        description=(
            "The requested weight for the variant in this deployment, as specified "
            "in the endpoint configuration for the endpoint."
        ),
    )
    current_instance_count: TaskCount | None = Field(
        None, description="The number of instances associated with the variant."
    )
    desired_instance_count: TaskCount | None = Field(
        None,
        description=(
            "The number of instances requested in this deployment, as specified in "
            "the endpoint configuration for the endpoint."
        ),
    )
    instance_type: ProductionVariantInstanceType | None = Field(
        None, description="The type of instances associated with the variant."
    )
    instance_pools: list[InstancePoolSummary] | None = Field(
        None, min_length=1, description="A list of instance pools for the production variant."
    )
    accelerator_type: ProductionVariantAcceleratorType | None = Field(
        None, description="This parameter is no longer supported."
    )
    variant_status: list[ProductionVariantStatus] | None = Field(
        None,
        max_length=5,
        description=(
            "The endpoint variant status which describes the current deployment "
            "stage status or operational status."
        ),
    )
    current_serverless_config: ProductionVariantServerlessConfig | None = Field(
        None, description="The serverless configuration for the endpoint."
    )
    desired_serverless_config: ProductionVariantServerlessConfig | None = Field(
        None,
        description=(
            "The serverless configuration requested for this deployment, as "
            "specified in the endpoint configuration for the endpoint."
        ),
    )
    managed_instance_scaling: ProductionVariantManagedInstanceScaling | None = Field(
        None,
        description=(
            "Settings that control the range in the number of instances that the "
            "endpoint provisions as it scales up or down to accommodate traffic."
        ),
    )
    routing_config: ProductionVariantRoutingConfig | None = Field(
        None,
        description=(
            "Settings that control how the endpoint routes incoming traffic to the "
            "instances that the endpoint hosts."
        ),
    )


class PendingDeploymentSummary(AwsModel):
    """Returns the summary of an in-progress deployment."""

    endpoint_config_name: EndpointConfigName = Field(
        description="The name of the endpoint configuration used in the deployment."
    )
    production_variants: list[PendingProductionVariantSummary] | None = Field(
        None,
        min_length=1,
        description=(
            "An array of PendingProductionVariantSummary objects, one for each "
            "model hosted behind this endpoint for the in-progress deployment."
        ),
    )
    start_time: Timestamp | None = Field(None, description="The start time of the deployment.")
    shadow_production_variants: list[PendingProductionVariantSummary] | None = Field(
        None,
        min_length=1,
        description=(
            "An array of PendingProductionVariantSummary objects, one for each "
            "model hosted behind this endpoint in shadow mode with production "
            "traffic replicated from..."
        ),
    )


class DescribeEndpointResponse(AwsModel):
    """See SageMaker's API reference."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [EXAMPLES["DescribeEndpointResponse"]]}
    )

    endpoint_name: EndpointName = Field(description="Name of the endpoint.")
    endpoint_arn: EndpointArn = Field(description="The Amazon Resource Name (ARN) of the endpoint.")
    endpoint_config_name: EndpointConfigName | None = Field(
        None, description="The name of the endpoint configuration associated with this endpoint."
    )
    production_variants: list[ProductionVariantSummary] | None = Field(
        None,
        min_length=1,
        description=(
            "An array of ProductionVariantSummary objects, one for each model "
            "hosted behind this endpoint."
        ),
    )
    data_capture_config: DataCaptureConfigSummary | None = Field(
        None, description="The currently active data capture configuration used by your Endpoint."
    )
    endpoint_status: EndpointStatus = Field(description="The status of the endpoint.")
    failure_reason: FailureReason | None = Field(
        None, description="If the status of the endpoint is Failed, the reason why it failed."
    )
    creation_time: Timestamp = Field(
        description="A timestamp that shows when the endpoint was created."
    )
    last_modified_time: Timestamp = Field(
        description="A timestamp that shows when the endpoint was last modified."
    )
    last_deployment_config: DeploymentConfig | None = Field(
        None, description="The most recent deployment configuration for the endpoint."
    )
    async_inference_config: AsyncInferenceConfig | None = Field(
        None,
        description=(
            "Returns the description of an endpoint configuration created using the"
            " CreateEndpointConfig API."
        ),
    )
    pending_deployment_summary: PendingDeploymentSummary | None = Field(
        None, description="Returns the summary of an in-progress deployment."
    )
    explainer_config: ExplainerConfig | None = Field(
        None, description="The configuration parameters for an explainer."
    )
    shadow_production_variants: list[ProductionVariantSummary] | None = Field(
        None,
        min_length=1,
        description=(
            "An array of ProductionVariantSummary objects, one for each model that "
            "you want to host at this endpoint in shadow mode with production "
            "traffic replicated..."
        ),
    )
    metrics_config: MetricsConfig | None = Field(
        None, description="The configuration parameters for utilization metrics."
    )


class DeleteEndpointRequest(AwsModel):
    """See SageMaker's API reference."""

    model_config = ConfigDict(json_schema_extra={"examples": [EXAMPLES["DeleteEndpointRequest"]]})

    endpoint_name: EndpointName = Field(
        description="The name of the endpoint that you want to delete."
    )


class ListEndpointsRequest(AwsModel):
    """See SageMaker's API reference."""

    model_config = ConfigDict(json_schema_extra={"examples": [EXAMPLES["ListEndpointsRequest"]]})

    sort_by: EndpointSortKey | None = Field(None, description="Sorts the list of results.")
    sort_order: OrderKey | None = Field(None, description="The sort order for results.")
    next_token: PaginationToken | None = Field(
        None,
        description=(
            "If the result of a ListEndpoints request was truncated, the response "
            "includes a NextToken."
        ),
    )
    max_results: MaxResults | None = Field(
        None, description="The maximum number of endpoints to return in the response."
    )
    name_contains: EndpointNameContains | None = Field(
        None, description="A string in endpoint names."
    )
    creation_time_before: Timestamp | None = Field(
        None,
        description=(
            "A filter that returns only endpoints that were created before the "
            "specified time (timestamp)."
        ),
    )
    creation_time_after: Timestamp | None = Field(
        None,
        description=(
            "A filter that returns only endpoints with a creation time greater than"
            " or equal to the specified time (timestamp)."
        ),
    )
    last_modified_time_before: Timestamp | None = Field(
        None,
        description=(
            "A filter that returns only endpoints that were modified before the "
            "specified timestamp."
        ),
    )
    last_modified_time_after: Timestamp | None = Field(
        None,
        description=(
            "A filter that returns only endpoints that were modified after the specified timestamp."
        ),
    )
    status_equals: EndpointStatus | None = Field(
        None, description="A filter that returns only endpoints with the specified status."
    )


class EndpointSummary(AwsModel):
    """Provides summary information for an endpoint."""

    endpoint_name: EndpointName = Field(description="The name of the endpoint.")
    endpoint_arn: EndpointArn = Field(description="The Amazon Resource Name (ARN) of the endpoint.")
    creation_time: Timestamp = Field(
        description="A timestamp that shows when the endpoint was created."
    )
    last_modified_time: Timestamp = Field(
        description="A timestamp that shows when the endpoint was last modified."
    )
    endpoint_status: EndpointStatus = Field(description="The status of the endpoint.")


class ListEndpointsResponse(AwsModel):
    """See SageMaker's API reference."""

    model_config = ConfigDict(json_schema_extra={"examples": [EXAMPLES["ListEndpointsResponse"]]})

    endpoints: list[EndpointSummary] = Field(description="An array or endpoint objects.")
    next_token: PaginationToken | None = Field(
        None, description="If the response is truncated, SageMaker returns this token."
    )


# --- ListModels, ListEndpointConfigs, UpdateEndpoint ------------------------------------------

ModelSortKey = Literal["Name", "CreationTime"]
EndpointConfigSortKey = Literal["Name", "CreationTime"]
ModelNameContains = Annotated[str, Field(max_length=63, pattern=r"^[a-zA-Z0-9-]+$")]
EndpointConfigNameContains = Annotated[str, Field(max_length=63, pattern=r"^[a-zA-Z0-9-]+$")]
VariantPropertyType = Literal["DesiredInstanceCount", "DesiredWeight", "DataCaptureConfig"]

_ARN = "arn:aws:sagemaker:us-east-1:123456789012"


class ListModelsRequest(AwsModel):
    """The body of ListModels."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"SortBy": "CreationTime", "SortOrder": "Descending", "MaxResults": 10}]
        }
    )

    sort_by: ModelSortKey | None = Field(
        None, description="Sorts the list of results (default CreationTime)."
    )
    sort_order: OrderKey | None = Field(
        None, description="The sort order for results (default Descending)."
    )
    next_token: PaginationToken | None = Field(
        None, description="The token of the next page, from a truncated previous answer."
    )
    max_results: MaxResults | None = Field(
        None, description="The maximum number of models to return in the response."
    )
    name_contains: ModelNameContains | None = Field(
        None, description="Only models whose name contains this string."
    )
    creation_time_before: Timestamp | None = Field(
        None, description="Only models created before this time."
    )
    creation_time_after: Timestamp | None = Field(
        None, description="Only models created after this time."
    )


class ModelSummary(AwsModel):
    """Provides summary information about a model."""

    model_name: ModelName = Field(description="The name of the model that you want a summary for.")
    model_arn: ModelArn = Field(description="The Amazon Resource Name (ARN) of the model.")
    creation_time: Timestamp = Field(
        description="A timestamp that indicates when the model was created."
    )


class ListModelsResponse(AwsModel):
    """A page of ListModels."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "Models": [
                        {
                            "ModelName": "fraud-xgboost",
                            "ModelArn": f"{_ARN}:model/fraud-xgboost",
                            "CreationTime": "2026-01-10T12:40:00Z",
                        }
                    ]
                }
            ]
        }
    )

    models: list[ModelSummary] = Field(description="An array of ModelSummary objects.")
    next_token: PaginationToken | None = Field(
        None, description="The token for the next page, when the list was truncated."
    )


class ListEndpointConfigsRequest(AwsModel):
    """The body of ListEndpointConfigs."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"NameContains": "fraud", "MaxResults": 10}]}
    )

    sort_by: EndpointConfigSortKey | None = Field(
        None, description="The field to sort results by (default CreationTime)."
    )
    sort_order: OrderKey | None = Field(
        None, description="The sort order for results (default Descending)."
    )
    next_token: PaginationToken | None = Field(
        None, description="The token of the next page, from a truncated previous answer."
    )
    max_results: MaxResults | None = Field(
        None, description="The maximum number of endpoint configurations to return."
    )
    name_contains: EndpointConfigNameContains | None = Field(
        None, description="Only endpoint configurations whose name contains this string."
    )
    creation_time_before: Timestamp | None = Field(
        None, description="Only endpoint configurations created before this time."
    )
    creation_time_after: Timestamp | None = Field(
        None, description="Only endpoint configurations created after this time."
    )


class EndpointConfigSummary(AwsModel):
    """Provides summary information for an endpoint configuration."""

    endpoint_config_name: EndpointConfigName = Field(
        description="The name of the endpoint configuration."
    )
    endpoint_config_arn: EndpointConfigArn = Field(
        description="The Amazon Resource Name (ARN) of the endpoint configuration."
    )
    creation_time: Timestamp = Field(
        description="A timestamp that shows when the endpoint configuration was created."
    )


class ListEndpointConfigsResponse(AwsModel):
    """A page of ListEndpointConfigs."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "EndpointConfigs": [
                        {
                            "EndpointConfigName": "fraud-xgboost-config",
                            "EndpointConfigArn": f"{_ARN}:endpoint-config/fraud-xgboost-config",
                            "CreationTime": "2026-01-10T12:40:01Z",
                        }
                    ]
                }
            ]
        }
    )

    endpoint_configs: list[EndpointConfigSummary] = Field(
        description="An array of endpoint configurations."
    )
    next_token: PaginationToken | None = Field(
        None, description="The token for the next page, when the list was truncated."
    )


class VariantProperty(AwsModel):
    """A variant property to keep from the endpoint's current configuration on an update."""

    variant_property_type: VariantPropertyType = Field(
        description="The type of the variant property (kept from the current configuration)."
    )


class UpdateEndpointRequest(AwsModel):
    """The body of UpdateEndpoint: deploy another endpoint configuration to the endpoint."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"EndpointName": "fraud-xgboost", "EndpointConfigName": "fraud-xgboost-config-2"}
            ]
        }
    )

    endpoint_name: EndpointName = Field(description="The name of the endpoint to update.")
    endpoint_config_name: EndpointConfigName = Field(
        description="The name of the new endpoint configuration."
    )
    retain_all_variant_properties: bool | None = Field(
        None,
        description="Keep the variants' instance counts and weights (openamt keeps no others).",
    )
    exclude_retained_variant_properties: list[VariantProperty] | None = Field(
        None, max_length=3, description="Variant properties not to keep, with the above."
    )
    deployment_config: DeploymentConfig | None = Field(
        None, description="The deployment policy (not supported by openamt)."
    )
    retain_deployment_config: bool | None = Field(
        None, description="Keep the endpoint's last deployment configuration."
    )


class UpdateEndpointResponse(AwsModel):
    """The answer of UpdateEndpoint."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"EndpointArn": f"{_ARN}:endpoint/fraud-xgboost"}]}
    )

    endpoint_arn: EndpointArn = Field(description="The Amazon Resource Name (ARN) of the endpoint.")
