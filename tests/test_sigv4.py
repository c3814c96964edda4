"""The one SigV4 verifier (app/api/aws/sigv4.py) that every door shares.

On a live openamt with OPENAMT_ACCESS_KEYS set: a query-protocol STS call and an RPC v2 CBOR
CloudWatch call from unmodified boto3, accepted when signed, refused when their body changed
after signing (in each protocol's own error shape, parsed by botocore itself, and with
nothing written). Then the verifier on its own, fed requests botocore's signer signed: each
door's rules (the services' normalized canonical URI, S3's path as sent), a path changed in
ways a URL parser would hide, and whatever an S3 request may carry judged without a crash.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import boto3
import botocore.session
import hypothesis
import pytest
from botocore.auth import S3SigV4Auth, SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.config import Config
from botocore.credentials import Credentials
from botocore.exceptions import ClientError
from hypothesis import given, settings
from hypothesis import strategies as st

from app.api.aws import sigv4
from app.api.aws.s3 import sigv4 as s3_sigv4
from app.api.aws.s3.errors import S3Error
from tests.support.botocore_models import cloudwatch_speaking
from tests.support.servers import Server

KEY, SECRET = "AKIDOPENAMTSIGV4", "sigv4-secret/with+signs"
HOST = "127.0.0.1:9000"


# --- on a live openamt --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def secured(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    instance = Server(
        tmp_path_factory.mktemp("sigv4") / "data",
        workers=1,
        env={"OPENAMT_ACCESS_KEYS": f"{KEY}:{SECRET}"},
    )
    instance.start()
    yield instance
    instance.stop()


def _client(server: Server, service: str, session: botocore.session.Session | None = None) -> Any:
    return boto3.Session(botocore_session=session or botocore.session.Session()).client(
        service,
        endpoint_url=server.url,
        region_name="us-east-1",
        aws_access_key_id=KEY,
        aws_secret_access_key=SECRET,
        config=Config(retries={"max_attempts": 1}),
    )


def _headers(request: Any) -> dict[str, str]:
    return {k: v.decode() if isinstance(v, bytes) else v for k, v in request.headers.items()}


def _after_signing(client: Any, change: Callable[[bytes], bytes]) -> list[dict[str, str]]:
    """Changes every body after botocore signed it (same length, so Content-Length holds);
    returns the headers of what was sent."""
    sent: list[dict[str, str]] = []

    def tamper(request: Any, **_: Any) -> None:
        body = request.body if isinstance(request.body, bytes) else request.body.encode()
        changed = change(body)
        assert len(changed) == len(body) and changed != body
        request.body = changed
        sent.append(_headers(request))

    client.meta.events.register("before-send", tamper)
    return sent


def test_query_protocol_sts_with_a_body_changed_after_signing_is_refused(
    secured: Server,
) -> None:
    sts = _client(secured, "sts")
    assert sts.get_caller_identity()["Arn"].endswith(f"/{KEY}")

    tampered = _client(secured, "sts")
    sent = _after_signing(tampered, lambda body: body.replace(b"2011-06-15", b"2011-06-16"))
    with pytest.raises(ClientError) as refused:
        tampered.get_caller_identity()
    assert sent and sent[0]["Content-Type"].startswith("application/x-www-form-urlencoded")
    error = refused.value.response  # parsed by botocore's query (XML) parser
    assert error["Error"]["Code"] == "InvalidSignatureException"
    assert "does not match" in error["Error"]["Message"]
    assert error["ResponseMetadata"]["HTTPStatusCode"] == 400


def _cbor_cloudwatch(server: Server, tmp_path: Path) -> Any:
    """boto3's CloudWatch client speaking RPC v2 CBOR (its model lists that protocol only)."""
    session = botocore.session.Session()
    session.get_component("data_loader").search_paths.insert(
        0, str(cloudwatch_speaking("smithy-rpc-v2-cbor", tmp_path))
    )
    client = _client(server, "cloudwatch", session)
    assert client.meta.service_model.protocol == "smithy-rpc-v2-cbor"
    return client


