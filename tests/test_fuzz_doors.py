"""Generated requests over every AWS protocol door: no 5xx, and every error in the door's shape.

tests/test_schemathesis.py fuzzes what /openapi.json describes (the REST routes and SageMaker's
`POST /`). This test covers the doors the OpenAPI document cannot: for each service and each
protocol openamt serves it in (SageMaker and CloudWatch Logs in JSON 1.1, CloudWatch in RPC v2
CBOR, JSON 1.0 and query, STS and IAM in query, S3 in REST-XML, SageMaker Runtime's
InvokeEndpoint in REST-JSON), every operation it serves gets requests built from botocore's
model: input values drawn from the operation's shapes (strings inside and outside their
lengths, enums and non-enum values, integers inside and outside their ranges, timestamps,
blobs; required members sometimes dropped), serialized by botocore's own serializer for that
protocol, then sometimes broken on the wire (a value of the wrong type, a random or truncated
body, a bad header, an extra query parameter; S3's bucket moved to the Host). They go to
openamt listening on a real socket (uvicorn in a thread, SQLite, a NullExecutor), unsigned:
auth is off by default; S3's path-style requests carry an Authorization header whose
credential scope says `s3`, as every S3 client sends.

Decision: S3's 501 NotImplemented, in S3's error shape, is not a server error here: it is the
answer AWS documents for a request asking what S3 does not do (`If-None-Match: <etag>` on a
write), and openamt gives it for the same requests.

An error must be in the door's own shape: JSON and REST-JSON `{"__type", "message"}`, CBOR
the same document in CBOR, query `<ErrorResponse><Error><Code>`, S3 `<Error><Code>` (a HEAD's
error has no body). A request whose Content-Type or X-Amz-Target was broken may land on another
door, so its error may be in any of these shapes. Hypothesis runs with a fixed seed and a
bounded number of examples, so CI sends the same requests every time.
"""

from __future__ import annotations

import json
import re
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import botocore.session
import cbor2
import httpx
import hypothesis
import pytest
from botocore.awsrequest import create_request_object, prepare_request_dict
from botocore.model import OperationModel, Shape
from botocore.serialize import create_serializer
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from app.api.aws import registry, services  # noqa: F401 - services: registers them
from app.api.aws.s3.handlers import load as s3_handlers
from app.config import Settings
from tests.support.in_process import listening

pytestmark = pytest.mark.services  # starts openamt itself (see conftest)

SEED = 20261203
EXAMPLES = 30  # per operation and protocol
# SageMaker's JSON door is fuzzed from its wire models by tests/test_schemathesis.py as well,
# and its operations are the slow ones (a Create writes rows): fewer here.
EXAMPLES_BY_SERVICE = {"sagemaker": 10}
MIN_REQUESTS = 1200
# The protocols of the RPC door (app/api/aws/door.py), by botocore's serializer names.
RPC_PROTOCOLS = ("json", "smithy-rpc-v2-cbor", "query")
BUCKET = "fuzz-bucket"
# What every S3 client sends and what tells S3's requests apart (app/api/aws/s3/routing.py);
# nothing checks the signature with auth off.
S3_AUTHORIZATION = (
    "AWS4-HMAC-SHA256 Credential=fuzz/20261203/us-east-1/s3/aws4_request, "
    "SignedHeaders=host, Signature=" + "0" * 64
)


@dataclass(frozen=True)
class Door:
    service: str  # botocore's name
    protocol: str  # botocore's serializer name
    operations: tuple[str, ...]
    errors: str  # the error shape: json, cbor, query, s3

    @property
    def label(self) -> str:
        return f"{self.service} {self.protocol}"


def doors() -> list[Door]:
    """Every (service, protocol) openamt serves, with the operations it serves there."""
    session = botocore.session.get_session()
    by_service: dict[str, list[str]] = {}
    for service, name in registry.OPERATIONS:
        by_service.setdefault(service, []).append(name)
    found = []
    for service, names in sorted(by_service.items()):
        metadata = session.get_service_model(service).metadata
        for protocol in metadata.get("protocols", [metadata["protocol"]]):
            if protocol in RPC_PROTOCOLS:
                errors = {"smithy-rpc-v2-cbor": "cbor"}.get(protocol, protocol)
                found.append(Door(service, protocol, tuple(sorted(names)), errors))
    found.append(Door("s3", "rest-xml", tuple(sorted(s3_handlers())), "s3"))
    found.append(Door("sagemaker-runtime", "rest-json", ("InvokeEndpoint",), "json"))
    return found


