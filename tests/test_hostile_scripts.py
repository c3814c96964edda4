"""Hostile training scripts against a live, sandboxed openamt (workers/sandbox.py): each tries
one way out and reports what it found (a `FOUND {...}` line in its log, read back through the
API), and each job ends as SageMaker would end it.

  * the database (openamt.db, optuna.db) by its host path and through /proc/<pid>/root: not
    there;
  * an earlier job's model, in the object store and in its job directory: not there;
  * writes outside /opt/ml (/, /usr, /opt, /etc, /var/tmp, the data directory, $HOME, the
    tests' own temporary directory), a world-writable host file changed, a user namespace of
    its own and a remount from one: refused, and the host unchanged;
  * signals at the worker, the server, another job's processes, its namespace's init and every
    pid it can see (kill(-1, SIGKILL)): the script can list and kill only its own processes;
    the workers and the other job live on, and the next job completes;
  * 1.25 GiB written to /opt/ml/model with VolumeSizeInGB=1: the job fails with "No space
    left on device", nothing of it keeps running, and the workers go on.

What test_sandbox.py proves already (a lone script sees only bwrap's init and itself, read-only
host paths by errno) is not repeated; these scripts try harder.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import textwrap
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support import scripts
from tests.support.jobs import SCRIPT_IMAGE, training_job, unique, wait_training
from tests.support.servers import Server, aws_client, job_processes, job_scripts

pytestmark = pytest.mark.services  # starts openamt itself (see conftest)

# Every script reports on one line; what the test reads back from the job's log.
REPORT = (
    """
def report(found):
    import json
    print("FOUND " + json.dumps(found, sort_keys=True), flush=True)
"""
    + scripts.ATTEMPT
)

READ_DATABASE = """
import os, sqlite3
data = os.environ["DATA_DIR"]
targets = [data + "/openamt.db", data + "/optuna.db"]
for pid in ("1", "self", os.environ["WORKER_PID"], os.environ["SERVER_PID"]):
    targets.append(f"/proc/{pid}/root{data}/openamt.db")
    targets.append(f"/proc/{pid}/cwd/openamt.db")
found = {path: attempt(lambda path=path: open(path, "rb").read(16)) for path in targets}
found["sqlite"] = attempt(lambda: sqlite3.connect(f"file:{data}/openamt.db?mode=ro", uri=True)
                          .execute("select count(*) from sqlite_master").fetchall())
found["listing"] = sorted(os.listdir(data)) if os.path.isdir(data) else None
report(found)
"""

WRITE_MODEL = """
import os
with open("/opt/ml/model/secret.txt", "w") as f:
    f.write(os.environ["SECRET"])
with open("/opt/ml/output/data/secret.txt", "w") as f:
    f.write(os.environ["SECRET"])
report({"wrote": True})
"""

READ_OTHER_MODEL = """
import os
other = os.environ["OTHER_JOB_DIR"]
targets = [os.environ["OTHER_MODEL"], other + "/model/secret.txt",
           other + "/output/data/secret.txt", "/proc/1/root" + other + "/model/secret.txt",
           "/opt/ml/../" + os.path.basename(other) + "/model/secret.txt",
           "/opt/ml/input/data/train/../../../../jobs/" + os.path.basename(other)]
found = {path: attempt(lambda path=path: open(path, "rb").read()) for path in targets}
found["listing"] = attempt(lambda: os.listdir(other))
report(found)
"""

WRITE_OUTSIDE = """
import os, subprocess
name = os.environ["PROBE_NAME"]
found = {}
for directory in os.environ["TARGETS"].split(":"):
    path = os.path.join(directory, name)
    found["write " + path] = attempt(lambda path=path: open(path, "w").write("x"))
    found["mkdir " + path + ".d"] = attempt(lambda path=path: os.mkdir(path + ".d"))
    found["link " + path + ".l"] = attempt(lambda path=path: os.symlink("/etc/passwd",
                                                                        path + ".l"))
existing = os.environ["EXISTING"]
found["append"] = attempt(lambda: open(existing, "a").write("changed"))
found["truncate"] = attempt(lambda: os.truncate(existing, 0))
found["chmod"] = attempt(lambda: os.chmod(existing, 0o777))
found["rename"] = attempt(lambda: os.rename(existing, existing + ".moved"))
found["unlink"] = attempt(lambda: os.unlink(existing))
found["utime"] = attempt(lambda: os.utime(existing, (0, 0)))
# A user namespace of its own, asked of the kernel directly (unshare(2) with CLONE_NEWUSER);
# then a user and mount namespace, to remount the host read-write from there.
import ctypes
libc = ctypes.CDLL(None, use_errno=True)
def new_user_namespace():
    if libc.unshare(0x10000000) != 0:
        raise OSError(ctypes.get_errno(), "unshare")
