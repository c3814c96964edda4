"""Run one training job: claim it, train, watch its output, and record how it ended.

The claim (status InProgress, our lease) makes a repeated message a no-op. While the
algorithm runs, a heartbeat renews the lease, flushes metric points and checks whether the
job was asked to stop; output lines are parsed as they arrive, the objective is reported to
the trial and the pruner consulted. The end is recorded under the tuning job's lock, the
study told, and the scheduler asked to advance.
"""

from __future__ import annotations

import logging
import os
import queue
import shutil
import socket
import tarfile
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import optuna
from sqlalchemy import insert, select
from sqlalchemy.exc import DBAPIError

from app import storage
from app.clock import now
from app.config import Settings
from app.db.models import MetricPoint, TrainingJob, TuningJob
from app.db.retry import retrying
from app.db.session import Database
from app.executor import Executor
from app.training.metrics import MetricDefinition, MetricParser
from app.tuning import scheduler, studies
from app.tuning.outcomes import record_end, tell_study
from app.tuning.schemas import CreateTuningJobRequest
from app.tuning.spec import interpret
from app.tuning.strategies import STRATEGIES
from workers.algorithms import script, xgboost_builtin
from workers.algorithms.base import TrainingContext, TrainingProcess
from workers.process import ForkedTraining, JobLog, ResourceLimits, ScriptTraining

log = logging.getLogger(__name__)

OUTPUT_TAIL_LINES = 40


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass
class Claim:
    """Plain data about a claimed job: no ORM object leaves its session."""

    name: str
    arn: str
    tuning_job_name: str
    trial_id: int
    hyperparameters: dict[str, str]
    spec: dict[str, Any]
    objective_metric: str
    objective_type: str
    metric_definitions: list[MetricDefinition]
    builtin_xgboost: bool
    strategy: str
    plan: Any
    max_resource: int | None
    attempt: int


@dataclass
class Watch:
    """What the runner learns while the algorithm runs."""

    steps: dict[str, int] = field(default_factory=dict)
    last: dict[str, tuple[float, Any]] = field(default_factory=dict)
    pending_points: list[dict[str, Any]] = field(default_factory=list)
    tail: deque[str] = field(default_factory=lambda: deque(maxlen=OUTPUT_TAIL_LINES))
    objective: float | None = None
    stop_cause: str | None = None  # "user", "pruned", "max_resource", "max_runtime"


def run_training_job(
    db: Database, settings: Settings, executor: Executor, name: str, *, owner: str | None = None
) -> None:
    owner = owner or worker_id()
    claim = retrying(lambda: claim_training_job(db, settings, name, owner), what=name)
    if claim is None:
        return
    try:
        outcome = _train(db, settings, claim, owner)
    except (SystemExit, KeyboardInterrupt):
        # A shutdown is not the job's failure: hand it back to run again.
        retrying(lambda: release_claim(db, claim, owner), what=name)
        raise
    except Exception as error:  # openamt's own failure, not the user's: retryable
        log.exception("training job %s: internal error", name)
        outcome = {
            "status": "Failed",
            "failure_kind": "Retryable",
            "failure_reason": f"InternalServerError: {error}"[:1024],
        }
    launched = retrying(lambda: finish_training_job(db, settings, claim, owner, outcome), what=name)
    for training_job_name in launched or []:
        executor.submit_training(training_job_name)


def claim_training_job(db: Database, settings: Settings, name: str, owner: str) -> Claim | None:
    with db.write() as session:
        tuning_name = session.scalar(
            select(TrainingJob.tuning_job_name).where(TrainingJob.name == name)
        )
        job = session.scalar(
            select(TuningJob).where(TuningJob.name == tuning_name).with_for_update()
        )
        training = session.scalar(
            select(TrainingJob).where(TrainingJob.name == name).with_for_update()
        )
        if job is None or training is None or training.status != "InProgress":
            return None
        if training.lease_owner is not None:
            return None  # someone runs it, or the reaper will decide about an expired lease
        started = now()
        training.lease_owner = owner
        training.lease_expires_at = started + timedelta(seconds=settings.lease_seconds)
        training.attempts += 1
        training.secondary_status = "Downloading"
        training.training_start_time = training.training_start_time or started
        training.last_modified_time = started
        spec = interpret(CreateTuningJobRequest.model_validate(job.request))
        assert training.trial_id is not None
        return Claim(
            name=name,
            arn=training.arn,
            tuning_job_name=job.name,
            trial_id=training.trial_id,
            hyperparameters=dict(training.hyperparameters),
            spec=dict(training.spec),
            objective_metric=job.objective_metric,
            objective_type=job.objective_type,
            metric_definitions=spec.metric_definitions,
            builtin_xgboost=spec.builtin_xgboost,
            strategy=spec.strategy,
            plan=spec.plan,
            max_resource=spec.plan.max_resource,
            attempt=training.attempts,
        )


