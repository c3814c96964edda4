"""Serving a model's own image (workers/container_host.py) against a live embedded openamt and
the machine's Docker engine, through unmodified boto3. The image is built here from
busybox-static (tests/support/images.py): its `serve` answers HTTP on port 8080 with busybox's
`nc`, a shell script per request: GET /ping, and POST /invocations answered with the body
upper-cased, the model file's content (from /opt/ml/model), the model's Environment and the
request's Content-Type and Accept.

What is checked: a served image answers /invocations through InvokeEndpoint (its artifact
and Environment arrived, its Content-Type comes back, an error status is a ModelError with
the container's message), on a port published on 127.0.0.1 only, and DeleteEndpoint removes
its container; UpdateEndpoint replaces it; one that died is started again on the next
invocation; with EnableNetworkIsolation it is on an internal network and still answers;
an image that exits at once, one that never answers /ping (past the server's startup timeout)
and one the engine does not hold end Failed with SageMaker's reason and leave nothing, and one
that answers late is InService when its variant's ContainerStartupHealthCheckTimeoutInSeconds
gives it the time; one that ignores SIGTERM is still removed at
delete; the containers of an API killed with -9 are removed when openamt starts again; an
image that is no container and brings no inference code fails, naming the image.

Where no Docker engine runs these tests fail (tests/support/images.require_engine).
"""

from __future__ import annotations

import io
import os
import signal
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docker
import pytest
from botocore.exceptions import ClientError

from tests.support import images
from tests.support.jobs import unique, wait_endpoint
from tests.support.servers import Server, aws_client

pytestmark = pytest.mark.services

ROLE = "arn:aws:iam::123456789012:role/SageMakerRole"
CONFIGURED = "openamt-test/configured-*"  # the server's OPENAMT_CONTAINER_IMAGES
PING_FAILURE = (
    "The primary container for production variant AllTraffic did not pass the ping health "
    "check. Please check CloudWatch logs for this endpoint."
)

# SageMaker runs a serving image with `serve`. MODE (from the model's Environment): exit-now
# exits at once; silent never listens; slow listens after SLOW_START seconds; ignore-term
# ignores SIGTERM; otherwise SIGTERM ends it.
SERVE = r"""#!/bin/sh
echo "serve: $0 mode ${MODE:-normal}"
[ "$MODE" = exit-now ] && exit 4
trap 'exit 0' TERM
[ "$MODE" = silent ] && while :; do sleep 1; done
[ "$MODE" = slow ] && sleep "$SLOW_START"
[ "$MODE" = ignore-term ] && trap '' TERM
nc -ll -p 8080 -e /usr/bin/handle &
while :; do wait; done
"""

# One HTTP request on stdin, its answer on stdout.
HANDLE = r"""#!/bin/sh
read -r method path _
length=0; ctype=; accept=
while read -r line; do
  line=$(printf %s "$line" | tr -d '\r')
  [ -z "$line" ] && break
  name=$(printf %s "${line%%:*}" | tr A-Z a-z); value=$(echo ${line#*:})
  case "$name" in
    content-length) length=$value;; content-type) ctype=$value;; accept) accept=$value;;
  esac
done
respond() {
  size=$(printf %s "$3" | wc -c)
  printf 'HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s' \
    "$1" "$2" "$size" "$3"
}
case "$method $path" in
  "GET /ping") respond "200 OK" text/plain pong;;
  "POST /invocations")
    body=$(head -c "$length")
    if [ "$body" = fail ]; then respond "400 Bad Request" text/plain "cannot predict: $body"
    else
      model=$(cat /opt/ml/model/weights.txt)
      answer="$(printf %s "$body" | tr a-z A-Z) model=$model greeting=$GREETING"
      respond "200 OK" application/x-shout "$answer type=$ctype accept=$accept"
    fi;;
  *) respond "404 Not Found" text/plain "no route $method $path";;
esac
"""

IMAGE = images.serving({"serve": SERVE, "handle": HANDLE})  # the `image` fixture's (conftest)
# The server's startup timeout where a variant gives none (AWS's least is 60 s): what an image
# that never answers /ping is given before its endpoint fails.
STARTUP_SECONDS = 10


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, image: str) -> Iterator[Server]:
    data_dir = tmp_path_factory.mktemp("serving-containers") / "data"
    env = {
        "OPENAMT_CONTAINER_IMAGES": CONFIGURED,
        "OPENAMT_CONTAINER_STOP_SECONDS": "3",
        "OPENAMT_MODEL_STARTUP_TIMEOUT_SECONDS": str(STARTUP_SECONDS),
    }
    instance = Server(data_dir, workers=1, env=env).start()
    yield instance
    instance.stop()


