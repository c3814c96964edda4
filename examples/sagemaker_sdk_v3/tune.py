"""Hyperparameter tuning with the SageMaker Python SDK v3: a ModelTrainer runs train.py in
the XGBoost framework image, sagemaker.train.tuner.HyperparameterTuner searches max_depth, eta,
gamma and subsample for the best validation:auc, and the results are read back (the best
training job, the analytics frame, the best job's metric series).

Nothing here is openamt's: pointed at openamt, the same code runs with only the environment
changed (see README.md beside this file). It ends by printing one JSON line.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from data import write_csv_data  # the example's own data, beside this file
from sagemaker.core import image_uris
from sagemaker.core.analytics import TrainingJobAnalytics
from sagemaker.core.helper.session_helper import Session
from sagemaker.core.parameter import ContinuousParameter, IntegerParameter
from sagemaker.core.training.configs import Compute, InputData, OutputDataConfig, SourceCode
from sagemaker.train.model_trainer import ModelTrainer
from sagemaker.train.tuner import HyperparameterTuner

ROLE = "arn:aws:iam::123456789012:role/SageMakerRole"
HERE = Path(__file__).resolve().parent


def main() -> None:
    session = Session()
    bucket = session.default_bucket()
    prefix = "sdk-v3/xgboost"

    with tempfile.TemporaryDirectory() as local:
        write_csv_data(Path(local))
        train = session.upload_data(f"{local}/train", bucket=bucket, key_prefix=f"{prefix}/train")
        validation = session.upload_data(
            f"{local}/validation", bucket=bucket, key_prefix=f"{prefix}/validation"
        )

    image = image_uris.retrieve(
        framework="xgboost", region=session.boto_region_name, version="1.7-1"
    )
    trainer = ModelTrainer(
        training_image=image,
        source_code=SourceCode(source_dir=str(HERE), entry_script="train.py"),
        compute=Compute(instance_type="ml.m5.xlarge", instance_count=1),
        hyperparameters={"num_round": 20, "objective": "binary:logistic", "eval_metric": "auc"},
        role=ROLE,
        base_job_name="sdk-v3-xgb",
        output_data_config=OutputDataConfig(s3_output_path=f"s3://{bucket}/{prefix}/output"),
        sagemaker_session=session,
    )
    tuner = HyperparameterTuner(
        model_trainer=trainer,
        objective_metric_name="validation:auc",
        metric_definitions=[{"Name": "validation:auc", "Regex": r"validation-auc:([0-9\.]+)"}],
        hyperparameter_ranges={
            "max_depth": IntegerParameter(2, 8),
            "eta": ContinuousParameter(0.05, 0.5),
            "gamma": ContinuousParameter(0, 5),
            "subsample": ContinuousParameter(0.5, 1),
        },
        max_jobs=4,
        max_parallel_jobs=2,
        strategy="Bayesian",
        objective_type="Maximize",
        base_tuning_job_name="sdk-v3-xgb",
    )
    tuner.tune(
        inputs=[
            InputData(channel_name="train", data_source=train),
            InputData(channel_name="validation", data_source=validation),
        ]
    )  # waits until the tuning job ends

    job = tuner.describe()
    best = tuner.best_training_job()
    objective = job.best_training_job.final_hyper_parameter_tuning_job_objective_metric
    frame = tuner.analytics().dataframe()
    series = TrainingJobAnalytics(
        best, metric_names=["validation:auc"], sagemaker_session=session
    ).dataframe()

    print(
        json.dumps(
            {
                "tuning_job": job.hyper_parameter_tuning_job_name,
                "status": job.hyper_parameter_tuning_job_status,
                "best_training_job": best,
                "best_objective": objective.value,
                "analytics": frame[
                    ["TrainingJobName", "TrainingJobStatus", "FinalObjectiveValue"]
                ].to_dict("records"),
                "series": series[["timestamp", "metric_name", "value"]].to_dict("records"),
            },
            default=str,
        )
    )


if __name__ == "__main__":
    main()
