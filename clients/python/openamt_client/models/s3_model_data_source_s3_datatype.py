from enum import StrEnum

class S3ModelDataSourceS3Datatype(StrEnum):
    S3OBJECT = "S3Object"
    S3PREFIX = "S3Prefix"

    def __str__(self) -> str:
        return str(self.value)
