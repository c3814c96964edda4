"""Authentication: AWS Signature V4 on both doors, bearer tokens on the REST door.

A real `openamt serve` with OPENAMT_ACCESS_KEYS and OPENAMT_API_TOKENS set. Requests are
signed by botocore's own signer (what boto3 and the AWS CLI send), by boto3 itself and by
`curl --aws-sigv4`; the refused ones must get AWS's error code and status, in the
`{"__type", "message"}` shape, and the server's log must never hold a secret.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import botocore.auth
import httpx
import hypothesis
import pytest
from botocore.awsrequest import AWSRequest
from botocore.config import Config
from botocore.credentials import Credentials
from botocore.exceptions import ClientError
from hypothesis import given, settings
from hypothesis import strategies as st

from app.api import auth
from tests.support import scripts
from tests.support.jobs import script_job, training_jobs, unique, wait_for
from tests.support.servers import ROOT, Server

pytestmark = pytest.mark.services  # starts openamt itself (see conftest)

KEY_ID, SECRET = "AKIDOPENAMTTEST", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYsecretvalue"
OTHER_KEY_ID, OTHER_SECRET = "AKIDSECOND", "another/secret+value"
TOKEN = "openamt-token-7f3a9c"
AWS_JSON = "application/x-amz-json-1.1"
LIST_TARGET = "SageMaker.ListHyperParameterTuningJobs"
JOBS = "/v1/hyper-parameter-tuning-jobs"


@pytest.fixture(scope="module")
def secured(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    env = {
        "OPENAMT_ACCESS_KEYS": f"{KEY_ID}:{SECRET},{OTHER_KEY_ID}:{OTHER_SECRET}",
        "OPENAMT_API_TOKENS": f"not-this-one,{TOKEN}",
    }
    server = Server(tmp_path_factory.mktemp("auth") / "data", workers=1, env=env).start()
    yield server
    server.stop()


def signed_headers(
    server: Server,
    method: str,
    path: str,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
    *,
    key_id: str = KEY_ID,
    secret: str = SECRET,
) -> dict[str, str]:
    """The headers botocore's SigV4 signer adds, for this exact request."""
    request = AWSRequest(method=method, url=f"{server.url}{path}", data=body, headers=headers)
    botocore.auth.SigV4Auth(Credentials(key_id, secret), "sagemaker", "us-east-1").add_auth(request)
    return dict(request.headers.items())


def aws_call(server: Server, body: bytes = b"{}", **sign: Any) -> httpx.Response:
    headers = {"X-Amz-Target": LIST_TARGET, "Content-Type": AWS_JSON}
    return httpx.post(
        f"{server.url}/",
        content=body,
        headers=signed_headers(server, "POST", "/", body, headers, **sign),
    )


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def assert_refused(response: httpx.Response, status: int, code: str, *fragments: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"__type", "message"}, body
    assert body["__type"] == code, body
    for fragment in fragments:
        assert fragment in body["message"], body
    assert response.headers.get("x-amzn-RequestId")


# --- accepted --------------------------------------------------------------------------------


def test_a_botocore_signed_request_is_accepted_on_both_doors(secured: Server) -> None:
    response = aws_call(secured)
    assert response.status_code == 200, response.text
    assert "HyperParameterTuningJobSummaries" in response.json()

    path = f"{JOBS}?MaxResults=5&SortBy=Name&NameContains=a-b"
    response = httpx.get(f"{secured.url}{path}", headers=signed_headers(secured, "GET", path))
    assert response.status_code == 200, response.text

    # The second key works as well as the first.
    assert aws_call(secured, key_id=OTHER_KEY_ID, secret=OTHER_SECRET).status_code == 200


def test_unmodified_boto3_works_and_gets_aws_error_codes(secured: Server) -> None:
    def client(key_id: str, secret: str) -> Any:
        return boto3.client(
            "sagemaker",
            endpoint_url=secured.url,
            region_name="us-east-1",
            aws_access_key_id=key_id,
            aws_secret_access_key=secret,
            config=Config(retries={"max_attempts": 1}),
        )

    listed = client(KEY_ID, SECRET).list_hyper_parameter_tuning_jobs()
    assert listed["ResponseMetadata"]["HTTPStatusCode"] == 200
    with pytest.raises(ClientError) as wrong_secret:
        client(KEY_ID, "not-the-secret").list_hyper_parameter_tuning_jobs()
    assert wrong_secret.value.response["Error"]["Code"] == "InvalidSignatureException"
    with pytest.raises(ClientError) as unknown_key:
        client("AKIDUNKNOWN", SECRET).list_hyper_parameter_tuning_jobs()
    assert unknown_key.value.response["Error"]["Code"] == "UnrecognizedClientException"


