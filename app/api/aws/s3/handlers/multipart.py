"""CreateMultipartUpload, UploadPart, UploadPartCopy, CompleteMultipartUpload,
AbortMultipartUpload, ListParts, ListMultipartUploads (the rules are the store's:
`app/objects/multipart.py`).

A part's checksum is computed whenever the upload named an algorithm (even when the client
sends none for a part), so the object's COMPOSITE checksum can be formed at Complete; a
FULL_OBJECT upload's is computed over the joined object.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from app.api.aws.s3.errors import S3Error, malformed_xml
from app.api.aws.s3.handlers import Context, handles
from app.api.aws.s3.handlers.buckets import OWNER
from app.api.aws.s3.handlers.objects import (
    check_copy_conditions,
    checksum_values,
    copy_source,
    new_meta,
)
from app.api.aws.s3.protocol import Result
from app.objects import checksums
from app.objects.multipart import RequestedPart, check_part_number, copy_range

MAX_PARTS_LISTED = 1000


@handles("CreateMultipartUpload")
async def create_multipart_upload(ctx: Context, values: dict[str, Any]) -> Result:
    meta = new_meta(values)
    algorithm = (values.get("ChecksumAlgorithm") or "").upper() or None
    if algorithm is not None and algorithm not in checksums.ALGORITHMS:
        raise S3Error("InvalidRequest", f"Checksum algorithm {algorithm} is not supported")
    kind = (values.get("ChecksumType") or "COMPOSITE").upper() if algorithm else None
    if kind not in (None, "COMPOSITE", "FULL_OBJECT") or (
        kind == "FULL_OBJECT" and algorithm not in ("CRC32", "CRC32C")
    ):
        raise S3Error(
            "InvalidRequest",
            f"The {kind} checksum type is not supported with {algorithm}: FULL_OBJECT is for "
            "CRC32 and CRC32C, COMPOSITE for every algorithm",
        )
    meta = replace(meta, checksum_algorithm=algorithm, checksum_type=kind)
    upload = await ctx.run(ctx.uploads.create, values["Bucket"], values["Key"], meta)
    return Result(
        {
            "Bucket": upload.bucket,
            "Key": upload.key,
            "UploadId": upload.upload_id,
            "ChecksumAlgorithm": algorithm,
            "ChecksumType": kind,
        }
    )


@handles("UploadPart")
async def upload_part(ctx: Context, values: dict[str, Any]) -> Result:
    check_part_number(values["PartNumber"])
    upload = await ctx.run(ctx.uploads.get, values["UploadId"], values["Bucket"], values["Key"])
    algorithm = upload.meta.checksum_algorithm
    staged = await ctx.run(ctx.store.stage)
    try:
        received = await ctx.receive_body(staged, values.get("ChecksumAlgorithm") or algorithm)
        checksum = received.checksums.get(algorithm) if algorithm else None
        part = await ctx.run(
            lambda: ctx.uploads.put_part(
                upload, values["PartNumber"], staged, md5=received.md5, checksum=checksum
            )
        )
    except BaseException:
        staged.discard()
        raise
    out: dict[str, Any] = {"ETag": f'"{part.etag}"'}
    for name, value in received.checksums.items():
        out[f"Checksum{name}"] = value
    return Result(out)


_COPY_RANGE = re.compile(r"^bytes=(\d+)-(\d+)$")


@handles("UploadPartCopy")
async def upload_part_copy(ctx: Context, values: dict[str, Any]) -> Result:
    """A part copied from an existing object (what boto3's managed copy and `aws s3 cp`
    between S3 locations use past their multipart threshold)."""
    check_part_number(values["PartNumber"])
    upload = await ctx.run(ctx.uploads.get, values["UploadId"], values["Bucket"], values["Key"])
    source_bucket, source_key = copy_source(values["CopySource"])
    info, stream = await ctx.run(ctx.store.open, source_bucket, source_key)
    staged = await ctx.run(ctx.store.stage)
    try:
        check_copy_conditions(info, values)
        start, length = 0, info.size
        text = values.get("CopySourceRange")
        if text is not None:
            found = _COPY_RANGE.match(text.strip())
            if found is None or int(found.group(2)) < int(found.group(1)):
                raise S3Error(
                    "InvalidArgument",
                    "The x-amz-copy-source-range value must be of the form bytes=first-last "
                    "where first and last are the zero-based offsets of the first and last "
                    "bytes to copy",
                )
            start, last = int(found.group(1)), int(found.group(2))
            if last >= info.size:
                raise S3Error(
                    "InvalidArgument",
                    f"Range specified is not valid for source object of size: {info.size}",
                )
            length = last - start + 1
        algorithm = upload.meta.checksum_algorithm
        md5, checksum = await ctx.run(copy_range, stream, start, length, staged, algorithm)
        part = await ctx.run(
            lambda: ctx.uploads.put_part(
                upload, values["PartNumber"], staged, md5=md5, checksum=checksum
            )
        )
    except BaseException:
        staged.discard()
        raise
    finally:
        if stream is not None:
            stream.close()
    result: dict[str, Any] = {"ETag": f'"{part.etag}"', "LastModified": part.last_modified}
    if algorithm and checksum:
        result[f"Checksum{algorithm}"] = checksum
    return Result({"CopyPartResult": result})


@handles("CompleteMultipartUpload")
async def complete_multipart_upload(ctx: Context, values: dict[str, Any]) -> Result:
    upload = await ctx.run(ctx.uploads.get, values["UploadId"], values["Bucket"], values["Key"])
    parts = (values.get("MultipartUpload") or {}).get("Parts") or []
    algorithm = upload.meta.checksum_algorithm
    requested = []
    for part in parts:
        if "PartNumber" not in part or "ETag" not in part:
            raise malformed_xml()
        checksum = part.get(f"Checksum{algorithm}") if algorithm else None
        requested.append(RequestedPart(part["PartNumber"], part["ETag"], checksum))
    expected = values.get(f"Checksum{algorithm}") if algorithm else None
    info = await ctx.run(
        lambda: ctx.uploads.complete(upload, requested, expected_checksum=expected)
    )
    return Result(
        {
            "Location": f"/{info.bucket}/{info.key}",
            "Bucket": info.bucket,
            "Key": info.key,
            "ETag": info.etag,
            **checksum_values(info.meta),
        }
    )


@handles("AbortMultipartUpload")
async def abort_multipart_upload(ctx: Context, values: dict[str, Any]) -> Result:
    upload = await ctx.run(ctx.uploads.get, values["UploadId"], values["Bucket"], values["Key"])
    await ctx.run(ctx.uploads.abort, upload)
    return Result()


@handles("ListParts")
async def list_parts(ctx: Context, values: dict[str, Any]) -> Result:
    upload = await ctx.run(ctx.uploads.get, values["UploadId"], values["Bucket"], values["Key"])
    marker = values.get("PartNumberMarker") or 0
    limit = min(values.get("MaxParts") or MAX_PARTS_LISTED, MAX_PARTS_LISTED)
    stored = [p for p in await ctx.run(ctx.uploads.parts, upload) if p.number > marker]
    page, truncated = stored[:limit], len(stored) > limit
    algorithm = upload.meta.checksum_algorithm
    return Result(
        {
            "Bucket": upload.bucket,
            "Key": upload.key,
            "UploadId": upload.upload_id,
            "PartNumberMarker": marker,
            "NextPartNumberMarker": page[-1].number if truncated and page else None,
            "MaxParts": limit,
            "IsTruncated": truncated,
            "Parts": [
                {
                    "PartNumber": p.number,
                    "LastModified": p.last_modified,
                    "ETag": f'"{p.etag}"',
                    "Size": p.size,
                    **({f"Checksum{algorithm}": p.checksum} if algorithm and p.checksum else {}),
                }
                for p in page
            ],
            "Initiator": OWNER,
            "Owner": OWNER,
            "StorageClass": "STANDARD",
            "ChecksumAlgorithm": algorithm,
            "ChecksumType": upload.meta.checksum_type,
        }
    )


@handles("ListMultipartUploads")
async def list_multipart_uploads(ctx: Context, values: dict[str, Any]) -> Result:
    await ctx.run(ctx.store.bucket_dir, values["Bucket"])
    prefix = values.get("Prefix") or ""
    limit = min(values.get("MaxUploads") or 1000, 1000)
    after = (values.get("KeyMarker") or "", values.get("UploadIdMarker") or "")
    uploads = [
        u
        for u in await ctx.run(ctx.uploads.in_bucket, values["Bucket"])
        if u.key.startswith(prefix) and (u.key, u.upload_id) > after
    ]
    page, truncated = uploads[:limit], len(uploads) > limit
    return Result(
        {
            "Bucket": values["Bucket"],
            "Prefix": prefix,
            "KeyMarker": values.get("KeyMarker"),
            "UploadIdMarker": values.get("UploadIdMarker"),
            "NextKeyMarker": page[-1].key if truncated else None,
            "NextUploadIdMarker": page[-1].upload_id if truncated else None,
            "MaxUploads": limit,
            "IsTruncated": truncated,
            "Uploads": [
                {
                    "UploadId": u.upload_id,
                    "Key": u.key,
                    "Initiated": u.initiated,
                    "StorageClass": "STANDARD",
                    "Owner": OWNER,
                    "Initiator": OWNER,
                    "ChecksumAlgorithm": u.meta.checksum_algorithm,
                }
                for u in page
            ],
        }
    )
