"""The S3 door on the wire: what boto3 would never send. Raw requests (signed with botocore's
own S3 signer, or crafted byte by byte) for malformed XML, bad names, keys that try to leave
their bucket, checksums that do not match, aws-chunked bodies, truncated uploads, ranges,
HEAD errors, virtual-host addressing and Expect: 100-continue. Nothing half-written is left."""

from __future__ import annotations

import base64
import hashlib
import socket
import time
import zlib
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import httpx
import pytest
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

from tests.support.jobs import unique
from tests.support.s3 import KeepPayloadHash, error
from tests.support.servers import Server, aws_client

# Wire-level checks: one mode is enough (test_s3.py runs boto3 over both).
pytestmark = [pytest.mark.services, pytest.mark.parametrize("server", ["embedded"], indirect=True)]


def send(
    server: Server,
    method: str,
    path: str,
    *,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
    key: tuple[str, str] = ("x", "y"),
) -> httpx.Response:
    url = server.url + path
    request = AWSRequest(method=method, url=url, data=body, headers=dict(headers or {}))
    KeepPayloadHash(Credentials(*key), "s3", "us-east-1").add_auth(request)
    return httpx.request(
        method, url, content=body, headers=dict(request.headers.items()), timeout=30
    )


@pytest.fixture
def bucket(server: Server) -> str:
    name = unique("wire")
    assert send(server, "PUT", f"/{name}").status_code == 200
    return name


def staged_files(server: Server) -> list[str]:
    tmp = server.data_dir / "s3" / ".openamt" / "tmp"
    return sorted(p.name for p in tmp.iterdir()) if tmp.exists() else []


def crc32_b64(data: bytes) -> str:
    return base64.b64encode(zlib.crc32(data).to_bytes(4, "big")).decode()


def test_requests_that_are_not_s3_keep_openamt_routes(server: Server) -> None:
    assert httpx.get(f"{server.url}/healthz").status_code == 200
    listed = httpx.get(f"{server.url}/v1/hyper-parameter-tuning-jobs")
    assert listed.status_code == 200 and "HyperParameterTuningJobSummaries" in listed.json()
    # SigV4 for another service is not S3's either.
    sm = aws_client(server.url)
    assert "HyperParameterTuningJobSummaries" in sm.list_hyper_parameter_tuning_jobs()


def test_error_document_shape(server: Server, bucket: str) -> None:
    response = send(server, "GET", f"/{bucket}/missing/key")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/xml"
    document = error(response)
    assert document["Code"] == "NoSuchKey"
    assert document["Resource"] == f"/{bucket}/missing/key"
    assert document["RequestId"] == response.headers["x-amz-request-id"]
    head = send(server, "HEAD", f"/{bucket}/missing/key")
    assert head.status_code == 404 and head.content == b""  # HEAD errors carry no body
    assert error(send(server, "GET", f"/{bucket}?acl"))["Code"] == "NotImplemented"


@pytest.mark.parametrize(
    "body",
    [
        b"<Delete><Object><Key>a</Key></Object>",  # not well-formed
        b"<Other><Object><Key>a</Key></Object></Other>",  # the wrong document
        b"<Delete></Delete>",  # no objects
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e "x">]><Delete><Object><Key>&e;</Key>'
        b"</Object></Delete>",
        b"<Delete>" + b"<Object><Key>k</Key></Object>" * 1001 + b"</Delete>",  # over 1000
    ],
)
def test_delete_objects_refuses_malformed_xml(server: Server, bucket: str, body: bytes) -> None:
    send(server, "PUT", f"/{bucket}/k", body=b"kept")
    response = send(server, "POST", f"/{bucket}?delete", body=body)
    assert response.status_code == 400
    assert error(response)["Code"] == "MalformedXML"
    assert send(server, "GET", f"/{bucket}/k").content == b"kept"


def test_complete_multipart_refuses_malformed_xml(server: Server, bucket: str) -> None:
    s3 = aws_client(server.url, "s3")
    upload_id = s3.create_multipart_upload(Bucket=bucket, Key="m")["UploadId"]
    s3.upload_part(Bucket=bucket, Key="m", UploadId=upload_id, PartNumber=1, Body=b"p")
    for body in (b"<CompleteMultipartUpload><Part>", b"", b"<CompleteMultipartUpload>"
                 b"<Part><PartNumber>one</PartNumber><ETag>x</ETag></Part>"
                 b"</CompleteMultipartUpload>"):  # fmt: skip
        response = send(server, "POST", f"/{bucket}/m?uploadId={upload_id}", body=body)
        assert response.status_code == 400, body
        assert error(response)["Code"] == "MalformedXML"
    valid = (
        b"<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>x</ETag></Part>"
        b"</CompleteMultipartUpload>"
    )
    bogus = send(server, "POST", f"/{bucket}/m?uploadId=..%2F..%2Fmeta", body=valid)
    assert error(bogus)["Code"] == "NoSuchUpload"
    assert send(server, "HEAD", f"/{bucket}/m").status_code == 404


