"""The examples of the tuning wire models, as the OpenAPI document shows them (by class name)."""

from __future__ import annotations

from typing import Any

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
# The fraud data's two channels (the training examples show them too).
CHANNELS: list[dict[str, Any]] = [
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
]
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
    "InputDataConfig": CHANNELS,
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
CREATE_TUNING_JOB_RESPONSE_EXAMPLE: dict[str, Any] = {"HyperParameterTuningJobArn": _EXAMPLE_ARN}
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

EXAMPLES: dict[str, dict[str, Any]] = {
    "CreateTuningJobRequest": CREATE_TUNING_JOB_EXAMPLE,
    "CreateTuningJobResponse": CREATE_TUNING_JOB_RESPONSE_EXAMPLE,
    "DescribeTuningJobResponse": DESCRIBE_TUNING_JOB_EXAMPLE,
    "ListTuningJobsResponse": LIST_TUNING_JOBS_EXAMPLE,
    "ListTrainingJobsForTuningJobResponse": LIST_TRAINING_JOBS_FOR_TUNING_JOB_EXAMPLE,
    "DescribeTuningJobRequest": {"HyperParameterTuningJobName": _EXAMPLE_NAME},
    "StopTuningJobRequest": {"HyperParameterTuningJobName": _EXAMPLE_NAME},
    "DeleteTuningJobRequest": {"HyperParameterTuningJobName": _EXAMPLE_NAME},
    "ListTuningJobsRequest": {
        "MaxResults": 10,
        "SortBy": "CreationTime",
        "SortOrder": "Descending",
        "NameContains": "fraud",
        "CreationTimeAfter": "2026-01-10T00:00:00Z",
        "StatusEquals": "Completed",
    },
    "ListTrainingJobsForTuningJobRequest": {
        "HyperParameterTuningJobName": _EXAMPLE_NAME,
        "MaxResults": 3,
        "SortBy": "FinalObjectiveMetricValue",
        "SortOrder": "Descending",
    },
}
