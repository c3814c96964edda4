"""Wire models of the hosting operations (CreateModel, CreateEndpointConfig, CreateEndpoint,
UpdateEndpoint and their Describe/Delete/List), member for member botocore's SageMaker model.

Generated into app/wire/sagemaker.py (`make schemas`) and re-exported here; the examples are
app/wire/examples/serving.py.
"""

from __future__ import annotations

from app.wire.sagemaker import *  # noqa: F403  (every wire model and constrained type)
