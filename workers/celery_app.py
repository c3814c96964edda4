"""The Celery app of distributed mode, configured for long tasks on Redis.

Every setting below serves one rule: a message is a hint, the database is the truth. A task
may be delivered twice (redelivery after a worker loss, a visibility timeout, a reaper's
resubmit); the runner's claim and lease make the second delivery a no-op.
"""

from __future__ import annotations

from celery import Celery
from celery.signals import worker_process_init
from kombu import Queue

from app.config import Settings, get_settings

TRAINING_QUEUE = "openamt.training"
SCHEDULING_QUEUE = "openamt.scheduling"
# Redis redelivers a message not acked within this time. Training tasks are acked late
# (after they finish), so a task running longer is delivered again; its claim is then a
# no-op, so the timeout only bounds how long a message lost with its worker waits.
VISIBILITY_TIMEOUT_SECONDS = 3600


def make_celery(settings: Settings) -> Celery:
    app = Celery("openamt", broker=settings.broker_url, include=["workers.tasks"])
    app.conf.update(
        # Ack after the task ran, and give the message back when the worker process died
        # mid-task: a kill -9 loses no work (the claim stops a double run).
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        # One message at a time per process: a long training job must not sit on others.
        worker_prefetch_multiplier=1,
        broker_transport_options={"visibility_timeout": VISIBILITY_TIMEOUT_SECONDS},
        broker_connection_retry_on_startup=True,
        # Training and scheduling on separate queues, consumed by separate pools, so a full
        # pool of training jobs never delays the decision that launches the next ones.
        task_queues=(Queue(TRAINING_QUEUE), Queue(SCHEDULING_QUEUE)),
        task_default_queue=SCHEDULING_QUEUE,
        task_routes={"openamt.train": {"queue": TRAINING_QUEUE}},
        task_ignore_result=True,
        worker_hijack_root_logger=False,
        beat_schedule={
            "openamt.sweep": {
                "task": "openamt.sweep",
                "schedule": settings.reaper_seconds,
                # A sweep still queued when the next is due is worthless: drop it.
                "options": {"expires": settings.reaper_seconds},
            },
        },
    )
    return app


celery_app = make_celery(get_settings())


@worker_process_init.connect
def _fresh_connections(**_: object) -> None:
    """A forked pool process must not share its parent's database connections."""
    from app.db import session
    from app.tuning import studies

    session._databases.clear()
    studies.forget_storages()
