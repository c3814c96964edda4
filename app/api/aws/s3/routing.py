"""Which requests are S3's, and which bucket and key they address.

An S3 request is one signed for the `s3` service (an Authorization header whose credential
scope is `<key>/<date>/<region>/s3/aws4_request`, or a presigned URL's `X-Amz-Credential`; or
S3's own presigned URLs of signature version 2, `AWSAccessKeyId` and `Signature`), or
one addressed virtual-host style: `Host: <bucket>.localhost[:port]` or `<bucket>.s3.<anything>`.
Everything else stays openamt's (its REST routes, pages and the SageMaker door).

Decision: unsigned path-style requests are not S3's: `GET /v1/...` and the pages must keep
working without credentials, and every AWS SDK signs (with dummy keys when auth is off).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote_to_bytes

from starlette.types import Scope

_SCOPE = re.compile(r"Credential=[^/,\s]*/\d{8}/[^/,\s]*/s3/aws4_request")
_VIRTUAL_HOST = re.compile(r"^(?P<bucket>[a-z0-9][a-z0-9.-]*?)\.(?:s3\.[^:]+|localhost)(?::\d+)?$")


def header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return str(value.decode("latin-1"))
    return None


def virtual_host_bucket(scope: Scope) -> str | None:
    """The bucket a virtual-host style Host names, else None."""
    host = (header(scope, b"host") or "").strip().lower()
    match = _VIRTUAL_HOST.match(host)
    return match.group("bucket") if match else None


def is_s3_request(scope: Scope) -> bool:
    if scope.get("type") != "http":
        return False
    authorization = header(scope, b"authorization") or ""
    if authorization.startswith("AWS4-HMAC-SHA256") and _SCOPE.search(authorization):
        return True
    query = scope.get("query_string", b"").decode("latin-1")
    if "AWSAccessKeyId=" in query and "Signature=" in query:
        return True  # a presigned URL of S3's signature version 2 (no other AWS door uses it)
    if "X-Amz-Credential" in query:
        for name, value in parse_qsl(query, keep_blank_values=True):
            if name == "X-Amz-Credential":
                parts = value.split("/")
                return len(parts) == 5 and parts[3] == "s3"
    return virtual_host_bucket(scope) is not None


def bucket_and_key(scope: Scope) -> tuple[str | None, str | None]:
    """(bucket, key) from the Host and the raw path (percent-decoded once, as S3 does)."""
    raw: bytes = scope.get("raw_path") or scope.get("path", "").encode()
    raw = raw.split(b"?", 1)[0]
    bucket = virtual_host_bucket(scope)
    if bucket is not None:
        return bucket, _decoded(raw[1:] if raw.startswith(b"/") else raw)
    _, _, rest = raw.partition(b"/")
    name, _, key = rest.partition(b"/")
    return _decoded(name), _decoded(key)


def _decoded(raw: bytes) -> str | None:
    """Percent-decoded UTF-8; undecodable bytes become U+FFFD (a key nobody can have)."""
    return unquote_to_bytes(raw).decode("utf-8", "replace") or None
