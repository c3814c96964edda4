"""Deploying a tuning job's best model and invoking it, as the seed's `tuner.deploy()` does:
DescribeTrainingJob -> CreateModel -> CreateEndpointConfig -> CreateEndpoint -> InService ->
sagemaker-runtime InvokeEndpoint, with unmodified boto3; the endpoint survives a restart.
Predictions are compared with XGBoost's own on the trained model file."""

from __future__ import annotations

import io
import json
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import xgboost
from botocore.exceptions import ClientError

from tests.support import scripts
from tests.support.jobs import (
    XGBOOST_IMAGE,
    script_job,
    unique,
    wait_done,
    wait_endpoint,
    xgboost_job,
)
from tests.support.servers import Server, Stack, aws_client, children

pytestmark = pytest.mark.services  # starts openamt itself (see conftest)

ROLE = "arn:aws:iam::123456789012:role/SageMakerRole"
# A framework image no engine here holds: the model's own inference.py serves it.
PYTORCH_INFERENCE = "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.1-cpu"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("deploy") / "data"


@pytest.fixture(scope="module")
def served(data_dir: Path) -> Iterator[Server]:
    # A short invocation timeout, for the test of a model that does not answer.
    instance = Server(data_dir, env={"OPENAMT_INVOCATION_TIMEOUT_SECONDS": "3"}).start()
    yield instance
    instance.stop()


def _local(data_dir: Path, uri: str) -> Path:
    assert uri.startswith("s3://")
    return data_dir / "s3" / uri[len("s3://") :]


def _booster(data_dir: Path, model_uri: str) -> xgboost.Booster:
    with tarfile.open(_local(data_dir, model_uri)) as tar:
        member = tar.extractfile("xgboost-model")
        assert member is not None
        raw = member.read()
    booster = xgboost.Booster()
    booster.load_model(bytearray(raw))
    return booster


def _deploy(sm: Any, *, model: str, container: dict[str, Any]) -> str:
    sm.create_model(ModelName=model, PrimaryContainer=container, ExecutionRoleArn=ROLE)
    config = f"{model}-config"
    sm.create_endpoint_config(
        EndpointConfigName=config,
        ProductionVariants=[
            {
                "VariantName": "AllTraffic",
                "ModelName": model,
                "InitialInstanceCount": 1,
                "InstanceType": "ml.m5.large",
            }
        ],
    )
    endpoint = f"{model}-ep"
    arn = sm.create_endpoint(EndpointName=endpoint, EndpointConfigName=config)["EndpointArn"]
    assert arn == f"arn:aws:sagemaker:us-east-1:123456789012:endpoint/{endpoint}"
    return endpoint


