"""The warm interpreter of a script host (workers/script_host.py): `python -c <this source>
<fd>`, run in the host's sandbox as the job's user. Standard library only, and never imported
by openamt: the interpreter a script gets holds nothing of openamt's.

On the Unix socket `fd` the worker sends each trial: a length (4 bytes), then a JSON header
(argv, env, cwd), the write end of the trial's output pipe riding with the length
(SCM_RIGHTS). The interpreter forks; the fork becomes what `python <argv[1:]>` would have been
in this sandbox (below), and this process waits for it. A KILL byte from the worker meanwhile
kills the trial (one that arrives after its trial ended is skipped); an EXIT byte between
trials ends the host; a NAMESPACES byte between trials is answered with this process's
namespaces (open /proc/self/ns files riding with one byte), which a built-in XGBoost training
host joins (workers/script_host.py) to train in this sandbox. Once the trial has ended,
everything it started is killed, /tmp and /dev/shm and the SysV IPC objects are emptied, and
the exit code goes back (4 bytes; a death by signal as 128 + the signal, as bwrap reports it):
the next trial finds the sandbox as the first did.

What the script gets is what a fresh `python <script>` gets: the same argv (sys.argv and
sys.orig_argv), environment, working directory, sys.path, rlimits, process group, stdin
(/dev/null) and stdout/stderr (the pipe, block-buffered), `__main__` with the same names, a
traceback of the script's own frames, and a normal interpreter exit (threads joined, atexit
handlers run). What differs: the modules this file imports (argparse, json, socket, ...) are
already in sys.modules (standard library modules that take no state from the environment as
they load); the string hash seed is the host's (every trial of a host shares it, where fresh
interpreters each draw one, unless PYTHONHASHSEED sets it); PID 1, its parent, is this
process rather than bwrap's init (a signal to it is ignored all the same), and counts as one
of the job's processes against RLIMIT_NPROC; its /proc/self/environ (the kernel's copy of the
environment it was started with) is the host's: os.environ and what it starts are right.
"""

import argparse  # noqa: F401 - pre-imported: script mode's scripts parse their arguments
import contextlib
import ctypes
import json
import os
import select
import shutil
import signal
import socket
import struct
import sys
import time

_LENGTH = struct.Struct("!I")  # below 2**24: its first byte is 0, never a command byte
KILL = b"\xff"
EXIT = b"\xfe"
NAMESPACES = b"\xfd"
_NAMESPACE_KINDS = ("user", "ipc", "net", "mnt", "pid")  # the user namespace first: it is
# the one that gives a joiner its rights in the others
_CODE = struct.Struct("!i")
_PR_SET_PDEATHSIG = 1
_PR_SET_DUMPABLE = 4
_LIBC = ctypes.CDLL(None)
_KILL_SECONDS = 2.0  # of kill(-1) passes before the host gives up on a trial's leftovers
_EMPTIED = ("/tmp", "/dev/shm")
_HANDLED = (signal.SIGINT, signal.SIGCHLD)  # what the host changes, and a trial gets back
_STARTED_WITH: dict = {}
_IPC = ("/proc/sysvipc/shm", "/proc/sysvipc/sem", "/proc/sysvipc/msg")


def serve(sock):
    """The host's loop; returns only in a fork, with the trial it is to run."""
    _dumpable(False)  # a trial of the same user cannot ptrace this process or read its memory
    # Dies with bwrap, and so with the worker: the drop to the job's user cleared the death
    # signal bwrap's --die-with-parent gave it. (Should bwrap be gone already, the socket's
    # EOF ends this process.)
    _LIBC.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    # As the sandbox's PID 1 (bwrap --as-pid-1), no process in it can signal this one but with
    # a signal it handles: SIGINT, which Python handles, is ignored; SIGCHLD is handled (as a
    # wake-up) to reap the orphans an init inherits.
    _STARTED_WITH.update({sig: signal.getsignal(sig) for sig in _HANDLED})
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    wakeup = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
    signal.set_wakeup_fd(wakeup[1])
    signal.signal(signal.SIGCHLD, lambda signum, frame: None)
    kept = _shared_entries()
    while True:
        trial = _receive(sock)
        if trial is None:
            raise SystemExit(0)  # the worker closed its side, or died
        header, out_fd = trial
        pid = os.fork()
        if pid == 0:
            _become_trial(sock, header, out_fd, wakeup)
            return header
        os.close(out_fd)
        code = _wait(sock, pid, wakeup[0])
        _kill_leftovers()
        _empty_shared(kept)
        sock.sendall(_CODE.pack(code))


def _receive(sock):
    first, fds = KILL, list[int]()
    while first in (KILL, NAMESPACES):  # KILL: sent as its trial ended, read after
        first, fds, _, _ = socket.recv_fds(sock, 1, 1)
        if first in (b"", EXIT):
            return None
        if first == NAMESPACES:
            _send_namespaces(sock)
    if not fds:
        raise SystemExit("a trial came without its output pipe")
    length = _LENGTH.unpack(first + _exactly(sock, _LENGTH.size - 1))[0]
    return json.loads(_exactly(sock, length)), fds[0]


