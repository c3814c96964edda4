"""Multipart uploads: parts kept under `.openamt/uploads/<id>/` until Complete joins them.

As AWS: part numbers 1..10000; every part but the last at least 5 MiB (EntityTooSmall);
Complete names its parts in ascending order (InvalidPartOrder) with the ETags UploadPart
answered (InvalidPart); the object's ETag is the MD5 of the parts' binary MD5s and "-<N>";
an unknown, completed or aborted upload is NoSuchUpload. Uploading a part number again
replaces that part. The joined object is written like any other (staged, then renamed), and
the upload's directory goes only after that, so a failed Complete can be retried.

Checksums: an upload that names an algorithm gets S3's COMPOSITE checksum (the algorithm over
the parts' checksums, "-<N>"), or with `ChecksumType: FULL_OBJECT` (CRC32 and CRC32C only, as
S3) the algorithm over the whole object, checked against what the client sent with Complete.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import shutil
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from app.objects import checksums, names
from app.objects.errors import ObjectError, no_such_upload
from app.objects.metadata import ObjectMeta
from app.objects.store import ObjectInfo, ObjectStore, Staged

MIN_PART_BYTES = 5 * 1024 * 1024
MAX_PART_NUMBER = 10_000
_UPLOAD_ID = re.compile(r"^[0-9a-f]{48}$")


@dataclass(frozen=True)
class Upload:
    upload_id: str
    bucket: str
    key: str
    initiated: datetime
    meta: ObjectMeta  # what the object will carry: content type, user metadata, checksum kind


@dataclass(frozen=True)
class Part:
    number: int
    etag: str  # unquoted MD5 hex
    size: int
    last_modified: datetime
    checksum: str | None = None


@dataclass(frozen=True)
class RequestedPart:
    """One <Part> of CompleteMultipartUpload."""

    number: int
    etag: str
    checksum: str | None = None


class Uploads:
    def __init__(self, store: ObjectStore) -> None:
        self.store = store
        self.root = store.hidden / "uploads"

    def create(self, bucket: str, key: str, meta: ObjectMeta) -> Upload:
        self.store.bucket_dir(bucket)
        names.key_parts(key)
        upload = Upload(secrets.token_hex(24), bucket, key, datetime.now(UTC), meta)
        directory = self.root / upload.upload_id
        directory.mkdir(parents=True)
        record = {
            "bucket": bucket,
            "key": key,
            "initiated": upload.initiated.isoformat(),
            "meta": asdict(meta),
        }
        (directory / "upload.json").write_text(json.dumps(record))
        return upload

    def get(self, upload_id: str, bucket: str, key: str) -> Upload:
        upload = self._read(upload_id)
        if upload is None or upload.bucket != bucket or upload.key != key:
            raise no_such_upload(upload_id)
        return upload

    def _read(self, upload_id: str) -> Upload | None:
        # The id names a directory: anything but what `create` makes is no upload at all.
        if not _UPLOAD_ID.match(upload_id):
            return None
        try:
            record = json.loads((self.root / upload_id / "upload.json").read_text())
        except (OSError, ValueError):
            return None
        return Upload(
            upload_id,
            record["bucket"],
            record["key"],
            datetime.fromisoformat(record["initiated"]),
            ObjectMeta.from_json(record["meta"]),
        )

    def put_part(
        self, upload: Upload, number: int, staged: Staged, *, md5: str, checksum: str | None
    ) -> Part:
        check_part_number(number)
        directory = self.root / upload.upload_id
        if not directory.is_dir():
            staged.discard()
            raise no_such_upload(upload.upload_id)
        size = staged.path.stat().st_size
        part = Part(number, md5, size, datetime.now(UTC).replace(microsecond=0), checksum)
        record = {**asdict(part), "last_modified": part.last_modified.isoformat()}
        try:
            os.replace(staged.path, directory / f"part-{number:05d}")
            (directory / f"part-{number:05d}.json").write_text(json.dumps(record))
        except FileNotFoundError:  # aborted meanwhile
            staged.discard()
            raise no_such_upload(upload.upload_id) from None
        return part

    def parts(self, upload: Upload) -> list[Part]:
        found = []
        for record_path in sorted((self.root / upload.upload_id).glob("part-*.json")):
            try:
                record: dict[str, Any] = json.loads(record_path.read_text())
            except (OSError, ValueError):
                continue
            record["last_modified"] = datetime.fromisoformat(record["last_modified"])
            found.append(Part(**record))
        return found

    def complete(
        self,
        upload: Upload,
        requested: list[RequestedPart],
        *,
        expected_checksum: str | None = None,
    ) -> ObjectInfo:
        """Join the requested parts into the object. `expected_checksum`: the whole object's
        checksum the client sent with Complete (checked for a FULL_OBJECT upload)."""
        if not requested:
            raise ObjectError(
                "MalformedXML",
                "The XML you provided was not well-formed or did not validate against our "
                "published schema",
            )
        numbers = [p.number for p in requested]
        if numbers != sorted(set(numbers)):
            raise ObjectError(
                "InvalidPartOrder",
                "The list of parts was not in ascending order. The parts list must be "
                "specified in order by part number.",
                UploadId=upload.upload_id,
            )
        stored = {p.number: p for p in self.parts(upload)}
        chosen = []
        for wanted in requested:
            part = stored.get(wanted.number)
            if (
                part is None
                or wanted.etag.strip('"') != part.etag
                or (wanted.checksum and part.checksum and wanted.checksum != part.checksum)
            ):
                raise ObjectError(
                    "InvalidPart",
                    "One or more of the specified parts could not be found. The part may not "
                    "have been uploaded, or the specified entity tag may not have matched the "
                    "part's entity tag.",
                    UploadId=upload.upload_id,
                    PartNumber=str(wanted.number),
                    ETag=wanted.etag,
                )
            chosen.append(part)
        for part in chosen[:-1]:
            if part.size < MIN_PART_BYTES:
                raise ObjectError(
                    "EntityTooSmall",
                    "Your proposed upload is smaller than the minimum allowed object size.",
                    ProposedSize=str(part.size),
                    MinSizeAllowed=str(MIN_PART_BYTES),
                    PartNumber=str(part.number),
                    ETag=part.etag,
                )
        meta = replace(
            upload.meta,
            etag=checksums.multipart_etag([bytes.fromhex(p.etag) for p in chosen]),
            parts=len(chosen),
        )
        algorithm = upload.meta.checksum_algorithm
        full_object = upload.meta.checksum_type == "FULL_OBJECT"
        if algorithm and not full_object and all(p.checksum for p in chosen):
            meta = replace(
                meta,
                checksum=checksums.composite(algorithm, [p.checksum or "" for p in chosen]),
                checksum_type="COMPOSITE",
            )
        elif not (algorithm and full_object):
            meta = replace(meta, checksum_algorithm=None, checksum=None, checksum_type=None)
        staged = self.store.stage()
        try:
            with open(staged.path, "wb") as out:
                for part in chosen:
                    source = self.root / upload.upload_id / f"part-{part.number:05d}"
                    with open(source, "rb") as src:
                        _append(src, out)
            if algorithm and full_object:
                # A FULL_OBJECT checksum is the algorithm over the joined bytes (S3 combines
                # the parts' CRCs; reading the file once gives the same value).
                value = _file_checksum(staged.path, algorithm)
                if expected_checksum is not None and expected_checksum != value:
                    raise ObjectError(
                        "BadDigest",
                        f"The {algorithm} you specified did not match the calculated checksum.",
                    )
                meta = replace(meta, checksum=value, checksum_type="FULL_OBJECT")
        except FileNotFoundError:
            staged.discard()
            raise no_such_upload(upload.upload_id) from None
        except BaseException:
            staged.discard()
            raise
        info = self.store.put(upload.bucket, upload.key, staged, meta)
        self.abort(upload)
        return info

    def abort(self, upload: Upload) -> None:
        shutil.rmtree(self.root / upload.upload_id, ignore_errors=True)

    def in_bucket(self, bucket: str) -> list[Upload]:
        found: list[Upload] = []
        if not self.root.is_dir():
            return found
        for entry in os.scandir(self.root):
            upload = self._read(entry.name)
            if upload is not None and upload.bucket == bucket:
                found.append(upload)
        return sorted(found, key=lambda u: (u.key, u.upload_id))


def copy_range(
    source: BinaryIO | None, start: int, length: int, staged: Staged, algorithm: str | None
) -> tuple[str, str | None]:
    """Copy `length` bytes of an open object from `start` into a staged part (UploadPartCopy):
    the part's MD5 (hex) and, when the upload names one, its checksum (base64)."""
    md5 = hashlib.md5()
    hasher = checksums.new_hasher(algorithm) if algorithm else None
    with open(staged.path, "wb") as out:
        if source is not None:
            source.seek(start)
            left = length
            while left > 0:
                block = source.read(min(left, 1024 * 1024))
                if not block:
                    break
                out.write(block)
                md5.update(block)
                if hasher is not None:
                    hasher.update(block)
                left -= len(block)
    return md5.hexdigest(), checksums.b64(hasher.digest()) if hasher is not None else None