def test_cbor_cloudwatch_signed_correctly_is_accepted(secured: Server, tmp_path: Path) -> None:
    cloudwatch = _cbor_cloudwatch(secured, tmp_path)
    sent: list[dict[str, str]] = []
    cloudwatch.meta.events.register(
        "before-send", lambda request, **_: sent.append(_headers(request))
    )
    listed = cloudwatch.list_metrics(Namespace="/aws/sagemaker/TrainingJobs")
    assert listed["ResponseMetadata"]["HTTPStatusCode"] == 200
    assert listed["Metrics"] == []  # no training job has run on this server
    assert sent[0]["Content-Type"] == "application/cbor"
    assert sent[0]["Authorization"].startswith(f"AWS4-HMAC-SHA256 Credential={KEY}/")


def test_cbor_cloudwatch_with_a_body_changed_after_signing_writes_nothing(
    secured: Server, tmp_path: Path
) -> None:
    cloudwatch = _cbor_cloudwatch(secured, tmp_path)
    tampered = _cbor_cloudwatch(secured, tmp_path / "again")
    _after_signing(tampered, lambda body: body.replace(b"openamt/sigv4-a", b"openamt/sigv4-b"))
    with pytest.raises(ClientError) as refused:
        tampered.put_metric_data(
            Namespace="openamt/sigv4-a", MetricData=[{"MetricName": "m", "Value": 1.0}]
        )
    error = refused.value.response  # parsed by botocore's CBOR parser
    assert error["Error"]["Code"] == "InvalidSignatureException"
    assert error["ResponseMetadata"]["HTTPStatusCode"] == 400
    for namespace in ("openamt/sigv4-a", "openamt/sigv4-b"):
        assert cloudwatch.list_metrics(Namespace=namespace)["Metrics"] == []


# --- the verifier on its own, over botocore-signed requests -----------------------------------


def _signed(
    signer: type[Any],
    service: str,
    method: str,
    url: str,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
) -> tuple[sigv4.Arrived, str]:
    """A request botocore's `signer` signed, as openamt's door receives it, and the text of
    its Authorization header after the scheme."""
    request = AWSRequest(method=method, url=url, data=body, headers=headers or {})
    signer(Credentials(KEY, SECRET), service, "us-east-1").add_auth(request)
    prepared = request.prepare()
    parts = urlsplit(prepared.url)
    arrived = sigv4.Arrived(
        method,
        parts.path,
        parts.query,
        [("host", parts.netloc)] + [(k.lower(), v) for k, v in prepared.headers.items()],
        body,
    )
    return arrived, prepared.headers["Authorization"].partition(" ")[2]


def _now() -> datetime:
    return datetime.now(UTC)


@pytest.mark.parametrize(
    "path",
    ["/", "/v1/a%20b/./c/../d", "/v1//double//slashes/", "/v1/%E2%9C%93?Name=a%2Fb&Max=3"],
)
def test_the_services_rules_accept_what_sigv4auth_signs(path: str) -> None:
    body = b'{"a": 1}'
    declared = {"X-Amz-Content-SHA256": hashlib.sha256(body).hexdigest()}  # signed too
    arrived, text = _signed(SigV4Auth, "sagemaker", "POST", f"http://{HOST}{path}", body, declared)
    verified = sigv4.verify_header(arrived, text, {KEY: SECRET}, rules=sigv4.SERVICES, now=_now())
    assert verified.key_id == KEY
    # S3's rules sign the path as sent, not normalized and encoded again as SigV4Auth does.
    if path != "/":
        with pytest.raises(sigv4.Mismatch):
            sigv4.verify_header(arrived, text, {KEY: SECRET}, rules=sigv4.S3, now=_now())


@pytest.mark.parametrize("path", ["/bucket/a%20b/./c", "/bucket//k", "/bucket/k%2Fwith%2Fslashes"])
def test_the_s3_rules_accept_what_s3sigv4auth_signs(path: str) -> None:
    arrived, text = _signed(S3SigV4Auth, "s3", "GET", f"http://{HOST}{path}")
    verified = sigv4.verify_header(arrived, text, {KEY: SECRET}, rules=sigv4.S3, now=_now())
    assert (verified.key_id, verified.payload_hash) == (KEY, s3_sigv4.EMPTY_SHA256)
    assert verified.scope == f"{verified.amz_date[:8]}/us-east-1/s3/aws4_request"


