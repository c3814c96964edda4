"""LocalExecutor: embedded mode's pool of worker processes (distributed mode's executor is
workers/celery_executor.py).

A dispatcher thread in the API process owns one pipe per worker: a worker says "ready",
the dispatcher hands it a training job name. Pipes rather than a shared multiprocessing
queue because a queue's reader lock, held by a worker killed with -9, would block every
other worker forever; a dead worker's pipe just reads EOF, and it is replaced.

A worker that finishes a training job advances its tuning job inline and claims the first
job that launches for itself, in the same transaction (app/runs.finish: the shortest path
from one job's end to the next one's start), unless others wait for a worker: the dispatcher
publishes how many wait in shared memory that the workers only read, so a worker killed -9
holds no lock. The rest goes back through its pipe. Advances asked for by the API (create,
stop) and the reaper's sweeps run on threads here.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import socket
import sys
import threading
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from ctypes import c_int
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

from app import reaper
from app.config import Settings
from app.db.session import get_database
from app.observe.logs import configure_logging
from app.tuning import scheduler
from workers import containers

log = logging.getLogger(__name__)


class PipeClient:
    """The Executor as seen from a worker process: submit through the pipe, advance inline."""

    def __init__(self, settings: Settings, conn: Connection, waiting: c_int) -> None:
        self.settings = settings
        self.conn = conn
        self.waiting = waiting

    def submit_training(self, training_job_name: str) -> None:
        self.conn.send(("submit", training_job_name))

    def submit_advance(self, tuning_job_name: str) -> None:
        scheduler.advance(get_database(self.settings), self.settings, self, tuning_job_name)

    def training_waits(self) -> bool:
        return self.waiting.value > 0


def worker_main(settings_data: dict[str, Any], conn: Connection, waiting: c_int) -> None:
    """A worker process: run the training jobs the dispatcher hands over, one at a time."""
    from workers.runner import run_training_job  # the fork server's: before any fork

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when we stop
    signal.signal(signal.SIGTERM, _shut_down)
    _end_with_the_server()
    settings = Settings.model_validate(settings_data)
    configure_logging(settings.log_format, settings.log_level)  # a worker starts without it
    client = PipeClient(settings, conn, waiting)
    db = get_database(settings)
    while True:
        conn.send(("ready", None))
        try:
            name = conn.recv()
        except EOFError:
            return
        if name is None:
            return
        try:
            run_training_job(db, settings, client, name)
        except Exception:
            log.exception("training job %s: runner failed; the reaper will repair it", name)


def _shut_down(*_: object) -> None:
    """SIGTERM unwinds the runner, which kills the training and hands its job back on the way
    out. Only the first: a second SystemExit (a stop's SIGTERM, then the server's end seen by
    the watch below) would cut the hand-back short, leaving the job to its lease's expiry."""
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    sys.exit(0)