def _archive(data_dir: Path, name: str, weights: str) -> str:
    """s3://test-bucket/models/<name>.tar.gz holding weights.txt."""
    path = data_dir / "s3" / "test-bucket" / "models" / f"{name}.tar.gz"
    path.parent.mkdir(parents=True, exist_ok=True)
    with tarfile.open(path, "w:gz") as tar:
        info = tarfile.TarInfo("weights.txt")
        info.size = len(weights.encode())
        tar.addfile(info, io.BytesIO(weights.encode()))
    return f"s3://test-bucket/models/{name}.tar.gz"


def _deploy(
    server: Server, container: dict[str, Any], *, isolated: bool = False, **variant: Any
) -> str:
    sm = aws_client(server.url, "sagemaker")
    name = unique("served")
    sm.create_model(ModelName=name, PrimaryContainer=container, ExecutionRoleArn=ROLE,
                    EnableNetworkIsolation=isolated)  # fmt: skip
    sm.create_endpoint_config(
        EndpointConfigName=name,
        ProductionVariants=[
            {"VariantName": "AllTraffic", "ModelName": name, "InitialInstanceCount": 1,
             "InstanceType": "ml.m5.large", **variant}
        ],
    )  # fmt: skip
    sm.create_endpoint(EndpointName=name, EndpointConfigName=name)
    return name


def _containers(engine: docker.DockerClient, endpoint: str) -> list[Any]:
    """The serving containers of `endpoint` (labelled with its host key, `<name>-<id>`)."""
    found = engine.containers.list(all=True, filters={"label": "openamt.kind=serving"})
    return [c for c in found if c.labels.get("openamt.endpoint", "").startswith(f"{endpoint}-")]


