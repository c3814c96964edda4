"""A script-mode training job in its own mount and PID namespace (bubblewrap), so it sees its
job directory at /opt/ml, as in a SageMaker training container.

Inside, the host's file system is read-only (`--ro-bind / /`), /tmp is a private tmpfs, /dev
and /proc are the sandbox's own (a new PID namespace: the script sees its own processes only),
and the job directory is bound read-write at /opt/ml. No capability survives (`--cap-drop
ALL`): a root script cannot remount its way out. The network is shared.

Kill semantics stay those of workers/process.py: bwrap runs in the job's process group and so
does the namespace's init (bwrap's own PID 1), so killing the group kills both; when the init
dies the kernel kills everything left in the namespace, even a process that started a session
of its own; and `--die-with-parent` ties the namespace to bwrap. Rlimits set in bwrap's child
are inherited by everything inside.

Decision: the data directory (database, logs, the other jobs' directories, the object store)
is hidden behind a read-only tmpfs; only what this job's channels link to (their targets in the
object store, or a file:// source) is bound back read-only at its own path, so the channel
links under /opt/ml/input/data resolve and nothing else of the store is readable. On SageMaker
a job sees copies of its own channels only: a small channel is the job's own copy here too
(workers/algorithms/script.py, COPIED_CHANNEL_BYTES), a large one a read-only view, the
closest cheap equivalent; a script cannot alter the store through a link.

Decision: where the host has no /opt/ml to mount over (it usually has none), the deepest
existing ancestor (/opt, else /) is rebuilt as a tmpfs holding read-only binds of its entries,
the mount point is made in it, and the tmpfs is then made read-only: /opt's contents stay
visible and nothing new is writable. The host is never written to.
"""

from __future__ import annotations

import functools
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.config import Settings

log = logging.getLogger(__name__)

OPT_ML = Path("/opt/ml")
PROBE_TIMEOUT = 10.0
_SPECIAL = frozenset({"/proc", "/dev", "/tmp"})  # the sandbox's own, never bound from the host


class SandboxUnavailable(RuntimeError):
    """OPENAMT_SANDBOX=bwrap and bubblewrap cannot run here."""


@dataclass(frozen=True)
class Sandbox:
    """How one job's command is wrapped: `job_dir` at `opt_ml`, `hidden` masked."""

    job_dir: Path
    hidden: Path  # the data directory: masked, but for the channels' targets
    opt_ml: Path = OPT_ML
    keep: tuple[Path, ...] = field(default_factory=lambda: _interpreter_roots())

    def wrap(self, argv: list[str], *, cwd: Path) -> list[str]:
        """bwrap's command line that runs `argv` in `cwd` (a host path under the job
        directory, entered at its /opt/ml path)."""
        rebuilt = _deepest_existing(self.opt_ml)
        args = ["bwrap", "--die-with-parent", "--unshare-pid", "--cap-drop", "ALL"]
        if rebuilt == Path("/"):
            args += _rebuild_root()
        else:
            args += ["--ro-bind", "/", "/"]
            if rebuilt != self.opt_ml:
                args += ["--tmpfs", str(rebuilt), *_entries_of(rebuilt)]
        args += ["--dev", "/dev", "--proc", "/proc", "--tmpfs", "/tmp"]
        # Masked even under the private /tmp: there the channels' mount points would otherwise
        # make a writable skeleton of it.
        args += ["--tmpfs", str(self.hidden)]
        for target in sorted({*self._link_targets(), *self._kept()}):
            kind = "--ro-bind" if target.is_dir() else "--ro-bind-try"
            args += [kind, str(target), str(target)]
        args += ["--bind", str(self.job_dir), str(self.opt_ml)]
        if rebuilt != self.opt_ml:
            args += ["--remount-ro", str(rebuilt)]
        args += ["--remount-ro", str(self.hidden)]
        args += ["--chdir", self.inside(cwd), "--", *argv]
        return args

    def inside(self, path: Path) -> str:
        """A host path under the job directory as the job sees it."""
        return seen_path(self.job_dir, path, self.opt_ml)

    def _link_targets(self) -> Iterator[Path]:
        """What the channel links under input/data point to, outside the job directory: a
        directory (a prefix) or the files of a channel directory (a single object)."""
        data = self.job_dir / "input" / "data"
        if not data.is_dir():
            return
        for channel in data.iterdir():
            links = [channel] if channel.is_symlink() else []
            if not links and channel.is_dir():
                links = [item for item in channel.iterdir() if item.is_symlink()]
            for link in links:
                target = link.resolve()
                if target.exists() and not _under(target, self.job_dir.resolve()):
                    yield target

    def _kept(self) -> Iterator[Path]:
        """The interpreter's installation, should it live where the sandbox hides things."""
        for root in self.keep:
            if _under(root, Path("/tmp")) or _under(root, self.hidden):
                yield root


