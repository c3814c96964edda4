"""The client commands: tuning jobs, their trials and training jobs, from a terminal."""

from __future__ import annotations

import codecs
import enum
import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from app.cli import job_file
from app.cli.http import (
    DEFAULT_ENDPOINT,
    NOT_FOUND_OR_FAILED,
    Api,
    Endpoint,
    Output,
    OutputOption,
    Token,
    fail,
    one_line_errors,
    print_json,
)
from app.cli.live_view import watch_job
from app.cli.server import app
from app.tuning.states import TERMINAL

console = Console()
Name = Annotated[str, typer.Argument(help="The tuning job's name.", show_default=False)]
TUNING = "/hyper-parameter-tuning-jobs"


class SortKey(enum.StrEnum):
    objective = "objective"
    name = "name"
    status = "status"
    created = "created"


def _objective(summary: dict[str, Any]) -> float | None:
    metric = summary.get("FinalHyperParameterTuningJobObjectiveMetric")
    return metric["Value"] if metric else None


def _cell(value: Any) -> str:
    """Short enough for a terminal: 6 significant digits, times to the second."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.6g}"
    text = str(value)
    if isinstance(value, str) and len(text) > 10 and text[4:5] == "-" and "T" in text:
        return text[:19].replace("T", " ")  # an ISO 8601 time
    try:
        number = float(text)
    except ValueError:
        return text
    return text if number.is_integer() and "." not in text else f"{number:.6g}"


def _table(title: str, columns: list[str], rows: list[list[Any]]) -> Table:
    """A table; with columns ["", ""], a key/value table without a header."""
    key_value = columns == ["", ""]
    table = Table(title=title, title_justify="left", show_header=not key_value)
    for i, column in enumerate(columns):
        table.add_column(column, overflow="fold", no_wrap=i == 0)
    for row in rows:
        table.add_row(*[_cell(cell) for cell in row])
    return table


def _status_line(described: dict[str, Any]) -> str:
    counters = described["TrainingJobStatusCounters"]
    limit = described["HyperParameterTuningJobConfig"]["ResourceLimits"].get(
        "MaxNumberOfTrainingJobs", "-"
    )
    done = sum(v for k, v in counters.items() if k != "InProgress")
    return f"{done}/{limit} training jobs done, {counters['InProgress']} running"


@app.command(rich_help_panel="Tuning jobs")
@one_line_errors
def create(
    file: Annotated[
        Path,
        typer.Option(
            "--file",
            "-f",
            help="A CreateHyperParameterTuningJob body (.json, .yaml) or the "
            "short YAML form (see docs/cli.md).",
            show_default=False,
        ),
    ],  # fmt: skip
    name: Annotated[str | None, typer.Option(help="Use this job name instead.")] = None,
    wait: Annotated[
        bool, typer.Option("--wait", help="Wait for the job to end; exit 1 if it failed.")
    ] = False,
    endpoint: Endpoint = DEFAULT_ENDPOINT,
    token: Token = None,
    output: OutputOption = Output.table,
) -> None:
    """Create a tuning job from a file."""
    body = job_file.load(file)
    if name:
        body["HyperParameterTuningJobName"] = name
    api = Api(endpoint, token)
    created = api.request("POST", TUNING, json=body).json()
    job_name = body["HyperParameterTuningJobName"]
    if not wait:
        print_json(created) if output is Output.json else typer.echo(
            f"created {job_name} ({created['HyperParameterTuningJobArn']})"
        )
        return
    if output is Output.table:
        typer.echo(f"created {job_name}, waiting for it to end")
    described = _wait(api, job_name)
    _show_described(described, output)
    if described["HyperParameterTuningJobStatus"] == "Failed":
        raise typer.Exit(NOT_FOUND_OR_FAILED)


def _wait(api: Api, name: str) -> dict[str, Any]:
    while True:
        described: dict[str, Any] = api.get(f"{TUNING}/{name}")
        if described["HyperParameterTuningJobStatus"] in TERMINAL:
            return described
        time.sleep(1)


def _show_described(described: dict[str, Any], output: Output) -> None:
    if output is Output.json:
        print_json(described)
        return
    config = described["HyperParameterTuningJobConfig"]
    objective = config["HyperParameterTuningJobObjective"]
    best = described.get("BestTrainingJob")
    rows = [
        ["Name", described["HyperParameterTuningJobName"]],
        ["Status", described["HyperParameterTuningJobStatus"]],
        ["Strategy", config["Strategy"]],
        ["Objective", f"{objective['Type']} {objective['MetricName']}"],
        ["Progress", _status_line(described)],
        ["Created", described["CreationTime"]],
        ["Ended", described.get("HyperParameterTuningEndTime")],
        ["Best training job", best["TrainingJobName"] if best else None],
        ["Best objective", _objective(best) if best else None],
        ["Failure reason", described.get("FailureReason")],
    ]
    console.print(_table("Tuning job", ["", ""], [r for r in rows if r[1] is not None]))


@app.command(rich_help_panel="Tuning jobs")
@one_line_errors
def describe(
    name: Name, endpoint: Endpoint = DEFAULT_ENDPOINT, token: Token = None,
    output: OutputOption = Output.table,
) -> None:  # fmt: skip
    """A tuning job's status, progress and best training job."""
    _show_described(Api(endpoint, token).get(f"{TUNING}/{name}"), output)