def test_curl_aws_sigv4_is_accepted(secured: Server) -> None:
    assert shutil.which("curl"), "curl is required (Debian's package)"

    def curl(*args: str) -> tuple[int, str]:
        done = subprocess.run(
            ["curl", "-sS", "--aws-sigv4", "aws:amz:us-east-1:sagemaker",
             "--user", f"{KEY_ID}:{SECRET}", "-w", "\n%{http_code}", *args],
            capture_output=True, text=True, timeout=30, check=True,
        )  # fmt: skip
        body, _, status = done.stdout.rpartition("\n")
        return int(status), body

    status, body = curl(
        "-H", f"X-Amz-Target: {LIST_TARGET}", "-H", f"Content-Type: {AWS_JSON}",
        "--data", "{}", f"{secured.url}/",
    )  # fmt: skip
    assert status == 200, body
    status, body = curl(f"{secured.url}{JOBS}?MaxResults=3")
    assert status == 200, body


def test_a_bearer_token_is_accepted_on_the_rest_door_only(secured: Server) -> None:
    response = httpx.get(f"{secured.url}{JOBS}", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200, response.text

    wrong = httpx.get(f"{secured.url}{JOBS}", headers={"Authorization": "Bearer nope"})
    assert_refused(wrong, 400, "UnrecognizedClientException")
    # The AWS door speaks SigV4 only, as AWS does.
    aws = httpx.post(
        f"{secured.url}/",
        content=b"{}",
        headers={"X-Amz-Target": LIST_TARGET, "Authorization": f"Bearer {TOKEN}"},
    )
    assert_refused(aws, 400, "IncompleteSignatureException")
    assert aws.headers["content-type"] == AWS_JSON


def test_health_and_documentation_stay_open(secured: Server) -> None:
    for path in ("/healthz", "/openapi.json", "/docs"):
        assert httpx.get(f"{secured.url}{path}").status_code == 200, path


def test_pages_dashboard_and_metrics_follow_the_rest_doors_rule(secured: Server) -> None:
    """A browser gets a Basic challenge (it asks its user, who gives a token as the password,
    or an access key and its secret); Prometheus sends a bearer token; probes stay open."""
    html = {"Accept": "text/html"}
    for path in ("/", "/ui/tuning-jobs/x", "/dashboard", "/dashboard/api/studies"):
        refused = httpx.get(f"{secured.url}{path}", headers=html)  # refused before any load
        assert refused.status_code == 401, path
        assert refused.headers["WWW-Authenticate"].startswith('Basic realm="openamt"'), path
        assert refused.json()["__type"] == "MissingAuthenticationTokenException"
        wrong = httpx.get(f"{secured.url}{path}", headers=html, auth=("me", "not-a-token"))
        assert wrong.status_code == 401 and "WWW-Authenticate" in wrong.headers, path
    for credentials in (("anyone", TOKEN), (KEY_ID, SECRET)):
        assert httpx.get(f"{secured.url}/", headers=html, auth=credentials).status_code == 200
        # The first request loads optuna-dashboard (seconds on a busy machine).
        studies = httpx.get(f"{secured.url}/dashboard/api/studies", auth=credentials, timeout=60)
        assert studies.status_code == 200 and "study_summaries" in studies.json()
    assert_refused(httpx.get(f"{secured.url}/metrics"), 403, "MissingAuthenticationTokenException")
    scraped = httpx.get(f"{secured.url}/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    assert scraped.status_code == 200 and "openamt_training_jobs" in scraped.text
    assert httpx.get(f"{secured.url}/readyz").json() == {"status": "ok"}
    # Basic is no way into the AWS door, which speaks SigV4 only.
    aws = httpx.post(f"{secured.url}/", content=b"{}", auth=("anyone", TOKEN),
                     headers={"X-Amz-Target": LIST_TARGET})  # fmt: skip
    assert_refused(aws, 400, "IncompleteSignatureException")


# --- refused ---------------------------------------------------------------------------------


def test_a_request_without_credentials_is_refused_on_both_doors(secured: Server) -> None:
    rest = httpx.get(f"{secured.url}{JOBS}")
    assert_refused(rest, 403, "MissingAuthenticationTokenException", "Missing Authentication Token")
    aws = httpx.post(f"{secured.url}/", content=b"{}", headers={"X-Amz-Target": LIST_TARGET})
    assert_refused(aws, 403, "MissingAuthenticationTokenException")
    # Unknown routes too: nothing is told without credentials.
    assert_refused(
        httpx.get(f"{secured.url}/v1/nothing"), 403, "MissingAuthenticationTokenException"
    )


@pytest.mark.parametrize(
    ("authorization", "fragment"),
    [
        ("AWS4-HMAC-SHA256 Credential=X/20240101/us-east-1/sagemaker/aws4_request",
         "'Signature' parameter"),
        (f"AWS4-HMAC-SHA256 Credential={KEY_ID}/20240101/us-east-1, SignedHeaders=host, "
         "Signature=00", "Credential must have the form"),
        (f"AWS4-HMAC-SHA256 Credential={KEY_ID}/20240101/us-east-1/sagemaker/aws4_request, "
         "SignedHeaders=x-amz-date, Signature=00", "'Host' must be a 'SignedHeader'"),
        ("AWS AKID:c2lnbmF0dXJl", "AWS4-HMAC-SHA256"),
        ("Basic dXNlcjpwYXNz", "AWS4-HMAC-SHA256"),
    ],
)  # fmt: skip
def test_a_malformed_signature_is_incomplete(
    secured: Server, authorization: str, fragment: str
) -> None:
    headers = {"X-Amz-Target": LIST_TARGET, "Authorization": authorization, "X-Amz-Date": _now()}
    response = httpx.post(f"{secured.url}/", content=b"{}", headers=headers)
    assert_refused(response, 400, "IncompleteSignatureException", fragment)


def test_a_signature_without_a_date_or_with_a_garbled_one_is_incomplete(secured: Server) -> None:
    headers = {"X-Amz-Target": LIST_TARGET, "Content-Type": AWS_JSON}
    signed = signed_headers(secured, "POST", "/", b"{}", headers)
    without_date = {k: v for k, v in signed.items() if k.lower() != "x-amz-date"}
    response = httpx.post(f"{secured.url}/", content=b"{}", headers=without_date)
    assert_refused(response, 400, "IncompleteSignatureException", "'X-Amz-Date' or a 'Date'")
    garbled = {**signed, "X-Amz-Date": "yesterday"}
    response = httpx.post(f"{secured.url}/", content=b"{}", headers=garbled)
    assert_refused(response, 400, "IncompleteSignatureException", "ISO-8601")


@pytest.mark.parametrize("minutes", [-10, 10])
def test_a_stale_or_future_signature_is_refused(
    secured: Server, monkeypatch: pytest.MonkeyPatch, minutes: int
) -> None:
    moment = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(minutes=minutes)
    monkeypatch.setattr(botocore.auth, "get_current_datetime", lambda: moment)
    response = aws_call(secured)
    expected = "Signature expired" if minutes < 0 else "Signature not yet current"
    assert_refused(response, 400, "InvalidSignatureException", expected)


def test_a_slightly_skewed_clock_is_accepted(
    secured: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    moment = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(minutes=4)
    monkeypatch.setattr(botocore.auth, "get_current_datetime", lambda: moment)
    assert aws_call(secured).status_code == 200


def test_an_unknown_key_or_a_wrong_secret_is_refused(secured: Server) -> None:
    assert_refused(aws_call(secured, key_id="AKIDNOBODY"), 400, "UnrecognizedClientException")
    assert_refused(
        aws_call(secured, secret=OTHER_SECRET), 400, "InvalidSignatureException", "does not match"
    )


def test_a_body_changed_after_signing_is_refused(secured: Server) -> None:
    headers = {"X-Amz-Target": LIST_TARGET, "Content-Type": AWS_JSON}
    signed = signed_headers(secured, "POST", "/", b'{"MaxResults": 1}', headers)
    tampered = httpx.post(f"{secured.url}/", content=b'{"MaxResults": 99}', headers=signed)
    assert_refused(tampered, 400, "InvalidSignatureException")
    # And a query changed after signing, on the REST door.
    signed = signed_headers(secured, "GET", f"{JOBS}?MaxResults=1")
    tampered = httpx.get(f"{secured.url}{JOBS}?MaxResults=2", headers=signed)
    assert_refused(tampered, 400, "InvalidSignatureException")


def test_refusals_are_logged_without_secrets(secured: Server) -> None:
    aws_call(secured, secret="a-wrong-secret-value")
    httpx.get(f"{secured.url}{JOBS}", headers={"Authorization": "Bearer leaked-token-guess"})
    log = secured.log_path.read_text()
    assert "InvalidSignatureException" in log and KEY_ID in log
    for secret in (SECRET, OTHER_SECRET, TOKEN, "a-wrong-secret-value", "leaked-token-guess"):
        assert secret not in log


def test_training_code_never_sees_openamt_secrets(secured: Server, tmp_path: Path) -> None:
    code = scripts.write_script(
        tmp_path / "code",
        "import json, os\nprint(json.dumps(dict(os.environ)))\n"
        "print('validation:accuracy=0.5', flush=True)\n",
    )
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=secured.url, headers=headers, timeout=30) as client:
        body = script_job(unique("envdump"), code, max_jobs=1, parallel=1)
        assert client.post(JOBS, json=body).status_code == 201
        name = body["HyperParameterTuningJobName"]
        assert wait_for(client, name)["HyperParameterTuningJobStatus"] == "Completed"
        job = training_jobs(client, name)[0]["TrainingJobName"]
        log = client.get(f"/v1/training-jobs/{job}/logs").text
    environment = json.loads(log.splitlines()[0])
    assert not [key for key in environment if key.startswith("OPENAMT_")]
    for secret in (SECRET, OTHER_SECRET, TOKEN):
        assert secret not in log


def test_worker_processes_start_without_the_secrets(secured: Server) -> None:
    """Training code could read /proc/<pid>/environ of its worker: the worker has none."""
    workers = secured.worker_pids()
    assert workers, "the embedded server runs worker processes"
    for pid in workers:
        environ = Path(f"/proc/{pid}/environ").read_bytes()
        assert SECRET.encode() not in environ and b"OPENAMT_ACCESS_KEYS" not in environ


def test_hide_secrets_makes_the_process_non_dumpable() -> None:
    """Its own /proc/<pid>/environ still holds what it started with: readable by root only."""
    code = (
        "import ctypes, os; from workers.process import hide_secrets; hide_secrets(); "
        "print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0), 'OPENAMT_ACCESS_KEYS' in os.environ)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "OPENAMT_ACCESS_KEYS": f"{KEY_ID}:{SECRET}"},
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    assert done.stdout.split() == ["0", "False"]


_LATIN1 = st.text(st.characters(max_codepoint=255), max_size=200)


@settings(max_examples=500, deadline=None, database=None)
@hypothesis.seed(4)
@given(
    authorization=st.one_of(
        _LATIN1,
        st.builds(
            "AWS4-HMAC-SHA256 Credential={}/{}, SignedHeaders={}, Signature={}".format,
            st.sampled_from([KEY_ID, "AKIDOTHER"]) | _LATIN1,
            st.builds(lambda: f"{_now()[:8]}/us-east-1/sagemaker/aws4_request") | _LATIN1,
            st.sampled_from(["host", "host;x-amz-date", "content-type;host"]) | _LATIN1,
            st.text("0123456789abcdef", min_size=64, max_size=64) | _LATIN1,
        ),
        st.builds("Bearer {}".format, _LATIN1),
    ),
    amz_date=st.one_of(st.none(), _LATIN1, st.builds(_now)),
    date=st.one_of(st.none(), _LATIN1),
    content_sha=st.one_of(st.none(), _LATIN1),
    raw_path=st.binary(max_size=100),
    query=st.binary(max_size=100),
    body=st.binary(max_size=100),
)  # fmt: skip
def test_any_authorization_header_is_judged_without_crashing(
    authorization: str,
    amz_date: str | None,
    date: str | None,
    content_sha: str | None,
    raw_path: bytes,
    query: bytes,
    body: bytes,
) -> None:
    """Whatever arrives, the verdict is an identity or an AuthFailure (never a 500)."""
    headers = [(b"host", b"127.0.0.1"), (b"authorization", authorization.encode("latin-1"))]
    for name, value in (("x-amz-date", amz_date), ("date", date),
                        ("x-amz-content-sha256", content_sha)):  # fmt: skip
        if value is not None:
            headers.append((name.encode(), value.encode("latin-1")))
    request = auth.RawRequest("POST", b"/" + raw_path, query, headers, body)
    with contextlib.suppress(auth.AuthFailure):
        auth.authenticate(
            request, credentials={KEY_ID: SECRET}, bearer_tokens=[TOKEN], allow_bearer=True
        )


# --- listening -------------------------------------------------------------------------------


def _serve(*args: str) -> subprocess.CompletedProcess[str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("OPENAMT_ACCESS_KEYS", "OPENAMT_API_TOKENS")
    }
    return subprocess.run(
        [sys.executable, "-m", "app.cli", "serve", *args],
        env={**env, "OPENAMT_DATA_DIR": "/nonexistent/never-created"},
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.10", "example.internal"])
def test_serve_refuses_to_listen_beyond_loopback_without_credentials(host: str) -> None:
    done = _serve("--host", host, "--port", "9")
    assert done.returncode == 2, done.stderr
    assert f"Refusing to listen on {host} without authentication" in done.stderr
    assert "--insecure" in done.stderr and "OPENAMT_ACCESS_KEYS" in done.stderr
