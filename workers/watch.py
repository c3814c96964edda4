"""Watching a running training: its output lines as they arrive (log, metrics, the
objective handed to its early-stopping judge), and between them a heartbeat that renews the
lease and flushes metric points, a cheap poll that notices a stop, and a throttled count of
the job directory's disk use against its VolumeSizeInGB. What the job's state becomes is
app/runs.py's; what stops it early is app/tuning/early_stopping.py's.

Decision: a job's volume is its job directory (what it wrote under /opt/ml and the channels
copied into it), counted as `du` does (allocated blocks, links not followed, a hard-linked
file once), not a file system of its own: a per-job file system or quota needs root. The
count runs once a second for at most VOLUME_SLICE_SECONDS and, when a directory is too large
to walk in one slice, goes on from where it stopped at the next (its running total is a lower
bound, so a job over its volume is stopped as soon as the bytes counted so far pass it); a
last count when the output ends catches a job that filled its volume between two counts.
Over the volume, the job is stopped and fails as a SageMaker job that runs out of disk does
("No space left on device"). GB is read as GiB, the larger."""

from __future__ import annotations

import math
import os
import select
import stat
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from app import runs
from app.clock import now
from app.config import Settings
from app.db.session import Database
from app.runs import Claim
from app.training.metrics import parser_for
from app.training.rule_statuses import RuleWatcher
from app.training.states import StopCause
from app.tuning import early_stopping
from app.tuning.early_stopping import EarlyStopping
from workers.algorithms.base import TrainingProcess
from workers.process import READ_BYTES, LineSplitter

OUTPUT_TAIL_LINES = 40
VOLUME_CHECK_SECONDS = 1.0  # how often the job directory's disk use is counted
VOLUME_SLICE_SECONDS = 0.05  # the most one count may take (the rest waits for the next)
VOLUME_LAST_SECONDS = 2.0  # the most the count at the output's end may take
_GIB = 1024**3


@dataclass
class Watch:
    """What the runner learns while the algorithm runs."""

    steps: dict[str, int] = field(default_factory=dict)
    last: dict[str, tuple[float, datetime]] = field(default_factory=dict)
    pending_points: list[dict[str, Any]] = field(default_factory=list)
    tail: deque[str] = field(default_factory=lambda: deque(maxlen=OUTPUT_TAIL_LINES))
    objective: float | None = None
    stop_cause: StopCause | None = None
    # Its Debugger rules (DebugRuleConfigurations), if any: one state over spot restarts.
    rules: RuleWatcher | None = None


@dataclass(frozen=True)
class AttemptLimits:
    """The clocks of one run of the training process (more than one with spot restarts)."""

    runtime_used: float = 0.0  # training seconds of earlier runs: MaxRuntime counts them all
    interrupt_after: float | None = None  # a simulated spot reclaim after this many seconds
    wait_deadline: float | None = None  # monotonic: MaxWaitTimeInSeconds from the first start
    volume: Volume | None = None  # the job's disk: ResourceConfig.VolumeSizeInGB


@dataclass(frozen=True)
class Volume:
    """A job directory and the disk space it may take (ResourceConfig.VolumeSizeInGB)."""

    directory: Path
    size_gb: int

    @classmethod
    def of(cls, spec: dict[str, Any], directory: Path) -> Volume | None:
        """The job's volume; None when it names none (0: instance storage, not limited here)."""
        size_gb = (spec.get("ResourceConfig") or {}).get("VolumeSizeInGB")
        return cls(directory, int(size_gb)) if size_gb else None

    @property
    def capacity(self) -> int:
        return self.size_gb * _GIB

    @property
    def full_reason(self) -> str:
        """The FailureReason of a job that filled its volume."""
        return (
            "ClientError: Insufficient disk space: the training job's files exceeded its "
            f"volume (VolumeSizeInGB={self.size_gb}): No space left on device"
        )


class DiskUse:
    """A directory's allocated bytes, counted a slice of time at a time (see the opening)."""

    def __init__(self, root: Path, capacity: int) -> None:
        self._root = root
        self._capacity = capacity
        self._walk: Iterator[int] | None = None
        self._counted = 0

    def over(self, budget: float, *, afresh: bool = False) -> bool:
        """Count on for at most `budget` seconds: whether the bytes counted in this pass
        already exceed the volume. A pass ends when the whole directory was counted; the
        next call starts another (`afresh`: start one now)."""
        if self._walk is None or afresh:
            self._walk, self._counted = allocated_blocks(self._root), 0
        deadline = time.monotonic() + budget
        for blocks in self._walk:
            self._counted += blocks * 512
            if self._counted > self._capacity:
                return True
            if time.monotonic() >= deadline:
                return False
        self._walk = None
        return False


def allocated_blocks(root: Path) -> Iterator[int]:
    """The 512-byte blocks of each entry under `root` (st_blocks, as `du` counts them): links
    not followed, a hard-linked file once, entries that vanish meanwhile skipped, a directory
    the job closed opened again."""
    seen: set[tuple[int, int]] = set()
    pending = [str(root)]
    while pending:
        entries = _opened(pending.pop())
        if entries is None:
            continue
        with entries:
            for entry in entries:
                try:
                    info = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                if stat.S_ISDIR(info.st_mode):
                    pending.append(entry.path)
                elif info.st_nlink > 1:
                    if (info.st_dev, info.st_ino) in seen:
                        continue
                    seen.add((info.st_dev, info.st_ino))
                yield info.st_blocks


def _opened(directory: str) -> os._ScandirIterator[str] | None:  # what os.scandir returns
    try:
        return os.scandir(directory)
    except PermissionError:
        pass
    except OSError:  # gone meanwhile
        return None
    # A job that shut a directory of its own (chmod 000) to hide what it holds, where it runs
    # as the worker's user: the directory is the job's, so the worker opens it up again.
    try:
        os.chmod(directory, 0o700)
        return os.scandir(directory)
    except OSError:
        return None


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
    volume = limits.volume
    disk = DiskUse(volume.directory, volume.capacity) if volume is not None else None
    started = time.monotonic()
    next_beat = started + settings.heartbeat_seconds
    next_poll = started + settings.stop_poll_seconds
    next_count = started + VOLUME_CHECK_SECONDS if disk is not None else math.inf
    if watch.rules is not None:
        watch.rules.resume(started)
    while True:
        wake = min(next_beat, next_poll, next_count)
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
        if watch.rules is not None and watch.rules.check(db, owner, clock, log_file):
            watch.stop_cause = watch.stop_cause or StopCause.DEBUG_RULE
        if disk is not None and clock >= next_count:
            if disk.over(VOLUME_SLICE_SECONDS) and watch.stop_cause is None:
                watch.stop_cause = StopCause.VOLUME_FULL
            next_count = time.monotonic() + VOLUME_CHECK_SECONDS
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
    # A last count: a job may have filled its volume since the one before and ended.
    if (
        watch.stop_cause is None
        and disk is not None
        and disk.over(VOLUME_LAST_SECONDS, afresh=True)
    ):
        watch.stop_cause = StopCause.VOLUME_FULL
    if watch.rules is not None and watch.stop_cause is not StopCause.INTERRUPTED:
        stopped = watch.stop_cause is StopCause.USER
        watch.rules.end(db, owner, log_file, stopped_by_user=stopped)


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
        if watch.rules is not None:
            watch.rules.observe(metric, value)
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
