"""The model servers of the API process: one subprocess per endpoint variant
(workers/model_server.py), started when the endpoint is deployed or, after a restart, on its
first invocation, and spoken to over pipes.

A model server runs the user's inference code, so it gets what a script-mode training gets
(workers/process.py): a scrubbed environment, its own process group, resource limits, death
with its parent. Its models are unpacked under OPENAMT_DATA_DIR/endpoints/<endpoint>-<id>/
<variant>/ (the id tells a re-created endpoint of the same name from the old one).

When the sandbox is on (workers/sandbox.py, as for script-mode training) the server runs in
bubblewrap: the host read-only, the data directory masked, its own PID and IPC namespace, no
capability, a /tmp of OPENAMT_TRAINING_TMP_MB, and, where openamt runs as root, a uid of its
own under the training process cap.
It sees its variant directory at /opt/ml, as a SageMaker serving container does: the model at
/opt/ml/model, the SDK's repacked code at /opt/ml/model/code, code from
SAGEMAKER_SUBMIT_DIRECTORY at /opt/ml/code. Decision: /opt/ml is read-only there (HOME and
scratch space are the private /tmp): openamt reads layout.json and server.log back from that
directory, and a model has nothing to write beside itself. Decision: the built-in XGBoost
server, which runs no user code, is sandboxed too (one path; bwrap's start is lost in the
interpreter's and XGBoost's import) and gets no network, which it never needs; a script model
gets none when its model asked for EnableNetworkIsolation, and without the sandbox such a
model cannot be deployed.

A variant whose image runs as a container (Variant.container, decided at CreateEndpoint as a
training job's backend is) is served by that image instead (workers/container_host.py): the
same unpacked model, bound read-only at /opt/ml/model; this host holds both kinds alike.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import select
import shutil
import struct
import subprocess
import sys
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

from app import storage
from app.config import Settings
from app.serving.host import DeployError, Invocation, ModelError, Variant
from workers import containers, sandbox
from workers.algorithms import script
from workers.container_host import ContainerServer, ServerGone
from workers.process import ResourceLimits, kill_group

log = logging.getLogger(__name__)

SERVER = Path(__file__).with_name("model_server.py")
PROGRAM = "SAGEMAKER_PROGRAM"
SUBMIT_DIRECTORY = "SAGEMAKER_SUBMIT_DIRECTORY"
DEFAULT_PROGRAM = "inference.py"


@dataclass(frozen=True)
class Layout:
    """Where one variant's model (and inference code) lies on this machine."""

    root: Path
    model_dir: Path
    code_dir: Path | None
    program: str | None


