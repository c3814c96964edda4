"""`python -m app.cli ...`, as the tests and the scheduling child process start it."""

from __future__ import annotations

import os

from app.cli import app

os.environ.setdefault("PYTHONUNBUFFERED", "1")
app()
