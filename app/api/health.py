"""Probes and Prometheus: `/healthz` (the process is up), `/readyz` (it can do its work:
the database answers and, in distributed mode, the broker does), `/metrics`."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import text

router = APIRouter(tags=["health"])
PROBE_TIMEOUT_SECONDS = 2


@router.get("/healthz", operation_id="healthz")
def healthz() -> dict[str, str]:
    """The process is up."""
    return {"status": "ok"}


@router.get(
    "/readyz",
    operation_id="readyz",
    responses={503: {"description": '`{"status": "unavailable", "reason": "..."}`'}},
)
def readyz(request: Request) -> Any:
    """Ready for work: the database answers a query and, in distributed mode, the broker
    answers a PING. 503 with the reason when either does not."""
    settings = request.app.state.settings
    try:
        with request.app.state.db.read() as session:
            session.execute(text("SELECT 1"))
    except Exception as error:  # any failure to reach it is the answer, not a crash
        return _unavailable(f"database: {type(error).__name__}: {error}")
    if settings.broker_url:
        import redis

        client = redis.Redis.from_url(
            settings.broker_url,
            socket_timeout=PROBE_TIMEOUT_SECONDS,
            socket_connect_timeout=PROBE_TIMEOUT_SECONDS,
        )
        try:
            client.ping()
        except Exception as error:
            return _unavailable(f"broker: {type(error).__name__}: {error}")
        finally:
            client.close()
    return {"status": "ok"}


def _unavailable(reason: str) -> JSONResponse:
    return JSONResponse({"status": "unavailable", "reason": reason[:500]}, status_code=503)


@router.get(
    "/metrics",
    operation_id="prometheus_metrics",
    response_class=Response,
    responses={200: {"content": {"text/plain": {}}, "description": "Prometheus text format"}},
)
def metrics(request: Request) -> Response:
    """Prometheus metrics: requests by route, training and tuning jobs by status, queue
    depth, dispatch latency, workers' leases and heartbeats (docs/observability.md)."""
    return Response(generate_latest(request.app.state.registry), media_type=CONTENT_TYPE_LATEST)