# --- values from botocore's shapes --------------------------------------------------------------

TEXT = st.characters(codec="utf-8")
HEADER_TEXT = st.characters(min_codepoint=0x20, max_codepoint=0x7E)  # what a header can carry
TOKEN = st.sampled_from("abcdefghijklmnopqrstuvwxyz0123456789-_.!")  # what a header's name can
KNOWN = {"Bucket": [BUCKET], "Key": ["data/train.csv", "missing.csv"]}  # S3 members worth hitting


def _strings(shape: Shape, alphabet: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    low = int(shape.metadata.get("min", 0))
    high = shape.metadata.get("max")
    fitting = min(int(high), 64) if high is not None else 64
    options = [st.text(alphabet, min_size=min(low, fitting), max_size=fitting)]
    if shape.enum:
        options.append(st.sampled_from(shape.enum))
    matching = _matching(shape, low, high, header=alphabet is not TEXT)
    if matching is not None:
        options.append(matching)
    if high is not None and int(high) < 4096:
        options.append(st.text(alphabet, min_size=int(high) + 1, max_size=int(high) + 3))
    if low > 0:
        options.append(st.text(alphabet, max_size=low - 1))
    return st.one_of(options)


def _matching(shape: Shape, low: int, high: Any, *, header: bool) -> st.SearchStrategy[str] | None:
    """Strings that match the shape's pattern and fit its lengths (the valid names that reach
    past validation), when Python's `re` reads the pattern (some are Java's `\\p{L}`)."""
    pattern = shape.metadata.get("pattern")
    try:
        strategy = st.from_regex(re.compile(pattern), fullmatch=True) if pattern else None
    except re.error:
        return None
    if strategy is None:
        return None
    longest = int(high) if high is not None else 256
    return strategy.filter(
        lambda text: (
            low <= len(text) <= longest
            and (not header or (text.isascii() and text.isprintable() and text == text.strip()))
        )
    )


def _integers(shape: Shape) -> st.SearchStrategy[int]:
    low, high = shape.metadata.get("min"), shape.metadata.get("max")
    edge = 2**31 if shape.type_name == "integer" else 2**63
    inside = st.integers(
        int(low) if low is not None else -edge, int(high) if high is not None else edge
    )
    outside = st.integers(-(2**64), 2**64)
    if low is not None:
        outside = st.one_of(outside, st.integers(int(low) - 3, int(low) - 1))
    if high is not None:
        outside = st.one_of(outside, st.integers(int(high) + 1, int(high) + 3))
    return st.one_of(inside, outside)


def values(shape: Shape, *, depth: int = 0, header: bool = False) -> st.SearchStrategy[Any]:
    """Values of `shape`'s type, inside and outside its constraints."""
    kind = shape.type_name
    if kind == "structure":
        if depth > 4 or shape.is_document_type or shape.metadata.get("union"):
            return st.just({})
        required = set(shape.required_members)
        strategies = {
            name: values(member, depth=depth + 1, header=_in_header(member))
            for name, member in shape.members.items()
            if not member.serialization.get("eventstream")
        }
        for name, known in KNOWN.items():
            if depth == 0 and name in strategies:
                strategies[name] = st.one_of(st.sampled_from(known), strategies[name])
        return st.fixed_dictionaries(
            {name: s for name, s in strategies.items() if name in required},
            optional={name: s for name, s in strategies.items() if name not in required},
        )
    if kind == "list":
        return st.lists(values(shape.member, depth=depth + 1, header=header), max_size=3)
    if kind == "map":
        keys = _strings(shape.key, TOKEN if header else TEXT)
        items = values(shape.value, depth=depth + 1, header=header)
        return st.dictionaries(keys, items, max_size=3)
    if kind == "string":
        return _strings(shape, HEADER_TEXT if header else TEXT)
    if kind in ("integer", "long"):
        return _integers(shape)
    if kind in ("float", "double"):
        return st.floats()
    if kind == "boolean":
        return st.booleans()
    if kind == "timestamp":
        return st.datetimes(min_value=datetime(1, 1, 2), timezones=st.just(UTC))
    if kind == "blob":
        return st.binary(max_size=64)
    return st.none()


def _in_header(member: Shape) -> bool:
    return member.serialization.get("location") in ("header", "headers")


# --- a request, built by botocore and broken on the wire ----------------------------------------


@dataclass
class Request:
    method: str
    url: str
    headers: dict[str, str]
    body: bytes
    mutation: str


MUTATIONS = ("none", "drop-required", "wrong-type", "random-body", "truncated-body",
             "bad-header", "extra-query", "virtual-host")  # fmt: skip
# Headers a client may get wrong, per error shape; those in ROUTING pick the door itself.
BAD_HEADERS = {
    "json": ["Content-Type", "X-Amz-Target", "X-Amz-Date", "Content-Encoding"],
    "cbor": ["Content-Type", "smithy-protocol", "X-Amz-Date", "Content-Encoding"],
    "query": ["Content-Type", "X-Amz-Date", "Content-Encoding"],
    "s3": ["Content-MD5", "x-amz-content-sha256", "Range", "If-Match", "If-Modified-Since",
           "x-amz-copy-source", "x-amz-checksum-crc32", "Content-Encoding", "x-amz-date",
           "x-amz-decoded-content-length"],
}  # fmt: skip
ROUTING = {"Content-Type", "X-Amz-Target"}
# Values that switch a door onto another path (S3's aws-chunked bodies, ranges, copies).
MEANINGFUL = {
    "x-amz-content-sha256": ["STREAMING-AWS4-HMAC-SHA256-PAYLOAD", "UNSIGNED-PAYLOAD",
                             "STREAMING-UNSIGNED-PAYLOAD-TRAILER", "0" * 64],
    "Content-Encoding": ["aws-chunked", "gzip", "aws-chunked,gzip"],
    "x-amz-decoded-content-length": ["0", "5", "-1", "99999999999999999999"],
    "Range": ["bytes=0-", "bytes=-3", "bytes=5-1", "bytes=0-0,2-3", "bytes=99999999999-"],
    "x-amz-copy-source": [f"{BUCKET}/data/train.csv", "/../x", f"{BUCKET}", "%ZZ"],
    "Content-MD5": ["1B2M2Y8AsgTpgAmY7PhCfg==", "not-base64"],
    "If-Modified-Since": ["Wed, 21 Oct 2015 07:28:00 GMT", "yesterday"],
    "X-Amz-Target": ["SageMaker.", ".ListMetrics", "Logs_20140328.GetLogEvents"],
}  # fmt: skip
EXTRA_QUERY = ["uploads", "uploadId", "partNumber", "list-type", "max-keys", "continuation-token",
               "delete", "location", "versionId", "Action", "Version", "x"]  # fmt: skip
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(TEXT, max_size=20)
)
GARBAGE = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(TEXT, max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)
# CBOR carries more than JSON: byte strings, tagged times, bignums.
CBOR_GARBAGE = st.one_of(GARBAGE, st.binary(max_size=8), st.datetimes(timezones=st.just(UTC)),
                         st.integers(min_value=2**64, max_value=2**70))  # fmt: skip


