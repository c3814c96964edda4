"""Training processes in their own process group, so a stop kills everything they started.

Built-in algorithms run in a fork of the worker: the worker imported XGBoost once and the
child starts training at once, without paying for a new interpreter. The worker itself
never trains, so no OpenMP thread pool exists at fork time (forking one is unsafe).
User scripts run in a fresh interpreter (subprocess) with the environment they were given, in
a sandbox of their own (bwrap: workers/sandbox.py) when one is on.

Both get resource limits (setrlimit, hard and soft, so the training cannot raise them: in the
fork, or by prlimit before the script's command): address space, file size, open files, no
core dumps; a sandboxed script that runs as a user of its own also a number of processes
(RLIMIT_NPROC, which counts per uid: only such a job's own uid makes it count the job's
processes alone). A limit hit is the training's own failure (MemoryError, "File too large",
a fork that fails), never the worker's.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import functools
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any, Protocol

from app.training.logs import LineTimes
from workers.sandbox import Sandbox, sandboxed

if TYPE_CHECKING:
    from app.config import Settings

MAX_LINE = 64 * 1024  # a line longer than this is cut into pieces rather than held whole
OPEN_FILES = 1024
_MIB = 1024 * 1024


@dataclass(frozen=True)
class ResourceLimits:
    """What one training process may use; 0 means no limit."""

    memory_mb: int = 0  # address space (virtual memory), beyond what a fork starts with
    file_size_mb: int = 0  # the largest file it may write
    open_files: int = OPEN_FILES
    # Processes and threads of the job's uid (RLIMIT_NPROC): only for a job that runs as a user
    # of its own (workers/sandbox.JobUser); root itself is never held to it.
    processes: int = 0

    @classmethod
    def from_settings(cls, settings: Settings) -> ResourceLimits:
        return cls(
            memory_mb=settings.training_memory_mb, file_size_mb=settings.training_file_size_mb
        )

    def in_sandbox(self, box: Sandbox | None, settings: Settings) -> ResourceLimits:
        """These limits with the process cap, for a sandbox whose user is its own: RLIMIT_NPROC
        counts per uid, so only then does it count that job's processes alone."""
        if box is None or box.user is None:
            return self
        return replace(self, processes=settings.training_max_processes)

    def apply(self, *, base_bytes: int = 0) -> None:
        """In the child, before the training starts. Never above a limit already in force."""
        for kind, _, value in self._in_force(base_bytes):
            resource.setrlimit(kind, (value, value))

    def command(self, argv: list[str]) -> list[str]:
        """`argv` run within these limits and killed with its parent (the worker), by
        util-linux's setpriv and prlimit, which set them and exec it in place. Decision: not
        a preexec hook in the child: that makes subprocess fork the whole worker (and run
        Python in the fork), ~9 ms a start for a worker that imported XGBoost, against ~1 ms
        for the two execs after a vfork."""
        limits = [f"--{flag}={value}" for _, flag, value in self._in_force(0)]
        setpriv, prlimit = _tools()
        return [setpriv, "--pdeathsig", "KILL", "--", prlimit, *limits, "--", *argv]

    def _in_force(self, base_bytes: int) -> list[tuple[int, str, int]]:
        """(rlimit, prlimit's name for it, value) of each limit, capped at the hard limit
        this process has (which its children inherit)."""
        wanted = [(resource.RLIMIT_NOFILE, "nofile", self.open_files)] if self.open_files else []
        if self.memory_mb:
            wanted.append((resource.RLIMIT_AS, "as", base_bytes + self.memory_mb * _MIB))
        if self.file_size_mb:
            wanted.append((resource.RLIMIT_FSIZE, "fsize", self.file_size_mb * _MIB))
        if self.processes:
            wanted.append((resource.RLIMIT_NPROC, "nproc", self.processes))
        wanted.append((resource.RLIMIT_CORE, "core", 0))  # no multi-GB core file of a crash
        return [(kind, flag, _capped(kind, value)) for kind, flag, value in wanted]


@functools.cache
def _tools() -> tuple[str, str]:
    """Found once, on openamt's PATH: a job's own PATH may not lead to them."""
    return shutil.which("setpriv") or "setpriv", shutil.which("prlimit") or "prlimit"


def _capped(kind: int, value: int) -> int:
    _, hard = resource.getrlimit(kind)
    return value if hard == resource.RLIM_INFINITY else min(value, hard)


