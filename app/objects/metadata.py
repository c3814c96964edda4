"""Per-object metadata, kept in a hidden tree beside the buckets (see the package docstring).

One JSON file per key at `.openamt/meta/<bucket>/<h[:2]>/<h>.json`, h = sha256 of the key.
Decision: named by the key's hash, not mirrored at the key's path, so the metadata tree never
meets the questions the data tree does (a key that is a "folder" of another, a segment near
the file system's name limit); a bucket's metadata is one directory to remove with it.

Each record carries the data file's size and mtime as they were when it was written. A file
that no longer matches (replaced by something else, e.g. a training job writing model.tar.gz
through `app/storage.py`) or that never had a record is described afresh: its ETag is its
MD5, computed on first need, and it has no user metadata or checksum.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_CONTENT_TYPE = "binary/octet-stream"  # what S3 answers for an object stored without one


@dataclass
class ObjectMeta:
    """What S3 keeps about an object besides its bytes."""

    etag: str  # unquoted: an MD5 in hex, or "<hex>-<parts>" for a multipart object
    size: int
    mtime_ns: int
    content_type: str = DEFAULT_CONTENT_TYPE
    user: dict[str, str] = field(default_factory=dict)  # x-amz-meta-* without the prefix
    # Cache-Control, Content-Disposition, Content-Encoding, Content-Language, Expires: stored
    # as sent and answered on GET/HEAD.
    headers: dict[str, str] = field(default_factory=dict)
    checksum_algorithm: str | None = None  # CRC32, CRC32C, SHA1, SHA256
    checksum: str | None = None  # base64; "-<parts>" suffixed for a COMPOSITE checksum
    checksum_type: str | None = None  # FULL_OBJECT or COMPOSITE
    parts: int | None = None  # the parts count of a multipart object
    marker: bool = False  # a key ending in "/": the directory itself, no bytes

    def matches(self, stat: os.stat_result) -> bool:
        return stat.st_size == self.size and stat.st_mtime_ns == self.mtime_ns

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ObjectMeta:
        known = {name: data[name] for name in cls.__dataclass_fields__ if name in data}
        return cls(**known)


class MetadataTree:
    def __init__(self, root: Path) -> None:
        self.root = root  # .openamt/meta

    def path(self, bucket: str, key: str) -> Path:
        digest = hashlib.sha256(key.encode()).hexdigest()
        return self.root / bucket / digest[:2] / f"{digest}.json"

    def read(self, bucket: str, key: str) -> ObjectMeta | None:
        try:
            data = json.loads(self.path(bucket, key).read_bytes())
        except (OSError, ValueError):
            return None  # none yet, or a torn file: described afresh from the data file
        if data.get("key") != key:  # a hash collision is not a reason to answer wrongly
            return None
        return ObjectMeta.from_json(data)

    def write(self, bucket: str, key: str, meta: ObjectMeta) -> None:
        target = self.path(bucket, key)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".meta.")
        try:
            with os.fdopen(fd, "w") as out:
                json.dump({"key": key, **asdict(meta)}, out)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def delete(self, bucket: str, key: str) -> None:
        self.path(bucket, key).unlink(missing_ok=True)

    def drop_bucket(self, bucket: str) -> None:
        shutil.rmtree(self.root / bucket, ignore_errors=True)
