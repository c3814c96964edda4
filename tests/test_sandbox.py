"""Script-mode jobs in their own /opt/ml (workers/sandbox.py, bubblewrap), against a live
openamt through unmodified boto3: a script that names SageMaker's absolute /opt/ml paths
completes and its model holds what it wrote; a ContainerEntrypoint under /opt/ml/code runs;
the script sees only its own processes, cannot write outside /opt/ml and /tmp (a small channel
is its own copy, a large one read-only), nor read the data directory; a stop kills the whole
tree, a process that left the group included, and so does a worker killed with -9; with
OPENAMT_SANDBOX=off the same absolute paths fail with their clear message; bwrap required but
missing refuses the start, auto warns."""

from __future__ import annotations

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

from tests.support.jobs import SCRIPT_IMAGE, training_job, unique, wait_training
from tests.support.servers import ROOT, Server, Stack, aws_client, children, job_processes

pytestmark = pytest.mark.services  # starts openamt itself (see conftest)

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


def _model_file(server: Server, job: dict[str, Any], member: str) -> bytes:
    uri = job["ModelArtifacts"]["S3ModelArtifacts"]
    with tarfile.open(server.data_dir / "s3" / uri.removeprefix("s3://")) as tar:
        extracted = tar.extractfile(member)
        assert extracted is not None
        return extracted.read()


@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    instance = Server(tmp_path_factory.mktemp("sandbox") / "data", env={"OPENAMT_SANDBOX": "bwrap"})
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
    big.mkdir()
    with open(big / "big.bin", "wb") as f:
        f.truncate(17 * 1024 * 1024)  # over the 16 MiB a channel is copied up to (sparse)
    body["InputDataConfig"].append(
        {
            "ChannelName": "big",
            "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": f"file://{big}"}},
        }
    )
    stored = embedded.data_dir / "s3" / "test-bucket" / "fraud" / "train" / "data.csv"
    before = stored.read_bytes(), stored.stat().st_mode
    sm.create_training_job(**body)
    job = wait_training(sm, name)
    assert job["TrainingJobStatus"] == "Completed", job.get("FailureReason")
    record = json.loads(_model_file(embedded, job, "probes.json"))

    # bwrap's init as PID 1 and the script: none of openamt's or the machine's processes.
    assert record["pids"] == [1, record["self"]], record["commands"]
    assert record["commands"][0] == "bwrap"
    assert record["commands"][1] == sys.executable
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
    assert embedded.process is not None
    workers = children(embedded.process.pid)
    assert any(children(worker, command="bwrap") for worker in workers)
    running = job_processes(name)
    # bwrap, the namespace's init, the script, its child and the grandchild of its own session
    assert len(running) == 5, running

    sm.stop_training_job(TrainingJobName=name)
    job = wait_training(sm, name, ("Stopped",), timeout=60)
    assert job["SecondaryStatus"] == "Stopped"
    deadline = time.monotonic() + 10
    while job_processes(name):
        assert time.monotonic() < deadline, f"left behind: {job_processes(name)}"
        time.sleep(0.1)
    assert not any(children(worker, command="bwrap") for worker in children(embedded.process.pid))


def test_a_killed_worker_takes_its_sandboxed_job_with_it(embedded: Server, tmp_path: Path) -> None:
    sm = aws_client(embedded.url)
    name = unique("sandbox-worker-killed")
    sm.create_training_job(**_script_job(name, _code(tmp_path, {"train.py": ESCAPER})))
    log = embedded.data_dir / "logs" / f"{name}.log"
    deadline = time.monotonic() + 60
    while not (log.exists() and "started validation:accuracy=0.5" in log.read_text()):
        assert time.monotonic() < deadline, "the script never started"
        time.sleep(0.1)
    running = job_processes(name)
    assert len(running) == 5, running
    parents = {pid: _parent(pid) for pid in running}
    (worker,) = {parent for parent in parents.values() if parent not in parents}

    os.kill(worker, signal.SIGKILL)  # bwrap's parent-death signal, then --die-with-parent
    deadline = time.monotonic() + 10
    while job_processes(name):
        assert time.monotonic() < deadline, f"left behind: {job_processes(name)}"
        time.sleep(0.1)
    job = wait_training(sm, name, timeout=90)
    assert job["TrainingJobStatus"] == "Failed"
    assert "stopped responding" in job["FailureReason"]


def _parent(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])


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
    finally:
        server.stop()


def test_a_required_sandbox_that_cannot_run_refuses_the_start_and_auto_warns(
    tmp_path: Path,
) -> None:
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
    server.stop()
    text = server.log_path.read_text()
    assert "script-mode training jobs run without a sandbox: bubblewrap (bwrap) is not" in text
