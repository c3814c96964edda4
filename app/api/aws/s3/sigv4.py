"""S3's Signature Version 4: header auth, presigned URLs and signed chunks.

The signature is checked by app/api/aws/sigv4.py on botocore's own signer with S3's rules
(`S3SigV4Auth` / `S3SigV4QueryAuth`): the canonical URI is the path as sent (neither
normalized nor encoded twice), and the payload hash is `x-amz-content-sha256` as sent (a hex
digest the body is checked against once streamed, `UNSIGNED-PAYLOAD`, or a `STREAMING-...`
value whose chunks carry their own signatures, checked by `ChunkSigner`). Here its failures
are said in S3's words:

no credentials at all AccessDenied; an unknown key InvalidAccessKeyId; a malformed header
AuthorizationHeaderMalformed; a presigned URL past X-Amz-Expires AccessDenied "Request has
expired"; a clock more than 15 minutes off RequestTimeTooSkewed; a wrong signature
SignatureDoesNotMatch (with the string to sign, as S3 gives it).

Presigned URLs of S3's signature version 2 (`AWSAccessKeyId`, `Signature`, `Expires`), which
boto3 makes by default in us-east-1, are checked with botocore's `HmacV1Auth`.

The chunk chain of `aws-chunked` bodies is composed here (botocore signs no chunks, and has
no public piece for it); each link is signed with botocore's key derivation (`Verified.sign`).
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import unquote, urlsplit

from botocore.auth import HmacV1Auth
from botocore.awsrequest import HTTPHeaders
from botocore.credentials import Credentials

from app.api.aws import sigv4
from app.api.aws.s3.errors import S3Error
from app.api.aws.sigv4 import Verified as Verified  # what the handlers and bodies are given

ALGORITHM = sigv4.ALGORITHM
MAX_SKEW = sigv4.S3.max_skew  # S3's, wider than the JSON services' 5 minutes
MAX_EXPIRES = 7 * 24 * 3600
_ISO_BASIC = sigv4.ISO_BASIC
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_MISMATCH = (
    "The request signature we calculated does not match the signature you provided. "
    "Check your key and signing method."
)


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

    def arrived(self, *, raw_query: str | None = None) -> sigv4.Arrived:
        query = self.raw_query if raw_query is None else raw_query
        return sigv4.Arrived(self.method, self.raw_path, query, self.headers)


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
    try:
        if authorization:
            return _verify_header(request, authorization, credentials, now)
        if any(name == "X-Amz-Credential" for name, _ in query):
            return _verify_presigned(request, query, credentials, now)
    except sigv4.SignatureFailure as failure:
        raise _in_s3_words(failure) from None
    if any(name == "AWSAccessKeyId" for name, _ in query):
        return _verify_presigned_v2(request, query, credentials, now)
    raise _access_denied()


def _in_s3_words(failure: sigv4.SignatureFailure) -> S3Error:
    match failure:
        case sigv4.Malformed(problems=problems):
            if any(p in sigv4.MISSING_PARAMETERS for p in problems):
                return _malformed(
                    "The authorization header is malformed; it must carry Credential, "
                    "SignedHeaders and Signature."
                )
            if sigv4.Problem.CREDENTIAL_FORM in problems:
                return _malformed_credential()
            return _access_denied("AWS authentication requires a valid Date or x-amz-date header")
        case sigv4.BadDate():
            return _access_denied("AWS authentication requires a valid Date or x-amz-date header")
        case sigv4.Skewed(moment=moment, now=now):
            return S3Error(
                "RequestTimeTooSkewed",
                "The difference between the request time and the current time is too large.",
                RequestTime=moment.strftime(_ISO_BASIC),
                ServerTime=now.strftime(_ISO_BASIC),
            )
        case sigv4.ScopeDateMismatch(scope_date=scope_date):
            return _malformed(
                f"The authorization header is malformed; Invalid credential date. Date is not "
                f"the same as X-Amz-Date: {scope_date}."
            )
        case sigv4.NoPayloadHash():
            return S3Error(
                "InvalidRequest", "Missing required header for this request: x-amz-content-sha256"
            )
        case sigv4.UnknownKey(key_id=key_id):
            return _invalid_access_key(key_id or "")
        case sigv4.Mismatch(
            canonical_request=canonical, string_to_sign=string_to_sign, given=given
        ):
            return S3Error(
                "SignatureDoesNotMatch",
                _MISMATCH,
                AWSAccessKeyId=failure.key_id or "",
                StringToSign=string_to_sign,
                SignatureProvided=given,
                CanonicalRequest=canonical,
            )
    return S3Error("SignatureDoesNotMatch", _MISMATCH, AWSAccessKeyId=failure.key_id or "")


def _malformed_credential() -> S3Error:
    return _malformed(
        "The authorization header is malformed; the Credential is mal-formed; expecting "
        '"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".'
    )


def _invalid_access_key(key_id: str) -> S3Error:
    return S3Error(
        "InvalidAccessKeyId",
        "The AWS Access Key Id you provided does not exist in our records.",
        AWSAccessKeyId=key_id,
    )


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
    return sigv4.verify_header(request.arrived(), rest, credentials, rules=sigv4.S3, now=now)


def _verify_presigned(
    request: SignedRequest,
    query: list[tuple[str, str]],
    credentials: dict[str, str],
    now: datetime,
) -> Verified:
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
    scope = sigv4.parse_scope(params["X-Amz-Credential"])
    if scope is None:
        raise _malformed_credential()
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
    secret = credentials.get(scope.key_id)
    if secret is None:
        raise _invalid_access_key(scope.key_id)
    unsigned_query = "&".join(f"{n}={v}" for n, v in query if n != "X-Amz-Signature")
    signer = sigv4.match_signature(
        request.arrived(raw_query=unsigned_query),
        scope=scope,
        secret=secret,
        signed=params["X-Amz-SignedHeaders"].split(";"),
        timestamp=params["X-Amz-Date"],
        given=params["X-Amz-Signature"],
        rules=sigv4.S3,
        presigned=True,
    )
    return Verified(
        scope.key_id,
        params["X-Amz-Signature"],
        params["X-Amz-Date"],
        scope.text,
        request.header("x-amz-content-sha256") or "UNSIGNED-PAYLOAD",
        signer,
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
    secret = credentials.get(key_id)
    if secret is None:
        raise _invalid_access_key(key_id)
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
            _MISMATCH,
            AWSAccessKeyId=key_id,
            SignatureProvided=params["Signature"],
        )
    return Verified(key_id, params["Signature"], "", "", "UNSIGNED-PAYLOAD")


def _query_pairs(raw: str) -> list[tuple[str, str]]:
    return [(k, v) for k, _, v in (p.partition("=") for p in raw.split("&") if p)]


class ChunkSigner:
    """The chain of signatures an `aws-chunked` body signed with
    STREAMING-AWS4-HMAC-SHA256-PAYLOAD[-TRAILER] carries: each chunk's signature covers its
    bytes and the previous signature, starting from the request's. The strings to sign are
    S3's (botocore has no piece for them); the key is botocore's, through `Verified.sign`."""

    def __init__(self, verified: Verified) -> None:
        self.verified = verified
        self.previous = verified.signature

    def check_chunk(self, data_sha256: str, given: str | None) -> None:
        self._compare(
            "\n".join(
                ("AWS4-HMAC-SHA256-PAYLOAD", self.verified.amz_date, self.verified.scope,
                 self.previous, EMPTY_SHA256, data_sha256)
            ),
            given,
        )  # fmt: skip

    def check_trailer(self, trailer_text: str, given: str | None) -> None:
        self._compare(
            "\n".join(
                ("AWS4-HMAC-SHA256-TRAILER", self.verified.amz_date, self.verified.scope,
                 self.previous, hashlib.sha256(trailer_text.encode()).hexdigest())
            ),
            given,
        )  # fmt: skip

    def _compare(self, string_to_sign: str, given: str | None) -> None:
        expected = self.verified.sign(string_to_sign)
        if (
            expected is None
            or given is None
            or not hmac.compare_digest(expected.encode(), given.lower().encode())
        ):
            raise S3Error("SignatureDoesNotMatch", _MISMATCH, AWSAccessKeyId=self.verified.key_id)
        self.previous = expected