def _end_with_the_server() -> None:
    """A worker gets SIGTERM when `serve` dies, even by kill -9: a crash of the server shuts its
    workers down as its stop does (the job handed back for the next start, not counted as an
    attempt), instead of leaving them to run jobs beside the next start's workers. A thread
    waits on the server's sentinel (a pipe end the server holds: at EOF once it has gone). Not
    the parent-death signal: the worker's parent is multiprocessing's fork server, which lives
    as long as any of its workers does."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        wait([parent.sentinel])
        os.kill(os.getpid(), signal.SIGTERM)

    # It holds no lock while it waits, so a fork of the worker (a training) cannot inherit one.
    threading.Thread(target=watch, name="server-watch", daemon=True).start()


@dataclass
class _Worker:
    index: int
    process: BaseProcess
    conn: Connection
    current: str | None = None  # the job handed over and not yet followed by "ready"


class LocalExecutor:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        # Workers fork from a fork server that has imported the runner (XGBoost, scikit-learn:
        # ~2 s of CPU) once, instead of each importing it in a fresh interpreter; the fork
        # server is a fresh interpreter itself, holding none of this process's threads or state.
        self._mp = multiprocessing.get_context("forkserver")
        self._mp.set_forkserver_preload(["workers.runner"])
        self._workers: list[_Worker] = []
        self._idle: deque[_Worker] = deque()
        self._pending: deque[str] = deque()
        # Submitted jobs no idle worker is there to take: written by the dispatcher only.
        self._waiting = self._mp.RawValue("i", 0)
        self._lock = threading.Lock()
        self._wake_reader, self._wake_writer = socket.socketpair()
        self._threads = ThreadPoolExecutor(max_workers=2, thread_name_prefix="advance")
        self._stopping = threading.Event()
        self._spawning = threading.Lock()  # the first workers' start, against a shutdown
        self._background: list[threading.Thread] = []

    def start(self) -> None:
        reaper.resubmit_unclaimed(get_database(self.settings), self)
        # What workers killed with -9 left running.
        containers.sweep(get_database(self.settings), self.settings)
        for target, name in ((self._dispatch, "dispatcher"), (self._reap, "reaper")):
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self._background.append(thread)

    def submit_training(self, training_job_name: str) -> None:
        with self._lock:
            self._pending.append(training_job_name)
        self._wake_writer.send(b"x")

    def submit_advance(self, tuning_job_name: str) -> None:
        self._threads.submit(self._advance, tuning_job_name)

    def training_waits(self) -> bool:
        return self._waiting.value > 0

    def queue_depths(self) -> dict[str, int]:
        """Training jobs submitted and not yet handed to a worker (the /metrics queue depth)."""
        with self._lock:
            return {"local": len(self._pending)}

    def _spawn(self, index: int) -> _Worker:
        ours, theirs = self._mp.Pipe()
        process = self._mp.Process(
            target=worker_main,
            args=(self.settings.model_dump(), theirs, self._waiting),
            name=f"openamt-worker-{index}",
        )
        process.start()
        theirs.close()
        return _Worker(index, process, ours)

    def _dispatch(self) -> None:
        # The workers start here rather than in start(): the first waits for the fork server's
        # imports (~2 s), which the server's own start has no need to wait for.
        with self._spawning:
            if not self._stopping.is_set():
                self._workers = [self._spawn(index) for index in range(self.settings.workers)]
        while not self._stopping.is_set():
            by_conn = {w.conn: w for w in self._workers}
            for ready in wait([*by_conn, self._wake_reader], timeout=1.0):
                if ready is self._wake_reader:
                    self._wake_reader.recv(4096)
                    continue
                self._receive(by_conn[ready])  # type: ignore[index]
            self._hand_over()
            with self._lock:
                self._waiting.value = max(0, len(self._pending) - len(self._idle))

    def _receive(self, worker: _Worker) -> None:
        try:
            kind, value = worker.conn.recv()
        except (EOFError, OSError):
            self._replace(worker)
            return
        if kind == "ready":
            worker.current = None
            self._idle.append(worker)
        else:  # "submit": new training jobs from a worker's inline advance
            with self._lock:
                self._pending.append(value)

    def _hand_over(self) -> None:
        while self._idle:
            with self._lock:
                if not self._pending:
                    return
                name = self._pending.popleft()
            worker = self._idle.popleft()
            try:
                worker.conn.send(name)
                worker.current = name
            except OSError:
                with self._lock:
                    self._pending.appendleft(name)
                self._replace(worker)

    def _replace(self, worker: _Worker) -> None:
        """A worker died: start another. Its job, if claimed, is the reaper's (lease)."""
        if worker in self._idle:
            self._idle.remove(worker)
        if worker.current is not None:
            with self._lock:
                self._pending.append(worker.current)  # a no-op if it was claimed already
        worker.conn.close()
        worker.process.join(1)
        if self._stopping.is_set():
            return
        log.warning("worker %s died (exit %s); starting another", worker.index,
                    worker.process.exitcode)  # fmt: skip
        self._workers[self._workers.index(worker)] = self._spawn(worker.index)

    def _advance(self, tuning_job_name: str) -> None:
        try:
            scheduler.advance(get_database(self.settings), self.settings, self, tuning_job_name)
        except Exception:
            log.exception("advance of %s failed; the reaper will retry it", tuning_job_name)

    def _reap(self) -> None:
        db = get_database(self.settings)
        while not self._stopping.wait(self.settings.reaper_seconds):
            try:
                reaper.sweep(db, self.settings, self)
                containers.sweep(db, self.settings)
            except Exception:
                log.exception("reaper sweep failed")

    def shutdown(self, timeout: float = 5.0) -> None:
        """Stop the workers; the jobs they were running are handed back for the next start."""
        self._stopping.set()
        with self._spawning:
            pass  # the first workers are all started, or none will be
        for worker in self._workers:
            if worker.process.is_alive():
                worker.process.terminate()
        for worker in self._workers:
            worker.process.join(timeout)
            if worker.process.is_alive():
                worker.process.kill()
            worker.conn.close()
        self._threads.shutdown(wait=False, cancel_futures=True)
