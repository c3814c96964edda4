"""S3's Signature Version 4: header auth, presigned URLs and signed chunks.

The expected signature is botocore's own (`S3SigV4Auth` / `S3SigV4QueryAuth` over an
`AWSRequest` rebuilt from the request as it arrived): S3's canonical URI is the path as sent
(neither normalized nor encoded twice), and the payload hash is `x-amz-content-sha256` as
sent (a hex digest the body is checked against once streamed, `UNSIGNED-PAYLOAD`, or a
`STREAMING-...` value whose chunks carry their own signatures, checked by `ChunkSigner`).
The one change to botocore's signer: it signs exactly the headers the client listed in
SignedHeaders (botocore would choose its own set).

Failures are S3's: no credentials at all AccessDenied; an unknown key InvalidAccessKeyId; a
malformed header AuthorizationHeaderMalformed; a presigned URL past X-Amz-Expires
AccessDenied "Request has expired"; a clock more than 15 minutes off RequestTimeTooSkewed;
a wrong signature SignatureDoesNotMatch (with the string to sign, as S3 gives it).

Presigned URLs of S3's signature version 2 (`AWSAccessKeyId`, `Signature`, `Expires`), which
boto3 makes by default in us-east-1, are checked with botocore's `HmacV1Auth`.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

from botocore.auth import HmacV1Auth, S3SigV4Auth, S3SigV4QueryAuth
from botocore.awsrequest import AWSRequest, HTTPHeaders
from botocore.credentials import Credentials

from app.api.aws.s3.errors import S3Error

ALGORITHM = "AWS4-HMAC-SHA256"
MAX_SKEW = timedelta(minutes=15)  # S3's, wider than the JSON services' 5 minutes
MAX_EXPIRES = 7 * 24 * 3600
_ISO_BASIC = "%Y%m%dT%H%M%SZ"
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class SignedRequest:
    """What a request arrived with, as the signature covers it."""

    method: str
    host: str
    raw_path: str  # percent-encoded, as sent
    raw_query: str
    headers: list[tuple[str, str]]  # lower-case names
    host_bucket: str | None = None  # the bucket a virtual-host style Host names

    def header(self, name: str) -> str | None:
        values = [v for k, v in self.headers if k == name]
        return ",".join(values) if values else None


@dataclass(frozen=True)
class Verified:
    """A request whose signature matched: what its signed chunks are checked with."""

    key_id: str
    signature: str
    amz_date: str
    scope: str  # <date>/<region>/<service>/aws4_request
    signing_key: bytes
    payload_hash: str  # x-amz-content-sha256 as sent ("UNSIGNED-PAYLOAD" when presigned)


def is_hex_sha256(value: str | None) -> bool:
    return bool(value and _HEX64.match(value))


def _access_denied(message: str = "Access Denied") -> S3Error:
    return S3Error("AccessDenied", message)


def _malformed(message: str) -> S3Error:
    return S3Error("AuthorizationHeaderMalformed", message)


def verify(
    request: SignedRequest, credentials: dict[str, str], *, now: datetime | None = None
) -> Verified:
    now = now or datetime.now(UTC)
    authorization = request.header("authorization")
    query = _query_pairs(request.raw_query)
    if authorization:
        return _verify_header(request, authorization, credentials, now)
    if any(name == "X-Amz-Credential" for name, _ in query):
        return _verify_presigned(request, query, credentials, now)
    if any(name == "AWSAccessKeyId" for name, _ in query):
        return _verify_presigned_v2(request, query, credentials, now)
    raise _access_denied()


def _verify_header(
    request: SignedRequest, authorization: str, credentials: dict[str, str], now: datetime
) -> Verified:
    scheme, _, rest = authorization.strip().partition(" ")
    if scheme != ALGORITHM:
        raise S3Error(
            "InvalidRequest",
            "The authorization mechanism you have provided is not supported. Please use "
            f"{ALGORITHM}.",
        )
    params = {}
    for part in rest.split(","):
        name, sep, value = part.strip().partition("=")
        if sep:
            params[name.strip()] = value.strip()
    if not all(params.get(n) for n in ("Credential", "SignedHeaders", "Signature")):
        raise _malformed(
            "The authorization header is malformed; it must carry Credential, SignedHeaders "
            "and Signature."
        )
    key_id, date, region, service = _credential(params["Credential"])
    amz_date = _request_time(request, now)
    if amz_date[:8] != date:
        raise _malformed(
            f"The authorization header is malformed; Invalid credential date. Date is not the "
            f"same as X-Amz-Date: {date}."
        )
    payload = request.header("x-amz-content-sha256")
    if payload is None:
        raise S3Error(
            "InvalidRequest", "Missing required header for this request: x-amz-content-sha256"
        )
    secret = _secret(credentials, key_id)
    signed = params["SignedHeaders"].split(";")
    aws_request = _aws_request(request, signed)
    signer = _ExactHeaders(Credentials(key_id, secret), service, region, signed)
    aws_request.context["timestamp"] = amz_date
    _check_signature(signer, aws_request, params["Signature"], key_id)
    return Verified(
        key_id,
        params["Signature"],
        amz_date,
        f"{date}/{region}/{service}/aws4_request",
        _signing_key(secret, date, region, service),
        payload,
    )


def _verify_presigned(
    request: SignedRequest,
    query: list[tuple[str, str]],
    credentials: dict[str, str],
    now: datetime,
) -> Verified:
    from urllib.parse import unquote

    params = {name: unquote(value) for name, value in query}
    missing = [
        n
        for n in ("X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date", "X-Amz-Expires",
                  "X-Amz-SignedHeaders", "X-Amz-Signature")
        if not params.get(n)
    ]  # fmt: skip
    if missing or params["X-Amz-Algorithm"] != ALGORITHM:
        raise S3Error(
            "AuthorizationQueryParametersError",
            "Query-string authentication version 4 requires the X-Amz-Algorithm, "
            "X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and "
            "X-Amz-Expires parameters.",
        )
    key_id, date, region, service = _credential(params["X-Amz-Credential"])
    try:
        signed_at = datetime.strptime(params["X-Amz-Date"], _ISO_BASIC).replace(tzinfo=UTC)
        expires = int(params["X-Amz-Expires"])
    except ValueError:
        raise S3Error(
            "AuthorizationQueryParametersError",
            "X-Amz-Date must be in the ISO8601 Long Format and X-Amz-Expires a number of seconds.",
        ) from None
    if not 0 < expires <= MAX_EXPIRES:
        raise S3Error(
            "AuthorizationQueryParametersError",
            "X-Amz-Expires must be less than a week (in seconds) that is 604800",
        )
    if now > signed_at + timedelta(seconds=expires):
        raise _access_denied("Request has expired")
    if signed_at > now + MAX_SKEW:
        raise _access_denied("Request is not valid yet")
    secret = _secret(credentials, key_id)
    signed = params["X-Amz-SignedHeaders"].split(";")
    unsigned_query = "&".join(f"{n}={v}" for n, v in query if n != "X-Amz-Signature")
    aws_request = _aws_request(request, signed, query=unsigned_query)
    signer = _ExactHeadersQuery(Credentials(key_id, secret), service, region, signed)
    aws_request.context["timestamp"] = params["X-Amz-Date"]
    _check_signature(signer, aws_request, params["X-Amz-Signature"], key_id)
    return Verified(
        key_id,
        params["X-Amz-Signature"],
        params["X-Amz-Date"],
        f"{date}/{region}/{service}/aws4_request",
        _signing_key(secret, date, region, service),
        request.header("x-amz-content-sha256") or "UNSIGNED-PAYLOAD",
    )


class _HmacV1Expiring(HmacV1Auth):
    """botocore's S3 signature version 2, with the URL's own Expires in the Date's place."""

    def __init__(self, credentials: Credentials, expires: str) -> None:
        super().__init__(credentials)
        self._expires_text = expires

    def _get_date(self) -> str:
        return self._expires_text


