"""Warm script hosts: a sandbox with a Python interpreter in it that stays up between the
script-mode trials of one tuning job on one worker, and forks each trial's script from its
warm state (workers/zygote.py) instead of starting bwrap, setpriv and a fresh interpreter.

A fresh start costs a near-zero trial ~35 ms of CPU on this kind of machine (bwrap's
namespaces and mounts ~9 ms, the interpreter's start and its site imports ~22 ms); a fork of
the warm interpreter ~2 ms. The trial sees what a fresh `python <script>` in its own sandbox
sees (workers/zygote.py says what differs), and the sandbox is the one workers/sandbox.py
builds, with one change: its /opt/ml is the worker's *slot*, a directory that every trial
of this worker is laid out in, since a mount namespace keeps the directory it was given. The
runner moves the slot's contents to the job's own directory once the job has ended
(`move_out`), so the next trial finds the slot empty and each job keeps its files.

Decision: a host serves one tuning job's trials (and a standalone job's only), each on its own
in turn; it is replaced when a trial needs another interpreter, network, or startup
environment (the variables Python reads as it starts: PYTHON*, locale, TZ), or a channel
whose files the sandbox does not show; after MAX_TRIALS; and when its interpreter died.
Between trials the interpreter kills everything the last one started and empties /tmp,
/dev/shm and the SysV IPC objects; the runner empties the slot. What one trial could leave
the next is then limited to its tuning job's own host: a POSIX message queue (the IPC
namespace is the host's), or the interpreter stopped or killed (the next trial then starts a
new host).

A host also lends its sandbox to the built-in XGBoost (`train_builtin`): its interpreter stays
idle, hands over the sandbox's namespaces, and the worker's warm training host
(workers/training_host.py) joins them to train the tuning job's trials there.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import select
import shutil
import socket
import subprocess
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from workers import sandbox, training_host, zygote
from workers.process import HostedTrial, ResourceLimits, kill_group

if TYPE_CHECKING:
    from app.config import Settings
    from app.runs import Claim
    from workers.algorithms.base import TrainingContext
    from workers.algorithms.script import ScriptCommand

MAX_TRIALS = 500
# After a trial's output ended, for its exit code (the interpreter cleans up first); then the
# host dies. Under the default lease (7.5 s) with a heartbeat's margin: nothing renews it here.
RESULT_SECONDS = 4.0
_LENGTH = 4
_SOURCE = Path(zygote.__file__).read_text()
_STARTUP_PREFIXES = ("PYTHON", "LC_")
# What Python reads as it starts (HOME: the user site directory on sys.path; the locale: the
# encodings), and so what an interpreter started for one trial must share with the next.
_STARTUP_NAMES = frozenset({"HOME", "LANG", "LANGUAGE", "TZ"})


@dataclass(frozen=True)
class HostKey:
    """What a host's interpreter and sandbox were made for."""

    tuning_job: str  # or the standalone training job's name
    interpreter: str
    isolate_network: bool
    startup_environment: tuple[tuple[str, str], ...]
    builtin: bool = False  # the sandbox of built-in XGBoost trials: its interpreter stays idle

    @classmethod
    def of(cls, claim: Claim, command: ScriptCommand) -> HostKey:
        startup = sorted(
            (name, value)
            for name, value in command.env.items()
            if name.startswith(_STARTUP_PREFIXES) or name in _STARTUP_NAMES
        )
        return cls(
            tuning_job=claim.tuning_job_name or claim.name,
            interpreter=command.argv[0],
            isolate_network=bool(claim.spec.get("EnableNetworkIsolation")),
            startup_environment=tuple(startup),
        )

    @classmethod
    def builtin_of(cls, claim: Claim) -> HostKey:
        """The built-in XGBoost makes no network call: its sandbox has none."""
        name = claim.tuning_job_name or claim.name
        return cls(name, sys.executable, isolate_network=True, startup_environment=(), builtin=True)


def hosts(command: ScriptCommand) -> bool:
    """Whether a host can run `command`: a Python script, as script mode runs one."""
    argv = command.argv
    return len(argv) >= 2 and argv[0] == sys.executable and argv[1].endswith(".py")


