"""Serving a model's own image: the container is started with `serve`, as SageMaker starts
it, and spoken to over HTTP (docs/containers.md). LocalModelHost (workers/model_hosts.py)
decides which variants run here (Variant.container) and holds the servers.

SageMaker's contract, as AWS documents it for your own inference image: the argument `serve`,
the model's artifacts unpacked at /opt/ml/model (read-only here), the model's Environment, a
server on port 8080 that answers GET /ping with 200 once it is ready and POST /invocations
with the prediction. The port is published on 127.0.0.1 only, on a port the engine picks.

Decision: EnableNetworkIsolation cannot be `--network none` (no port could be published).
Such a container joins an internal network of its own (INTERNAL_NETWORK, made on first use):
no route out, and the API process reaches it at its address there.

Decision: a container is labelled with its endpoint, its variant and its model host (the API
process, "<host>:<pid>"); the host stops and removes it when the endpoint is deleted or
updated and when the host closes, and the sweep (workers/containers.py) removes the serving
containers of a host process that is gone (an API killed with -9).
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from pathlib import Path
from typing import Any

import httpx

from app import runs
from app.config import Settings
from app.serving.host import DeployError, Variant
from app.training import images
from workers.algorithms.container import INSTALLATION_LABEL, installation

log = logging.getLogger(__name__)

KIND_LABEL = "openamt.kind"
SERVING = "serving"  # KIND_LABEL's value on a serving container
ENDPOINT_LABEL = "openamt.endpoint"
VARIANT_LABEL = "openamt.variant"
MODEL_HOST_LABEL = "openamt.model-host"  # the API process that holds it: "<host>:<pid>"
INTERNAL_NETWORK = "openamt-isolated"
PORT = 8080
COMMAND = ["serve"]
PING_TIMEOUT_SECONDS = 2.0  # one /ping's (SageMaker's own is 2 s)
PING_INTERVAL_SECONDS = 0.2
# A deleted endpoint's container gets SIGTERM, then SIGKILL after at most this grace
# (OPENAMT_CONTAINER_STOP_SECONDS when shorter): a DeleteEndpoint waits for it.
STOP_GRACE_SECONDS = 10.0
ALIVE_CHECK_SECONDS = 1.0  # how long alive() trusts its last look at the engine
LOG_TAIL_LINES = 20
NOWHERE = "http://127.0.0.1:9"  # the address of a container that has none (it exited)


class ServerGone(Exception):
    """The model server died, hung past the timeout, or broke the protocol."""


def ping_failure(variant: Variant) -> str:
    """SageMaker's FailureReason for a container that never answers /ping with 200."""
    return (
        f"The primary container for production variant {variant.name} did not pass the ping "
        "health check. Please check CloudWatch logs for this endpoint."
    )