found["user namespace"] = attempt(new_user_namespace)
escape = f"mount -o remount,rw / && echo escaped > {os.path.dirname(existing)}/{name}.ns"
done = subprocess.run(["unshare", "-Urm", "sh", "-c", escape], capture_output=True, text=True)
found["unshare"] = done.returncode
found["remount"] = subprocess.run(["mount", "-o", "remount,rw", "/"],
                                  capture_output=True).returncode
report(found)
"""

# Prints a line, then sleeps long: the other job the hostile one aims at.
BYSTANDER = """
import os, time
print("bystander running", flush=True)
time.sleep(300)
"""

SIGNAL_EVERYONE = """
import os, signal, subprocess, sys
visible = sorted(int(p) for p in os.listdir("/proc") if p.isdigit())
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)"])
found = {"visible": visible, "self": os.getpid(), "parent": os.getppid()}
aims = [int(p) for p in os.environ["AIMS"].split(",")]
found["kills"] = {str(pid): attempt(lambda pid=pid: os.kill(pid, signal.SIGKILL))
                  for pid in [os.getppid(), 1, *aims]}
found["groups"] = {str(pid): attempt(lambda pid=pid: os.killpg(pid, signal.SIGKILL))
                   for pid in aims}
found["everyone"] = attempt(lambda: os.kill(-1, signal.SIGKILL))
found["child"] = child.wait()  # kill(-1) reached what the script itself started
found["alive"] = True  # kill(-1) spares the caller; its init was not killed either
report(found)
print("validation:accuracy=0.5", flush=True)
"""

# 20 chunks of 64 MiB: 1.25 GiB, past a 1 GiB volume.
FILL_VOLUME = """
import os
chunk = b"v" * (64 * 1024 * 1024)
with open("/opt/ml/model/fill.bin", "wb") as f:
    for written in range(1, 21):
        f.write(chunk)
        f.flush()
        print(f"wrote {written} chunks", flush=True)
print("filled", flush=True)
"""

QUIET = """
print("validation:accuracy=0.75", flush=True)
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    data_dir = tmp_path_factory.mktemp("hostile-scripts") / "data"
    instance = Server(data_dir, workers=2, env={"OPENAMT_SANDBOX": "bwrap"})
    instance.start()
    yield instance
    instance.stop()


@pytest.fixture
def sm(server: Server) -> Any:
    return aws_client(server.url)


def _code(tmp_path: Path, source: str) -> Path:
    directory = tmp_path / unique("code")
    directory.mkdir(parents=True)
    (directory / "train.py").write_text(textwrap.dedent(REPORT) + textwrap.dedent(source))
    return directory


def _start(sm: Any, tmp_path: Path, source: str, *, env: dict[str, str] | None = None,
           volume_gb: int = 10, prefix: str = "hostile") -> str:  # fmt: skip
    name = unique(prefix)
    body = training_job(
        name,
        image=SCRIPT_IMAGE,
        hyperparameters={
            "sagemaker_program": '"train.py"',
            "sagemaker_submit_directory": json.dumps(f"file://{_code(tmp_path, source)}"),
        },
    )
    body["Environment"] = env or {}
    body["ResourceConfig"]["VolumeSizeInGB"] = volume_gb
    body["AlgorithmSpecification"]["MetricDefinitions"] = [
        {"Name": "validation:accuracy", "Regex": r"validation:accuracy=([0-9\.]+)"}
    ]
    sm.create_training_job(**body)
    return name


def _log(server: Server, name: str) -> str:
    with server.client() as http:
        response = http.get(f"/v1/training-jobs/{name}/logs")
    assert response.status_code == 200, response.text
    return response.text


def _found(server: Server, name: str) -> dict[str, Any]:
    """What the script reported (its FOUND line)."""
    lines = [line for line in _log(server, name).splitlines() if line.startswith("FOUND ")]
    assert len(lines) == 1, _log(server, name)
    found: dict[str, Any] = json.loads(lines[0].removeprefix("FOUND "))
    return found


def _workers(server: Server) -> list[int]:
    return server.worker_pids()


def _wait_for_line(server: Server, name: str, line: str) -> None:
    """The job runs and printed `line` (its log file grows while it runs)."""
    log = server.data_dir / "logs" / f"{name}.log"
    deadline = time.monotonic() + 120
    while not (log.exists() and line in log.read_text()):
        assert time.monotonic() < deadline, f"{name} never printed {line!r}"
        time.sleep(0.1)


