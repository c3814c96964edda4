"""The system calls a sandboxed job may not make: a seccomp filter, compiled by libseccomp
(through pyseccomp), that bwrap installs before the job's command (`--seccomp FD`) and the
built-in trainer installs on itself once it has joined its sandbox (workers/sandbox.Entry).

Decision: one thing is refused, the creation of a user namespace (unshare(2) or clone(2) with
CLONE_NEWUSER fail with EPERM). In a namespace of its own an unprivileged process holds every
capability over what it creates there, which opens kernel interfaces (mounts, netfilter, ...)
that are otherwise root's: the most travelled way from a user to root on Linux, and nothing a
training job or a model server needs. bwrap's own `--disable-userns` needs `--unshare-user`,
which as root would leave the job root to the host (workers/sandbox.py). clone3(2) passes its
flags in memory, which a filter cannot read, so it fails with ENOSYS, and glibc (threads,
fork) and Go fall back to clone, as under Docker's default profile.
"""

from __future__ import annotations

import errno
import functools
import os
import tempfile

import pyseccomp

CLONE_NEWUSER = 0x10000000


def _rules() -> pyseccomp.SyscallFilter:
    rules = pyseccomp.SyscallFilter(pyseccomp.ALLOW)
    new_user = pyseccomp.Arg(0, pyseccomp.MASKED_EQ, CLONE_NEWUSER, CLONE_NEWUSER)
    for call in ("unshare", "clone"):  # the flags are the first argument of both
        rules.add_rule(pyseccomp.ERRNO(errno.EPERM), call, new_user)
    rules.add_rule(pyseccomp.ERRNO(errno.ENOSYS), "clone3")
    return rules


@functools.cache
def program() -> bytes:
    """The filter as BPF, compiled once per process."""
    with tempfile.TemporaryFile() as compiled:
        _rules().export_bpf(compiled)
        compiled.seek(0)
        return compiled.read()


def descriptor() -> int:
    """A new descriptor holding the program from its start, for one bwrap to read to its end
    (`--seccomp FD`; each start needs its own: reading moves the offset). The caller closes it
    once bwrap has started."""
    fd = os.memfd_create("openamt-seccomp", 0)
    os.write(fd, program())
    os.lseek(fd, 0, os.SEEK_SET)
    return fd


def install() -> None:
    """Put this process (and whatever it starts) under the filter, for good."""
    _rules().load()  # libseccomp sets no_new_privs first, as an unprivileged process must
