"""`openamt watch`: a live view of a tuning job, until it ends."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from rich.console import Console, Group
from rich.live import Live
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from app.tuning.states import TERMINAL

if TYPE_CHECKING:
    from app.cli.http import Api


def _view(described: dict[str, Any], running: list[dict[str, Any]], progress: Progress) -> Group:
    config = described["HyperParameterTuningJobConfig"]
    objective = config["HyperParameterTuningJobObjective"]
    best = described.get("BestTrainingJob")
    value = best["FinalHyperParameterTuningJobObjectiveMetric"]["Value"] if best else None
    header = (
        f"[bold]{described['HyperParameterTuningJobName']}[/bold]  "
        f"{described['HyperParameterTuningJobStatus']}  {config['Strategy']}  "
        f"{objective['Type']} {objective['MetricName']}"
    )
    best_line = (
        f"best so far: [bold]{value:.6g}[/bold] ({best['TrainingJobName']})"
        if best else "best so far: -"
    )  # fmt: skip
    table = Table(title=f"running ({len(running)})", title_justify="left")
    table.add_column("Training job")
    table.add_column("Hyperparameters", overflow="fold")
    for job in running:
        tuned = ", ".join(f"{k}={v}" for k, v in job["TunedHyperParameters"].items())
        table.add_row(job["TrainingJobName"], tuned)
    return Group(header, progress, best_line, table)


def watch_job(api: Api, name: str, *, interval: float, console: Console) -> dict[str, Any]:
    """Refresh until the tuning job ends; return its last description."""
    progress = Progress(
        TextColumn("training jobs"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console,
    )  # fmt: skip
    task = progress.add_task("jobs", total=None)
    with Live(console=console, refresh_per_second=4, transient=False) as live:
        while True:
            described: dict[str, Any] = api.get(f"/hyper-parameter-tuning-jobs/{name}")
            counters = described["TrainingJobStatusCounters"]
            limit = described["HyperParameterTuningJobConfig"]["ResourceLimits"].get(
                "MaxNumberOfTrainingJobs"
            )
            done = sum(v for k, v in counters.items() if k != "InProgress")
            progress.update(task, completed=done, total=limit or max(done, 1))
            running = (
                api.get(
                    f"/hyper-parameter-tuning-jobs/{name}/training-jobs",
                    StatusEquals="InProgress", MaxResults=100,
                )["TrainingJobSummaries"]
                if counters["InProgress"] else []
            )  # fmt: skip
            live.update(_view(described, running, progress))
            if described["HyperParameterTuningJobStatus"] in TERMINAL:
                return described
            time.sleep(interval)
