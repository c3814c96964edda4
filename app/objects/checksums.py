"""The digests S3 speaks: MD5 (ETag, Content-MD5) and the flexible checksums CRC32, CRC32C,
SHA1 and SHA256 (`x-amz-checksum-*`, base64 of the big-endian digest).

Decision: CRC64NVME (and S3's newer SHA512/MD5/XXHASH checksums) are refused as unsupported:
botocore needs the AWS CRT to send them, and no client openamt serves does by default.
"""

from __future__ import annotations

import base64
import hashlib
import zlib
from typing import Protocol

import crc32c

ALGORITHMS = ("CRC32", "CRC32C", "SHA1", "SHA256")


class Hasher(Protocol):
    def update(self, data: bytes, /) -> None: ...
    def digest(self) -> bytes: ...


class _Crc32:
    def __init__(self) -> None:
        self._value = 0

    def update(self, data: bytes, /) -> None:
        self._value = zlib.crc32(data, self._value)

    def digest(self) -> bytes:
        return self._value.to_bytes(4, "big")


def new_hasher(algorithm: str) -> Hasher:
    """A fresh hasher for one of ALGORITHMS (upper case, S3's spelling)."""
    if algorithm == "CRC32":
        return _Crc32()
    if algorithm == "CRC32C":
        return crc32c.CRC32CHash()
    if algorithm == "SHA1":
        return hashlib.sha1()
    if algorithm == "SHA256":
        return hashlib.sha256()
    raise ValueError(f"unsupported checksum algorithm {algorithm}")


def b64(digest: bytes) -> str:
    return base64.b64encode(digest).decode()


def composite(algorithm: str, part_checksums: list[str]) -> str:
    """S3's checksum of a multipart object: the algorithm over the parts' decoded checksums,
    base64, then "-<parts>" (COMPOSITE checksums, as S3 computes them for SHA and CRC alike)."""
    hasher = new_hasher(algorithm)
    for value in part_checksums:
        hasher.update(base64.b64decode(value))
    return f"{b64(hasher.digest())}-{len(part_checksums)}"


def multipart_etag(part_md5s: list[bytes]) -> str:
    """AWS's ETag of a multipart object: md5 of the parts' binary md5s, then "-<parts>"."""
    return f"{hashlib.md5(b''.join(part_md5s)).hexdigest()}-{len(part_md5s)}"
