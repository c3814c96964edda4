"""IAM's two operations the SageMaker SDK calls before it trains: GetRole and
SimulatePrincipalPolicy.

openamt enforces no IAM: a job's RoleArn is recorded, never assumed. So:

Decisions:
- Every role exists. Users without AWS pass made-up role ARNs (`arn:aws:iam::123...:role/
  SageMakerRole`), and the SDK v3 looks the role up by name before it builds a job. GetRole
  answers any valid name with a role of this account whose trust policy lets SageMaker assume
  it (the SDK checks that `sagemaker.amazonaws.com` is trusted), path `/`, a RoleId derived
  from the name (the same on every call and in every process), and a fixed CreateDate (the
  role has no history here).
- SimulatePrincipalPolicy allows every action on every resource, for any IAM principal of any
  account: that is what openamt does with them. The SDK v3 reads `EvalDecision` and goes on
  when all are `allowed` (an AccessDenied would also let it go on, with a warning in its log).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from app.api.aws.registry import ServiceError, operation
from app.api.context import Context

ROLE_CREATED = datetime(2026, 1, 1, tzinfo=UTC)
TRUST_POLICY = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": {"Service": "sagemaker.amazonaws.com"},
            "Action": "sts:AssumeRole",
        }
    ],
}
_ROLE_NAME = re.compile(r"^[\w+=,.@-]{1,64}$")
_PRINCIPAL = re.compile(r"^arn:aws[a-z-]*:iam::(\d{12}):(user|group|role)/\S+$")
SIMULATION_PAGE = 100


def role_id(name: str) -> str:
    """AWS's unique id of a role: AROA and 17 characters, stable for a name."""
    digest = base64.b32encode(hashlib.sha256(name.encode()).digest()).decode()
    return "AROA" + digest[:17]


@operation("iam", "GetRole")
def get_role(ctx: Context, params: dict[str, Any]) -> dict[str, Any]:
    name = params["RoleName"]
    if not _ROLE_NAME.match(name):  # the model's pattern: neither botocore nor the layer checks it
        raise ServiceError(
            "ValidationError",
            f"1 validation error detected: Value '{name}' at 'roleName' failed to satisfy "
            "constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
        )
    return {
        "Role": {
            "Path": "/",
            "RoleName": name,
            "RoleId": role_id(name),
            "Arn": f"arn:aws:iam::{ctx.settings.account_id}:role/{name}",
            "CreateDate": ROLE_CREATED,
            # IAM sends policy documents URL-encoded; botocore decodes them into a dict.
            "AssumeRolePolicyDocument": quote(json.dumps(TRUST_POLICY), safe=""),
            "Description": "Any role: openamt records a job's role and never assumes it.",
            "MaxSessionDuration": 3600,
            "RoleLastUsed": {},
        }
    }


@operation("iam", "SimulatePrincipalPolicy")
def simulate_principal_policy(ctx: Context, params: dict[str, Any]) -> dict[str, Any]:
    source = params["PolicySourceArn"]
    if not _PRINCIPAL.match(source):
        raise ServiceError(
            "InvalidInput",
            f"Invalid ARN {source}: PolicySourceArn must name an IAM user, group or role.",
        )
    actions: list[str] = params["ActionNames"]
    resources: list[str] = params.get("ResourceArns") or ["*"]
    results = [
        {
            "EvalActionName": action,
            "EvalResourceName": resource,
            "EvalDecision": "allowed",
            "MatchedStatements": [],
            "MissingContextValues": [],
        }
        for action in actions
        for resource in resources
    ]
    start = _marker(params.get("Marker"), len(results))
    size = params.get("MaxItems") or SIMULATION_PAGE
    page = results[start : start + size]
    answer: dict[str, Any] = {"EvaluationResults": page, "IsTruncated": False}
    if start + size < len(results):
        answer["IsTruncated"] = True
        answer["Marker"] = f"openamt-{start + size}"
    return answer


def _marker(marker: str | None, total: int) -> int:
    if marker is None:
        return 0
    number = marker.removeprefix("openamt-")
    if not number.isdigit() or int(number) > total:
        raise ServiceError("InvalidInput", f"Invalid Marker {marker}")
    return int(number)