class ScriptHost:
    """The worker's side of one host: its bwrap process, and a socket to its interpreter."""

    def __init__(
        self,
        key: HostKey,
        ctx: TrainingContext,
        search_path: str,
        settings: Settings,
        limits: ResourceLimits,
    ) -> None:
        self.key = key
        self.trials = 0
        self.retired = False
        self._settings = settings
        self._trainer: training_host.TrainingHost | None = None
        self._entry: sandbox.Entry | None = None
        box = sandbox.for_job(
            settings,
            ctx.job_dir,
            owned=[ctx.job_dir],
            isolate_network=key.isolate_network,
            as_init=True,  # out of its trials' reach (workers/zygote.py)
        )
        self._user = box.user
        self._box = box
        # The limit a fresh start shows; the host's interpreter counts as one of the job's.
        limits = limits.in_sandbox(box, settings)
        self.shown = sandbox.link_targets(ctx.job_dir)
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        argv = [key.interpreter, "-c", _SOURCE, str(theirs.fileno())]
        try:
            with box.command(argv, cwd=ctx.job_dir) as (command, inherited):
                self._process = subprocess.Popen(
                    limits.command(command),
                    # Only what the key names (and PATH): nothing of a job in the host's own
                    # environment, which outlives the job.
                    env={**dict(key.startup_environment), "PATH": search_path},
                    cwd=ctx.job_dir,
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    pass_fds=(theirs.fileno(), *inherited),
                    start_new_session=True,
                )
        except BaseException:
            ours.close()
            self._release_user()
            raise
        finally:
            theirs.close()
        self.pid = self._process.pid
        self._socket = ours

    def fits(self, key: HostKey, ctx: TrainingContext) -> bool:
        return (
            not self.retired
            and key == self.key
            and self.trials < MAX_TRIALS
            and self._process.poll() is None
            and sandbox.link_targets(ctx.job_dir) <= self.shown
        )

    def own(self, job_dir: Path) -> None:
        """Give the laid-out slot to the host's user (openamt, as root, laid it out)."""
        if self._user is not None:
            self._user.own(job_dir)

    def start(self, command: ScriptCommand, *, cwd: str) -> HostedTrial:
        """Run `command` in the working directory `cwd` (as the sandbox shows it)."""
        env = {**command.env, "PWD": cwd}  # as bwrap's --chdir sets it for a fresh start
        header = json.dumps({"argv": command.argv, "env": env, "cwd": cwd}).encode()
        if len(header) >= 1 << 24:
            raise ValueError("a trial's arguments and environment exceed 16 MiB")
        read_fd, write_fd = os.pipe()
        try:
            length = len(header).to_bytes(_LENGTH, "big")
            socket.send_fds(self._socket, [length], [write_fd])
            self._socket.sendall(header)
        except OSError:
            os.close(read_fd)
            self.kill()
            raise
        finally:
            os.close(write_fd)
        self.trials += 1
        return HostedTrial(self, read_fd)

    def train(self, ctx: TrainingContext, limits: ResourceLimits, *, warm: bool) -> HostedTrial:
        """A built-in XGBoost trial, by a training host that joined this sandbox; kept for the
        next trial when `warm`, else a fresh fork for each."""
        trainer = self._trainer
        if trainer is not None and not (warm and trainer.usable()):
            self._end_trainer()
            trainer = None
        if trainer is None:
            limits = limits.in_sandbox(self._box, self._settings)
            trainer = training_host.TrainingHost(limits, entry=self._joinable())
            self._trainer = trainer
        self.trials += 1
        return trainer.start(ctx.as_seen())

    def _joinable(self) -> sandbox.Entry:
        """The sandbox's namespaces, which its interpreter hands over once asked."""
        if self._entry is None:
            self._socket.send(zygote.NAMESPACES)
            ready, _, _ = select.select([self._socket], [], [], RESULT_SECONDS)
            answer, fds = b"", list[int]()
            if ready:
                answer, fds, _, _ = socket.recv_fds(self._socket, 1, 8)
            if answer != zygote.NAMESPACES or not fds:
                for fd in fds:
                    os.close(fd)
                self.kill()
                raise RuntimeError("a script host did not hand over its sandbox's namespaces")
            self._entry = sandbox.Entry.of(fds, self._user)
        return self._entry

    def _end_trainer(self) -> None:
        if self._trainer is not None:
            self._trainer.kill()
            self._trainer.close()
            self._trainer = None

    def result(self) -> int:
        """The trial's exit code, once its output has ended; the host's own end (killed, or
        its interpreter died) as bwrap's exit code."""
        ready, _, _ = select.select([self._socket], [], [], RESULT_SECONDS)
        answer = self._socket.recv(_LENGTH, socket.MSG_WAITALL) if ready else b""
        if len(answer) == _LENGTH:
            return int.from_bytes(answer, "big", signed=True)
        self.kill()
        return self._wait()

    def ask_stop(self) -> None:
        """Kill the trial (a fresh script is killed at once too), keeping the host."""
        with contextlib.suppress(OSError):
            self._socket.send(zygote.KILL)

    def kill(self) -> None:
        self.retired = True
        if self._trainer is not None:
            self._trainer.kill()
        kill_group(self.pid)

    def close(self) -> None:
        """End the idle host: its interpreter exits, bwrap reaps it and exits (so no process
        of the host's user is left when the user is released); killed if it does not."""
        self._end_trainer()
        if self._entry is not None:
            self._entry.close()
        with contextlib.suppress(OSError):
            self._socket.send(zygote.EXIT)
        self._socket.close()
        try:
            self._process.wait(RESULT_SECONDS)
        except subprocess.TimeoutExpired:
            self.kill()
        self._wait()

    def _wait(self) -> int:
        code = self._process.wait()
        kill_group(self.pid)
        self._release_user()
        return code

    def _release_user(self) -> None:
        if self._user is not None:
            self._user.release()
            self._user = None


