"""The S3 door through unmodified boto3, in both modes: buckets, objects, listings, ranges,
conditions, copies, multipart uploads, and the store shared with training jobs (a channel
uploaded with boto3 is what XGBoost trains on; the model it writes downloads through S3)."""

from __future__ import annotations

import base64
import hashlib
import io
import tarfile
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from boto3.s3.transfer import TransferConfig
from botocore.exceptions import ClientError

from tests.support.jobs import unique, wait_done, xgboost_job
from tests.support.servers import Server, aws_client

pytestmark = pytest.mark.services  # starts openamt itself (see conftest)

MiB = 1024 * 1024


@pytest.fixture
def s3(server: Server) -> Any:
    return aws_client(server.url, "s3")


@pytest.fixture
def bucket(s3: Any) -> str:
    name = unique("bucket")
    s3.create_bucket(Bucket=name)
    return name


def error_of(call: Any, **kwargs: Any) -> dict[str, Any]:
    with pytest.raises(ClientError) as excinfo:
        call(**kwargs)
    return excinfo.value.response


def keys_of(pages: Any) -> list[str]:
    return [item["Key"] for page in pages for item in page.get("Contents", [])]


# --- buckets ----------------------------------------------------------------------------------


def test_bucket_lifecycle(s3: Any, server: Server) -> None:
    name = unique("life")
    assert error_of(s3.head_bucket, Bucket=name)["Error"]["Code"] == "404"
    s3.create_bucket(Bucket=name)
    assert (server.data_dir / "s3" / name).is_dir()  # the same store s3:// URIs resolve to
    s3.head_bucket(Bucket=name)
    assert name in [b["Name"] for b in s3.list_buckets()["Buckets"]]
    # The tests' own data was written as plain files: its bucket is listed too.
    assert "test-bucket" in [b["Name"] for b in s3.list_buckets()["Buckets"]]
    assert s3.get_bucket_location(Bucket=name)["LocationConstraint"] is None
    # us-east-1: creating a bucket one already owns answers 200, as S3 does there.
    s3.create_bucket(Bucket=name)

    s3.put_object(Bucket=name, Key="k", Body=b"x")
    assert error_of(s3.delete_bucket, Bucket=name)["Error"]["Code"] == "BucketNotEmpty"
    s3.delete_object(Bucket=name, Key="k")
    s3.delete_bucket(Bucket=name)
    assert error_of(s3.head_bucket, Bucket=name)["Error"]["Code"] == "404"
    assert error_of(s3.list_objects_v2, Bucket=name)["Error"]["Code"] == "NoSuchBucket"
    assert not (server.data_dir / "s3" / name).exists()


def test_a_bucket_remembers_the_region_it_was_created_in(s3: Any) -> None:
    name = unique("region")
    s3.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
    assert s3.get_bucket_location(Bucket=name)["LocationConstraint"] == "eu-west-1"
    assert s3.head_bucket(Bucket=name)["BucketRegion"] == "eu-west-1"


def test_bucket_names_are_checked_as_s3_does(s3: Any) -> None:
    for bad in ("ab", "a" * 64, "Upper-case", "a..b", "-dash", "192.168.1.10", "xn--name"):
        response = error_of(s3.create_bucket, Bucket=bad)
        assert response["Error"]["Code"] == "InvalidBucketName", bad
        assert response["ResponseMetadata"]["HTTPStatusCode"] == 400


# --- objects ----------------------------------------------------------------------------------


