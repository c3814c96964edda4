"""STS GetCallerIdentity and IAM GetRole / SimulatePrincipalPolicy through unmodified boto3, the
AWS CLI and the SageMaker SDK v3's own role resolver, against a live openamt."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import boto3
import botocore.exceptions
import pytest

from tests.support import runs
from tests.support.servers import Server, aws_client, aws_env

ACCOUNT = "123456789012"
CLI = Path(sys.executable).parent / "aws"
KEY_ID, SECRET = "AKIDCALLERTEST", "caller/secret+value"


def test_caller_identity(server: Server) -> None:
    identity = aws_client(server.url, "sts").get_caller_identity()
    assert identity["Account"] == ACCOUNT
    assert identity["Arn"] == f"arn:aws:sts::{ACCOUNT}:assumed-role/openamt/openamt"
    role = aws_client(server.url, "iam").get_role(RoleName="openamt")["Role"]
    assert identity["UserId"] == f"{role['RoleId']}:openamt"


@pytest.fixture(scope="module")
def secured(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    env = {"OPENAMT_ACCESS_KEYS": f"{KEY_ID}:{SECRET}"}
    instance = Server(tmp_path_factory.mktemp("sts") / "data", workers=1, env=env).start()
    yield instance
    instance.stop()


def test_caller_is_the_access_key_that_signed(secured: Server) -> None:
    sts = boto3.client(
        "sts",
        endpoint_url=secured.url,
        region_name="us-east-1",
        aws_access_key_id=KEY_ID,
        aws_secret_access_key=SECRET,
    )
    identity = sts.get_caller_identity()
    assert identity["Arn"] == f"arn:aws:sts::{ACCOUNT}:assumed-role/openamt/{KEY_ID}"
    assert identity["UserId"].endswith(f":{KEY_ID}")
    stranger = aws_client(secured.url, "sts")  # a key openamt does not know
    with pytest.raises(botocore.exceptions.ClientError):
        stranger.get_caller_identity()


def test_every_role_exists_and_trusts_sagemaker(server: Server) -> None:
    iam = aws_client(server.url, "iam")
    first = iam.get_role(RoleName="SageMakerRole")["Role"]
    assert first["Arn"] == f"arn:aws:iam::{ACCOUNT}:role/SageMakerRole"
    assert first["Path"] == "/" and first["RoleName"] == "SageMakerRole"
    assert first["RoleId"].startswith("AROA") and len(first["RoleId"]) == 21
    # botocore decodes IAM's URL-encoded policy documents: a dict, as from AWS.
    (statement,) = first["AssumeRolePolicyDocument"]["Statement"]
    assert statement["Principal"] == {"Service": "sagemaker.amazonaws.com"}
    assert statement["Action"] == "sts:AssumeRole" and statement["Effect"] == "Allow"
    again = iam.get_role(RoleName="SageMakerRole")["Role"]
    assert again == first
    other = iam.get_role(RoleName="made-up.role@team")["Role"]
    assert other["RoleId"] != first["RoleId"]
    with pytest.raises(botocore.exceptions.ClientError) as error:
        iam.get_role(RoleName="no/slashes")
    assert error.value.response["Error"]["Code"] == "ValidationError"


def test_simulation_allows_everything_by_pages(server: Server) -> None:
    iam = aws_client(server.url, "iam")
    actions = [f"sagemaker:Action{n}" for n in range(130)]
    pages = list(
        iam.get_paginator("simulate_principal_policy").paginate(
            PolicySourceArn=f"arn:aws:iam::{ACCOUNT}:role/SageMakerRole",
            ActionNames=actions,
            ResourceArns=["arn:aws:s3:::bucket/*", "*"],
            PaginationConfig={"PageSize": 100},
        )
    )
    results = [r for page in pages for r in page["EvaluationResults"]]
    assert len(pages) == 3
    assert [(r["EvalActionName"], r["EvalResourceName"]) for r in results] == [
        (a, r) for a in actions for r in ("arn:aws:s3:::bucket/*", "*")
    ]
    assert {r["EvalDecision"] for r in results} == {"allowed"}
    with pytest.raises(botocore.exceptions.ClientError) as error:
        iam.simulate_principal_policy(
            PolicySourceArn="arn:aws:s3:::not-a-principal", ActionNames=["s3:GetObject"]
        )
    assert error.value.response["Error"]["Code"] == "InvalidInput"


@pytest.mark.parametrize("server", ["embedded"], indirect=True)  # boto3: both
def test_aws_cli(server: Server) -> None:
    for args, key, expected in (
        (["sts", "get-caller-identity"], "Account", ACCOUNT),
        (["iam", "get-role", "--role-name", "SageMakerRole"], "Role",
         f"arn:aws:iam::{ACCOUNT}:role/SageMakerRole"),
    ):  # fmt: skip
        done = subprocess.run(
            [str(CLI), *args, "--output", "json"],
            env=aws_env(server.url),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        answer = json.loads(done.stdout)[key]
        assert (answer["Arn"] if key == "Role" else answer) == expected


RESOLVE = textwrap.dedent(
    """
    import json, logging
    logging.basicConfig(level=logging.WARNING)
    from sagemaker.core.helper.iam_role_resolver import resolve_and_validate_role
    print(json.dumps([
        resolve_and_validate_role(None, "training"),
        resolve_and_validate_role("SageMakerRole", "training"),
        resolve_and_validate_role("arn:aws:iam::123456789012:role/Team/Made-Up", "training"),
    ]))
    """
)


@pytest.mark.parametrize("server", ["embedded"], indirect=True)  # boto3: both
def test_sagemaker_sdk_v3_resolves_and_validates_roles(server: Server, tmp_path: Path) -> None:
    """The SDK's own resolver: with no role it takes the caller's (GetCallerIdentity, then
    GetRole); any role is validated by SimulatePrincipalPolicy and its trust policy."""
    env = runs.sdk_env(server, tmp_path)
    done = subprocess.run(
        [str(runs.sdk_python(3)), "-c", RESOLVE],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == [
        f"arn:aws:iam::{ACCOUNT}:role/openamt",
        f"arn:aws:iam::{ACCOUNT}:role/SageMakerRole",
        f"arn:aws:iam::{ACCOUNT}:role/Team/Made-Up",
    ]
    assert "Could not verify" not in done.stderr  # validated, not waved through