def _verify_presigned_v2(
    request: SignedRequest,
    query: list[tuple[str, str]],
    credentials: dict[str, str],
    now: datetime,
) -> Verified:
    """A presigned URL of S3's signature version 2 (`AWSAccessKeyId`, `Signature`,
    `Expires`): what boto3's generate_presigned_url makes in us-east-1 unless configured
    for s3v4. Decision: accepted for presigned URLs only; headers must be SigV4."""
    from urllib.parse import unquote, urlsplit

    params = {name: unquote(value) for name, value in query}
    if not params.get("Signature") or not params.get("Expires", "").isdigit():
        raise S3Error(
            "AccessDenied",
            "Query-string authentication requires the Signature, Expires and "
            "AWSAccessKeyId parameters",
        )
    if now.timestamp() > int(params["Expires"]):
        raise _access_denied("Request has expired")
    key_id = params["AWSAccessKeyId"]
    secret = _secret(credentials, key_id)
    url = f"http://{request.host}{request.raw_path}" + (
        f"?{request.raw_query}" if request.raw_query else ""
    )
    headers = HTTPHeaders()
    for name, value in request.headers:
        if name in ("content-md5", "content-type") or name.startswith("x-amz-"):
            headers[name] = value
    signer = _HmacV1Expiring(Credentials(key_id, secret), params["Expires"])
    auth_path = f"/{request.host_bucket}{request.raw_path}" if request.host_bucket else None
    expected = signer.get_signature(request.method, urlsplit(url), headers, auth_path=auth_path)
    if not hmac.compare_digest(expected.encode(), params["Signature"].encode()):
        raise S3Error(
            "SignatureDoesNotMatch",
            "The request signature we calculated does not match the signature you provided. "
            "Check your key and signing method.",
            AWSAccessKeyId=key_id,
            SignatureProvided=params["Signature"],
        )
    return Verified(key_id, params["Signature"], "", "", b"", "UNSIGNED-PAYLOAD")


