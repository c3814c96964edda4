"""Script hosts (workers/script_host.py): a tuning job's script-mode trials forked from a warm
interpreter in a long-lived sandbox, against a live openamt (embedded, one worker).

A trial sees what a fresh `python train.py` in its own sandbox sees: the same probe, run by a
server with hosts and by one without (OPENAMT_WARM_SCRIPTS=false), reports the same argv,
paths, environment, limits, streams, signals and `__main__`, the same traceback and exit code
of a failure, and its atexit handlers run. The trials of one tuning job share one host; what
a trial leaves (files in /tmp and /dev/shm, a SysV segment, a daemon of its own session, its
model) is gone when the next one starts, and each job's directory keeps its own files; a
script cannot signal its host (the sandbox's PID 1)."""

from __future__ import annotations

import json
import tarfile
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.jobs import create, script_job, training_jobs, unique, wait_for
from tests.support.servers import Server

pytestmark = pytest.mark.services  # starts openamt itself (see conftest)

# What a script can tell of the interpreter and process it runs in.
PROBE = """
import atexit, json, os, resource, signal, sys, __main__
limits = {name: resource.getrlimit(getattr(resource, name))
          for name in dir(resource) if name.startswith("RLIMIT_")}
main = {key: repr(value) if key in ("__file__", "__spec__", "__cached__", "__package__",
        "__doc__", "__name__") else type(value).__name__ for key, value in vars(__main__).items()}
job = os.environ["TRAINING_JOB_NAME"]
record = {
    "argv": sys.argv, "orig_argv": sys.orig_argv, "executable": sys.executable,
    "path": sys.path, "cwd": os.getcwd(), "file": __file__, "name": __name__, "main": main,
    "env": {k: v.replace(job, "<job>") for k, v in os.environ.items()},
    "limits": limits, "ids": [os.getuid() == os.getgid(), os.getgroups(), os.getuid() == 0],
    "umask": os.umask(0o22),
    "flags": list(sys.flags),
    "streams": [[s.encoding, s.errors, s.line_buffering, s.isatty()]
                for s in (sys.stdin, sys.stdout, sys.stderr)],
    "stdin": os.path.samestat(os.fstat(0), os.stat(os.devnull)),
    "fds": sorted(int(fd) for fd in os.listdir("/proc/self/fd")),
    "signals": {s.name: str(signal.getsignal(s)) for s in signal.Signals
                if s not in (signal.SIGKILL, signal.SIGSTOP)},
    "group_leader": os.getpgrp() == os.getpid(),
    "session_leader": os.getsid(0) == os.getpid(),
    "dumpable": __import__("ctypes").CDLL(None).prctl(3, 0, 0, 0, 0),  # PR_GET_DUMPABLE
    "host": open(f"/proc/{os.getppid()}/stat").read().rsplit(")", 1)[1].split()[19],
    "threads": __import__("threading").active_count(),
}
atexit.register(lambda: open("/opt/ml/model/atexit", "w").write("ran"))
json.dump(record, open("/opt/ml/model/probe.json", "w"))
print("validation:accuracy=0.5", flush=True)
"""

# The variables that hold a trial's tuned values or its tuning job's code directory: they
# differ between the trials compared.
TUNED = (
    "SM_HPS",
    "SM_HP_MAX-DEPTH",
    "SM_HP_LEARNING-RATE",
    "SM_TRAINING_ENV",
    "SM_USER_ARGS",
    "SM_MODULE_DIR",
)

# A failure: what the log and FailureReason show of it.
FAILS = """
def load():
    raise ValueError("no label column")
load()
"""

# Leaves all it can for the next trial of the same host, after checking what the last left.
LEAVES = """
import json, os, subprocess, sys
left = {
    "tmp": sorted(os.listdir("/tmp")), "shm": sorted(os.listdir("/dev/shm")),
    "model": sorted(os.listdir("/opt/ml/model")),
    "ipc": subprocess.run(["ipcs", "-m"], capture_output=True, text=True).stdout.count("0x"),
    "processes": sorted(int(p) for p in os.listdir("/proc") if p.isdigit()),
    "host": open(f"/proc/{os.getppid()}/stat").read().rsplit(")", 1)[1].split()[19],
    "parent": os.getppid(), "self": os.getpid(),
}
for name in ("/tmp/left", "/dev/shm/left", "/opt/ml/model/mine"):
    open(name, "w").write(os.environ["TRAINING_JOB_NAME"])
subprocess.run(["ipcmk", "-M", "4096"], check=True, capture_output=True)
subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)"], start_new_session=True)
json.dump(left, open("/opt/ml/model/left.json", "w"))
print("validation:accuracy=0.5", flush=True)
"""

# Signals the warm interpreter it was forked from (PID 1 of its sandbox) every way it can.
SIGNALS_HOST = """
import json, os, signal
assert os.getppid() == 1
for sig in (signal.SIGKILL, signal.SIGSTOP, signal.SIGTERM, signal.SIGINT, signal.SIGCHLD):
    os.kill(1, sig)
try:
    os.kill(-1, signal.SIGKILL)  # everyone it may signal: neither itself nor PID 1
except ProcessLookupError:  # no one
    pass
host = open("/proc/1/stat").read().rsplit(")", 1)[1].split()
json.dump({"state": host[0], "started": host[19]}, open("/opt/ml/model/host.json", "w"))
print("validation:accuracy=0.5", flush=True)
"""