def seen_path(job_dir: Path, path: Path, opt_ml: Path = OPT_ML) -> str:
    """`path` (under `job_dir`) as it appears at /opt/ml; any other path as it is."""
    for base, candidate in ((job_dir, path), (job_dir.resolve(), path.resolve())):
        if _under(candidate, base):
            relative = candidate.relative_to(base)
            return str(opt_ml / relative) if relative.parts else str(opt_ml)
    return str(path)


def _under(path: Path, root: Path) -> bool:
    return path == root or path.is_relative_to(root)


def _deepest_existing(path: Path) -> Path:
    while not path.is_dir() and path != path.parent:
        path = path.parent
    return path


def _entries_of(directory: Path) -> list[str]:
    """A tmpfs over `directory` shows what it held: each entry bound read-only, each link
    re-made."""
    args: list[str] = []
    for entry in sorted(directory.iterdir()):
        if str(entry) in _SPECIAL:
            continue
        if entry.is_symlink():
            args += ["--symlink", os.readlink(entry), str(entry)]
        else:
            args += ["--ro-bind-try", str(entry), str(entry)]
    return args


def _rebuild_root() -> list[str]:
    # bwrap's new root is already a tmpfs: fill it, then `--remount-ro /` closes it.
    return _entries_of(Path("/"))


def _interpreter_roots() -> tuple[Path, ...]:
    return tuple(sorted({Path(sys.prefix).resolve(), Path(sys.base_prefix).resolve()}))


@functools.cache
def probe() -> str | None:
    """None when bubblewrap can make this sandbox here; else what is missing. Once a process."""
    if shutil.which("bwrap") is None:
        return "bubblewrap (bwrap) is not installed (Debian/Ubuntu: apt-get install bubblewrap)"
    command = ["bwrap", "--ro-bind", "/", "/", "--dev", "/dev", "--unshare-pid", "--proc",
               "/proc", "--die-with-parent", "--cap-drop", "ALL", "true"]  # fmt: skip
    try:
        done = subprocess.run(command, capture_output=True, timeout=PROBE_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"bwrap cannot run: {error}"
    if done.returncode != 0:
        reason = done.stderr.decode(errors="replace").strip() or f"exit {done.returncode}"
        return f"bwrap cannot create namespaces here ({reason})"
    return None


def enabled(settings: Settings) -> bool:
    """Whether script-mode jobs run sandboxed (OPENAMT_SANDBOX)."""
    if settings.sandbox == "off":
        return False
    if settings.sandbox == "bwrap":
        return True
    return probe() is None


def check_at_start(settings: Settings) -> Settings:
    """At a server's or worker's start: refuse (bwrap) or warn (auto) when the sandbox cannot
    run; the settings with the mode decided, for the processes started next."""
    if settings.sandbox == "off":
        return settings
    missing = probe()
    if missing is None:
        log.info("script-mode training jobs run sandboxed (bubblewrap): /opt/ml is theirs")
        return settings.model_copy(update={"sandbox": "bwrap"})
    if settings.sandbox == "bwrap":
        raise SandboxUnavailable(f"OPENAMT_SANDBOX=bwrap, but {missing}")
    log.warning(
        "script-mode training jobs run without a sandbox: %s. They get no /opt/ml of their own "
        "(SM_* variables name their job directory), and see the host's processes and files. "
        "Set OPENAMT_SANDBOX=off to silence this.",
        missing,
    )
    return settings.model_copy(update={"sandbox": "off"})
