"""Bring your own container: the TrainingImage itself runs in the local Docker engine, with
SageMaker's training contract as AWS documents it (docs/containers.md).

The job directory is laid out as /opt/ml is (script mode writes the same config files:
workers/algorithms/script.py) and its parts are bound into the container: input/config,
model, output and the checkpoints read-write, each channel read-only at
/opt/ml/input/data/<channel> (the store's own files, not a copy). The container runs `train`
(or ContainerEntrypoint / ContainerArguments) with the request's Environment, on no network
for EnableNetworkIsolation, within the worker's share of the cores and the memory, process
and file-size limits of every training. Its output comes through the engine's attach stream,
demultiplexed by a thread into a pipe that the runner's watch reads as any training's
(workers/watch.py), so metrics are read as they are printed.

Decision: the container is not removed by the engine on exit (`--rm`): its exit code is read
first, then it is removed; a container left by a worker killed with -9 is labelled with its
training job and worker, and the sweep (workers/containers.py) removes it.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from app import runs
from app.training import images
from app.training.algorithms import Backend, backend
from workers import spot_capacity
from workers.algorithms import script
from workers.algorithms.base import TrainingContext
from workers.process import read_lines

if TYPE_CHECKING:
    from app.config import Settings
    from app.runs import Claim

log = logging.getLogger(__name__)

JOB_LABEL = "openamt.training-job"
WORKER_LABEL = "openamt.worker"
# Which openamt: several may share one engine, and each sweeps only its own containers.
INSTALLATION_LABEL = "openamt.installation"
OPT_ML = PurePosixPath("/opt/ml")
DEFAULT_COMMAND = ["train"]  # what SageMaker passes an image without ContainerEntrypoint
# How long the worker waits for an exited container's status, beyond the stop's own grace.
WAIT_SECONDS = 60.0


class ContainerError(script.ScriptError):
    """The job's image cannot run here (absent, refused by the engine): a client error, as
    script mode's are."""


def backend_of(claim: Claim, settings: Settings) -> Backend:
    """What runs the claimed job on this worker (app/training/algorithms.backend); a job that
    nothing here can run is a ContainerError that says why."""
    if claim.builtin_xgboost:  # as its plan froze it at create
        return Backend.BUILTIN_XGBOOST
    algorithm = claim.spec.get("AlgorithmSpecification") or {}
    image = algorithm.get("TrainingImage")
    found = backend(
        image,
        claim.hyperparameters,
        claim.spec.get("Environment"),
        entrypoint=algorithm.get("ContainerEntrypoint"),
        runs_as_container=partial(images.runs_as_container, settings=settings),
    )
    if found is None:
        raise ContainerError(
            f"TrainingImage {image!r} is not a built-in algorithm, names no script-mode "
            f"program, and cannot run as a container on this worker: {images.why_not(str(image))}"
        )
    return found


@dataclass(frozen=True)
class Bind:
    source: Path
    target: PurePosixPath
    read_only: bool

    def mount(self) -> Any:
        from docker.types import Mount

        return Mount(str(self.target), str(self.source), type="bind", read_only=self.read_only)


def start(settings: Settings, claim: Claim, ctx: TrainingContext) -> ContainerTraining:
    """Lay out /opt/ml and start the image; its output is the returned training's."""
    ctx.failure_file.unlink(missing_ok=True)  # only this attempt's failure counts
    script.make_opt_ml(ctx)
    script.write_config(ctx, ctx.job_dir / "input" / "config")
    try:
        client = images.engine_for_work()
    except images.EngineUnavailable as error:
        raise ContainerError(f"TrainingImage: {error}") from None
    return ContainerTraining(client, _create(client, settings, claim, ctx), settings)


