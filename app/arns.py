"""ARNs in AWS form; the name part lower-cased, as SageMaker writes it."""

from __future__ import annotations

from app.config import Settings


def tuning_job_arn(settings: Settings, name: str) -> str:
    return _arn(settings, "hyper-parameter-tuning-job", name)


def training_job_arn(settings: Settings, name: str) -> str:
    return _arn(settings, "training-job", name)


def _arn(settings: Settings, kind: str, name: str) -> str:
    return f"arn:aws:sagemaker:{settings.region}:{settings.account_id}:{kind}/{name.lower()}"


def model_arn(settings: Settings, name: str) -> str:
    return _arn(settings, "model", name)


def endpoint_config_arn(settings: Settings, name: str) -> str:
    return _arn(settings, "endpoint-config", name)


def endpoint_arn(settings: Settings, name: str) -> str:
    return _arn(settings, "endpoint", name)
