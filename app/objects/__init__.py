"""The object store behind `s3://`: buckets are directories, objects are files at their key.

No HTTP here: `app/api/aws/s3/` speaks S3's REST-XML over this package, and training jobs read
the same files as channels (`app/storage.py` maps `s3://bucket/key` to `local_s3_dir/bucket/key`).

Layout of `local_s3_dir`:

    <bucket>/<key>                  the object's bytes, a plain file (what channels link to)
    .openamt/meta/<bucket>/..       per-object metadata, one JSON file per key (`metadata.py`)
    .openamt/buckets/<bucket>.json  a bucket's creation time
    .openamt/uploads/<upload id>/   multipart uploads in progress (`multipart.py`)
    .openamt/tmp/                   files being written; renamed into place when whole

Decision: metadata lives in a hidden tree beside the buckets, not beside each object: a channel
links a bucket's directory into a training job, which must see only the data files; a bucket
name can never start with "." (S3's rules), so `.openamt` is never a bucket. The tree sits on
the same file system as the buckets, so a finished upload is one rename.
"""

from __future__ import annotations

from app.objects.errors import ObjectError
from app.objects.store import ObjectInfo, ObjectStore, Staged

__all__ = ["ObjectError", "ObjectInfo", "ObjectStore", "Staged"]
