"""Hosting as `tuner.deploy()` of a framework estimator does it, through unmodified boto3 in
both modes: a model whose `Environment` names `SAGEMAKER_PROGRAM` in an s3:// sourcedir.tar.gz
(the entry script with model_fn/input_fn/predict_fn/output_fn) serves predictions through that
script; UpdateEndpoint switches an endpoint to another configuration (Updating -> InService,
the new model answering); ListModels and ListEndpointConfigs with AWS's filters, sort and
pages."""

from __future__ import annotations

import io
import json
import tarfile
import textwrap
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from botocore.exceptions import ClientError

from tests.support.jobs import ROLE, SCRIPT_IMAGE, training_job, unique, wait_training
from tests.support.servers import Server, aws_client
from tests.support.shapes import check_structure, root_shape

# The SDK's framework entry script: trains when run, serves when imported by the container.
ENTRY = textwrap.dedent(
    """\
    import argparse, json, os

    def model_fn(model_dir):
        with open(os.path.join(model_dir, "model.json")) as f:
            return json.load(f)

    def input_fn(body, content_type):
        assert content_type == "application/json", content_type
        return json.loads(body)

    def predict_fn(data, model):
        return [x * model["factor"] for x in data]

    def output_fn(prediction, accept):
        return json.dumps({"predictions": prediction}), "application/json"

    if __name__ == "__main__":
        parser = argparse.ArgumentParser()
        parser.add_argument("--factor", type=float)
        args = parser.parse_args()
        with open(os.path.join(os.environ["SM_MODEL_DIR"], "model.json"), "w") as f:
            json.dump({"factor": args.factor}, f)
        print("trained", flush=True)
    """
)
INFERENCE_IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"


def _upload_sourcedir(server: Server, key: str) -> str:
    """sourcedir.tar.gz in the local s3:// store, as the SDK uploads it."""
    path = server.data_dir / "s3" / "test-bucket" / key
    path.parent.mkdir(parents=True, exist_ok=True)
    data = ENTRY.encode()
    with tarfile.open(path, "w:gz") as tar:
        info = tarfile.TarInfo("train.py")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    return f"s3://test-bucket/{key}"


def _train(sm: Any, server: Server, factor: float) -> tuple[str, str]:
    """A framework estimator's fit(): the model artifact and the code's location."""
    name = unique("entry-train")
    source = _upload_sourcedir(server, f"hosting/{name}/source/sourcedir.tar.gz")
    sm.create_training_job(
        **training_job(
            name,
            image=SCRIPT_IMAGE,
            hyperparameters={
                "sagemaker_program": '"train.py"',
                "sagemaker_submit_directory": json.dumps(source),
                "factor": json.dumps(factor),
            },
        )
    )
    job = wait_training(sm, name)
    assert job["TrainingJobStatus"] == "Completed", job.get("FailureReason")
    return job["ModelArtifacts"]["S3ModelArtifacts"], source


def _model_and_config(sm: Any, model_data: str, source: str) -> tuple[str, str]:
    model = unique("entry-model")
    sm.create_model(
        ModelName=model,
        ExecutionRoleArn=ROLE,
        PrimaryContainer={
            "Image": INFERENCE_IMAGE,
            "ModelDataUrl": model_data,
            # What the SDK's framework model sets.
            "Environment": {
                "SAGEMAKER_PROGRAM": "train.py",
                "SAGEMAKER_SUBMIT_DIRECTORY": source,
                "SAGEMAKER_CONTAINER_LOG_LEVEL": "20",
                "SAGEMAKER_REGION": "us-east-1",
            },
        },
    )
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
    return model, config


def _wait_status(sm: Any, endpoint: str, status: str, timeout: float = 120) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        described: dict[str, Any] = sm.describe_endpoint(EndpointName=endpoint)
        if described["EndpointStatus"] == status:
            return described
        assert described["EndpointStatus"] not in ("Failed",), described
        assert time.monotonic() < deadline, f"{endpoint}: {described['EndpointStatus']}"
        time.sleep(0.2)


