"""The object store's errors, in S3's vocabulary (the S3 door gives each its status)."""

from __future__ import annotations

from app.errors import DomainError


class ObjectError(DomainError):
    """`code` is S3's error code (NoSuchKey, InvalidBucketName, ...); `fields` are the extra
    elements S3 puts in its error document (BucketName, Key, UploadId, ...)."""

    def __init__(self, code: str, message: str, **fields: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.fields = fields


def no_such_bucket(bucket: str) -> ObjectError:
    return ObjectError("NoSuchBucket", "The specified bucket does not exist", BucketName=bucket)


def no_such_key(key: str) -> ObjectError:
    return ObjectError("NoSuchKey", "The specified key does not exist.", Key=key)


def no_such_upload(upload_id: str) -> ObjectError:
    return ObjectError(
        "NoSuchUpload",
        "The specified upload does not exist. The upload ID may be invalid, or the upload may "
        "have been aborted or completed.",
        UploadId=upload_id,
    )
