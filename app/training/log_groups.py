"""Which CloudWatch Logs groups and streams openamt has, and where their lines live.

- `/aws/sagemaker/TrainingJobs`: one stream per training job that has started, named as
  SageMaker names it, `<job>/algo-1-<epoch seconds of TrainingStartTime>`; its events are the
  lines of the job's log (`<logs_dir>/<job>.log`, timed by app/training/logs.py).
- `/aws/sagemaker/Endpoints/<endpoint>`: one stream per production variant whose model server
  has run here, `<variant>/<host key>` (the model host's key of the endpoint's deployed
  configuration stands where AWS puts an instance id), over the server's output (`server.log`
  where the model host lays the variant out). An endpoint being updated has the streams of
  both configurations.

Decisions:
- The training jobs' group always exists (AWS creates it with an account's first training
  job; here it is simply there), so asking for its streams before any job ran answers an
  empty list, not ResourceNotFoundException. An endpoint's group exists while the endpoint
  does.
- The model server writes its output straight to its file, without a time per line: every
  line of an endpoint's stream carries the time the variant was laid out for serving (the
  `layout.json` beside it), else the endpoint's creation time. Their order is exact.
- Stream names sort as bytes (`a-b/...` before `a/...`), as CloudWatch sorts them; the names
  are sorted here rather than by the database, whose collation may not be byte order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import as_utc
from app.config import Settings
from app.db.models import Endpoint, TrainingJob
from app.serving.service import host_key
from app.training.logs import RECORD, epoch_ms, file_time_ms, times_path

TRAINING_GROUP = "/aws/sagemaker/TrainingJobs"
ENDPOINT_GROUP_PREFIX = "/aws/sagemaker/Endpoints/"
_TRAINING_STREAM = re.compile(r"^(?P<job>[^/]+)/algo-1-(?P<start>\d+)$")


@dataclass(frozen=True)
class Group:
    name: str
    creation_ms: int


@dataclass(frozen=True)
class Stream:
    name: str
    creation_ms: int
    log_path: Path
    untimed_ms: int  # the time of lines that have none of their own

    def bounds(self) -> tuple[int, int] | None:
        """(first, last) event time, without reading the log: None when it has no lines."""
        return _bounds(self.log_path, self.untimed_ms)


def groups(session: Session) -> list[Group]:
    """Every log group, sorted by name."""
    first = session.scalar(select(TrainingJob.creation_time).order_by(TrainingJob.id).limit(1))
    found = [Group(TRAINING_GROUP, _ms(first) if first else 0)]
    for name, created in session.execute(select(Endpoint.name, Endpoint.creation_time)):
        found.append(Group(ENDPOINT_GROUP_PREFIX + name, _ms(created)))
    return sorted(found, key=lambda group: group.name.encode())


def group(session: Session, name: str) -> Group | None:
    if name == TRAINING_GROUP:
        return next(g for g in groups(session) if g.name == TRAINING_GROUP)
    if name.startswith(ENDPOINT_GROUP_PREFIX):
        endpoint = name.removeprefix(ENDPOINT_GROUP_PREFIX)
        created = session.scalar(select(Endpoint.creation_time).where(Endpoint.name == endpoint))
        return Group(name, _ms(created)) if created is not None else None
    return None


def streams(session: Session, settings: Settings, group_name: str, prefix: str) -> list[Stream]:
    """The group's streams whose names start with `prefix`, sorted by name (as bytes)."""
    if group_name == TRAINING_GROUP:
        found = list(_training_streams(session, settings, prefix))
    else:
        found = list(_endpoint_streams(session, settings, group_name))
    chosen = [stream for stream in found if stream.name.startswith(prefix)]
    return sorted(chosen, key=lambda stream: stream.name.encode())


def stream(session: Session, settings: Settings, group_name: str, name: str) -> Stream | None:
    if group_name == TRAINING_GROUP:
        match = _TRAINING_STREAM.match(name)
        if match is None:
            return None
    return next((s for s in streams(session, settings, group_name, name) if s.name == name), None)


def _training_streams(session: Session, settings: Settings, prefix: str) -> Iterator[Stream]:
    query = select(TrainingJob.name, TrainingJob.training_start_time).where(
        TrainingJob.training_start_time.is_not(None)
    )
    job, slash, _ = prefix.partition("/")
    if slash:  # "<job>/...": one job (the SageMaker SDK asks for "<job>/")
        query = query.where(TrainingJob.name == job)
    elif prefix:  # narrowed by the database, decided exactly below (LIKE may ignore case)
        query = query.where(TrainingJob.name.startswith(prefix, autoescape=True))
    for name, started in session.execute(query):
        start = as_utc(started)
        assert start is not None
        yield Stream(
            name=f"{name}/algo-1-{int(start.timestamp())}",
            creation_ms=epoch_ms(start),
            log_path=settings.logs_dir / f"{name}.log",
            untimed_ms=epoch_ms(start),
        )


def _endpoint_streams(session: Session, settings: Settings, group_name: str) -> Iterator[Stream]:
    name = group_name.removeprefix(ENDPOINT_GROUP_PREFIX)
    endpoint = session.scalar(select(Endpoint).where(Endpoint.name == name))
    if endpoint is None:
        return
    keys = [host_key(endpoint)]
    if endpoint.pending_config_name is not None:
        keys.append(host_key(endpoint, pending=True))
    for key in keys:
        root = settings.endpoints_dir / key
        if not root.is_dir():
            continue
        for variant_dir in root.iterdir():
            log_path = variant_dir / "server.log"
            if not log_path.is_file():
                continue
            laid_out = file_time_ms(variant_dir / "layout.json") or _ms(endpoint.creation_time)
            yield Stream(
                name=f"{variant_dir.name}/{key}",
                creation_ms=laid_out,
                log_path=log_path,
                untimed_ms=laid_out,
            )


def _bounds(log_path: Path, untimed_ms: int) -> tuple[int, int] | None:
    try:
        size = log_path.stat().st_size
    except FileNotFoundError:
        return None
    if size == 0:
        return None
    path = times_path(log_path)
    try:
        with path.open("rb") as times:
            first = times.read(RECORD.size)
            times.seek(max(0, (path.stat().st_size // RECORD.size - 1) * RECORD.size))
            last = times.read(RECORD.size)
    except FileNotFoundError:
        return untimed_ms, untimed_ms
    if len(first) < RECORD.size or len(last) < RECORD.size:
        return untimed_ms, untimed_ms
    first_offset, first_ms = RECORD.unpack(first)
    _, last_ms = RECORD.unpack(last)
    return (untimed_ms if first_offset > 0 else first_ms), max(last_ms, untimed_ms)


def _ms(moment: datetime | None) -> int:
    utc = as_utc(moment)
    return epoch_ms(utc) if utc is not None else 0