@pytest.mark.parametrize("name", ["UPPER", "ab", "a_b", "a..b", "10.0.0.1", "sthree-x"])
def test_bad_bucket_names(server: Server, name: str) -> None:
    response = send(server, "PUT", f"/{name}")
    assert response.status_code == 400
    assert error(response)["Code"] == "InvalidBucketName"
    assert not (server.data_dir / "s3" / name).exists()


@pytest.mark.parametrize(
    "path",
    ["%2E%2E/escape", "a/%2E%2E/%2E%2E/escape", "%2Fabsolute", "a%00b", "a//b", "%2E/here"],
)
def test_keys_that_would_leave_the_bucket_are_refused(
    server: Server, bucket: str, path: str
) -> None:
    response = send(server, "PUT", f"/{bucket}/{path}", body=b"evil")
    assert response.status_code == 400, response.text
    assert error(response)["Code"] == "InvalidArgument"
    assert not (server.data_dir / "s3" / "escape").exists()
    assert not (server.data_dir / "escape").exists()
    listed = send(server, "GET", f"/{bucket}?list-type=2")
    assert b"<Key>" not in listed.content


def test_long_keys(server: Server, bucket: str) -> None:
    too_long = error(send(server, "PUT", f"/{bucket}/{'k' * 1025}", body=b""))
    assert too_long["Code"] == "KeyTooLongError"
    segment = error(send(server, "PUT", f"/{bucket}/{'s' * 256}/x", body=b""))
    assert segment["Code"] == "KeyTooLongError"


@pytest.mark.parametrize(
    ("headers", "code"),
    [
        ({"x-amz-checksum-crc32": crc32_b64(b"other")}, "BadDigest"),
        ({"x-amz-checksum-crc32": "not base64!"}, "InvalidRequest"),
        ({"x-amz-checksum-sha256": base64.b64encode(b"\0" * 32).decode()}, "BadDigest"),
        ({"Content-MD5": base64.b64encode(hashlib.md5(b"other").digest()).decode()}, "BadDigest"),
        ({"Content-MD5": "short"}, "InvalidDigest"),
        (
            {"X-Amz-Content-SHA256": hashlib.sha256(b"other").hexdigest()},
            "XAmzContentSHA256Mismatch",
        ),
    ],
)
def test_a_checksum_mismatch_stores_nothing(
    server: Server, bucket: str, headers: dict[str, str], code: str
) -> None:
    send(server, "PUT", f"/{bucket}/old", body=b"old bytes")
    for key in ("new", "old"):
        response = send(server, "PUT", f"/{bucket}/{key}", body=b"payload", headers=headers)
        assert response.status_code == 400
        assert error(response)["Code"] == code
    assert send(server, "HEAD", f"/{bucket}/new").status_code == 404
    assert send(server, "GET", f"/{bucket}/old").content == b"old bytes"  # not replaced
    assert staged_files(server) == []


def test_checksums_that_match_are_kept_and_answered(server: Server, bucket: str) -> None:
    sha256 = base64.b64encode(hashlib.sha256(b"payload").digest()).decode()
    response = send(server, "PUT", f"/{bucket}/k", body=b"payload",
                    headers={"x-amz-checksum-sha256": sha256})  # fmt: skip
    assert response.status_code == 200
    assert response.headers["x-amz-checksum-sha256"] == sha256
    got = send(server, "GET", f"/{bucket}/k", headers={"x-amz-checksum-mode": "ENABLED"})
    assert got.headers["x-amz-checksum-sha256"] == sha256
    assert got.headers["x-amz-checksum-type"] == "FULL_OBJECT"
    assert "x-amz-checksum-sha256" not in send(server, "GET", f"/{bucket}/k").headers


def aws_chunked(data: bytes, *, chunk: int, trailer: str | None) -> bytes:
    framed = b""
    for start in range(0, len(data), chunk):
        piece = data[start : start + chunk]
        framed += f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
    framed += b"0\r\n"
    if trailer is not None:
        framed += f"x-amz-checksum-crc32:{trailer}\r\n".encode()
    return framed + b"\r\n"


def chunked_headers(data: bytes) -> dict[str, str]:
    return {
        "Content-Encoding": "aws-chunked",
        "X-Amz-Content-SHA256": "STREAMING-UNSIGNED-PAYLOAD-TRAILER",
        "X-Amz-Trailer": "x-amz-checksum-crc32",
        "X-Amz-Decoded-Content-Length": str(len(data)),
    }