def test_tune_deploy_invoke_restart_delete(served: Server, data_dir: Path) -> None:
    sm = aws_client(served.url, "sagemaker")
    name = unique("deploy")
    sm.create_hyper_parameter_tuning_job(**xgboost_job(name, max_jobs=2, num_round=10))
    job = wait_done(sm, name)
    assert job["HyperParameterTuningJobStatus"] == "Completed"
    best = sm.describe_training_job(TrainingJobName=job["BestTrainingJob"]["TrainingJobName"])
    model_uri = best["ModelArtifacts"]["S3ModelArtifacts"]

    model = unique("best")
    endpoint = _deploy(
        sm, model=model, container={"Image": XGBOOST_IMAGE, "ModelDataUrl": model_uri}
    )
    assert sm.describe_endpoint(EndpointName=endpoint)["EndpointStatus"] in (
        "Creating",
        "InService",
    )
    described = wait_endpoint(sm, endpoint)
    assert described["EndpointStatus"] == "InService", described.get("FailureReason")
    assert described["ProductionVariants"][0]["CurrentInstanceCount"] == 1
    assert sm.describe_model(ModelName=model)["PrimaryContainer"]["ModelDataUrl"] == model_uri
    assert any(e["EndpointName"] == endpoint for e in sm.list_endpoints()["Endpoints"])

    rows = np.loadtxt(data_dir / "s3/test-bucket/fraud/validation/data.csv", delimiter=",")[:25]
    features = rows[:, 1:]
    csv = "\n".join(",".join(repr(float(v)) for v in row) for row in features)
    expected = _booster(data_dir, model_uri).predict(xgboost.DMatrix(features))

    runtime = aws_client(served.url, "sagemaker-runtime")
    answer = runtime.invoke_endpoint(EndpointName=endpoint, ContentType="text/csv", Body=csv)
    assert answer["ContentType"] == "text/csv"
    assert answer["InvokedProductionVariant"] == "AllTraffic"
    got = np.array([float(line) for line in answer["Body"].read().decode().splitlines()])
    np.testing.assert_allclose(got, expected, rtol=1e-6)

    as_json = runtime.invoke_endpoint(
        EndpointName=endpoint, ContentType="text/csv", Accept="application/json", Body=csv
    )
    scores = [p["score"] for p in json.loads(as_json["Body"].read())["predictions"]]
    np.testing.assert_allclose(scores, expected, rtol=1e-6)

    libsvm = "\n".join(
        "0 " + " ".join(f"{i}:{float(v)!r}" for i, v in enumerate(row)) for row in features[:3]
    )
    answer = runtime.invoke_endpoint(EndpointName=endpoint, ContentType="text/libsvm", Body=libsvm)
    got = [float(x) for x in answer["Body"].read().decode().splitlines()]
    np.testing.assert_allclose(got, expected[:3], rtol=1e-6)

    # A restart: the endpoint is still there, its model server starts on first use.
    served.stop()
    again = Server(data_dir).start()
    try:
        sm = aws_client(again.url, "sagemaker")
        runtime = aws_client(again.url, "sagemaker-runtime")
        assert sm.describe_endpoint(EndpointName=endpoint)["EndpointStatus"] == "InService"
        answer = runtime.invoke_endpoint(EndpointName=endpoint, ContentType="text/csv", Body=csv)
        got = np.array([float(line) for line in answer["Body"].read().decode().splitlines()])
        np.testing.assert_allclose(got, expected, rtol=1e-6)

        sm.delete_endpoint(EndpointName=endpoint)
        with pytest.raises(ClientError) as gone:
            sm.describe_endpoint(EndpointName=endpoint)
        assert gone.value.response["Error"]["Code"] == "ValidationException"
        with pytest.raises(ClientError) as unknown:
            runtime.invoke_endpoint(EndpointName=endpoint, ContentType="text/csv", Body=csv)
        assert unknown.value.response["Error"]["Code"] == "ValidationError"
        assert unknown.value.response["ResponseMetadata"]["HTTPStatusCode"] == 400
        sm.delete_endpoint_config(EndpointConfigName=f"{model}-config")
        sm.delete_model(ModelName=model)
    finally:
        again.stop()
        served.start()  # the module's server again, for the tests after this one


@pytest.mark.parametrize("server", ["distributed"], indirect=True)
def test_distributed_each_api_process_serves_the_endpoint(server: Server) -> None:
    """Distributed: a Celery worker trains, the API process that took CreateEndpoint deploys,
    and a second API process of the same stack serves the endpoint too (it loads the model on
    its first invocation); a delete through either ends it for both, and both stop serving."""
    assert isinstance(server, Stack)
    sm = aws_client(server.url, "sagemaker")
    name = unique("deploy-dist")
    sm.create_hyper_parameter_tuning_job(**xgboost_job(name, max_jobs=1, parallel=1, num_round=8))
    job = wait_done(sm, name)
    assert job["HyperParameterTuningJobStatus"] == "Completed"
    best = sm.describe_training_job(TrainingJobName=job["BestTrainingJob"]["TrainingJobName"])
    model_uri = best["ModelArtifacts"]["S3ModelArtifacts"]
    endpoint = _deploy(
        sm, model=unique("dist"), container={"Image": XGBOOST_IMAGE, "ModelDataUrl": model_uri}
    )
    assert wait_endpoint(sm, endpoint)["EndpointStatus"] == "InService"

    features = np.loadtxt(
        server.data_dir / "s3/test-bucket/fraud/validation/data.csv", delimiter=","
    )[:10, 1:]
    csv = "\n".join(",".join(repr(float(v)) for v in row) for row in features)
    expected = _booster(server.data_dir, model_uri).predict(xgboost.DMatrix(features))
    other = server.another_api().start()
    try:
        for url in (server.url, other.url):
            runtime = aws_client(url, "sagemaker-runtime")
            answer = runtime.invoke_endpoint(
                EndpointName=endpoint, ContentType="text/csv", Body=csv
            )
            got = [float(line) for line in answer["Body"].read().decode().splitlines()]
            np.testing.assert_allclose(got, expected, rtol=1e-6)
        assert server.process is not None and children(server.process.pid, command="model_server")
        aws_client(other.url, "sagemaker").delete_endpoint(EndpointName=endpoint)
        for url in (server.url, other.url):
            with pytest.raises(ClientError) as gone:
                aws_client(url, "sagemaker-runtime").invoke_endpoint(
                    EndpointName=endpoint, ContentType="text/csv", Body=csv
                )
            assert gone.value.response["Error"]["Code"] == "ValidationError"
        # The process that did not take the delete stops its model server at its next sweep.
        deadline = time.monotonic() + 30
        while children(server.process.pid, command="model_server") and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not children(server.process.pid, command="model_server")
    finally:
        other.stop()


