"""Script-mode jobs in their own /opt/ml (workers/sandbox.py, bubblewrap), against a live
openamt through unmodified boto3: a script that names SageMaker's absolute /opt/ml paths
completes and its model holds what it wrote; a ContainerEntrypoint under /opt/ml/code runs;
the script sees only its own processes, cannot write outside /opt/ml and /tmp (a small channel
is its own copy, a large one read-only), nor read the data directory; it runs as a uid of its
own and cannot read a root-only file it can see; with EnableNetworkIsolation (of a training
job, or of a tuning job's definition) it cannot reach openamt's port, which it reaches without;
a fork bomb fails its job at the process cap and the next job runs; a model directory the job
turned into a link is not followed; a stop kills the whole tree, a process that left the group
included, and so does a worker killed with -9; with OPENAMT_SANDBOX=off the same absolute paths
fail with their clear message and network isolation is refused at create; bwrap required but
missing refuses the start, auto (the default) refuses the script with the reason; the private
/tmp and /dev/shm are held to their size."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import tarfile
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from botocore.exceptions import ClientError

from tests.support.jobs import (
    SCRIPT_IMAGE,
    create,
    script_job,
    training_job,
    training_jobs,
    unique,
    wait_done,
    wait_for,
    wait_training,
    xgboost_job,
)
from tests.support.servers import (
    ROOT,
    Server,
    Stack,
    alive,
    aws_client,
    children,
    hosted_scripts,
    job_processes,
)
from workers.sandbox import JOB_UID_BASE

pytestmark = pytest.mark.services  # starts openamt itself (see conftest)

PROCESS_CAP = 48  # the embedded server's OPENAMT_TRAINING_MAX_PROCESSES
as_root = pytest.mark.skipif(os.geteuid() != 0, reason="a job gets a uid of its own under root")

# Reads every path by SageMaker's absolute name, never from a variable.
ABSOLUTE_PATHS = """
import json, os, resource, sys
hps = json.load(open("/opt/ml/input/config/hyperparameters.json"))
rows = open("/opt/ml/input/data/train/data.csv").read().splitlines()
record = {
    "depth": hps["depth"],
    "rows": len(rows),
    "cwd": os.getcwd(),
    "argv": sys.argv,
    "resources": json.load(open("/opt/ml/input/config/resourceconfig.json"))["current_host"],
    "inputs": sorted(json.load(open("/opt/ml/input/config/inputdataconfig.json"))),
    "env": {k: v for k, v in os.environ.items() if k.startswith("SM_") and "DIR" in k},
    "channel": os.environ["SM_CHANNEL_TRAIN"],
    "nofile": resource.getrlimit(resource.RLIMIT_NOFILE),
    "core": resource.getrlimit(resource.RLIMIT_CORE),
}
print(f"rows={len(rows)}", flush=True)
with open("/opt/ml/model/model.txt", "w") as f:
    json.dump(record, f)
"""

# What the script can see of the machine: processes, and where it may write.
PROBES = """
import errno, json, os, sys
pids = sorted(int(p) for p in os.listdir("/proc") if p.isdigit())
commands = [open(f"/proc/{p}/cmdline", "rb").read().split(b"\\0")[0].decode() for p in pids]
tried = {}
for path in ("/etc/openamt-probe", "/usr/openamt-probe", "/opt/openamt-probe",
             "/openamt-probe", os.path.join(sys.prefix, "openamt-probe"),
             os.path.join(os.environ["DATA_DIR"], "openamt-probe")):
    try:
        with open(path, "w") as f:
            f.write("x")
        tried[path] = "written"
    except OSError as error:
        tried[path] = errno.errorcode[error.errno]
channels = {}
for path in ("/opt/ml/input/data/train/data.csv", "/opt/ml/input/data/big/big.bin"):
    try:
        os.chmod(path, 0o755)
        with open(path, "a") as f:
            f.write("appended")
        channels[path] = "written"
    except OSError as error:
        channels[path] = errno.errorcode[error.errno]
with open(os.path.join("/tmp", os.environ["TMP_NAME"]), "w") as f:
    f.write("private")
with open("/opt/ml/output/data/written", "w") as f:
    f.write("ok")
record = {
    "pids": pids,
    "commands": commands,
    "self": os.getpid(),
    "parent": os.getppid(),
    "tried": tried,
    "channels": channels,
    "data_dir_seen": os.path.exists(os.environ["DATA_DIR"] + "/openamt.db"),
    "jobs_seen": os.path.exists(os.environ["DATA_DIR"] + "/jobs"),
}
with open("/opt/ml/model/probes.json", "w") as f:
    json.dump(record, f)
