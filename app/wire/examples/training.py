"""The examples of the training wire models, as the OpenAPI document shows them (by class name)."""

from __future__ import annotations

from typing import Any

from app.wire.examples.tuning import CHANNELS

# The best training job of the tuning example (tuning.py), as DescribeTrainingJob shows it.
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
        {**channel, "CompressionType": "None", "RecordWrapperType": "None"} for channel in CHANNELS
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

EXAMPLES: dict[str, dict[str, Any]] = {
    "DescribeTrainingJobResponse": DESCRIBE_TRAINING_JOB_EXAMPLE,
    "ListTrainingJobsResponse": LIST_TRAINING_JOBS_EXAMPLE,
    "DescribeTrainingJobRequest": {"TrainingJobName": _EXAMPLE_JOB},
    "ListTrainingJobsRequest": {
        "MaxResults": 20,
        "NameContains": "fraud",
        "StatusEquals": "Completed",
        "SortBy": "CreationTime",
        "SortOrder": "Descending",
        "LastModifiedTimeAfter": "2026-01-10T12:00:00Z",
    },
    "CreateTrainingJobRequest": CREATE_TRAINING_JOB_EXAMPLE,
    "CreateTrainingJobResponse": {
        "TrainingJobArn": (
            f"arn:aws:sagemaker:us-east-1:123456789012:training-job/{_CREATE_EXAMPLE_JOB}"
        )
    },
    "StopTrainingJobRequest": {"TrainingJobName": _CREATE_EXAMPLE_JOB},
    "DeleteTrainingJobRequest": {"TrainingJobName": _CREATE_EXAMPLE_JOB},
}