def _completes(sm: Any, tmp_path: Path) -> None:
    """The workers still run jobs: a plain one completes."""
    name = _start(sm, tmp_path, QUIET, prefix="after")
    job = wait_training(sm, name)
    assert job["TrainingJobStatus"] == "Completed", job.get("FailureReason")


NOT_THERE = {"ENOENT", "EACCES", "EPERM", "ENOTDIR"}


def test_a_script_cannot_read_the_database(server: Server, sm: Any, tmp_path: Path) -> None:
    data_dir = server.data_dir
    assert (data_dir / "openamt.db").is_file() and (data_dir / "optuna.db").is_file()
    assert server.process is not None
    env = {"DATA_DIR": str(data_dir), "WORKER_PID": str(_workers(server)[0]),
           "SERVER_PID": str(server.process.pid)}  # fmt: skip
    name = _start(sm, tmp_path, READ_DATABASE, env=env)
    job = wait_training(sm, name)
    assert job["TrainingJobStatus"] == "Completed", job.get("FailureReason")  # it only looked

    found = _found(server, name)
    listing, sqlite = found.pop("listing"), found.pop("sqlite")
    assert len(found) == 10
    assert set(found.values()) <= NOT_THERE, found
    assert sqlite == "OperationalError"  # "unable to open database file"
    # The data directory is an empty, read-only stand-in: none of its files, no jobs, no logs.
    assert not {"openamt.db", "optuna.db", "jobs", "logs"} & set(listing or [])


def test_a_script_cannot_read_an_earlier_jobs_model(
    server: Server, sm: Any, tmp_path: Path
) -> None:
    secret = uuid.uuid4().hex
    first = _start(sm, tmp_path, WRITE_MODEL, env={"SECRET": secret}, prefix="owner")
    owner = wait_training(sm, first)
    assert owner["TrainingJobStatus"] == "Completed", owner.get("FailureReason")
    model = server.data_dir / "s3" / owner["ModelArtifacts"]["S3ModelArtifacts"][5:]
    other_dir = server.data_dir / "jobs" / first
    assert model.is_file() and (other_dir / "model" / "secret.txt").read_text() == secret

    env = {"OTHER_MODEL": str(model), "OTHER_JOB_DIR": str(other_dir)}
    name = _start(sm, tmp_path, READ_OTHER_MODEL, env=env, prefix="reader")
    job = wait_training(sm, name)
    assert job["TrainingJobStatus"] == "Completed", job.get("FailureReason")
    found = _found(server, name)
    assert len(found) == 7
    assert set(found.values()) <= NOT_THERE, found
    assert secret not in _log(server, name)


def test_a_script_cannot_write_outside_opt_ml(server: Server, sm: Any, tmp_path: Path) -> None:
    probe = unique("openamt-hostile")
    # A host directory and file anyone may write to, outside /tmp (which the sandbox replaces
    # with its own): only the sandbox's read-only view can stop the script.
    scratch = Path("/var/tmp") / f".{probe}"
    scratch.mkdir()
    try:
        scratch.chmod(0o777)
        existing = scratch / "existing.txt"
        existing.write_text("original")
        existing.chmod(0o666)
        before = existing.stat()
        host_tmp = tmp_path / "host-dir"  # the tests' own temporary directory, on the host
        host_tmp.mkdir()
        on_host = ["/", "/usr", "/opt", "/etc", "/var/tmp", str(scratch), str(server.data_dir),
                   str(Path.home())]  # fmt: skip
        env = {"PROBE_NAME": probe, "TARGETS": ":".join([*on_host, str(host_tmp)]),
               "EXISTING": str(existing)}  # fmt: skip
        name = _start(sm, tmp_path, WRITE_OUTSIDE, env=env)
        job = wait_training(sm, name)
        assert job["TrainingJobStatus"] == "Completed", job.get("FailureReason")
        found = _found(server, name)

        # Read-only (EROFS) where the host shows through; not there (ENOENT) where the
        # sandbox hides it (the data directory, root's home); no capability to mount.
        for directory in on_host:
            path = os.path.join(directory, probe)
            attempts = {found[f"write {path}"], found[f"mkdir {path}.d"], found[f"link {path}.l"]}
            assert attempts <= {"EROFS", "ENOENT", "EACCES", "EPERM"}, (directory, attempts)
        assert found[f"write {scratch}/{probe}"] == "EROFS"
        changes = ("append", "truncate", "chmod", "rename", "unlink", "utime")
        assert {found[change] for change in changes} == {"EROFS"}, found
        # No user namespace at all (workers/syscall_filter.py), so no remount from one.
        assert found["user namespace"] == "EPERM"
        assert found["unshare"] != 0 and found["remount"] != 0
        # Under /tmp the script writes to its own, private /tmp: the host's is untouched.
        assert found[f"write {host_tmp}/{probe}"] in {"done", "ENOENT"}

        for directory in [*on_host, str(host_tmp)]:
            for suffix in ("", ".d", ".l", ".ns"):
                assert not os.path.lexists(os.path.join(directory, probe + suffix))
        assert sorted(path.name for path in scratch.iterdir()) == ["existing.txt"]
        assert sorted(host_tmp.iterdir()) == []
        after = existing.stat()
        assert existing.read_text() == "original"
        assert (after.st_mode, after.st_mtime_ns, after.st_ino) == (
            before.st_mode,
            before.st_mtime_ns,
            before.st_ino,
        )
    finally:
        shutil.rmtree(scratch)


