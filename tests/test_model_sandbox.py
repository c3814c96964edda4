"""Model servers of endpoints in their sandbox (workers/model_hosts.py, workers/sandbox.py),
against a live openamt with OPENAMT_SANDBOX=bwrap: a model's inference code tries to read the
database, another endpoint's model (its unpacked copy and its archive in the object store),
and lists /proc; the invocation answers with what it found.

  * the database and the other model are not there; the data directory shows nothing;
  * only the server's own processes are visible (bwrap's init and itself);
  * it sees its own model at /opt/ml/model, read-only, and its code where SageMaker's serving
    containers put it (/opt/ml/model/code from the archive, /opt/ml/code from
    SAGEMAKER_SUBMIT_DIRECTORY); /tmp is its own, writable up to OPENAMT_TRAINING_TMP_MB;
  * as root, it runs as a uid of its own, and root-only files stay unreadable;
  * the network is reachable, unless the model asked for EnableNetworkIsolation; a server
    without the sandbox refuses to deploy such a model (the endpoint Fails);
  * where the sandbox cannot run and the operator has not turned it off, a script model is
    not deployed: its endpoint Fails with the reason and the way out.
"""

from __future__ import annotations

import io
import json
import os
import sys
import tarfile
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support import scripts
from tests.support.jobs import unique, wait_endpoint
from tests.support.servers import Server, alive, aws_client, children

pytestmark = pytest.mark.services  # starts openamt itself (see conftest)

ROLE = "arn:aws:iam::123456789012:role/SageMakerRole"
IMAGE = "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.1-cpu"
TMP_MB = 8  # the sandboxed servers' /tmp; the probe writes 16 MiB there

# What every model here serves: a report of what its server could see and do.
PROBE = (
    scripts.ATTEMPT
    + """
import errno, json, os, socket, sqlite3, sys

def read(path):
    with open(path, "rb") as f:
        f.read(16)

def write(path):
    with open(path, "w") as f:
        f.write("x")

def fill(path):
    with open(path, "wb") as f:
        for _ in range(16):
            f.write(b"t" * (1024 * 1024))
            f.flush()

def connect():
    with socket.create_connection(("127.0.0.1", int(os.environ["API_PORT"])), timeout=5):
        pass

def cmdline(pid):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().replace(b"\\0", b" ").decode().strip()
    except OSError:  # it ended meanwhile
        return None

def model_fn(model_dir):
    with open(os.path.join(model_dir, "model.json")) as f:
        return {"dir": model_dir, "model": json.load(f)}

def input_fn(body, content_type):
    return body

def predict_fn(data, model):
    env = os.environ
    data_dir = env["DATA_DIR"]
    visible = sorted(int(p) for p in os.listdir("/proc") if p.isdigit())
    return {
        "model": model,
        "code": os.path.abspath(__file__),
        "sm_model_dir": env["SM_MODEL_DIR"],
        "uid": os.getuid(),
        "self": os.getpid(),
        "processes": {str(pid): cmdline(pid) for pid in visible},
        "database": attempt(lambda: read(data_dir + "/openamt.db")),
        "optuna": attempt(lambda: read(data_dir + "/optuna.db")),
        "sqlite": attempt(lambda: sqlite3.connect(f"file:{data_dir}/openamt.db?mode=ro",
                                                  uri=True).execute("select 1").fetchall()),
        "listing": sorted(os.listdir(data_dir)) if os.path.isdir(data_dir) else None,
        "other model": attempt(lambda: read(env["OTHER_MODEL"])),
        "other archive": attempt(lambda: read(env["OTHER_ARCHIVE"])),
        "shadow": attempt(lambda: read("/etc/shadow")),
        "write model": attempt(lambda: write("/opt/ml/model/probe.txt")),
        "write tmp": attempt(lambda: write("/tmp/probe.txt")),
        "fill tmp": attempt(lambda: fill("/tmp/fill.bin")),
        "network": attempt(connect),
    }

def output_fn(prediction, accept):
    return json.dumps(prediction), "application/json"
"""
)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    data_dir = tmp_path_factory.mktemp("model-sandbox") / "data"
    env = {"OPENAMT_SANDBOX": "bwrap", "OPENAMT_TRAINING_TMP_MB": str(TMP_MB)}
    instance = Server(data_dir, workers=1, env=env).start()
    yield instance
    instance.stop()


def _archive(data_dir: Path, name: str, *, secret: str, code: str | None) -> str:
    """s3://test-bucket/models/<name>.tar.gz holding model.json (and code/inference.py, where
    the SageMaker SDK's repack puts it)."""
    path = data_dir / "s3" / "test-bucket" / "models" / f"{name}.tar.gz"
    path.parent.mkdir(parents=True, exist_ok=True)
    members = {"model.json": json.dumps({"secret": secret})}
    if code is not None:
        members["code/inference.py"] = code
    with tarfile.open(path, "w:gz") as tar:
        for member, text in members.items():
            payload = text.encode()
            info = tarfile.TarInfo(member)
            info.size = len(payload)
            info.mode = 0o600  # the server's own uid reads it all the same
            tar.addfile(info, io.BytesIO(payload))
    return f"s3://test-bucket/models/{name}.tar.gz"


