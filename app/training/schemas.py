"""Wire models of the training domain: CreateTrainingJob, Describe, Stop, Delete and List.

Generated from botocore's SageMaker model into app/wire/sagemaker.py (`make schemas`) and
re-exported here. ``TrainingAlgorithmSpecification`` is botocore's AlgorithmSpecification (the
tuning domain's ``AlgorithmSpecification`` is HyperParameterAlgorithmSpecification);
``TrainingJobListSummary`` is botocore's TrainingJobSummary. Debugger, profiler, MLflow and
serverless members are there because the operations have them; openamt leaves them unset, and
app/wire/overrides.py notes which it does not support. The examples are
app/wire/examples/training.py.
"""

from __future__ import annotations

from app.wire.sagemaker import *  # noqa: F403  (every wire model and constrained type)