def _wait_gone(engine: docker.DockerClient, endpoint: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while _containers(engine, endpoint):
        assert time.monotonic() < deadline, f"{endpoint}'s container is still there"
        time.sleep(0.3)


def test_a_served_image_answers_invocations(
    served: Server, engine: docker.DockerClient, image: str
) -> None:
    url = _archive(served.data_dir, unique("weights"), "w42")
    container = {"Image": image, "ModelDataUrl": url, "Environment": {"GREETING": "hello"}}
    endpoint = _deploy(served, container)
    described = wait_endpoint(aws_client(served.url), endpoint)
    assert described["EndpointStatus"] == "InService", described.get("FailureReason")

    [running] = _containers(engine, endpoint)
    assert running.status == "running"
    published = running.attrs["NetworkSettings"]["Ports"]["8080/tcp"]
    assert [p["HostIp"] for p in published] == ["127.0.0.1"]
    assert running.attrs["Config"]["Cmd"] == ["serve"]

    runtime = aws_client(served.url, "sagemaker-runtime")
    answer = runtime.invoke_endpoint(
        EndpointName=endpoint,
        Body=b"hello world",
        ContentType="text/plain",
        Accept="application/x-shout",
    )
    assert answer["ContentType"] == "application/x-shout"
    assert answer["InvokedProductionVariant"] == "AllTraffic"
    assert answer["Body"].read().decode() == (
        "HELLO WORLD model=w42 greeting=hello type=text/plain accept=application/x-shout"
    )

    with pytest.raises(ClientError) as refused:
        runtime.invoke_endpoint(EndpointName=endpoint, Body=b"fail", ContentType="text/plain")
    error = refused.value.response
    assert error["Error"]["Code"] == "ModelError"
    assert error["OriginalStatusCode"] == 400
    assert "cannot predict: fail" in error["Error"]["Message"]

    aws_client(served.url).delete_endpoint(EndpointName=endpoint)
    _wait_gone(engine, endpoint)


def test_update_endpoint_replaces_the_container(
    served: Server, engine: docker.DockerClient, image: str
) -> None:
    sm = aws_client(served.url)
    first = _archive(served.data_dir, unique("weights"), "first")
    endpoint = _deploy(served, {"Image": image, "ModelDataUrl": first})
    assert wait_endpoint(sm, endpoint)["EndpointStatus"] == "InService"
    [old] = _containers(engine, endpoint)

    second = endpoint + "-2"
    sm.create_model(ModelName=second, ExecutionRoleArn=ROLE, PrimaryContainer={
        "Image": image, "ModelDataUrl": _archive(served.data_dir, unique("weights"), "second")
    })  # fmt: skip
    sm.create_endpoint_config(
        EndpointConfigName=second,
        ProductionVariants=[
            {"VariantName": "AllTraffic", "ModelName": second, "InitialInstanceCount": 1,
             "InstanceType": "ml.m5.large"}
        ],
    )  # fmt: skip
    sm.update_endpoint(EndpointName=endpoint, EndpointConfigName=second)
    deadline = time.monotonic() + 120
    while (described := sm.describe_endpoint(EndpointName=endpoint))["EndpointStatus"] != (
        "InService"
    ):
        assert time.monotonic() < deadline, described
        time.sleep(0.3)
    assert described["EndpointConfigName"] == second, described.get("FailureReason")

    runtime = aws_client(served.url, "sagemaker-runtime")
    answer = runtime.invoke_endpoint(EndpointName=endpoint, Body=b"x", ContentType="text/plain")
    assert answer["Body"].read().decode().startswith("X model=second ")
    # The old configuration's container is stopped once the new one serves.
    deadline = time.monotonic() + 60
    while old.id in {c.id for c in _containers(engine, endpoint)}:
        assert time.monotonic() < deadline, "the old container is still there"
        time.sleep(0.3)
    [new] = _containers(engine, endpoint)
    assert new.id != old.id
    sm.delete_endpoint(EndpointName=endpoint)
    _wait_gone(engine, endpoint)


def test_a_container_that_died_is_started_again_on_the_next_invocation(
    served: Server, engine: docker.DockerClient, image: str
) -> None:
    endpoint = _deploy(served, {"Image": image})
    assert wait_endpoint(aws_client(served.url), endpoint)["EndpointStatus"] == "InService"
    [first] = _containers(engine, endpoint)
    first.kill()
    time.sleep(1.5)  # past the host's trust in its last look at the container
    runtime = aws_client(served.url, "sagemaker-runtime")
    answer = runtime.invoke_endpoint(EndpointName=endpoint, Body=b"again", ContentType="text/plain")
    assert answer["Body"].read().decode().startswith("AGAIN model=")
    [second] = _containers(engine, endpoint)
    assert second.id != first.id and second.status == "running"
    aws_client(served.url).delete_endpoint(EndpointName=endpoint)
    _wait_gone(engine, endpoint)


def test_network_isolation_serves_on_an_internal_network(
    served: Server, engine: docker.DockerClient, image: str
) -> None:
    url = _archive(served.data_dir, unique("weights"), "w7")
    endpoint = _deploy(served, {"Image": image, "ModelDataUrl": url}, isolated=True)
    described = wait_endpoint(aws_client(served.url), endpoint)
    assert described["EndpointStatus"] == "InService", described.get("FailureReason")
    [running] = _containers(engine, endpoint)
    assert list(running.attrs["NetworkSettings"]["Networks"]) == ["openamt-isolated"]
    assert engine.networks.get("openamt-isolated").attrs["Internal"] is True
    assert not running.attrs["NetworkSettings"]["Ports"]

    runtime = aws_client(served.url, "sagemaker-runtime")
    answer = runtime.invoke_endpoint(EndpointName=endpoint, Body=b"abc", ContentType="text/plain")
    assert answer["Body"].read().decode().startswith("ABC model=w7 ")
    aws_client(served.url).delete_endpoint(EndpointName=endpoint)
    _wait_gone(engine, endpoint)


def test_an_image_that_exits_at_once_fails_the_endpoint(
    served: Server, engine: docker.DockerClient, image: str
) -> None:
    endpoint = _deploy(served, {"Image": image, "Environment": {"MODE": "exit-now"}})
    described = wait_endpoint(aws_client(served.url), endpoint)
    assert described["EndpointStatus"] == "Failed"
    reason = described["FailureReason"]
    assert reason.startswith(PING_FAILURE)
    assert "exited with code 4" in reason and "serve: /usr/bin/serve mode exit-now" in reason
    assert _containers(engine, endpoint) == []


def test_an_image_that_never_answers_ping_fails_at_the_startup_timeout(
    served: Server, engine: docker.DockerClient, image: str
) -> None:
    endpoint = _deploy(served, {"Image": image, "Environment": {"MODE": "silent"}})
    described = wait_endpoint(aws_client(served.url), endpoint, timeout=120)
    assert described["EndpointStatus"] == "Failed"
    reason = described["FailureReason"]
    assert reason.startswith(PING_FAILURE)
    assert f"no 200 from /ping within {STARTUP_SECONDS} s" in reason
    assert _containers(engine, endpoint) == []


def test_the_variants_startup_timeout_outlasts_the_servers(
    served: Server, engine: docker.DockerClient, image: str
) -> None:
    """An image that answers /ping only after the server's own startup timeout is InService
    when its variant's ContainerStartupHealthCheckTimeoutInSeconds gives it longer."""
    late = {"MODE": "slow", "SLOW_START": str(STARTUP_SECONDS + 3)}
    endpoint = _deploy(served, {"Image": image, "Environment": late},
                       ContainerStartupHealthCheckTimeoutInSeconds=60)  # fmt: skip
    described = wait_endpoint(aws_client(served.url), endpoint, timeout=120)
    assert described["EndpointStatus"] == "InService", described.get("FailureReason")
    aws_client(served.url).delete_endpoint(EndpointName=endpoint)
    _wait_gone(engine, endpoint)


def test_an_image_the_engine_does_not_hold_fails_the_endpoint(
    served: Server, engine: docker.DockerClient
) -> None:
    absent = "openamt-test/configured-absent:1"  # named by OPENAMT_CONTAINER_IMAGES
    endpoint = _deploy(served, {"Image": absent})
    described = wait_endpoint(aws_client(served.url), endpoint)
    assert described["EndpointStatus"] == "Failed"
    assert absent in described["FailureReason"]
    assert "has no image" in described["FailureReason"]
    assert _containers(engine, endpoint) == []


def test_an_image_that_ignores_sigterm_is_removed_at_delete(
    served: Server, engine: docker.DockerClient, image: str
) -> None:
    endpoint = _deploy(served, {"Image": image, "Environment": {"MODE": "ignore-term"}})
    described = wait_endpoint(aws_client(served.url), endpoint)
    assert described["EndpointStatus"] == "InService", described.get("FailureReason")
    [running] = _containers(engine, endpoint)
    aws_client(served.url).delete_endpoint(EndpointName=endpoint)
    _wait_gone(engine, endpoint)
    with pytest.raises(docker.errors.NotFound):
        engine.containers.get(running.id)


def test_an_image_without_a_server_or_code_fails_naming_it(served: Server) -> None:
    image = "example.com/not-here/predictor:1"  # neither held by the engine nor configured
    url = _archive(served.data_dir, unique("weights"), "w1")
    endpoint = _deploy(served, {"Image": image, "ModelDataUrl": url})
    described = wait_endpoint(aws_client(served.url), endpoint)
    assert described["EndpointStatus"] == "Failed"
    assert image in described["FailureReason"]
    assert "no inference code" in described["FailureReason"]


def test_a_killed_apis_containers_are_removed_at_the_next_start(
    tmp_path: Path, engine: docker.DockerClient, image: str
) -> None:
    env = {"OPENAMT_CONTAINER_STOP_SECONDS": "3"}
    first = Server(tmp_path / "data", workers=1, env=env).start()
    try:
        endpoint = _deploy(first, {"Image": image})
        described = wait_endpoint(aws_client(first.url), endpoint)
        assert described["EndpointStatus"] == "InService", described.get("FailureReason")
        assert first.process is not None
        os.kill(first.process.pid, signal.SIGKILL)
        first.process.wait()
    finally:
        first.stop()
    [left] = _containers(engine, endpoint)
    assert left.status == "running"  # nobody stopped it

    second = Server(tmp_path / "data", workers=1, env=env).start()
    try:
        _wait_gone(engine, endpoint)
        # A live API's container outlives the sweeps (every 0.5 s here) and keeps answering.
        own = _deploy(second, {"Image": image})
        assert wait_endpoint(aws_client(second.url), own)["EndpointStatus"] == "InService"
        time.sleep(3)
        [running] = _containers(engine, own)
        assert running.status == "running"
        runtime = aws_client(second.url, "sagemaker-runtime")
        answer = runtime.invoke_endpoint(EndpointName=own, Body=b"ok", ContentType="text/plain")
        assert answer["Body"].read().decode().startswith("OK model=")
    finally:
        second.stop()
    _wait_gone(engine, own)  # a server that stops stops its containers
