"""Buckets and objects on the file system: create, read, list, copy and delete, atomically.

Decision, "folders": a file system cannot hold both a file `a` and a directory `a`, so keys
`a` and `a/b` cannot both exist. The second write of such a pair is refused with KeyConflict
(409) and changes nothing; a reader of the store (a channel) never sees a file turn into a
directory. A key ending in "/" (`a/`, an empty "folder" object as consoles create) is the
directory `a` itself: it may hold no bytes (a body is refused with InvalidArgument), it
coexists with `a/b` (that is what a folder is), and it is listed only when it was written
as an object, not for every directory that exists because deeper keys do. Deleting the last
object under a directory removes the directories it leaves empty, up to the bucket or the
nearest folder object, so that `a` can be written again afterwards.

Writes go to a temporary file under `.openamt/tmp` (the same file system) and are renamed
into place: an object is there whole, or not at all. Its metadata is written after the
rename; a crash between the two leaves a file whose metadata no longer matches, which is then
described afresh (`metadata.py`).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from app.objects import names
from app.objects.errors import ObjectError, no_such_bucket, no_such_key
from app.objects.metadata import MetadataTree, ObjectMeta

HIDDEN = ".openamt"
_READ_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class ObjectInfo:
    bucket: str
    key: str
    path: Path
    last_modified: datetime
    meta: ObjectMeta

    @property
    def size(self) -> int:
        return self.meta.size

    @property
    def etag(self) -> str:
        """Quoted, as S3 sends it in headers and XML."""
        return f'"{self.meta.etag}"'


@dataclass(frozen=True)
class Listing:
    objects: list[ObjectInfo]
    prefixes: list[str]
    truncated: bool
    last: str | None  # the last key or common prefix returned: where the next page starts


class Staged:
    """A temporary file on the store's file system that an upload is written to."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)


class ObjectStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.hidden = root / HIDDEN
        self.meta = MetadataTree(self.hidden / "meta")
        self.tmp = self.hidden / "tmp"
        self.bucket_records = self.hidden / "buckets"

    # Buckets -------------------------------------------------------------------------------

    def bucket_dir(self, bucket: str) -> Path:
        """The bucket's directory, or NoSuchBucket (InvalidBucketName for a bad name)."""
        names.check_bucket_name(bucket)
        path = self.root / bucket
        if not path.is_dir():
            raise no_such_bucket(bucket)
        return path

    def list_buckets(self) -> list[tuple[str, datetime]]:
        found: list[tuple[str, datetime]] = []
        if not self.root.is_dir():
            return found
        for entry in sorted(os.scandir(self.root), key=lambda e: e.name):
            if entry.name.startswith(".") or not entry.is_dir():
                continue
            try:
                names.check_bucket_name(entry.name)
            except ObjectError:
                continue  # a directory put there by hand that S3 could not name
            found.append((entry.name, self._created(entry.name, entry.stat())))
        return found

    def create_bucket(self, bucket: str, *, region: str | None = None) -> bool:
        """Make the bucket (in `region`, as its creator named it); False when it existed."""
        names.check_bucket_name(bucket)
        path = self.root / bucket
        self.root.mkdir(parents=True, exist_ok=True)
        try:
            path.mkdir()
        except FileExistsError:
            return False
        self.bucket_records.mkdir(parents=True, exist_ok=True)
        record = {"created": datetime.now(UTC).isoformat(), "region": region}
        (self.bucket_records / f"{bucket}.json").write_text(json.dumps(record))
        return True

    def delete_bucket(self, bucket: str) -> None:
        path = self.bucket_dir(bucket)
        if any(self._walk_keys(bucket, path)):
            raise ObjectError(
                "BucketNotEmpty",
                "The bucket you tried to delete is not empty",
                BucketName=bucket,
            )
        shutil.rmtree(path)  # only empty directories are left
        self.meta.drop_bucket(bucket)
        (self.bucket_records / f"{bucket}.json").unlink(missing_ok=True)

    def bucket_region(self, bucket: str) -> str | None:
        """The region the bucket was created in (None: not named, or made by hand)."""
        self.bucket_dir(bucket)
        try:
            region = json.loads((self.bucket_records / f"{bucket}.json").read_text())["region"]
        except (OSError, ValueError, KeyError):
            return None
        return region if isinstance(region, str) else None

    def _created(self, bucket: str, stat: os.stat_result) -> datetime:
        try:
            record = json.loads((self.bucket_records / f"{bucket}.json").read_text())
            return datetime.fromisoformat(record["created"])
        except (OSError, ValueError, KeyError):
            # A bucket made by hand (or by the tests' data): its directory's age.
            return datetime.fromtimestamp(stat.st_mtime, UTC)

    # Objects -------------------------------------------------------------------------------

    def stage(self) -> Staged:
        """A fresh temporary file to write an upload to (discard it, or pass it to `put`)."""
        self.tmp.mkdir(parents=True, exist_ok=True)
        fd, path = tempfile.mkstemp(dir=self.tmp, prefix="upload.")
        os.close(fd)
        return Staged(Path(path))

    def info(self, bucket: str, key: str) -> ObjectInfo:
        """The object's description, or NoSuchKey."""
        path = names.key_path(self.bucket_dir(bucket), key)
        try:
            stat = path.stat()
        except (FileNotFoundError, NotADirectoryError):
            raise no_such_key(key) from None
        return self._describe(bucket, key, path, stat)

    def open(self, bucket: str, key: str) -> tuple[ObjectInfo, BinaryIO | None]:
        """The object's description and its bytes, opened: a later replacement of the file
        (a rename) does not change what this reader reads. None for a folder object."""
        path = names.key_path(self.bucket_dir(bucket), key)
        if key.endswith("/"):
            return self.info(bucket, key), None
        try:
            stream = open(path, "rb")  # noqa: SIM115 - handed to the caller, who closes it
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
            raise no_such_key(key) from None
        try:
            return self._describe(bucket, key, path, os.fstat(stream.fileno())), stream
        except BaseException:
            stream.close()
            raise

    def _describe(self, bucket: str, key: str, path: Path, stat: os.stat_result) -> ObjectInfo:
        folder = key.endswith("/")
        meta = self.meta.read(bucket, key)
        if folder:
            # A directory is an object only when it was written as one.
            if meta is None or not meta.marker or not path.is_dir():
                raise no_such_key(key)
        elif not path.is_file():
            raise no_such_key(key)
        elif meta is None or not meta.matches(stat):
            meta = ObjectMeta(etag=_file_md5(path), size=stat.st_size, mtime_ns=stat.st_mtime_ns)
            self.meta.write(bucket, key, meta)
        modified = datetime.fromtimestamp(stat.st_mtime_ns / 1e9, UTC).replace(microsecond=0)
        return ObjectInfo(bucket, key, path, modified, meta)

    def put(self, bucket: str, key: str, staged: Staged, meta: ObjectMeta) -> ObjectInfo:
        """Move a staged file into place as `key`, with its metadata; all or nothing."""
        bucket_dir = self.bucket_dir(bucket)
        path = names.key_path(bucket_dir, key)
        try:
            if key.endswith("/"):
                if staged.path.stat().st_size:
                    raise ObjectError(
                        "InvalidArgument",
                        "A key ending in '/' is a folder here and holds no bytes.",
                        ArgumentName="key",
                        ArgumentValue=key[:256],
                    )
                self._check_inside(bucket_dir, path, key)
                self._make_parents(bucket_dir, path / "x", key)
                staged.discard()
                stat = path.stat()
                meta = replace(meta, marker=True, size=0, mtime_ns=stat.st_mtime_ns)
            else:
                self._check_inside(bucket_dir, path.parent, key)
                self._make_parents(bucket_dir, path, key)
                if path.is_dir():
                    raise _conflict(key, "objects exist under it as a prefix (a folder)")
                os.chmod(staged.path, 0o644)  # mkstemp makes 0600; channels read as others
                os.replace(staged.path, path)
                stat = path.stat()
                meta = replace(meta, size=stat.st_size, mtime_ns=stat.st_mtime_ns)
        except BaseException:
            staged.discard()
            raise
        self.meta.write(bucket, key, meta)
        return self._describe(bucket, key, path, stat)

    def _make_parents(self, bucket_dir: Path, path: Path, key: str) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError):
            raise _conflict(key, "a shorter key that is its prefix is an object") from None

    def _check_inside(self, bucket_dir: Path, directory: Path, key: str) -> None:
        """Writes stay inside the bucket even through a symbolic link someone put in it
        (reads may follow one: a data set linked into a bucket is a way to share it).
        Checked before any directory is made: resolving follows the links that exist."""
        if not directory.resolve().is_relative_to(bucket_dir.resolve()):
            raise names.unstorable(key, "its folder is a link that leads out of the bucket")

    def sweep_staged(self, older_than: float) -> None:
        """Remove temporary files an interrupted process left (none younger than
        `older_than` seconds: another API process may be writing it right now)."""
        if not self.tmp.is_dir():
            return
        cutoff = datetime.now(UTC).timestamp() - older_than
        for entry in os.scandir(self.tmp):
            try:
                if entry.stat().st_mtime < cutoff:
                    os.unlink(entry.path)
            except OSError:
                continue

    def delete(self, bucket: str, key: str) -> None:
        """Remove the object; nothing to do when it does not exist (as S3)."""
        bucket_dir = self.bucket_dir(bucket)
        path = names.key_path(bucket_dir, key)
        if not path.parent.resolve().is_relative_to(bucket_dir.resolve()):
            return  # behind a link out of the bucket: not this bucket's to delete
        if key.endswith("/"):
            if self.meta.read(bucket, key) is None:
                return
            self.meta.delete(bucket, key)
            self._prune(bucket, bucket_dir, path)
            return
        try:
            if path.is_dir():
                return  # a prefix, not an object
            path.unlink()
        except (FileNotFoundError, NotADirectoryError):
            return
        finally:
            self.meta.delete(bucket, key)
        self._prune(bucket, bucket_dir, path.parent)

    def _prune(self, bucket: str, bucket_dir: Path, directory: Path) -> None:
        """Remove directories left empty, up to the bucket or the nearest folder object."""
        while directory != bucket_dir and directory.is_relative_to(bucket_dir):
            key = directory.relative_to(bucket_dir).as_posix() + "/"
            if self.meta.read(bucket, key) is not None:
                return
            try:
                directory.rmdir()
            except OSError:
                return  # not empty (or already gone)
            directory = directory.parent

    def copy(
        self, source: ObjectInfo, bucket: str, key: str, meta: ObjectMeta | None = None
    ) -> ObjectInfo:
        """Copy an object's bytes to `bucket`/`key`, with `meta` (default: the source's)."""
        staged = self.stage()
        try:
            shutil.copyfile(source.path, staged.path)
        except BaseException:
            staged.discard()
            raise
        return self.put(bucket, key, staged, meta or source.meta)

    # Listing -------------------------------------------------------------------------------

    def list(
        self,
        bucket: str,
        *,
        prefix: str = "",
        delimiter: str = "",
        after: str = "",
        max_keys: int = 1000,
    ) -> Listing:
        """One page of keys in S3's order (by UTF-8 bytes), as ListObjects(V2) pages them.

        Decision: the keys under the prefix's directory are gathered and sorted for each page
        (a directory walk alone does not give S3's order: "a-b" sorts before "a/b"); cheap for
        the buckets a training setup holds, linear in their size."""
        bucket_dir = self.bucket_dir(bucket)
        folders = [p for p in prefix.split("/")[:-1] if p not in ("", ".", "..")]
        start = bucket_dir.joinpath(*folders)
        keys = sorted(
            (k for k in self._walk_keys(bucket, bucket_dir, start) if k.startswith(prefix)),
            key=lambda k: k.encode(),
        )
        objects: list[ObjectInfo] = []
        prefixes: list[str] = []
        last: str | None = None
        truncated = False
        for key in keys:
            name = key
            if delimiter:
                cut = key.find(delimiter, len(prefix))
                if cut >= 0:
                    name = key[: cut + len(delimiter)]
            if name.encode() <= after.encode() or name == last:
                continue
            if len(objects) + len(prefixes) >= max_keys:
                truncated = True
                break
            if name != key:
                prefixes.append(name)
            else:
                try:
                    objects.append(self.info(bucket, key))
                except ObjectError:
                    continue  # deleted while we listed
            last = name
        return Listing(objects, prefixes, truncated, last)

    def _walk_keys(self, bucket: str, bucket_dir: Path, start: Path | None = None) -> Iterator[str]:
        top = start or bucket_dir
        if not top.is_dir():
            return
        # Links are followed, as reads follow them (a data set linked into a bucket is listed
        # like any folder); a directory already seen is not entered twice (no link loops).
        seen: set[tuple[int, int]] = set()
        for dirpath, dirnames, filenames in os.walk(top, followlinks=True):
            stat = os.stat(dirpath)
            if (stat.st_dev, stat.st_ino) in seen:
                dirnames[:] = []
                continue
            seen.add((stat.st_dev, stat.st_ino))
            relative = Path(dirpath).relative_to(bucket_dir).as_posix()
            base = "" if relative == "." else relative + "/"
            for name in filenames:
                yield base + name
            for name in dirnames:
                folder = base + name + "/"
                if self.meta.read(bucket, folder) is not None:
                    yield folder


def _conflict(key: str, why: str) -> ObjectError:
    return ObjectError(
        "KeyConflict",
        f"This key cannot be stored on a file system: {why}.",
        Key=key[:256],
    )


def _file_md5(path: Path) -> str:
    digest = hashlib.md5()
    with open(path, "rb") as stream:
        while chunk := stream.read(_READ_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