def serialize(door: Door, operation: OperationModel, params: dict[str, Any], url: str) -> Request:
    """What botocore sends for `params`, unsigned (S3's carries the Authorization header its
    routing needs)."""
    serializer = create_serializer(door.protocol, include_validation=False)
    request = serializer.serialize_to_request(params, operation)
    request["context"] = {}
    prepare_request_dict(request, endpoint_url=url)
    prepared = create_request_object(request).prepare()
    # HTTP/1.1 takes no space around a header's value (botocore strips it when it sends).
    headers = {k: v.strip() for k, v in prepared.headers.items() if k.lower() != "content-length"}
    if door.protocol == "rest-xml":
        headers["Authorization"] = S3_AUTHORIZATION
    body = prepared.body or b""
    return Request(
        prepared.method,
        prepared.url,
        headers,
        body.encode() if isinstance(body, str) else body,
        "none",
    )


def _wrong_type(door: Door, request: Request, draw: Callable[[Any], Any]) -> None:
    """One value of the body (or of the URL's query, or a header) replaced by another type's."""
    garbage = draw(CBOR_GARBAGE if door.protocol == "smithy-rpc-v2-cbor" else GARBAGE)
    if door.protocol in ("json", "smithy-rpc-v2-cbor") and request.body:
        decode, encode = (json.loads, _json) if door.errors == "json" else (cbor2.loads, _cbor)
        document = decode(request.body)
        if isinstance(document, dict) and document:
            document[draw(st.sampled_from(sorted(document)))] = garbage
            request.body = encode(document)
            return
    if door.errors == "query":
        form = parse_qsl(request.body.decode(), keep_blank_values=True)
        index = draw(st.integers(0, len(form) - 1))
        form[index] = (form[index][0], str(garbage))
        request.body = urlencode(form).encode()
        return
    base, _, query = request.url.partition("?")
    pairs = parse_qsl(query, keep_blank_values=True)
    if pairs:
        index = draw(st.integers(0, len(pairs) - 1))
        pairs[index] = (pairs[index][0], str(garbage))
        request.url = f"{base}?{urlencode(pairs)}"
    elif set(request.headers) - {"Authorization"}:  # the one that routes S3's requests
        name = draw(st.sampled_from(sorted(set(request.headers) - {"Authorization"})))
        request.headers[name] = draw(st.text(HEADER_TEXT, max_size=30)).strip()


