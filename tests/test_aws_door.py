"""The AWS door on a live openamt: each protocol from a real botocore client, and SigV4 on
every service but S3's (whose own tests check its rules).

botocore picks a service's protocol from its model; to speak the ones today's botocore no
longer picks for CloudWatch (query, as botocore before 1.42.7 did, and RPC v2 CBOR), the
tests hand botocore the same model with one protocol listed, through `AWS_DATA_PATH`, which
botocore's loader reads before its own data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import boto3
import httpx
import pytest
from botocore.exceptions import ClientError

from tests.support.botocore_models import cloudwatch_speaking
from tests.support.servers import ROOT, Server, aws_client

pytestmark = pytest.mark.services  # starts openamt itself (see conftest)

KEY, SECRET = "AKIDOPENAMTDOOR", "door-secret"


@pytest.fixture(scope="module")
def door(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    instance = Server(tmp_path_factory.mktemp("door") / "data", workers=1)
    instance.start()
    yield instance
    instance.stop()


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    instance = Server(
        tmp_path_factory.mktemp("signed") / "data",
        workers=1,
        env={"OPENAMT_ACCESS_KEYS": f"{KEY}:{SECRET}"},
    )
    instance.start()
    yield instance
    instance.stop()


# Run in a child interpreter: AWS_DATA_PATH is read when botocore's loader is built.
PROBE = """
import json, sys, boto3, botocore.exceptions
client = boto3.client("cloudwatch", endpoint_url=sys.argv[1], region_name="us-east-1",
                      aws_access_key_id="x", aws_secret_access_key="y")
out = {"protocol": client.meta.service_model.protocol}
out["metrics"] = client.list_metrics(Namespace="/aws/sagemaker/TrainingJobs")["Metrics"]
try:
    client.get_metric_statistics(Namespace="/aws/sagemaker/TrainingJobs", MetricName="m",
        StartTime=0, EndTime=60, Period=7, Statistics=["Average"])
except botocore.exceptions.ClientError as error:
    out["error"] = [error.response["Error"]["Code"],
                    error.response["ResponseMetadata"]["HTTPStatusCode"]]
