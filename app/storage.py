"""Channel input and model output: s3:// to a real endpoint or a local directory, file:// and paths.

Without `s3_endpoint_url`, `s3://bucket/key` is the file `local_s3_dir/bucket/key`, so examples
written for S3 run offline. With it, s3:// goes through fsspec's s3 protocol (s3fs, an optional
extra imported only when needed).
"""

from __future__ import annotations

import os
import posixpath
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

if TYPE_CHECKING:
    from fsspec import AbstractFileSystem

    from app.config import Settings


class StorageError(Exception):
    """A URI that cannot be read or written; the message is fit for a FailureReason."""


def local_path_for(uri: str, settings: Settings) -> Path | None:
    """The local file or directory a URI names, or None when it really lives on a remote S3."""
    if uri.startswith("s3://"):
        if settings.s3_endpoint_url:
            return None
        bucket, key = _split_s3(uri)
        root = settings.local_s3_dir.resolve()
        # S3 keys may contain "..": refuse any that would leave the local store.
        path = Path(os.path.normpath(root / bucket / key))
        if not path.is_relative_to(root / bucket):
            raise StorageError(f"S3 key escapes the local store: {uri}")
        return path
    if uri.startswith("file://"):
        parts = urlsplit(uri)
        if parts.netloc not in ("", "localhost"):
            raise StorageError(f"file:// URI names another host: {uri}")
        return check_allowed(Path(unquote(parts.path)), settings, uri)
    if uri.startswith("/"):
        return check_allowed(Path(uri), settings, uri)
    raise StorageError(f"Unsupported location {uri!r}: use s3://, file:// or an absolute path.")


def is_local(uri: str) -> bool:
    """A file:// URI or an absolute path: a location on this machine's file system."""
    return uri.startswith(("file://", "/"))


def check_allowed(path: Path, settings: Settings, uri: str) -> Path:
    """`path` when it lies under one of OPENAMT_ALLOWED_PATHS once links are followed (a link
    inside an allowed root that points outside it does not count), else StorageError."""
    resolved = path.resolve()
    if not any(resolved.is_relative_to(root) for root in settings.allowed_paths):
        raise StorageError(
            f"{uri} is outside the directories openamt may read and write (OPENAMT_ALLOWED_PATHS)"
        )
    return path


def materialize_channel(uri: str, dest: Path, settings: Settings) -> Path:
    """Make `dest` hold the files the URI names (S3Prefix: a prefix gives everything under it).

    Local sources are linked, not copied: `dest` becomes a symlink to a directory, or a directory
    holding a symlink to a single file. Remote objects are downloaded. Returns `dest`.
    """
    local = local_path_for(uri, settings)
    if local is not None:
        local = local.resolve()
        if dest.is_symlink():  # a previous attempt's link: never write through it
            dest.unlink()
        if local.is_dir():
            _empty_placeholder(dest)
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.symlink_to(local, target_is_directory=True)
        elif local.is_file():
            dest.mkdir(parents=True, exist_ok=True)
            (dest / local.name).symlink_to(local)
        else:
            raise StorageError(f"No data found at {uri}")
        return dest

    fs = _s3_filesystem(settings)
    bucket, key = _split_s3(uri)
    path = f"{bucket}/{key}".rstrip("/")
    dest.mkdir(parents=True, exist_ok=True)
    with _remote_errors(uri):
        if key and fs.isfile(path):
            fs.get_file(path, str(dest / posixpath.basename(path)))
            return dest
        files = [f.lstrip("/") for f in fs.find(path)]
        if not files:
            raise StorageError(f"No data found at {uri}")
        root = dest.resolve()
        for remote in files:
            target = Path(os.path.normpath(root / remote[len(path) :].lstrip("/")))
            if not target.is_relative_to(root) or target == root:
                raise StorageError(f"S3 key escapes the channel directory: s3://{remote}")
            target.parent.mkdir(parents=True, exist_ok=True)
            fs.get_file(remote, str(target))
    return dest


def upload_file(local: Path, uri: str, settings: Settings) -> None:
    """Write one local file to a URI (a whole object; parents created for local targets)."""
    target = local_path_for(uri, settings)
    if target is None:
        bucket, key = _split_s3(uri)
        if not key or key.endswith("/"):
            raise StorageError(f"Upload target names no object: {uri}")
        with _remote_errors(uri):
            _s3_filesystem(settings).put_file(str(local), f"{bucket}/{key}")
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    # Copy then rename, so a reader never sees half a model.
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    os.close(fd)
    try:
        shutil.copyfile(local, tmp)
        # mkstemp's 0600 would hide the object from a sandboxed job's own uid when a later job
        # reads it in place as a channel; objects the S3 door writes are 0644 too.
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def join_uri(base: str, *parts: str) -> str:
    """`join_uri("s3://b/out/", "job", "model.tar.gz")` -> "s3://b/out/job/model.tar.gz"."""
    pieces = [base.rstrip("/")] + [p.strip("/") for p in parts if p.strip("/")]
    return "/".join(pieces)


def _split_s3(uri: str) -> tuple[str, str]:
    bucket, _, key = uri[len("s3://") :].partition("/")
    if not bucket:
        raise StorageError(f"S3 URI names no bucket: {uri}")
    return bucket, key


def _empty_placeholder(dest: Path) -> None:
    """Remove an empty directory made ahead of time where the channel's link will go."""
    if dest.is_dir():
        try:
            dest.rmdir()
        except OSError as exc:
            raise StorageError(f"Channel directory is not empty: {dest}") from exc


@contextmanager
def _remote_errors(uri: str) -> Iterator[None]:
    """s3fs's errors as StorageError: a missing bucket (FileNotFoundError) or a refused key
    (PermissionError) is the job's input at fault, not openamt, and its FailureReason says so."""
    try:
        yield
    except (FileNotFoundError, PermissionError) as error:
        raise StorageError(f"{uri}: {error}") from error


def _s3_filesystem(settings: Settings) -> AbstractFileSystem:
    import fsspec

    try:
        # No listings cache: a worker lives for many jobs, and a listing it kept would hide
        # objects uploaded after it (a new channel's file read as "No data found").
        return fsspec.filesystem(
            "s3",
            client_kwargs={"endpoint_url": settings.s3_endpoint_url},
            use_listings_cache=False,
        )
    except ImportError as exc:
        raise StorageError(
            "s3_endpoint_url is set but s3fs is not installed; `pip install s3fs` to reach "
            "a real S3 endpoint, or unset OPENAMT_S3_ENDPOINT_URL to use the local store."
        ) from exc
