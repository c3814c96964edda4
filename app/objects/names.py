"""Bucket names and object keys: what S3 accepts, and what a file system can hold.

Bucket names follow S3's rules for new buckets (3-63 characters of a-z, 0-9, '.', '-', starting
and ending with a letter or digit, no '..', not an IP address, none of AWS's reserved prefixes
and suffixes); a name outside them is InvalidBucketName.

Decision: a key is stored as the file at that path under its bucket, so some keys S3 accepts
cannot be stored and are refused with InvalidArgument (400), never mapped to another file:
a NUL, a segment "." or "..", or an empty segment ("a//b", a leading "/"); each is refused
before the file system sees it. A key longer than S3's
1024 bytes, or with a segment longer than the file system's 255 bytes, is KeyTooLongError.
A key ending in "/" (a "folder" marker, as consoles make) is the directory itself; see
`store.py` for how `a` and `a/b` meet.
"""

from __future__ import annotations

import ipaddress
import re
from pathlib import Path

from app.objects.errors import ObjectError

MAX_KEY_BYTES = 1024
MAX_SEGMENT_BYTES = 255  # NAME_MAX of ext4, xfs, btrfs, tmpfs
_BUCKET = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
_RESERVED_PREFIXES = ("xn--", "sthree-", "amzn-s3-demo-")
_RESERVED_SUFFIXES = ("-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3")


def check_bucket_name(name: str) -> str:
    """`name` when S3 would accept it for a new bucket, else InvalidBucketName."""
    valid = (
        bool(_BUCKET.match(name))
        and ".." not in name
        and not name.startswith(_RESERVED_PREFIXES)
        and not name.endswith(_RESERVED_SUFFIXES)
        and not _is_ip_address(name)
    )
    if not valid:
        raise ObjectError(
            "InvalidBucketName", "The specified bucket is not valid.", BucketName=name
        )
    return name


def _is_ip_address(name: str) -> bool:
    try:
        ipaddress.IPv4Address(name)
    except ValueError:
        return False
    return True


def key_parts(key: str) -> list[str]:
    """The path segments a key is stored under (a trailing "/" names the directory itself),
    or ObjectError when the key cannot be stored as a file inside its bucket."""
    if not key:
        raise ObjectError("InvalidArgument", "An object key must not be empty.", Key=key)
    if len(key.encode()) > MAX_KEY_BYTES:
        raise ObjectError("KeyTooLongError", "Your key is too long", Key=key[:64])
    body = key[:-1] if key.endswith("/") else key
    parts = body.split("/")
    for part in parts:
        if "\x00" in part:
            raise unstorable(key, "it contains a NUL character")
        if part in ("", ".", ".."):
            raise unstorable(key, "a path segment is empty, '.' or '..'")
        if len(part.encode()) > MAX_SEGMENT_BYTES:
            raise ObjectError(
                "KeyTooLongError",
                f"Your key is too long: a '/'-separated segment exceeds {MAX_SEGMENT_BYTES} bytes",
                Key=key[:64],
            )
    return parts


def key_path(bucket_dir: Path, key: str) -> Path:
    """The file (or, for a key ending in "/", the directory) that holds `key`."""
    path = bucket_dir.joinpath(*key_parts(key))
    # key_parts already refuses every way out; this is the belt to its braces.
    if not path.is_relative_to(bucket_dir):
        raise unstorable(key, "it leaves the bucket")
    return path


def unstorable(key: str, why: str) -> ObjectError:
    return ObjectError(
        "InvalidArgument",
        f"This object key cannot be stored: {why}.",
        ArgumentName="key",
        ArgumentValue=key[:256],
    )
