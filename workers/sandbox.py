"""A script-mode training job in its own mount, PID and IPC namespace (bubblewrap), so it sees
its job directory at /opt/ml, as in a SageMaker training container.

Inside, the host's file system is read-only (`--ro-bind / /`), /tmp and /dev/shm are private
tmpfs (of OPENAMT_TRAINING_TMP_MB each: memory, which the volume check does not see), /dev and
/proc are the sandbox's own (a new PID namespace: the script sees its own processes only), and
the job directory is bound read-write at /opt/ml. No capability survives
(`--cap-drop ALL`): a root script cannot remount its way out, and no job can make a user
namespace to hold capabilities in (a seccomp filter: workers/syscall_filter.py). The network
is shared, unless the job asked for `EnableNetworkIsolation`: then it gets a network namespace
of its own with loopback only (`--unshare-net`); its channels are laid out before it starts,
so it needs none.

Decision: where openamt runs as root, the job runs as a user of its own (`JobUser`): a uid
from JOB_UID_BASE on, one per running job on the machine (held by a lock file under
/run/openamt), with a group of the same number and no other. bwrap itself runs as root, builds
the namespaces, then `setpriv` drops to that uid before the job's command: the job's file
accesses are checked against that uid on the host too, so a root-only file (the database, a
0600 key) stays unreadable even where the mounts show it. (bwrap's `--unshare-user --uid`
would only rename root inside a user namespace: to the host the job would still be root, the
owner of every root file. bwrap run as the job's uid would need unprivileged user namespaces
and could not reach the many root-only paths the worker can.) The job directory is chowned to
the uid before the start; everything else of the host is read as "others". A path the job
needs (the interpreter, a channel's files) below a directory others cannot enter (root's 0700
home) is reached through a read-only tmpfs over that directory holding only that path. A uid
of its own also makes the process cap (RLIMIT_NPROC, OPENAMT_TRAINING_MAX_PROCESSES) count
this job's processes and threads only. Run as another user, openamt runs jobs as itself: no
uid to drop to, and no process cap (it would count the worker's own processes).

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

Decision: the built-in XGBoost trains in its tuning job's sandbox too, without giving up its
warm process (workers/training_host.py): bwrap builds the sandbox around a script host's idle
interpreter, which hands the worker its namespaces; a fork of the worker (XGBoost imported,
no thread running) closes what it inherited, joins them (`Entry.join`: setns(2), as
util-linux's nsenter does, nothing built by hand), drops to the job's user and forks once more
to be inside the PID namespace. A fresh interpreter in bwrap would pay ~1.6 s of CPU to import
XGBoost and scikit-learn for each tuning job on each worker.
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import functools
import logging
import os
import pwd
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING

from workers import syscall_filter

if TYPE_CHECKING:
    from app.config import Settings

log = logging.getLogger(__name__)

OPT_ML = Path("/opt/ml")
PROBE_TIMEOUT = 10.0
_SPECIAL = frozenset({"/proc", "/dev", "/tmp"})  # the sandbox's own, never bound from the host


# Decision: job uids start at 0x70000000, in the range systemd's uid table leaves unused (above
# its container ranges, below 2^31): no account, container or rootless-container map owns them.
JOB_UID_BASE = 0x7000_0000
JOB_UIDS = 4096  # jobs sandboxed at once on one machine
_LOCKS = Path("/run/openamt/job-uids")


class SandboxUnavailable(RuntimeError):
    """OPENAMT_SANDBOX=bwrap and bubblewrap cannot run here."""


def runs_as_root() -> bool:
    """Whether jobs get a user of their own (and the process cap): openamt runs as root."""
    return os.geteuid() == 0


class JobUser:
    """A uid (and gid) no other running job on this machine has, held until `release`: a lock
    file under /run/openamt, locked for as long as the job runs (a killed worker's lock goes
    with its process)."""

    def __init__(self, uid: int, lock: IO[bytes]) -> None:
        self.uid = uid
        self.gid = uid
        self._lock: IO[bytes] | None = lock

    @classmethod
    def claim(cls) -> JobUser:
        locks = _LOCKS if Path("/run").is_dir() else Path(tempfile.gettempdir()) / "openamt-uids"
        locks.mkdir(mode=0o700, parents=True, exist_ok=True)
        for uid in range(JOB_UID_BASE, JOB_UID_BASE + JOB_UIDS):
            if _is_account(uid):
                continue
            lock = open(locks / f"{uid}.lock", "ab")  # noqa: SIM115 - held until release()
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                lock.close()
                continue
            return cls(uid, lock)
        raise RuntimeError(f"all {JOB_UIDS} job uids are in use on this machine")

    def own(self, directory: Path) -> None:
        """Give `directory`'s tree to this user (links themselves, never what they point to)."""
        os.chown(directory, self.uid, self.gid, follow_symlinks=False)
        for root, dirs, files in os.walk(directory):
            for name in (*dirs, *files):
                os.chown(os.path.join(root, name), self.uid, self.gid, follow_symlinks=False)

    def release(self) -> None:
        if self._lock is not None:
            self._lock.close()
            self._lock = None