_host: ScriptHost | None = None


def start(
    settings: Settings,
    claim: Claim,
    ctx: TrainingContext,
    command: ScriptCommand,
    limits: ResourceLimits,
) -> HostedTrial:
    """`command` run by this worker's host, started now when it has none that may take it.
    `ctx.job_dir` is this worker's slot."""
    path = command.env.get("PATH", "")
    host = _host_for(HostKey.of(claim, command), settings, ctx, path, limits)
    return host.start(command, cwd=sandbox.seen_path(ctx.job_dir, command.cwd))


def train_builtin(
    settings: Settings, claim: Claim, ctx: TrainingContext, limits: ResourceLimits
) -> HostedTrial:
    """A built-in XGBoost trial in its tuning job's sandbox on this worker, laid out in the
    slot (`ctx.job_dir`)."""
    path = os.environ.get("PATH", "")
    host = _host_for(HostKey.builtin_of(claim), settings, ctx, path, limits)
    return host.train(ctx, limits, warm=settings.warm_training)


def _host_for(
    key: HostKey, settings: Settings, ctx: TrainingContext, path: str, limits: ResourceLimits
) -> ScriptHost:
    global _host
    if _host is not None and not _host.fits(key, ctx):
        _host.close()
        _host = None
    if _host is None:
        _host = ScriptHost(key, ctx, path, settings, limits)
    else:
        _host.own(ctx.job_dir)
    return _host


# --- The worker's slot ------------------------------------------------------------------

_slot: tuple[Path, IO[bytes]] | None = None


def slot(settings: Settings) -> Path:
    """This worker process's slot (made empty): the directory its hosted trials are laid out
    in. Held by a lock file beside it while the worker lives; a dead worker's slot is removed
    by the next worker that makes one."""
    global _slot
    if _slot is None:
        slots = settings.jobs_dir / ".slots"
        slots.mkdir(parents=True, exist_ok=True)
        _sweep(slots)
        name = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        lock = open(slots / f"{name}.lock", "ab")  # noqa: SIM115 - held as long as the worker
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        _slot = (slots / name, lock)
    path = _slot[0]
    if path.is_dir():
        _empty(path)
    path.mkdir(exist_ok=True)
    return path


def is_slot(path: Path) -> bool:
    return _slot is not None and path == _slot[0]


def move_in(slot_dir: Path, job_dir: Path) -> None:
    """While the job runs in the slot, its directory is a link to the slot: what reads the
    job's files by their path (a user, a tool) finds them there."""
    remove(job_dir)
    job_dir.symlink_to(slot_dir.relative_to(job_dir.parent), target_is_directory=True)


def move_out(slot_dir: Path, job_dir: Path) -> None:
    """What a trial left in the slot becomes its job's directory; the slot is left empty."""
    remove(job_dir)
    job_dir.mkdir(parents=True)
    for entry in slot_dir.iterdir():
        entry.rename(job_dir / entry.name)


def remove(path: Path) -> None:
    """A job's directory, or the link to a slot that stands for it (a link is never followed),
    or a file; nothing when it is not there."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _empty(directory: Path) -> None:
    for entry in directory.iterdir():
        remove(entry)


def _sweep(slots: Path) -> None:
    for lock_path in slots.glob("*.lock"):
        with open(lock_path, "ab") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue  # a live worker's
            shutil.rmtree(slots / lock_path.stem, ignore_errors=True)
            lock_path.unlink(missing_ok=True)
