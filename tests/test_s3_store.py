"""The object store and the S3 door's pure parts, without a server (the fast tier): names,
keys, listings, folders, stale metadata, multipart rules, aws-chunked framing, ranges, and
the model-driven XML checked against botocore's own parser."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from botocore.parsers import RestXMLParser

from app.api.aws.s3 import protocol, routing
from app.api.aws.s3.body import _ChunkDecoder
from app.api.aws.s3.errors import S3Error
from app.api.aws.s3.handlers.objects import parse_range
from app.api.aws.s3.model import match, service_model
from app.objects import ObjectError, ObjectStore, names
from app.objects.metadata import ObjectMeta
from app.objects.multipart import MIN_PART_BYTES, RequestedPart, Uploads


@pytest.fixture
def store(tmp_path: Path) -> ObjectStore:
    instance = ObjectStore(tmp_path / "s3")
    instance.create_bucket("bucket")
    return instance


def put(store: ObjectStore, key: str, data: bytes = b"", **meta: Any) -> None:
    staged = store.stage()
    staged.path.write_bytes(data)
    etag = hashlib.md5(data).hexdigest()
    store.put("bucket", key, staged, ObjectMeta(etag=etag, size=0, mtime_ns=0, **meta))


def code_of(call: Any, *args: Any, **kwargs: Any) -> str:
    with pytest.raises(ObjectError) as excinfo:
        call(*args, **kwargs)
    return excinfo.value.code


@pytest.mark.parametrize("name", ["abc", "my.bucket-1", "a" * 63, "0bucket"])
def test_good_bucket_names(name: str) -> None:
    assert names.check_bucket_name(name) == name


@pytest.mark.parametrize(
    "name", ["ab", "a" * 64, "Abc", "a_b", "a..b", "-ab", "ab-", "1.2.3.4", "xn--a", "b-s3alias"]
)
def test_bad_bucket_names(name: str) -> None:
    assert code_of(names.check_bucket_name, name) == "InvalidBucketName"


@pytest.mark.parametrize("key", ["../x", "a/../../x", "/abs", "a//b", "a/./b", "nul\0", ""])
def test_keys_a_file_system_cannot_hold_safely(tmp_path: Path, key: str) -> None:
    assert code_of(names.key_path, tmp_path, key) == "InvalidArgument"


def test_key_paths_stay_inside(tmp_path: Path) -> None:
    assert names.key_path(tmp_path, "a/b c/d.csv") == tmp_path / "a" / "b c" / "d.csv"
    assert names.key_path(tmp_path, "folder/") == tmp_path / "folder"
    assert code_of(names.key_path, tmp_path, "k" * 1025) == "KeyTooLongError"


def test_listing_order_prefixes_and_pages(store: ObjectStore) -> None:
    for key in ("c", "a/b/3", "a/2", "a/1", "a-b"):
        put(store, key)
    listing = store.list("bucket")
    assert [o.key for o in listing.objects] == ["a-b", "a/1", "a/2", "a/b/3", "c"]
    top = store.list("bucket", delimiter="/")
    assert ([o.key for o in top.objects], top.prefixes) == (["a-b", "c"], ["a/"])
    first = store.list("bucket", delimiter="/", max_keys=2)
    assert (first.truncated, first.last) == (True, "a/")
    rest = store.list("bucket", delimiter="/", after="a/")
    assert ([o.key for o in rest.objects], rest.prefixes, rest.truncated) == (["c"], [], False)
    assert [o.key for o in store.list("bucket", prefix="a/b").objects] == ["a/b/3"]


def test_folders_and_conflicts(store: ObjectStore) -> None:
    put(store, "dir/")
    put(store, "dir/file", b"x")
    assert [o.key for o in store.list("bucket").objects] == ["dir/", "dir/file"]
    assert code_of(put, store, "dir", b"y") == "KeyConflict"
    assert code_of(put, store, "dir/file/deeper", b"y") == "KeyConflict"
    store.delete("bucket", "dir/file")
    assert (store.root / "bucket" / "dir").is_dir()  # the folder object keeps its directory
    store.delete("bucket", "dir/")
    assert not (store.root / "bucket" / "dir").exists()
    put(store, "dir", b"a file now")
    assert store.info("bucket", "dir").size == len(b"a file now")
    assert list((store.hidden / "tmp").iterdir()) == []  # refused writes left nothing staged


def test_metadata_follows_the_file_not_the_record(store: ObjectStore) -> None:
    put(store, "m", b"one", content_type="text/plain", user={"k": "v"})
    assert (store.info("bucket", "m").meta.content_type, store.info("bucket", "m").meta.user) == (
        "text/plain", {"k": "v"}
    )  # fmt: skip
    (store.root / "bucket" / "m").write_bytes(b"rewritten by a training job")
    info = store.info("bucket", "m")
    assert info.etag == f'"{hashlib.md5(b"rewritten by a training job").hexdigest()}"'
    assert (info.meta.content_type, info.meta.user) == ("binary/octet-stream", {})


def test_bucket_lifecycle(store: ObjectStore) -> None:
    assert store.create_bucket("bucket") is False
    put(store, "k")
    assert code_of(store.delete_bucket, "bucket") == "BucketNotEmpty"
    store.delete("bucket", "k")
    store.delete_bucket("bucket")
    assert code_of(store.bucket_dir, "bucket") == "NoSuchBucket"


def test_multipart_etag_and_rules(store: ObjectStore) -> None:
    uploads = Uploads(store)
    upload = uploads.create("bucket", "mp", ObjectMeta(etag="", size=0, mtime_ns=0))
    parts = [b"a" * MIN_PART_BYTES, b"tail"]
    for number, data in enumerate(parts, 1):
        staged = store.stage()
        staged.path.write_bytes(data)
        uploads.put_part(upload, number, staged, md5=hashlib.md5(data).hexdigest(), checksum=None)
    wanted = [RequestedPart(n, hashlib.md5(d).hexdigest()) for n, d in enumerate(parts, 1)]
    assert code_of(uploads.complete, upload, wanted[::-1]) == "InvalidPartOrder"
    info = uploads.complete(upload, wanted)
    digest = hashlib.md5(b"".join(hashlib.md5(d).digest() for d in parts)).hexdigest()
    assert info.etag == f'"{digest}-2"' and info.meta.parts == 2
    assert (store.root / "bucket" / "mp").read_bytes() == b"".join(parts)
    assert code_of(uploads.get, upload.upload_id, "bucket", "mp") == "NoSuchUpload"
    assert code_of(uploads.get, "../../etc", "bucket", "mp") == "NoSuchUpload"


def test_aws_chunked_framing_fed_byte_by_byte() -> None:
    framed = (
        b"5\r\nhello\r\n3;chunk-signature=00\r\nabc\r\n0\r\nx-amz-checksum-crc32:AAAAAA==\r\n\r\n"
    )
    decoder = _ChunkDecoder(None)
    data = b"".join(piece for i in range(len(framed)) for piece in decoder.feed(framed[i : i + 1]))
    assert data == b"helloabc"
    assert decoder.finished and decoder.trailers == {"x-amz-checksum-crc32": "AAAAAA=="}
    with pytest.raises(S3Error):
        _ChunkDecoder(None).feed(b"zz\r\n")


@pytest.mark.parametrize(
    ("spec", "span"),
    [("bytes=0-0", (0, 0)), ("bytes=2-", (2, 9)), ("bytes=-3", (7, 9)), ("bytes=5-100", (5, 9)),
     ("bytes=-100", (0, 9)), ("bytes=4-2", None), ("bytes=1-2,4-5", None), ("lines=1-2", None)],
)  # fmt: skip
def test_ranges(spec: str, span: tuple[int, int] | None) -> None:
    assert parse_range(spec, 10) == span


@pytest.mark.parametrize(("spec", "size"), [("bytes=10-", 10), ("bytes=-0", 10), ("bytes=0-", 0)])
def test_unsatisfiable_ranges(spec: str, size: int) -> None:
    with pytest.raises(S3Error) as excinfo:
        parse_range(spec, size)
    assert excinfo.value.code == "InvalidRange"


def botocore_reads(operation: str, status: int, headers: list[tuple[str, str]], body: bytes) -> Any:
    model = service_model().operation_model(operation)
    response = {"status_code": status, "headers": dict(headers), "body": body}
    return RestXMLParser().parse(response, model.output_shape)


def test_outputs_read_back_by_botocores_own_parser() -> None:
    moment = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    values = {
        "IsTruncated": True,
        "Contents": [{"Key": "a b", "LastModified": moment, "ETag": '"e"', "Size": 3,
                      "StorageClass": "STANDARD"}],
        "Name": "bucket", "Prefix": "", "MaxKeys": 1, "KeyCount": 2,
        "CommonPrefixes": [{"Prefix": "p/"}], "NextContinuationToken": "t",
    }  # fmt: skip
    operation = service_model().operation_model("ListObjectsV2")
    body = protocol.output_body(operation, values)
    assert body is not None and b"<ListBucketResult" in body
    parsed = botocore_reads("ListObjectsV2", 200, [], body)
    for name, value in values.items():
        assert parsed[name] == value, name

    operation = service_model().operation_model("GetObject")
    headers = protocol.output_headers(
        operation, {"ETag": '"e"', "LastModified": moment, "ContentLength": 4,
                    "Metadata": {"team": "ml"}, "ChecksumCRC32": "AAAAAA=="}
    )  # fmt: skip
    parsed = botocore_reads("GetObject", 200, headers, b"")
    assert (parsed["LastModified"], parsed["Metadata"], parsed["ContentLength"]) == (
        moment, {"team": "ml"}, 4
    )  # fmt: skip


def test_inputs_read_from_their_bindings() -> None:
    operation = service_model().operation_model("DeleteObjects")
    body = (
        b'<Delete xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Object><Key>a</Key></Object>'
        b"<Object><Key>b</Key></Object><Quiet>true</Quiet></Delete>"
    )
    assert protocol.parse_payload(operation, body) == (
        "Delete", {"Objects": [{"Key": "a"}, {"Key": "b"}], "Quiet": True}
    )  # fmt: skip
    operation = service_model().operation_model("ListObjectsV2")
    incoming = protocol.Incoming({"Bucket": "b"}, {"max-keys": ["7"], "prefix": ["p/"]}, [])
    assert protocol.parse_input(operation, incoming) == {
        "Bucket": "b",
        "MaxKeys": 7,
        "Prefix": "p/",
    }
    with pytest.raises(S3Error):
        protocol.parse_input(operation, protocol.Incoming({"Bucket": "b"}, {"max-keys": ["x"]}, []))


@pytest.mark.parametrize(
    ("method", "target", "query", "headers", "operation"),
    [
        ("PUT", "key", {}, set(), "PutObject"),
        ("PUT", "key", {}, {"x-amz-copy-source"}, "CopyObject"),
        ("PUT", "key", {"partNumber": ["1"], "uploadId": ["u"]}, set(), "UploadPart"),
        ("PUT", "key", {"partNumber": ["1"], "uploadId": ["u"]}, {"x-amz-copy-source"},
         "UploadPartCopy"),
        ("GET", "bucket", {"list-type": ["2"]}, set(), "ListObjectsV2"),
        ("GET", "bucket", {}, set(), "ListObjects"),
        ("GET", "bucket", {"location": [""]}, set(), "GetBucketLocation"),
        ("POST", "bucket", {"delete": [""]}, set(), "DeleteObjects"),
        ("GET", "service", {}, set(), "ListBuckets"),
    ],
)  # fmt: skip
def test_operations_matched_by_the_model(
    method: str, target: str, query: dict[str, list[str]], headers: set[str], operation: str
) -> None:
    found, _ = match(method, target, query, headers)
    assert found is not None and found.name == operation


def scope(headers: dict[str, str], *, path: str = "/", query: str = "") -> dict[str, Any]:
    return {
        "type": "http",
        "raw_path": path.encode(),
        "path": path,
        "query_string": query.encode(),
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
    }


def test_which_requests_are_s3s() -> None:
    signed = "AWS4-HMAC-SHA256 Credential=AK/20260101/us-east-1/{}/aws4_request, SignedHeaders=host"
    assert routing.is_s3_request(scope({"Authorization": signed.format("s3")}))
    assert not routing.is_s3_request(scope({"Authorization": signed.format("sagemaker")}))
    assert not routing.is_s3_request(scope({"Host": "127.0.0.1:8000"}, path="/v1/x"))
    assert routing.is_s3_request(
        scope({}, query="X-Amz-Credential=AK%2F20260101%2Fus-east-1%2Fs3%2Faws4_request")
    )
    assert routing.is_s3_request(scope({"Host": "data.localhost:8000"}))
    assert routing.is_s3_request(scope({"Host": "my.data.s3.us-east-1.amazonaws.com"}))
    assert not routing.is_s3_request(scope({"Host": "localhost:8000"}))
    assert routing.bucket_and_key(scope({}, path="/b/a%20b/c")) == ("b", "a b/c")
    assert routing.bucket_and_key(scope({"Host": "b.localhost"}, path="/k%2Fx")) == ("b", "k/x")
    assert routing.bucket_and_key(scope({}, path="/b/")) == ("b", None)


def test_staged_files_of_a_dead_process_are_swept(store: ObjectStore) -> None:
    old, fresh = store.stage(), store.stage()
    os.utime(old.path, (0, 0))
    store.sweep_staged(older_than=3600)
    assert (old.path.exists(), fresh.path.exists()) == (False, True)