_libc = ctypes.CDLL(None, use_errno=True)


NS_GET_USERNS = 0xB701  # ioctl_ns(2): a namespace's owning user namespace, as a new fd


@dataclass(frozen=True)
class Entry:
    """A running sandbox as a fork of the worker joins it: its namespaces (open files of
    /proc/<pid>/ns, in the order they can be joined) and its user."""

    namespaces: tuple[int, ...]
    user: JobUser | None

    @classmethod
    def of(cls, namespaces: Iterable[int], user: JobUser | None) -> Entry:
        """A sandboxed process's namespaces, those the caller is not in already (setns refuses
        to rejoin one's own user namespace), in joinable order: the user namespace that owns
        the others, then they, then the process's own user namespace. (Run by a user other
        than root, bwrap owns the sandbox's namespaces by a user namespace that maps that user
        to 0, to mount devpts, and moves the process into a child one that maps it back:
        joining the child alone gives no capability over the rest.) The others are closed."""
        given = list(namespaces)
        users = [fd for fd in given if _kind(fd) == "user"]
        others = [fd for fd in given if _kind(fd) != "user"]
        owner = [fcntl.ioctl(others[0], NS_GET_USERNS)] if users and others else []
        kept: list[int] = []
        for fd in (*owner, *others, *users):
            if _same_namespace(fd) or any(_same_file(fd, k) for k in kept):
                os.close(fd)
            else:
                kept.append(fd)
        return cls(tuple(kept), user)

    def join(self) -> None:
        """In a single-threaded fork: enter the sandbox's namespaces, its /opt/ml, its user and
        its system call filter. The PID namespace holds the children of the caller from now
        on, not the caller."""
        for fd in self.namespaces:
            if _libc.setns(fd, 0) != 0:
                error = ctypes.get_errno()
                raise OSError(error, f"setns: {os.strerror(error)}")
            os.close(fd)
        os.chdir(OPT_ML)
        if self.user is not None:
            os.setgroups([])
            os.setresgid(self.user.gid, self.user.gid, self.user.gid)
            os.setresuid(self.user.uid, self.user.uid, self.user.uid)
        syscall_filter.install()

    def close(self) -> None:
        for fd in self.namespaces:
            with contextlib.suppress(OSError):
                os.close(fd)


def _kind(fd: int) -> str:
    return os.readlink(f"/proc/self/fd/{fd}").split(":", 1)[0]  # "net:[4026531840]"


def _same_namespace(fd: int) -> bool:
    return os.fstat(fd).st_ino == os.stat(f"/proc/self/ns/{_kind(fd)}").st_ino


def _same_file(fd: int, other: int) -> bool:
    return os.path.samestat(os.fstat(fd), os.fstat(other))


def _is_account(uid: int) -> bool:
    try:
        pwd.getpwuid(uid)
    except KeyError:
        return False
    return True


