"""AWS Signature Version 4, verified on botocore's own signer, for every service on the port.

A request is rebuilt as botocore's `AWSRequest` from what arrived (the signed headers only,
the body), and the expected signature is what botocore's signer computes for it: `SigV4Auth`
for the JSON, query and CBOR services (canonical URI normalized and encoded a second time;
payload hash the SHA-256 of the body), `S3SigV4Auth` / `S3SigV4QueryAuth` for S3 (path as
sent; payload hash `x-amz-content-sha256` as sent). Signatures are compared in constant time.
Three changes to botocore's signer, because a server has no choice in them:

- it signs exactly the headers the client listed in SignedHeaders (botocore picks its own);
- path and query are taken as they arrived, never re-split from a URL (urlsplit drops tabs and
  newlines and cuts at '#': a path it rewrote could match a signature made for another one);
- for the services, two more canonical URIs are tried besides botocore's, the path as sent and
  the path decoded and encoded once (curl's `--aws-sigv4` signs the path as sent), and, for
  every door, the query both as sent and in the spec's form (each name and value decoded,
  encoded again, sorted), for clients that encode less than botocore.

Failures are `SignatureFailure` subclasses that say what was wrong and nothing of how to tell
it: each door renders them in its own protocol's codes and words (app/api/auth.py for the
JSON/query/CBOR services, app/api/aws/s3/sigv4.py for S3). `Rules` holds where the doors
differ: S3 allows 15 minutes of clock skew, the services 5; S3 requires
`x-amz-content-sha256`; the services require lower-case SignedHeaders with `host` among them.

The chunk signatures of an `aws-chunked` body (`Verified.sign`) use botocore's signing key
derivation (`SigV4Auth.signature`); their strings to sign are composed by the S3 door, as
botocore signs no chunks itself.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from hmac import compare_digest
from typing import Any
from urllib.parse import quote, unquote

from botocore.auth import S3SigV4Auth, S3SigV4QueryAuth, SigV4Auth
from botocore.awsrequest import AWSRequest, HTTPHeaders
from botocore.credentials import Credentials

ALGORITHM = "AWS4-HMAC-SHA256"
ISO_BASIC = "%Y%m%dT%H%M%SZ"
# Only the scheme of this URL is read by botocore (http: the payload is always hashed);
# path and query come from the request as it arrived.
_URL = "http://signed.invalid/"


@dataclass(frozen=True)
class Arrived:
    """A request as it arrived: raw (percent-encoded) path and query, headers in order with
    lower-case names, and the body when the door has read it (S3 streams its own)."""

    method: str
    raw_path: str
    raw_query: str
    headers: Sequence[tuple[str, str]]
    body: bytes | None = None

    def header(self, name: str) -> str | None:
        values = self.header_values(name)
        return ",".join(values) if values else None

    def header_values(self, name: str) -> list[str]:
        return [v for k, v in self.headers if k == name]


@dataclass(frozen=True)
class Scope:
    """The Credential's parts: <key id>/<date>/<region>/<service>/aws4_request."""

    key_id: str
    date: str
    region: str
    service: str

    @property
    def text(self) -> str:
        return f"{self.date}/{self.region}/{self.service}/aws4_request"


@dataclass(frozen=True)
class Rules:
    """Where the doors differ."""

    max_skew: timedelta
    signer: type[Any]  # botocore's header signer for this door
    payload_header_required: bool  # S3: x-amz-content-sha256 is the payload hash
    strict_signed_headers: bool  # lower-case names, `host` among them
    extra_uri_forms: bool  # also the path as sent and decoded-and-encoded-once


SERVICES = Rules(timedelta(minutes=5), SigV4Auth, False, True, True)
S3 = Rules(timedelta(minutes=15), S3SigV4Auth, True, False, False)


# --- failures: what was wrong; each door says it in its own words ------------------------------


class Problem(enum.Enum):
    """What makes an Authorization header malformed, in the order found."""

    NO_CREDENTIAL = "Credential"
    NO_SIGNATURE = "Signature"
    NO_SIGNED_HEADERS = "SignedHeaders"
    NO_DATE = "date"
    CREDENTIAL_FORM = "credential form"
    SIGNED_HEADERS_FORM = "signed headers form"
    HOST_NOT_SIGNED = "host not signed"


MISSING_PARAMETERS = (Problem.NO_CREDENTIAL, Problem.NO_SIGNATURE, Problem.NO_SIGNED_HEADERS)


class SignatureFailure(Exception):
    key_id: str | None = None


@dataclass(eq=False)
class Malformed(SignatureFailure):
    problems: tuple[Problem, ...]


@dataclass(eq=False)
class BadDate(SignatureFailure):
    header: str  # "x-amz-date" or "date"
    value: str


