"""STS GetCallerIdentity: who openamt takes the caller to be.

Decision: the caller is an assumed role, `arn:aws:sts::<account>:assumed-role/openamt/<key>`
(the session named by the access key id that signed, when auth checks signatures; else
`openamt`). An assumed role, not an IAM user, because the SageMaker SDK v3 resolves a default
execution role from the caller's ARN (IAM GetRole on the role's name) and refuses users and
root: with this answer code that passes no role goes on, with role `openamt` (app/api/aws/
iam.py answers every role).
"""

from __future__ import annotations

from typing import Any

from app.api.aws.iam import role_id
from app.api.aws.registry import operation
from app.api.context import Context

CALLER_ROLE = "openamt"


@operation("sts", "GetCallerIdentity")
def get_caller_identity(ctx: Context, params: dict[str, Any]) -> dict[str, Any]:
    session = ctx.principal or CALLER_ROLE
    return {
        "UserId": f"{role_id(CALLER_ROLE)}:{session}",
        "Account": ctx.settings.account_id,
        "Arn": f"arn:aws:sts::{ctx.settings.account_id}:assumed-role/{CALLER_ROLE}/{session}",
    }