class LocalModelHost:
    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._servers: dict[tuple[str, str], _Server | ContainerServer] = {}
        # The starts underway: a second caller for the same variant waits on the one there is
        # rather than start another server. _lock guards both dicts and is never held over a
        # start (up to its startup timeout), which would hold up every other variant.
        self._starting: dict[tuple[str, str], Future[_Server | ContainerServer]] = {}
        self._lock = threading.Lock()
        self._limits = ResourceLimits.from_settings(settings)
        self._sandboxed = sandbox.enabled(settings)
        # Decision: every server is started from this one thread, which lives as long as the
        # host. The kernel's parent-death signal (setpriv --pdeathsig, bwrap's --die-with-parent)
        # follows the thread that forked, not the process: a server started from a deploy
        # thread or a request's worker thread was killed when that thread ended.
        self._spawner = ThreadPoolExecutor(max_workers=1, thread_name_prefix="model-servers")
        # The serving containers of an API process killed before it could stop them; in a
        # thread: an engine that does not answer must not hold up the server's start.
        threading.Thread(
            target=containers.sweep_serving, args=(settings,), name="serving-sweep", daemon=True
        ).start()

    def prepare(self, endpoint: str, variants: list[Variant]) -> None:
        for variant in variants:
            self._server(endpoint, variant)  # unpack, start, wait until it has loaded

    def invoke(
        self,
        endpoint: str,
        variant: Variant,
        body: bytes,
        *,
        content_type: str | None,
        accept: str | None,
    ) -> Invocation:
        try:
            server = self._server(endpoint, variant)
        except DeployError as error:
            raise ModelError(
                f"The model of variant {variant.name} cannot be served: {error}",
                original_status=500,
                original_message=str(error),
            ) from None
        header = {"content_type": content_type, "accept": accept}
        try:
            answer, payload = server.request(
                header, body, self._settings.invocation_timeout_seconds
            )
        except ServerGone as error:
            self._drop((endpoint, variant.name), server)
            raise ModelError(
                f'Received server error (500) from primary with message "{error}".',
                original_status=500,
                original_message=str(error),
            ) from None
        status = int(answer.get("status", 500))
        if status != 200:
            kind = "client" if status < 500 else "server"
            message = str(answer.get("message", ""))
            raise ModelError(
                f'Received {kind} error ({status}) from primary with message "{message}".',
                original_status=status,
                original_message=message,
            )
        return Invocation(
            body=payload,
            content_type=str(answer.get("content_type") or "application/octet-stream"),
            variant=variant.name,
        )

    def forget(self, endpoint: str) -> None:
        self._wait_for_starts(endpoint)
        with self._lock:
            keys = [key for key in self._servers if key[0] == endpoint]
            servers = [self._servers.pop(key) for key in keys]
        for server in servers:
            server.stop()
        shutil.rmtree(self._settings.endpoints_dir / endpoint, ignore_errors=True)

    def endpoints(self) -> set[str]:
        with self._lock:
            return {endpoint for endpoint, _ in self._servers}

    def close(self) -> None:
        self._wait_for_starts()
        with self._lock:
            servers = list(self._servers.values())
            self._servers.clear()
        for server in servers:
            server.stop()
        self._spawner.shutdown(wait=False)

    # -- internals ------------------------------------------------------------------------------

    def _server(self, endpoint: str, variant: Variant) -> _Server | ContainerServer:
        key = (endpoint, variant.name)
        with self._lock:
            server = self._servers.get(key)
            if server is not None and server.alive():
                return server
            underway = self._starting.get(key)
            if underway is None:
                start: Future[_Server | ContainerServer] = Future()
                self._starting[key] = start
                dead = self._servers.pop(key, None)
        if underway is not None:
            return underway.result()  # its server, or what its start failed with
        if dead is not None:
            dead.stop()
        try:
            server = self._start(endpoint, variant)
        except BaseException as error:
            with self._lock:
                del self._starting[key]  # the next caller tries again
            start.set_exception(error)
            raise
        with self._lock:
            self._servers[key] = server
            del self._starting[key]
        start.set_result(server)
        return server

    def _wait_for_starts(self, endpoint: str | None = None) -> None:
        """Until the starts underway (of `endpoint`'s variants, or of all) have ended: a server
        being started when its endpoint is forgotten is stopped with the others, not left."""
        with self._lock:
            starts = [start for key, start in self._starting.items() if endpoint in (None, key[0])]
        wait(starts)

    def _start(self, endpoint: str, variant: Variant) -> _Server | ContainerServer:
        layout = self._unpack(endpoint, variant)
        if variant.container:
            return ContainerServer.start(
                self._settings, endpoint=endpoint, variant=variant, model_dir=layout.model_dir
            )
        box = self._sandbox(layout, variant)
        limits = self._limits.in_sandbox(box, self._settings)
        return _Server.start(
            layout, variant, limits, box=box, spawner=self._spawner,
            startup_seconds=variant.startup_seconds(self._settings),
        )  # fmt: skip

    def _sandbox(self, layout: Layout, variant: Variant) -> sandbox.Sandbox | None:
        """The variant's sandbox (its user claimed, the model and code its own), or None when
        the sandbox is off."""
        if not self._sandboxed:
            refused = None if variant.builtin_xgboost else sandbox.refusal(self._settings)
            if refused is not None:
                raise DeployError(f"The model's inference code cannot run: {refused}")
            if variant.network_isolation:
                raise DeployError(
                    "EnableNetworkIsolation: this server runs model servers without a sandbox "
                    "(OPENAMT_SANDBOX=off), so it cannot cut a model off from the network"
                )
            return None
        trees = [layout.model_dir]  # readable whatever modes the archive gave its files
        if layout.code_dir is not None and not layout.code_dir.is_relative_to(trees[0]):
            trees.append(layout.code_dir)
        box = sandbox.for_job(  # its user released by _Server.stop()
            self._settings,
            layout.root,
            owned=trees,
            isolate_network=variant.network_isolation or variant.builtin_xgboost,
            writable=False,
        )
        # The server itself is run by path: its directory stays readable wherever it lies.
        return replace(box, keep=(*box.keep, SERVER.parent))

    def _drop(self, key: tuple[str, str], server: _Server | ContainerServer) -> None:
        with self._lock:
            if self._servers.get(key) is server:
                self._servers.pop(key)
        server.stop()

    def _unpack(self, endpoint: str, variant: Variant) -> Layout:
        root = self._settings.endpoints_dir / endpoint / variant.name
        marker = root / "layout.json"
        if marker.is_file():
            saved = json.loads(marker.read_text())
            return Layout(
                root=root,
                model_dir=Path(saved["model_dir"]),
                code_dir=Path(saved["code_dir"]) if saved["code_dir"] else None,
                program=saved["program"],
            )
        shutil.rmtree(root, ignore_errors=True)
        model_dir = root / "model"
        model_dir.mkdir(parents=True)
        try:
            if variant.model_data_url:
                self._fetch_model(variant.model_data_url, root, model_dir)
            layout = self._code(root, model_dir, variant)
        except (storage.StorageError, script.ScriptError) as error:
            shutil.rmtree(root, ignore_errors=True)
            raise DeployError(str(error)) from None
        marker.write_text(
            json.dumps(
                {
                    "model_dir": str(layout.model_dir),
                    "code_dir": str(layout.code_dir) if layout.code_dir else None,
                    "program": layout.program,
                }
            )
        )
        return layout

    def _fetch_model(self, url: str, root: Path, model_dir: Path) -> None:
        local = storage.local_path_for(url, self._settings)
        if local is None:
            download = root / "download"
            storage.materialize_channel(url, download, self._settings)
            local = download / url.rstrip("/").rsplit("/", 1)[-1]
        if not local.is_file():
            raise DeployError(f"Could not find model data at {url}.")
        script.safe_extract(local, model_dir)

    def _code(self, root: Path, model_dir: Path, variant: Variant) -> Layout:
        if variant.container:  # the image brings its own server
            return Layout(root=root, model_dir=model_dir, code_dir=None, program=None)
        if variant.builtin_xgboost:
            if not any(model_dir.iterdir()):
                raise DeployError("The model archive is empty")
            return Layout(root=root, model_dir=model_dir, code_dir=None, program=None)
        program = _decode(variant.environment.get(PROGRAM) or "") or DEFAULT_PROGRAM
        # SageMaker's framework containers: code/ inside model.tar.gz first (what the SDK's
        # repack puts there), else the submit directory the model's Environment names.
        packed = model_dir / "code"
        if (packed / program).is_file():
            return Layout(root=root, model_dir=model_dir, code_dir=packed, program=program)
        submit = variant.environment.get(SUBMIT_DIRECTORY)
        if submit:
            code_dir = script.install_code(_decode(submit), root, self._settings)
            if (code_dir / program).is_file():
                return Layout(root=root, model_dir=model_dir, code_dir=code_dir, program=program)
            raise DeployError(f"{program} not found in {SUBMIT_DIRECTORY} {submit}")
        raise DeployError(
            f"Image {variant.image!r} is neither the built-in XGBoost nor an image the local "
            f"Docker engine holds, and the model has no inference code: put {program} under "
            f"code/ in model.tar.gz, or name its directory in the model's Environment "
            f"{SUBMIT_DIRECTORY} (and {PROGRAM})"
        )