print(json.dumps(out))
"""


@pytest.mark.parametrize("protocol", ["query", "smithy-rpc-v2-cbor", "json"])
def test_cloudwatch_in_every_protocol_botocore_has_spoken(
    door: Server, protocol: str, tmp_path: Path
) -> None:
    env = {**os.environ, "AWS_DATA_PATH": str(cloudwatch_speaking(protocol, tmp_path))}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, door.url],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["protocol"] == protocol
    assert answer["metrics"] == []  # no training job has run on this server
    assert answer["error"] == ["InvalidParameterValue", 400]  # a period of 7 s


def test_sts_and_iam_over_query(door: Server) -> None:
    identity = aws_client(door.url, "sts").get_caller_identity()
    assert identity["Account"] == "123456789012"
    assert identity["Arn"].startswith("arn:aws:sts::123456789012:assumed-role/")
    role = aws_client(door.url, "iam").get_role(RoleName="SageMakerRole")["Role"]
    assert role["Arn"] == "arn:aws:iam::123456789012:role/SageMakerRole"


def test_unknown_operations_and_services_in_each_protocol(door: Server) -> None:
    json_answer = httpx.post(
        f"{door.url}/",
        headers={"X-Amz-Target": "Logs_20140328.PutRetentionPolicyX",
                 "Content-Type": "application/x-amz-json-1.1"},
        content=b"{}",
    )  # fmt: skip
    assert json_answer.status_code == 400
    assert json_answer.json()["__type"] == "UnknownOperationException"
    form = httpx.post(
        f"{door.url}/",
        data={"Action": "AssumeRoleWithSAML", "Version": "2011-06-15"},
    )
    assert form.status_code == 400
    assert b"<Code>InvalidAction</Code>" in form.content
    assert form.headers["content-type"].startswith("text/xml")
    unknown_version = httpx.post(f"{door.url}/", data={"Action": "GetCallerIdentity"})
    assert b"<Code>InvalidAction</Code>" in unknown_version.content
    cbor = httpx.post(
        f"{door.url}/service/NoSuchService/operation/Nothing",
        headers={"smithy-protocol": "rpc-v2-cbor", "Content-Type": "application/cbor"},
        content=b"\xa0",
    )
    assert cbor.status_code == 400
    assert cbor.headers["smithy-protocol"] == "rpc-v2-cbor"


def test_bad_bodies_get_the_protocols_errors(door: Server) -> None:
    short = httpx.post(
        f"{door.url}/",
        headers={"X-Amz-Target": "Logs_20140328.GetLogEvents",
                 "Content-Type": "application/x-amz-json-1.1"},
        json={"logGroupName": "", "logStreamName": "s"},  # below the model's minimum length
    )  # fmt: skip
    assert (short.status_code, short.json()["__type"]) == (400, "InvalidParameterException")
    malformed = httpx.post(
        f"{door.url}/service/GraniteServiceVersion20100801/operation/ListMetrics",
        headers={"smithy-protocol": "rpc-v2-cbor", "Content-Type": "application/cbor"},
        content=b"\xff\xff",
    )
    assert malformed.status_code == 400
    wrong_type = httpx.post(
        f"{door.url}/",
        data={"Action": "GetMetricStatistics", "Version": "2010-08-01", "Period": "sixty"},
    )
    assert wrong_type.status_code == 400
    assert b"<Code>InvalidParameterValue</Code>" in wrong_type.content


@pytest.mark.parametrize("service", ["sts", "logs", "cloudwatch", "iam"])
def test_every_service_checks_signatures(signed: Server, service: str) -> None:
    def client(secret: str):  # type: ignore[no-untyped-def]
        return boto3.client(
            service, endpoint_url=signed.url, region_name="us-east-1",
            aws_access_key_id=KEY, aws_secret_access_key=secret,
        )  # fmt: skip

    calls = {
        "sts": lambda c: c.get_caller_identity(),
        "logs": lambda c: c.describe_log_groups(),
        "cloudwatch": lambda c: c.list_metrics(),
        "iam": lambda c: c.get_role(RoleName="SageMakerRole"),
    }
    calls[service](client(SECRET))
    with pytest.raises(ClientError) as refused:
        calls[service](client("not-the-secret"))
    assert refused.value.response["Error"]["Code"] in (
        "InvalidSignatureException",
        "SignatureDoesNotMatch",
    )
    assert refused.value.response["ResponseMetadata"]["HTTPStatusCode"] in (400, 403)


def test_sts_names_the_signing_key(signed: Server) -> None:
    sts = boto3.client(
        "sts", endpoint_url=signed.url, region_name="us-east-1",
        aws_access_key_id=KEY, aws_secret_access_key=SECRET,
    )  # fmt: skip
    assert sts.get_caller_identity()["Arn"].endswith(f"/{KEY}")


def test_the_s3_door_is_off_where_s3_lives_elsewhere(tmp_path: Path) -> None:
    """With OPENAMT_S3_ENDPOINT_URL set, s3:// is another store's: the door says so rather
    than keep objects no training job would read."""
    elsewhere = Server(
        tmp_path / "data", workers=1, env={"OPENAMT_S3_ENDPOINT_URL": "http://127.0.0.1:9"}
    )
    elsewhere.start()
    try:
        with pytest.raises(ClientError) as refused:
            aws_client(elsewhere.url, "s3").list_buckets()
        error = refused.value.response
        assert (error["Error"]["Code"], error["ResponseMetadata"]["HTTPStatusCode"]) == (
            "NotImplemented",
            501,
        )
        assert "OPENAMT_S3_ENDPOINT_URL" in error["Error"]["Message"]
    finally:
        elsewhere.stop()
