"""A long-lived training process for built-in XGBoost, so that the trials of a tuning job (the
same channels, other hyperparameters) build their data once.

A fork-per-trial child pays, every trial, for the DMatrix, its quantile sketch and a cold
address space (about 95 ms of the fraud example's 20k x 30 trial); the host keeps the last
DMatrix pair it built and stays warm. One host per worker process, forked on its first
built-in trial: the worker has imported XGBoost and runs no OpenMP thread, so that fork is
safe; the host runs OpenMP and never forks.

Per trial the worker sends the TrainingContext and the write end of a fresh pipe over a Unix
socket (SCM_RIGHTS); the host points its stdout and stderr at that pipe, trains, points them
back at /dev/null (the worker's reader sees EOF) and answers with an exit code, as a forked
child's: 0 trained, 1 failed (the failure file says why), STOPPED on a stop. A stop asks the
host (SIGUSR1) to end the trial at the next round boundary; a host that has not ended it
within workers.process.STOP_GRACE_SECONDS is killed with its process group, which loses only
its cache and this trial. A host whose trial failed retires (a MemoryError or a fault in
native code may have left it damaged), as does one that has run MAX_TRIALS; the next trial
forks a fresh one.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import socket
import struct
import sys
from typing import TYPE_CHECKING

from workers.algorithms import xgboost_builtin
from workers.algorithms.base import TrainingContext
from workers.process import (
    HostedTrial,
    ResourceLimits,
    become_training,
    die_with_parent,
    kill_group,
    report_failure,
)

if TYPE_CHECKING:
    import xgboost as xgb

    from workers.algorithms.xgboost_data import Dataset
    from workers.sandbox import Entry

STOPPED = -signal.SIGTERM  # what a stopped trial exits with, as a fork killed by SIGTERM would
MAX_TRIALS = 200
_LENGTH = struct.Struct("!Q")
_CODE = struct.Struct("!i")


class TrainingHost:
    """The worker's side of one host process; with `entry`, the host trains in that sandbox
    (its own tuning job's, workers/script_host.py), the context it gets in the sandbox's
    terms (TrainingContext.as_seen)."""

    def __init__(self, limits: ResourceLimits, entry: Entry | None = None) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        pid = os.fork()
        if pid == 0:  # the host: never returns
            ours.close()
            _serve(theirs, limits, entry)
        theirs.close()
        with contextlib.suppress(PermissionError, ProcessLookupError):
            os.setpgid(pid, pid)  # also done in the host; whichever runs first wins
        self.pid = pid
        self.trials = 0
        self.retired = False  # killed, or its last trial failed: it takes no more
        self._socket = ours

    def usable(self) -> bool:
        return not self.retired and self.trials < MAX_TRIALS and self._running()

    def _running(self) -> bool:
        try:
            pid, _ = os.waitpid(self.pid, os.WNOHANG)
        except ChildProcessError:
            return False
        return pid == 0

    def start(self, ctx: TrainingContext) -> HostedTrial:
        """Hand the host one trial; its output comes through the returned training's lines."""
        read_fd, write_fd = os.pipe()
        try:
            payload = pickle.dumps(ctx)
            socket.send_fds(self._socket, [_LENGTH.pack(len(payload))], [write_fd])
            self._socket.sendall(payload)
        finally:
            os.close(write_fd)
        self.trials += 1
        return HostedTrial(self, read_fd)

    def result(self) -> int:
        """The exit code of the trial in progress, once it ends; a host that died (killed,
        or crashed) answers with how it died."""
        answer = _receive_exactly(self._socket, _CODE.size)
        code = _CODE.unpack(answer)[0] if answer is not None else self._reap()
        if code not in (0, STOPPED):
            self.retired = True
        return int(code)

    def ask_stop(self) -> None:
        """End the trial at its next round (a joined sandbox's host is a relay's child, in the
        relay's process group; the relay ignores the signal)."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.pid, signal.SIGUSR1)

    def kill(self) -> None:
        self.retired = True
        kill_group(self.pid)

    def close(self) -> None:
        """Ask the host to exit (an idle one reads EOF), and reap it."""
        self._socket.close()
        self._reap()

    def _reap(self) -> int:
        try:
            _, status = os.waitpid(self.pid, 0)
        except ChildProcessError:
            return -signal.SIGKILL  # reaped already
        return os.waitstatus_to_exitcode(status)


_host: TrainingHost | None = None


def start(ctx: TrainingContext, limits: ResourceLimits) -> HostedTrial:
    """`ctx` trained in this worker's host, forked now when it has none that may take it."""
    global _host
    if _host is not None and not _host.usable():
        _host.kill()
        _host.close()
        _host = None
    if _host is None:
        _host = TrainingHost(limits)
    return _host.start(ctx)


# --- In the host -------------------------------------------------------------------------


_stop_requested = False
# The last DMatrix pair built, with the parsed channels it was built from: load_channel's
# cache hands the same Dataset objects to every trial on the same files.
_matrices: tuple[Dataset, Dataset | None, xgb.DMatrix, xgb.DMatrix | None] | None = None


def _serve(sock: socket.socket, limits: ResourceLimits, entry: Entry | None) -> None:
    global _stop_requested
    code = 0
    try:
        become_training(limits)
        if entry is not None:
            _join(entry, sock)
        signal.signal(signal.SIGUSR1, _ask_stop)
        sys.stdout = open(1, "w", buffering=1, closefd=False)  # noqa: SIM115
        sys.stderr = open(2, "w", buffering=1, closefd=False)  # noqa: SIM115
        _quiet()
        while True:
            received = _receive_trial(sock)
            if received is None:
                break  # the worker closed its side, or died
            ctx, out_fd = received
            _stop_requested = False
            code = _run_trial(ctx, out_fd)
            sock.sendall(_CODE.pack(code))
            if code not in (0, STOPPED):
                break
    except BaseException:  # noqa: BLE001 - nothing to report to; the worker sees EOF
        code = 1
    finally:
        os._exit(code)


def _join(entry: Entry, sock: socket.socket) -> None:
    """Into the sandbox, as its user, with nothing of the worker's open: returns in a fork
    inside its PID namespace, whose exit this process (the relay, the worker's child) passes
    on as its own."""
    kept = {sock.fileno(), *entry.namespaces}
    devnull = os.open(os.devnull, os.O_RDWR)
    for name in os.listdir("/proc/self/fd"):
        # Covered, not closed: an object of the worker's that closes its fd later (a database
        # connection) closes /dev/null, never a file this host opened meanwhile.
        if int(name) not in kept and int(name) != devnull:
            with contextlib.suppress(OSError):
                os.dup2(devnull, int(name))
    os.close(devnull)
    entry.join()
    die_with_parent()  # the drop to the job's user cleared it
    signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    trainer = os.fork()
    if trainer == 0:
        die_with_parent()
        return
    sock.close()
    _, status = os.waitpid(trainer, 0)
    code = os.waitstatus_to_exitcode(status)
    os._exit(code if code >= 0 else 128 - code)


def _ask_stop(signum: int, frame: object) -> None:
    global _stop_requested
    _stop_requested = True


def _stop_requested_now() -> bool:
    return _stop_requested


def _receive_trial(sock: socket.socket) -> tuple[TrainingContext, int] | None:
    header, fds, _, _ = socket.recv_fds(sock, _LENGTH.size, 1)
    if not header or not fds:
        return None
    rest = _receive_exactly(sock, _LENGTH.size - len(header))
    payload = _receive_exactly(sock, _LENGTH.unpack(header + (rest or b""))[0])
    if payload is None:
        return None
    return pickle.loads(payload), fds[0]


def _receive_exactly(sock: socket.socket, size: int) -> bytes | None:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def _run_trial(ctx: TrainingContext, out_fd: int) -> int:
    os.dup2(out_fd, 1)
    os.dup2(out_fd, 2)
    os.close(out_fd)
    try:
        xgboost_builtin.train(ctx, build=_cached_matrices, should_stop=_stop_requested_now)
        return 0
    except xgboost_builtin.TrainingStopped:
        return STOPPED
    except BaseException as error:  # noqa: BLE001 - the trial's failure, reported as a fork's
        report_failure(error, ctx.failure_file)
        return 1
    finally:
        _quiet()


def _quiet() -> None:
    """Output between trials goes nowhere; this also drops the trial's pipe (its EOF)."""
    with contextlib.suppress(Exception):
        sys.stdout.flush()
        sys.stderr.flush()
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.close(devnull)


def _cached_matrices(
    train: Dataset, validation: Dataset | None, *, nthread: int
) -> tuple[xgb.DMatrix, xgb.DMatrix | None]:
    global _matrices
    if _matrices is not None and _matrices[0] is train and _matrices[1] is validation:
        return _matrices[2], _matrices[3]
    _matrices = None  # the old pair is freed before the new one is built
    dtrain, dvalidation = xgboost_builtin.to_dmatrices(train, validation, nthread=nthread)
    _matrices = (train, validation, dtrain, dvalidation)
    return dtrain, dvalidation
