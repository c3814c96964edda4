"""What every algorithm gets, and what it gives back: a process whose output lines carry metrics.

Algorithms only train and print; they know nothing of the database. The runner reads their
lines, extracts metrics, and may kill the process group at any moment (stop, prune, timeout).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from app.training.metrics import MetricDefinition
from workers.sandbox import OPT_ML, seen_path

__all__ = ["MetricDefinition", "TrainingContext", "TrainingProcess"]


@dataclass(frozen=True)
class TrainingContext:
    """Everything a training job's algorithm may see, laid out like SageMaker's /opt/ml."""

    job_name: str
    job_arn: str
    hyperparameters: dict[str, str]  # tuned and static, strings, reserved keys included
    channels: dict[str, Path]  # channel name -> local directory holding its files
    content_types: dict[str, str | None]  # channel name -> ContentType from the request
    job_dir: Path  # private working directory: input/, model/, output/ below it
    environment: dict[str, str] = field(default_factory=dict)  # the request's Environment
    num_cpus: int = 1
    # True where the job runs with job_dir mounted at /opt/ml (a per-job mount namespace,
    # workers/sandbox.py): then /opt/ml paths need no translation, and the paths the job is
    # told (SM_* variables, argv, config files) are /opt/ml paths, SageMaker's own.
    private_opt_ml: bool = False

    def seen(self, path: Path) -> str:
        """A path under job_dir as the training sees it: /opt/ml/... when it has its own."""
        if not self.private_opt_ml:
            return str(path)
        return seen_path(self.job_dir, path)

    def as_seen(self) -> TrainingContext:
        """This context with the paths the training sees: under /opt/ml where it has its own
        (a process that joins the sandbox rather than being started in it with those paths)."""
        if not self.private_opt_ml:
            return self
        channels = {name: Path(self.seen(path)) for name, path in self.channels.items()}
        return replace(self, job_dir=OPT_ML, channels=channels)

    @property
    def model_dir(self) -> Path:
        return self.job_dir / "model"

    @property
    def output_dir(self) -> Path:
        return self.job_dir / "output"

    @property
    def failure_file(self) -> Path:
        return self.output_dir / "failure"


class TrainingProcess(Protocol):
    """A running training: its own process group, killed as a whole."""

    pid: int  # also the process group's id

    def lines(self) -> Iterator[str]:
        """Output lines (stdout and stderr merged) as they arrive, without newline; ends at EOF."""
        ...

    def fileno(self) -> int:
        """The output's file descriptor, for a reader that waits on it and on a clock."""
        ...

    def wait(self) -> int:
        """The exit code; 0 is success."""
        ...

    def stop(self) -> None:
        """End the training soon (called again until it has): a fork or a script is killed at
        once; a warm host's trial ends at its next round. Safe after exit."""
        ...

    def kill(self) -> None:
        """Kill the whole process group now; safe to call twice or after exit."""
        ...
