"""Hyperparameter tuning with the SageMaker Python SDK v2, as the study guide writes it:
the framework XGBoost estimator runs train.py, HyperparameterTuner searches max_depth, eta,
gamma and subsample for the best validation:auc, and the best model is deployed and asked for
predictions.

Nothing here is openamt's: pointed at openamt, the same code runs with only the environment
changed (see README.md beside this file):

    AWS_ENDPOINT_URL=http://127.0.0.1:8000 AWS_ACCESS_KEY_ID=x AWS_SECRET_ACCESS_KEY=x \
    AWS_DEFAULT_REGION=us-east-1 SAGEMAKER_USER_CONFIG_OVERRIDE=config.yaml python tune.py

It ends by printing one JSON line: the tuning job, its best training job, the analytics
frame, the best job's metric series and the endpoint's predictions.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import sagemaker
from data import write_csv_data  # the example's own data, beside this file
from sagemaker.serializers import CSVSerializer
from sagemaker.tuner import ContinuousParameter, HyperparameterTuner, IntegerParameter
from sagemaker.xgboost import XGBoost

ROLE = "arn:aws:iam::123456789012:role/SageMakerRole"
HERE = Path(__file__).resolve().parent


def main() -> None:
    session = sagemaker.Session()
    bucket = session.default_bucket()
    prefix = "sdk-v2/xgboost"

    with tempfile.TemporaryDirectory() as local:
        rows = write_csv_data(Path(local))
        train = session.upload_data(f"{local}/train", bucket=bucket, key_prefix=f"{prefix}/train")
        validation = session.upload_data(
            f"{local}/validation", bucket=bucket, key_prefix=f"{prefix}/validation"
        )

    estimator = XGBoost(
        entry_point="train.py",
        source_dir=str(HERE),
        framework_version="1.7-1",
        py_version="py3",
        role=ROLE,
        instance_count=1,
        instance_type="ml.m5.xlarge",
        output_path=f"s3://{bucket}/{prefix}/output",
        hyperparameters={"num_round": 20, "objective": "binary:logistic", "eval_metric": "auc"},
        sagemaker_session=session,
    )
    hyperparameter_ranges = {
        "max_depth": IntegerParameter(2, 8),
        "eta": ContinuousParameter(0.05, 0.5),
        "gamma": ContinuousParameter(0, 5),
        "subsample": ContinuousParameter(0.5, 1),
    }
    tuner = HyperparameterTuner(
        estimator=estimator,
        objective_metric_name="validation:auc",
        metric_definitions=[{"Name": "validation:auc", "Regex": r"validation-auc:([0-9\.]+)"}],
        hyperparameter_ranges=hyperparameter_ranges,
        max_jobs=4,
        max_parallel_jobs=2,
        strategy="Bayesian",
        objective_type="Maximize",
        base_tuning_job_name="sdk-v2-xgb",
    )
    tuner.fit({"train": train, "validation": validation})  # waits until the tuning job ends

    tuner.wait()  # fit already waited: returns at once
    name = tuner.latest_tuning_job.name
    description = tuner.describe()
    best = tuner.best_training_job()
    best_estimator = tuner.best_estimator()  # an estimator attached to the best training job
    objective = description["BestTrainingJob"]["FinalHyperParameterTuningJobObjectiveMetric"]
    frame = tuner.analytics().dataframe()

    attached = HyperparameterTuner.attach(name, sagemaker_session=session)
    series = sagemaker.TrainingJobAnalytics(
        best, metric_names=["validation:auc"], sagemaker_session=session
    ).dataframe()

    predictor = tuner.deploy(
        initial_instance_count=1, instance_type="ml.m5.large", serializer=CSVSerializer()
    )
    predictions = predictor.predict(rows)
    endpoint = predictor.endpoint_name
    predictor.delete_endpoint()

    print(
        json.dumps(
            {
                "tuning_job": name,
                "status": description["HyperParameterTuningJobStatus"],
                "best_training_job": best,
                "best_objective": objective["Value"],
                "analytics": frame[
                    ["TrainingJobName", "TrainingJobStatus", "FinalObjectiveValue"]
                ].to_dict("records"),
                "attached_best_training_job": attached.best_training_job(),
                "best_estimator_job": best_estimator.latest_training_job.name,
                "best_estimator_model": best_estimator.model_data,
                "attached_objective": attached.objective_metric_name,
                "series": series[["timestamp", "metric_name", "value"]].to_dict("records"),
                "endpoint": endpoint,
                "rows": rows,
                "predictions": predictions,
            },
            default=str,
        )
    )


if __name__ == "__main__":
    main()
