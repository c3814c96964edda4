"""`GET /metrics`: Prometheus text for the API process.

Requests are counted as they happen (by route template, never the raw path, so a job name
adds no series). Everything else is read from the database (and the broker) when Prometheus
scrapes, with bounded queries: the database is the truth and workers are other processes,
often on other machines, which prometheus-client's multiprocess mode (one directory shared
by the processes of one host) could not see. So every API instance reports the same figures
for jobs and workers: aggregate them with max, not sum.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from datetime import timedelta

from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily, HistogramMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.clock import now
from app.config import Settings
from app.db.models import TrainingJob, TuningJob
from app.db.session import Database
from app.training.states import ACTIVE, TrainingJobStatus

log = logging.getLogger(__name__)

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
DISPATCH_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300)
STATUSES = tuple(TrainingJobStatus)
# The dispatch window is read at most this many rows a scrape (see DispatchLatency).
WINDOW_ROWS = 5000


class RequestMetrics:
    """ASGI middleware: request count and latency by method, route template and status."""

    def __init__(self, app: ASGIApp, *, registry: CollectorRegistry) -> None:
        self.app = app
        self.requests = Counter(
            "openamt_http_requests",
            "HTTP requests answered, by method, route template and status code.",
            ["method", "route", "status"],
            registry=registry,
        )
        self.latency = Histogram(
            "openamt_http_request_duration_seconds",
            "Time to answer an HTTP request, by method and route template.",
            ["method", "route"],
            buckets=LATENCY_BUCKETS,
            registry=registry,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status, counted = 500, False  # 500: an exception that escapes every handler

        def count() -> None:
            nonlocal counted
            counted = True
            route = getattr(scope.get("route"), "path", None) or "<unmatched>"
            method = scope["method"]
            self.requests.labels(method, route, str(status)).inc()
            self.latency.labels(method, route).observe(time.perf_counter() - started)

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body" and not message.get("more_body"):
                # Counted before the last byte leaves: a client that has its answer and
                # scrapes next must see it (the server may serve the scrape first).
                count()
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            if not counted:
                count()


class DispatchLatency:
    """Time from a training job's creation to its first claim by a worker, as a cumulative
    histogram of the jobs claimed since this process began watching.

    Read incrementally: `floor` is an id below which every training job is settled (claimed,
    or ended without a claim); each scrape reads the rows from the floor up (at most
    WINDOW_ROWS, by primary key), counts those newly claimed, and moves the floor past the
    settled ones. The window holds only jobs waiting or just claimed, so a scrape costs the
    same at 100 jobs and at 1,000,000."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._floor: int | None = None
        self._counted: set[int] = set()
        self.buckets = [0] * len(DISPATCH_BUCKETS)
        self.count = 0
        self.sum = 0.0

    def update(self, session: Session) -> None:
        with self._lock:
            first = self._floor is None
            if first:
                waiting = session.scalar(
                    select(func.min(TrainingJob.id)).where(
                        TrainingJob.status == TrainingJobStatus.IN_PROGRESS,
                        TrainingJob.training_start_time.is_(None),
                    )
                )
                highest = session.scalar(select(func.max(TrainingJob.id))) or 0
                self._floor = waiting if waiting is not None else highest + 1
            assert self._floor is not None
            rows = session.execute(
                select(
                    TrainingJob.id,
                    TrainingJob.status,
                    TrainingJob.creation_time,
                    TrainingJob.training_start_time,
                )
                .where(TrainingJob.id >= self._floor)
                .order_by(TrainingJob.id)
                .limit(WINDOW_ROWS)
            ).all()
            floor, moving = self._floor, True
            for row in rows:
                claimed = row.training_start_time is not None
                if claimed and row.id not in self._counted:
                    self._counted.add(row.id)
                    if not first:  # claimed before we watched: not ours to count
                        self._observe((row.training_start_time - row.creation_time).total_seconds())
                settled = claimed or row.status not in ACTIVE
                moving = moving and settled
                if moving:
                    floor = row.id + 1
            self._floor = floor
            self._counted = {i for i in self._counted if i >= floor}

    def _observe(self, seconds: float) -> None:
        seconds = max(0.0, seconds)
        self.count += 1
        self.sum += seconds
        for index, bound in enumerate(DISPATCH_BUCKETS):
            if seconds <= bound:
                self.buckets[index] += 1

    def family(self) -> HistogramMetricFamily:
        with self._lock:
            buckets = [
                (str(b), float(c)) for b, c in zip(DISPATCH_BUCKETS, self.buckets, strict=True)
            ]
            buckets.append(("+Inf", float(self.count)))
            return HistogramMetricFamily(
                "openamt_dispatch_latency_seconds",
                "Time from a training job's creation to its claim by a worker, for the jobs "
                "claimed since this API process started (read from the database at scrape).",
                buckets=buckets,
                sum_value=self.sum,
            )


