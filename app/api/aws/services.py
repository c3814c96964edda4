"""Imports every service's operations so that they register (`registry.operation`)."""

from __future__ import annotations

from app.api.aws import cloudwatch, iam, logs, sagemaker, sts  # noqa: F401