INFERENCE = """
import json, os, time

def model_fn(model_dir):
    with open(os.path.join(model_dir, "model.json")) as f:
        return json.load(f)

def input_fn(body, content_type):
    assert content_type == "application/json", content_type
    return json.loads(body)

def predict_fn(data, model):
    if data == "boom":
        raise ValueError("the model cannot take boom")
    if data == "sleep":
        time.sleep(60)
    print("predicting", data)  # lands in the server's log, not in the answer
    return [x * model["learning_rate"] for x in data]

def output_fn(prediction, accept):
    return json.dumps({"scaled": prediction}), "application/json"
"""


def test_script_model_serves_its_inference_py(served: Server, tmp_path: Path) -> None:
    source = tmp_path / "code"
    scripts.write_script(source, scripts.EPOCHS)
    (source / "inference.py").write_text(INFERENCE)
    sm = aws_client(served.url, "sagemaker")
    name = unique("script-deploy")
    sm.create_hyper_parameter_tuning_job(**script_job(name, source, max_jobs=1, parallel=1))
    job = wait_done(sm, name)
    best = sm.describe_training_job(TrainingJobName=job["BestTrainingJob"]["TrainingJobName"])
    learning_rate = float(best["HyperParameters"]["learning-rate"])

    model = unique("script-model")
    endpoint = _deploy(
        sm,
        model=model,
        container={
            "Image": PYTORCH_INFERENCE,
            "ModelDataUrl": best["ModelArtifacts"]["S3ModelArtifacts"],
            "Environment": {
                "SAGEMAKER_PROGRAM": "inference.py",
                "SAGEMAKER_SUBMIT_DIRECTORY": f"file://{source}",
            },
        },
    )
    assert wait_endpoint(sm, endpoint)["EndpointStatus"] == "InService"
    runtime = aws_client(served.url, "sagemaker-runtime")
    answer = runtime.invoke_endpoint(
        EndpointName=endpoint, ContentType="application/json", Body=json.dumps([1, 2])
    )
    assert answer["ContentType"] == "application/json"
    assert json.loads(answer["Body"].read()) == {
        "scaled": pytest.approx([learning_rate, 2 * learning_rate])
    }
    with pytest.raises(ClientError) as failed:
        runtime.invoke_endpoint(
            EndpointName=endpoint, ContentType="application/json", Body=json.dumps("boom")
        )
    error = failed.value.response
    assert error["Error"]["Code"] == "ModelError"
    assert error["ResponseMetadata"]["HTTPStatusCode"] == 424
    assert error["OriginalStatusCode"] == 500

    # A model that does not answer within the invocation timeout: ModelError, its server is
    # ended, and the next request gets a fresh one.
    with pytest.raises(ClientError) as slow:
        runtime.invoke_endpoint(
            EndpointName=endpoint, ContentType="application/json", Body=json.dumps("sleep")
        )
    assert slow.value.response["Error"]["Code"] == "ModelError"
    assert "did not answer in time" in slow.value.response["Error"]["Message"]
    again = runtime.invoke_endpoint(
        EndpointName=endpoint, ContentType="application/json", Body=json.dumps([3])
    )
    assert json.loads(again["Body"].read()) == {"scaled": pytest.approx([3 * learning_rate])}
    assert "cannot take boom" in error["OriginalMessage"]
    sm.delete_endpoint(EndpointName=endpoint)


# A model that answers with its ANSWER; with GATED set its load waits for a file `gate` in its
# variant's directory (/opt/ml in the sandbox), which the test makes.
GATED = """
import os, time

def model_fn(model_dir):
    gate = os.path.join(model_dir, os.pardir, "gate")
    if os.environ.get("GATED"):
        print("waiting for the gate", flush=True)  # into the variant's server.log
        while not os.path.exists(gate):
            time.sleep(0.05)
    return os.environ["ANSWER"]

def input_fn(body, content_type):
    return body

def predict_fn(data, model):
    return model

def output_fn(prediction, accept):
    return prediction, "text/plain"
"""