def test_put_get_head_keep_the_object_and_its_metadata(
    s3: Any, bucket: str, server: Server
) -> None:
    data = b"hello, object store\n" * 100
    put = s3.put_object(
        Bucket=bucket,
        Key="dir/hello.txt",
        Body=data,
        ContentType="text/plain",
        Metadata={"owner": "ml-team"},
        CacheControl="max-age=60",
    )
    md5 = hashlib.md5(data).hexdigest()
    assert put["ETag"] == f'"{md5}"'
    crc32 = base64.b64encode(zlib.crc32(data).to_bytes(4, "big")).decode()
    assert put["ChecksumCRC32"] == crc32  # botocore sends CRC32 by default; S3 answers it

    assert (server.data_dir / "s3" / bucket / "dir" / "hello.txt").read_bytes() == data
    got = s3.get_object(Bucket=bucket, Key="dir/hello.txt", ChecksumMode="ENABLED")
    assert got["Body"].read() == data
    assert got["ContentType"] == "text/plain"
    assert got["Metadata"] == {"owner": "ml-team"}
    assert got["CacheControl"] == "max-age=60"
    assert got["ETag"] == f'"{md5}"'
    assert got["ChecksumCRC32"] == crc32
    head = s3.head_object(Bucket=bucket, Key="dir/hello.txt")
    assert head["ContentLength"] == len(data)
    assert head["Metadata"] == {"owner": "ml-team"}
    assert abs(head["LastModified"] - datetime.now(UTC)) < timedelta(minutes=1)

    s3.delete_object(Bucket=bucket, Key="dir/hello.txt")
    assert error_of(s3.get_object, Bucket=bucket, Key="dir/hello.txt")["Error"]["Code"] == (
        "NoSuchKey"
    )
    assert error_of(s3.head_object, Bucket=bucket, Key="dir/hello.txt")["Error"]["Code"] == "404"
    # Directories the object left empty go too.
    assert not (server.data_dir / "s3" / bucket / "dir").exists()
    s3.delete_object(Bucket=bucket, Key="dir/hello.txt")  # deleting nothing is no error


def test_a_file_written_by_something_else_is_listed_and_read(
    s3: Any, bucket: str, server: Server
) -> None:
    path = server.data_dir / "s3" / bucket / "by-hand" / "model.tar.gz"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"first")
    head = s3.head_object(Bucket=bucket, Key="by-hand/model.tar.gz")
    assert head["ETag"] == f'"{hashlib.md5(b"first").hexdigest()}"'
    assert head["ContentType"] == "binary/octet-stream"
    # Replaced behind the store's back: described afresh, never with the old ETag.
    path.write_bytes(b"second version")
    listed = s3.list_objects_v2(Bucket=bucket, Prefix="by-hand/")["Contents"]
    assert listed[0]["ETag"] == f'"{hashlib.md5(b"second version").hexdigest()}"'
    assert listed[0]["Size"] == len(b"second version")
    assert s3.get_object(Bucket=bucket, Key="by-hand/model.tar.gz")["Body"].read() == (
        b"second version"
    )


def test_ranges(s3: Any, bucket: str) -> None:
    data = bytes(range(100))
    s3.put_object(Bucket=bucket, Key="r", Body=data)

    def ranged(spec: str) -> tuple[bytes, Any]:
        got = s3.get_object(Bucket=bucket, Key="r", Range=spec)
        return got["Body"].read(), got

    body, got = ranged("bytes=10-19")
    assert body == data[10:20]
    assert got["ContentRange"] == "bytes 10-19/100"
    assert got["ResponseMetadata"]["HTTPStatusCode"] == 206
    assert ranged("bytes=-5")[0] == data[-5:]  # a suffix
    assert ranged("bytes=95-")[0] == data[95:]  # open-ended
    assert ranged("bytes=90-1000")[0] == data[90:]  # past the end: clamped
    assert ranged("bytes=-500")[0] == data  # a suffix longer than the object
    response = error_of(s3.get_object, Bucket=bucket, Key="r", Range="bytes=100-")
    assert response["Error"]["Code"] == "InvalidRange"
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 416
    assert response["Error"]["ActualObjectSize"] == "100"