def _json(value: Any) -> bytes:
    return json.dumps(value).encode()


def _cbor(value: Any) -> bytes:
    return bytes(cbor2.dumps(value, datetime_as_timestamp=True))


@st.composite
def requests_for(
    draw: Callable[[Any], Any], door: Door, operation: OperationModel, url: str
) -> Request:
    shape = operation.input_shape
    params = draw(values(shape)) if shape is not None else {}
    mutation = draw(st.sampled_from(MUTATIONS))
    if mutation == "drop-required" and shape is not None and shape.required_members:
        params.pop(draw(st.sampled_from(shape.required_members)), None)
    try:
        request = serialize(door, operation, params, url)
    except (KeyError, TypeError, ValueError, OverflowError):
        # botocore cannot write these (a URI member dropped, a value its format refuses):
        # no client sends them; the wire mutations below cover broken requests.
        hypothesis.reject()
    request.mutation = mutation
    if mutation == "wrong-type":
        _wrong_type(door, request, draw)
    elif mutation == "random-body":
        request.body = draw(st.binary(max_size=256))
    elif mutation == "truncated-body" and request.body:
        request.body = request.body[: draw(st.integers(0, len(request.body) - 1))]
    elif mutation == "bad-header":
        name = draw(st.sampled_from(BAD_HEADERS[door.errors]))
        value = st.text(HEADER_TEXT, max_size=40).map(str.strip)
        request.headers[name] = draw(st.one_of(value, st.sampled_from(MEANINGFUL.get(name, [""]))))
        if name in ROUTING:
            request.mutation = "routing-header"
    elif mutation == "extra-query":
        name = draw(st.sampled_from(EXTRA_QUERY))
        value = draw(st.text(TEXT, max_size=12))
        request.url += ("&" if "?" in request.url else "?") + urlencode({name: value})
    elif mutation == "virtual-host" and door.protocol == "rest-xml":
        _virtual_host(request)
    return request


def _virtual_host(request: Request) -> None:
    """S3's other addressing: the bucket in `Host: <bucket>.localhost` (which alone routes the
    request to S3, so no Authorization header), the key alone in the path."""
    parts = urlsplit(request.url)
    bucket, _, key = parts.path.lstrip("/").partition("/")
    if re.fullmatch(r"[a-z0-9][a-z0-9.-]*", bucket):
        request.headers.pop("Authorization")
        request.headers["Host"] = f"{bucket}.localhost:{parts.port}"
        request.url = parts._replace(path=f"/{key}").geturl()


# --- the answers --------------------------------------------------------------------------------


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


# SageMaker Runtime's ModelError adds the model's own status and message to the JSON error.
RUNTIME_EXTRA = frozenset({"OriginalStatusCode", "OriginalMessage"})


def error_shape_problem(
    errors: str, response: httpx.Response, method: str, *, extra: frozenset[str] = frozenset()
) -> str | None:
    """Why an error answer is not in the `errors` shape (JSON may add the `extra` members), or
    None."""
    body = response.content
    try:
        if errors in ("json", "cbor"):
            document = json.loads(body) if errors == "json" else cbor2.loads(body)
            ok = isinstance(document, dict) and all(
                isinstance(document.get(key), str) and document[key]
                for key in ("__type", "message")
            )
            unknown = set(document) - {"__type", "message"} - extra
            return None if ok and not unknown else f"not {{__type, message}}: {body[:200]!r}"
        if errors == "s3" and method == "HEAD":
            return None if not body else f"a HEAD error with a body: {body[:200]!r}"
        root = ET.fromstring(body)
        error = root.find("{*}Error") if errors == "query" else root
        wanted = "ErrorResponse" if errors == "query" else "Error"
        code = error.find("{*}Code") if error is not None else None
        if _local(root.tag) == wanted and code is not None and code.text:
            return None
        return f"not <{wanted}>...<Code>: {body[:200]!r}"
    except (ValueError, ET.ParseError, cbor2.CBORDecodeError, AttributeError):
        return f"not a {errors} error document: {body[:200]!r}"