def _loading(data_dir: Path, endpoint: str) -> Path:
    """The directory of `endpoint`'s variant, once its model waits for the gate there."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        for log in (data_dir / "endpoints").glob(f"{endpoint}-*/AllTraffic/server.log"):
            if "waiting for the gate" in log.read_text():
                return log.parent
        time.sleep(0.1)
    raise AssertionError(f"the model of {endpoint} never began to load")


def test_a_model_still_loading_holds_up_no_other_endpoint(
    served: Server, data_dir: Path, tmp_path: Path
) -> None:
    """While one endpoint's model server is starting (its model_fn waits for a file), another
    endpoint deploys and answers; the first goes InService once the file is there."""
    source = tmp_path / "code"
    source.mkdir()
    (source / "inference.py").write_text(GATED)
    environment = {
        "SAGEMAKER_PROGRAM": "inference.py",
        "SAGEMAKER_SUBMIT_DIRECTORY": f"file://{source}",
    }
    sm = aws_client(served.url, "sagemaker")
    runtime = aws_client(served.url, "sagemaker-runtime")

    def deploy(answer: str, *, gated: bool) -> str:
        model = {**environment, "ANSWER": answer, **({"GATED": "1"} if gated else {})}
        container = {"Image": PYTORCH_INFERENCE, "Environment": model}
        return _deploy(sm, model=unique(answer), container=container)

    def invoke(endpoint: str) -> bytes:
        answer = runtime.invoke_endpoint(EndpointName=endpoint, ContentType="text/plain", Body=b"?")
        return bytes(answer["Body"].read())

    slow = deploy("slow", gated=True)
    variant_dir = _loading(data_dir, slow)
    fast = deploy("fast", gated=False)
    described = wait_endpoint(sm, fast)
    assert described["EndpointStatus"] == "InService", described.get("FailureReason")
    assert invoke(fast) == b"fast"
    assert sm.describe_endpoint(EndpointName=slow)["EndpointStatus"] == "Creating"

    (variant_dir / "gate").touch()
    described = wait_endpoint(sm, slow)
    assert described["EndpointStatus"] == "InService", described.get("FailureReason")
    assert invoke(slow) == b"slow"
    for endpoint in (slow, fast):
        sm.delete_endpoint(EndpointName=endpoint)


def test_an_endpoint_without_inference_code_fails(served: Server, data_dir: Path) -> None:
    archive = data_dir / "s3" / "test-bucket" / "models" / "empty-code.tar.gz"
    archive.parent.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "w:gz") as tar:
        payload = b"{}"
        info = tarfile.TarInfo("model.json")
        info.size = len(payload)
        tar.addfile(info, io.BytesIO(payload))
    sm = aws_client(served.url, "sagemaker")
    model = unique("nocode")
    endpoint = _deploy(
        sm,
        model=model,
        container={
            "Image": PYTORCH_INFERENCE,
            "ModelDataUrl": "s3://test-bucket/models/empty-code.tar.gz",
        },
    )
    described = wait_endpoint(sm, endpoint)
    assert described["EndpointStatus"] == "Failed"
    assert "inference.py" in described["FailureReason"]
    runtime = aws_client(served.url, "sagemaker-runtime")
    with pytest.raises(ClientError) as refused:
        runtime.invoke_endpoint(EndpointName=endpoint, ContentType="text/csv", Body=b"1,2")
    assert refused.value.response["Error"]["Code"] == "ValidationError"


def test_hosting_validation_through_both_doors(served: Server) -> None:
    sm = aws_client(served.url, "sagemaker")
    missing = "s3://test-bucket/nowhere/model.tar.gz"
    with pytest.raises(ClientError) as no_data:
        sm.create_model(
            ModelName=unique("m"),
            PrimaryContainer={"Image": XGBOOST_IMAGE, "ModelDataUrl": missing},
            ExecutionRoleArn=ROLE,
        )
    assert no_data.value.response["Error"]["Code"] == "ValidationException"
    assert "Could not find model data" in no_data.value.response["Error"]["Message"]
    with pytest.raises(ClientError) as no_model:
        sm.create_endpoint_config(
            EndpointConfigName=unique("c"),
            ProductionVariants=[
                {"VariantName": "v", "ModelName": "ghost", "InitialInstanceCount": 1,
                 "InstanceType": "ml.m5.large"}
            ],
        )  # fmt: skip
    assert 'Could not find model "arn:aws:sagemaker:' in no_model.value.response["Error"]["Message"]
    with pytest.raises(ClientError) as no_config:
        sm.create_endpoint(EndpointName=unique("e"), EndpointConfigName="ghost")
    assert no_config.value.response["Error"]["Code"] == "ValidationException"
    with served.client() as http:
        response = http.post("/v1/models", json={"ModelName": "bad name!"})
        assert response.status_code == 400
        assert response.json()["__type"] == "ValidationException"
        assert "ModelName" in response.json()["message"]
        response = http.get("/v1/endpoints/ghost")
        assert response.status_code == 400
        assert 'Could not find endpoint "arn:aws:sagemaker:' in response.json()["message"]
        too_big = http.post(
            "/endpoints/ghost/invocations",
            content=b"1" * (6 * 1024 * 1024 + 1),
            headers={"Content-Type": "text/csv"},
        )
        assert too_big.status_code == 413
        assert too_big.json()["__type"] == "ValidationError"