def test_conditional_reads(s3: Any, bucket: str) -> None:
    etag = s3.put_object(Bucket=bucket, Key="c", Body=b"v1")["ETag"]
    assert s3.get_object(Bucket=bucket, Key="c", IfMatch=etag)["Body"].read() == b"v1"
    response = error_of(s3.get_object, Bucket=bucket, Key="c", IfMatch='"0123"')
    assert response["Error"]["Code"] == "PreconditionFailed"
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 412
    response = error_of(s3.get_object, Bucket=bucket, Key="c", IfNoneMatch=etag)
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 304
    later = datetime.now(UTC) + timedelta(hours=1)
    earlier = datetime.now(UTC) - timedelta(hours=1)
    response = error_of(s3.get_object, Bucket=bucket, Key="c", IfModifiedSince=later)
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 304
    assert s3.get_object(Bucket=bucket, Key="c", IfModifiedSince=earlier)["Body"].read() == b"v1"
    response = error_of(s3.head_object, Bucket=bucket, Key="c", IfUnmodifiedSince=earlier)
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 412
    # Conditional writes: If-None-Match: * only creates.
    response = error_of(s3.put_object, Bucket=bucket, Key="c", Body=b"v2", IfNoneMatch="*")
    assert response["Error"]["Code"] == "PreconditionFailed"
    assert s3.get_object(Bucket=bucket, Key="c")["Body"].read() == b"v1"


# --- listings ---------------------------------------------------------------------------------

LISTED = ["a-b", "a/1", "a/2", "a/b/3", "c", "sp ace/ü+é.txt"]  # S3's order: by UTF-8 bytes


def test_list_objects_v2_with_prefixes_delimiters_and_pages(s3: Any, bucket: str) -> None:
    for key in reversed(LISTED):
        s3.put_object(Bucket=bucket, Key=key, Body=key.encode())
    assert keys_of([s3.list_objects_v2(Bucket=bucket)]) == LISTED
    top = s3.list_objects_v2(Bucket=bucket, Delimiter="/")
    assert [c["Key"] for c in top["Contents"]] == ["a-b", "c"]
    assert [p["Prefix"] for p in top["CommonPrefixes"]] == ["a/", "sp ace/"]
    assert top["KeyCount"] == 4
    inner = s3.list_objects_v2(Bucket=bucket, Prefix="a/", Delimiter="/")
    assert [c["Key"] for c in inner["Contents"]] == ["a/1", "a/2"]
    assert [p["Prefix"] for p in inner["CommonPrefixes"]] == ["a/b/"]

    pages = list(
        s3.get_paginator("list_objects_v2").paginate(
            Bucket=bucket, PaginationConfig={"PageSize": 2}
        )
    )
    assert keys_of(pages) == LISTED
    assert [p["KeyCount"] for p in pages] == [2, 2, 2]
    assert pages[0]["IsTruncated"] and not pages[-1]["IsTruncated"]
    after = s3.list_objects_v2(Bucket=bucket, StartAfter="a/2")
    assert keys_of([after]) == LISTED[3:]
    # A page boundary on a common prefix: the prefix comes once.
    prefixed = list(
        s3.get_paginator("list_objects_v2").paginate(
            Bucket=bucket, Delimiter="/", PaginationConfig={"PageSize": 1}
        )
    )
    assert [p["Prefix"] for page in prefixed for p in page.get("CommonPrefixes", [])] == [
        "a/",
        "sp ace/",
    ]
    assert s3.list_objects_v2(Bucket=bucket, MaxKeys=0)["KeyCount"] == 0
    bad = error_of(s3.list_objects_v2, Bucket=bucket, ContinuationToken="%%%not-a-token")
    assert bad["Error"]["Code"] == "InvalidArgument"


def test_list_objects_v1_with_markers(s3: Any, bucket: str) -> None:
    for key in LISTED:
        s3.put_object(Bucket=bucket, Key=key, Body=b"")
    pages = list(
        s3.get_paginator("list_objects").paginate(Bucket=bucket, PaginationConfig={"PageSize": 2})
    )
    assert keys_of(pages) == LISTED
    assert len(pages) == 3
    assert keys_of([s3.list_objects(Bucket=bucket, Marker="a/b/3")]) == ["c", "sp ace/ü+é.txt"]
    delimited = s3.list_objects(Bucket=bucket, Delimiter="/", MaxKeys=1)
    assert delimited["IsTruncated"] and delimited["NextMarker"] == "a-b"


