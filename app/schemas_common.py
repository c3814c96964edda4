"""Wire models shared by the tuning and training domains, by the names openamt imports them.

The models are generated from botocore's SageMaker service model (`make schemas` writes
app/wire/sagemaker.py; openamt's own names, patterns and examples are in app/wire/overrides.py)
and tests/test_schemas_contract.py holds every model to it. Constrained types carry botocore's
shape names (``S3Uri``, ``TrainingJobName``...), so each can be looked up in the model.
Cross-field rules (min <= max, scaling types, one definition or several) belong to the
services.
"""

from __future__ import annotations

from app.wire.base import AwsModel, PythonPattern, Timestamp  # noqa: F401  (re-exported)
from app.wire.sagemaker import *  # noqa: F403  (every wire model and constrained type)
