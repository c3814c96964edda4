"""S3's SigV4 when OPENAMT_ACCESS_KEYS is set: boto3 with the right keys works; a wrong
secret, an unknown key, a stale clock, a body that is not what was signed, a tampered chunk,
and presigned URLs past their expiry are refused with S3's codes, and store nothing."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import boto3
import httpx
import pytest
from botocore.awsrequest import AWSRequest
from botocore.config import Config
from botocore.credentials import Credentials
from botocore.exceptions import ClientError

from tests.support.jobs import unique
from tests.support.s3 import KeepPayloadHash, error
from tests.support.servers import Server

pytestmark = pytest.mark.services  # starts openamt itself (see conftest)

KEY_ID, SECRET = "AKIAOPENAMTS3TEST", "s3-test-secret"
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()


@pytest.fixture(scope="module")
def secured(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    instance = Server(
        tmp_path_factory.mktemp("s3auth") / "data",
        workers=1,
        env={"OPENAMT_ACCESS_KEYS": f"{KEY_ID}:{SECRET}"},
    )
    instance.start()
    yield instance
    instance.stop()


def client(server: Server, *, key: str = KEY_ID, secret: str = SECRET, **config: Any) -> Any:
    return boto3.client(
        "s3",
        endpoint_url=server.url,
        region_name="us-east-1",
        aws_access_key_id=key,
        aws_secret_access_key=secret,
        config=Config(retries={"max_attempts": 1}, **config),
    )


@pytest.fixture
def bucket(secured: Server) -> str:
    name = unique("auth")
    client(secured).create_bucket(Bucket=name)
    return name


def code_and_status(call: Any, **kwargs: Any) -> tuple[str, int]:
    with pytest.raises(ClientError) as excinfo:
        call(**kwargs)
    response = excinfo.value.response
    return response["Error"]["Code"], response["ResponseMetadata"]["HTTPStatusCode"]


def signed_request(
    server: Server, method: str, path: str, body: bytes, headers: dict[str, str]
) -> AWSRequest:
    request = AWSRequest(method=method, url=server.url + path, data=body, headers=headers)
    KeepPayloadHash(Credentials(KEY_ID, SECRET), "s3", "us-east-1").add_auth(request)
    return request


def test_the_right_keys_work(secured: Server, bucket: str, tmp_path: Path) -> None:
    s3 = client(secured)
    s3.put_object(Bucket=bucket, Key="dir/a b+c.txt", Body=b"signed")
    assert s3.get_object(Bucket=bucket, Key="dir/a b+c.txt")["Body"].read() == b"signed"
    assert [o["Key"] for o in s3.list_objects_v2(Bucket=bucket, Prefix="dir/")["Contents"]] == [
        "dir/a b+c.txt"
    ]
    s3.delete_objects(Bucket=bucket, Delete={"Objects": [{"Key": "dir/a b+c.txt"}]})
    big = tmp_path / "big.bin"
    big.write_bytes(b"m" * (6 * 1024 * 1024))
    from boto3.s3.transfer import TransferConfig

    s3.upload_file(str(big), bucket, "big", Config=TransferConfig(multipart_threshold=5 * 2**20,
                   multipart_chunksize=5 * 2**20))  # fmt: skip
    assert s3.head_object(Bucket=bucket, Key="big")["ETag"].endswith('-2"')


def test_wrong_credentials_are_refused(secured: Server, bucket: str) -> None:
    assert code_and_status(client(secured, secret="wrong").list_buckets) == (
        "SignatureDoesNotMatch", 403
    )  # fmt: skip
    assert code_and_status(client(secured, key="AKIAUNKNOWN").list_buckets) == (
        "InvalidAccessKeyId", 403
    )  # fmt: skip
    put = client(secured, secret="wrong").put_object
    assert code_and_status(put, Bucket=bucket, Key="k", Body=b"x")[0] == "SignatureDoesNotMatch"
    assert "Contents" not in client(secured).list_objects_v2(Bucket=bucket)
    # Unsigned, addressed to a bucket by its host: S3's AccessDenied.
    anonymous = httpx.get(f"{secured.url}/", headers={"Host": f"{bucket}.localhost"})
    assert anonymous.status_code == 403 and error(anonymous)["Code"] == "AccessDenied"


def test_what_was_signed_is_what_counts(secured: Server, bucket: str) -> None:
    # A header changed after signing.
    request = signed_request(secured, "PUT", f"/{bucket}/k", b"body", {"x-amz-meta-a": "1"})
    headers = dict(request.headers.items())
    headers["x-amz-meta-a"] = "2"
    response = httpx.put(request.url, content=b"body", headers=headers)
    assert response.status_code == 403
    document = error(response)
    assert document["Code"] == "SignatureDoesNotMatch"
    assert document["StringToSign"].startswith("AWS4-HMAC-SHA256\n")
    # The right signature over a hash of other bytes: refused once the body is read.
    request = signed_request(secured, "PUT", f"/{bucket}/k", b"body", {})
    response = httpx.put(request.url, content=b"evil", headers=dict(request.headers.items()))
    assert response.status_code == 400
    assert error(response)["Code"] == "XAmzContentSHA256Mismatch"
    assert code_and_status(client(secured).head_object, Bucket=bucket, Key="k") == ("404", 404)
    # A stale clock.
    request = AWSRequest(method="GET", url=f"{secured.url}/{bucket}?list-type=2")
    stale = (datetime.now(UTC) - timedelta(minutes=20)).strftime("%Y%m%dT%H%M%SZ")
    signer = KeepPayloadHash(Credentials(KEY_ID, SECRET), "s3", "us-east-1")
    request.context["timestamp"] = stale
    signer._modify_request_before_signing(request)
    canonical = signer.canonical_request(request)
    signature = signer.signature(signer.string_to_sign(request, canonical), request)
    headers = dict(request.headers.items())
    headers["Authorization"] = (
        f"AWS4-HMAC-SHA256 Credential={signer.scope(request)}, SignedHeaders="
        f"{signer.signed_headers(signer.headers_to_sign(request))}, Signature={signature}"
    )
    response = httpx.get(request.url, headers=headers)
    assert response.status_code == 403 and error(response)["Code"] == "RequestTimeTooSkewed"


def test_presigned_urls(secured: Server, bucket: str) -> None:
    s3 = client(secured)
    s3.put_object(Bucket=bucket, Key="shared/report.csv", Body=b"a,b\n1,2\n")
    params = {"Bucket": bucket, "Key": "shared/report.csv"}
    v4 = client(secured, signature_version="s3v4")
    for signer in (s3, v4):  # boto3's default in us-east-1 is S3's signature version 2
        url = signer.generate_presigned_url("get_object", Params=params, ExpiresIn=300)
        response = httpx.get(url)
        assert (response.status_code, response.content) == (200, b"a,b\n1,2\n"), url
        tampered = httpx.get(url.replace("report.csv", "other.csv"))
        assert tampered.status_code == 403 and error(tampered)["Code"] == "SignatureDoesNotMatch"
    put_url = v4.generate_presigned_url(
        "put_object", Params={"Bucket": bucket, "Key": "shared/up.txt"}, ExpiresIn=300
    )
    assert httpx.put(put_url, content=b"uploaded").status_code == 200
    assert s3.get_object(Bucket=bucket, Key="shared/up.txt")["Body"].read() == b"uploaded"

    short = [
        signer.generate_presigned_url("get_object", Params=params, ExpiresIn=1)
        for signer in (s3, v4)
    ]
    time.sleep(2.1)
    for url in short:
        response = httpx.get(url)
        assert response.status_code == 403
        assert (error(response)["Code"], error(response)["Message"]) == (
            "AccessDenied", "Request has expired"
        )  # fmt: skip


def chunk_signature(key: bytes, date: str, scope: str, previous: str, data: bytes) -> str:
    text = "\n".join(
        ("AWS4-HMAC-SHA256-PAYLOAD", date, scope, previous, EMPTY_SHA256,
         hashlib.sha256(data).hexdigest())
    )  # fmt: skip
    return hmac.new(key, text.encode(), hashlib.sha256).hexdigest()


def signing_key(date: str) -> bytes:
    key = f"AWS4{SECRET}".encode()
    for part in (date, "us-east-1", "s3", "aws4_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    return key


def trailer_signature(key: bytes, date: str, scope: str, previous: str, trailer: str) -> str:
    text = "\n".join(
        ("AWS4-HMAC-SHA256-TRAILER", date, scope, previous,
         hashlib.sha256(trailer.encode()).hexdigest())
    )  # fmt: skip
    return hmac.new(key, text.encode(), hashlib.sha256).hexdigest()


def signed_chunks(
    server: Server,
    path: str,
    pieces: list[bytes],
    *,
    tamper: bool = False,
    checksum: str | None = None,
    tamper_trailer: bool = False,
) -> httpx.Response:
    """STREAMING-AWS4-HMAC-SHA256-PAYLOAD (as the AWS SDKs for Java and Go send it), or its
    -TRAILER form with a signed trailing checksum when `checksum` is given."""
    data = b"".join(pieces)

    def framed(signatures: list[str], trailer_sig: str) -> bytes:
        body = b""
        for piece, signature in zip([*pieces, b""], signatures, strict=True):
            sent = piece.replace(b"a", b"b") if tamper and piece else piece
            body += f"{len(piece):x};chunk-signature={signature}\r\n".encode() + sent
            body += b"\r\n" if piece or checksum is None else b""
        if checksum is not None:
            body += f"x-amz-checksum-crc32:{checksum}\r\n".encode()
            body += f"x-amz-trailer-signature:{trailer_sig}\r\n\r\n".encode()
        return body

    size = len(framed(["0" * 64] * (len(pieces) + 1), "0" * 64))
    headers = {
        "X-Amz-Content-SHA256": "STREAMING-AWS4-HMAC-SHA256-PAYLOAD"
        + ("-TRAILER" if checksum is not None else ""),
        "Content-Encoding": "aws-chunked",
        "X-Amz-Decoded-Content-Length": str(len(data)),
        "Content-Length": str(size),
    }
    if checksum is not None:
        headers["X-Amz-Trailer"] = "x-amz-checksum-crc32"
    request = signed_request(server, "PUT", path, b"", headers)
    previous = request.headers["Authorization"].rsplit("Signature=", 1)[1]
    date = request.headers["X-Amz-Date"]
    scope = f"{date[:8]}/us-east-1/s3/aws4_request"
    key = signing_key(date[:8])
    signatures = []
    for piece in [*pieces, b""]:
        previous = chunk_signature(key, date, scope, previous, piece)
        signatures.append(previous)
    trailer_sig = ""
    if checksum is not None:
        trailer_sig = trailer_signature(
            key, date, scope, previous, f"x-amz-checksum-crc32:{checksum}\n"
        )
        if tamper_trailer:
            trailer_sig = "f" * 64
    body = framed(signatures, trailer_sig)
    assert len(body) == size
    return httpx.put(request.url, content=body, headers=dict(request.headers.items()))


def test_signed_chunks_are_checked(secured: Server, bucket: str) -> None:
    pieces = [b"a" * 65536, b"a" * 1000]
    good = signed_chunks(secured, f"/{bucket}/chunks", pieces)
    assert good.status_code == 200, good.text
    s3 = client(secured)
    assert s3.get_object(Bucket=bucket, Key="chunks")["Body"].read() == b"".join(pieces)
    bad = signed_chunks(secured, f"/{bucket}/tampered", pieces, tamper=True)
    assert bad.status_code == 403 and error(bad)["Code"] == "SignatureDoesNotMatch"
    assert code_and_status(s3.head_object, Bucket=bucket, Key="tampered") == ("404", 404)


def test_signed_chunks_with_a_signed_trailing_checksum(secured: Server, bucket: str) -> None:
    pieces = [b"a" * 8192, b"a" * 10]
    data = b"".join(pieces)
    crc = base64.b64encode(zlib.crc32(data).to_bytes(4, "big")).decode()
    good = signed_chunks(secured, f"/{bucket}/trailed", pieces, checksum=crc)
    assert good.status_code == 200, good.text
    assert good.headers["x-amz-checksum-crc32"] == crc
    wrong_sum = base64.b64encode(zlib.crc32(b"other").to_bytes(4, "big")).decode()
    bad_sum = signed_chunks(secured, f"/{bucket}/bad-sum", pieces, checksum=wrong_sum)
    assert error(bad_sum)["Code"] == "BadDigest"
    bad_signature = signed_chunks(
        secured, f"/{bucket}/bad-sig", pieces, checksum=crc, tamper_trailer=True
    )
    assert error(bad_signature)["Code"] == "SignatureDoesNotMatch"
    s3 = client(secured)
    for key in ("bad-sum", "bad-sig"):
        assert code_and_status(s3.head_object, Bucket=bucket, Key=key) == ("404", 404)