def address_space() -> int:
    """This process's current virtual size in bytes (Linux)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


class JobLog:
    """A training job's log file that stops growing at `limit` bytes (0: never), ending with
    one line that says so. It appends: a retried job's log keeps the earlier attempts. Each
    line's time goes to the log's times file as it is written (app/training/logs.py)."""

    def __init__(self, path: Path, limit: int) -> None:
        self._file = open(path, "a", encoding="utf-8")  # noqa: SIM115 - closed by close()
        self._size = path.stat().st_size
        self._times = LineTimes(path)
        self._limit = limit
        self._full = bool(limit) and self._size >= limit

    def write(self, text: str) -> None:
        if self._full:
            return
        size = len(text.encode("utf-8", errors="replace"))
        if self._limit and self._size + size > self._limit:
            notice = (
                f"[openamt: the log reached OPENAMT_MAX_LOG_BYTES ({self._limit} bytes); "
                "later output is not kept]\n"
            )
            self._times.record(self._size, notice)
            self._file.write(notice)
            self._full = True
            return
        self._times.record(self._size, text)
        self._file.write(text)
        self._size += size

    def flush(self) -> None:
        self._file.flush()

    def close(self) -> None:
        self._file.close()
        self._times.close()

    def __enter__(self) -> JobLog:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


READ_BYTES = 64 * 1024


class LineSplitter:
    """Output bytes, as they arrive in chunks, cut into lines: without their line end, and
    at most MAX_LINE bytes each (a longer line comes in pieces)."""

    def __init__(self) -> None:
        self._pending = b""

    def feed(self, chunk: bytes) -> list[str]:
        *complete, self._pending = (self._pending + chunk).split(b"\n")
        lines = [piece for line in complete for piece in _pieces(line)]
        while len(self._pending) >= MAX_LINE:
            lines.append(_decoded(self._pending[:MAX_LINE]))
            self._pending = self._pending[MAX_LINE:]
        return lines

    def end(self) -> list[str]:
        """What is left once the output ended: a last line without a line end."""
        rest, self._pending = self._pending, b""
        return _pieces(rest) if rest else []


def _pieces(line: bytes) -> list[str]:
    if len(line) <= MAX_LINE:
        return [_decoded(line)]
    return [_decoded(line[i : i + MAX_LINE]) for i in range(0, len(line), MAX_LINE)]


def _decoded(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace").rstrip("\r")


def read_lines(stream: IO[bytes]) -> Iterator[str]:
    """Every line of `stream` until its end (for a reader that waits on nothing else)."""
    splitter = LineSplitter()
    while chunk := os.read(stream.fileno(), READ_BYTES):
        yield from splitter.feed(chunk)
    yield from splitter.end()


_PR_SET_PDEATHSIG = 1
_libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)


def die_with_parent(sig: signal.Signals = signal.SIGKILL) -> None:
    """In a child: get `sig` (by default be killed) when the worker dies, even by kill -9.
    Linux only."""
    _libc.prctl(_PR_SET_PDEATHSIG, sig, 0, 0, 0)


_PR_SET_DUMPABLE = 4
SECRET_VARIABLES = ("OPENAMT_ACCESS_KEYS", "OPENAMT_API_TOKENS")


def hide_secrets() -> None:
    """In an openamt process, once its Settings are read. Training code runs as the same user:
    a script could read /proc/<pid>/environ (or memory) of its worker and of `openamt serve`.
    Processes started from now on get no secret in their environment, and this process (with
    its forks) becomes non-dumpable, which makes its /proc files readable by root only."""
    for name in SECRET_VARIABLES:
        os.environ.pop(name, None)
    _libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)


def kill_group(pgid: int) -> None:
    """Kill a process group; nothing happens when it is already gone."""
    _kill_group(pgid)


def _kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


class PipeOutput:
    """A training's output, read from a pipe's read end (a fork's, or a warm host's trial)."""

    def __init__(self, read_fd: int) -> None:
        self._stream = os.fdopen(read_fd, "rb")

    def lines(self) -> Iterator[str]:
        yield from read_lines(self._stream)

    def fileno(self) -> int:
        return self._stream.fileno()


STOP_GRACE_SECONDS = 5.0


class Host(Protocol):
    """A long-lived process that runs trials one at a time (workers/training_host.py,
    workers/script_host.py)."""

    pid: int  # its process group's

    def result(self) -> int:
        """The trial's exit code, once it has ended."""
        ...

    def ask_stop(self) -> None:
        """End the trial soon, keeping the host."""
        ...

    def kill(self) -> None:
        """Kill the host with its group, and the trial with it."""
        ...


