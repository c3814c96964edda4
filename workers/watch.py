"""Watching a running training: its output lines as they arrive (log, metrics, the
objective handed to its early-stopping judge), and between them a heartbeat that renews the
lease and flushes metric points, and a cheap poll that notices a stop. What the job's state
becomes is app/runs.py's; what stops it early is app/tuning/early_stopping.py's."""

from __future__ import annotations

import math
import os
import select
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app import runs
from app.clock import now
from app.config import Settings
from app.db.session import Database
from app.runs import Claim
from app.training.metrics import parser_for
from app.training.states import StopCause
from app.tuning import early_stopping
from app.tuning.early_stopping import EarlyStopping
from workers.algorithms.base import TrainingProcess
from workers.process import READ_BYTES, LineSplitter

OUTPUT_TAIL_LINES = 40


@dataclass
class Watch:
    """What the runner learns while the algorithm runs."""

    steps: dict[str, int] = field(default_factory=dict)
    last: dict[str, tuple[float, datetime]] = field(default_factory=dict)
    pending_points: list[dict[str, Any]] = field(default_factory=list)
    tail: deque[str] = field(default_factory=lambda: deque(maxlen=OUTPUT_TAIL_LINES))
    objective: float | None = None
    stop_cause: StopCause | None = None


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
    """Read output until EOF; heartbeat in between; stop the process when it must stop."""
    limits = limits or AttemptLimits()
    output = process.fileno()
    readable = select.poll()  # poll, not select: no limit on the descriptor's number
    readable.register(output, select.POLLIN)
    splitter = LineSplitter()
    parser = parser_for(tuple(claim.metric_definitions))
    judge = early_stopping.for_trial(settings, claim.plan, claim.tuning_job, claim.trial_id)
    max_runtime = claim.spec.get("StoppingCondition", {}).get("MaxRuntimeInSeconds")
    started = time.monotonic()
    next_beat = started + settings.heartbeat_seconds
    next_poll = started + settings.stop_poll_seconds
    while True:
        wake = min(next_beat, next_poll)
        if limits.interrupt_after is not None and watch.stop_cause is None:
            wake = min(wake, started + limits.interrupt_after)
        timeout = max(0.0, wake - time.monotonic())
        # Waiting on the pipe itself: every line that has arrived is read in one go, in
        # this thread (a reader thread cost a wake-up and a lock hand-over per line).
        if readable.poll(timeout * 1000):
            chunk = os.read(output, READ_BYTES)
            for line in splitter.feed(chunk) if chunk else splitter.end():
                log_file.write(line + "\n")
                watch.tail.append(line)
                _observe(claim, parser.parse(line), watch, judge)
            if not chunk:
                break
        clock = time.monotonic()
        if clock >= next_beat:
            log_file.flush()
            going_on = runs.heartbeat(db, settings, claim, owner, watch.pending_points)
            if not going_on and watch.stop_cause is None:
                watch.stop_cause = StopCause.USER
            next_beat = next_poll = time.monotonic() + settings.heartbeat_seconds
        elif clock >= next_poll:
            if not runs.still_ours(db, claim, owner) and watch.stop_cause is None:
                watch.stop_cause = StopCause.USER
            next_poll = time.monotonic() + settings.stop_poll_seconds
        limit = _limit_passed(limits, clock - started, clock, max_runtime)
        if limit is not None:
            watch.stop_cause = watch.stop_cause or limit
        if limits.interrupt_after is not None and clock - started > limits.interrupt_after:
            watch.stop_cause = watch.stop_cause or StopCause.INTERRUPTED
        if watch.stop_cause is not None:
            process.stop()


def _limit_passed(
    limits: AttemptLimits, running: float, clock: float, max_runtime: float | None
) -> StopCause | None:
    """`max_runtime` or `max_wait` once either is passed; when a check finds both passed,
    the one passed first (the training clock and the wall clock run together within a run,
    so the one passed by more seconds was passed first)."""
    over_runtime = limits.runtime_used + running - max_runtime if max_runtime else -math.inf
    over_wait = clock - limits.wait_deadline if limits.wait_deadline is not None else -math.inf
    if max(over_runtime, over_wait) <= 0:
        return None
    return StopCause.MAX_RUNTIME if over_runtime >= over_wait else StopCause.MAX_WAIT


def _observe(
    claim: Claim, values: list[tuple[str, float]], watch: Watch, judge: EarlyStopping | None
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
        if judge is not None and watch.stop_cause is None:
            watch.stop_cause = judge.observe(value, step)