@pytest.mark.parametrize("changed", ["/v1/a\tb", "/v1/a\nb", "/v1/ab#", "/v1/ab?", " /v1/ab"])
def test_a_path_changed_after_signing_is_refused_even_where_a_url_parser_would_hide_it(
    changed: str,
) -> None:
    """The path is signed as it arrived, never re-split from a URL (urlsplit drops tabs and
    newlines and cuts at '#' or '?': the signature for /v1/ab would cover these paths)."""
    arrived, text = _signed(SigV4Auth, "sagemaker", "GET", f"http://{HOST}/v1/ab")
    assert sigv4.verify_header(arrived, text, {KEY: SECRET}, rules=sigv4.SERVICES, now=_now())
    moved = sigv4.Arrived(arrived.method, changed, arrived.raw_query, arrived.headers)
    with pytest.raises(sigv4.Mismatch):
        sigv4.verify_header(moved, text, {KEY: SECRET}, rules=sigv4.SERVICES, now=_now())


def test_the_services_accept_a_path_encoded_less_or_more_than_botocore_encodes_it() -> None:
    """Besides botocore's canonical URI, the services try the path decoded and encoded once
    (what a client that encodes more than needed signs: /v1/a%62 is /v1/ab) and the path
    as sent (curl's --aws-sigv4). The app routes the decoded path, the same in each case."""
    arrived, text = _signed(SigV4Auth, "sagemaker", "GET", f"http://{HOST}/v1/ab")
    moved = sigv4.Arrived(arrived.method, "/v1/a%62", arrived.raw_query, arrived.headers)
    assert sigv4.verify_header(moved, text, {KEY: SECRET}, rules=sigv4.SERVICES, now=_now())
    with pytest.raises(sigv4.Mismatch):  # S3 signs the path as sent, and only that
        s3_arrived, s3_text = _signed(S3SigV4Auth, "s3", "GET", f"http://{HOST}/b/ab")
        s3_moved = sigv4.Arrived("GET", "/b/a%62", "", s3_arrived.headers)
        sigv4.verify_header(s3_moved, s3_text, {KEY: SECRET}, rules=sigv4.S3, now=_now())


def test_a_signed_header_that_did_not_arrive_is_signed_empty() -> None:
    """Decision: a header named in SignedHeaders but absent is canonicalized as `name:`, as
    the spec's canonical headers have it (botocore would leave it out of what it signs)."""
    arrived, text = _signed(
        S3SigV4Auth, "s3", "GET", f"http://{HOST}/bucket/key", headers={"x-amz-meta-gone": ""}
    )
    assert "x-amz-meta-gone" in text
    without = [(k, v) for k, v in arrived.headers if k != "x-amz-meta-gone"]
    stripped = sigv4.Arrived(arrived.method, arrived.raw_path, arrived.raw_query, without)
    verified = sigv4.verify_header(stripped, text, {KEY: SECRET}, rules=sigv4.S3, now=_now())
    assert verified.key_id == KEY


def test_the_canonical_headers_are_in_the_specs_order_not_the_lists() -> None:
    """Decision (botocore's, and the spec's): the canonical headers are sorted, whatever order
    SignedHeaders lists them in. A change from the hand-written verifier, which followed the
    list's order: a client that signed its headers unsorted now gets a mismatch (no SDK,
    nor curl, does), and the same headers listed in another order still verify."""
    arrived, text = _signed(
        SigV4Auth, "sagemaker", "POST", f"http://{HOST}/", b"{}", {"X-Amz-Target": "x"}
    )
    params = sigv4.parameters(text)
    listed = params["SignedHeaders"].split(";")
    reordered = text.replace(params["SignedHeaders"], ";".join(reversed(listed)))
    # botocore's signature over the sorted headers still matches: the list's order is moot.
    assert sigv4.verify_header(arrived, reordered, {KEY: SECRET}, rules=sigv4.SERVICES, now=_now())