class StateCollector(Collector):
    """Jobs by status, queue depth, dispatch latency and workers' heartbeats, at scrape."""

    def __init__(
        self, settings: Settings, db: Database, queue_depths: Callable[[], dict[str, int]]
    ) -> None:
        """`queue_depths`: what the executor has waiting, by queue (the executor knows where:
        the broker's queues, or the local workers' pending list)."""
        self.settings = settings
        self.db = db
        self.queue_depths = queue_depths
        self.dispatch = DispatchLatency()

    def describe(self) -> Iterable[Metric]:
        return []  # collected only on a scrape, never at registration

    def collect(self) -> Iterable[Metric]:
        with self.db.read() as session:
            yield from self._jobs(session)
            yield from self._workers(session)
            self.dispatch.update(session)
        yield self.dispatch.family()
        yield self._queues()

    def _jobs(self, session: Session) -> Iterable[Metric]:
        for model, name, what in (
            (TuningJob, "openamt_tuning_jobs", "Tuning jobs"),
            (TrainingJob, "openamt_training_jobs", "Training jobs"),
        ):
            family = GaugeMetricFamily(name, f"{what} by status.", labels=["status"])
            # Every status has its series, 0 included: an alert on one needs it to exist.
            counts: dict[str, int] = dict.fromkeys(STATUSES, 0)
            grouped = session.execute(select(model.status, func.count()).group_by(model.status))
            for status, count in grouped:
                counts[status] = count
            for status, count in counts.items():
                family.add_metric([status], count)
            yield family
        waiting = GaugeMetricFamily(
            "openamt_training_jobs_waiting",
            "Training jobs launched and not yet claimed by a worker.",
        )
        waiting.add_metric(
            [],
            session.scalar(
                select(func.count()).where(
                    TrainingJob.status == TrainingJobStatus.IN_PROGRESS,
                    TrainingJob.lease_owner.is_(None),
                )
            )
            or 0,
        )
        yield waiting

    def _workers(self, session: Session) -> Iterable[Metric]:
        leases = GaugeMetricFamily(
            "openamt_worker_leases",
            "Training jobs a worker runs (leases it holds).",
            labels=["worker"],
        )
        age = GaugeMetricFamily(
            "openamt_worker_heartbeat_age_seconds",
            "Seconds since a worker last renewed a lease (a running job's heartbeat); over "
            "OPENAMT_LEASE_SECONDS, the reaper presumes the worker lost.",
            labels=["worker"],
        )
        rows = session.execute(
            select(TrainingJob.lease_owner, func.count(), func.max(TrainingJob.lease_expires_at))
            .where(
                TrainingJob.status.in_(ACTIVE),
                TrainingJob.lease_owner.is_not(None),
            )
            .group_by(TrainingJob.lease_owner)
        )
        lease = timedelta(seconds=self.settings.lease_seconds)
        moment = now()
        for owner, count, expires in rows:
            leases.add_metric([str(owner)], count)
            if expires is not None:  # the lease runs `lease` past the last renewal
                seconds = (moment - (expires - lease)).total_seconds()
                age.add_metric([str(owner)], max(0.0, seconds))
        yield leases
        yield age

    def _queues(self) -> Metric:
        family = GaugeMetricFamily(
            "openamt_queue_depth",
            "Messages waiting: each Celery queue on the broker (distributed mode), or training "
            "jobs submitted to the local workers and not yet handed over (embedded mode).",
            labels=["queue"],
        )
        for queue, depth in self.queue_depths().items():
            family.add_metric([queue], depth)
        return family