def _decode(value: str) -> str:
    try:
        decoded = json.loads(value)
    except ValueError:
        return value
    return decoded if isinstance(decoded, str) else value


def _command(
    layout: Layout, variant: Variant, box: sandbox.Sandbox | None
) -> tuple[list[str], dict[str, str]]:
    """The model server's command line and environment; every path it is told is one it sees
    (under /opt/ml in a sandbox)."""

    def seen(path: Path) -> str:
        return box.inside(path) if box is not None else str(path)

    model_dir = seen(layout.model_dir)
    code_dir = seen(layout.code_dir or layout.root)
    if variant.builtin_xgboost:
        args = ["xgboost", model_dir]
    else:
        args = ["script", model_dir, code_dir, str(layout.program)]
    home = Path("/tmp") if box is not None else layout.root  # the sandbox's private /tmp
    env = script.base_environment(home, Path(code_dir))
    env.update(variant.environment)
    env["SM_MODEL_DIR"] = model_dir
    return [sys.executable, str(SERVER), *args], env


class _Server:
    def __init__(
        self, process: subprocess.Popen[bytes], log_file: IO[bytes], user: sandbox.JobUser | None
    ) -> None:
        self._process = process
        self._log = log_file
        self._user = user
        self._lock = threading.Lock()

    @classmethod
    def start(
        cls,
        layout: Layout,
        variant: Variant,
        limits: ResourceLimits,
        *,
        box: sandbox.Sandbox | None,
        spawner: ThreadPoolExecutor,
        startup_seconds: float,
    ) -> _Server:
        user = box.user if box is not None else None
        try:
            argv, env = _command(layout, variant, box)
            log_file = open(layout.root / "server.log", "ab")  # noqa: SIM115 - closed by stop()
            with sandbox.sandboxed(box, argv, cwd=layout.root) as (command, inherited):
                process = spawner.submit(
                    subprocess.Popen,
                    limits.command(command),
                    env=env,
                    cwd=layout.root,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=log_file,
                    pass_fds=inherited,
                    start_new_session=True,
                ).result()
        except BaseException:
            if user is not None:
                user.release()
            raise
        server = cls(process, log_file, user)
        try:
            ready = server._read_frame(time.monotonic() + startup_seconds)
        except ServerGone as error:
            server.stop()
            raise DeployError(f"The model server did not start: {error}{server._tail()}") from None
        header = json.loads(ready)
        server._read_frame(time.monotonic() + 5)  # the empty body of the ready frame
        if header.get("status") != 200:
            server.stop()
            raise DeployError(f"The model failed to load: {header.get('message')}")
        return server

    def alive(self) -> bool:
        return self._process.poll() is None

    def request(
        self, header: dict[str, Any], body: bytes, timeout: float
    ) -> tuple[dict[str, Any], bytes]:
        raw = json.dumps(header).encode()
        with self._lock:
            assert self._process.stdin is not None
            try:
                self._process.stdin.write(
                    struct.pack(">I", len(raw)) + raw + struct.pack(">I", len(body)) + body
                )
                self._process.stdin.flush()
            except (BrokenPipeError, OSError) as error:
                raise ServerGone(f"the model server is gone ({error})") from None
            deadline = time.monotonic() + timeout
            answer = json.loads(self._read_frame(deadline))
            payload = self._read_frame(deadline)
        return answer, payload

    def _read_frame(self, deadline: float) -> bytes:
        (size,) = struct.unpack(">I", self._read_exact(4, deadline))
        return self._read_exact(size, deadline)

    def _read_exact(self, size: int, deadline: float) -> bytes:
        assert self._process.stdout is not None
        fd = self._process.stdout.fileno()
        chunks: list[bytes] = []
        missing = size
        while missing:
            left = deadline - time.monotonic()
            if left <= 0:
                self.stop()
                raise ServerGone("the model did not answer in time")
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                continue
            chunk = os.read(fd, missing)
            if not chunk:
                raise ServerGone(f"the model server exited (code {self._process.poll()})")
            chunks.append(chunk)
            missing -= len(chunk)
        return b"".join(chunks)

    def _tail(self) -> str:
        with contextlib.suppress(OSError):
            self._log.flush()
            text = Path(self._log.name).read_bytes()[-600:].decode("utf-8", errors="replace")
            return f"; its output ends with: {text.strip()}" if text.strip() else ""
        return ""

    def stop(self) -> None:
        kill_group(self._process.pid)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self._process.wait(timeout=5)
        for stream in (self._process.stdin, self._process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        with contextlib.suppress(OSError):
            self._log.close()
        if self._user is not None and self._process.returncode is not None:
            # bwrap has ended, and with its PID namespace every process of the server's uid.
            self._user.release()
            self._user = None