def _train(db: Database, settings: Settings, claim: Claim, owner: str) -> dict[str, Any]:
    job_dir = settings.jobs_dir / claim.name
    shutil.rmtree(job_dir, ignore_errors=True)
    job_dir.mkdir(parents=True)
    settings.logs_dir.mkdir(parents=True, exist_ok=True)
    try:
        ctx = _context(settings, claim, job_dir)
        process = _start(settings, claim, ctx)
    except (storage.StorageError, script.ScriptError) as error:
        return {
            "status": "Failed",
            "failure_kind": "NonRetryable",
            "failure_reason": f"ClientError: {error}",
        }
    _mark_training(db, claim, owner, process.pid)
    watch = Watch()
    try:
        with JobLog(settings.logs_dir / f"{claim.name}.log", settings.max_log_bytes) as log_file:
            _watch(db, settings, claim, owner, process, watch, log_file)
    except BaseException:
        process.kill()  # a crash or SIGTERM of the worker: nothing of the training outlives it
        raise
    code = process.wait()
    retrying(lambda: _flush_points(db, claim, watch), what=claim.name)
    final_metrics = [
        {"MetricName": metric, "Value": value, "Timestamp": stamp.isoformat()}
        for metric, (value, stamp) in watch.last.items()
    ]
    result: dict[str, Any] = {"objective": watch.objective, "final_metrics": final_metrics}
    if watch.stop_cause is not None:
        result["status"] = "Stopped"
        result["early_stopped"] = watch.stop_cause in ("pruned", "max_resource")
        result["secondary_status"] = (
            "MaxRuntimeExceeded" if watch.stop_cause == "max_runtime" else "Stopped"
        )
    elif code != 0:
        reason = _failure_reason(ctx, list(watch.tail), code)
        return {
            "status": "Failed",
            "failure_kind": "NonRetryable",
            "failure_reason": reason,
            "final_metrics": final_metrics,
        }
    else:
        result["status"] = "Completed"
    result["model_artifacts"] = _upload_model(settings, claim, ctx)
    return result


