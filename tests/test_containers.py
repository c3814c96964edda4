"""Bring your own container (workers/algorithms/container.py) against a live embedded openamt
and the machine's Docker engine, through unmodified boto3. The images are built here from
busybox-static (tests/support/images.py): a shell-script algorithm that reads
hyperparameters.json, prints a metric line per epoch and writes its model.

What is checked: the job sees SageMaker's /opt/ml (hyperparameters as strings, the config
files, a channel's file, its Environment, `train` as the argument) and its model arrives as
model.tar.gz; metrics are read while it runs (a stop mid-run keeps the epochs seen so far and
removes the container); /opt/ml/output/failure becomes the FailureReason; with
EnableNetworkIsolation the container has no route to the host, which it reaches without; an
image the engine does not hold is refused at create; an image that ignores SIGTERM is still
stopped, and so is one past MaxRuntimeInSeconds; a worker killed with -9 leaves no container
once the sweep ran (embedded and distributed); a tuning job's training jobs run as containers,
a stop of the tuning job removes them all, and Hyperband stops each mid-training;
ContainerEntrypoint and ContainerArguments replace `train`; an image that exits at once
fails, one whose log has no end is cut and its metrics still read, one that fills its volume
fails out of disk; a spot job finds its checkpoints and leaves new ones; a server without an
engine refuses a container image at create, saying why.

Where no Docker engine runs these tests fail (tests/support/images.require_engine): CI
starts dockerd (.ci/run).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import tarfile
import threading
import time
from collections.abc import Iterator
from typing import Any

import docker
import pytest
from botocore.exceptions import ClientError

from tests.support import images
from tests.support.jobs import training_job, unique, wait_done, wait_training, xgboost_job
from tests.support.servers import Server, Stack, aws_client, free_port

pytestmark = pytest.mark.services

STOP_SECONDS = 3  # the server's OPENAMT_CONTAINER_STOP_SECONDS
MAX_LOG_BYTES = 1_000_000  # its OPENAMT_MAX_LOG_BYTES
CONFIGURED = "openamt-test/configured-*"  # its OPENAMT_CONTAINER_IMAGES

# The algorithm: `train` (SageMaker's argument) runs this. Behaviour by hyperparameter:
# epochs, sleep (seconds an epoch), eta (the loss is eta / epoch), mode (exit-now, fail,
# ignore-term, call-home, flood, fill), reason (of a failure), host and port (to call).
TRAIN = r"""#!/bin/sh
cfg=/opt/ml/input/config
hp() { sed -n "s/^ *\"$1\": \"\(.*\)\",\{0,1\}$/\1/p" "$cfg/hyperparameters.json"; }
[ "$(hp mode)" = exit-now ] && exit 3
epochs=$(hp epochs); epochs=${epochs:-3}
pause=$(hp sleep); pause=${pause:-0}
eta=$(hp eta); eta=${eta:-1}
mode=$(hp mode)
echo "program: $0 args: $*"
echo "hyperparameters: $(tr -d ' \n' < $cfg/hyperparameters.json)"
echo "resourceconfig: $(tr -d ' \n' < $cfg/resourceconfig.json)"
echo "inputdataconfig: $(tr -d ' \n' < $cfg/inputdataconfig.json)"
for f in /opt/ml/input/data/*/*; do echo "channel file $f: $(head -n 1 "$f")"; done
echo "environment: GREETING=$GREETING TRAINING_JOB_NAME=$TRAINING_JOB_NAME"
echo "interfaces: $(ls /sys/class/net | tr '\n' ' ')"
if [ "$mode" = call-home ]; then
  reply=$(nc -w 5 "$(hp host)" "$(hp port)" < /dev/null 2>&1)
  echo "call-home: $reply"
fi
[ "$mode" = flood ] && yes "a line of a log without end" | head -c 3000000
if [ "$mode" = fill ]; then
  dd if=/dev/zero of=/opt/ml/output/data/fill bs=1M count=1100 2>&1
  sleep 60
fi
ckpt=${SM_CHECKPOINT_DIR:-/opt/ml/checkpoints}
if [ -d "$ckpt" ]; then
  echo "restored into $ckpt: $(cat "$ckpt/state.txt" 2>/dev/null)"
  echo "epochs $epochs" > "$ckpt/state.txt"
fi
if [ "$mode" = ignore-term ]; then trap '' TERM; else trap 'echo terminated; exit 143' TERM; fi
i=1
while [ "$i" -le "$epochs" ]; do
  echo "epoch=$i loss=$(awk "BEGIN {print $eta / $i}")"
  sleep "$pause"
  i=$((i + 1))
done
cp "$cfg/hyperparameters.json" /opt/ml/model/model.txt
if [ "$mode" = fail ]; then
  echo "$(hp reason)" > /opt/ml/output/failure
  exit 1
fi
"""

METRICS = [{"Name": "loss", "Regex": r"loss=([0-9\.]+)"}]
IMAGE = images.algorithm(TRAIN)  # the `image` fixture's (tests/conftest.py)


@pytest.fixture(scope="module")
def server(
    tmp_path_factory: pytest.TempPathFactory, engine: docker.DockerClient
) -> Iterator[Server]:
    instance = Server(
        tmp_path_factory.mktemp("containers") / "data",
        workers=2,
        env={
            "OPENAMT_CONTAINER_STOP_SECONDS": str(STOP_SECONDS),
            "OPENAMT_MAX_LOG_BYTES": str(MAX_LOG_BYTES),
            "OPENAMT_CONTAINER_IMAGES": CONFIGURED,
        },
    )
    instance.start()
    yield instance
    instance.stop()


@pytest.fixture(scope="module")
def sm(server: Server) -> Any:
    return aws_client(server.url)


def container_job(
    name: str, image: str, hyperparameters: dict[str, str], **extra: Any
) -> dict[str, Any]:
    body = training_job(name, image=image, hyperparameters=hyperparameters, **extra)
    body["AlgorithmSpecification"]["MetricDefinitions"] = METRICS
    return body


def containers_of(engine: docker.DockerClient, name: str) -> list[Any]:
    return engine.containers.list(all=True, filters={"label": f"openamt.training-job={name}"})


def wait_for(what: str, check: Any, timeout: float = 60) -> Any:
    deadline = time.monotonic() + timeout
    while not (found := check()):
        assert time.monotonic() < deadline, f"not within {timeout} s: {what}"
        time.sleep(0.2)
    return found


def job_log(server: Server, name: str) -> str:
    path = server.data_dir / "logs" / f"{name}.log"
    return path.read_text() if path.exists() else ""


def model_files(server: Server, described: dict[str, Any]) -> dict[str, bytes]:
    uri = described["ModelArtifacts"]["S3ModelArtifacts"]
    path = server.data_dir / "s3" / uri.removeprefix("s3://")
    with tarfile.open(path) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}  # type: ignore[union-attr]


def test_the_image_sees_sagemakers_opt_ml_and_its_model_is_packed(
    server: Server, sm: Any, image: str, engine: docker.DockerClient
) -> None:
    name = unique("byoc-ok")
    sm.create_training_job(
        **container_job(name, image, {"epochs": "3", "depth": "4"}, Environment={"GREETING": "hi"})
    )
    described = wait_training(sm, name)
    log = job_log(server, name)
    assert described["TrainingJobStatus"] == "Completed", (described.get("FailureReason"), log)
    assert "program: /usr/bin/train args: \n" in log  # `train`, as SageMaker runs an image
    assert 'hyperparameters: {"depth":"4","epochs":"3"}' in log
    assert '"current_host":"algo-1"' in log and '"hosts":["algo-1"]' in log
    assert '"train":{"ContentType":"text/csv","RecordWrapperType":"None"' in log
    first = (server.data_dir / "s3/test-bucket/fraud/train/data.csv").read_text().splitlines()[0]
    assert f"channel file /opt/ml/input/data/train/data.csv: {first}" in log
    assert f"environment: GREETING=hi TRAINING_JOB_NAME={name}" in log
    final = {m["MetricName"]: m["Value"] for m in described["FinalMetricDataList"]}
    assert final == {"loss": pytest.approx(1 / 3, abs=1e-4)}
    assert json.loads(model_files(server, described)["model.txt"]) == {"depth": "4", "epochs": "3"}
    assert containers_of(engine, name) == []


def test_a_stop_mid_run_keeps_the_metrics_read_so_far_and_removes_the_container(
    server: Server, sm: Any, image: str, engine: docker.DockerClient
) -> None:
    name = unique("byoc-stop")
    sm.create_training_job(**container_job(name, image, {"epochs": "300", "sleep": "0.2"}))
    wait_for("epoch 5 in the log", lambda: "epoch=5 " in job_log(server, name))
    assert len(containers_of(engine, name)) == 1
    sm.stop_training_job(TrainingJobName=name)
    described = wait_training(sm, name)
    assert described["TrainingJobStatus"] == "Stopped", described.get("FailureReason")
    log = job_log(server, name)
    assert "terminated" in log  # SIGTERM first, which the script answered
    assert "epoch=300 " not in log
    [loss] = [m["Value"] for m in described["FinalMetricDataList"] if m["MetricName"] == "loss"]
    last_epoch = max(int(line.split()[0].split("=")[1]) for line in log.splitlines()
                     if line.startswith("epoch="))  # fmt: skip
    assert loss == pytest.approx(1 / last_epoch, abs=1e-4)
    wait_for("the container removed", lambda: containers_of(engine, name) == [])


def test_the_failure_file_is_the_failure_reason(server: Server, sm: Any, image: str) -> None:
    name = unique("byoc-fail")
    reason = "the data has no label column"
    sm.create_training_job(**container_job(name, image, {"mode": "fail", "reason": reason}))
    described = wait_training(sm, name)
    assert described["TrainingJobStatus"] == "Failed"
    assert described["FailureReason"] == reason


def test_an_image_that_ignores_sigterm_is_still_stopped(
    server: Server, sm: Any, image: str, engine: docker.DockerClient
) -> None:
    name = unique("byoc-stubborn")
    body = container_job(name, image, {"epochs": "300", "sleep": "0.2", "mode": "ignore-term"})
    sm.create_training_job(**body)
    wait_for("epoch 2 in the log", lambda: "epoch=2 " in job_log(server, name))
    sm.stop_training_job(TrainingJobName=name)
    described = wait_training(sm, name, timeout=60)
    assert described["TrainingJobStatus"] == "Stopped", described.get("FailureReason")
    assert "terminated" not in job_log(server, name)
    wait_for("the container removed", lambda: containers_of(engine, name) == [])


def test_max_runtime_stops_the_container(
    server: Server, sm: Any, image: str, engine: docker.DockerClient
) -> None:
    name = unique("byoc-runtime")
    body = container_job(name, image, {"epochs": "300", "sleep": "0.2"}, max_runtime=2)
    sm.create_training_job(**body)
    described = wait_training(sm, name, timeout=60)
    assert described["TrainingJobStatus"] == "Stopped", described.get("FailureReason")
    assert described["SecondaryStatus"] == "MaxRuntimeExceeded"
    wait_for("the container removed", lambda: containers_of(engine, name) == [])


@pytest.fixture
def listener() -> Iterator[int]:
    """A TCP port on every address of the host that answers `hello` to whoever connects."""
    port = free_port()
    sock = socket.create_server(("0.0.0.0", port))
    sock.settimeout(0.5)
    done = threading.Event()

    def serve() -> None:
        while not done.is_set():
            try:
                connection, _ = sock.accept()
            except TimeoutError:
                continue
            with connection:
                connection.sendall(b"hello\n")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield port
    done.set()
    thread.join(5)
    sock.close()


def bridge_gateway(engine: docker.DockerClient) -> str:
    """The host's address on the engine's default bridge (docker0)."""
    config = engine.networks.get("bridge").attrs["IPAM"]["Config"][0]
    if config.get("Gateway"):
        return str(config["Gateway"])
    base = config["Subnet"].split("/")[0].rsplit(".", 1)[0]
    return f"{base}.1"


@pytest.mark.parametrize("isolated", [False, True], ids=["networked", "isolated"])
def test_network_isolation_leaves_the_container_no_route_to_the_host(
    server: Server, sm: Any, image: str, engine: docker.DockerClient, listener: int, isolated: bool
) -> None:
    name = unique("byoc-net")
    hyperparameters = {"mode": "call-home", "host": bridge_gateway(engine), "port": str(listener)}
    body = container_job(name, image, hyperparameters, EnableNetworkIsolation=isolated)
    sm.create_training_job(**body)
    described = wait_training(sm, name)
    assert described["TrainingJobStatus"] == "Completed", described.get("FailureReason")
    log = job_log(server, name)
    if isolated:
        assert "interfaces: lo " in log.splitlines()
        assert "call-home: hello" not in log
        assert "unreachable" in log.lower()
    else:
        assert "eth0" in next(line for line in log.splitlines() if line.startswith("interfaces:"))
        assert "call-home: hello" in log


def test_an_image_the_engine_lacks_is_refused_at_create(sm: Any) -> None:
    absent = "openamt-test/absent:never-built"
    with pytest.raises(ClientError) as refused:
        sm.create_training_job(**container_job(unique("byoc-absent"), absent, {"epochs": "1"}))
    error = refused.value.response["Error"]
    assert error["Code"] == "ValidationException"
    assert absent in error["Message"] and "has no image" in error["Message"]

    job = xgboost_job(unique("byoc-absent-tuning"))
    job["TrainingJobDefinition"]["AlgorithmSpecification"] = {
        "TrainingImage": absent,
        "TrainingInputMode": "File",
        "MetricDefinitions": METRICS,
    }
    job["TrainingJobDefinition"]["StaticHyperParameters"] = {}
    job["HyperParameterTuningJobConfig"]["HyperParameterTuningJobObjective"] = {
        "Type": "Minimize",
        "MetricName": "loss",
    }
    with pytest.raises(ClientError) as refused:
        sm.create_hyper_parameter_tuning_job(**job)
    error = refused.value.response["Error"]
    assert error["Code"] == "ValidationException"
    assert absent in error["Message"] and "has no image" in error["Message"]


def test_a_configured_image_the_engine_lacks_fails_its_job_as_a_client_error(
    sm: Any, engine: docker.DockerClient
) -> None:
    """Accepted at create (OPENAMT_CONTAINER_IMAGES names it, for workers that may have it),
    failed by the worker whose engine has it not."""
    name = unique("byoc-configured")
    absent = "openamt-test/configured-absent:1"
    sm.create_training_job(**container_job(name, absent, {}))
    described = wait_training(sm, name)
    assert described["TrainingJobStatus"] == "Failed"
    assert described["FailureReason"].startswith("ClientError: ")
    assert absent in described["FailureReason"] and "has no image" in described["FailureReason"]
    assert containers_of(engine, name) == []


def test_a_tuning_jobs_containers_end_with_its_stop(
    server: Server, sm: Any, image: str, engine: docker.DockerClient
) -> None:
    name = unique("byoc-tune")[:32]
    job = xgboost_job(name, max_jobs=2, parallel=2)
    definition = job["TrainingJobDefinition"]
    definition["AlgorithmSpecification"] = {
        "TrainingImage": image,
        "TrainingInputMode": "File",
        "MetricDefinitions": METRICS,
    }
    definition["StaticHyperParameters"] = {"epochs": "300", "sleep": "0.2"}
    job["HyperParameterTuningJobConfig"]["HyperParameterTuningJobObjective"] = {
        "Type": "Minimize",
        "MetricName": "loss",
    }
    sm.create_hyper_parameter_tuning_job(**job)
    wait_for(
        "two containers of the tuning job",
        lambda: len([c for c in engine.containers.list(filters={"label": "openamt.training-job"})
                     if c.labels["openamt.training-job"].startswith(name)]) == 2,
    )  # fmt: skip
    sm.stop_hyper_parameter_tuning_job(HyperParameterTuningJobName=name)
    wait_done(sm, name, statuses=("Stopped",), timeout=60)
    summaries = sm.list_training_jobs_for_hyper_parameter_tuning_job(
        HyperParameterTuningJobName=name
    )["TrainingJobSummaries"]
    assert len(summaries) == 2
    for summary in summaries:
        described = wait_training(sm, summary["TrainingJobName"], timeout=60)
        assert described["TrainingJobStatus"] == "Stopped", described.get("FailureReason")
        assert any(m["MetricName"] == "loss" for m in described["FinalMetricDataList"])
        wait_for("its container removed",
                 lambda s=summary: containers_of(engine, s["TrainingJobName"]) == [])  # fmt: skip


def test_an_image_that_never_prints_the_objective(
    server: Server, sm: Any, image: str, engine: docker.DockerClient
) -> None:
    """As a script that prints none: its training jobs complete, their objective fails, and the
    tuning job ends with no best job."""
    name = unique("byoc-silent")[:32]
    job = xgboost_job(name, max_jobs=2, parallel=2)
    definition = job["TrainingJobDefinition"]
    definition["AlgorithmSpecification"] = {
        "TrainingImage": image,
        "TrainingInputMode": "File",
        "MetricDefinitions": METRICS,
    }
    definition["StaticHyperParameters"] = {"epochs": "0"}  # no epoch: no loss line
    job["HyperParameterTuningJobConfig"]["HyperParameterTuningJobObjective"] = {
        "Type": "Minimize",
        "MetricName": "loss",
    }
    sm.create_hyper_parameter_tuning_job(**job)
    described = wait_done(sm, name, timeout=120)
    assert described["HyperParameterTuningJobStatus"] == "Completed"
    assert described["TrainingJobStatusCounters"]["Completed"] == 2
    assert described["ObjectiveStatusCounters"] == {"Succeeded": 0, "Pending": 0, "Failed": 2}
    assert "BestTrainingJob" not in described
    summaries = sm.list_training_jobs_for_hyper_parameter_tuning_job(
        HyperParameterTuningJobName=name
    )["TrainingJobSummaries"]
    assert {summary["ObjectiveStatus"] for summary in summaries} == {"Failed"}
    assert all(containers_of(engine, s["TrainingJobName"]) == [] for s in summaries)


def test_a_worker_killed_with_sigkill_leaves_no_container(
    server: Server, sm: Any, image: str, engine: docker.DockerClient
) -> None:
    name = unique("byoc-orphan")
    sm.create_training_job(**container_job(name, image, {"epochs": "300", "sleep": "0.2"}))
    [first] = wait_for("the job's container", lambda: containers_of(engine, name))
    worker = int(first.labels["openamt.worker"].rpartition(":")[2])
    assert worker != os.getpid() and worker != server.process.pid  # type: ignore[union-attr]
    os.kill(worker, signal.SIGKILL)

    def first_gone() -> bool:
        return first.id not in {c.id for c in containers_of(engine, name)}

    wait_for("the killed worker's container removed", first_gone)
    # The job, when retried by another worker, runs again in a container of that worker's.
    with contextlib.suppress(ClientError):  # unless it failed as lost meanwhile
        sm.stop_training_job(TrainingJobName=name)
    wait_training(sm, name, timeout=60)
    wait_for("every container of the job removed", lambda: containers_of(engine, name) == [])


def test_container_entrypoint_and_arguments_replace_train(
    server: Server, sm: Any, image: str
) -> None:
    name = unique("byoc-entry")
    body = container_job(name, image, {"epochs": "1"})
    body["AlgorithmSpecification"]["ContainerEntrypoint"] = [
        "/bin/sh", "-c", 'echo "entry: $0 $1"; exec train "$@"',
    ]  # fmt: skip
    body["AlgorithmSpecification"]["ContainerArguments"] = ["first", "second"]
    sm.create_training_job(**body)
    assert wait_training(sm, name)["TrainingJobStatus"] == "Completed"
    log = job_log(server, name)
    assert "entry: first second" in log
    assert "program: /usr/bin/train args: second" in log

    name = unique("byoc-args")
    body = container_job(name, image, {"epochs": "1"})
    body["AlgorithmSpecification"]["ContainerArguments"] = ["train", "--verbose"]
    sm.create_training_job(**body)
    assert wait_training(sm, name)["TrainingJobStatus"] == "Completed"
    assert "program: /usr/bin/train args: --verbose" in job_log(server, name)


def test_an_image_that_exits_at_once_fails_and_leaves_nothing(
    server: Server, sm: Any, image: str, engine: docker.DockerClient
) -> None:
    name = unique("byoc-exit")
    sm.create_training_job(**container_job(name, image, {"mode": "exit-now"}))
    described = wait_training(sm, name)
    assert described["TrainingJobStatus"] == "Failed"
    reason = "AlgorithmError: the training exited with code 3 without writing any output."
    assert described["FailureReason"] == reason
    assert containers_of(engine, name) == []


def test_a_log_without_end_is_cut_and_its_metrics_still_read(
    server: Server, sm: Any, image: str
) -> None:
    name = unique("byoc-flood")
    sm.create_training_job(**container_job(name, image, {"mode": "flood", "epochs": "3"}))
    described = wait_training(sm, name)
    assert described["TrainingJobStatus"] == "Completed"
    log_path = server.data_dir / "logs" / f"{name}.log"
    assert log_path.stat().st_size <= MAX_LOG_BYTES + 200  # and the line that says so
    assert "later output is not kept" in log_path.read_text()
    final = {m["MetricName"]: m["Value"] for m in described["FinalMetricDataList"]}
    assert final == {"loss": pytest.approx(1 / 3, abs=1e-4)}  # printed after the cut


def test_an_image_that_fills_its_volume_fails_as_out_of_disk(
    server: Server, sm: Any, image: str, engine: docker.DockerClient
) -> None:
    name = unique("byoc-fill")
    body = container_job(name, image, {"mode": "fill"})
    body["ResourceConfig"]["VolumeSizeInGB"] = 1
    sm.create_training_job(**body)
    described = wait_training(sm, name, timeout=120)
    assert described["TrainingJobStatus"] == "Failed"
    assert "No space left on device" in described["FailureReason"]
    wait_for("the container removed", lambda: containers_of(engine, name) == [])


def test_hyperband_stops_containers_at_its_rungs(
    server: Server, sm: Any, image: str, engine: docker.DockerClient
) -> None:
    name = unique("byoc-hyperband")[:32]
    job = xgboost_job(name, strategy="Hyperband", max_jobs=4, parallel=2)
    job["HyperParameterTuningJobConfig"]["StrategyConfig"] = {
        "HyperbandStrategyConfig": {"MinResource": 1, "MaxResource": 9}
    }
    job["HyperParameterTuningJobConfig"]["HyperParameterTuningJobObjective"] = {
        "Type": "Minimize",
        "MetricName": "loss",
    }
    definition = job["TrainingJobDefinition"]
    definition["AlgorithmSpecification"] = {
        "TrainingImage": image,
        "TrainingInputMode": "File",
        "MetricDefinitions": METRICS,
    }
    definition["StaticHyperParameters"] = {"epochs": "300", "sleep": "0.3"}
    sm.create_hyper_parameter_tuning_job(**job)
    described = wait_done(sm, name, timeout=240)
    assert described["HyperParameterTuningJobStatus"] == "Completed"
    # Every job stopped mid-training, at a rung or at MaxResource: none printed its 300 epochs.
    assert described["TrainingJobStatusCounters"]["Stopped"] == 4
    summaries = sm.list_training_jobs_for_hyper_parameter_tuning_job(
        HyperParameterTuningJobName=name
    )["TrainingJobSummaries"]
    for summary in summaries:
        log = job_log(server, summary["TrainingJobName"])
        epochs = [line for line in log.splitlines() if line.startswith("epoch=")]
        assert 1 <= len(epochs) < 300
        assert containers_of(engine, summary["TrainingJobName"]) == []


def test_a_spot_job_finds_its_checkpoints_and_leaves_new_ones(
    server: Server, sm: Any, image: str
) -> None:
    name = unique("byoc-spot")
    stored = server.data_dir / "s3" / "test-bucket" / "checkpoints" / name
    stored.mkdir(parents=True)
    (stored / "state.txt").write_text("from an earlier run\n")
    body = container_job(name, image, {"epochs": "2"}, max_runtime=120)
    body["EnableManagedSpotTraining"] = True
    body["StoppingCondition"]["MaxWaitTimeInSeconds"] = 240
    body["CheckpointConfig"] = {
        "S3Uri": f"s3://test-bucket/checkpoints/{name}",
        "LocalPath": "/checkpoints/here",  # bound there, outside /opt/ml
    }
    sm.create_training_job(**body)
    described = wait_training(sm, name)
    assert described["TrainingJobStatus"] == "Completed", described.get("FailureReason")
    assert "restored into /checkpoints/here: from an earlier run" in job_log(server, name)
    assert (stored / "state.txt").read_text() == "epochs 2\n"


def test_without_an_engine_a_container_image_is_refused_with_the_reason(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """A server whose Docker engine does not answer (DOCKER_HOST names no socket)."""
    data_dir = tmp_path_factory.mktemp("no-engine") / "data"
    nowhere = f"unix://{data_dir.parent}/absent.sock"
    instance = Server(data_dir, workers=1, env={"DOCKER_HOST": nowhere}).start()
    try:
        sm = aws_client(instance.url)
        with pytest.raises(ClientError) as refused:
            sm.create_training_job(**container_job(unique("byoc-none"), "myorg/algo:1", {}))
        error = refused.value.response["Error"]
        assert error["Code"] == "ValidationException"
        assert "'myorg/algo:1'" in error["Message"]
        assert "no Docker engine answers here" in error["Message"]
    finally:
        instance.stop()


def test_distributed_workers_run_containers_and_the_sweep_removes_a_killed_ones(
    tmp_path_factory: pytest.TempPathFactory, image: str, engine: docker.DockerClient
) -> None:
    stack = Stack(
        tmp_path_factory.mktemp("containers-stack") / "data",
        workers=1,
        env={"OPENAMT_CONTAINER_STOP_SECONDS": str(STOP_SECONDS)},
    ).start()
    try:
        sm = aws_client(stack.url)
        done = unique("byoc-stack")
        sm.create_training_job(**container_job(done, image, {"epochs": "2", "depth": "3"}))
        described = wait_training(sm, done)
        assert described["TrainingJobStatus"] == "Completed", described.get("FailureReason")
        assert json.loads(model_files(stack, described)["model.txt"])["depth"] == "3"

        name = unique("byoc-stack-orphan")
        sm.create_training_job(**container_job(name, image, {"epochs": "300", "sleep": "0.2"}))
        [first] = wait_for("the job's container", lambda: containers_of(engine, name))
        os.kill(int(first.labels["openamt.worker"].rpartition(":")[2]), signal.SIGKILL)
        wait_for(
            "the killed worker's container removed",
            lambda: first.id not in {c.id for c in containers_of(engine, name)},
        )
        with contextlib.suppress(ClientError):
            sm.stop_training_job(TrainingJobName=name)
        wait_training(sm, name, timeout=60)
        wait_for("every container of the job removed", lambda: containers_of(engine, name) == [])
    finally:
        stack.stop()


def test_network_isolation_needs_no_sandbox_for_a_container(
    tmp_path_factory: pytest.TempPathFactory, image: str
) -> None:
    """With OPENAMT_SANDBOX=off a script-mode job cannot be isolated (refused at create), but a
    container is cut off by its engine: accepted, in a training job and a tuning job alike."""
    instance = Server(
        tmp_path_factory.mktemp("no-sandbox") / "data", workers=1, env={"OPENAMT_SANDBOX": "off"}
    ).start()
    try:
        sm = aws_client(instance.url)
        name = unique("byoc-isolated")
        body = container_job(name, image, {"epochs": "1"}, EnableNetworkIsolation=True)
        sm.create_training_job(**body)
        assert wait_training(sm, name)["TrainingJobStatus"] == "Completed"
        assert "interfaces: lo " in job_log(instance, name).splitlines()

        job = xgboost_job(unique("byoc-isolated-tuning")[:32], max_jobs=1, parallel=1)
        definition = job["TrainingJobDefinition"]
        definition["AlgorithmSpecification"] = {
            "TrainingImage": image,
            "TrainingInputMode": "File",
            "MetricDefinitions": METRICS,
        }
        definition["StaticHyperParameters"] = {"epochs": "1"}
        definition["EnableNetworkIsolation"] = True
        job["HyperParameterTuningJobConfig"]["HyperParameterTuningJobObjective"] = {
            "Type": "Minimize",
            "MetricName": "loss",
        }
        sm.create_hyper_parameter_tuning_job(**job)
        name = job["HyperParameterTuningJobName"]
        assert wait_done(sm, name)["TrainingJobStatusCounters"]["Completed"] == 1
        [summary] = sm.list_training_jobs_for_hyper_parameter_tuning_job(
            HyperParameterTuningJobName=name
        )["TrainingJobSummaries"]
        assert "interfaces: lo " in job_log(instance, summary["TrainingJobName"]).splitlines()
    finally:
        instance.stop()


def test_a_celery_worker_removes_what_a_killed_one_left_before_it_takes_a_task(
    tmp_path_factory: pytest.TempPathFactory, image: str, engine: docker.DockerClient
) -> None:
    """The sweep at a worker's start: beat's periodic sweep is an hour away here, so only the
    starting worker can remove the orphan, a container of this installation whose worker (a
    pid of this host that has exited) is gone."""
    from app.config import Settings
    from workers.algorithms.container import (
        INSTALLATION_LABEL,
        JOB_LABEL,
        WORKER_LABEL,
        installation,
    )

    stack = Stack(
        tmp_path_factory.mktemp("sweep-at-start") / "data",
        workers=0,
        env={"OPENAMT_REAPER_SECONDS": "3600"},
    )
    stack.start()
    gone = subprocess.Popen(["true"])
    gone.wait()
    ours = installation(Settings(database_url=stack.database_url))
    orphan = engine.containers.run(
        image, ["sh", "-c", "sleep 300"], detach=True,
        labels={JOB_LABEL: unique("orphan"), WORKER_LABEL: f"{socket.gethostname()}:{gone.pid}",
                INSTALLATION_LABEL: ours},
    )  # fmt: skip
    try:
        stack.start_worker()
        wait_for("the orphan removed", lambda: not engine.containers.list(
            all=True, filters={"id": orphan.id}))  # fmt: skip
    finally:
        stack.stop()
        with contextlib.suppress(docker.errors.NotFound):
            orphan.remove(force=True)