def _credential(text: str) -> tuple[str, str, str, str]:
    parts = text.split("/")
    if len(parts) != 5 or not all(parts) or parts[4] != "aws4_request":
        raise _malformed(
            "The authorization header is malformed; the Credential is mal-formed; expecting "
            '"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".'
        )
    return parts[0], parts[1], parts[2], parts[3]


def _request_time(request: SignedRequest, now: datetime) -> str:
    amz_date = request.header("x-amz-date")
    moment: datetime | None = None
    if amz_date:
        try:
            moment = datetime.strptime(amz_date.strip(), _ISO_BASIC).replace(tzinfo=UTC)
        except ValueError:
            moment = None
    elif request.header("date"):
        try:
            moment = parsedate_to_datetime(request.header("date") or "").astimezone(UTC)
        except (TypeError, ValueError):
            moment = None
    if moment is None:
        raise _access_denied("AWS authentication requires a valid Date or x-amz-date header")
    if abs(moment - now) > MAX_SKEW:
        raise S3Error(
            "RequestTimeTooSkewed",
            "The difference between the request time and the current time is too large.",
            RequestTime=moment.strftime(_ISO_BASIC),
            ServerTime=now.strftime(_ISO_BASIC),
        )
    return moment.strftime(_ISO_BASIC)


def _secret(credentials: dict[str, str], key_id: str) -> str:
    secret = credentials.get(key_id)
    if secret is None:
        raise S3Error(
            "InvalidAccessKeyId",
            "The AWS Access Key Id you provided does not exist in our records.",
            AWSAccessKeyId=key_id,
        )
    return secret


def _aws_request(request: SignedRequest, signed: list[str], *, query: str | None = None) -> Any:
    raw_query = request.raw_query if query is None else query
    url = f"http://{request.host}{request.raw_path}" + (f"?{raw_query}" if raw_query else "")
    headers = HTTPHeaders()
    for name, value in request.headers:
        if name in signed:
            headers[name] = value  # HTTPMessage appends: repeated headers stay repeated
    aws_request = AWSRequest(method=request.method, url=url)
    aws_request.headers = headers
    return aws_request


