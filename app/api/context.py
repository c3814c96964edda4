"""What an operation may use, the same for both doors (the AWS door's handlers in app/api/aws/,
the REST routes through app/api/operations.py): built per request by app/api/deps.py."""

from __future__ import annotations

from dataclasses import dataclass

from app.config import Settings
from app.db.session import Database
from app.executor import Executor
from app.serving.host import ModelHost


@dataclass(frozen=True)
class Context:
    """What a handler may use: the database, the executor, settings and the model servers."""

    db: Database
    executor: Executor
    settings: Settings
    host: ModelHost | None = None  # the model servers (hosting operations)
    principal: str | None = None  # the access key id that signed the request, when checked
