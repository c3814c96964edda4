"""Watching a running training: its output lines as they arrive (log, metrics, the
objective reported to the trial and the pruner consulted), and between them a heartbeat that
renews the lease and flushes metric points, and a cheap poll that notices a stop."""

from __future__ import annotations

import logging
import math
import queue
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import optuna
from sqlalchemy import insert, select
from sqlalchemy.exc import DBAPIError

from app.clock import now
from app.config import Settings
from app.db.models import MetricPoint, TrainingJob
from app.db.session import Database
from app.training.metrics import MetricParser
from app.tuning import studies
from app.tuning.strategies import STRATEGIES
from workers.algorithms.base import TrainingProcess
from workers.claims import Claim

log = logging.getLogger(__name__)


OUTPUT_TAIL_LINES = 40


@dataclass
class Watch:
    """What the runner learns while the algorithm runs."""

    steps: dict[str, int] = field(default_factory=dict)
    last: dict[str, tuple[float, Any]] = field(default_factory=dict)
    pending_points: list[dict[str, Any]] = field(default_factory=list)
    tail: deque[str] = field(default_factory=lambda: deque(maxlen=OUTPUT_TAIL_LINES))
    objective: float | None = None
    # "user", "pruned", "max_resource", "max_runtime", "max_wait", "interrupted" (spot)
    stop_cause: str | None = None


@dataclass(frozen=True)
class AttemptLimits:
    """The clocks of one run of the training process (more than one with spot restarts)."""

    runtime_used: float = 0.0  # training seconds of earlier runs: MaxRuntime counts them all
    interrupt_after: float | None = None  # a simulated spot reclaim after this many seconds
    wait_deadline: float | None = None  # monotonic: MaxWaitTimeInSeconds from the first start


def watch_output(
    db: Database,
    settings: Settings,
    claim: Claim,
    owner: str,
    process: TrainingProcess,
    watch: Watch,
    log_file: Any,
    limits: AttemptLimits | None = None,
) -> None:
    """Read output until EOF; heartbeat in between; kill the process when it must stop."""
    limits = limits or AttemptLimits()
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
        wake = min(next_beat, next_poll)
        if limits.interrupt_after is not None and watch.stop_cause is None:
            wake = min(wake, started + limits.interrupt_after)
        timeout = max(0.0, wake - time.monotonic())
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
        limit = _limit_passed(limits, clock - started, clock, max_runtime)
        if limit is not None:
            watch.stop_cause = watch.stop_cause or limit
        if limits.interrupt_after is not None and clock - started > limits.interrupt_after:
            watch.stop_cause = watch.stop_cause or "interrupted"
        if watch.stop_cause is not None:
            process.kill()
    reader.join()


def _limit_passed(
    limits: AttemptLimits, running: float, clock: float, max_runtime: float | None
) -> str | None:
    """`max_runtime` or `max_wait` once either is passed; when a check finds both passed,
    the one passed first (the training clock and the wall clock run together within a run,
    so the one passed by more seconds was passed first)."""
    over_runtime = limits.runtime_used + running - max_runtime if max_runtime else -math.inf
    over_wait = clock - limits.wait_deadline if limits.wait_deadline is not None else -math.inf
    if max(over_runtime, over_wait) <= 0:
        return None
    return "max_runtime" if over_runtime >= over_wait else "max_wait"


def _pump(process: TrainingProcess, lines: queue.Queue[str | None]) -> None:
    try:
        for line in process.lines():
            lines.put(line)
    finally:
        lines.put(None)


def _trial(settings: Settings, claim: Claim) -> tuple[optuna.Trial | None, optuna.Study | None]:
    """The Optuna trial to report to, only when a pruner will read the reports (never for a
    standalone training job: it has no trial)."""
    if claim.strategy is None or claim.tuning_job_name is None or claim.trial_id is None:
        return None, None
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


def flush_points(db: Database, claim: Claim, watch: Watch) -> None:
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
