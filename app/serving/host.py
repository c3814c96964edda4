"""What the API needs from whoever runs the models (workers/model_hosts.py), and the runtime's
errors, as botocore's sagemaker-runtime model declares them (rest-json: each has its own
HTTP status)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from app.config import Settings
from app.errors import DomainError

MAX_INVOCATION_BYTES = 6 * 1024 * 1024  # the runtime model's BodyBlob max


@dataclass(frozen=True)
class Variant:
    """One production variant of an endpoint, as a snapshot of its model's container."""

    name: str
    model_name: str
    weight: float
    image: str
    model_data_url: str | None
    environment: dict[str, str] = field(default_factory=dict)
    builtin_xgboost: bool = False
    network_isolation: bool = False  # the model's EnableNetworkIsolation
    # The image itself serves (workers/container_host.py): decided at CreateEndpoint by the
    # rule that picks a training job's backend (app/training/algorithms.backend).
    container: bool = False
    # The variant's ContainerStartupHealthCheckTimeoutInSeconds (None: the host's default).
    startup_timeout: int | None = None

    def startup_seconds(self, settings: Settings) -> float:
        """How long its model server may take to be ready: its own timeout, or the host's."""
        return float(self.startup_timeout or settings.model_startup_timeout_seconds)

    def to_json(self) -> dict[str, Any]:
        return {
            "VariantName": self.name,
            "ModelName": self.model_name,
            "Weight": self.weight,
            "Image": self.image,
            "ModelDataUrl": self.model_data_url,
            "Environment": self.environment,
            "BuiltinXGBoost": self.builtin_xgboost,
            "EnableNetworkIsolation": self.network_isolation,
            "Container": self.container,
            "ContainerStartupHealthCheckTimeoutInSeconds": self.startup_timeout,
        }

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> Variant:
        return cls(
            name=value["VariantName"],
            model_name=value["ModelName"],
            weight=float(value.get("Weight", 1.0)),
            image=value["Image"],
            model_data_url=value.get("ModelDataUrl"),
            environment=dict(value.get("Environment") or {}),
            builtin_xgboost=bool(value.get("BuiltinXGBoost")),
            network_isolation=bool(value.get("EnableNetworkIsolation")),
            container=bool(value.get("Container")),
            startup_timeout=value.get("ContainerStartupHealthCheckTimeoutInSeconds"),
        )


@dataclass(frozen=True)
class Invocation:
    body: bytes
    content_type: str
    variant: str


class DeployError(Exception):
    """A variant cannot be served (no model data, no inference code): the endpoint Fails."""


class ModelHost(Protocol):
    def prepare(self, endpoint: str, variants: list[Variant]) -> None:
        """Fetch and unpack every variant's model and check it can be served; DeployError."""
        ...

    def invoke(
        self,
        endpoint: str,
        variant: Variant,
        body: bytes,
        *,
        content_type: str | None,
        accept: str | None,
    ) -> Invocation:
        """One request to the variant's model server (started on first use)."""
        ...

    def forget(self, endpoint: str) -> None:
        """Stop the endpoint's model servers and drop its local copy of the models."""
        ...

    def endpoints(self) -> set[str]:
        """The endpoints this host runs model servers for."""
        ...

    def close(self) -> None: ...


class RuntimeValidationError(DomainError):
    code = "ValidationError"
    status = 400


class ModelNotReady(DomainError):
    code = "ModelNotReadyException"
    status = 429


class ModelError(DomainError):
    """The model's container answered an error (424), with what it said."""

    code = "ModelError"
    status = 424

    def __init__(self, message: str, *, original_status: int, original_message: str) -> None:
        super().__init__(message)
        self.original_status = original_status
        self.original_message = original_message