@app.command("list", rich_help_panel="Tuning jobs")
@one_line_errors
def list_jobs(
    status: Annotated[str | None, typer.Option(help="Only jobs with this status.")] = None,
    name_contains: Annotated[str | None, typer.Option(help="Only names containing this.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many jobs.")] = 100,
    endpoint: Endpoint = DEFAULT_ENDPOINT,
    token: Token = None,
    output: OutputOption = Output.table,
) -> None:
    """Tuning jobs, newest first."""
    jobs = Api(endpoint, token).paginate(
        TUNING, "HyperParameterTuningJobSummaries", limit, StatusEquals=status,
        NameContains=name_contains, SortBy="CreationTime", SortOrder="Descending",
    )  # fmt: skip
    if output is Output.json:
        print_json(jobs)
        return
    rows = [
        [
            job["HyperParameterTuningJobName"], job["HyperParameterTuningJobStatus"],
            job["Strategy"],
            sum(v for k, v in job["TrainingJobStatusCounters"].items() if k != "InProgress"),
            job["TrainingJobStatusCounters"]["InProgress"], job["CreationTime"],
        ]
        for job in jobs
    ]  # fmt: skip
    console.print(_table("Tuning jobs", ["Name", "Status", "Strategy", "Done", "Running",
                                         "Created"], rows))  # fmt: skip


@app.command(rich_help_panel="Tuning jobs")
@one_line_errors
def trials(
    name: Name,
    sort: Annotated[SortKey, typer.Option(help="Sort by this; objective: best first.")] = (
        SortKey.objective
    ),
    reverse: Annotated[bool, typer.Option(help="Reverse the order.")] = False,
    endpoint: Endpoint = DEFAULT_ENDPOINT,
    token: Token = None,
    output: OutputOption = Output.table,
) -> None:
    """A tuning job's training jobs, their hyperparameters and objective values."""
    api = Api(endpoint, token)
    described = api.get(f"{TUNING}/{name}")
    jobs = api.paginate(f"{TUNING}/{name}/training-jobs", "TrainingJobSummaries")
    objective = described["HyperParameterTuningJobConfig"]["HyperParameterTuningJobObjective"]
    if sort is SortKey.objective:
        # Best first; jobs without a value last, whichever the direction.
        sign = -1 if objective["Type"] == "Maximize" else 1
        jobs.sort(key=lambda j: (_objective(j) is None, sign * (_objective(j) or 0)))
    else:
        field = {"name": "TrainingJobName", "status": "TrainingJobStatus",
                 "created": "CreationTime"}[sort.value]  # fmt: skip
        jobs.sort(key=lambda j: j[field])
    if reverse:
        jobs.reverse()
    if output is Output.json:
        print_json(jobs)
        return
    names = sorted({k for job in jobs for k in job["TunedHyperParameters"]})
    rows = [
        [job["TrainingJobName"], job["TrainingJobStatus"], _objective(job),
         *[job["TunedHyperParameters"].get(k) for k in names]]
        for job in jobs
    ]  # fmt: skip
    title = f"{name}: {objective['MetricName']} ({objective['Type']})"
    console.print(_table(title, ["Training job", "Status", "Objective", *names], rows))


