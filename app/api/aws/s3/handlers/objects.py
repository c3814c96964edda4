"""PutObject, GetObject, HeadObject, DeleteObject, DeleteObjects, CopyObject.

GetObject and HeadObject follow S3 (and RFC 9110) on conditions: If-Match, else
If-Unmodified-Since, failing is 412 PreconditionFailed; then If-None-Match, else
If-Modified-Since, failing is 304 Not Modified. A single byte range (`bytes=a-b`, `a-`, `-n`)
is 206 with Content-Range; one that starts past the end is 416 InvalidRange; a range that does
not parse, or several, is ignored (the whole object, 200), as S3 does. Checksums are answered
when asked for (`x-amz-checksum-mode: ENABLED`) and the whole object is sent.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from typing import Any, BinaryIO
from urllib.parse import unquote

from app.api.aws.s3.errors import S3Error, invalid_argument, malformed_xml
from app.api.aws.s3.handlers import Context, handles
from app.api.aws.s3.protocol import Result
from app.objects import ObjectError, ObjectInfo, names
from app.objects.metadata import DEFAULT_CONTENT_TYPE, ObjectMeta

STORED_HEADERS = ("CacheControl", "ContentDisposition", "ContentEncoding", "ContentLanguage")
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
MAX_DELETE = 1000


class FileBody:
    """An open file's byte range, for the app to stream."""

    def __init__(self, stream: BinaryIO | None, start: int, length: int) -> None:
        self.stream = stream
        self.start = start
        self.length = length


def new_meta(values: dict[str, Any], *, etag: str = "") -> ObjectMeta:
    """The metadata a write names in its headers (content type, x-amz-meta-*, ...)."""
    headers = {name: values[name] for name in STORED_HEADERS if values.get(name)}
    encoding = headers.get("ContentEncoding")
    if encoding is not None:
        # aws-chunked is the upload's framing, not the object's encoding.
        kept = [e.strip() for e in encoding.split(",") if e.strip() and e.strip() != "aws-chunked"]
        if kept:
            headers["ContentEncoding"] = ",".join(kept)
        else:
            del headers["ContentEncoding"]
    return ObjectMeta(
        etag=etag,
        size=0,
        mtime_ns=0,
        content_type=values.get("ContentType") or DEFAULT_CONTENT_TYPE,
        user=dict(values.get("Metadata") or {}),
        headers=headers,
    )


def checksum_values(meta: ObjectMeta) -> dict[str, Any]:
    if not meta.checksum_algorithm or not meta.checksum:
        return {}
    return {f"Checksum{meta.checksum_algorithm}": meta.checksum, "ChecksumType": meta.checksum_type}


def _etag_matches(condition: str, etag: str) -> bool:
    wanted = [part.strip() for part in condition.split(",")]
    return "*" in wanted or etag in wanted or etag.strip('"') in [w.strip('"') for w in wanted]


def _precondition_failed(condition: str) -> S3Error:
    return S3Error(
        "PreconditionFailed",
        "At least one of the pre-conditions you specified did not hold",
        Condition=condition,
    )


def _not_modified(info: ObjectInfo, values: dict[str, Any]) -> bool:
    """True for a 304; raises PreconditionFailed for a 412."""
    if values.get("IfMatch") is not None:
        if not _etag_matches(values["IfMatch"], info.etag):
            raise _precondition_failed("If-Match")
    elif _after(info.last_modified, values.get("IfUnmodifiedSince")):
        raise _precondition_failed("If-Unmodified-Since")
    if values.get("IfNoneMatch") is not None:
        return _etag_matches(values["IfNoneMatch"], info.etag)
    since = values.get("IfModifiedSince")
    return since is not None and not _after(info.last_modified, since)


def _after(moment: datetime, limit: datetime | None) -> bool:
    return limit is not None and moment > limit


def parse_range(text: str, size: int) -> tuple[int, int] | None:
    """(first, last) byte of a single satisfiable range; None to send the whole object."""
    match = _RANGE.match(text.strip())
    if match is None or match.group(1) == match.group(2) == "":
        return None
    first, last = match.group(1), match.group(2)
    if first == "":
        suffix = int(last)
        if suffix == 0 or size == 0:
            raise _invalid_range(text, size)
        return max(0, size - suffix), size - 1
    start = int(first)
    if last and int(last) < start:
        return None  # not a valid range at all: ignored
    if start >= size:
        raise _invalid_range(text, size)
    return start, min(int(last) if last else size - 1, size - 1)