@dataclass(frozen=True)
class Sandbox:
    """How one job's command is wrapped: `job_dir` at `opt_ml`, `hidden` masked; run as
    `user` when given (its uid must own `job_dir`: JobUser.own), cut off from the network
    when `isolate_network`; `job_dir` bound read-only when not `writable` (a model server's
    variant directory: workers/model_hosts.py)."""

    job_dir: Path
    hidden: Path  # the data directory: masked, but for the channels' targets
    opt_ml: Path = OPT_ML
    keep: tuple[Path, ...] = field(default_factory=lambda: _interpreter_roots())
    user: JobUser | None = None
    isolate_network: bool = False
    writable: bool = True
    tmp_bytes: int = 0  # the size of /tmp and of /dev/shm, each (memory); 0: unbounded
    as_init: bool = False  # the command is the PID namespace's init, not bwrap's own

    @contextlib.contextmanager
    def command(self, argv: list[str], *, cwd: Path) -> Iterator[tuple[list[str], tuple[int, ...]]]:
        """bwrap's command line that runs `argv` in `cwd` (a host path under the job
        directory, entered at its /opt/ml path), and the descriptors bwrap must inherit (its
        system call filter's, workers/syscall_filter.py), open while the block runs: start
        the command in it."""
        rules = syscall_filter.descriptor()
        try:
            yield self._wrap(argv, cwd=cwd, rules=rules), (rules,)
        finally:
            os.close(rules)

    def _wrap(self, argv: list[str], *, cwd: Path, rules: int) -> list[str]:
        rebuilt = _deepest_existing(self.opt_ml)
        args = ["bwrap", "--die-with-parent", "--unshare-pid", "--unshare-ipc"]
        args += ["--seccomp", str(rules)]
        if self.as_init:
            args.append("--as-pid-1")
        if self.isolate_network:
            args.append("--unshare-net")  # a namespace with loopback only
        args += ["--cap-drop", "ALL"]
        if self.user is not None:  # for setpriv's drop to the job's uid; gone after it
            args += ["--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID"]
        if rebuilt == Path("/"):
            args += _rebuild_root()
        else:
            args += ["--ro-bind", "/", "/"]
            if rebuilt != self.opt_ml:
                args += ["--tmpfs", str(rebuilt), *_entries_of(rebuilt)]
        size = ["--size", str(self.tmp_bytes)] if self.tmp_bytes else []
        args += ["--dev", "/dev", "--perms", "1777", *size, "--tmpfs", "/dev/shm"]
        args += ["--proc", "/proc", "--perms", "1777", *size, "--tmpfs", "/tmp"]
        bound = {*link_targets(self.job_dir), *self._kept()}
        closed = self._closed_ancestors(bound) if self.user is not None else []
        for directory in closed:  # before the data directory's mask, which may lie below
            args += ["--tmpfs", str(directory)]
            bound |= {root for root in self.keep if _under(root, directory)}
        # The directories leading to a mount point on the sandbox's own tmpfs: bwrap would make
        # them 0700, closed to the job's uid.
        made = (Path("/tmp"), *closed, self.hidden)
        openings = sorted(
            {
                ancestor
                for path in (self.hidden, *bound)
                for ancestor in path.parents
                if ancestor != self.hidden
                and any(ancestor != top and _under(ancestor, top) for top in made)
            }
        )
        args += _directories(d for d in openings if not _under(d, self.hidden))
        # Masked even under the private /tmp: there the channels' mount points would otherwise
        # make a writable skeleton of it.
        args += ["--tmpfs", str(self.hidden)]
        args += _directories(d for d in openings if _under(d, self.hidden))
        for target in sorted(bound):
            kind = "--ro-bind" if target.is_dir() else "--ro-bind-try"
            args += [kind, str(target), str(target)]
        args += ["--bind" if self.writable else "--ro-bind", str(self.job_dir), str(self.opt_ml)]
        if rebuilt != self.opt_ml:
            args += ["--remount-ro", str(rebuilt)]
        for directory in closed:
            args += ["--remount-ro", str(directory)]
        args += ["--remount-ro", str(self.hidden)]
        args += ["--chdir", self.inside(cwd), "--", *self._as_user(argv)]
        return args

    def _as_user(self, argv: list[str]) -> list[str]:
        if self.user is None:
            return argv
        uid, gid = str(self.user.uid), str(self.user.gid)
        return ["setpriv", "--reuid", uid, "--regid", gid, "--clear-groups", "--", *argv]

    def _closed_ancestors(self, bound: Iterable[Path]) -> list[Path]:
        """The topmost directories others may not enter on the way to what the job reads in
        place (the interpreter, the channels' targets): the job's uid could not reach it."""
        closed: set[Path] = set()
        for path in (*bound, *self.keep):
            for ancestor in reversed(path.parents[:-1]):  # from the top, / aside
                if _made_by_sandbox(ancestor, self.hidden):
                    break
                if not ancestor.stat().st_mode & stat.S_IXOTH:
                    closed.add(ancestor)
                    break
        return sorted(d for d in closed if not any(o != d and _under(d, o) for o in closed))

    def inside(self, path: Path) -> str:
        """A host path under the job directory as the job sees it."""
        return seen_path(self.job_dir, path, self.opt_ml)

    def _kept(self) -> Iterator[Path]:
        """The interpreter's installation, should it live where the sandbox hides things."""
        for root in self.keep:
            if _under(root, Path("/tmp")) or _under(root, self.hidden):
                yield root