def _send_namespaces(sock):
    kinds = [os.open(f"/proc/self/ns/{kind}", os.O_RDONLY) for kind in _NAMESPACE_KINDS]
    try:
        socket.send_fds(sock, [NAMESPACES], kinds)
    finally:
        for fd in kinds:
            os.close(fd)


def _exactly(sock, size):
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise SystemExit(0)  # the worker went away
        data += chunk
    return data


def _wait(sock, pid, wakeup):
    """The trial's exit code; a byte on the socket kills it first, and EOF (the worker gone)
    ends the host with it."""
    status = _reap(pid)
    while status is None:
        ready, _, _ = select.select([sock, wakeup], [], [])
        if wakeup in ready:
            with contextlib.suppress(BlockingIOError):
                while os.read(wakeup, 512):
                    pass
        if sock in ready:
            if not sock.recv(1):
                _kill_leftovers()
                raise SystemExit(0)
            _kill_everything()
        status = _reap(pid)
    code = os.waitstatus_to_exitcode(status)
    return code if code >= 0 else 128 - code


def _reap(trial):
    """Reap every child that has ended (the trial, and the orphans this init inherited); the
    trial's wait status once it is among them."""
    found = None
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return found
        if pid == 0:
            return found
        if pid == trial:
            found = status


def _kill_everything():
    """Every process of the sandbox but this one, its init (kill(-1) stays inside the PID
    namespace); False once none is left to signal."""
    try:
        os.kill(-1, signal.SIGKILL)
    except ProcessLookupError:
        return False
    return True


def _kill_leftovers():
    deadline = time.monotonic() + _KILL_SECONDS
    while time.monotonic() < deadline:
        _reap(None)
        if not _kill_everything():
            return
        time.sleep(0.001)  # the killed become zombies for this init to reap
    raise SystemExit("a trial's processes would not die")  # the worker retires this host


def _shared_entries():
    """Every path on the sandbox's own /tmp and /dev/shm, not below a mount point there (the
    read-only binds of channels that live under /tmp)."""
    found = set[str]()
    for top in _EMPTIED:
        device = os.lstat(top).st_dev
        for root, dirs, files in os.walk(top):
            dirs[:] = [d for d in dirs if os.lstat(os.path.join(root, d)).st_dev == device]
            found.update(os.path.join(root, name) for name in (*dirs, *files))
    return found


def _empty_shared(kept):
    """Remove what a trial added to /tmp and /dev/shm (`kept`: what the sandbox began with),
    and the SysV IPC objects it made."""
    added = _shared_entries() - kept
    for path in added:
        if os.path.dirname(path) in added:
            continue  # goes with the directory it is in
        with contextlib.suppress(OSError):
            if os.path.isdir(path) and not os.path.islink(path):
                shutil.rmtree(path, ignore_errors=True)
            else:
                os.unlink(path)
    if any(_has_rows(table) for table in _IPC):
        # util-linux's ipcrm removes every object this user may remove; a fork only when
        # there is one.
        pid = os.fork()
        if pid == 0:
            os.execvp("ipcrm", ["ipcrm", "--all"])
        os.waitpid(pid, 0)


def _has_rows(table):
    try:
        with open(table) as rows:
            return len(rows.readlines()) > 1
    except OSError:
        return False


def _dumpable(on):
    _LIBC.prctl(_PR_SET_DUMPABLE, int(on), 0, 0, 0)


def _become_trial(sock, header, out_fd, wakeup):
    """In the fork: the process state of a fresh interpreter that runs the script."""
    sock.close()
    signal.set_wakeup_fd(-1)
    for fd in wakeup:
        os.close(fd)
    for sig, handler in _STARTED_WITH.items():  # as the interpreter began (the worker's)
        signal.signal(sig, handler)
    os.dup2(out_fd, 1)
    os.dup2(out_fd, 2)
    os.close(out_fd)
    _dumpable(True)  # as a fresh process is
    os.environ.clear()
    os.environ.update(header["env"])
    os.chdir(header["cwd"])


def run(header):
    """Run the script as `python <script> <args>` runs it; returns only when it has ended
    normally, to end the interpreter as its end would."""
    import types
    from importlib.machinery import SourceFileLoader

    argv = header["argv"]
    path = os.path.abspath(argv[1])
    sys.argv = argv[1:]
    sys.orig_argv = list(argv)
    sys.path[0] = os.path.dirname(os.path.realpath(argv[1]))
    main = types.ModuleType("__main__")
    vars(main).update(  # in the order a fresh interpreter's __main__ holds them
        __loader__=SourceFileLoader("__main__", path),
        __annotations__={},
        __builtins__=__builtins__,
        __file__=path,
        __cached__=None,
    )
    sys.modules["__main__"] = main
    with open(path, "rb") as source:
        code = compile(source.read(), path, "exec", dont_inherit=True)
    try:
        exec(code, main.__dict__)
    except SystemExit:
        raise
    except BaseException as error:
        # What an uncaught exception prints: the script's frames, from its module on.
        # (The hook prints the exception's own traceback, so that is what is cut.)
        trace = error.__traceback__
        error = error.with_traceback(trace.tb_next if trace is not None else None)
        sys.excepthook(type(error), error, error.__traceback__)
        raise SystemExit(1) from None


if __name__ == "__main__":
    run(serve(socket.socket(fileno=int(sys.argv[1]))))