def _deploy(sm: Any, container: dict[str, Any], *, isolated: bool = False) -> str:
    model = unique("sandboxed")
    sm.create_model(
        ModelName=model,
        PrimaryContainer=container,
        ExecutionRoleArn=ROLE,
        EnableNetworkIsolation=isolated,
    )
    sm.create_endpoint_config(
        EndpointConfigName=model,
        ProductionVariants=[
            {"VariantName": "AllTraffic", "ModelName": model, "InitialInstanceCount": 1,
             "InstanceType": "ml.m5.large"}
        ],
    )  # fmt: skip
    sm.create_endpoint(EndpointName=model, EndpointConfigName=model)
    return model


def _invoke(server: Server, endpoint: str) -> dict[str, Any]:
    runtime = aws_client(server.url, "sagemaker-runtime")
    answer = runtime.invoke_endpoint(
        EndpointName=endpoint, ContentType="application/json", Body=b"{}"
    )
    return json.loads(answer["Body"].read())  # type: ignore[no-any-return]


def _probe_environment(server: Server, other_model: Path, other_archive: str) -> dict[str, str]:
    return {
        "DATA_DIR": str(server.data_dir),
        "OTHER_MODEL": str(other_model),
        "OTHER_ARCHIVE": str(server.data_dir / "s3" / other_archive.removeprefix("s3://")),
        "API_PORT": str(server.port),
    }


@pytest.fixture(scope="module")
def victim(served: Server, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path, str]:
    """An endpoint whose code comes from SAGEMAKER_SUBMIT_DIRECTORY: its endpoint, the host
    path of its unpacked model and its archive's URI."""
    code = tmp_path_factory.mktemp("victim-code")
    (code / "inference.py").write_text(textwrap.dedent(PROBE))
    archive = _archive(served.data_dir, unique("victim"), secret="victim's", code=None)
    sm = aws_client(served.url, "sagemaker")
    endpoint = _deploy(
        sm,
        {
            "Image": IMAGE,
            "ModelDataUrl": archive,
            "Environment": {
                "SAGEMAKER_PROGRAM": "inference.py",
                "SAGEMAKER_SUBMIT_DIRECTORY": f"file://{code}",
                "OTHER_MODEL": "/nowhere",
                "OTHER_ARCHIVE": "/nowhere",
                "DATA_DIR": str(served.data_dir),
                "API_PORT": str(served.port),
            },
        },
    )
    assert wait_endpoint(sm, endpoint)["EndpointStatus"] == "InService"
    (model_file,) = served.data_dir.glob(f"endpoints/{endpoint}*/AllTraffic/model/model.json")
    return endpoint, model_file, archive


def test_a_model_server_sees_its_own_model_only(
    served: Server, victim: tuple[str, Path, str]
) -> None:
    victim_endpoint, victim_model, victim_archive = victim
    # What the probes must not reach is there on the host.
    assert (served.data_dir / "openamt.db").is_file()
    assert victim_model.is_file()
    assert (served.data_dir / "s3" / victim_archive.removeprefix("s3://")).is_file()

    sm = aws_client(served.url, "sagemaker")
    archive = _archive(served.data_dir, unique("prober"), secret="mine", code=PROBE)
    environment = _probe_environment(served, victim_model, victim_archive)
    endpoint = _deploy(sm, {"Image": IMAGE, "ModelDataUrl": archive, "Environment": environment})
    described = wait_endpoint(sm, endpoint)
    assert described["EndpointStatus"] == "InService", described.get("FailureReason")

    found = _invoke(served, endpoint)
    # Its own model and code, where SageMaker's serving containers have them.
    assert found["model"] == {"dir": "/opt/ml/model", "model": {"secret": "mine"}}
    assert found["sm_model_dir"] == "/opt/ml/model"
    assert found["code"] == "/opt/ml/model/code/inference.py"
    assert found["write model"] == "EROFS"
    assert found["write tmp"] == "done"
    assert found["fill tmp"] == "ENOSPC"  # /tmp is memory, held to OPENAMT_TRAINING_TMP_MB
    # Nothing of the data directory: no database, no other model, not even a listing.
    assert found["database"] == "ENOENT"
    assert found["optuna"] == "ENOENT"
    assert found["sqlite"] == "OperationalError"
    assert found["listing"] == []
    assert found["other model"] == "ENOENT"
    assert found["other archive"] == "ENOENT"
    # Its own PID namespace: bwrap's init and the server itself, nothing else.
    processes = found["processes"]
    assert set(processes) == {"1", str(found["self"])}, processes
    assert processes["1"].startswith("bwrap")
    assert "model_server.py script /opt/ml/model" in processes[str(found["self"])]
    # Not isolated: the network is the host's.
    assert found["network"] == "done"
    if os.geteuid() == 0:  # a uid of its own, so root's own files stay closed
        assert found["uid"] != 0
        assert found["shadow"] == "EACCES"

    # The other endpoint still answers, from code installed at /opt/ml/code.
    its_own = _invoke(served, victim_endpoint)
    assert its_own["model"] == {"dir": "/opt/ml/model", "model": {"secret": "victim's"}}
    assert its_own["code"] == "/opt/ml/code/inference.py"
    if os.geteuid() == 0:
        assert its_own["uid"] not in (0, found["uid"])
    for name in (endpoint, victim_endpoint):
        sm.delete_endpoint(EndpointName=name)


