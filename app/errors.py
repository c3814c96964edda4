"""Domain errors. Services raise these; each front door renders them in its own shape."""

from __future__ import annotations


class DomainError(Exception):
    """Base: `code` is SageMaker's error code, `status` the HTTP status AWS answers with."""

    code = "InternalFailure"
    status = 500

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(DomainError):
    code = "ValidationException"
    status = 400


class ResourceNotFound(DomainError):
    code = "ResourceNotFound"
    status = 404


class ResourceInUse(DomainError):
    code = "ResourceInUse"
    status = 409


class ResourceLimitExceeded(DomainError):
    code = "ResourceLimitExceeded"
    status = 400


class ConflictError(DomainError):
    code = "ConflictException"
    status = 409
