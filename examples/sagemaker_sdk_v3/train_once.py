"""One training job with the SageMaker Python SDK v3: `ModelTrainer.train()` runs train.py in
the XGBoost framework image (through the SDK's sm_drivers channel and its sm_train.sh) and
streams the job's log while it trains.

Nothing here is openamt's: see README.md beside this file for the environment. It ends by
printing one JSON line: the job, its status, its model and its final metrics.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from data import write_csv_data  # the example's own data, beside this file
from sagemaker.core import image_uris
from sagemaker.core.helper.session_helper import Session
from sagemaker.core.training.configs import Compute, InputData, OutputDataConfig, SourceCode
from sagemaker.train.model_trainer import ModelTrainer

ROLE = "arn:aws:iam::123456789012:role/SageMakerRole"
HERE = Path(__file__).resolve().parent


def main() -> None:
    session = Session()
    bucket = session.default_bucket()
    prefix = "sdk-v3/model-trainer"

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
        hyperparameters={"num_round": 15, "max_depth": 4, "eta": 0.3},
        role=ROLE,
        base_job_name="sdk-v3-trainer",
        output_data_config=OutputDataConfig(s3_output_path=f"s3://{bucket}/{prefix}/output"),
        sagemaker_session=session,
    )
    trainer.train(
        input_data_config=[
            InputData(channel_name="train", data_source=train),
            InputData(channel_name="validation", data_source=validation),
        ],
        wait=True,
        logs=True,
    )

    job = trainer._latest_training_job  # the SDK's documented way to reach the job
    job.refresh()
    print(
        json.dumps(
            {
                "training_job": job.training_job_name,
                "status": job.training_job_status,
                "model_data": job.model_artifacts.s3_model_artifacts,
                "hyperparameters": job.hyper_parameters,
            },
            default=str,
        )
    )


if __name__ == "__main__":
    main()
