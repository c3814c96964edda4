"""Attach to a finished tuning job by its name, as a user does in a later session: the SDK v2's
`HyperparameterTuner.attach`, then `best_training_job()` and `best_estimator()`. Prints one
JSON line. Usage: python attach_tuner.py TUNING_JOB_NAME"""

from __future__ import annotations

import json
import sys

from sagemaker.tuner import HyperparameterTuner

tuner = HyperparameterTuner.attach(sys.argv[1])
best = tuner.best_estimator()
print(
    json.dumps(
        {
            "best_training_job": tuner.best_training_job(),
            "objective_metric_name": tuner.objective_metric_name,
            "metric_definitions": tuner.metric_definitions,
            "image_uri": best.image_uri,
            "model_data": best.model_data,
        }
    )
)
