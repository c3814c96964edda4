"""Wire models of the tuning domain: CreateHyperParameterTuningJob, Describe, Stop, Delete and
the two Lists.

Generated from botocore's SageMaker model into app/wire/sagemaker.py (`make schemas`) and
re-exported here by openamt's names: class names are shorter than botocore's
(``TuningJobConfig`` is HyperParameterTuningJobConfig, ``TrainingJobSummary`` is
HyperParameterTrainingJobSummary; app/wire/overrides.py lists them); field aliases are
botocore's member names exactly. The examples are app/wire/examples/tuning.py.
"""

from __future__ import annotations

from app.wire.sagemaker import *  # noqa: F403  (every wire model and constrained type)
