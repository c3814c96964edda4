"""What openamt adds to botocore's SageMaker model when `make schemas` generates the wire models.

Everything else in app/wire/sagemaker.py comes from botocore: members, requiredness, enums,
bounds, patterns, descriptions (each member's first sentence). This is the one place for
openamt's own: which operations it serves, its shorter class names, its wider S3 patterns,
the members it does not support, and its examples. Its own descriptions, where they differ
from botocore's first sentence, are text: descriptions.toml beside this file.
"""

from __future__ import annotations

from typing import Any

from app.wire.examples import serving, tags, training, tuning

# The operations openamt serves (app/api/aws/sagemaker.py registers each): their input and
# output shapes, and every shape they reach, are generated; nothing else is.
OPERATIONS = [
    "CreateHyperParameterTuningJob",
    "DescribeHyperParameterTuningJob",
    "ListHyperParameterTuningJobs",
    "ListTrainingJobsForHyperParameterTuningJob",
    "StopHyperParameterTuningJob",
    "DeleteHyperParameterTuningJob",
    "DescribeTrainingJob",
    "ListTrainingJobs",
    "CreateTrainingJob",
    "StopTrainingJob",
    "DeleteTrainingJob",
    "AddTags",
    "ListTags",
    "DeleteTags",
    "CreateModel",
    "DescribeModel",
    "DeleteModel",
    "ListModels",
    "CreateEndpointConfig",
    "DescribeEndpointConfig",
    "DeleteEndpointConfig",
    "ListEndpointConfigs",
    "CreateEndpoint",
    "DescribeEndpoint",
    "DeleteEndpoint",
    "ListEndpoints",
    "UpdateEndpoint",
]

# openamt's class names, where botocore's differ. An operation's XInput and XOutput shapes
# need no entry: they are XRequest and XResponse. Two names swap meaning on the way:
# tuning's AlgorithmSpecification is botocore's HyperParameterAlgorithmSpecification (and
# botocore's AlgorithmSpecification is TrainingAlgorithmSpecification), tuning's
# TrainingJobSummary is HyperParameterTrainingJobSummary (and botocore's TrainingJobSummary
# is TrainingJobListSummary).
CLASS_NAMES = {
    "CreateHyperParameterTuningJobRequest": "CreateTuningJobRequest",
    "CreateHyperParameterTuningJobResponse": "CreateTuningJobResponse",
    "DescribeHyperParameterTuningJobRequest": "DescribeTuningJobRequest",
    "DescribeHyperParameterTuningJobResponse": "DescribeTuningJobResponse",
    "ListHyperParameterTuningJobsRequest": "ListTuningJobsRequest",
    "ListHyperParameterTuningJobsResponse": "ListTuningJobsResponse",
    "ListTrainingJobsForHyperParameterTuningJobRequest": "ListTrainingJobsForTuningJobRequest",
    "ListTrainingJobsForHyperParameterTuningJobResponse": "ListTrainingJobsForTuningJobResponse",
    "StopHyperParameterTuningJobRequest": "StopTuningJobRequest",
    "DeleteHyperParameterTuningJobRequest": "DeleteTuningJobRequest",
    "HyperParameterTuningJobConfig": "TuningJobConfig",
    "HyperParameterTuningJobStrategyConfig": "StrategyConfig",
    "HyperParameterTuningJobObjective": "TuningObjective",
    "TuningJobCompletionCriteria": "CompletionCriteria",
    "HyperParameterTrainingJobDefinition": "TrainingJobDefinition",
    "HyperParameterAlgorithmSpecification": "AlgorithmSpecification",
    "HyperParameterTuningResourceConfig": "TuningResourceConfig",
    "HyperParameterTuningInstanceConfig": "TuningInstanceConfig",
    "HyperParameterTuningJobWarmStartConfig": "WarmStartConfig",
    "ParentHyperParameterTuningJob": "ParentTuningJob",
    "HyperParameterTrainingJobSummary": "TrainingJobSummary",
    "FinalHyperParameterTuningJobObjectiveMetric": "FinalObjectiveMetric",
    "HyperParameterTuningJobCompletionDetails": "TuningJobCompletionDetails",
    "HyperParameterTuningJobConsumedResources": "ConsumedResources",
    "HyperParameterTuningJobSummary": "TuningJobSummary",
    "AlgorithmSpecification": "TrainingAlgorithmSpecification",
    "TrainingJobSummary": "TrainingJobListSummary",
}

# Attribute names where snake-casing the member name splits a word openamt keeps whole.
ATTRIBUTE_NAMES = {
    "EnableSageMakerMetricsTimeSeries": "enable_sagemaker_metrics_time_series",
    "Ec2CapacityReservations": "ec2_capacity_reservations",
    "Ec2CapacityReservationId": "ec2_capacity_reservation_id",
}

# Bodies of the REST door whose path carries a member: the operation's input without it.
PATH_BODIES = {
    "EndpointUpdate": ("UpdateEndpointInput", ["EndpointName"]),  # PUT /v1/endpoints/{name}
}

# Patterns taken in place of botocore's (anchored, as generated patterns are).
PATTERNS = {
    # AWS allows https:// and s3://; openamt also takes file:// so data on this machine needs
    # no object store (confined to OPENAMT_ALLOWED_PATHS by the storage layer).
    r"(https|s3)://([^/]+)/?(.*)": r"^(https|s3|file)://([^/]*)/?(.*)$",
    # Java's \p{Alnum} (which neither Rust's regex nor Python's re knows) is ASCII [a-zA-Z0-9].
    r"arn:[\p{Alnum}\-]+:lambda:[\p{Alnum}\-]+:[0-9]{12}:function:.*": (
        r"^arn:[a-zA-Z0-9\-]+:lambda:[a-zA-Z0-9\-]+:[0-9]{12}:function:.*$"
    ),
}

# Members openamt does not support: their descriptions say so. The wire model takes each (it
# is SageMaker's member, and SageMaker's clients send some unasked); most are left unheeded,
# and the services refuse the few whose silence would mislead (ServerlessJobConfig and an
# enabled RemoteDebugConfig in app/training/standalone.py, DeploymentConfig in
# app/serving/updates.py).
NOT_SUPPORTED = {
    "CreateTrainingJobRequest": [
        "DebugHookConfig",
        "TensorBoardOutputConfig",
        "ProfilerRuleConfigurations",
        "RemoteDebugConfig",
        "ServerlessJobConfig",
        "MlflowConfig",
        "ModelPackageConfig",
    ],
    "UpdateEndpointInput": ["DeploymentConfig"],
}
NOT_SUPPORTED_NOTE = "not supported by openamt"

# Every operation's request and response carries an example in the OpenAPI document.
EXAMPLES: dict[str, dict[str, Any]] = {
    **tuning.EXAMPLES,
    **training.EXAMPLES,
    **tags.EXAMPLES,
    **serving.EXAMPLES,
}
