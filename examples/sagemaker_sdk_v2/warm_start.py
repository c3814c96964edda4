"""Warm start with the SageMaker Python SDK v2: a tuning job over SageMaker's built-in XGBoost
(the generic Estimator with the image from `sagemaker.image_uris.retrieve`), then two children
that start from it: `identical_dataset_and_algorithm_tuner()` (same data and image) and
`transfer_learning_tuner()` (here with more boosting rounds).

Nothing here is openamt's: see README.md beside this file for the environment. It ends by
printing one JSON line: each tuning job's name, status, warm-start config and best job.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import sagemaker
from data import write_csv_data  # the example's own data, beside this file
from sagemaker.estimator import Estimator
from sagemaker.inputs import TrainingInput
from sagemaker.tuner import ContinuousParameter, HyperparameterTuner, IntegerParameter

ROLE = "arn:aws:iam::123456789012:role/SageMakerRole"


def summary(tuner: HyperparameterTuner) -> dict[str, Any]:
    description = tuner.describe()
    warm_start = description.get("WarmStartConfig") or {}
    parents = warm_start.get("ParentHyperParameterTuningJobs", [])
    objective = description["BestTrainingJob"]["FinalHyperParameterTuningJobObjectiveMetric"]
    return {
        "tuning_job": description["HyperParameterTuningJobName"],
        "status": description["HyperParameterTuningJobStatus"],
        "warm_start_type": warm_start.get("WarmStartType"),
        "parents": [parent["HyperParameterTuningJobName"] for parent in parents],
        "best_training_job": tuner.best_training_job(),
        "best_objective": objective["Value"],
        "overall_best_training_job": (description.get("OverallBestTrainingJob") or {}).get(
            "TrainingJobName"
        ),
        "training_jobs": len(tuner.analytics().dataframe()),
    }


def main() -> None:
    session = sagemaker.Session()
    bucket = session.default_bucket()
    prefix = "sdk-v2/warm-start"

    with tempfile.TemporaryDirectory() as local:
        write_csv_data(Path(local))
        train = session.upload_data(f"{local}/train", bucket=bucket, key_prefix=f"{prefix}/train")
        validation = session.upload_data(
            f"{local}/validation", bucket=bucket, key_prefix=f"{prefix}/validation"
        )
    inputs = {
        "train": TrainingInput(train, content_type="text/csv"),
        "validation": TrainingInput(validation, content_type="text/csv"),
    }

    image = sagemaker.image_uris.retrieve("xgboost", session.boto_region_name, version="1.7-1")
    estimator = Estimator(
        image_uri=image,
        role=ROLE,
        instance_count=1,
        instance_type="ml.m5.xlarge",
        output_path=f"s3://{bucket}/{prefix}/output",
        sagemaker_session=session,
    )
    estimator.set_hyperparameters(objective="binary:logistic", eval_metric="auc", num_round=15)
    parent = HyperparameterTuner(
        estimator=estimator,
        objective_metric_name="validation:auc",
        hyperparameter_ranges={
            "max_depth": IntegerParameter(2, 6),
            "eta": ContinuousParameter(0.05, 0.5),
        },
        max_jobs=4,
        max_parallel_jobs=2,
        base_tuning_job_name="sdk-v2-parent",
    )
    parent.fit(inputs)

    # The SDK names a tuning job after its base name and the minute: each child gets its own.
    identical = parent.identical_dataset_and_algorithm_tuner()
    identical.base_tuning_job_name = "sdk-v2-identical"
    identical.fit(inputs)

    # Transfer learning may change the algorithm's static settings: more boosting rounds here.
    longer = Estimator(
        image_uri=image,
        role=ROLE,
        instance_count=1,
        instance_type="ml.m5.xlarge",
        output_path=f"s3://{bucket}/{prefix}/output",
        sagemaker_session=session,
    )
    longer.set_hyperparameters(objective="binary:logistic", eval_metric="auc", num_round=25)
    transfer = parent.transfer_learning_tuner(estimator=longer)
    transfer.base_tuning_job_name = "sdk-v2-transfer"
    transfer.fit(inputs)

    print(json.dumps([summary(t) for t in (parent, identical, transfer)], default=str))


if __name__ == "__main__":
    main()