def _context(settings: Settings, claim: Claim, job_dir: Path) -> TrainingContext:
    channels: dict[str, Path] = {}
    content_types: dict[str, str | None] = {}
    for channel in claim.spec.get("InputDataConfig", []):
        channel_name = channel["ChannelName"]
        source = channel["DataSource"].get("S3DataSource")
        if source is None:
            raise storage.StorageError(f"channel {channel_name}: only S3DataSource is supported")
        channels[channel_name] = storage.materialize_channel(
            source["S3Uri"], job_dir / "input" / "data" / channel_name, settings
        )
        content_types[channel_name] = channel.get("ContentType")
    return TrainingContext(
        job_name=claim.name,
        job_arn=claim.arn,
        hyperparameters=claim.hyperparameters,
        channels=channels,
        content_types=content_types,
        job_dir=job_dir,
        environment=dict(claim.spec.get("Environment") or {}),
        num_cpus=max(1, (os.cpu_count() or 1) // settings.workers),
    )


def _start(settings: Settings, claim: Claim, ctx: TrainingContext) -> TrainingProcess:
    limits = ResourceLimits.from_settings(settings)
    if claim.builtin_xgboost:
        xgboost_builtin.preload(ctx)
        return ForkedTraining(
            xgboost_builtin.train, ctx, failure_file=ctx.failure_file, limits=limits
        )
    command = script.prepare_script(ctx, settings)
    return ScriptTraining(command.argv, env=command.env, cwd=command.cwd, limits=limits)


def _watch(
    db: Database,
    settings: Settings,
    claim: Claim,
    owner: str,
    process: TrainingProcess,
    watch: Watch,
    log_file: Any,
) -> None:
    """Read output until EOF; heartbeat in between; kill the process when it must stop."""
    lines: queue.Queue[str | None] = queue.Queue()
    reader = threading.Thread(target=_pump, args=(process, lines), daemon=True)
    reader.start()
    parser = MetricParser(claim.metric_definitions)
    trial, study = _trial(settings, claim)
    max_runtime = claim.spec.get("StoppingCondition", {}).get("MaxRuntimeInSeconds")
    started = time.monotonic()
    next_beat = started + settings.heartbeat_seconds
    next_poll = started + settings.stop_poll_seconds
    while True:
        timeout = max(0.0, min(next_beat, next_poll) - time.monotonic())
        try:
            line = lines.get(timeout=timeout)
        except queue.Empty:
            line = ""
        if line is None:
            break
        if line:
            log_file.write(line + "\n")
            watch.tail.append(line)
            _observe(claim, parser.parse(line), watch, trial, study)
        clock = time.monotonic()
        if clock >= next_beat:
            log_file.flush()
            if not _heartbeat(db, settings, claim, owner, watch) and watch.stop_cause is None:
                watch.stop_cause = "user"
            next_beat = next_poll = time.monotonic() + settings.heartbeat_seconds
        elif clock >= next_poll:
            if not _still_ours(db, claim, owner) and watch.stop_cause is None:
                watch.stop_cause = "user"
            next_poll = time.monotonic() + settings.stop_poll_seconds
        if max_runtime and clock - started > max_runtime and not watch.stop_cause:
            watch.stop_cause = "max_runtime"
        if watch.stop_cause is not None:
            process.kill()
    reader.join()


def _pump(process: TrainingProcess, lines: queue.Queue[str | None]) -> None:
    try:
        for line in process.lines():
            lines.put(line)
    finally:
        lines.put(None)


def _trial(settings: Settings, claim: Claim) -> tuple[optuna.Trial | None, optuna.Study | None]:
    """The Optuna trial to report to, only when a pruner will read the reports."""
    pruner = STRATEGIES[claim.strategy].make_pruner(claim.plan)
    if pruner is None:
        return None, None
    study = studies.load_study(settings, claim.tuning_job_name, pruner=pruner)
    return optuna.Trial(study, claim.trial_id), study


def _observe(
    claim: Claim,
    values: list[tuple[str, float]],
    watch: Watch,
    trial: optuna.Trial | None,
    study: optuna.Study | None,
) -> None:
    stamp = now()
    for metric, value in values:
        step = watch.steps[metric] = watch.steps.get(metric, 0) + 1
        watch.last[metric] = (value, stamp)
        watch.pending_points.append(
            {"metric_name": metric, "step": step, "value": value, "timestamp": stamp}
        )
        if metric != claim.objective_metric:
            continue
        watch.objective = value
        if trial is not None and watch.stop_cause is None:
            trial.report(value, step)
            if trial.should_prune():
                watch.stop_cause = "pruned"
        if (
            claim.max_resource is not None
            and step >= claim.max_resource
            and claim.strategy == "Hyperband"
        ):
            watch.stop_cause = watch.stop_cause or "max_resource"


def _heartbeat(db: Database, settings: Settings, claim: Claim, owner: str, watch: Watch) -> bool:
    """Renew the lease and flush metrics; False when the job should stop (or is not ours).
    A database that is briefly unreachable is not the job's failure: keep training and try
    again at the next beat (the lease outlives a missed beat or two)."""
    try:
        with db.write(durable=False) as session:
            training = session.scalar(select(TrainingJob).where(TrainingJob.name == claim.name))
            _insert_points(session, training, watch)
            if training is None or training.lease_owner != owner:
                return False
            training.lease_expires_at = now() + timedelta(seconds=settings.lease_seconds)
            return training.status == "InProgress"
    except DBAPIError:
        log.warning("training job %s: heartbeat failed; retrying", claim.name, exc_info=True)
        return True


def _still_ours(db: Database, claim: Claim, owner: str) -> bool:
    """The cheap check between beats: a read, so a stop is seen within stop_poll_seconds."""
    try:
        with db.read() as session:
            row = session.execute(
                select(TrainingJob.status, TrainingJob.lease_owner).where(
                    TrainingJob.name == claim.name
                )
            ).first()
    except DBAPIError:
        return True
    return row is not None and row.status == "InProgress" and row.lease_owner == owner


def _mark_training(db: Database, claim: Claim, owner: str, process_group: int) -> None:
    with db.write(durable=False) as session:
        training = session.scalar(select(TrainingJob).where(TrainingJob.name == claim.name))
        if training is not None and training.lease_owner == owner:
            training.process_group = process_group
            if training.status == "InProgress":
                training.secondary_status = "Training"


def release_claim(db: Database, claim: Claim, owner: str) -> None:
    """Give the job back unclaimed (the next start resubmits it); the attempt is not counted."""
    with db.write() as session:
        training = session.scalar(
            select(TrainingJob).where(TrainingJob.name == claim.name).with_for_update()
        )
        if training is not None and training.lease_owner == owner:
            training.lease_owner = None
            training.lease_expires_at = None
            training.process_group = None
            training.attempts -= 1
            training.secondary_status = "Starting"


def _flush_points(db: Database, claim: Claim, watch: Watch) -> None:
    if watch.pending_points:
        with db.write(durable=False) as session:
            training = session.scalar(select(TrainingJob).where(TrainingJob.name == claim.name))
            _insert_points(session, training, watch)


def _insert_points(session: Any, training: TrainingJob | None, watch: Watch) -> None:
    if training is not None and watch.pending_points:
        session.execute(
            insert(MetricPoint),
            [{**point, "training_job_id": training.id} for point in watch.pending_points],
        )
    watch.pending_points.clear()


def _failure_reason(ctx: TrainingContext, tail: list[str], code: int) -> str:
    reason = script.failure_reason(ctx, tail)
    if code < 0:
        reason = f"AlgorithmError: killed by signal {-code}. {reason}"
    return reason


def _upload_model(settings: Settings, claim: Claim, ctx: TrainingContext) -> str | None:
    model_dir = ctx.model_dir
    if not model_dir.is_dir() or not any(model_dir.iterdir()):
        return None
    archive = ctx.job_dir / "model.tar.gz"
    # gzip's default level 6: level 9 (tarfile's default) costs ~8x the time for ~3% less.
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        for item in sorted(model_dir.iterdir()):
            tar.add(item, arcname=item.name)
    output_path = claim.spec["OutputDataConfig"]["S3OutputPath"]
    uri = storage.join_uri(output_path, claim.name, "output", "model.tar.gz")
    storage.upload_file(archive, uri, settings)
    return uri


def finish_training_job(
    db: Database, settings: Settings, claim: Claim, owner: str, outcome: dict[str, Any]
) -> list[str] | None:
    """Record the end once and take the tuning job's next step in the same transaction (it
    already holds the job's lock). Returns the training jobs to submit after the commit, or
    None when the job was no longer ours (the reaper took it)."""
    with db.write() as session:
        job = session.scalar(
            select(TuningJob).where(TuningJob.name == claim.tuning_job_name).with_for_update()
        )
        training = session.scalar(
            select(TrainingJob).where(TrainingJob.name == claim.name).with_for_update()
        )
        if job is None or training is None or training.lease_owner != owner:
            return None
        if training.status not in ("InProgress", "Stopping"):
            return None
        record_end(
            job,
            training,
            status=outcome["status"],
            failure_kind=outcome.get("failure_kind"),
            failure_reason=outcome.get("failure_reason"),
            objective=outcome.get("objective") if outcome["status"] != "Failed" else None,
            early_stopped=outcome.get("early_stopped", False),
        )
        if outcome.get("secondary_status"):
            training.secondary_status = outcome["secondary_status"]
        training.final_metrics = outcome.get("final_metrics", [])
        training.model_artifacts = outcome.get("model_artifacts")
        # The study hears the result before the next suggestion is asked for. Should our
        # commit fail after this, the retried unit tells it again, which is a no-op.
        tell_study(
            settings, job.name, claim.trial_id, training.final_objective,
            pruned=training.early_stopped,
        )  # fmt: skip
        return scheduler.step(session, settings, job)