class ContainerServer:
    """One variant's container: started, health-checked, then asked for invocations."""

    def __init__(self, api: Any, container_id: str, grace: float) -> None:
        self._api = api
        self._id = container_id
        self._grace = grace
        self._http: httpx.Client | None = None
        self._checked = 0.0  # monotonic time alive() last found it running

    @classmethod
    def start(
        cls, settings: Settings, *, endpoint: str, variant: Variant, model_dir: Path
    ) -> ContainerServer:
        """Run the image with `serve` and wait until /ping answers 200; DeployError with
        SageMaker's reason when it cannot run, exits or never becomes healthy."""
        try:
            client = images.engine_for_work()
        except images.EngineUnavailable as error:
            raise DeployError(f"Image {variant.image}: {error}") from None
        container_id = _create(client, settings, endpoint=endpoint, variant=variant,
                               model_dir=model_dir)  # fmt: skip
        grace = min(settings.container_stop_seconds, STOP_GRACE_SECONDS)
        server = cls(client.api, container_id, grace)
        try:
            client.api.start(container_id)
            server._http = httpx.Client(base_url=server._address(variant))
            server._wait_healthy(variant, variant.startup_seconds(settings))
        except BaseException:
            server.stop()
            raise
        return server

    def alive(self) -> bool:
        if self._http is None:
            return False
        if time.monotonic() - self._checked < ALIVE_CHECK_SECONDS:
            return True
        try:
            running = bool(self._api.inspect_container(self._id)["State"]["Running"])
        except Exception:  # noqa: BLE001 - gone, or the engine is: not alive either way
            return False
        if running:
            self._checked = time.monotonic()
        return running

    def request(
        self, header: dict[str, Any], body: bytes, timeout: float
    ) -> tuple[dict[str, Any], bytes]:
        """POST /invocations with the request's body, Content-Type and Accept; the answer as
        model_server's frames give it (status, content_type, message) and its body."""
        assert self._http is not None
        headers = {
            name: value
            for name, value in (
                ("Content-Type", header.get("content_type")),
                ("Accept", header.get("accept")),
            )
            if value
        }
        try:
            answer = self._http.post("/invocations", content=body, headers=headers,
                                     timeout=timeout)  # fmt: skip
        except httpx.TimeoutException:
            raise ServerGone("the model did not answer in time") from None
        except httpx.HTTPError as error:
            raise ServerGone(f"the model's container did not answer ({error})") from None
        meta = {
            "status": answer.status_code,
            "content_type": answer.headers.get("content-type"),
            "message": answer.text[:1024] if answer.status_code != 200 else "",
        }
        return meta, answer.content

    def stop(self) -> None:
        """`docker stop` (SIGTERM, SIGKILL after the grace), then remove it."""
        if self._http is not None:
            self._http.close()
            self._http = None
        with contextlib.suppress(Exception):
            self._api.stop(self._id, timeout=int(self._grace))
        with contextlib.suppress(Exception):
            self._api.remove_container(self._id, force=True)

    # -- internals ------------------------------------------------------------------------------

    def _address(self, variant: Variant) -> str:
        """Where the container's port 8080 is reached from here (nowhere, for a container that
        already exited: _wait_healthy then says so)."""
        settings = self._api.inspect_container(self._id)["NetworkSettings"]
        if variant.network_isolation:
            network = (settings.get("Networks") or {}).get(INTERNAL_NETWORK) or {}
            address = network.get("IPAddress")
            return f"http://{address}:{PORT}" if address else NOWHERE
        published = (settings.get("Ports") or {}).get(f"{PORT}/tcp") or []
        return f"http://127.0.0.1:{published[0]['HostPort']}" if published else NOWHERE

    def _wait_healthy(self, variant: Variant, timeout: float) -> None:
        assert self._http is not None
        deadline = time.monotonic() + timeout
        while True:
            state = self._api.inspect_container(self._id)["State"]
            if not state.get("Running"):
                raise DeployError(
                    f"{ping_failure(variant)} (openamt: the container exited with code "
                    f"{state.get('ExitCode')}{self._tail()})"
                )
            with contextlib.suppress(httpx.HTTPError):
                if self._http.get("/ping", timeout=PING_TIMEOUT_SECONDS).status_code == 200:
                    return
            if time.monotonic() > deadline:
                raise DeployError(
                    f"{ping_failure(variant)} (openamt: no 200 from /ping within "
                    f"{timeout:.0f} s{self._tail()})"
                )
            time.sleep(PING_INTERVAL_SECONDS)

    def _tail(self) -> str:
        with contextlib.suppress(Exception):
            text = self._api.logs(self._id, tail=LOG_TAIL_LINES).decode("utf-8", "replace")
            return f"; its output ends with: {text.strip()[-600:]}" if text.strip() else ""
        return ""


def _create(
    client: Any, settings: Settings, *, endpoint: str, variant: Variant, model_dir: Path
) -> str:
    import docker.errors
    from docker.types import LogConfig, Mount, Ulimit

    limits: dict[str, Any] = {}
    if settings.training_memory_mb:
        limits["mem_limit"] = limits["memswap_limit"] = f"{settings.training_memory_mb}m"
    if settings.training_max_processes:
        limits["pids_limit"] = settings.training_max_processes
    if os.geteuid() != 0:
        limits["user"] = f"{os.getuid()}:{os.getgid()}"  # as a training container's
    if variant.network_isolation:
        limits["network"] = _internal_network(client)
    else:
        limits["ports"] = {f"{PORT}/tcp": ("127.0.0.1", None)}  # an ephemeral port, local only
    try:
        container = client.containers.create(
            variant.image,
            command=COMMAND,
            environment=dict(variant.environment),
            labels={
                KIND_LABEL: SERVING,
                ENDPOINT_LABEL: endpoint,
                VARIANT_LABEL: variant.name,
                MODEL_HOST_LABEL: runs.worker_id(),
                INSTALLATION_LABEL: installation(settings),
            },
            mounts=[Mount("/opt/ml/model", str(model_dir), type="bind", read_only=True)],
            # The engine keeps a little of its output: a failed start's reason quotes it.
            log_config=LogConfig(type="json-file", config={"max-size": "1m", "max-file": "1"}),
            ulimits=[Ulimit(name="core", soft=0, hard=0)],
            **limits,
        )
    except docker.errors.ImageNotFound:
        raise DeployError(f"Image {variant.image!r}: {images.why_not(variant.image)}") from None
    except docker.errors.APIError as error:
        raise DeployError(f"Image {variant.image!r}: the engine refused it: {error}") from None
    return str(container.id)


def _internal_network(client: Any) -> str:
    """INTERNAL_NETWORK, made when it is missing (`docker network create --internal`)."""
    import docker.errors

    if not client.networks.list(names=[INTERNAL_NETWORK]):
        with contextlib.suppress(docker.errors.APIError):  # another host made it meanwhile
            client.networks.create(INTERNAL_NETWORK, driver="bridge", internal=True)
    return INTERNAL_NETWORK