def _server(tmp_path_factory: pytest.TempPathFactory, **env: str) -> Iterator[Server]:
    settings = {"OPENAMT_SANDBOX": "bwrap", **env}
    instance = Server(tmp_path_factory.mktemp("hosts") / "data", workers=1, env=settings)
    instance.start()
    yield instance
    instance.stop()


@pytest.fixture(scope="module")
def warm(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    yield from _server(tmp_path_factory)


@pytest.fixture(scope="module")
def cold(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    yield from _server(tmp_path_factory, OPENAMT_WARM_SCRIPTS="false")


def _tune(server: Server, tmp_path: Path, script: str, *, jobs: int) -> list[dict[str, Any]]:
    """A tuning job of `jobs` trials of `script`, one at a time; its training jobs, oldest
    first, once it has ended."""
    code = tmp_path / unique("code")
    code.mkdir()
    (code / "train.py").write_text(textwrap.dedent(script))
    body = script_job(unique("hosted"), code, max_jobs=jobs, parallel=1)
    with server.client() as client:
        name = create(client, body)
        wait_for(client, name, timeout=180)
        listed = training_jobs(client, name)
        described = [client.get(f"/v1/training-jobs/{j['TrainingJobName']}").json() for j in listed]
    return sorted(described, key=lambda job: job["CreationTime"])


def _model(server: Server, job: dict[str, Any], member: str) -> Any:
    uri = job["ModelArtifacts"]["S3ModelArtifacts"]
    with tarfile.open(server.data_dir / "s3" / uri.removeprefix("s3://")) as tar:
        extracted = tar.extractfile(member)
        assert extracted is not None
        raw = extracted.read()
    return json.loads(raw) if member.endswith(".json") else raw.decode()


def _log(server: Server, job: dict[str, Any]) -> str:
    return (server.data_dir / "logs" / f"{job['TrainingJobName']}.log").read_text()


def test_a_hosted_trial_sees_what_a_fresh_interpreter_sees(
    warm: Server, cold: Server, tmp_path: Path
) -> None:
    warm_jobs = _tune(warm, tmp_path, PROBE, jobs=2)
    (cold_job,) = _tune(cold, tmp_path, PROBE, jobs=1)
    assert [j["TrainingJobStatus"] for j in [*warm_jobs, cold_job]] == ["Completed"] * 3
    fresh = _model(cold, cold_job, "probe.json")
    first, second = (_model(warm, job, "probe.json") for job in warm_jobs)
    assert second["host"] == first["host"]  # forked by the same warm interpreter
    for record in (fresh, first, second):
        del record["host"]
        for name in TUNED:
            record["env"].pop(name)
    for record in (first, second):
        differ = {
            k: (record[k], fresh[k])
            for k in fresh
            if record.get(k) != fresh[k] and k not in ("argv", "orig_argv")
        }
        assert not differ, json.dumps(differ, indent=1)[:6000]
    for job in warm_jobs:
        assert _model(warm, job, "atexit") == "ran"


def test_a_hosted_failure_reads_as_a_fresh_one(warm: Server, cold: Server, tmp_path: Path) -> None:
    (hosted,) = _tune(warm, tmp_path, FAILS, jobs=1)
    (fresh,) = _tune(cold, tmp_path, FAILS, jobs=1)
    assert hosted["TrainingJobStatus"] == fresh["TrainingJobStatus"] == "Failed"
    assert hosted["FailureReason"] == fresh["FailureReason"]
    assert "ValueError: no label column" in hosted["FailureReason"], hosted["FailureReason"]
    traceback = [line for line in _log(warm, hosted).splitlines() if line.startswith("  ")]
    assert traceback == [line for line in _log(cold, fresh).splitlines() if line.startswith("  ")]
    assert traceback[0].startswith('  File "/opt/ml/code/train.py", line 4'), traceback


def test_the_next_trial_finds_nothing_the_last_one_left(warm: Server, tmp_path: Path) -> None:
    jobs = _tune(warm, tmp_path, LEAVES, jobs=3)
    assert [j["TrainingJobStatus"] for j in jobs] == ["Completed"] * 3
    seen = [_model(warm, job, "left.json") for job in jobs]
    assert len({record["host"] for record in seen}) == 1  # one host served all three
    for record in seen:
        # /tmp as the sandbox began (what it binds there of the channels), every time.
        assert record["tmp"] == seen[0]["tmp"] and "left" not in record["tmp"], record
        assert record["shm"] == record["model"] == [], record
        assert record["ipc"] == 0, record
        # bwrap's init, the host's interpreter and the script: the last trial's daemon is gone.
        assert record["processes"] == sorted({1, record["parent"], record["self"]}), record
    for job in jobs:  # each job's directory holds its own files, moved out of the slot
        mine = warm.data_dir / "jobs" / job["TrainingJobName"] / "model" / "mine"
        assert mine.read_text() == job["TrainingJobName"]
    slots = [p for p in (warm.data_dir / "jobs" / ".slots").iterdir() if p.is_dir()]
    assert [list(slot.iterdir()) for slot in slots] == [[]]


def test_a_script_cannot_signal_its_host(warm: Server, tmp_path: Path) -> None:
    jobs = _tune(warm, tmp_path, SIGNALS_HOST, jobs=2)
    assert [j["TrainingJobStatus"] for j in jobs] == ["Completed"] * 2, jobs[0].get("FailureReason")
    first, second = (_model(warm, job, "host.json") for job in jobs)
    assert first["state"] in ("S", "R")  # not stopped, not killed: the kernel ignored it all
    assert second["started"] == first["started"]  # and the next trial came from the same host
