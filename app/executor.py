"""The Executor protocol: how the domain hands work to workers without knowing who they are.

Messages are hints. The database is the truth: a lost message is re-derived by the reaper,
a repeated one is a no-op (claims and `advance` are idempotent).
"""

from __future__ import annotations

from typing import Protocol


class Executor(Protocol):
    def submit_training(self, training_job_name: str) -> None:
        """Run (or resume claiming) this training job on some worker."""
        ...

    def submit_advance(self, tuning_job_name: str) -> None:
        """Ask for `scheduler.advance` of this tuning job soon."""
        ...


class NullExecutor:
    """Submits nothing: for processes that only read, and for tests of the domain alone."""

    def submit_training(self, training_job_name: str) -> None:
        pass

    def submit_advance(self, tuning_job_name: str) -> None:
        pass