class _ExactHeaders(S3SigV4Auth):
    """botocore's S3 signer, over exactly the headers the client signed."""

    def __init__(self, credentials: Credentials, service: str, region: str, signed: list[str]):
        super().__init__(credentials, service, region)
        self._signed = signed

    def headers_to_sign(self, request: Any) -> HTTPHeaders:
        chosen = HTTPHeaders()
        for name in self._signed:
            for value in request.headers.get_all(name) or []:
                chosen[name] = value
        return chosen


class _ExactHeadersQuery(S3SigV4QueryAuth):
    def __init__(self, credentials: Credentials, service: str, region: str, signed: list[str]):
        super().__init__(credentials, service, region)
        self._signed = signed

    def headers_to_sign(self, request: Any) -> HTTPHeaders:
        return _ExactHeaders.headers_to_sign(self, request)


def _check_signature(signer: Any, aws_request: Any, given: str, key_id: str) -> None:
    # The canonical query as sent (botocore's form for what it signs), then the spec's form
    # (each name and value encoded again, sorted) for clients that encode less.
    canonical = signer.canonical_request(aws_request)
    forms = [canonical]
    query = aws_request.url.partition("?")[2]
    if query:
        from urllib.parse import unquote

        aws_request.params = [
            (unquote(k), unquote(v)) for k, _, v in (p.partition("=") for p in query.split("&"))
        ]
        forms.append(signer.canonical_request(aws_request))
    for form in dict.fromkeys(forms):
        string_to_sign = signer.string_to_sign(aws_request, form)
        expected = signer.signature(string_to_sign, aws_request)
        if hmac.compare_digest(expected.encode(), given.lower().encode()):
            return
    raise S3Error(
        "SignatureDoesNotMatch",
        "The request signature we calculated does not match the signature you provided. "
        "Check your key and signing method.",
        AWSAccessKeyId=key_id,
        StringToSign=signer.string_to_sign(aws_request, canonical),
        SignatureProvided=given,
        CanonicalRequest=canonical,
    )


def _signing_key(secret: str, date: str, region: str, service: str) -> bytes:
    key = f"AWS4{secret}".encode()
    for part in (date, region, service, "aws4_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    return key


def _query_pairs(raw: str) -> list[tuple[str, str]]:
    return [(k, v) for k, _, v in (p.partition("=") for p in raw.split("&") if p)]


class ChunkSigner:
    """The chain of signatures an `aws-chunked` body signed with
    STREAMING-AWS4-HMAC-SHA256-PAYLOAD[-TRAILER] carries: each chunk's signature covers its
    bytes and the previous signature, starting from the request's."""

    def __init__(self, verified: Verified) -> None:
        self.verified = verified
        self.previous = verified.signature

    def _sign(self, text: str) -> str:
        return hmac.new(self.verified.signing_key, text.encode(), hashlib.sha256).hexdigest()

    def check_chunk(self, data_sha256: str, given: str | None) -> None:
        expected = self._sign(
            "\n".join(
                ("AWS4-HMAC-SHA256-PAYLOAD", self.verified.amz_date, self.verified.scope,
                 self.previous, EMPTY_SHA256, data_sha256)
            )
        )  # fmt: skip
        self._compare(expected, given)

    def check_trailer(self, trailer_text: str, given: str | None) -> None:
        expected = self._sign(
            "\n".join(
                ("AWS4-HMAC-SHA256-TRAILER", self.verified.amz_date, self.verified.scope,
                 self.previous, hashlib.sha256(trailer_text.encode()).hexdigest())
            )
        )  # fmt: skip
        self._compare(expected, given)

    def _compare(self, expected: str, given: str | None) -> None:
        if given is None or not hmac.compare_digest(expected.encode(), given.lower().encode()):
            raise S3Error(
                "SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you "
                "provided. Check your key and signing method.",
                AWSAccessKeyId=self.verified.key_id,
            )
        self.previous = expected
