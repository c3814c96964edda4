"""Who is calling: AWS Signature Version 4 on both doors, bearer tokens (or, for a browser,
HTTP Basic carrying a token or an access key and its secret) on the REST door and the pages.

Verified here with hmac/hashlib, following the SigV4 spec: rebuild the canonical request from
the request as it arrived (raw path and query, the signed headers, the body's SHA-256), derive
the signing key from the secret and the credential scope, and compare signatures in constant
time. Failures carry the code and status AWS's JSON protocol services answer with:

- no Authorization header: MissingAuthenticationTokenException, 403 (AWS's common errors
  list MissingAuthenticationToken as 403);
- a header that is not a well-formed AWS4-HMAC-SHA256 one: IncompleteSignatureException, 400;
- an access key (or bearer token) we do not know: UnrecognizedClientException, 400 (what
  JSON-protocol services send on the wire, e.g. DynamoDB, ECS, Cognito);
- a signature that does not match, or a date more than 5 minutes off: InvalidSignatureException,
  400, with AWS's own "Signature expired: ..." wording (botocore recognises it as clock skew).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import posixpath
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from urllib.parse import quote, unquote

ALGORITHM = "AWS4-HMAC-SHA256"
MAX_SKEW = timedelta(minutes=5)
_ISO_BASIC = "%Y%m%dT%H%M%SZ"


class AuthFailure(Exception):
    """A request that must not go further; `code` and `status` are AWS's."""

    def __init__(self, status: int, code: str, message: str, *, key_id: str | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.key_id = key_id


def _missing() -> AuthFailure:
    return AuthFailure(403, "MissingAuthenticationTokenException", "Missing Authentication Token")


def _incomplete(message: str) -> AuthFailure:
    return AuthFailure(400, "IncompleteSignatureException", message)


def _unrecognized(key_id: str | None = None) -> AuthFailure:
    return AuthFailure(
        400,
        "UnrecognizedClientException",
        "The security token included in the request is invalid.",
        key_id=key_id,
    )


def _invalid(message: str, key_id: str) -> AuthFailure:
    return AuthFailure(400, "InvalidSignatureException", message, key_id=key_id)


@dataclass(frozen=True)
class RawRequest:
    """What a signature covers, as it arrived (ASGI's raw path and query, headers in order)."""

    method: str
    raw_path: bytes
    query: bytes
    headers: list[tuple[bytes, bytes]]
    body: bytes

    def header(self, name: str) -> str | None:
        values = self.header_values(name)
        return ",".join(values) if values else None

    def header_values(self, name: str) -> list[str]:
        wanted = name.lower().encode("latin-1")
        return [v.decode("latin-1") for k, v in self.headers if k.lower() == wanted]


def authenticate(
    request: RawRequest,
    *,
    credentials: dict[str, str],
    bearer_tokens: list[str],
    allow_bearer: bool,
    now: datetime | None = None,
) -> str:
    """The caller's identity (an access key id, or "bearer"), else AuthFailure."""
    header = request.header("authorization")
    if header is None or not header.strip():
        raise _missing()
    scheme, _, rest = header.strip().partition(" ")
    if scheme.lower() == "basic" and allow_bearer:
        return _basic(rest.strip(), credentials, bearer_tokens)
    if scheme.lower() == "bearer" and allow_bearer:
        token = rest.strip()
        # compare_digest on every token: the time taken does not tell which one nearly matched.
        matched = [hmac.compare_digest(token.encode(), t.encode()) for t in bearer_tokens]
        if token and any(matched):
            return "bearer"
        raise _unrecognized()
    if scheme != ALGORITHM:
        raise _incomplete(
            f"Authorization header requires the {ALGORITHM} scheme with 'Credential', "
            "'SignedHeaders' and 'Signature' parameters"
            + (" (or 'Bearer <token>')" if allow_bearer else "")
        )
    return _verify_sigv4(request, rest, credentials, now or datetime.now(UTC))


def _basic(text: str, credentials: dict[str, str], bearer_tokens: list[str]) -> str:
    """HTTP Basic, for a browser (it asks for it after a 401 with WWW-Authenticate): the
    password is a bearer token (any user name), or the user is an access key id and the
    password its secret. The same secrets as the other schemes, in the form browsers send."""
    try:
        user, sep, password = base64.b64decode(text, validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        raise _incomplete("Authorization: Basic needs base64 of user:password") from None
    if not sep or not password:
        raise _unrecognized()
    secret = credentials.get(user)
    if secret is not None and hmac.compare_digest(password.encode(), secret.encode()):
        return user
    if any([hmac.compare_digest(password.encode(), t.encode()) for t in bearer_tokens]):
        return "bearer"
    raise _unrecognized(user if secret is not None else None)


def _parameters(text: str) -> dict[str, str]:
    found = {}
    for part in text.split(","):
        name, sep, value = part.strip().partition("=")
        if sep:
            found[name.strip()] = value.strip()
    return found


def _verify_sigv4(
    request: RawRequest, text: str, credentials: dict[str, str], now: datetime
) -> str:
    params = _parameters(text)
    problems = [
        f"Authorization header requires '{name}' parameter."
        for name in ("Credential", "Signature", "SignedHeaders")
        if not params.get(name)
    ]
    amz_date = request.header("x-amz-date")
    date_header = request.header("date")
    if not amz_date and not date_header:
        problems.append(
            "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."
        )
    if problems:
        raise _incomplete(" ".join(problems))

    scope_parts = params["Credential"].split("/")
    if len(scope_parts) != 5 or not all(scope_parts) or scope_parts[4] != "aws4_request":
        raise _incomplete(
            "Credential must have the form <AccessKeyId>/<YYYYMMDD>/<region>/<service>/"
            "aws4_request."
        )
    key_id, scope_date = scope_parts[0], scope_parts[1]
    signed = params["SignedHeaders"].split(";")
    if any(not h or h != h.lower() for h in signed):
        raise _incomplete("SignedHeaders must be lower-case header names, ';'-separated.")
    if "host" not in signed:
        raise _incomplete("'Host' must be a 'SignedHeader' in the AWS Authorization.")

    moment = _request_time(amz_date, date_header)
    stamp = moment.strftime(_ISO_BASIC)
    if moment < now - MAX_SKEW:
        raise _invalid(
            f"Signature expired: {stamp} is now earlier than "
            f"{(now - MAX_SKEW).strftime(_ISO_BASIC)} ({now.strftime(_ISO_BASIC)} - 5 min.)",
            key_id,
        )
    if moment > now + MAX_SKEW:
        raise _invalid(
            f"Signature not yet current: {stamp} is still later than "
            f"{(now + MAX_SKEW).strftime(_ISO_BASIC)} ({now.strftime(_ISO_BASIC)} + 5 min.)",
            key_id,
        )
    if scope_date != stamp[:8]:
        raise _invalid(
            f"Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date "
            f"from HTTP: '{scope_date}' != '{stamp[:8]}', from '{stamp}'.",
            key_id,
        )
    secret = credentials.get(key_id)
    if secret is None:
        raise _unrecognized(key_id)

    body_hash = hashlib.sha256(request.body).hexdigest()
    declared = request.header("x-amz-content-sha256")
    if declared is not None and declared.strip() != body_hash:
        raise _invalid(
            "The provided 'x-amz-content-sha256' header does not match what was computed.", key_id
        )
    headers = _canonical_headers(request, signed)
    scope = "/".join(scope_parts[1:])
    signing_key = _signing_key(secret, *scope_parts[1:4])
    given = params["Signature"].lower().encode()
    for canonical_uri in _canonical_uris(request.raw_path):
        for canonical_query in _canonical_queries(request.query):
            canonical = "\n".join(
                (request.method.upper(), canonical_uri, canonical_query, headers,
                 ";".join(signed), body_hash)
            )  # fmt: skip
            to_sign = "\n".join(
                (ALGORITHM, stamp, scope, hashlib.sha256(canonical.encode()).hexdigest())
            )
            expected = hmac.new(signing_key, to_sign.encode(), hashlib.sha256).hexdigest()
            if hmac.compare_digest(expected.encode(), given):
                return key_id
    raise _invalid(
        "The request signature we calculated does not match the signature you provided. "
        "Check your AWS Secret Access Key and signing method. Consult the service "
        "documentation for details.",
        key_id,
    )


def _request_time(amz_date: str | None, date_header: str | None) -> datetime:
    if amz_date:
        try:
            return datetime.strptime(amz_date.strip(), _ISO_BASIC).replace(tzinfo=UTC)
        except ValueError:
            raise _incomplete(
                f"Date must be in ISO-8601 'basic format'. Got '{amz_date.strip()[:40]}'."
            ) from None
    assert date_header is not None
    try:
        moment = parsedate_to_datetime(date_header)
    except (TypeError, ValueError):
        raise _incomplete(f"Date header is not an HTTP date: '{date_header[:40]}'.") from None
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def _canonical_headers(request: RawRequest, signed: list[str]) -> str:
    lines = []
    for name in signed:
        # Values trimmed and inner runs of spaces collapsed; repeated headers joined by ','.
        values = [" ".join(v.split()) for v in request.header_values(name)]
        lines.append(f"{name}:{','.join(values)}\n")
    return "".join(lines)


def _signing_key(secret: str, date: str, region: str, service: str) -> bytes:
    key = f"AWS4{secret}".encode()
    for part in (date, region, service, "aws4_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    return key


def _canonical_uris(raw_path: bytes) -> list[str]:
    """The spec's form (dot segments removed, each segment URI-encoded again: what botocore
    signs for every service but S3) and the path as sent (what curl 7.x signs)."""
    path = raw_path.decode("latin-1") or "/"
    normalized = posixpath.normpath(path) if path != "/" else "/"
    if path.endswith("/") and normalized != "/":
        normalized += "/"
    normalized = "/" + normalized.lstrip("/")
    forms = [quote(normalized, safe="/~"), path, quote(unquote(path), safe="/~")]
    return list(dict.fromkeys(forms))


def _canonical_queries(query: bytes) -> list[str]:
    """The spec's form (names and values decoded, re-encoded RFC 3986 style, sorted) and the
    pairs as sent, sorted (botocore signs a query already in the URL as it is)."""
    pairs = [p.partition("=") for p in query.decode("latin-1").split("&") if p]
    raw = "&".join(f"{k}={v}" for k, _, v in sorted(pairs))
    encoded = sorted(
        (quote(unquote(k), safe="-_.~"), quote(unquote(v), safe="-_.~")) for k, _, v in pairs
    )
    spec = "&".join(f"{k}={v}" for k, v in encoded)
    return list(dict.fromkeys([spec, raw]))
