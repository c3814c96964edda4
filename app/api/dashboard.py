"""optuna-dashboard at /dashboard, on the Optuna storage openamt writes (embedded: the
separate SQLite optuna.db; distributed: the PostgreSQL database), one study per tuning job.

optuna-dashboard is a WSGI (bottle) app that expects to own the host's root: its page loads
/static/bundle.js, its JS fetches /api/..., and only its client-side router knows the
/dashboard prefix. So this ASGI app serves the page itself (optuna-dashboard's index.html,
with the bundle's URL under the prefix and a small script, static/dashboard-prefix.js, that
sends the bundle's /api/ calls there too), and hands the rest, below /dashboard, to the WSGI
app through a2wsgi (starlette's WSGIMiddleware is deprecated).

Read-only: studies belong to tuning jobs, which only openamt's API may change, so requests
other than GET and HEAD (delete or rename a study, notes, uploads) are refused.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

from a2wsgi import WSGIMiddleware
from starlette.concurrency import run_in_threadpool
from starlette.responses import FileResponse, HTMLResponse, Response
from starlette.types import Receive, Scope, Send

from app.config import Settings

PREFIX = "/dashboard"
STATIC = Path(__file__).parent / "static"
SHIM = "dashboard-prefix.js"
# Served by the WSGI app (paths below the prefix); anything else is a page of the JS router.
WSGI_ROOTS = ("api", "static", "csv", "artifacts", "favicon.ico")
# optuna-dashboard's own policy for its page (its WebGL plots need 'unsafe-eval').
CSP = ";".join(
    [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "frame-src 'self'",
        "object-src 'none'",
        "connect-src 'self'",
        "style-src 'self' data: 'unsafe-inline'",
        "script-src 'self' 'unsafe-eval'",
    ]
)


class Dashboard:
    """The ASGI app mounted at /dashboard; optuna-dashboard is loaded on the first request
    (its import and its storage cost, and most API processes never serve it)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._wsgi: WSGIMiddleware | None = None
        self._page: bytes | None = None

    def _load(self) -> tuple[WSGIMiddleware, bytes]:
        with self._lock:
            if self._wsgi is None or self._page is None:
                import optuna_dashboard

                from app.tuning.studies import get_storage

                bottle_app = optuna_dashboard.wsgi(get_storage(self.settings))
                self._wsgi = WSGIMiddleware(bottle_app, workers=4)
                index = Path(optuna_dashboard.__file__).parent / "index.html"
                self._page = _prefixed(index.read_text(encoding="utf-8")).encode()
            return self._wsgi, self._page

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        mount = scope.get("root_path", "")
        below = scope["path"][len(mount) :] if scope["path"].startswith(mount) else scope["path"]
        first = below.strip("/").split("/", 1)[0]
        response: Response
        if below == f"/static/{SHIM}":
            response = FileResponse(STATIC / SHIM, media_type="text/javascript")
        elif scope["method"] not in ("GET", "HEAD"):
            response = Response(
                json.dumps(
                    {
                        "reason": "openamt's dashboard is read-only: change tuning jobs "
                        "through openamt's API"
                    }
                ),  # fmt: skip
                status_code=403,
                media_type="application/json",
            )
        elif first in WSGI_ROOTS:
            wsgi, _ = await run_in_threadpool(self._load)  # the first import takes seconds
            # a2wsgi: SCRIPT_NAME is the mount, PATH_INFO what lies below it.
            await wsgi(scope, receive, send)  # type: ignore[arg-type]
            return
        else:
            _, page = await run_in_threadpool(self._load)
            response = HTMLResponse(page, headers={"Content-Security-Policy": CSP})
        await response(scope, receive, send)


def _prefixed(index: str) -> str:
    bundle = '<script defer src="/static/bundle.js"></script>'
    if bundle not in index:  # a new optuna-dashboard: its page changed, so must this
        raise RuntimeError("optuna-dashboard's index.html no longer loads /static/bundle.js")
    return index.replace(
        bundle,
        f'<script src="{PREFIX}/static/{SHIM}"></script>\n'
        f'    <script defer src="{PREFIX}/static/bundle.js"></script>',
    )


def study_id(settings: Settings, name: str) -> Any:
    """The Optuna study id of a tuning job (the dashboard's URLs use it), or None."""
    from app.tuning.studies import get_storage

    try:
        return get_storage(settings).get_study_id_from_name(name)
    except KeyError:
        return None
