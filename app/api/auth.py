"""Who is calling: AWS Signature Version 4 on both doors, bearer tokens (or, for a browser,
HTTP Basic carrying a token or an access key and its secret) on the REST door and the pages.

SigV4 is verified by app/api/aws/sigv4.py on botocore's own signer (`SigV4Auth`: the canonical
URI normalized and encoded twice, the payload hash the body's SHA-256; curl's `--aws-sigv4`,
which signs the path as sent, is accepted too). Here its failures are said in the words and
codes AWS's JSON protocol services answer with:

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
import hmac
from dataclasses import dataclass
from datetime import UTC, datetime

from app.api.aws import sigv4

ALGORITHM = sigv4.ALGORITHM
MAX_SKEW = sigv4.SERVICES.max_skew
_ISO_BASIC = sigv4.ISO_BASIC


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


def _verify_sigv4(
    request: RawRequest, text: str, credentials: dict[str, str], now: datetime
) -> str:
    arrived = sigv4.Arrived(
        method=request.method,
        raw_path=request.raw_path.decode("latin-1"),
        raw_query=request.query.decode("latin-1"),
        headers=[(k.decode("latin-1").lower(), v.decode("latin-1")) for k, v in request.headers],
        body=request.body,
    )
    try:
        return sigv4.verify_header(arrived, text, credentials, rules=sigv4.SERVICES, now=now).key_id
    except sigv4.SignatureFailure as failure:
        raise _in_json_words(failure) from None


def _in_json_words(failure: sigv4.SignatureFailure) -> AuthFailure:
    """A SigV4 failure as the JSON (and query, CBOR) services word it."""
    key_id = failure.key_id or ""
    match failure:
        case sigv4.Malformed(problems=problems):
            return _incomplete(_malformed_message(problems))
        case sigv4.BadDate(header="x-amz-date", value=value):
            return _incomplete(f"Date must be in ISO-8601 'basic format'. Got '{value[:40]}'.")
        case sigv4.BadDate(value=value):
            return _incomplete(f"Date header is not an HTTP date: '{value[:40]}'.")
        case sigv4.Skewed(moment=moment, now=now):
            stamp, at = moment.strftime(_ISO_BASIC), now.strftime(_ISO_BASIC)
            if moment < now:
                earliest = (now - MAX_SKEW).strftime(_ISO_BASIC)
                return _invalid(
                    f"Signature expired: {stamp} is now earlier than {earliest} ({at} - 5 min.)",
                    key_id,
                )
            latest = (now + MAX_SKEW).strftime(_ISO_BASIC)
            return _invalid(
                f"Signature not yet current: {stamp} is still later than {latest} ({at} + 5 min.)",
                key_id,
            )
        case sigv4.ScopeDateMismatch(scope_date=scope_date, stamp=stamp):
            return _invalid(
                f"Date in Credential scope does not match YYYYMMDD from ISO-8601 version of "
                f"date from HTTP: '{scope_date}' != '{stamp[:8]}', from '{stamp}'.",
                key_id,
            )
        case sigv4.UnknownKey():
            return _unrecognized(key_id)
        case sigv4.PayloadMismatch():
            return _invalid(
                "The provided 'x-amz-content-sha256' header does not match what was computed.",
                key_id,
            )
    return _invalid(
        "The request signature we calculated does not match the signature you provided. "
        "Check your AWS Secret Access Key and signing method. Consult the service "
        "documentation for details.",
        key_id,
    )


def _malformed_message(problems: tuple[sigv4.Problem, ...]) -> str:
    # What is missing is told all at once; otherwise the first thing wrong with the rest.
    missing = [
        f"Authorization header requires '{p.value}' parameter."
        for p in problems
        if p in sigv4.MISSING_PARAMETERS
    ]
    if sigv4.Problem.NO_DATE in problems:
        missing.append(
            "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."
        )
    if missing:
        return " ".join(missing)
    if sigv4.Problem.CREDENTIAL_FORM in problems:
        return (
            "Credential must have the form <AccessKeyId>/<YYYYMMDD>/<region>/<service>/"
            "aws4_request."
        )
    if sigv4.Problem.SIGNED_HEADERS_FORM in problems:
        return "SignedHeaders must be lower-case header names, ';'-separated."
    return "'Host' must be a 'SignedHeader' in the AWS Authorization."