def test_a_script_can_signal_only_its_own_processes(
    server: Server, sm: Any, tmp_path: Path
) -> None:
    assert server.process is not None
    workers = _workers(server)
    bystander = _start(sm, tmp_path, BYSTANDER, prefix="bystander")
    _wait_for_line(server, bystander, "bystander running")
    running = sorted(job_processes(bystander) + job_scripts(bystander, server.data_dir))
    assert running

    aims = [*workers, server.process.pid, *running]
    name = _start(sm, tmp_path, SIGNAL_EVERYONE, env={"AIMS": ",".join(map(str, aims))})
    job = wait_training(sm, name)
    # The script survived its own kill(-1) and went on: it completes.
    assert job["TrainingJobStatus"] == "Completed", job.get("FailureReason")
    found = _found(server, name)

    # It saw bwrap's init and itself: not the bystander's processes, nor openamt's.
    assert found["visible"] == [1, found["self"]] and found["parent"] == 1
    assert found["everyone"] == "done" and found["child"] == -signal.SIGKILL
    # Its init is refused (another uid) or ignores the signal (the kernel's rule for a
    # namespace's init): the script carried on. Every host pid is out of its reach: no such
    # process in its namespace.
    outside = {pid: result for pid, result in found["kills"].items() if int(pid) in aims}
    assert set(outside.values()) == {"ESRCH"}, found["kills"]
    assert set(found["groups"].values()) == {"ESRCH"}, found["groups"]

    assert server.process.poll() is None
    assert _workers(server) == workers  # the same worker processes, all alive
    assert sorted(job_processes(bystander) + job_scripts(bystander, server.data_dir)) == running
    assert sm.describe_training_job(TrainingJobName=bystander)["TrainingJobStatus"] == "InProgress"
    sm.stop_training_job(TrainingJobName=bystander)
    assert wait_training(sm, bystander)["TrainingJobStatus"] == "Stopped"
    _completes(sm, tmp_path)


FREE_BYTES_NEEDED = 5 * 1024**3


def test_a_job_that_fills_its_volume_fails_with_no_space_left(
    server: Server, sm: Any, tmp_path: Path
) -> None:
    free = shutil.disk_usage(server.data_dir).free
    if free < FREE_BYTES_NEEDED:
        pytest.fail(f"this test writes 1.25 GiB: {free / 1024**3:.1f} GiB free, 5 GiB needed")
    workers = _workers(server)
    name = _start(sm, tmp_path, FILL_VOLUME, volume_gb=1, prefix="fills-volume")
    try:
        job = wait_training(sm, name)
        assert job["TrainingJobStatus"] == "Failed"
        assert job["FailureReason"] == (
            "ClientError: Insufficient disk space: the training job's files exceeded its "
            "volume (VolumeSizeInGB=1): No space left on device"
        )
        assert job["SecondaryStatus"] == "Failed"
        uri = job["ModelArtifacts"]["S3ModelArtifacts"]  # named, as AWS names it, but never
        assert not (server.data_dir / "s3" / uri.removeprefix("s3://")).exists()  # uploaded
        log = _log(server, name)
        assert "wrote 1 chunks" in log  # it ran, and wrote
        assert job_processes(name) == []  # nothing of it runs on
        assert _workers(server) == workers
        _completes(sm, tmp_path)
    finally:
        shutil.rmtree(server.data_dir / "jobs" / name, ignore_errors=True)  # give the disk back
