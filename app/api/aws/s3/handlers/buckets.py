"""ListBuckets, CreateBucket, HeadBucket, DeleteBucket, GetBucketLocation, ListObjects(V2).

Decision: CreateBucket on a bucket that already exists answers BucketAlreadyOwnedByYou (409),
except in us-east-1 where S3 answers 200 (its legacy behaviour, which the SageMaker SDK's
default-bucket code tolerates either way): there is one owner, the caller.

Decision: any LocationConstraint is accepted and remembered (GetBucketLocation answers it):
openamt has one store, and a client configured for another region (the SageMaker SDK creates
its default bucket with the session's region) must not fail where S3 itself would not,
pointed at that region's endpoint. Without one, the bucket is in OPENAMT_REGION.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from app.api.aws.s3.errors import S3Error, invalid_argument
from app.api.aws.s3.handlers import Context, handles
from app.api.aws.s3.protocol import Result
from app.objects.store import Listing

# A listing's keys and prefixes as answered: as stored, or URL-encoded (EncodingType=url).
Encoder = Callable[[str | None], str | None]

OWNER = {"DisplayName": "openamt", "ID": "openamt"}
MAX_KEYS = 1000


@handles("ListBuckets")
async def list_buckets(ctx: Context, values: dict[str, Any]) -> Result:
    found = await ctx.run(ctx.store.list_buckets)
    prefix = values.get("Prefix") or ""
    buckets = [
        {"Name": name, "CreationDate": created, "BucketRegion": ctx.settings.region}
        for name, created in found
        if name.startswith(prefix)
    ]
    return Result({"Buckets": buckets, "Owner": OWNER, "Prefix": values.get("Prefix")})


@handles("CreateBucket")
async def create_bucket(ctx: Context, values: dict[str, Any]) -> Result:
    bucket = values["Bucket"]
    constraint = (values.get("CreateBucketConfiguration") or {}).get("LocationConstraint")
    created = await ctx.run(lambda: ctx.store.create_bucket(bucket, region=constraint or None))
    if not created and ctx.settings.region != "us-east-1":
        raise S3Error(
            "BucketAlreadyOwnedByYou",
            "Your previous request to create the named bucket succeeded and you already own it.",
            BucketName=bucket,
        )
    return Result({"Location": f"/{bucket}"})


@handles("HeadBucket")
async def head_bucket(ctx: Context, values: dict[str, Any]) -> Result:
    region = await ctx.run(ctx.store.bucket_region, values["Bucket"])
    return Result({"BucketRegion": region or ctx.settings.region})


@handles("DeleteBucket")
async def delete_bucket(ctx: Context, values: dict[str, Any]) -> Result:
    await ctx.run(ctx.store.delete_bucket, values["Bucket"])
    # Uploads never completed go with their bucket (a bucket of that name made later must
    # not inherit them).
    for upload in await ctx.run(ctx.uploads.in_bucket, values["Bucket"]):
        await ctx.run(ctx.uploads.abort, upload)
    return Result()


@handles("GetBucketLocation")
async def get_bucket_location(ctx: Context, values: dict[str, Any]) -> Result:
    region = await ctx.run(ctx.store.bucket_region, values["Bucket"]) or ctx.settings.region
    return Result({"LocationConstraint": None if region == "us-east-1" else region})


def _max_keys(values: dict[str, Any]) -> int:
    requested = values.get("MaxKeys")
    if requested is None:
        return MAX_KEYS
    if requested < 0:
        raise invalid_argument("max-keys must be non-negative", "max-keys", str(requested))
    return min(requested, MAX_KEYS)


def _encoder(values: dict[str, Any]) -> Encoder:
    encoding = values.get("EncodingType")
    if encoding is None:
        return lambda text: text
    if encoding != "url":
        raise invalid_argument(
            "Invalid Encoding Method specified in Request", "encoding-type", encoding
        )
    return lambda text: None if text is None else quote(text, safe="/")


def _contents(listing: Listing, encode: Encoder, *, owner: bool) -> list[dict[str, Any]]:
    return [
        {
            "Key": encode(info.key),
            "LastModified": info.last_modified,
            "ETag": info.etag,
            "Size": info.size,
            "StorageClass": "STANDARD",
            **({"Owner": OWNER} if owner else {}),
        }
        for info in listing.objects
    ]


@handles("ListObjectsV2")
async def list_objects_v2(ctx: Context, values: dict[str, Any]) -> Result:
    encode = _encoder(values)
    max_keys = _max_keys(values)
    token = values.get("ContinuationToken")
    after = values.get("StartAfter") or ""
    if token is not None:
        try:
            after = base64.urlsafe_b64decode(token.encode()).decode()
        except (binascii.Error, UnicodeDecodeError, ValueError):
            raise invalid_argument(
                "The continuation token provided is incorrect", "continuation-token", token
            ) from None
    listing = await ctx.run(
        lambda: ctx.store.list(
            values["Bucket"],
            prefix=values.get("Prefix") or "",
            delimiter=values.get("Delimiter") or "",
            after=after,
            max_keys=max_keys,
        )
    )
    next_token = None
    if listing.truncated and listing.last is not None:
        next_token = base64.urlsafe_b64encode(listing.last.encode()).decode()
    return Result(
        {
            **_page(values, listing, encode, max_keys, owner=bool(values.get("FetchOwner"))),
            "KeyCount": len(listing.objects) + len(listing.prefixes),
            "ContinuationToken": token,
            "NextContinuationToken": next_token,
            "StartAfter": encode(values.get("StartAfter")),
        }
    )


@handles("ListObjects")
async def list_objects(ctx: Context, values: dict[str, Any]) -> Result:
    encode = _encoder(values)
    max_keys = _max_keys(values)
    marker = values.get("Marker") or ""
    delimiter = values.get("Delimiter") or ""
    listing = await ctx.run(
        lambda: ctx.store.list(
            values["Bucket"],
            prefix=values.get("Prefix") or "",
            delimiter=delimiter,
            after=marker,
            max_keys=max_keys,
        )
    )
    # As S3: NextMarker only with a delimiter (without one, clients page from the last Key).
    next_marker = listing.last if listing.truncated and delimiter else None
    return Result(
        {
            **_page(values, listing, encode, max_keys, owner=True),
            "Marker": encode(marker),
            "NextMarker": encode(next_marker),
        }
    )


def _page(
    values: dict[str, Any], listing: Listing, encode: Encoder, max_keys: int, *, owner: bool
) -> dict[str, Any]:
    """The members ListObjects and ListObjectsV2 answer alike."""
    return {
        "IsTruncated": listing.truncated,
        "Contents": _contents(listing, encode, owner=owner),
        "Name": values["Bucket"],
        "Prefix": encode(values.get("Prefix") or ""),
        "Delimiter": encode(values.get("Delimiter")),
        "MaxKeys": max_keys,
        "CommonPrefixes": [{"Prefix": encode(p)} for p in listing.prefixes],
        "EncodingType": values.get("EncodingType"),
    }
