"""Logging for every openamt process: readable text by default, JSON with
OPENAMT_LOG_FORMAT=json; each line carries the tuning job and training job it is about.

The names live in context variables set by the runner and the scheduler (`job_context`), and
a filter on the handler copies them onto every record, so a line logged by any module (the
database retry, the storage layer, an algorithm) in that context names its jobs without
being told.
"""

from __future__ import annotations

import contextvars
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Literal

from pythonjsonlogger.core import RESERVED_ATTRS
from pythonjsonlogger.json import JsonFormatter

TUNING_JOB: contextvars.ContextVar[str | None] = contextvars.ContextVar("tuning_job", default=None)
TRAINING_JOB: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "training_job", default=None
)
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s%(job)s %(message)s"
JSON_FIELDS = "%(levelname)s %(name)s %(message)s %(tuning_job)s %(training_job)s"


@contextmanager
def job_context(
    *, tuning_job: str | None = None, training_job: str | None = None
) -> Iterator[None]:
    """Every line logged inside names these jobs (a name left out keeps its outer value)."""
    tokens = []
    if tuning_job is not None:
        tokens.append((TUNING_JOB, TUNING_JOB.set(tuning_job)))
    if training_job is not None:
        tokens.append((TRAINING_JOB, TRAINING_JOB.set(training_job)))
    try:
        yield
    finally:
        for variable, token in reversed(tokens):
            variable.reset(token)


class JobContextFilter(logging.Filter):
    """Copies the context's job names onto a record (an explicit `extra=` wins)."""

    def filter(self, record: logging.LogRecord) -> bool:
        tuning = getattr(record, "tuning_job", None) or TUNING_JOB.get()
        training = getattr(record, "training_job", None) or TRAINING_JOB.get()
        record.tuning_job, record.training_job = tuning, training
        names = [n for n in (tuning, training) if n]
        record.job = f" [{'/'.join(names)}]" if names else ""
        return True


def configure_logging(
    log_format: Literal["text", "json"] = "text", level: str = "INFO"
) -> logging.Handler:
    """One handler on the root logger, to stderr; replaces what was there (a second call,
    e.g. in a spawned worker process, does not double the lines)."""
    handler = logging.StreamHandler(sys.stderr)
    if log_format == "json":
        handler.setFormatter(
            JsonFormatter(
                JSON_FIELDS,
                rename_fields={"levelname": "level", "name": "logger"},
                timestamp="time",  # ISO 8601, UTC
                reserved_attrs=[*RESERVED_ATTRS, "job"],  # the text format's rendering
            )
        )
    else:
        handler.setFormatter(logging.Formatter(TEXT_FORMAT))
    handler.addFilter(JobContextFilter())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    return handler