def _predict(runtime: Any, endpoint: str, values: list[float]) -> list[float]:
    answer = runtime.invoke_endpoint(
        EndpointName=endpoint, ContentType="application/json", Body=json.dumps(values)
    )
    assert answer["ContentType"] == "application/json"
    return list(json.loads(answer["Body"].read())["predictions"])


@pytest.mark.parametrize(
    ("operation", "direction", "model"),
    [
        ("ListModels", "input", "ListModelsRequest"),
        ("ListModels", "output", "ListModelsResponse"),
        ("ListEndpointConfigs", "input", "ListEndpointConfigsRequest"),
        ("ListEndpointConfigs", "output", "ListEndpointConfigsResponse"),
        ("UpdateEndpoint", "input", "UpdateEndpointRequest"),
        ("UpdateEndpoint", "output", "UpdateEndpointResponse"),
    ],
)
def test_hosting_models_match_botocore(operation: str, direction: str, model: str) -> None:
    from app.serving import schemas

    check_structure(root_shape(operation, direction), getattr(schemas, model), operation, set())


def test_entry_script_serves_and_update_endpoint_switches_models(server: Server) -> None:
    sm = aws_client(server.url)
    runtime = aws_client(server.url, "sagemaker-runtime")
    first_data, first_source = _train(sm, server, 2.0)
    second_data, second_source = _train(sm, server, 10.0)
    first_model, first_config = _model_and_config(sm, first_data, first_source)
    second_model, second_config = _model_and_config(sm, second_data, second_source)

    endpoint = unique("entry-ep")
    arn = sm.create_endpoint(EndpointName=endpoint, EndpointConfigName=first_config)["EndpointArn"]
    _wait_status(sm, endpoint, "InService")
    # The entry script's model_fn, input_fn, predict_fn and output_fn answer.
    assert _predict(runtime, endpoint, [1, 2.5]) == [2.0, 5.0]

    updated = sm.update_endpoint(EndpointName=endpoint, EndpointConfigName=second_config)
    assert updated["EndpointArn"] == arn
    updating = sm.describe_endpoint(EndpointName=endpoint)
    if updating["EndpointStatus"] == "Updating":  # the new model may load before we look
        assert updating["EndpointConfigName"] == first_config
        assert updating["PendingDeploymentSummary"]["EndpointConfigName"] == second_config
        with pytest.raises(ClientError) as busy:
            sm.update_endpoint(EndpointName=endpoint, EndpointConfigName=first_config)
        assert busy.value.response["Error"]["Code"] == "ValidationException"
    done = _wait_status(sm, endpoint, "InService")
    assert done["EndpointConfigName"] == second_config
    assert "PendingDeploymentSummary" not in done
    assert _predict(runtime, endpoint, [1, 2.5]) == [10.0, 25.0]
    # The configuration the endpoint left can be deleted; the endpoint goes on serving.
    sm.delete_endpoint_config(EndpointConfigName=first_config)
    sm.delete_model(ModelName=first_model)
    assert _predict(runtime, endpoint, [3]) == [30.0]

    # An update to a model that cannot be served is rolled back: the old model still answers.
    broken_model = unique("entry-broken")
    sm.create_model(
        ModelName=broken_model,
        ExecutionRoleArn=ROLE,
        PrimaryContainer={
            "Image": INFERENCE_IMAGE,
            "ModelDataUrl": second_data,
            "Environment": {"SAGEMAKER_PROGRAM": "missing.py"},
        },
    )
    broken_config = f"{broken_model}-config"
    sm.create_endpoint_config(
        EndpointConfigName=broken_config,
        ProductionVariants=[
            {
                "VariantName": "AllTraffic",
                "ModelName": broken_model,
                "InitialInstanceCount": 1,
                "InstanceType": "ml.m5.large",
            }
        ],
    )
    sm.update_endpoint(EndpointName=endpoint, EndpointConfigName=broken_config)
    deadline = time.monotonic() + 60
    while True:
        rolled_back = sm.describe_endpoint(EndpointName=endpoint)
        if rolled_back["EndpointStatus"] == "InService" and rolled_back.get("FailureReason"):
            break
        assert time.monotonic() < deadline, rolled_back
        time.sleep(0.2)
    assert rolled_back["EndpointConfigName"] == second_config
    assert "missing.py" in rolled_back["FailureReason"]
    assert _predict(runtime, endpoint, [1]) == [10.0]

    for bad in (
        {"EndpointName": unique("no-such-ep"), "EndpointConfigName": second_config},
        {"EndpointName": endpoint, "EndpointConfigName": unique("no-such-config")},
    ):
        with pytest.raises(ClientError) as refused:
            sm.update_endpoint(**bad)
        assert refused.value.response["Error"]["Code"] == "ValidationException"
    sm.delete_endpoint(EndpointName=endpoint)
    sm.delete_model(ModelName=second_model)


