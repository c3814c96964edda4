"""botocore's service models for the AWS services openamt speaks, loaded once.

The models are the wire contract: operation names, input and output shapes, protocols and
error codes all come from here (`botocore/data/<service>/<version>/service-2.json.gz`).
"""

from __future__ import annotations

from functools import cache

import botocore.session
from botocore.model import OperationModel, ServiceModel

# botocore's names: what `get_service_model` takes and what the registry keys operations by.
SERVICES = ("sagemaker", "cloudwatch", "logs", "sts", "iam")


@cache
def _session() -> botocore.session.Session:
    return botocore.session.get_session()


@cache
def service_model(service: str) -> ServiceModel:
    return _session().get_service_model(service)


def operation_model(service: str, name: str) -> OperationModel | None:
    model = service_model(service)
    return model.operation_model(name) if name in model.operation_names else None


@cache
def by_target_prefix() -> dict[str, str]:
    """`X-Amz-Target`'s prefix (and Smithy RPC v2's service name) to the service:
    `SageMaker` -> sagemaker, `GraniteServiceVersion20100801` -> cloudwatch, ..."""
    found = {}
    for service in SERVICES:
        prefix = service_model(service).metadata.get("targetPrefix")
        if prefix:
            found[prefix] = service
    return found


@cache
def by_signing_name() -> dict[str, str]:
    """A SigV4 credential scope's service to ours: `monitoring` -> cloudwatch, ..."""
    return {service_model(service).signing_name: service for service in SERVICES}


@cache
def by_api_version() -> dict[str, str]:
    """A query request's `Version` to the service, for a request that carries no signature."""
    return {
        service_model(service).api_version: service
        for service in SERVICES
        if "query" in service_model(service).metadata.get("protocols", ["query"])
    }