def test_a_model_server_outlives_the_thread_that_started_it(
    served: Server, victim: tuple[str, Path, str]
) -> None:
    """The deploy thread that started the server ends once the endpoint is InService; the
    server (bwrap, whose command line names the endpoint's directory) must live on, not be
    killed by a parent-death signal that follows that thread, and answer the invocation."""
    sm = aws_client(served.url, "sagemaker")
    archive = _archive(served.data_dir, unique("lasting"), secret="kept", code=PROBE)
    environment = _probe_environment(served, victim[1], victim[2])
    endpoint = _deploy(sm, {"Image": IMAGE, "ModelDataUrl": archive, "Environment": environment})
    assert wait_endpoint(sm, endpoint)["EndpointStatus"] == "InService"
    assert served.process is not None
    started = children(served.process.pid, command=f"/endpoints/{endpoint}-")
    assert len(started) == 1
    time.sleep(2)  # the deploy thread has ended by now
    assert alive(started[0])
    assert _invoke(served, endpoint)["model"]["model"] == {"secret": "kept"}
    assert children(served.process.pid, command=f"/endpoints/{endpoint}-") == started
    sm.delete_endpoint(EndpointName=endpoint)


def test_enable_network_isolation_leaves_the_model_loopback_only(
    served: Server, victim: tuple[str, Path, str]
) -> None:
    sm = aws_client(served.url, "sagemaker")
    archive = _archive(served.data_dir, unique("isolated"), secret="alone", code=PROBE)
    environment = _probe_environment(served, victim[1], victim[2])
    endpoint = _deploy(
        sm, {"Image": IMAGE, "ModelDataUrl": archive, "Environment": environment}, isolated=True
    )
    described = wait_endpoint(sm, endpoint)
    assert described["EndpointStatus"] == "InService", described.get("FailureReason")
    found = _invoke(served, endpoint)
    assert found["model"]["model"] == {"secret": "alone"}
    # The API listens on the host's loopback; the model's own loopback has no one there.
    assert found["network"] == "ECONNREFUSED"
    sm.delete_endpoint(EndpointName=endpoint)


def test_without_the_sandbox_an_isolated_model_is_not_deployed(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    data_dir = tmp_path_factory.mktemp("no-model-sandbox") / "data"
    server = Server(data_dir, workers=1, env={"OPENAMT_SANDBOX": "off"}).start()
    try:
        sm = aws_client(server.url, "sagemaker")
        archive = _archive(data_dir, unique("isolated"), secret="s", code=PROBE)
        container = {"Image": IMAGE, "ModelDataUrl": archive}
        refused = _deploy(sm, container, isolated=True)
        described = wait_endpoint(sm, refused)
        assert described["EndpointStatus"] == "Failed"
        assert "EnableNetworkIsolation" in described["FailureReason"]
        assert "without a sandbox" in described["FailureReason"]
        # The same model without the flag serves, unsandboxed: it sees the host's paths.
        environment = {"DATA_DIR": str(data_dir), "OTHER_MODEL": "/nowhere",
                       "OTHER_ARCHIVE": "/nowhere", "API_PORT": str(server.port)}  # fmt: skip
        plain = _deploy(sm, {**container, "Environment": environment})
        assert wait_endpoint(sm, plain)["EndpointStatus"] == "InService"
        found = _invoke(server, plain)
        assert found["database"] == "done"
        assert found["sm_model_dir"] != "/opt/ml/model"
    finally:
        server.stop()


def test_where_the_sandbox_cannot_run_a_script_model_is_refused_with_the_way_out(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """OPENAMT_SANDBOX=auto (the default) with no bubblewrap on the PATH: the model's inference
    code is user code, so its endpoint fails naming the reason and OPENAMT_SANDBOX=off."""
    data_dir = tmp_path_factory.mktemp("no-bwrap-model") / "data"
    env = {"PATH": str(Path(sys.executable).parent), "OPENAMT_SANDBOX": "auto"}
    server = Server(data_dir, workers=1, env=env).start()
    try:
        sm = aws_client(server.url, "sagemaker")
        archive = _archive(data_dir, unique("no-bwrap"), secret="s", code=PROBE)
        endpoint = _deploy(sm, {"Image": IMAGE, "ModelDataUrl": archive})
        described = wait_endpoint(sm, endpoint)
    finally:
        server.stop()
    assert described["EndpointStatus"] == "Failed"
    reason = described["FailureReason"]
    assert "inference code cannot run" in reason and "only in its sandbox" in reason, reason
    assert "bubblewrap (bwrap) is not installed" in reason and "OPENAMT_SANDBOX=off" in reason
