"""One training job with the SageMaker Python SDK v2's generic Estimator and SageMaker's
built-in XGBoost image (from `sagemaker.image_uris.retrieve`): `fit(logs=True)` streams the
job's log while it trains, `logs()` prints it again afterwards, and `deploy()` serves the model
with the built-in algorithm's own inference (CSV in, one score a line out).

Nothing here is openamt's: see README.md beside this file for the environment. It ends by
printing one JSON line: the job, its status, its model, the lines `logs()` printed and the
endpoint's predictions.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from pathlib import Path

import sagemaker
from data import write_csv_data  # the example's own data, beside this file
from sagemaker.estimator import Estimator
from sagemaker.inputs import TrainingInput
from sagemaker.serializers import CSVSerializer

ROLE = "arn:aws:iam::123456789012:role/SageMakerRole"


def main() -> None:
    session = sagemaker.Session()
    bucket = session.default_bucket()
    prefix = "sdk-v2/estimator"

    with tempfile.TemporaryDirectory() as local:
        rows = write_csv_data(Path(local))
        train = session.upload_data(f"{local}/train", bucket=bucket, key_prefix=f"{prefix}/train")
        validation = session.upload_data(
            f"{local}/validation", bucket=bucket, key_prefix=f"{prefix}/validation"
        )

    image = sagemaker.image_uris.retrieve("xgboost", session.boto_region_name, version="1.7-1")
    estimator = Estimator(
        image_uri=image,
        role=ROLE,
        instance_count=1,
        instance_type="ml.m5.xlarge",
        output_path=f"s3://{bucket}/{prefix}/output",
        base_job_name="sdk-v2-estimator",
        sagemaker_session=session,
    )
    estimator.set_hyperparameters(
        objective="binary:logistic", eval_metric="auc", num_round=15, max_depth=4, eta=0.3
    )
    estimator.fit(
        {
            "train": TrainingInput(train, content_type="text/csv"),
            "validation": TrainingInput(validation, content_type="text/csv"),
        },
        logs=True,
    )

    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        estimator.logs()

    predictor = estimator.deploy(
        initial_instance_count=1, instance_type="ml.m5.large", serializer=CSVSerializer()
    )
    predictions = predictor.predict(rows).decode()  # the generic Predictor answers bytes
    predictor.delete_endpoint()

    job = estimator.latest_training_job.describe()
    print(
        json.dumps(
            {
                "training_job": job["TrainingJobName"],
                "status": job["TrainingJobStatus"],
                "model_data": estimator.model_data,
                "final_metrics": job.get("FinalMetricDataList", []),
                "logs": printed.getvalue().splitlines(),
                "endpoint": predictor.endpoint_name,
                "rows": rows,
                "predictions": predictions.splitlines(),
            },
            default=str,
        )
    )


if __name__ == "__main__":
    main()