"""

# A child in the job's group and a grandchild that leaves it (its own session): a stop must
# kill both. Prints a line first, so the test sees output arrive while the job runs.
ESCAPER = """
import os, subprocess, sys, time
subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)"])
subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)"], start_new_session=True)
print("started validation:accuracy=0.5", flush=True)
time.sleep(300)
"""

# openamt's own port, as a script that wants to call home would try it.
CALL_HOME = """
import errno, json, os, socket
record = {"interfaces": sorted(name for _, name in socket.if_nameindex())}
try:
    with socket.create_connection(("127.0.0.1", int(os.environ["OPENAMT_PORT"])), timeout=10) as s:
        s.sendall(b"GET /healthz HTTP/1.0\\r\\n\\r\\n")
        record["answer"] = s.recv(64).decode(errors="replace").split("\\r\\n")[0]
except OSError as error:
    record["error"] = errno.errorcode.get(error.errno, str(error))
print("reached" if "answer" in record else "cut off", "validation:accuracy=0.5", flush=True)
with open("/opt/ml/model/call-home.json", "w") as f:
    json.dump(record, f)
"""

# Who the script is, and what of a root-only file it can see beside a public one.
WHO = """
import errno, json, os
channel = "/opt/ml/input/data/big"
record = {"uid": os.getuid(), "gid": os.getgid(), "groups": os.getgroups(),
          "listed": sorted(os.listdir(channel)), "read": {}}
for name in ("public.txt", "secret.txt"):
    try:
        record["read"][name] = open(os.path.join(channel, name)).read()
    except OSError as error:
        record["read"][name] = errno.errorcode[error.errno]
with open("/opt/ml/model/who.json", "w") as f:
    json.dump(record, f)
"""

# Forks until a fork fails; the children sleep. Bounded, should the cap not hold.
FORK_BOMB = """
import os, time
forked = 0
try:
    while forked < 5000:
        if os.fork() == 0:
            time.sleep(300)
            os._exit(0)
        forked += 1
finally:
    print(f"forked {forked}", flush=True)
