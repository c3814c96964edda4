"""Imports every service's operations so that they register (`registry.operation`)."""

from __future__ import annotations

from app.api.aws import sagemaker  # noqa: F401