def _file_checksum(path: Path, algorithm: str) -> str:
    hasher = checksums.new_hasher(algorithm)
    with open(path, "rb") as stream:
        while block := stream.read(1024 * 1024):
            hasher.update(block)
    return checksums.b64(hasher.digest())


def _append(src: BinaryIO, out: BinaryIO) -> None:
    """Append one file to another in the kernel (copy_file_range: no trip through user space,
    a reflink where the file system shares extents), else by reading and writing."""
    size = os.fstat(src.fileno()).st_size
    out.flush()  # both files' descriptors are at their ends: the kernel copies from there
    copied = 0
    try:
        while copied < size:
            done = os.copy_file_range(src.fileno(), out.fileno(), size - copied)
            if done == 0:
                break
            copied += done
    except OSError:
        if copied:
            raise
    if copied < size:  # not supported here (or cut short): the rest the plain way
        src.seek(copied)
        shutil.copyfileobj(src, out, 1024 * 1024)


def check_part_number(number: int) -> None:
    if not 1 <= number <= MAX_PART_NUMBER:
        raise ObjectError(
            "InvalidArgument",
            f"Part number must be an integer between 1 and {MAX_PART_NUMBER}, inclusive",
            ArgumentName="partNumber",
            ArgumentValue=str(number),
        )
