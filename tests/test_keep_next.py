"""A worker keeps the first training job its finish launched and runs it next, unless
training jobs already wait for a worker (app/executor.KeepNext); embedded mode's dispatcher
tells its workers how many wait (workers/local_executor.py)."""

from __future__ import annotations

import time
from pathlib import Path

from app.config import Settings
from app.db.migrate import upgrade
from app.executor import KeepNext
from workers.local_executor import LocalExecutor


class Recorder:
    """Where KeepNext sends what it does not keep (the queue, in a real executor)."""

    def __init__(self, *, waits: bool) -> None:
        self.waits = waits
        self.training: list[str] = []
        self.advances: list[str] = []

    def submit_training(self, training_job_name: str) -> None:
        self.training.append(training_job_name)

    def submit_advance(self, tuning_job_name: str) -> None:
        self.advances.append(tuning_job_name)

    def training_waits(self) -> bool:
        return self.waits


def test_the_first_launch_is_kept_when_nothing_waits_and_the_rest_is_sent() -> None:
    queue = Recorder(waits=False)
    here = KeepNext(queue)
    for name in ("a", "b", "c"):
        here.submit_training(name)
    here.submit_advance("tuning")
    assert here.take() == "a"
    assert here.take() is None
    assert queue.training == ["b", "c"]
    assert queue.advances == ["tuning"]


def test_nothing_is_kept_while_other_training_jobs_wait() -> None:
    queue = Recorder(waits=True)
    here = KeepNext(queue)
    here.submit_training("a")
    assert here.take() is None
    assert queue.training == ["a"]


def test_a_kept_job_the_worker_will_not_run_goes_to_the_queue() -> None:
    queue = Recorder(waits=False)
    here = KeepNext(queue)
    here.submit_training("a")
    here.send_kept()
    assert queue.training == ["a"]
    here.send_kept()  # nothing kept any more
    assert queue.training == ["a"]


def _until(condition: object, seconds: float = 30.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


def test_the_dispatcher_says_training_waits_only_when_no_idle_worker_takes_it(
    tmp_path: Path,
) -> None:
    settings = Settings(data_dir=tmp_path / "data", workers=1)
    upgrade(settings)
    executor = LocalExecutor(settings)
    executor.start()
    try:
        assert not executor.training_waits()
        # Unknown names: the worker's claim finds nothing and it is ready again at once, so
        # the one idle worker takes each in turn and nothing is left waiting.
        for index in range(3):
            executor.submit_training(f"no-such-job-{index}")
        assert _until(lambda: executor.queue_depths() == {"local": 0})
        assert _until(lambda: not executor.training_waits())
    finally:
        executor.shutdown()