"""

# Replaces its model directory with a link to a directory of the host: openamt, reading the
# model back as root, must not follow it.
MODEL_LINK = """
import os, shutil
shutil.rmtree("/opt/ml/model")
os.symlink(os.environ["ELSEWHERE"], "/opt/ml/model")
"""

# Leaves a model, and a link where openamt packs it, to a host file openamt must not overwrite.
ARCHIVE_LINK = """
import os
open("/opt/ml/model/model.txt", "w").write("model")
os.symlink(os.environ["VICTIM"], "/opt/ml/model.tar.gz")
"""

RUN_SH = """\
set -e
cat /opt/ml/input/config/hyperparameters.json > /opt/ml/model/hyperparameters.json
wc -l < /opt/ml/input/data/train/data.csv > /opt/ml/model/rows.txt
echo "cwd $(pwd) args $*"
echo "accuracy=0.875"
"""


def _code(tmp_path: Path, files: dict[str, str]) -> Path:
    directory = tmp_path / unique("code")
    directory.mkdir(parents=True)
    for name, text in files.items():
        (directory / name).write_text(textwrap.dedent(text))
    return directory


def _script_job(name: str, code: Path, **hyperparameters: str) -> dict[str, Any]:
    return training_job(
        name,
        image=SCRIPT_IMAGE,
        hyperparameters={
            "sagemaker_program": '"train.py"',
            "sagemaker_submit_directory": json.dumps(f"file://{code}"),
            **hyperparameters,
        },
    )


def _big_channel(body: dict[str, Any], directory: Path) -> None:
    """A channel over the size a job gets its own copy of: the job reads it in place."""
    directory.mkdir(exist_ok=True)
    with open(directory / "big.bin", "wb") as f:
        f.truncate(17 * 1024 * 1024)  # over the 16 MiB a channel is copied up to (sparse)
    source = {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": f"file://{directory}"}}
    body["InputDataConfig"].append({"ChannelName": "big", "DataSource": source})


def _model_file(server: Server, job: dict[str, Any], member: str) -> bytes:
    uri = job["ModelArtifacts"]["S3ModelArtifacts"]
    with tarfile.open(server.data_dir / "s3" / uri.removeprefix("s3://")) as tar:
        extracted = tar.extractfile(member)
        assert extracted is not None
        return extracted.read()


@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    env = {"OPENAMT_SANDBOX": "bwrap", "OPENAMT_TRAINING_MAX_PROCESSES": str(PROCESS_CAP)}
    instance = Server(tmp_path_factory.mktemp("sandbox") / "data", env=env)
    instance.start()
    yield instance
    instance.stop()


@pytest.fixture(scope="module", params=["embedded", "distributed"])
def sandboxed(
    request: pytest.FixtureRequest, embedded: Server, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    if request.param == "embedded":
        yield embedded
        return
    stack = Stack(
        tmp_path_factory.mktemp("sandbox-stack") / "data",
        workers=1,
        env={"OPENAMT_SANDBOX": "bwrap"},
    )
    stack.start()
    yield stack
    stack.stop()


def test_a_script_finds_its_files_at_absolute_opt_ml_paths(
    sandboxed: Server, tmp_path: Path
) -> None:
    sm = aws_client(sandboxed.url)
    name = unique("sandbox-paths")
    body = _script_job(name, _code(tmp_path, {"train.py": ABSOLUTE_PATHS}), depth="4")
    body["AlgorithmSpecification"]["MetricDefinitions"] = [
        {"Name": "rows", "Regex": r"rows=([0-9]+)"}
    ]
    sm.create_training_job(**body)
    job = wait_training(sm, name)
    assert job["TrainingJobStatus"] == "Completed", job.get("FailureReason")
    assert job["FinalMetricDataList"][0]["Value"] == 900  # the line was parsed: 1200 * 3 / 4

    record = json.loads(_model_file(sandboxed, job, "model.txt"))
    assert record["depth"] == "4" and record["rows"] == 900
    assert record["cwd"] == "/opt/ml/code"
    assert record["argv"] == ["train.py", "--depth", "4"]
    assert record["resources"] == "algo-1"
    assert record["inputs"] == ["train", "validation"]
    # SageMaker's own values, not the job directory's.
    assert record["env"] == {
        "SM_MODEL_DIR": "/opt/ml/model",
        "SM_INPUT_DIR": "/opt/ml/input",
        "SM_INPUT_CONFIG_DIR": "/opt/ml/input/config",
        "SM_OUTPUT_DIR": "/opt/ml/output",
        "SM_OUTPUT_DATA_DIR": "/opt/ml/output/data",
        "SM_OUTPUT_INTERMEDIATE_DIR": "/opt/ml/output/intermediate",
        "SM_MODULE_DIR": f"file://{body['HyperParameters']['sagemaker_submit_directory'][8:-1]}",
    }
    assert record["channel"] == "/opt/ml/input/data/train"
    assert record["nofile"] == [1024, 1024] and record["core"] == [0, 0]  # the rlimits hold


def test_a_container_entrypoint_under_opt_ml_code_completes(
    embedded: Server, tmp_path: Path
) -> None:
    sm = aws_client(embedded.url)
    name = unique("sandbox-entrypoint")
    body = _script_job(name, _code(tmp_path, {"run.sh": RUN_SH}), depth="2")
    body["AlgorithmSpecification"].update(
        ContainerEntrypoint=["/bin/bash", "/opt/ml/code/run.sh"],
        ContainerArguments=["first"],
        MetricDefinitions=[{"Name": "accuracy", "Regex": r"accuracy=([0-9\.]+)"}],
    )
    sm.create_training_job(**body)
    job = wait_training(sm, name)
    assert job["TrainingJobStatus"] == "Completed", job.get("FailureReason")
    assert job["FinalMetricDataList"][0]["Value"] == 0.875
    assert json.loads(_model_file(embedded, job, "hyperparameters.json"))["depth"] == "2"
    assert _model_file(embedded, job, "rows.txt").strip() == b"900"
    log = (embedded.data_dir / "logs" / f"{name}.log").read_text()
    assert "cwd /opt/ml/code args first" in log


def test_the_script_sees_only_its_own_processes_and_writes_only_its_own_files(
    embedded: Server, tmp_path: Path
) -> None:
    sm = aws_client(embedded.url)
    name = unique("sandbox-probes")
    tmp_name = unique("openamt-private")
    body = _script_job(name, _code(tmp_path, {"train.py": PROBES}))
    body["Environment"] = {"DATA_DIR": str(embedded.data_dir), "TMP_NAME": tmp_name}
    big = tmp_path / "big"
    _big_channel(body, big)
    stored = embedded.data_dir / "s3" / "test-bucket" / "fraud" / "train" / "data.csv"
    before = stored.read_bytes(), stored.stat().st_mode
    sm.create_training_job(**body)
    job = wait_training(sm, name)
    assert job["TrainingJobStatus"] == "Completed", job.get("FailureReason")
    record = json.loads(_model_file(embedded, job, "probes.json"))

    # bwrap's init as PID 1, the script and its parent (the script host's warm interpreter,
    # workers/script_host.py, which forked it; or bwrap's init itself): none of openamt's or
    # the machine's processes.
    assert record["pids"] == sorted({1, record["parent"], record["self"]}), record["commands"]
    assert record["commands"][0] in ("bwrap", sys.executable)  # its init, or a host's
    assert record["commands"][-1] == sys.executable
    # Read-only everywhere but /opt/ml and its own /tmp; the data directory is not there.
    assert set(record["tried"].values()) <= {"EROFS", "ENOENT"}, record["tried"]
    assert record["tried"]["/etc/openamt-probe"] == "EROFS"
    assert record["tried"][os.path.join(sys.prefix, "openamt-probe")] == "EROFS"
    assert not record["data_dir_seen"] and not record["jobs_seen"]
    assert not any(Path(path).exists() for path in record["tried"])
    assert not (Path("/tmp") / tmp_name).exists()  # its /tmp was its own
    assert (embedded.data_dir / "jobs" / name / "output" / "data" / "written").read_text() == "ok"
    # A small channel is the job's own copy, as in SageMaker's File mode; a large one is the
    # store's files, read-only. The store never changes.
    assert record["channels"] == {
        "/opt/ml/input/data/train/data.csv": "written",
        "/opt/ml/input/data/big/big.bin": "EROFS",
    }
    assert (stored.read_bytes(), stored.stat().st_mode) == before
    assert (big / "big.bin").stat().st_size == 17 * 1024 * 1024


def test_stop_kills_the_whole_tree(embedded: Server, tmp_path: Path) -> None:
    sm = aws_client(embedded.url)
    name = unique("sandbox-stop")
    sm.create_training_job(**_script_job(name, _code(tmp_path, {"train.py": ESCAPER})))
    log = embedded.data_dir / "logs" / f"{name}.log"
    deadline = time.monotonic() + 60
    # The line arrives while the script still runs: output streams out of the sandbox live.
    while not (log.exists() and "started validation:accuracy=0.5" in log.read_text()):
        assert time.monotonic() < deadline, "the script never started"
        time.sleep(0.1)
    workers = embedded.worker_pids()
    hosts = [host for worker in workers for host in children(worker, command="bwrap")]
    assert hosts
    running = _running(embedded, name)
    # The script (forked by its host's warm interpreter), its child and the grandchild of its
    # own session.
    assert len(running) == 3, running

    sm.stop_training_job(TrainingJobName=name)
    job = wait_training(sm, name, ("Stopped",), timeout=60)
    assert job["SecondaryStatus"] == "Stopped"
    deadline = time.monotonic() + 10
    while _running(embedded, name):
        assert time.monotonic() < deadline, f"left behind: {_running(embedded, name)}"
        time.sleep(0.1)
    # The host itself stays, for the worker's next script-mode trial.
    assert [host for worker in workers for host in children(worker, command="bwrap")] == hosts


def test_a_killed_worker_takes_its_sandboxed_job_with_it(embedded: Server, tmp_path: Path) -> None:
    sm = aws_client(embedded.url)
    name = unique("sandbox-worker-killed")
    sm.create_training_job(**_script_job(name, _code(tmp_path, {"train.py": ESCAPER})))
    log = embedded.data_dir / "logs" / f"{name}.log"
    deadline = time.monotonic() + 60
    while not (log.exists() and "started validation:accuracy=0.5" in log.read_text()):
        assert time.monotonic() < deadline, "the script never started"
        time.sleep(0.1)
    running = _running(embedded, name)
    assert len(running) == 3, running
    (worker,) = [w for w in embedded.worker_pids() if hosted_scripts(w)]

    os.kill(worker, signal.SIGKILL)  # bwrap's parent-death signal, then --die-with-parent
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in running):
        assert time.monotonic() < deadline, f"left behind: {running}"
        time.sleep(0.1)
    job = wait_training(sm, name, timeout=90)
    assert job["TrainingJobStatus"] == "Failed"
    assert "stopped responding" in job["FailureReason"]


def _call_home(server: Server, tmp_path: Path, *, isolated: bool) -> dict[str, Any]:
    sm = aws_client(server.url)
    name = unique("sandbox-net-isolated" if isolated else "sandbox-net")
    body = _script_job(name, _code(tmp_path, {"train.py": CALL_HOME}))
    body["Environment"] = {"OPENAMT_PORT": str(server.port)}
    body["EnableNetworkIsolation"] = isolated
    sm.create_training_job(**body)
    job = wait_training(sm, name)
    assert job["TrainingJobStatus"] == "Completed", job.get("FailureReason")
    assert job["EnableNetworkIsolation"] is isolated
    return dict(json.loads(_model_file(server, job, "call-home.json")))


def test_network_isolation_leaves_the_script_loopback_only(
    embedded: Server, tmp_path: Path
) -> None:
    # Without isolation the script reaches openamt's port: the test can tell the difference.
    shared = _call_home(embedded, tmp_path, isolated=False)
    assert shared.get("answer") == "HTTP/1.1 200 OK", shared

    isolated = _call_home(embedded, tmp_path, isolated=True)
    assert isolated["interfaces"] == ["lo"]
    assert isolated == {"interfaces": ["lo"], "error": "ECONNREFUSED"}


def test_a_tuning_jobs_definition_asks_for_network_isolation(
    embedded: Server, tmp_path: Path
) -> None:
    sm = aws_client(embedded.url)
    name = unique("sandbox-net-tuning")
    body = script_job(name, _code(tmp_path, {"train.py": CALL_HOME}), max_jobs=1, parallel=1)
    definition = body["TrainingJobDefinition"]
    definition["EnableNetworkIsolation"] = True
    definition["Environment"] = {"OPENAMT_PORT": str(embedded.port)}
    sm.create_hyper_parameter_tuning_job(**body)
    tuning = wait_done(sm, name)
    assert tuning["HyperParameterTuningJobStatus"] == "Completed", tuning
    (summary,) = sm.list_training_jobs_for_hyper_parameter_tuning_job(
        HyperParameterTuningJobName=name
    )["TrainingJobSummaries"]
    job = sm.describe_training_job(TrainingJobName=summary["TrainingJobName"])
    assert job["EnableNetworkIsolation"] is True
    record = json.loads(_model_file(embedded, job, "call-home.json"))
    assert record == {"interfaces": ["lo"], "error": "ECONNREFUSED"}


@as_root
def test_the_script_runs_as_a_user_of_its_own_that_root_only_files_refuse(
    embedded: Server, tmp_path: Path
) -> None:
    sm = aws_client(embedded.url)
    name = unique("sandbox-who")
    body = _script_job(name, _code(tmp_path, {"train.py": WHO}))
    # Beside the channel's data, in the directory the sandbox shows the job as it is: what it
    # can read there is decided by its uid alone.
    big = tmp_path / "big"
    _big_channel(body, big)
    (big / "public.txt").write_text("public")
    (big / "secret.txt").write_text("secret")
    (big / "secret.txt").chmod(0o600)
    sm.create_training_job(**body)
    job = wait_training(sm, name)
    assert job["TrainingJobStatus"] == "Completed", job.get("FailureReason")
    record = json.loads(_model_file(embedded, job, "who.json"))

    assert record["uid"] != 0 and record["gid"] == record["uid"], record
    assert record["groups"] in ([], [record["gid"]]), record  # no group of openamt's
    assert record["listed"] == ["big.bin", "public.txt", "secret.txt"]  # it sees the file
    assert record["read"] == {"public.txt": "public", "secret.txt": "EACCES"}
    # What it wrote is that uid's, and openamt (root) read it back for the model above.
    written = embedded.data_dir / "jobs" / name / "model" / "who.json"
    assert written.stat().st_uid == record["uid"]


@as_root
def test_built_in_xgboost_trains_in_its_tuning_jobs_sandbox(embedded: Server) -> None:
    """The built-in XGBoost's warm training host (a fork of the worker) has joined its tuning
    job's sandbox (_trainers_of_two_trials) and runs as a uid of its own, with no user
    namespace (root's sandbox has none)."""
    seen = _trainers_of_two_trials(embedded)
    for record in seen.values():
        assert record["uid"] >= JOB_UID_BASE
        assert record["ns"]["user"] == OUR_NAMESPACES["user"]  # the uid is the host's


def test_openamt_run_as_another_user_sandboxes_in_user_namespaces(tmp_path: Path) -> None:
    """Run by a user other than root, openamt has no uids to give its jobs: bwrap builds each
    sandbox in a user namespace of its own (unprivileged), and the built-in trainer joins that
    one before the others (workers/sandbox.Entry.join). Its trials and a script's complete;
    the trainer and the script are openamt's user, in a user namespace below openamt's."""
    server = Server(tmp_path / "data", env={"OPENAMT_SANDBOX": "bwrap"}, unprivileged=True)
    try:
        server.start()
        assert server.process is not None
        openamt = Path(f"/proc/{server.process.pid}")
        openamts = (openamt / "ns" / "user").stat().st_ino
        openamt_uid = int(_status_field(openamt / "status", "Uid").split()[0])  # as we see it
        seen = _trainers_of_two_trials(server)
        sm = aws_client(server.url)
        name = unique("unprivileged-script")
        sm.create_training_job(**_script_job(name, _code(tmp_path, {"train.py": NAMESPACED_WHO})))
        script = wait_training(sm, name)
    finally:
        server.stop()
    assert script["TrainingJobStatus"] == "Completed", script.get("FailureReason")
    log = (tmp_path / "data" / "logs" / f"{name}.log").read_text()
    [who] = [json.loads(line.split(" ", 1)[1]) for line in log.splitlines() if "WHO " in line]
    assert who["uid"] == 1000 and who["user namespace"] != openamts, who
    assert who["new user namespace"] == "EPERM", who
    for record in seen.values():
        assert record["uid"] == openamt_uid
        assert record["ns"]["user"] not in (openamts, OUR_NAMESPACES["user"]), record


NAMESPACED_WHO = """
import ctypes, errno, json, os
libc = ctypes.CDLL(None, use_errno=True)
made = libc.unshare(0x10000000) == 0  # CLONE_NEWUSER
who = {"uid": os.getuid(), "user namespace": os.stat("/proc/self/ns/user").st_ino,
       "new user namespace": "done" if made else errno.errorcode[ctypes.get_errno()]}
print("WHO " + json.dumps(who), flush=True)
"""


def _trainers_of_two_trials(server: Server) -> dict[int, dict[str, Any]]:
    """What the built-in trainer processes of a two-trial tuning job showed while they ran
    (_trainer), once both trials Completed: one host trained both (the relay that joined, and
    the host inside the sandbox's PID namespace), each in the sandbox's namespaces and none of
    ours, under the sandbox's system call filter, the data directory masked but for the
    channels, nothing of openamt's open."""
    name = unique("sandbox-builtin")
    body = xgboost_job(name, max_jobs=2, parallel=1, num_round=400)
    with server.client() as client:
        create(client, body)
        seen: dict[int, dict[str, Any]] = {}
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            for pid, uid in _trainers().items():
                with contextlib.suppress(OSError):  # between trials (an empty slot), or gone
                    seen.setdefault(pid, _trainer(pid, uid, server.data_dir))
            described = client.get(f"/v1/hyper-parameter-tuning-jobs/{name}").json()
            if described["HyperParameterTuningJobStatus"] != "InProgress":
                break
            time.sleep(0.05)
        described = wait_for(client, name)
        jobs = training_jobs(client, name)
    assert described["TrainingJobStatusCounters"]["Completed"] == 2, jobs
    assert len(seen) == 2, seen
    assert sum(r["ns"]["pid"] != OUR_NAMESPACES["pid"] for r in seen.values()) == 1, seen
    for record in seen.values():
        assert all(record["ns"][kind] != OUR_NAMESPACES[kind] for kind in JOINED), record
        assert record["seccomp"] == "2", record  # a filter (workers/syscall_filter.py)
        # The data directory's mask holds only the way to the channels' files in the store.
        assert record["data_dir"] == ["s3"] and record["store"] == ["train", "validation"]
        assert record["channels"] == ["train", "validation"], record
        assert record["open"] <= {"/dev/null", "socket", "pipe"}, record
    return seen


NAMESPACE_KINDS = ("user", "mnt", "pid", "pid_for_children", "ipc", "net")
JOINED = ("mnt", "pid_for_children", "ipc", "net")
OUR_NAMESPACES = {kind: os.stat(f"/proc/self/ns/{kind}").st_ino for kind in NAMESPACE_KINDS}


def _trainers() -> dict[int, int]:
    """The uids of the forks of a worker (multiprocessing's fork server's command line) that
    live in another mount namespace than ours: the built-in trainers in their sandboxes, not
    the workers themselves."""
    found = {}
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            command = (status.parent / "cmdline").read_bytes()
            if b"multiprocessing.forkserver" not in command:
                continue
            if (status.parent / "ns" / "mnt").stat().st_ino == OUR_NAMESPACES["mnt"]:
                continue
            found[int(status.parent.name)] = int(_status_field(status, "Uid").split()[0])
        except (OSError, StopIteration):
            continue
    return found


def _status_field(status: Path, name: str) -> str:
    return next(line for line in status.read_text().splitlines()
                if line.startswith(f"{name}:")).split(":", 1)[1].strip()  # fmt: skip


def _trainer(pid: int, uid: int, data_dir: Path) -> dict[str, Any]:
    proc = Path(f"/proc/{pid}")
    opened = set()
    for fd in (proc / "fd").iterdir():
        target = os.readlink(fd)
        opened.add(target.split(":")[0] if target.startswith(("socket:", "pipe:")) else target)
    root = proc / "root"
    return {
        "ns": {kind: (proc / "ns" / kind).stat().st_ino for kind in NAMESPACE_KINDS},
        "uid": uid,
        "seccomp": _status_field(proc / "status", "Seccomp"),
        "data_dir": sorted(os.listdir(root / str(data_dir).lstrip("/"))),
        "store": sorted(os.listdir(root / str(data_dir).lstrip("/") / "s3/test-bucket/fraud")),
        "channels": sorted(os.listdir(root / "opt/ml/input/data")),
        "open": opened,
    }


@as_root
def test_a_fork_bomb_fails_its_job_and_the_next_job_runs(embedded: Server, tmp_path: Path) -> None:
    workers = set(embedded.worker_pids())
    sm = aws_client(embedded.url)
    name = unique("sandbox-fork-bomb")
    sm.create_training_job(**_script_job(name, _code(tmp_path, {"train.py": FORK_BOMB})))
    job = wait_training(sm, name)

    assert job["TrainingJobStatus"] == "Failed"
    reason = job["FailureReason"]
    assert f"may run {PROCESS_CAP} at once (OPENAMT_TRAINING_MAX_PROCESSES)" in reason, reason
    assert "BlockingIOError" in reason, reason
    log = (embedded.data_dir / "logs" / f"{name}.log").read_text()
    # The script, the children it forked and the warm interpreter it was forked from
    # (workers/script_host.py): the cap counts this job's uid alone.
    assert f"forked {PROCESS_CAP - 2}" in log, log[-2000:]
    deadline = time.monotonic() + 10
    while _running(embedded, name):
        assert time.monotonic() < deadline, f"left behind: {_running(embedded, name)}"
        time.sleep(0.1)
    assert set(embedded.worker_pids()) == workers  # no worker died or was replaced

    after = unique("sandbox-after-bomb")
    body = _script_job(after, _code(tmp_path, {"train.py": ABSOLUTE_PATHS}), depth="1")
    sm.create_training_job(**body)
    assert wait_training(sm, after)["TrainingJobStatus"] == "Completed"


def test_links_the_job_leaves_where_openamt_reads_and_writes_are_not_followed(
    embedded: Server, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "secret.txt").write_text("not the job's")
    victim = tmp_path / "victim.txt"
    victim.write_text("untouched")
    sm = aws_client(embedded.url)
    name, packed = unique("sandbox-model-link"), unique("sandbox-archive-link")
    body = _script_job(name, _code(tmp_path, {"train.py": MODEL_LINK}))
    body["Environment"] = {"ELSEWHERE": str(elsewhere)}
    sm.create_training_job(**body)
    archive = _script_job(packed, _code(tmp_path, {"train.py": ARCHIVE_LINK}))
    archive["Environment"] = {"VICTIM": str(victim)}
    sm.create_training_job(**archive)

    # The archive is packed where the link was, never through it.
    done = wait_training(sm, packed)
    assert done["TrainingJobStatus"] == "Completed", done.get("FailureReason")
    assert _model_file(embedded, done, "model.txt") == b"model"
    assert victim.read_text() == "untouched"
    job = wait_training(sm, name)
    assert job["TrainingJobStatus"] == "Completed", job.get("FailureReason")
    # The link is gone and nothing of where it pointed was packed as the model.
    uri = job["ModelArtifacts"]["S3ModelArtifacts"]
    assert not (embedded.data_dir / "s3" / uri.removeprefix("s3://")).exists()
    assert not (embedded.data_dir / "jobs" / name / "model").exists()
    assert (elsewhere / "secret.txt").read_text() == "not the job's"


def _running(server: Server, name: str) -> list[int]:
    """The processes of training job `name` on `server`: those that name it in their
    environment, and the script a script host forked for it (the only one running there)."""
    assert server.process is not None
    return sorted({*job_processes(name), *hosted_scripts(server.process.pid)})


def test_without_the_sandbox_absolute_paths_fail_with_a_clear_message(
    tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> None:
    server = Server(tmp_path_factory.mktemp("no-sandbox") / "data", env={"OPENAMT_SANDBOX": "off"})
    server.start()
    try:
        sm = aws_client(server.url)
        name = unique("no-sandbox")
        body = _script_job(name, _code(tmp_path, {"run.sh": RUN_SH}))
        body["AlgorithmSpecification"]["ContainerEntrypoint"] = ["/bin/bash", "/opt/ml/code/run.sh"]
        sm.create_training_job(**body)
        job = wait_training(sm, name)
        assert job["TrainingJobStatus"] == "Failed"
        assert "/opt/ml/code/run.sh uses absolute /opt/ml paths" in job["FailureReason"]
        assert "without its own /opt/ml mount" in job["FailureReason"]

        # Network isolation needs the sandbox: refused at create, and nothing is stored.
        isolated = unique("no-sandbox-isolated")
        body = _script_job(isolated, _code(tmp_path, {"train.py": CALL_HOME}))
        with pytest.raises(ClientError) as refused:
            sm.create_training_job(**body, EnableNetworkIsolation=True)
        assert refused.value.response["Error"]["Code"] == "ValidationException"
        assert "EnableNetworkIsolation" in refused.value.response["Error"]["Message"]
        with pytest.raises(ClientError):
            sm.describe_training_job(TrainingJobName=isolated)
        tuning = script_job(unique("no-sandbox-tuning"), _code(tmp_path, {"train.py": CALL_HOME}))
        tuning["TrainingJobDefinition"]["EnableNetworkIsolation"] = True
        with pytest.raises(ClientError) as refused:
            sm.create_hyper_parameter_tuning_job(**tuning)
        message = refused.value.response["Error"]["Message"]
        assert message.startswith("TrainingJobDefinition.EnableNetworkIsolation:"), message
    finally:
        server.stop()


def test_a_sandbox_that_cannot_run_refuses_the_start_or_the_user_s_code(
    tmp_path: Path,
) -> None:
    """bwrap (required) refuses the start; auto, the default, starts and says so, trains the
    built-in XGBoost, and fails a script-mode job with the reason and the way out: user code
    runs unsandboxed only where the operator opts in (OPENAMT_SANDBOX=off)."""
    # No bwrap on this PATH: what a machine without bubblewrap looks like to openamt.
    env = {
        **os.environ,
        "PATH": str(Path(sys.executable).parent),
        "OPENAMT_DATA_DIR": str(tmp_path / "data"),
        "OPENAMT_SANDBOX": "bwrap",
    }
    refused = subprocess.run(
        [sys.executable, "-m", "app.cli", "serve", "--port", "1", "--workers", "1"],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert refused.returncode == 2
    assert "OPENAMT_SANDBOX=bwrap, but bubblewrap (bwrap) is not installed" in refused.stderr
    assert not (tmp_path / "data" / "openamt.db").exists()  # refused before anything was made

    server = Server(
        tmp_path / "auto" / "data", workers=1, env={"PATH": env["PATH"], "OPENAMT_SANDBOX": "auto"}
    )
    server.start()
    try:
        sm = aws_client(server.url)
        script = unique("no-sandbox")
        sm.create_training_job(**_script_job(script, _code(tmp_path, {"train.py": "print(1)"})))
        builtin = unique("no-sandbox-builtin")
        sm.create_training_job(**training_job(builtin))
        refused = wait_training(sm, script)
        trained = wait_training(sm, builtin)
    finally:
        server.stop()
    text = server.log_path.read_text()
    assert "model servers run only sandboxed, and the sandbox cannot run here: bubblewrap" in text
    assert refused["TrainingJobStatus"] == "Failed"
    reason = refused["FailureReason"]
    assert reason.startswith("ClientError: this worker runs user code only in its sandbox"), reason
    assert "bubblewrap (bwrap) is not installed" in reason and "OPENAMT_SANDBOX=off" in reason
    assert trained["TrainingJobStatus"] == "Completed", trained.get("FailureReason")


@pytest.mark.parametrize("scratch", ["/tmp", "/dev/shm"])
def test_the_private_tmp_and_shm_are_held_to_their_size(tmp_path: Path, scratch: str) -> None:
    """Both are memory (tmpfs) that the volume check does not count: past
    OPENAMT_TRAINING_TMP_MB a write gets ENOSPC, as a full disk gives, and what fits is kept."""
    from workers.sandbox import Sandbox

    job_dir = tmp_path / "job"
    job_dir.mkdir()
    box = Sandbox(job_dir, tmp_path / "data", tmp_bytes=4 * 1024 * 1024)
    write = (
        f"head -c 3000000 /dev/zero > {scratch}/fits && head -c 8000000 /dev/zero > {scratch}/big"
    )
    argv = ["sh", "-c", f"{write}; echo rc=$?; ls -s {scratch}"]
    with box.command(argv, cwd=job_dir) as (command, inherited):
        done = subprocess.run(command, pass_fds=inherited, capture_output=True, text=True,
                              timeout=60, check=False)  # fmt: skip
    assert "No space left on device" in done.stderr, done.stderr
    assert "rc=1" in done.stdout and "fits" in done.stdout, done.stdout