def binds(claim: Claim, ctx: TrainingContext) -> list[Bind]:
    """What the container sees under /opt/ml (and at a checkpoint LocalPath elsewhere)."""
    found = [
        Bind(ctx.job_dir / "input" / "config", OPT_ML / "input" / "config", read_only=False),
        Bind(ctx.model_dir, OPT_ML / "model", read_only=False),
        Bind(ctx.output_dir, OPT_ML / "output", read_only=False),
    ]
    checkpoint = claim.spec.get("CheckpointConfig") or {}
    if checkpoint.get("S3Uri"):
        local_path = checkpoint.get("LocalPath") or spot_capacity.DEFAULT_LOCAL_PATH
        host = spot_capacity.local_checkpoint_dir(ctx.job_dir, local_path)
        host.mkdir(parents=True, exist_ok=True)
        found.append(Bind(host, PurePosixPath(local_path), read_only=False))
    for name, path in sorted(ctx.channels.items()):
        if not script.valid_channel_name(name):
            raise ContainerError(f"Invalid channel name: {name!r}")
        found += _channel_binds(path, OPT_ML / "input" / "data" / name)
    return found


def _channel_binds(path: Path, target: PurePosixPath) -> list[Bind]:
    """A channel as the store laid it out (app/storage.materialize_channel): a link to a
    directory, a directory of links to files (one object), or downloaded files. Links are
    bound by what they point to: inside the container a host path means nothing."""
    if path.is_symlink() or not any(item.is_symlink() for item in path.iterdir()):
        return [Bind(path.resolve(), target, read_only=True)]
    return [
        Bind(item.resolve(), target / item.name, read_only=True) for item in sorted(path.iterdir())
    ]


def command(claim: Claim) -> tuple[list[str] | None, list[str]]:
    """The entrypoint (None: the image's own) and the arguments."""
    algorithm = claim.spec.get("AlgorithmSpecification") or {}
    entrypoint = algorithm.get("ContainerEntrypoint")
    arguments = algorithm.get("ContainerArguments")
    if entrypoint:
        return list(entrypoint), list(arguments or [])
    return None, list(arguments) if arguments else list(DEFAULT_COMMAND)


def environment(claim: Claim, ctx: TrainingContext) -> dict[str, str]:
    """What SageMaker's platform sets (the toolkit in an image sets SM_* itself), then the
    request's Environment."""
    found = {"TRAINING_JOB_NAME": ctx.job_name, "TRAINING_JOB_ARN": ctx.job_arn, **ctx.environment}
    checkpoint = claim.spec.get("CheckpointConfig") or {}
    if checkpoint.get("S3Uri") and "SM_CHECKPOINT_DIR" not in (claim.spec.get("Environment") or {}):
        # openamt's addition names where the checkpoints are bound: LocalPath itself.
        found["SM_CHECKPOINT_DIR"] = checkpoint.get("LocalPath") or spot_capacity.DEFAULT_LOCAL_PATH
    return found


def installation(settings: Settings) -> str:
    """The installation a container belongs to: its database's (the workers of one openamt
    share it, and two openamts never do)."""
    return hashlib.sha256(settings.sqlalchemy_url.encode()).hexdigest()[:16]


