"""Training processes in their own process group, so a stop kills everything they started.

Built-in algorithms run in a fork of the worker: the worker imported XGBoost once and the
child starts training at once, without paying for a new interpreter. The worker itself
never trains, so no OpenMP thread pool exists at fork time (forking one is unsafe).
User scripts run in a fresh interpreter (subprocess) with the environment they were given.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import signal
import subprocess
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

MAX_LINE = 64 * 1024  # a line longer than this is cut into pieces rather than held whole


def _read_lines(stream: IO[bytes]) -> Iterator[str]:
    while True:
        raw = stream.readline(MAX_LINE)
        if not raw:
            return
        yield raw.decode("utf-8", errors="replace").rstrip("\r\n")


_PR_SET_PDEATHSIG = 1
_libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)


def die_with_parent() -> None:
    """In a child: be killed when the worker dies (even by kill -9). Linux only."""
    _libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def kill_group(pgid: int) -> None:
    """Kill a process group; nothing happens when it is already gone."""
    _kill_group(pgid)


def _kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


class ForkedTraining:
    """Runs `target(arg)` in a forked child; exit code 0 on return, 1 on an exception."""

    def __init__(
        self, target: Callable[[object], None], arg: object, *, failure_file: Path
    ) -> None:
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            os.close(read_fd)
            _child(target, arg, write_fd, failure_file)
        os.close(write_fd)
        with contextlib.suppress(PermissionError, ProcessLookupError):
            os.setpgid(pid, pid)  # also done in the child; whichever runs first wins
        self.pid = pid
        self._stream = os.fdopen(read_fd, "rb")
        self._returncode: int | None = None

    def lines(self) -> Iterator[str]:
        yield from _read_lines(self._stream)

    def wait(self) -> int:
        if self._returncode is None:
            _, status = os.waitpid(self.pid, 0)
            self._returncode = os.waitstatus_to_exitcode(status)
            self._stream.close()
            _kill_group(self.pid)  # anything the algorithm left behind
        return self._returncode

    def kill(self) -> None:
        _kill_group(self.pid)


def _child(
    target: Callable[[object], None], arg: object, write_fd: int, failure_file: Path
) -> None:
    code = 1
    try:
        os.setpgid(0, 0)
        die_with_parent()
        for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGQUIT):
            signal.signal(sig, signal.SIG_DFL)
        os.dup2(write_fd, 1)
        os.dup2(write_fd, 2)
        os.close(write_fd)
        sys.stdout = open(1, "w", buffering=1, closefd=False)  # noqa: SIM115
        sys.stderr = open(2, "w", buffering=1, closefd=False)  # noqa: SIM115
        target(arg)
        code = 0
    except BaseException as error:  # noqa: BLE001 - the child reports every failure
        try:
            failure_file.parent.mkdir(parents=True, exist_ok=True)
            reason = getattr(error, "client_message", None) or f"{type(error).__name__}: {error}"
            failure_file.write_text(str(reason)[:1024])
            traceback.print_exc()
        except BaseException:  # noqa: BLE001
            pass
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


class ScriptTraining:
    """A user's command in a new session (its own process group), output merged."""

    def __init__(self, argv: list[str], *, env: dict[str, str], cwd: Path) -> None:
        self._process = subprocess.Popen(
            argv,
            env=env,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=die_with_parent,  # noqa: PLW1509 - async-signal-safe: one prctl call
        )
        self.pid = self._process.pid

    def lines(self) -> Iterator[str]:
        assert self._process.stdout is not None
        yield from _read_lines(self._process.stdout)

    def wait(self) -> int:
        code = self._process.wait()
        if self._process.stdout is not None:
            self._process.stdout.close()
        _kill_group(self.pid)
        return code

    def kill(self) -> None:
        _kill_group(self.pid)