@app.command(rich_help_panel="Tuning jobs")
@one_line_errors
def best(
    name: Name, endpoint: Endpoint = DEFAULT_ENDPOINT, token: Token = None,
    output: OutputOption = Output.table,
) -> None:  # fmt: skip
    """The best training job so far: its objective, hyperparameters and model."""
    api = Api(endpoint, token)
    summary = api.get(f"{TUNING}/{name}").get("BestTrainingJob")
    if not summary:
        fail(f"{name} has no training job with an objective value yet")
    training = api.get(f"/training-jobs/{summary['TrainingJobName']}")
    if output is Output.json:
        print_json({"BestTrainingJob": summary, "TrainingJob": training})
        return
    metric = summary["FinalHyperParameterTuningJobObjectiveMetric"]
    rows = [
        ["Training job", summary["TrainingJobName"]],
        [metric["MetricName"], str(metric["Value"])],
        *[[k, v] for k, v in summary["TunedHyperParameters"].items()],
        ["Model", training.get("ModelArtifacts", {}).get("S3ModelArtifacts")],
    ]
    console.print(_table(f"Best training job of {name}", ["", ""], rows))


@app.command(rich_help_panel="Tuning jobs")
@one_line_errors
def stop(name: Name, endpoint: Endpoint = DEFAULT_ENDPOINT, token: Token = None) -> None:
    """Stop a tuning job and every training job it runs."""
    Api(endpoint, token).request("POST", f"{TUNING}/{name}/stop")
    typer.echo(f"stopping {name}")


@app.command(rich_help_panel="Tuning jobs")
@one_line_errors
def delete(name: Name, endpoint: Endpoint = DEFAULT_ENDPOINT, token: Token = None) -> None:
    """Delete a finished tuning job (its training jobs and models stay)."""
    Api(endpoint, token).request("DELETE", f"{TUNING}/{name}")
    typer.echo(f"deleted {name}")


@app.command(rich_help_panel="Tuning jobs")
@one_line_errors
def watch(
    name: Name,
    interval: Annotated[float, typer.Option(min=0.1, help="Seconds between refreshes.")] = 1.0,
    endpoint: Endpoint = DEFAULT_ENDPOINT,
    token: Token = None,
) -> None:
    """A live view until the job ends: progress, running jobs, best objective."""
    described = watch_job(Api(endpoint, token), name, interval=interval, console=console)
    if described["HyperParameterTuningJobStatus"] == "Failed":
        fail(f"{name} failed: {described.get('FailureReason', '')}")


@app.command(rich_help_panel="Training jobs")
@one_line_errors
def logs(
    training_job: Annotated[str, typer.Argument(help="The training job's name.")],
    follow: Annotated[
        bool, typer.Option("--follow", "-f", help="Keep printing until the job ends.")
    ] = False,
    endpoint: Endpoint = DEFAULT_ENDPOINT,
    token: Token = None,
) -> None:
    """What a training job printed."""
    api = Api(endpoint, token)
    received = 0  # bytes: each request asks only for what came after them
    decoder = codecs.getincrementaldecoder("utf-8")("replace")  # a character may be cut
    while True:
        # Status first: output written before a job ended is all there once it has.
        ended = api.get(f"/training-jobs/{training_job}")["TrainingJobStatus"] not in (
            "InProgress",
            "Stopping",
        )
        chunk = api.request(
            "GET", f"/training-jobs/{training_job}/logs", params={"StartByte": received}
        ).content
        received += len(chunk)
        typer.echo(decoder.decode(chunk, final=not follow or ended), nl=False)
        if not follow or ended:
            return
        time.sleep(0.5)
