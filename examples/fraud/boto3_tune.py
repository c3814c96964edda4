"""The fraud-detection tuning job through boto3's unmodified SageMaker client.

    python examples/fraud/make_data.py
    python examples/fraud/boto3_tune.py [--endpoint http://127.0.0.1:8000] [--name fraud-boto3]

Prints the best training job, its validation:auc and its model; exits 1 if the job failed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import boto3


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--endpoint", default=os.environ.get("OPENAMT_ENDPOINT", "http://127.0.0.1:8000")
    )
    parser.add_argument("--name", default="fraud-boto3")
    args = parser.parse_args()

    sagemaker = boto3.client(
        "sagemaker",
        endpoint_url=args.endpoint,
        region_name="us-east-1",
        # botocore requires credentials; openamt checks them only when authentication is on.
        aws_access_key_id=os.environ.get("AWS_ACCESS_KEY_ID", "openamt"),
        aws_secret_access_key=os.environ.get("AWS_SECRET_ACCESS_KEY", "openamt"),
    )
    body = json.loads((Path(__file__).parent / "tuning-job.json").read_text())
    body["HyperParameterTuningJobName"] = args.name
    sagemaker.create_hyper_parameter_tuning_job(**body)

    while True:  # SageMaker has no waiter for tuning jobs
        job = sagemaker.describe_hyper_parameter_tuning_job(HyperParameterTuningJobName=args.name)
        if job["HyperParameterTuningJobStatus"] in ("Completed", "Failed", "Stopped"):
            break
        time.sleep(1)
    print(f"{args.name}: {job['HyperParameterTuningJobStatus']}")
    if job["HyperParameterTuningJobStatus"] == "Failed":
        print(job.get("FailureReason", ""), file=sys.stderr)
        return 1

    best = job["BestTrainingJob"]
    training = sagemaker.describe_training_job(TrainingJobName=best["TrainingJobName"])
    metric = best["FinalHyperParameterTuningJobObjectiveMetric"]
    print(f"best: {best['TrainingJobName']} {metric['MetricName']}={metric['Value']:.4f}")
    print(f"hyperparameters: {best['TunedHyperParameters']}")
    print(f"model: {training['ModelArtifacts']['S3ModelArtifacts']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