def sandboxed(
    box: Sandbox | None, argv: list[str], *, cwd: Path
) -> contextlib.AbstractContextManager[tuple[list[str], tuple[int, ...]]]:
    """Sandbox.command, or `argv` as it is and nothing to inherit where there is no sandbox."""
    return box.command(argv, cwd=cwd) if box is not None else contextlib.nullcontext((argv, ()))


def link_targets(job_dir: Path) -> frozenset[Path]:
    """What the channel links under input/data point to, outside the job directory: a
    directory (a prefix) or the files of a channel directory (a single object)."""
    data = job_dir / "input" / "data"
    if not data.is_dir():
        return frozenset()
    targets = set()
    for channel in data.iterdir():
        links = [channel] if channel.is_symlink() else []
        if not links and channel.is_dir():
            links = [item for item in channel.iterdir() if item.is_symlink()]
        for link in links:
            target = link.resolve()
            if target.exists() and not _under(target, job_dir.resolve()):
                targets.add(target)
    return frozenset(targets)


def for_job(
    settings: Settings,
    job_dir: Path,
    *,
    owned: Iterable[Path],
    isolate_network: bool,
    writable: bool = True,
    as_init: bool = False,
) -> Sandbox:
    """The sandbox of a training job or model server at `job_dir`, with a user of its own
    where openamt runs as root, to whom the trees `owned` (laid out by root) are given; the
    caller releases that user once the sandbox's processes have ended."""
    user = JobUser.claim() if runs_as_root() else None
    if user is not None:
        try:
            for tree in owned:
                user.own(tree)
        except BaseException:
            user.release()
            raise
    return Sandbox(
        job_dir,
        settings.data_dir,
        user=user,
        isolate_network=isolate_network,
        writable=writable,
        tmp_bytes=settings.training_tmp_mb * 1024 * 1024,
        as_init=as_init,
    )


def seen_path(job_dir: Path, path: Path, opt_ml: Path = OPT_ML) -> str:
    """`path` (under `job_dir`) as it appears at /opt/ml; any other path as it is."""
    for base, candidate in ((job_dir, path), (job_dir.resolve(), path.resolve())):
        if _under(candidate, base):
            relative = candidate.relative_to(base)
            return str(opt_ml / relative) if relative.parts else str(opt_ml)
    return str(path)


def _under(path: Path, root: Path) -> bool:
    return path == root or path.is_relative_to(root)


def _directories(paths: Iterable[Path]) -> list[str]:
    args: list[str] = []
    for path in paths:
        args += ["--perms", "0755", "--dir", str(path)]
    return args


def _made_by_sandbox(directory: Path, hidden: Path) -> bool:
    """A directory on a tmpfs of the sandbox's own (its mount points there are open to all)."""
    return _under(directory, Path("/tmp")) or _under(directory, hidden)


