"""Request-scoped dependencies: the edge owns the transaction."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from app.api.context import Context
from app.config import Settings
from app.db.session import Database
from app.executor import Executor


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_db(request: Request) -> Database:
    return request.app.state.db


def get_executor(request: Request) -> Executor:
    return request.app.state.executor


def get_context(request: Request) -> Context:
    """What an operation may use (app/api/operations.py), the same for both doors: the
    database, the executor, settings, the model servers and who signed the request."""
    state = request.app.state
    return Context(
        db=state.db,
        executor=state.executor,
        settings=state.settings,
        host=getattr(state, "model_host", None),
        principal=request.scope.get("state", {}).get("principal"),
    )


def read_session(db: Annotated[Database, Depends(get_db)]) -> Iterator[Session]:
    with db.read() as session:
        yield session


SettingsDep = Annotated[Settings, Depends(get_settings)]
DatabaseDep = Annotated[Database, Depends(get_db)]
ExecutorDep = Annotated[Executor, Depends(get_executor)]
ReadSession = Annotated[Session, Depends(read_session)]
ContextDep = Annotated[Context, Depends(get_context)]
