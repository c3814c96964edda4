"""Which AWS service and operation a request is for, and in which protocol it came.

Tried in order, as AWS's own front ends tell requests apart:
1. `X-Amz-Target: <prefix>.<Operation>`: JSON 1.0/1.1 (SageMaker, CloudWatch, CloudWatch Logs);
   the prefix names the service.
2. `POST /service/<name>/operation/<Operation>`: Smithy RPC v2 CBOR (CloudWatch).
3. A form post (`Action=<Operation>&Version=...`): query (STS, IAM, CloudWatch before botocore
   1.42.7). The service is the SigV4 credential scope's (`.../sts/aws4_request`), else the one
   whose API version the form names.
S3 is told apart before any of these, in the gate (`app/api/aws/s3/routing.py`): its requests
stream, so they are never read whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl

from app.api.aws import models

RPC_V2_PATH = re.compile(r"/service/(?P<service>[^/]+)/operation/(?P<operation>[^/]+)")
FORM = "application/x-www-form-urlencoded"
_CREDENTIAL = re.compile(r"Credential=[^/,\s]+/\d{8}/[^/,\s]*/(?P<service>[^/,\s]+)/aws4_request")


@dataclass(frozen=True)
class Route:
    protocol: str  # json | cbor | query
    service: str | None  # botocore's name; None: no service openamt speaks
    operation: str | None
    target: str = ""  # what the request named, for the error message


def protocol_of(method: str, path: str, headers: dict[str, str]) -> str | None:
    """The protocol alone, from what arrives before the body (for refusals in the gate)."""
    if method != "POST":
        return None
    if headers.get("x-amz-target"):
        return "json"
    if RPC_V2_PATH.fullmatch(path):
        return "cbor"
    if path == "/" and headers.get("content-type", "").split(";")[0].strip() == FORM:
        return "query"
    if path == "/" and "json" in headers.get("content-type", ""):
        return "json"
    return None


def route(method: str, path: str, headers: dict[str, str], body: bytes) -> Route | None:
    """`headers` by lower-case name. None: not an AWS RPC request."""
    protocol = protocol_of(method, path, headers)
    if protocol == "json":
        target = headers.get("x-amz-target", "")
        prefix, _, operation = target.partition(".")
        service = models.by_target_prefix().get(prefix)
        return Route("json", service, operation or None, target)
    if protocol == "cbor":
        match = RPC_V2_PATH.fullmatch(path)
        assert match is not None
        service = models.by_target_prefix().get(match["service"])
        return Route("cbor", service, match["operation"], path)
    if protocol == "query":
        form = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        action = form.get("Action")
        scope = _CREDENTIAL.search(headers.get("authorization", ""))
        if scope is not None:
            service = models.by_signing_name().get(scope["service"])
        else:
            service = models.by_api_version().get(form.get("Version", ""))
        return Route("query", service, action or None, action or "")
    return None