def _create(client: Any, settings: Settings, claim: Claim, ctx: TrainingContext) -> Any:
    import docker.errors
    from docker.types import LogConfig, Ulimit

    image = (claim.spec.get("AlgorithmSpecification") or {}).get("TrainingImage")
    entrypoint, arguments = command(claim)
    limits: dict[str, Any] = {"nano_cpus": max(1, ctx.num_cpus) * 1_000_000_000}
    if settings.training_memory_mb:
        limits["mem_limit"] = limits["memswap_limit"] = f"{settings.training_memory_mb}m"
    if settings.training_max_processes:
        limits["pids_limit"] = settings.training_max_processes
    ulimits = [Ulimit(name="core", soft=0, hard=0)]
    if settings.training_file_size_mb:
        size = settings.training_file_size_mb * 1024 * 1024
        ulimits.append(Ulimit(name="fsize", soft=size, hard=size))
    if os.geteuid() != 0:
        # A worker that is not root must be able to read and remove what the job wrote.
        limits["user"] = f"{os.getuid()}:{os.getgid()}"
    try:
        return client.containers.create(
            image,
            command=arguments,
            entrypoint=entrypoint,
            environment=environment(claim, ctx),
            labels={
                JOB_LABEL: ctx.job_name,
                WORKER_LABEL: runs.worker_id(),
                INSTALLATION_LABEL: installation(settings),
            },
            mounts=[bind.mount() for bind in binds(claim, ctx)],
            network_mode="none" if claim.spec.get("EnableNetworkIsolation") else "bridge",
            hostname=script.HOST,
            # The output goes to the job's log through the attach stream only: the engine
            # keeps none of it (a job that prints without end fills no disk of the engine's).
            log_config=LogConfig(type=LogConfig.types.NONE),
            ulimits=ulimits,
            stdin_open=False,
            tty=False,
            **limits,
        )
    except docker.errors.ImageNotFound:
        raise ContainerError(f"TrainingImage {image!r}: {images.why_not(str(image))}") from None
    except docker.errors.APIError as error:
        raise ContainerError(f"TrainingImage {image!r}: the engine refused it: {error}") from None


class ContainerTraining:
    """A started container as a TrainingProcess (workers/algorithms/base.py)."""

    def __init__(self, client: Any, container: Any, settings: Settings) -> None:
        self._api = client.api
        self._id = container.id
        self._stop_seconds = settings.container_stop_seconds
        self._stopping: threading.Thread | None = None
        self._code: int | None = None
        read_fd, write_fd = os.pipe()
        self._output = os.fdopen(read_fd, "rb")
        try:
            # Attached before the start, as `docker run` is: no line printed at once is lost.
            stream = self._api.attach_socket(
                self._id, params={"stdout": 1, "stderr": 1, "stream": 1}
            )
            self._api.start(self._id)
        except BaseException:
            os.close(write_fd)
            self._remove()
            raise
        self._pump = threading.Thread(
            target=_pump, args=(stream, write_fd), name=f"output-{self._id[:12]}", daemon=True
        )
        self._pump.start()
        state = self._api.inspect_container(self._id)["State"]
        # Its main process on the host (0 once it ended): what a reaper kills with its group.
        self.pid = int(state.get("Pid") or 0)

    def lines(self) -> Iterator[str]:
        yield from read_lines(self._output)

    def fileno(self) -> int:
        return self._output.fileno()

    def wait(self) -> int:
        if self._code is None:
            try:
                result = self._api.wait(self._id, timeout=self._stop_seconds + WAIT_SECONDS)
                self._code = int(result.get("StatusCode", 1))
            except Exception as error:  # noqa: BLE001 - a lost engine: the job is killed
                log.warning("container %s: no exit status (%s); killed", self._id[:12], error)
                self._code = 137
            self._pump.join(5)
            self._output.close()
            self._remove()
        return self._code

    def stop(self) -> None:
        """`docker stop`: SIGTERM, SIGKILL after the grace (in the engine), not waited for."""
        if self._stopping is None:
            self._stopping = threading.Thread(target=self._stop, name="stop", daemon=True)
            self._stopping.start()

    def _stop(self) -> None:
        with contextlib.suppress(Exception):
            self._api.stop(self._id, timeout=int(self._stop_seconds))

    def kill(self) -> None:
        self._remove()

    def _remove(self) -> None:
        """Kill and remove the container; nothing happens when it is already gone."""
        with contextlib.suppress(Exception):
            self._api.remove_container(self._id, force=True)


def _pump(stream: Any, write_fd: int) -> None:
    """The attach stream's frames (stdout and stderr, each frame whole) into the pipe, until
    the container's output ends."""
    from docker.utils.socket import frames_iter

    try:
        for _, data in frames_iter(stream, tty=False):
            view = memoryview(data)
            while view:
                view = view[os.write(write_fd, view) :]
    except OSError:  # the reader went away (a killed job), or the engine did
        pass
    finally:
        os.close(write_fd)
        with contextlib.suppress(Exception):
            stream.close()
