"""Executor implementations. LocalExecutor: embedded mode's pool of worker processes.

The API process owns a queue of training job names that N spawned worker processes consume.
A worker that finishes a training job advances its tuning job inline (the shortest path from
one job's end to the next one's start) and puts the new jobs on the same queue. Advances
asked for by the API (create, stop) and the reaper's sweeps run on threads of the API process.
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.process import BaseProcess
from multiprocessing.queues import Queue
from typing import Any

from app.config import Settings
from app.db.session import get_database
from app.tuning import reaper, scheduler

log = logging.getLogger(__name__)


class QueueClient:
    """The Executor as seen from a worker process: submit to the queue, advance inline."""

    def __init__(self, settings: Settings, jobs: Queue[str | None]) -> None:
        self.settings = settings
        self.jobs = jobs

    def _spawn(self, index: int) -> BaseProcess:
        process = self._mp.Process(
            target=worker_main,
            args=(self.settings.model_dump(), self.jobs),
            name=f"openamt-worker-{index}",
        )
        process.start()
        return process

    def _replace_dead_workers(self) -> None:
        """A worker killed mid-job is replaced; the reaper retries the job it held."""
        for index, process in enumerate(self._processes):
            if not process.is_alive() and not self._stopping.is_set():
                log.warning("worker %s died (exit %s); starting another", index, process.exitcode)
                self._processes[index] = self._spawn(index)

    def submit_training(self, training_job_name: str) -> None:
        self.jobs.put(training_job_name)

    def submit_advance(self, tuning_job_name: str) -> None:
        scheduler.advance(get_database(self.settings), self.settings, self, tuning_job_name)


def worker_main(settings_data: dict[str, Any], jobs: Queue[str | None]) -> None:
    """A worker process: take training job names off the queue until told to stop."""
    from workers.runner import run_training_job  # imports XGBoost once, before any fork

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when we stop
    # SIGTERM unwinds the runner, which kills the training's process group on the way out.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    settings = Settings.model_validate(settings_data)
    client = QueueClient(settings, jobs)
    db = get_database(settings)
    while True:
        name = jobs.get()
        if name is None:
            return
        try:
            run_training_job(db, settings, client, name)
        except Exception:
            log.exception("training job %s: runner failed; the reaper will repair it", name)


class LocalExecutor:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._mp = multiprocessing.get_context("spawn")
        self.jobs: Queue[str | None] = self._mp.Queue()
        self._processes: list[BaseProcess] = []
        self._threads = ThreadPoolExecutor(max_workers=2, thread_name_prefix="advance")
        self._stopping = threading.Event()
        self._reaper: threading.Thread | None = None

    def start(self) -> None:
        self._processes = [self._spawn(index) for index in range(self.settings.workers)]
        db = get_database(self.settings)
        reaper.resubmit_unclaimed(db, self)
        self._reaper = threading.Thread(target=self._reap, name="reaper", daemon=True)
        self._reaper.start()

    def _spawn(self, index: int) -> BaseProcess:
        process = self._mp.Process(
            target=worker_main,
            args=(self.settings.model_dump(), self.jobs),
            name=f"openamt-worker-{index}",
        )
        process.start()
        return process

    def _replace_dead_workers(self) -> None:
        """A worker killed mid-job is replaced; the reaper retries the job it held."""
        for index, process in enumerate(self._processes):
            if not process.is_alive() and not self._stopping.is_set():
                log.warning("worker %s died (exit %s); starting another", index, process.exitcode)
                self._processes[index] = self._spawn(index)

    def submit_training(self, training_job_name: str) -> None:
        self.jobs.put(training_job_name)

    def submit_advance(self, tuning_job_name: str) -> None:
        self._threads.submit(self._advance, tuning_job_name)

    def _advance(self, tuning_job_name: str) -> None:
        try:
            scheduler.advance(get_database(self.settings), self.settings, self, tuning_job_name)
        except Exception:
            log.exception("advance of %s failed; the reaper will retry it", tuning_job_name)

    def _reap(self) -> None:
        db = get_database(self.settings)
        while not self._stopping.wait(self.settings.reaper_seconds):
            try:
                self._replace_dead_workers()
                reaper.sweep(db, self.settings, self)
            except Exception:
                log.exception("reaper sweep failed")

    def shutdown(self, timeout: float = 5.0) -> None:
        """Stop the workers; a training job they were running is retried at the next start."""
        self._stopping.set()
        for process in self._processes:
            if process.is_alive() and process.pid is not None:
                process.terminate()
        for process in self._processes:
            process.join(timeout)
            if process.is_alive():
                process.kill()
        self._threads.shutdown(wait=False, cancel_futures=True)
        self.jobs.close()