def s3_not_implemented(door: Door, response: httpx.Response) -> bool:
    """S3's own 501 for a request that asks what it does not do (`If-None-Match: <etag>` on a
    write, a subresource openamt lacks): AWS's answer, in S3's shape, not a server error."""
    if door.errors != "s3" or response.status_code != 501 or not response.content:
        return False
    code = ET.fromstring(response.content).find("Code")
    return code is not None and code.text == "NotImplemented"


def problem(door: Door, request: Request, response: httpx.Response) -> str | None:
    if s3_not_implemented(door, response):
        return None
    if response.status_code >= 500:
        return f"server error {response.status_code}: {response.content[:300]!r}"
    if response.status_code < 400:
        return None
    if request.mutation != "routing-header":
        extra = RUNTIME_EXTRA if door.service == "sagemaker-runtime" else frozenset()
        return error_shape_problem(door.errors, response, request.method, extra=extra)
    # Sent to no door in particular: any AWS error shape will do.
    found = [
        error_shape_problem(shape, response, request.method)
        for shape in ("json", "cbor", "query", "s3")
    ]
    return None if None in found else found[0]


# --- the run ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def live_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data_dir: Path = tmp_path_factory.mktemp("fuzz-doors") / "data"
    settings = Settings(data_dir=data_dir)
    # One bucket with one object, so S3's requests reach past NoSuchBucket.
    (settings.local_s3_dir / BUCKET / "data").mkdir(parents=True)
    (settings.local_s3_dir / BUCKET / "data" / "train.csv").write_text("1,2\n3,4\n")
    with listening(settings) as url:
        yield url


@dataclass
class Run:
    client: httpx.Client
    sent: int = 0
    problems: list[str] = field(default_factory=list)
    answers: Counter[str] = field(default_factory=Counter)  # a door's, by status class

    def send(self, door: Door, request: Request) -> None:
        response = self.client.request(
            request.method, request.url, headers=request.headers, content=request.body
        )
        self.sent += 1
        self.answers[f"{response.status_code // 100}xx"] += 1
        found = problem(door, request, response)
        if found:
            self.problems.append(
                f"{door.label} {request.method} {request.url[:120]} ({request.mutation}) "
                f"{request.body[:120]!r}: {found}"
            )

    def fuzz(self, door: Door, operation: OperationModel, url: str) -> None:
        def send(request: Request) -> None:
            self.send(door, request)

        test = hypothesis_settings(
            max_examples=EXAMPLES_BY_SERVICE.get(door.service, EXAMPLES),
            deadline=None,
            database=None,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )(hypothesis.seed(SEED)(given(requests_for(door, operation, url))(send)))
        test()


def test_generated_requests_over_every_door_get_no_5xx_and_errors_in_its_shape(
    live_url: str,
) -> None:
    found = doors()
    assert {door.label for door in found} >= {
        "sagemaker json", "logs json", "cloudwatch smithy-rpc-v2-cbor", "cloudwatch json",
        "cloudwatch query", "sts query", "iam query", "s3 rest-xml", "sagemaker-runtime rest-json",
    }  # fmt: skip
    session = botocore.session.get_session()
    with httpx.Client(timeout=30) as client:
        run = Run(client)
        for door in found:
            model = session.get_service_model(door.service)
            started, before = time.monotonic(), run.sent
            run.answers.clear()
            for name in door.operations:
                run.fuzz(door, model.operation_model(name), live_url)
            took = time.monotonic() - started
            answers = ", ".join(f"{k} {v}" for k, v in sorted(run.answers.items()))
            print(f"{door.label}: {run.sent - before} requests over {len(door.operations)} "
                  f"operations in {took:.1f} s ({answers})")  # fmt: skip
    print(f"every door: {run.sent} requests")
    assert not run.problems, f"{len(run.problems)} bad answers, e.g.:\n" + "\n".join(
        run.problems[:15]
    )
    assert run.sent >= MIN_REQUESTS, f"only {run.sent} requests were generated"