def _invalid_range(text: str, size: int) -> S3Error:
    return S3Error(
        "InvalidRange",
        "The requested range is not satisfiable",
        RangeRequested=text,
        ActualObjectSize=str(size),
    )


def describe(info: ObjectInfo) -> dict[str, Any]:
    """The output members GET and HEAD share."""
    return {
        "AcceptRanges": "bytes",
        "LastModified": info.last_modified,
        "ContentLength": info.size,
        "ETag": info.etag,
        "ContentType": info.meta.content_type,
        "Metadata": info.meta.user,
        **info.meta.headers,
    }


async def _read(ctx: Context, values: dict[str, Any], *, head: bool) -> Result:
    info, stream = await ctx.run(ctx.store.open, values["Bucket"], values["Key"])
    try:
        if _not_modified(info, values):
            if stream:
                stream.close()
            return Result({"ETag": info.etag, "LastModified": info.last_modified}, status=304)
        out = describe(info)
        span = parse_range(values["Range"], info.size) if values.get("Range") else None
        status = None
        if span is not None:
            start, end = span
            out["ContentLength"] = end - start + 1
            out["ContentRange"] = f"bytes {start}-{end}/{info.size}"
            status = 206
        elif (values.get("ChecksumMode") or "").upper() == "ENABLED":
            out.update(checksum_values(info.meta))
        for member, override in (
            ("ContentType", "ResponseContentType"),
            ("CacheControl", "ResponseCacheControl"),
            ("ContentDisposition", "ResponseContentDisposition"),
            ("ContentEncoding", "ResponseContentEncoding"),
            ("ContentLanguage", "ResponseContentLanguage"),
        ):
            if values.get(override):
                out[member] = values[override]
        if head:
            if stream:
                stream.close()
        else:
            start = span[0] if span else 0
            out["Body"] = FileBody(stream, start, out["ContentLength"])
        return Result(out, status=status)
    except BaseException:
        if stream:
            stream.close()
        raise


@handles("GetObject")
async def get_object(ctx: Context, values: dict[str, Any]) -> Result:
    return await _read(ctx, values, head=False)


@handles("HeadObject")
async def head_object(ctx: Context, values: dict[str, Any]) -> Result:
    return await _read(ctx, values, head=True)


def _check_target(ctx: Context, values: dict[str, Any]) -> ObjectInfo | None:
    """Refuse a write to a missing bucket or an unstorable key before reading the body; the
    object there now when the write is conditional (only then: describing a large file
    written by something else means reading it for its MD5)."""
    bucket, key = values["Bucket"], values["Key"]
    ctx.store.bucket_dir(bucket)
    names.key_parts(key)
    if values.get("IfMatch") is None and values.get("IfNoneMatch") is None:
        return None
    try:
        return ctx.store.info(bucket, key)
    except ObjectError as error:
        if error.code == "NoSuchKey":
            return None
        raise


def check_write_conditions(existing: ObjectInfo | None, values: dict[str, Any]) -> None:
    """S3's conditional writes: If-None-Match: * (only if absent), If-Match: <etag>."""
    if_none = values.get("IfNoneMatch")
    if if_none is not None:
        if if_none.strip() != "*":
            raise S3Error("NotImplemented", "If-None-Match supports only '*' on writes")
        if existing is not None:
            raise _precondition_failed("If-None-Match")
    if_match = values.get("IfMatch")
    if if_match is not None:
        if existing is None:
            raise S3Error("NoSuchKey", "The specified key does not exist.", Key=values["Key"])
        if not _etag_matches(if_match, existing.etag):
            raise _precondition_failed("If-Match")


def chosen_checksum(values: dict[str, Any], computed: dict[str, str]) -> tuple[str, str] | None:
    algorithm = (values.get("ChecksumAlgorithm") or "").upper()
    if algorithm in computed:
        return algorithm, computed[algorithm]
    for name, value in computed.items():
        return name, value
    return None