@dataclass(eq=False)
class Skewed(SignatureFailure):
    moment: datetime
    now: datetime
    max_skew: timedelta
    key_id: str | None = None


@dataclass(eq=False)
class ScopeDateMismatch(SignatureFailure):
    scope_date: str
    stamp: str
    key_id: str | None = None


@dataclass(eq=False)
class NoPayloadHash(SignatureFailure):
    key_id: str | None = None


@dataclass(eq=False)
class UnknownKey(SignatureFailure):
    key_id: str | None = None


@dataclass(eq=False)
class PayloadMismatch(SignatureFailure):
    key_id: str | None = None


@dataclass(eq=False)
class Mismatch(SignatureFailure):
    """Botocore's canonical request and string to sign (its own form), for S3's error."""

    canonical_request: str
    string_to_sign: str
    given: str
    key_id: str | None = None


# --- the verdict ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verified:
    """A request whose signature matched: who signed it, and what its signed chunks (if any)
    are checked with."""

    key_id: str
    signature: str
    amz_date: str
    scope: str  # <date>/<region>/<service>/aws4_request
    payload_hash: str  # x-amz-content-sha256 as sent ("UNSIGNED-PAYLOAD" when presigned)
    signer: Any = field(default=None, repr=False)  # botocore's, holding the secret

    def sign(self, string_to_sign: str) -> str | None:
        """The signature of a further string under this request's key (a chunk's), by
        botocore's key derivation; None when the request was not signed with SigV4."""
        if self.signer is None:
            return None
        request = AWSRequest()
        request.context["timestamp"] = self.amz_date
        return str(self.signer.signature(string_to_sign, request))


def parameters(text: str) -> dict[str, str]:
    """`Credential=..., SignedHeaders=..., Signature=...` as a dict."""
    found = {}
    for part in text.split(","):
        name, sep, value = part.strip().partition("=")
        if sep:
            found[name.strip()] = value.strip()
    return found


def parse_scope(text: str) -> Scope | None:
    parts = text.split("/")
    if len(parts) != 5 or not all(parts) or parts[4] != "aws4_request":
        return None
    return Scope(parts[0], parts[1], parts[2], parts[3])


def verify_header(
    request: Arrived, text: str, credentials: dict[str, str], *, rules: Rules, now: datetime
) -> Verified:
    """An `Authorization: AWS4-HMAC-SHA256 <text>` header, checked in AWS's order: its form,
    the date, the clock, the key, the payload hash, then the signature."""
    params = parameters(text)
    problems = [p for p in MISSING_PARAMETERS if not params.get(p.value)]
    amz_date, date_header = request.header("x-amz-date"), request.header("date")
    if not amz_date and not date_header:
        problems.append(Problem.NO_DATE)
    scope = parse_scope(params["Credential"]) if params.get("Credential") else None
    if params.get("Credential") and scope is None:
        problems.append(Problem.CREDENTIAL_FORM)
    signed = params.get("SignedHeaders", "").split(";")
    if rules.strict_signed_headers and params.get("SignedHeaders"):
        if any(not h or h != h.lower() for h in signed):
            problems.append(Problem.SIGNED_HEADERS_FORM)
        elif "host" not in signed:
            problems.append(Problem.HOST_NOT_SIGNED)
    if problems:
        raise Malformed(tuple(problems))
    assert scope is not None

    moment = request_time(amz_date, date_header)
    stamp = moment.strftime(ISO_BASIC)
    if abs(moment - now) > rules.max_skew:
        raise Skewed(moment, now, rules.max_skew, scope.key_id)
    if scope.date != stamp[:8]:
        raise ScopeDateMismatch(scope.date, stamp, scope.key_id)
    declared = request.header("x-amz-content-sha256")
    if rules.payload_header_required and declared is None:
        raise NoPayloadHash(scope.key_id)
    secret = credentials.get(scope.key_id)
    if secret is None:
        raise UnknownKey(scope.key_id)
    if not rules.payload_header_required and declared is not None:
        # A declared hash must be the body's, signed or not (botocore's payload(): its SHA-256).
        signer = _signer(rules.signer, scope, secret, signed, request)
        body_hash = signer.payload(_aws_request(request, signed))
        if declared.strip() != body_hash:
            raise PayloadMismatch(scope.key_id)
    matched = match_signature(
        request,
        scope=scope,
        secret=secret,
        signed=signed,
        timestamp=stamp,
        given=params["Signature"],
        rules=rules,
    )
    return Verified(scope.key_id, params["Signature"], stamp, scope.text, declared or "", matched)