# --- copies and deletes -----------------------------------------------------------------------


def test_copy_object_copies_or_replaces_metadata(s3: Any, bucket: str) -> None:
    s3.put_object(Bucket=bucket, Key="src", Body=b"payload", ContentType="text/csv",
                  Metadata={"a": "1"})  # fmt: skip
    copied = s3.copy_object(Bucket=bucket, Key="dst", CopySource=f"{bucket}/src")
    assert copied["CopyObjectResult"]["ETag"] == f'"{hashlib.md5(b"payload").hexdigest()}"'
    head = s3.head_object(Bucket=bucket, Key="dst")
    assert (head["ContentType"], head["Metadata"]) == ("text/csv", {"a": "1"})
    s3.copy_object(
        Bucket=bucket,
        Key="dst",
        CopySource={"Bucket": bucket, "Key": "src"},
        MetadataDirective="REPLACE",
        Metadata={"b": "2"},
        ContentType="text/plain",
    )
    head = s3.head_object(Bucket=bucket, Key="dst")
    assert (head["ContentType"], head["Metadata"]) == ("text/plain", {"b": "2"})
    assert s3.get_object(Bucket=bucket, Key="dst")["Body"].read() == b"payload"
    response = error_of(s3.copy_object, Bucket=bucket, Key="src", CopySource=f"{bucket}/src")
    assert response["Error"]["Code"] == "InvalidRequest"
    missing = error_of(s3.copy_object, Bucket=bucket, Key="x", CopySource=f"{bucket}/nope")
    assert missing["Error"]["Code"] == "NoSuchKey"


def test_delete_objects_loud_and_quiet(s3: Any, bucket: str) -> None:
    for key in ("d/1", "d/2", "d/3"):
        s3.put_object(Bucket=bucket, Key=key, Body=b"")
    loud = s3.delete_objects(Bucket=bucket, Delete={"Objects": [{"Key": "d/1"}, {"Key": "none"}]})
    assert sorted(d["Key"] for d in loud["Deleted"]) == ["d/1", "none"]
    quiet = s3.delete_objects(
        Bucket=bucket, Delete={"Objects": [{"Key": "d/2"}, {"Key": "d/3"}], "Quiet": True}
    )
    assert "Deleted" not in quiet and "Errors" not in quiet
    assert s3.list_objects_v2(Bucket=bucket)["KeyCount"] == 0


def test_folder_keys_on_a_file_system(s3: Any, bucket: str) -> None:
    """`a/` is the folder itself; `a` beside `a/b` cannot be (KeyConflict, nothing changed)."""
    s3.put_object(Bucket=bucket, Key="folder/", Body=b"")
    s3.put_object(Bucket=bucket, Key="folder/inner", Body=b"in")
    assert keys_of([s3.list_objects_v2(Bucket=bucket)]) == ["folder/", "folder/inner"]
    response = error_of(s3.put_object, Bucket=bucket, Key="folder", Body=b"file")
    assert response["Error"]["Code"] == "KeyConflict"
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 409
    s3.put_object(Bucket=bucket, Key="plain", Body=b"file")
    response = error_of(s3.put_object, Bucket=bucket, Key="plain/below", Body=b"x")
    assert response["Error"]["Code"] == "KeyConflict"
    assert s3.get_object(Bucket=bucket, Key="plain")["Body"].read() == b"file"
    body = error_of(s3.put_object, Bucket=bucket, Key="with-bytes/", Body=b"x")
    assert body["Error"]["Code"] == "InvalidArgument"
    # Once the folder and what was under it are gone, the name is free for a file.
    s3.delete_objects(
        Bucket=bucket, Delete={"Objects": [{"Key": "folder/inner"}, {"Key": "folder/"}]}
    )
    s3.put_object(Bucket=bucket, Key="folder", Body=b"now a file")
    assert keys_of([s3.list_objects_v2(Bucket=bucket)]) == ["folder", "plain"]