@handles("PutObject")
async def put_object(ctx: Context, values: dict[str, Any]) -> Result:
    bucket, key = values["Bucket"], values["Key"]
    existing = await ctx.run(_check_target, ctx, values)
    check_write_conditions(existing, values)
    staged = await ctx.run(ctx.store.stage)
    try:
        received = await ctx.receive_body(staged, values.get("ChecksumAlgorithm"))
        meta = new_meta(values, etag=received.md5)
        checksum = chosen_checksum(values, received.checksums)
        if checksum is not None:
            meta = replace(
                meta,
                checksum_algorithm=checksum[0],
                checksum=checksum[1],
                checksum_type="FULL_OBJECT",
            )
        info = await ctx.run(ctx.store.put, bucket, key, staged, meta)
    except BaseException:
        staged.discard()
        raise
    return Result({"ETag": info.etag, "Size": info.size, **checksum_values(info.meta)})


@handles("DeleteObject")
async def delete_object(ctx: Context, values: dict[str, Any]) -> Result:
    await ctx.run(ctx.store.delete, values["Bucket"], values["Key"])
    return Result()


@handles("DeleteObjects")
async def delete_objects(ctx: Context, values: dict[str, Any]) -> Result:
    request = values.get("Delete") or {}
    objects = request.get("Objects") or []
    if not objects or len(objects) > MAX_DELETE or any("Key" not in o for o in objects):
        raise malformed_xml()
    bucket = values["Bucket"]
    await ctx.run(ctx.store.bucket_dir, bucket)
    deleted, errors = [], []
    for item in objects:
        try:
            await ctx.run(ctx.store.delete, bucket, item["Key"])
        except ObjectError as error:
            errors.append({"Key": item["Key"], "Code": error.code, "Message": error.message})
            continue
        if not request.get("Quiet"):
            deleted.append({"Key": item["Key"]})
    return Result({"Deleted": deleted or None, "Errors": errors or None})


def copy_source(text: str) -> tuple[str, str]:
    source = unquote(text.split("?versionId=", 1)[0]).lstrip("/")
    bucket, _, key = source.partition("/")
    if not bucket or not key:
        raise invalid_argument(
            "Copy Source must mention the source bucket and key: sourcebucket/sourcekey",
            "x-amz-copy-source",
            text,
        )
    return bucket, key


def check_copy_conditions(info: ObjectInfo, values: dict[str, Any]) -> None:
    if values.get("CopySourceIfMatch") is not None:
        if not _etag_matches(values["CopySourceIfMatch"], info.etag):
            raise _precondition_failed("x-amz-copy-source-If-Match")
    elif _after(info.last_modified, values.get("CopySourceIfUnmodifiedSince")):
        raise _precondition_failed("x-amz-copy-source-If-Unmodified-Since")
    if values.get("CopySourceIfNoneMatch") is not None:
        if _etag_matches(values["CopySourceIfNoneMatch"], info.etag):
            raise _precondition_failed("x-amz-copy-source-If-None-Match")
    else:
        since = values.get("CopySourceIfModifiedSince")
        if since is not None and not _after(info.last_modified, since):
            raise _precondition_failed("x-amz-copy-source-If-Modified-Since")


@handles("CopyObject")
async def copy_object(ctx: Context, values: dict[str, Any]) -> Result:
    source_bucket, source_key = copy_source(values["CopySource"])
    bucket, key = values["Bucket"], values["Key"]
    source = await ctx.run(ctx.store.info, source_bucket, source_key)
    check_copy_conditions(source, values)
    directive = (values.get("MetadataDirective") or "COPY").upper()
    if directive not in ("COPY", "REPLACE"):
        raise invalid_argument("Unknown metadata directive.", "x-amz-metadata-directive", directive)
    if directive == "COPY" and (source_bucket, source_key) == (bucket, key):
        raise S3Error(
            "InvalidRequest",
            "This copy request is illegal because it is trying to copy an object to itself "
            "without changing the object's metadata, storage class, website redirect location "
            "or encryption attributes.",
        )
    existing = await ctx.run(_check_target, ctx, values)
    check_write_conditions(existing, values)
    meta = source.meta
    if directive == "REPLACE":
        fresh = new_meta(values)
        meta = replace(
            meta, content_type=fresh.content_type, user=fresh.user, headers=fresh.headers
        )
    info = await ctx.run(ctx.store.copy, source, bucket, key, meta)
    result = {"ETag": info.etag, "LastModified": info.last_modified, **checksum_values(info.meta)}
    return Result({"CopyObjectResult": result})
