"""The base of the generated wire models: the model class, the lax timestamp, Python patterns.

Hand-written, unlike `sagemaker.py` beside it: the generated models import these, and
app.schemas_common re-exports them for the rest of openamt.

AWS patterns are implicitly anchored, hence ``^...$``. In AWS's (Java) regexes as in Rust's,
``.`` does not match a newline, so ``^.*$`` refuses multi-line values, as AWS does.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Strict
from pydantic.alias_generators import to_pascal


class AwsModel(BaseModel):
    """Base of every wire model: snake_case attributes, SageMaker's PascalCase names on the wire.

    Strict, as AWS's JSON protocol is: "4" is not an integer, 1 is not a boolean, 4.0 is not
    an integer (lax pydantic would accept all three, and `true` as MaxParallelTrainingJobs 1).
    NaN and infinities, which Python's JSON parser lets through, are no numbers either.
    """

    model_config = ConfigDict(
        alias_generator=to_pascal,
        populate_by_name=True,
        extra="forbid",
        strict=True,
        allow_inf_nan=False,
    )


# Timestamps are the one lax type: responses carry datetimes, stored metric points and the
# examples ISO 8601 strings, and boto3 sends epoch seconds.
Timestamp = Annotated[datetime, Strict(False)]


class PythonPattern:
    """An AWS pattern that Rust's regex engine cannot compile, checked with Python's ``re``."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._regex = re.compile(pattern)

    def __call__(self, value: str) -> str:
        if self._regex.fullmatch(value) is None:
            raise ValueError(f"String should match pattern '{self.pattern}'")
        return value
