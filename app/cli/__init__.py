"""The `openamt` command: the server's processes (server.py) and a client of the REST door
(jobs.py, for people at a terminal)."""

from __future__ import annotations

from app.cli import jobs as _jobs  # noqa: F401 - registers the client commands on `app`
from app.cli.server import app

__all__ = ["app"]
