from enum import StrEnum

class S3ModelDataSourceCompressiontype(StrEnum):
    GZIP = "Gzip"
    NONE = "None"

    def __str__(self) -> str:
        return str(self.value)