# --- multipart --------------------------------------------------------------------------------


def test_multipart_upload_through_the_transfer_manager(
    s3: Any, bucket: str, tmp_path: Path
) -> None:
    data = bytes(range(256)) * (12 * MiB // 256) + b"tail"
    source = tmp_path / "big.bin"
    source.write_bytes(data)
    config = TransferConfig(multipart_threshold=5 * MiB, multipart_chunksize=5 * MiB)
    s3.upload_file(str(source), bucket, "big/big.bin", Config=config)

    head = s3.head_object(Bucket=bucket, Key="big/big.bin")
    parts = [data[i : i + 5 * MiB] for i in range(0, len(data), 5 * MiB)]
    expected = hashlib.md5(b"".join(hashlib.md5(p).digest() for p in parts)).hexdigest()
    assert head["ETag"] == f'"{expected}-3"'
    assert head["ContentLength"] == len(data)
    target = tmp_path / "back.bin"
    s3.download_file(bucket, "big/big.bin", str(target), Config=config)  # ranged GETs
    assert target.read_bytes() == data


def test_managed_copy_of_a_large_object_copies_its_parts(s3: Any, bucket: str) -> None:
    data = bytes(range(256)) * (11 * MiB // 256)
    s3.put_object(Bucket=bucket, Key="source.bin", Body=data)
    config = TransferConfig(multipart_threshold=5 * MiB, multipart_chunksize=5 * MiB)
    s3.copy({"Bucket": bucket, "Key": "source.bin"}, bucket, "copy.bin", Config=config)
    assert s3.head_object(Bucket=bucket, Key="copy.bin")["ETag"].endswith('-3"')  # UploadPartCopy
    assert s3.get_object(Bucket=bucket, Key="copy.bin")["Body"].read() == data
    upload_id = s3.create_multipart_upload(Bucket=bucket, Key="ranged")["UploadId"]
    source = f"{bucket}/source.bin"
    part = s3.upload_part_copy(Bucket=bucket, Key="ranged", UploadId=upload_id, PartNumber=1,
                               CopySource=source, CopySourceRange="bytes=10-19")  # fmt: skip
    assert part["CopyPartResult"]["ETag"] == f'"{hashlib.md5(data[10:20]).hexdigest()}"'
    response = error_of(s3.upload_part_copy, Bucket=bucket, Key="ranged", UploadId=upload_id,
                        PartNumber=2, CopySource=source,
                        CopySourceRange=f"bytes=0-{len(data)}")  # fmt: skip
    assert response["Error"]["Code"] == "InvalidArgument"
    s3.abort_multipart_upload(Bucket=bucket, Key="ranged", UploadId=upload_id)


def test_multipart_parts_listing_and_abort(s3: Any, bucket: str) -> None:
    upload = s3.create_multipart_upload(Bucket=bucket, Key="mp", ContentType="text/plain")
    upload_id = upload["UploadId"]
    first = s3.upload_part(Bucket=bucket, Key="mp", UploadId=upload_id, PartNumber=1,
                           Body=b"a" * (5 * MiB))  # fmt: skip
    s3.upload_part(Bucket=bucket, Key="mp", UploadId=upload_id, PartNumber=2, Body=b"end")
    listed = s3.list_parts(Bucket=bucket, Key="mp", UploadId=upload_id)
    assert [(p["PartNumber"], p["Size"]) for p in listed["Parts"]] == [(1, 5 * MiB), (2, 3)]
    assert listed["Parts"][0]["ETag"] == first["ETag"]
    uploads = s3.list_multipart_uploads(Bucket=bucket)["Uploads"]
    assert [(u["Key"], u["UploadId"]) for u in uploads] == [("mp", upload_id)]
    # Nothing is visible as an object before Complete.
    assert s3.list_objects_v2(Bucket=bucket)["KeyCount"] == 0

    s3.abort_multipart_upload(Bucket=bucket, Key="mp", UploadId=upload_id)
    assert "Uploads" not in s3.list_multipart_uploads(Bucket=bucket)
    response = error_of(s3.upload_part, Bucket=bucket, Key="mp", UploadId=upload_id,
                        PartNumber=3, Body=b"late")  # fmt: skip
    assert response["Error"]["Code"] == "NoSuchUpload"
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 404
    response = error_of(
        s3.complete_multipart_upload, Bucket=bucket, Key="mp", UploadId=upload_id,
        MultipartUpload={"Parts": [{"PartNumber": 1, "ETag": first["ETag"]}]},
    )  # fmt: skip
    assert response["Error"]["Code"] == "NoSuchUpload"
    assert s3.list_objects_v2(Bucket=bucket)["KeyCount"] == 0


def test_list_multipart_uploads_pages(s3: Any, bucket: str) -> None:
    started = sorted(
        (key, s3.create_multipart_upload(Bucket=bucket, Key=key)["UploadId"])
        for key in ("u/a", "u/b", "u/b", "v/c")
    )
    pages = s3.get_paginator("list_multipart_uploads").paginate(
        Bucket=bucket, Prefix="u/", PaginationConfig={"PageSize": 2}
    )
    listed = [(u["Key"], u["UploadId"]) for page in pages for u in page.get("Uploads", [])]
    assert listed == [pair for pair in started if pair[0].startswith("u/")]
    for key, upload_id in started:
        s3.abort_multipart_upload(Bucket=bucket, Key=key, UploadId=upload_id)


def test_multipart_checksums_composite_and_full_object(s3: Any, bucket: str) -> None:
    parts = [b"p" * (5 * MiB), b"end"]

    def crc32(data: bytes) -> str:
        return base64.b64encode(zlib.crc32(data).to_bytes(4, "big")).decode()

    def upload(key: str, kind: str, whole: str | None = None) -> dict[str, Any]:
        upload_id = s3.create_multipart_upload(
            Bucket=bucket, Key=key, ChecksumAlgorithm="CRC32", ChecksumType=kind
        )["UploadId"]
        done = []
        for number, body in enumerate(parts, 1):
            sent = s3.upload_part(Bucket=bucket, Key=key, UploadId=upload_id, PartNumber=number,
                                  Body=body, ChecksumAlgorithm="CRC32")  # fmt: skip
            done.append({"PartNumber": number, "ETag": sent["ETag"], "ChecksumCRC32": crc32(body)})
        extra = {"ChecksumCRC32": whole, "ChecksumType": kind} if whole else {}
        return s3.complete_multipart_upload(  # type: ignore[no-any-return]
            Bucket=bucket, Key=key, UploadId=upload_id, MultipartUpload={"Parts": done}, **extra
        )

    composite = upload("composite", "COMPOSITE")
    inner = b"".join(base64.b64decode(crc32(p)) for p in parts)
    assert composite["ChecksumCRC32"] == f"{crc32(inner)}-2"
    full = upload("full", "FULL_OBJECT", whole=crc32(b"".join(parts)))
    assert full["ChecksumCRC32"] == crc32(b"".join(parts))
    head = s3.head_object(Bucket=bucket, Key="full", ChecksumMode="ENABLED")
    assert (head["ChecksumCRC32"], head["ChecksumType"]) == (crc32(b"".join(parts)), "FULL_OBJECT")
    with pytest.raises(ClientError) as excinfo:
        upload("wrong", "FULL_OBJECT", whole=crc32(b"something else"))
    assert excinfo.value.response["Error"]["Code"] == "BadDigest"
    assert "wrong" not in keys_of([s3.list_objects_v2(Bucket=bucket)])


def test_multipart_rules(s3: Any, bucket: str) -> None:
    upload_id = s3.create_multipart_upload(Bucket=bucket, Key="m")["UploadId"]
    tags = [
        s3.upload_part(Bucket=bucket, Key="m", UploadId=upload_id, PartNumber=n, Body=body)["ETag"]
        for n, body in ((1, b"small"), (2, b"x" * (5 * MiB)), (3, b"last"))
    ]

    def complete(parts: list[tuple[int, str]]) -> dict[str, Any]:
        return error_of(
            s3.complete_multipart_upload, Bucket=bucket, Key="m", UploadId=upload_id,
            MultipartUpload={"Parts": [{"PartNumber": n, "ETag": e} for n, e in parts]},
        )  # fmt: skip

    assert complete([(2, tags[1]), (1, tags[0])])["Error"]["Code"] == "InvalidPartOrder"
    assert complete([(1, tags[0]), (4, tags[2])])["Error"]["Code"] == "InvalidPart"
    assert complete([(1, '"00000000000000000000000000000000"')])["Error"]["Code"] == "InvalidPart"
    too_small = complete([(1, tags[0]), (2, tags[1])])
    assert too_small["Error"]["Code"] == "EntityTooSmall"
    assert s3.list_objects_v2(Bucket=bucket)["KeyCount"] == 0  # no failed Complete stored it
    # A part can be sent again; Complete may leave parts out.
    done = s3.complete_multipart_upload(
        Bucket=bucket, Key="m", UploadId=upload_id,
        MultipartUpload={"Parts": [{"PartNumber": 2, "ETag": tags[1]},
                                   {"PartNumber": 3, "ETag": tags[2]}]},
    )  # fmt: skip
    assert done["ETag"].endswith('-2"')
    assert s3.get_object(Bucket=bucket, Key="m")["Body"].read() == b"x" * (5 * MiB) + b"last"
    response = error_of(s3.list_parts, Bucket=bucket, Key="m", UploadId=upload_id)
    assert response["Error"]["Code"] == "NoSuchUpload"


# --- the store training jobs read and write ---------------------------------------------------


@pytest.mark.slow
def test_a_channel_uploaded_with_boto3_trains_and_its_model_downloads(
    s3: Any, server: Server, bucket: str
) -> None:
    source = server.data_dir / "s3" / "test-bucket" / "fraud"
    for channel in ("train", "validation"):
        s3.upload_file(str(source / channel / "data.csv"), bucket, f"fraud/{channel}/data.csv")
    name = unique("s3chan")
    body = xgboost_job(name, max_jobs=2, parallel=2)
    definition = body["TrainingJobDefinition"]
    for channel in definition["InputDataConfig"]:
        uri = channel["DataSource"]["S3DataSource"]["S3Uri"]
        channel["DataSource"]["S3DataSource"]["S3Uri"] = uri.replace("test-bucket", bucket)
    definition["OutputDataConfig"]["S3OutputPath"] = f"s3://{bucket}/models/"
    sm = aws_client(server.url)
    sm.create_hyper_parameter_tuning_job(**body)
    described = wait_done(sm, name)
    assert described["HyperParameterTuningJobStatus"] == "Completed", described
    best = sm.describe_training_job(TrainingJobName=described["BestTrainingJob"]["TrainingJobName"])
    artifact = best["ModelArtifacts"]["S3ModelArtifacts"]
    assert artifact.startswith(f"s3://{bucket}/models/")
    key = artifact.removeprefix(f"s3://{bucket}/")
    assert key in keys_of(
        s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix="models/")
    )
    blob = s3.get_object(Bucket=bucket, Key=key)["Body"].read()
    with tarfile.open(fileobj=io.BytesIO(blob)) as archive:
        assert archive.getnames()  # a real archive holding the trained model
    assert s3.head_object(Bucket=bucket, Key=key)["ETag"] == f'"{hashlib.md5(blob).hexdigest()}"'