def test_a_chunk_signature_is_botocores_key_over_the_chunks_string_to_sign() -> None:
    arrived, text = _signed(
        S3SigV4Auth, "s3", "PUT", f"http://{HOST}/bucket/key",
        headers={"X-Amz-Content-SHA256": "STREAMING-AWS4-HMAC-SHA256-PAYLOAD"},
    )  # fmt: skip
    verified = sigv4.verify_header(arrived, text, {KEY: SECRET}, rules=sigv4.S3, now=_now())
    signer = SigV4Auth(Credentials(KEY, SECRET), "s3", "us-east-1")
    request = AWSRequest()
    request.context["timestamp"] = verified.amz_date
    assert verified.sign("chunk text") == signer.signature("chunk text", request)


_LATIN1 = st.text(st.characters(max_codepoint=255), max_size=120)


@settings(max_examples=300, deadline=None, database=None)
@hypothesis.seed(7)
@given(
    authorization=st.one_of(
        st.none(),
        _LATIN1,
        st.builds(
            "AWS4-HMAC-SHA256 Credential={}/{}, SignedHeaders={}, Signature={}".format,
            st.sampled_from([KEY, "AKIDOTHER"]) | _LATIN1,
            st.builds(lambda: f"{_now():%Y%m%d}/us-east-1/s3/aws4_request") | _LATIN1,
            st.sampled_from(["host", "host;x-amz-date", "host;x-amz-content-sha256"]) | _LATIN1,
            st.text("0123456789abcdef", min_size=64, max_size=64) | _LATIN1,
        ),
    ),
    amz_date=st.one_of(st.none(), _LATIN1, st.builds(lambda: f"{_now():%Y%m%dT%H%M%SZ}")),
    content_sha=st.one_of(st.none(), _LATIN1, st.just("UNSIGNED-PAYLOAD")),
    raw_path=_LATIN1,
    raw_query=st.one_of(
        _LATIN1,
        st.builds(
            "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={}&X-Amz-Date={}"
            "&X-Amz-Expires={}&X-Amz-SignedHeaders=host&X-Amz-Signature={}".format,
            st.builds(lambda: f"{KEY}%2F{_now():%Y%m%d}%2Fus-east-1%2Fs3%2Faws4_request")
            | _LATIN1,
            st.builds(lambda: f"{_now():%Y%m%dT%H%M%SZ}") | _LATIN1,
            st.sampled_from(["60", "0", "999999999"]) | _LATIN1,
            _LATIN1,
        ),
        st.builds("AWSAccessKeyId={}&Expires={}&Signature={}".format, _LATIN1, _LATIN1, _LATIN1),
    ),
)  # fmt: skip
def test_any_s3_request_is_judged_without_crashing(
    authorization: str | None,
    amz_date: str | None,
    content_sha: str | None,
    raw_path: str,
    raw_query: str,
) -> None:
    """Whatever arrives at the S3 door, the verdict is a Verified or an S3Error."""
    headers = [("host", HOST)]
    for name, value in (("authorization", authorization), ("x-amz-date", amz_date),
                        ("x-amz-content-sha256", content_sha)):  # fmt: skip
        if value is not None:
            headers.append((name, value))
    request = s3_sigv4.SignedRequest("GET", HOST, "/" + raw_path, raw_query, headers)
    with contextlib.suppress(S3Error):
        s3_sigv4.verify(request, {KEY: SECRET})


def test_a_declared_payload_hash_must_be_the_bodys_on_the_services() -> None:
    """An x-amz-content-sha256 on a service request must be the body's SHA-256 (botocore's
    payload hash), signed or not; S3 takes it as the payload hash, checked once streamed."""
    body = b'{"MaxResults": 1}'
    lie = {"X-Amz-Content-SHA256": hashlib.sha256(b"something else").hexdigest()}
    arrived, text = _signed(SigV4Auth, "sagemaker", "POST", f"http://{HOST}/", body, lie)
    with pytest.raises(sigv4.PayloadMismatch):
        sigv4.verify_header(arrived, text, {KEY: SECRET}, rules=sigv4.SERVICES, now=_now())
    s3_arrived, s3_text = _signed(S3SigV4Auth, "s3", "PUT", f"http://{HOST}/b/k", body)
    verified = sigv4.verify_header(s3_arrived, s3_text, {KEY: SECRET}, rules=sigv4.S3, now=_now())
    assert verified.payload_hash == hashlib.sha256(body).hexdigest()