def test_aws_chunked_bodies_with_a_trailing_checksum(server: Server, bucket: str) -> None:
    data = bytes(range(256)) * 300
    good = aws_chunked(data, chunk=8192, trailer=crc32_b64(data))
    response = send(server, "PUT", f"/{bucket}/chunked", body=good, headers=chunked_headers(data))
    assert response.status_code == 200, response.text
    assert response.headers["x-amz-checksum-crc32"] == crc32_b64(data)
    stored = send(server, "GET", f"/{bucket}/chunked")
    assert stored.content == data
    assert "content-encoding" not in stored.headers  # the framing is not the object's

    bad = aws_chunked(data, chunk=8192, trailer=crc32_b64(b"else"))
    response = send(server, "PUT", f"/{bucket}/bad", body=bad, headers=chunked_headers(data))
    assert error(response)["Code"] == "BadDigest"
    cut = aws_chunked(data, chunk=8192, trailer=crc32_b64(data))[:-400]
    response = send(server, "PUT", f"/{bucket}/cut", body=cut, headers=chunked_headers(data))
    assert error(response)["Code"] == "IncompleteBody"
    for key in ("bad", "cut"):
        assert send(server, "HEAD", f"/{bucket}/{key}").status_code == 404
    assert staged_files(server) == []


def raw_exchange(server: Server, request: bytes, *, wait: float = 5) -> bytes:
    """Send bytes on a fresh connection; what came back before the server closed or `wait`."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=wait) as sock:
        sock.sendall(request)
        sock.shutdown(socket.SHUT_WR) if request.endswith(b"<close>") else None
        received = b""
        try:
            while chunk := sock.recv(65536):
                received += chunk
        except TimeoutError:
            pass
        return received


def signed_head(server: Server, method: str, path: str, headers: dict[str, str]) -> bytes:
    """The request line and headers of a signed request (UNSIGNED-PAYLOAD), as bytes."""
    url = server.url + path
    request = AWSRequest(method=method, url=url, headers={**headers,
                         "X-Amz-Content-SHA256": "UNSIGNED-PAYLOAD"})  # fmt: skip
    KeepPayloadHash(Credentials("x", "y"), "s3", "us-east-1").add_auth(request)
    lines = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{server.port}"]
    lines += [f"{k}: {v}" for k, v in request.headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def test_a_truncated_upload_stores_nothing(server: Server, bucket: str) -> None:
    head = signed_head(server, "PUT", f"/{bucket}/truncated", {"Content-Length": "100000"})
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
        sock.sendall(head + b"only part of it")
        time.sleep(0.5)
    deadline = time.monotonic() + 10
    while staged_files(server) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert send(server, "HEAD", f"/{bucket}/truncated").status_code == 404
    assert staged_files(server) == []


def test_expect_100_continue(server: Server, bucket: str) -> None:
    # Refused from its headers (no such bucket): answered at once, the body never asked for,
    # and the connection closed so that the unsent body cannot be taken for a request.
    head = signed_head(server, "PUT", "/no-such-bucket-here/k",
                       {"Content-Length": "5", "Expect": "100-continue"})  # fmt: skip
    answer = raw_exchange(server, head)
    assert answer.startswith(b"HTTP/1.1 404")
    assert b"100 Continue" not in answer
    assert b"connection: close" in answer.lower()
    # Accepted: 100 Continue first, then the body, then 200.
    head = signed_head(server, "PUT", f"/{bucket}/continued",
                       {"Content-Length": "5", "Expect": "100-continue"})  # fmt: skip
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(head)
        assert sock.recv(1024).startswith(b"HTTP/1.1 100")
        sock.sendall(b"hello")
        assert sock.recv(65536).startswith(b"HTTP/1.1 200")
    assert send(server, "GET", f"/{bucket}/continued").content == b"hello"


def test_range_edge_cases(server: Server, bucket: str) -> None:
    send(server, "PUT", f"/{bucket}/r", body=b"0123456789")
    send(server, "PUT", f"/{bucket}/empty", body=b"")

    def get(key: str, spec: str) -> httpx.Response:
        return send(server, "GET", f"/{bucket}/{key}", headers={"Range": spec})

    for ignored in ("bytes=0-1,5-6", "bytes=5-2", "items=0-1", "bytes=-"):
        response = get("r", ignored)
        assert (response.status_code, response.content) == (200, b"0123456789"), ignored
    response = get("r", "bytes=3-3")
    assert (response.status_code, response.content) == (206, b"3")
    assert response.headers["content-range"] == "bytes 3-3/10"
    assert response.headers["content-length"] == "1"
    refused = get("r", "bytes=10-20")
    assert refused.status_code == 416
    assert error(refused)["RangeRequested"] == "bytes=10-20"
    assert get("empty", "bytes=0-").status_code == 416
    assert get("r", "bytes=-0").status_code == 416


def test_virtual_host_addressing(server: Server, bucket: str) -> None:
    send(server, "PUT", f"/{bucket}/vh/key.txt", body=b"by host")
    for host in (f"{bucket}.localhost:{server.port}", f"{bucket}.s3.us-east-1.example.test"):
        response = httpx.get(f"{server.url}/vh/key.txt", headers={"Host": host})
        assert (response.status_code, response.content) == (200, b"by host"), host
        listed = httpx.get(f"{server.url}/?list-type=2&prefix=vh/", headers={"Host": host})
        assert b"<Key>vh/key.txt</Key>" in listed.content


def test_prometheus_counts_s3_requests_by_operation(server: Server, bucket: str) -> None:
    send(server, "PUT", f"/{bucket}/counted", body=b"x")
    metrics = httpx.get(f"{server.url}/metrics").text
    assert 'route="s3:PutObject"' in metrics
    assert bucket not in metrics  # never a bucket or key as a label


def peak_rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmHWM")


@pytest.mark.slow
def test_a_256_mib_object_streams_through_bounded_memory(server: Server, bucket: str) -> None:
    assert server.process is not None
    before = peak_rss(server.process.pid)
    block = hashlib.sha256(b"seed").digest() * (1024 * 1024 // 32)  # 1 MiB
    blocks = 256
    sent = hashlib.md5()

    def body() -> Any:
        for number in range(blocks):
            piece = number.to_bytes(4, "big") + block[4:]
            sent.update(piece)
            yield piece

    url = f"{server.url}/huge.bin"
    host = {"Host": f"{bucket}.localhost"}
    headers = {**host, "Content-Length": str(blocks * len(block))}
    response = httpx.put(url, content=body(), headers=headers, timeout=300)
    assert response.status_code == 200, response.text
    assert response.headers["etag"] == f'"{sent.hexdigest()}"'
    received = hashlib.md5()
    with httpx.stream("GET", url, headers=host, timeout=300) as download:
        for chunk in download.iter_bytes():
            received.update(chunk)
    assert received.hexdigest() == sent.hexdigest()
    # Neither direction held the object: the server grew by far less than its 256 MiB.
    assert peak_rss(server.process.pid) - before < 64 * 1024 * 1024


def test_writes_never_follow_a_link_out_of_the_bucket(
    server: Server, bucket: str, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "shared.csv").write_text("1,2\n")
    (server.data_dir / "s3" / bucket / "linked").symlink_to(outside, target_is_directory=True)
    # Reading through it is how a data set is shared into a bucket...
    assert send(server, "GET", f"/{bucket}/linked/shared.csv").content == b"1,2\n"
    # ...writing or deleting through it is refused, and nothing appears outside.
    for path in ("linked/new.csv", "linked/deeper/new.csv"):
        response = send(server, "PUT", f"/{bucket}/{path}", body=b"x")
        assert error(response)["Code"] == "InvalidArgument"
    send(server, "DELETE", f"/{bucket}/linked/shared.csv")
    assert sorted(p.name for p in outside.iterdir()) == ["shared.csv"]
    # Listed like a folder; a link back up the tree is not followed round in circles.
    (outside / "loop").symlink_to(outside, target_is_directory=True)
    listed = send(server, "GET", f"/{bucket}?list-type=2&prefix=linked/")
    keys = [e.text for e in ElementTree.fromstring(listed.content).iter() if e.tag.endswith("Key")]
    assert keys == ["linked/shared.csv"]


def test_response_header_overrides_cannot_split_headers(server: Server, bucket: str) -> None:
    send(server, "PUT", f"/{bucket}/doc", body=b"x")
    response = send(
        server, "GET", f"/{bucket}/doc?response-content-disposition=a%0D%0AX-Injected:%201"
    )
    assert response.status_code == 200
    assert "x-injected" not in response.headers
    assert response.headers["content-disposition"] == "a  X-Injected: 1"


def test_metadata_bytes_round_trip(server: Server, bucket: str) -> None:
    url = f"{server.url}/meta"
    host = {"Host": f"{bucket}.localhost"}
    value = "caf\u00e9".encode()  # UTF-8 bytes, as a client puts them on the wire
    headers = {b"host": host["Host"].encode(), b"x-amz-meta-name": value}
    put = httpx.put(url, content=b"x", headers=headers)
    assert put.status_code == 200
    got = httpx.get(url, headers=host)
    assert dict(got.headers.raw)[b"x-amz-meta-name"] == value
