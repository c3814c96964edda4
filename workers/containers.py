"""The sweep of training containers nobody runs any more (workers/algorithms/container.py).

A worker killed with -9 cannot remove its container, which goes on training. Every container
openamt starts is labelled with its training job and its worker ("<host>:<pid>"); the sweep
removes each whose worker is gone from this host, or whose training job that worker no longer
holds (ended, stopped, or retried by another): at a server's and a worker's start, and with
every reaper sweep. Several openamts may share one engine: each sweeps only the containers
labelled with its own installation (its database). Where no Docker engine answers it does
nothing (app/training/images.py keeps that cheap).

Serving containers (workers/container_host.py) belong to a model host, the API process that
started them, not to a training job: `sweep_serving` removes those whose host process is gone
from this host, at a model host's start and with every sweep; a live host's are its own to stop.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
from typing import Any

from sqlalchemy import select

from app.config import Settings
from app.db.models import TrainingJob
from app.db.session import Database
from app.training import images
from app.training.states import ACTIVE
from workers.algorithms.container import INSTALLATION_LABEL, JOB_LABEL, WORKER_LABEL, installation
from workers.container_host import KIND_LABEL, MODEL_HOST_LABEL, SERVING

log = logging.getLogger(__name__)


def sweep(db: Database, settings: Settings) -> int:
    """Remove this installation's orphaned training and serving containers from this host's
    engine; how many."""
    try:
        client = images.engine()
    except images.EngineUnavailable:
        return 0
    try:
        ours = f"{INSTALLATION_LABEL}={installation(settings)}"
        found = client.api.containers(all=True, filters={"label": [JOB_LABEL, ours]})
    except Exception as error:  # noqa: BLE001 - an engine gone meanwhile: the next sweep
        log.info("container sweep: %s", error)
        return 0
    removed = sweep_serving(settings)
    if not found:
        return removed
    holders = _holders(db, {c["Labels"].get(JOB_LABEL, "") for c in found})
    for entry in found:
        job, worker = entry["Labels"].get(JOB_LABEL, ""), entry["Labels"].get(WORKER_LABEL, "")
        if _worker_alive(worker) and holders.get(job) == worker:
            continue
        log.warning("removing container %s of training job %s (worker %s)", entry["Id"][:12],
                    job, worker)  # fmt: skip
        with contextlib.suppress(Exception):
            client.api.remove_container(entry["Id"], force=True)
            removed += 1
    return removed


def sweep_serving(settings: Settings) -> int:
    """Remove this installation's serving containers whose model host is gone; how many."""
    try:
        client = images.engine()
    except images.EngineUnavailable:
        return 0
    try:
        labels = [f"{KIND_LABEL}={SERVING}", f"{INSTALLATION_LABEL}={installation(settings)}"]
        found = client.api.containers(all=True, filters={"label": labels})
    except Exception as error:  # noqa: BLE001 - an engine gone meanwhile: the next sweep
        log.info("serving container sweep: %s", error)
        return 0
    removed = 0
    for entry in found:
        host = entry["Labels"].get(MODEL_HOST_LABEL, "")
        if _worker_alive(host):
            continue
        log.warning("removing serving container %s (model host %s is gone)", entry["Id"][:12], host)
        with contextlib.suppress(Exception):
            client.api.remove_container(entry["Id"], force=True)
            removed += 1
    return removed


def _holders(db: Database, names: set[str]) -> dict[str, Any]:
    """The worker that holds each running training job of `names`."""
    with db.read() as session:
        rows = session.execute(
            select(TrainingJob.name, TrainingJob.lease_owner).where(
                TrainingJob.name.in_(sorted(names)), TrainingJob.status.in_(ACTIVE)
            )
        ).all()
    return {row.name: row.lease_owner for row in rows}


def _worker_alive(worker: str) -> bool:
    """False for a worker of this host whose process is gone; True for another host's (its
    lease says whether it lives)."""
    host, _, pid = worker.rpartition(":")
    if host != socket.gethostname():
        return True
    if not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return not _zombie(int(pid))


def _zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True
