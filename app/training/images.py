"""Which TrainingImages openamt can run as containers: those the local Docker engine holds,
and those named by OPENAMT_CONTAINER_IMAGES. Asked at create (a request whose image nothing
can run is refused) and by the worker that runs the job (docs/containers.md).

Decision: the engine is the one docker-py finds from the environment (DOCKER_HOST, else
/var/run/docker.sock). A create must stay cheap where no engine runs: an engine that did not
answer is not asked again for UNREACHABLE_SECONDS, and every call has a short timeout.
"""

from __future__ import annotations

import fnmatch
import logging
import os
import threading
import time
from typing import Any

from app.config import Settings

log = logging.getLogger(__name__)

PROBE_TIMEOUT_SECONDS = 3.0
UNREACHABLE_SECONDS = 10.0
WORK_TIMEOUT_SECONDS = 60.0

_lock = threading.Lock()
_client: Any = None  # a docker.DockerClient once one answered
_client_pid = 0  # the process that made it: a fork makes its own (no shared connection)
_unreachable: tuple[float, str] | None = None  # (monotonic time, why) of the last failure
_work_client: Any = None  # engine_for_work()'s, with the longer timeout
_work_client_pid = 0


class EngineUnavailable(Exception):
    """No Docker engine answers here; the message says why."""


def configured(image: str, settings: Settings) -> bool:
    """Whether OPENAMT_CONTAINER_IMAGES names the image (shell patterns, `*` in a tag too)."""
    return any(fnmatch.fnmatchcase(image, pattern) for pattern in settings.container_images)


def engine() -> Any:
    """The local engine's client (docker-py), or EngineUnavailable; cached either way."""
    global _client, _client_pid, _unreachable
    with _lock:
        if _client is not None and _client_pid == os.getpid():
            return _client
        if _unreachable is not None and time.monotonic() - _unreachable[0] < UNREACHABLE_SECONDS:
            raise EngineUnavailable(_unreachable[1])
        try:
            import docker  # here: a process that never runs a container never loads it

            client = docker.from_env(timeout=PROBE_TIMEOUT_SECONDS)
            client.ping()
        except Exception as error:  # noqa: BLE001 - whatever stops it, the engine is not there
            why = f"no Docker engine answers here ({type(error).__name__}: {error})"[:300]
            _unreachable = (time.monotonic(), why)
            raise EngineUnavailable(why) from None
        _client, _client_pid, _unreachable = client, os.getpid(), None
        return client


def engine_for_work() -> Any:
    """The engine as engine() found it, through a client whose calls may take as long as a
    busy engine's create or removal of a container does (engine()'s are kept short)."""
    global _work_client, _work_client_pid
    probe = engine()
    with _lock:
        if _work_client is None or _work_client_pid != os.getpid():
            import docker

            _work_client = docker.from_env(
                timeout=WORK_TIMEOUT_SECONDS, version=probe.api.api_version
            )
            _work_client_pid = os.getpid()
        return _work_client


def present(image: str) -> bool:
    """Whether the local engine holds the image (False where no engine answers)."""
    try:
        client = engine()
    except EngineUnavailable:
        return False
    import docker.errors

    try:
        client.images.get(image)
    except docker.errors.ImageNotFound:
        return False
    except docker.errors.DockerException as error:  # a malformed reference, a lost engine
        log.info("image %s not usable: %s", image, error)
        return False
    return True


def runs_as_container(image: str, settings: Settings) -> bool:
    """The image is configured as a container image, or the local engine holds it."""
    return configured(image, settings) or present(image)


def why_not(image: str) -> str:
    """Why `image` cannot run as a container here (for a ValidationException)."""
    try:
        engine()
    except EngineUnavailable as error:
        return str(error)
    return (
        f"the local Docker engine has no image {image!r} (docker pull, load or import it, or "
        "name it in OPENAMT_CONTAINER_IMAGES)"
    )
