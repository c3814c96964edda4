"""Operations by (service, name): what each AWS service openamt speaks can do.

Decision: a handler is a function from the operation's input to its output, both plain values
keyed by botocore's member names (`{"Namespace": ..., "StartTime": datetime}`), so it is
written once whatever protocol the request came in. Services are botocore's names
(`sagemaker`, `cloudwatch`, `logs`, `sts`, `iam`), the ones `get_service_model` takes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.api.context import Context
from app.errors import DomainError

Values = dict[str, Any]
Handler = Callable[[Context, Values], Values | None]


@dataclass(frozen=True)
class Operation:
    service: str
    name: str
    handler: Handler
    # False: the layer checks the input against the model's shape (required members, types,
    # ranges) before the handler runs. True: the handler checks it itself (SageMaker's, with
    # wire models whose messages name the field and the rule).
    checks_input: bool = False


OPERATIONS: dict[tuple[str, str], Operation] = {}


def operation(
    service: str, name: str, *, checks_input: bool = False
) -> Callable[[Handler], Handler]:
    """Register `handler` as `service`'s operation `name` (botocore's spelling of both)."""

    def register(handler: Handler) -> Handler:
        OPERATIONS[(service, name)] = Operation(service, name, handler, checks_input)
        return handler

    return register


class ServiceError(DomainError):
    """An error in a service's own vocabulary (`InvalidParameterValue` for CloudWatch,
    `ResourceNotFoundException` for CloudWatch Logs, ...): code and status as AWS sends them."""

    def __init__(self, code: str, message: str, *, status: int = 400) -> None:
        super().__init__(message)
        self.code = code
        self.status = status
