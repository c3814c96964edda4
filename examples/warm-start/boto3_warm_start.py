"""Warm start through boto3: a first tuning job, then a second that starts from it.

    python examples/warm-start/boto3_warm_start.py [--endpoint http://127.0.0.1:8000]

The first job (`<name>-parent`) is the script-mode example (examples/script-mode): Random
search, 6 training jobs. The second (`<name>`) is a warm start of type
IdenticalDataAndAlgorithm: Bayesian search over the same ranges, whose model already knows
the parent's 6 results; Describe then reports OverallBestTrainingJob, the best over both.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import boto3

SCRIPT_MODE = Path(__file__).resolve().parent.parent / "script-mode"


def wait(sagemaker: Any, name: str) -> dict[str, Any]:
    while True:  # SageMaker has no waiter for tuning jobs
        job = sagemaker.describe_hyper_parameter_tuning_job(HyperParameterTuningJobName=name)
        if job["HyperParameterTuningJobStatus"] in ("Completed", "Failed", "Stopped"):
            print(f"{name}: {job['HyperParameterTuningJobStatus']}")
            return dict(job)
        time.sleep(1)


def score(summary: dict[str, Any]) -> str:
    metric = summary["FinalHyperParameterTuningJobObjectiveMetric"]
    return f"{summary['TrainingJobName']} {metric['MetricName']}={metric['Value']:.4f}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--endpoint", default=os.environ.get("OPENAMT_ENDPOINT", "http://127.0.0.1:8000")
    )
    parser.add_argument("--name", default="warm-start")
    args = parser.parse_args()
    sagemaker = boto3.client(
        "sagemaker",
        endpoint_url=args.endpoint,
        region_name="us-east-1",
        aws_access_key_id=os.environ.get("AWS_ACCESS_KEY_ID", "openamt"),
        aws_secret_access_key=os.environ.get("AWS_SECRET_ACCESS_KEY", "openamt"),
    )
    body = json.loads((SCRIPT_MODE / "tuning-job.json").read_text())
    static = body["TrainingJobDefinition"]["StaticHyperParameters"]
    static["sagemaker_submit_directory"] = f"file://{SCRIPT_MODE}"

    parent = copy.deepcopy(body)
    parent["HyperParameterTuningJobName"] = f"{args.name}-parent"
    parent["HyperParameterTuningJobConfig"]["Strategy"] = "Random"
    sagemaker.create_hyper_parameter_tuning_job(**parent)
    first = wait(sagemaker, parent["HyperParameterTuningJobName"])
    if first["HyperParameterTuningJobStatus"] != "Completed":
        print(first.get("FailureReason", ""), file=sys.stderr)
        return 1
    print(f"parent's best: {score(first['BestTrainingJob'])}")

    child = copy.deepcopy(body)
    child["HyperParameterTuningJobName"] = args.name
    child["HyperParameterTuningJobConfig"]["ResourceLimits"]["MaxNumberOfTrainingJobs"] = 4
    child["WarmStartConfig"] = {
        "ParentHyperParameterTuningJobs": [
            {"HyperParameterTuningJobName": parent["HyperParameterTuningJobName"]}
        ],
        "WarmStartType": "IdenticalDataAndAlgorithm",
    }
    sagemaker.create_hyper_parameter_tuning_job(**child)
    second = wait(sagemaker, args.name)
    if second["HyperParameterTuningJobStatus"] != "Completed":
        print(second.get("FailureReason", ""), file=sys.stderr)
        return 1
    print(f"own best: {score(second['BestTrainingJob'])}")
    print(f"overall best: {score(second['OverallBestTrainingJob'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
