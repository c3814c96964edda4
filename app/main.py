"""create_app(): the composition root of the API process; and the OpenAPI document of the
app it builds (app/api/openapi.py completes what FastAPI makes of the routes)."""

from __future__ import annotations

import asyncio
import json
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from prometheus_client import CollectorRegistry

from app.api.aws.door import router as aws_router
from app.api.dashboard import PREFIX as DASHBOARD_PREFIX
from app.api.dashboard import Dashboard
from app.api.errors import install_error_handlers
from app.api.guard import RequestGuard
from app.api.health import router as health_router
from app.api.hosting import router as hosting_router
from app.api.hosting import runtime_router
from app.api.openapi import install as install_openapi
from app.api.pages import router as pages_router
from app.api.request_id import RequestIdMiddleware
from app.api.rest import router as rest_router
from app.config import Settings, get_settings
from app.db.session import get_database
from app.executor import Executor, NullExecutor
from app.observe.prometheus import RequestMetrics, StateCollector
from app.serving import deploy

DESCRIPTION = """openamt runs SageMaker Automatic Model Tuning jobs on your own machines.
Bodies and field names are SageMaker's (CreateHyperParameterTuningJob and friends);
errors are `{"__type": "<Code>", "message": "..."}` with AWS's status codes."""


def create_app(settings: Settings | None = None, executor: Executor | None = None) -> FastAPI:
    """The API. With no executor given: distributed mode (a broker is configured) sends work
    to Celery workers; embedded mode starts a LocalExecutor with the app."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        local = None
        if app.state.executor is None and settings.broker_url:
            from workers.celery_executor import CeleryExecutor

            app.state.executor = CeleryExecutor(settings)
        elif app.state.executor is None:
            from workers.local_executor import LocalExecutor

            local = LocalExecutor(settings)
            local.start()
            app.state.executor = local
        host = app.state.model_host
        if host is None:
            from workers.model_hosts import LocalModelHost

            host = app.state.model_host = LocalModelHost(settings)
        deploy.resume(app.state.db, host, settings)  # endpoints a restart left Creating
        sweeping = asyncio.create_task(
            deploy.sweep_every(settings.reaper_seconds, app.state.db, host)
        )
        try:
            yield
        finally:
            sweeping.cancel()
            host.close()
            if local is not None:
                local.shutdown()

    app = FastAPI(
        title="openamt",
        version="0.1.0",
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.db = get_database(settings)
    app.state.executor = executor
    app.state.model_host = None
    app.state.registry = registry = CollectorRegistry()
    registry.register(
        StateCollector(settings, app.state.db, lambda: _queue_depths(app.state.executor))
    )
    install_error_handlers(app)
    install_openapi(app)
    app.include_router(rest_router)
    app.include_router(hosting_router)
    app.include_router(aws_router)
    app.include_router(runtime_router)
    app.include_router(health_router)
    app.include_router(pages_router)
    app.mount(DASHBOARD_PREFIX, Dashboard(settings), name="dashboard")
    # Body size, authentication and JSON depth, before any route parses anything.
    app.add_middleware(RequestGuard, settings=settings)
    # Outside the guard: refused requests are counted too.
    app.add_middleware(RequestMetrics, registry=registry)
    # Added last, so outermost of the middlewares added before it: every answer gets an id.
    app.add_middleware(RequestIdMiddleware)
    return app


def _queue_depths(executor: Executor | None) -> dict[str, int]:
    """What the executor has waiting, by queue: the broker's queues (CeleryExecutor), the
    training jobs not yet handed to a worker (LocalExecutor); none for an executor that
    queues nothing."""
    queue_depths = getattr(executor, "queue_depths", None)
    return queue_depths() if callable(queue_depths) else {}


def null_executor_app(settings: Settings) -> FastAPI:
    """An API that stores and describes but runs nothing (tests of the API alone)."""
    return create_app(settings, NullExecutor())


def openapi_document() -> dict[str, Any]:
    """The app's document. The app is built over a throwaway data directory: nothing of this
    machine (paths, ports, databases) can reach the document."""
    with tempfile.TemporaryDirectory() as data_dir:
        app = null_executor_app(Settings(data_dir=Path(data_dir), database_url=None))
        document = app.openapi()
        app.state.db.dispose()
    return document


def openapi_json() -> str:
    """openapi.json at the repository root, as `openamt openapi` prints it."""
    return json.dumps(openapi_document(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