def disarm(job_dir: Path, touched: Iterable[Path], *, rewritten: Path | None = None) -> None:
    """After a sandboxed job, before openamt (root) reads what it left or lays the next attempt
    out: no link the job made on the way to a path openamt reads or writes (the model, the
    output, the archive it packs, the config it rewrites) redirects openamt elsewhere, and none
    at all remains in `rewritten` (the checkpoints, which openamt restores file by file). The
    job's processes are gone by then, so nothing can put one back."""
    for path in (*touched, *([rewritten] if rewritten is not None else [])):
        if not _under(path, job_dir):
            continue
        current = job_dir
        for part in path.relative_to(job_dir).parts:
            current = current / part
            if current.is_symlink():
                log.warning("training job's %s was a link; removed before reading it", current)
                current.unlink()
                break
    if rewritten is not None and rewritten.is_dir():
        for root, dirs, files in os.walk(rewritten):
            for name in (*dirs, *files):
                entry = Path(root) / name
                if entry.is_symlink():
                    entry.unlink()


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
    """None when bubblewrap can make this sandbox here (every namespace a job may get, and as
    root the drop to a job's uid); else what is missing. Once a process."""
    if shutil.which("bwrap") is None:
        return "bubblewrap (bwrap) is not installed (Debian/Ubuntu: apt-get install bubblewrap)"
    as_root = runs_as_root()
    if as_root and shutil.which("setpriv") is None:
        return "setpriv (util-linux) is not installed: a job cannot run as a user of its own"
    command = ["bwrap", "--ro-bind", "/", "/", "--dev", "/dev", "--unshare-pid", "--proc",
               "/proc", "--unshare-ipc", "--unshare-net", "--die-with-parent",
               "--cap-drop", "ALL"]  # fmt: skip
    if as_root:
        uid = str(JOB_UID_BASE)
        command += ["--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID", "--",
                    "setpriv", "--reuid", uid, "--regid", uid, "--clear-groups", "--"]  # fmt: skip
    command.append("true")
    try:
        done = subprocess.run(command, capture_output=True, timeout=PROBE_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"bwrap cannot run: {error}"
    if done.returncode != 0:
        reason = done.stderr.decode(errors="replace").strip() or f"exit {done.returncode}"
        if not as_root:  # bwrap then needs user namespaces that an unprivileged user may make
            reason += "; as a user other than root, bwrap needs unprivileged user namespaces"
        return f"bwrap cannot create namespaces here ({reason})"
    return None


def enabled(settings: Settings) -> bool:
    """Whether script-mode jobs run sandboxed (OPENAMT_SANDBOX)."""
    if settings.sandbox == "off":
        return False
    if settings.sandbox == "bwrap":
        return True
    return probe() is None


def refusal(settings: Settings) -> str | None:
    """Why user code (a script, a model's inference code) may not run here: the sandbox is the
    default and cannot run, and the operator has not opted out (OPENAMT_SANDBOX=off). None
    when it may."""
    if enabled(settings) or settings.sandbox == "off":
        return None
    return (
        f"this worker runs user code only in its sandbox, which cannot run here: {probe()}. "
        "Install bubblewrap, or set OPENAMT_SANDBOX=off to run user code unsandboxed"
    )


def check_at_start(settings: Settings) -> Settings:
    """At a server's or worker's start: refuse (bwrap) or say so (auto) when the sandbox cannot
    run; the settings with the mode decided where it can, for the processes started next."""
    if settings.sandbox == "off":
        return settings
    missing = probe()
    if missing is None:
        if runs_as_root():
            log.info(
                "script-mode training jobs and model servers run sandboxed (bubblewrap): "
                "/opt/ml is theirs, each runs as a user of its own (uid %d on), at most %s "
                "processes",
                JOB_UID_BASE,
                settings.training_max_processes or "any number of",
            )
        else:
            log.info(
                "script-mode training jobs and model servers run sandboxed (bubblewrap): "
                "/opt/ml is theirs; they run as openamt's own user (uid %d) with no process "
                "cap: a user per job and the cap need openamt to run as root",
                os.geteuid(),
            )
        return settings.model_copy(update={"sandbox": "bwrap"})
    if settings.sandbox == "bwrap":
        raise SandboxUnavailable(f"OPENAMT_SANDBOX=bwrap, but {missing}")
    # Decision (the default is the sandbox): the server still starts, the built-in XGBoost
    # (openamt's own code) still trains, and each script-mode job or script model fails with
    # refusal()'s reason until bubblewrap can run or the operator opts out.
    log.error(
        "script-mode training jobs and model servers run only sandboxed, and the sandbox "
        "cannot run here: %s. They will fail with this reason; the built-in XGBoost runs as "
        "it is. Install bubblewrap, or set OPENAMT_SANDBOX=off to run user code unsandboxed "
        "(with no /opt/ml of its own, seeing the host's processes and files).",
        missing,
    )
    return settings