class HostedTrial(PipeOutput):
    """One trial in a host, as a TrainingProcess (workers/algorithms/base.py)."""

    def __init__(self, host: Host, read_fd: int) -> None:
        super().__init__(read_fd)
        self.pid = host.pid
        self._host = host
        self._returncode: int | None = None
        self._stop_asked: float | None = None

    def wait(self) -> int:
        if self._returncode is None:
            self._returncode = self._host.result()
            self._stream.close()
        return self._returncode

    def stop(self) -> None:
        """Ask the host to end the trial; kill the host when it has not within the grace."""
        if self._returncode is not None:
            return
        clock = time.monotonic()
        if self._stop_asked is None:
            self._stop_asked = clock
            self._host.ask_stop()
        elif clock - self._stop_asked > STOP_GRACE_SECONDS:
            self.kill()

    def kill(self) -> None:
        self._host.kill()


class ForkedTraining(PipeOutput):
    """Runs `target(arg)` in a forked child; exit code 0 on return, 1 on an exception."""

    def __init__(
        self,
        target: Callable[[Any], None],
        arg: Any,
        *,
        failure_file: Path,
        limits: ResourceLimits | None = None,
    ) -> None:
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            os.close(read_fd)
            _child(target, arg, write_fd, failure_file, limits or ResourceLimits())
        os.close(write_fd)
        with contextlib.suppress(PermissionError, ProcessLookupError):
            os.setpgid(pid, pid)  # also done in the child; whichever runs first wins
        super().__init__(read_fd)
        self.pid = pid
        self._returncode: int | None = None

    def wait(self) -> int:
        if self._returncode is None:
            _, status = os.waitpid(self.pid, 0)
            self._returncode = os.waitstatus_to_exitcode(status)
            self._stream.close()
            _kill_group(self.pid)  # anything the algorithm left behind
        return self._returncode

    def stop(self) -> None:
        self.kill()

    def kill(self) -> None:
        _kill_group(self.pid)


def _child(
    target: Callable[[object], None],
    arg: object,
    write_fd: int,
    failure_file: Path,
    limits: ResourceLimits,
) -> None:
    code = 1
    try:
        become_training(limits)
        os.dup2(write_fd, 1)
        os.dup2(write_fd, 2)
        os.close(write_fd)
        sys.stdout = open(1, "w", buffering=1, closefd=False)  # noqa: SIM115
        sys.stderr = open(2, "w", buffering=1, closefd=False)  # noqa: SIM115
        target(arg)
        code = 0
    except BaseException as error:  # noqa: BLE001 - the child reports every failure
        report_failure(error, failure_file)
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


def become_training(limits: ResourceLimits) -> None:
    """In a fork of the worker that will train: its own process group, killed with the
    worker, within `limits`, and the default signal handlers (not the worker's)."""
    os.setpgid(0, 0)
    die_with_parent()
    # A fork starts with the worker's whole address space (its imports, mostly shared):
    # the training's budget comes on top of it.
    limits.apply(base_bytes=address_space())
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGQUIT):
        signal.signal(sig, signal.SIG_DFL)


def report_failure(error: BaseException, failure_file: Path) -> None:
    """In a training process: why it failed, in the failure file (the job's FailureReason)
    and with its traceback in the output (the job's log)."""
    try:
        failure_file.parent.mkdir(parents=True, exist_ok=True)
        reason = getattr(error, "client_message", None) or f"{type(error).__name__}: {error}"
        failure_file.write_text(str(reason)[:1024])
        traceback.print_exc()
    except BaseException:  # noqa: BLE001 - a failure to report is not a second failure
        pass


class ScriptTraining:
    """A user's command in a new session (its own process group), output merged; in a sandbox
    (bwrap, in the same group: workers/sandbox.py) when one is given, whose user is released
    once the command has ended."""

    def __init__(
        self,
        argv: list[str],
        *,
        env: dict[str, str],
        cwd: Path,
        limits: ResourceLimits | None = None,
        sandbox: Sandbox | None = None,
    ) -> None:
        limits = limits or ResourceLimits()
        self._sandbox = sandbox
        with sandboxed(sandbox, argv, cwd=cwd) as (command, inherited):
            self._process = subprocess.Popen(
                limits.command(command),
                env=env,
                cwd=cwd,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                pass_fds=inherited,
                start_new_session=True,
            )
        self.pid = self._process.pid

    def lines(self) -> Iterator[str]:
        assert self._process.stdout is not None
        yield from read_lines(self._process.stdout)

    def fileno(self) -> int:
        assert self._process.stdout is not None
        return self._process.stdout.fileno()

    def wait(self) -> int:
        code = self._process.wait()
        if self._process.stdout is not None:
            self._process.stdout.close()
        _kill_group(self.pid)
        if self._sandbox is not None and self._sandbox.user is not None:
            # bwrap has ended, and with its PID namespace every process of the job's uid.
            self._sandbox.user.release()
        return code

    def kill(self) -> None:
        _kill_group(self.pid)

    def stop(self) -> None:
        self.kill()