def test_list_models_and_endpoint_configs(server: Server) -> None:
    sm = aws_client(server.url)
    prefix = unique("lm")
    before = datetime.now(UTC) - timedelta(seconds=1)
    models = []
    for i in range(3):
        model = f"{prefix}-{i}"
        models.append(model)
        sm.create_model(
            ModelName=model,
            ExecutionRoleArn=ROLE,
            PrimaryContainer={
                "Image": INFERENCE_IMAGE,
                "Environment": {
                    "SAGEMAKER_PROGRAM": "train.py",
                    "SAGEMAKER_SUBMIT_DIRECTORY": "s3://test-bucket/none/sourcedir.tar.gz",
                },
            },
        )
        sm.create_endpoint_config(
            EndpointConfigName=f"{model}-cfg",
            ProductionVariants=[
                {
                    "VariantName": "AllTraffic",
                    "ModelName": model,
                    "InitialInstanceCount": 1,
                    "InstanceType": "ml.m5.large",
                }
            ],
        )
        time.sleep(0.05)
    configs = [f"{m}-cfg" for m in models]

    def walk(call: Any, key: str, field: str, **params: Any) -> list[str]:
        found, token = [], None
        while True:
            page = call(NameContains=prefix, **params, **({"NextToken": token} if token else {}))
            found += [item[field] for item in page[key]]
            token = page.get("NextToken")
            if not token:
                return found

    for call, key, field, names in (
        (sm.list_models, "Models", "ModelName", models),
        (sm.list_endpoint_configs, "EndpointConfigs", "EndpointConfigName", configs),
    ):
        assert walk(call, key, field) == names[::-1]  # newest first by default
        assert walk(call, key, field, SortOrder="Ascending") == names
        assert walk(call, key, field, SortBy="Name", SortOrder="Ascending") == sorted(names)
        assert walk(call, key, field, MaxResults=1) == names[::-1]
        assert walk(call, key, field, CreationTimeAfter=before) == names[::-1]
        assert walk(call, key, field, CreationTimeBefore=before) == []
        page = call(NameContains=prefix, MaxResults=2)
        assert len(page[key]) == 2 and page["NextToken"]
        items = call(NameContains=f"{prefix}-1")[key]
        assert [item[field] for item in items] == [names[1]]
        assert isinstance(items[0]["CreationTime"], datetime)
        middle = items[0]["CreationTime"]
        assert walk(call, key, field, CreationTimeAfter=middle) == [names[2]]
        assert walk(call, key, field, CreationTimeBefore=middle) == [names[0]]
        with pytest.raises(ClientError) as bad_token:
            call(NextToken="not-a-token")
        assert bad_token.value.response["Error"]["Code"] == "ValidationException"
    arns = [m["ModelArn"] for m in sm.list_models(NameContains=prefix)["Models"]]
    assert arns[-1] == f"arn:aws:sagemaker:us-east-1:123456789012:model/{models[0]}"

    with server.client() as http:
        listed = http.get("/v1/models", params={"NameContains": prefix, "SortBy": "Name"})
        assert listed.status_code == 200, listed.text
        assert [m["ModelName"] for m in listed.json()["Models"]] == sorted(models, reverse=True)
        listed = http.get("/v1/endpoint-configs", params={"NameContains": prefix, "MaxResults": 1})
        assert [c["EndpointConfigName"] for c in listed.json()["EndpointConfigs"]] == [configs[2]]
