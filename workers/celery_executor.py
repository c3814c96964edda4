"""CeleryExecutor: distributed mode's executor, messages on Redis for `openamt worker`
processes (embedded mode's is workers/local_executor.py).

Decision: tasks are sent by name (`send_task`), not through the task objects of
workers/tasks.py, so the tasks may use this executor without an import circle, and the API
process that submits never imports the runner that trains.
"""

from __future__ import annotations

from typing import Any

from app.config import Settings
from workers.celery_app import SCHEDULING_QUEUE, TRAINING_QUEUE, celery_app

# Celery's Redis transport keeps a queue's messages of priority p > 0 in "<queue>\x06\x16<p>".
CELERY_PRIORITY_SUFFIXES = ("", "\x06\x163", "\x06\x166", "\x06\x169")


class CeleryExecutor:
    """Training to the training queue, advances to the scheduling queue (celery_app's routes)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._redis: Any = None

    def submit_training(self, training_job_name: str) -> None:
        celery_app.send_task("openamt.train", args=[training_job_name])

    def submit_advance(self, tuning_job_name: str) -> None:
        celery_app.send_task("openamt.advance", args=[tuning_job_name])

    def training_waits(self) -> bool:
        """Training messages wait on the broker; a broker that does not answer counts as
        busy, so the caller sends rather than keeps."""
        import redis

        try:
            return self.queue_depths()[TRAINING_QUEUE] > 0
        except redis.RedisError:
            return True

    def queue_depths(self) -> dict[str, int]:
        """Messages waiting in each queue on the broker (the /metrics queue depth)."""
        client = self._broker()
        depths = {}
        for queue in (TRAINING_QUEUE, SCHEDULING_QUEUE):
            with client.pipeline() as pipe:
                for suffix in CELERY_PRIORITY_SUFFIXES:
                    pipe.llen(queue + suffix)
                depths[queue] = sum(pipe.execute())
        return depths

    def _broker(self) -> Any:
        if self._redis is None:
            import redis

            self._redis = redis.Redis.from_url(
                self.settings.broker_url or "", socket_timeout=2, socket_connect_timeout=2
            )
        return self._redis