def request_time(amz_date: str | None, date_header: str | None) -> datetime:
    """X-Amz-Date (ISO 8601 basic) if sent, else Date (an HTTP date)."""
    if amz_date:
        try:
            return datetime.strptime(amz_date.strip(), ISO_BASIC).replace(tzinfo=UTC)
        except ValueError:
            raise BadDate("x-amz-date", amz_date.strip()) from None
    try:
        moment = parsedate_to_datetime(date_header or "")
        return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    except (TypeError, ValueError, OverflowError):
        raise BadDate("date", date_header or "") from None


def match_signature(
    request: Arrived,
    *,
    scope: Scope,
    secret: str,
    signed: list[str],
    timestamp: str,
    given: str,
    rules: Rules,
    presigned: bool = False,
) -> Any:
    """The botocore signer whose signature for this request is `given`, else Mismatch.
    A presigned URL's query is passed without its X-Amz-Signature."""
    signer_class = S3SigV4QueryAuth if presigned else rules.signer
    uris: list[str | None] = [None]  # None: botocore's own canonical URI for the class
    if rules.extra_uri_forms:
        uris += [request.raw_path or "/", quote(unquote(request.raw_path or "/"), safe="/~")]
    queries: list[list[tuple[str, str]] | None] = [None]  # None: the query as sent
    pairs = [p.partition("=") for p in request.raw_query.split("&") if p]
    if pairs:
        queries.append([(unquote(k), unquote(v)) for k, _, v in pairs])
    first: tuple[str, str] | None = None
    for uri in uris:
        for params in queries:
            signer = _signer(signer_class, scope, secret, signed, request, uri=uri)
            aws_request = _aws_request(request, signed, params=params)
            aws_request.context["timestamp"] = timestamp
            canonical = signer.canonical_request(aws_request)
            string_to_sign = signer.string_to_sign(aws_request, canonical)
            expected = signer.signature(string_to_sign, aws_request)
            if compare_digest(expected.encode(), given.lower().encode()):
                return signer
            first = first or (canonical, string_to_sign)
    assert first is not None
    raise Mismatch(first[0], first[1], given, scope.key_id)


def _aws_request(
    request: Arrived, signed: list[str], *, params: list[tuple[str, str]] | None = None
) -> Any:
    headers = HTTPHeaders()
    for name, value in request.headers:
        if name in signed:
            headers[name] = value  # HTTPMessage appends: repeated headers stay repeated
    aws_request = AWSRequest(method=request.method, url=_URL, data=request.body or b"")
    aws_request.headers = headers
    aws_request.params = params or {}
    return aws_request


def _signer(
    signer_class: type[Any],
    scope: Scope,
    secret: str,
    signed: list[str],
    request: Arrived,
    *,
    uri: str | None = None,
) -> Any:
    return _EXACT[signer_class](
        Credentials(scope.key_id, secret),
        scope.service,
        scope.region,
        signed=signed,
        request=request,
        uri=uri,
    )


@dataclass(frozen=True)
class _Query:
    """What botocore's `_canonical_query_string_url` reads of a split URL: its query."""

    query: str


class _AsArrived:
    """botocore's signer over exactly what arrived: the client's SignedHeaders, the raw path
    (through the class's own canonical-URI rule, or a given form) and the raw query."""

    def __init__(
        self,
        credentials: Credentials,
        service: str,
        region: str,
        *,
        signed: list[str],
        request: Arrived,
        uri: str | None,
    ) -> None:
        super().__init__(credentials, service, region)  # type: ignore[call-arg]
        self._signed = signed
        self._arrived = request
        self._uri = uri

    def headers_to_sign(self, request: Any) -> HTTPHeaders:
        chosen = HTTPHeaders()
        for name in self._signed:
            # A listed header that did not arrive is signed empty, as the spec's canonical
            # headers have it (botocore would leave it out).
            for value in request.headers.get_all(name) or [""]:
                chosen[name] = value
        return chosen

    def _normalize_url_path(self, path: str) -> str:
        if self._uri is not None:
            return self._uri
        return str(super()._normalize_url_path(self._arrived.raw_path))  # type: ignore[misc]

    def canonical_query_string(self, request: Any) -> str:
        if request.params:  # the spec's form: botocore encodes each name and value
            return str(super().canonical_query_string(request))  # type: ignore[misc]
        raw = "&".join(p for p in self._arrived.raw_query.split("&") if p)
        return str(self._canonical_query_string_url(_Query(raw)))  # type: ignore[attr-defined]


class _ServiceSigner(_AsArrived, SigV4Auth):
    pass


class _S3Signer(_AsArrived, S3SigV4Auth):
    pass


class _S3QuerySigner(_AsArrived, S3SigV4QueryAuth):
    pass


_EXACT: dict[type[Any], type[Any]] = {
    SigV4Auth: _ServiceSigner,
    S3SigV4Auth: _S3Signer,
    S3SigV4QueryAuth: _S3QuerySigner,
}
