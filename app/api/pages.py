"""openamt's own pages for a browser: `/` lists the tuning jobs (status, a progress bar,
the best objective, links to trials, logs and the Optuna dashboard), `/ui/...` shows one
tuning job or training job. Server-rendered (jinja2), no JavaScript, nothing to build.

`/` is also the AWS door (`POST /`): the page answers only a GET that accepts text/html;
any other GET gets what it always got (405 UnknownOperationException)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy import select
from starlette.exceptions import HTTPException

from app.api.dashboard import study_id
from app.api.deps import ReadSession, SettingsDep
from app.db.models import TuningJob
from app.training import service as training_service
from app.training import states as training_states
from app.tuning import analytics
from app.tuning import service as tuning_service
from app.tuning import states as tuning_states
from app.tuning.analytics import TuningJobAnalyticsResponse
from app.tuning.states import TuningJobStatus

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
REFRESH_SECONDS = 5
LOG_TAIL_BYTES = 64 * 1024
INDEX_ROWS = 100


def wants_html(request: Request) -> bool:
    return "text/html" in request.headers.get("accept", "")


@router.get("/")
def index(request: Request, session: ReadSession, settings: SettingsDep) -> Response:
    if not wants_html(request):
        raise HTTPException(405, headers={"Allow": "POST"})  # the AWS door, as before
    rows = session.scalars(
        select(TuningJob).order_by(TuningJob.creation_time.desc()).limit(INDEX_ROWS)
    )
    jobs = [_job_view(job, settings) for job in rows]
    refresh = REFRESH_SECONDS if any(j["status"] in tuning_states.ACTIVE for j in jobs) else None
    return templates.TemplateResponse(request, "index.html", {"jobs": jobs, "refresh": refresh})


@router.get("/ui/tuning-jobs/{name}", response_class=HTMLResponse)
def tuning_job_page(
    request: Request, name: str, session: ReadSession, settings: SettingsDep
) -> Response:
    job = tuning_service.get(session, name)
    view = _job_view(job, settings)
    result = analytics.analytics(session, job.name)
    parameters = sorted({k for row in result.training_jobs for k in row.tuned_hyper_parameters})
    context = {
        "job": view,
        "analytics": result,
        "parameters": parameters,
        "chart": _chart(result),
        "refresh": REFRESH_SECONDS if job.status in tuning_states.ACTIVE else None,
    }
    return templates.TemplateResponse(request, "tuning_job.html", context)


@router.get("/ui/training-jobs/{name}", response_class=HTMLResponse)
def training_job_page(
    request: Request, name: str, session: ReadSession, settings: SettingsDep
) -> Response:
    described = training_service.describe(session, name)
    training = training_service.get(session, name)
    path = training_service.log_path(session, name, settings)
    data, truncated = b"", False
    if path.exists():
        with path.open("rb") as log:
            size = log.seek(0, 2)
            truncated = size > LOG_TAIL_BYTES
            log.seek(max(0, size - LOG_TAIL_BYTES))
            data = log.read()
    context = {
        "job": described,
        "tuning_job": training.tuning_job_name,
        "log": data.decode("utf-8", errors="replace"),
        "truncated": truncated,
        "refresh": REFRESH_SECONDS
        if described.training_job_status in training_states.ACTIVE
        else None,
    }
    return templates.TemplateResponse(request, "training_job.html", context)


def _job_view(job: TuningJob, settings: Any) -> dict[str, Any]:
    ended = job.completed + job.stopped + job.retryable_error + job.non_retryable_error
    total = job.max_training_jobs
    return {
        "name": job.name,
        "status": job.status,
        "strategy": job.strategy,
        "ended": ended,
        "running": job.in_progress,
        "total": total,
        "percent": 100
        if job.status == TuningJobStatus.COMPLETED
        else round(100 * ended / max(1, total)),
        "metric": job.objective_metric,
        "best_objective": job.best_objective,
        "best_training_job": job.best_training_job,
        "failure_reason": job.failure_reason,
        "created": job.creation_time.strftime("%Y-%m-%d %H:%M:%S UTC"),
        "study_id": study_id(settings, job.name),
    }


def _chart(result: TuningJobAnalyticsResponse) -> dict[str, Any] | None:
    """The best-so-far curve as SVG polylines (x: the order jobs ended in)."""
    points = result.best_so_far
    if len(points) < 2:
        return None
    width, height, pad = 640, 200, 18
    values = [p.final_objective_value for p in points]
    low, high = min(values), max(values)
    span = (high - low) or 1.0

    def line(series: list[float]) -> str:
        step = (width - 2 * pad) / (len(series) - 1)
        return " ".join(
            f"{pad + i * step:.1f},{height - pad - (v - low) / span * (height - 2 * pad):.1f}"
            for i, v in enumerate(series)
        )

    return {
        "width": width,
        "height": height,
        "values": line(values),
        "best": line([p.best_objective_so_far for p in points]),
        "low": low,
        "high": high,
    }
