from enum import StrEnum

class S3DataSourceS3DataDistributionTypeType0(StrEnum):
    FULLYREPLICATED = "FullyReplicated"
    SHARDEDBYS3KEY = "ShardedByS3Key"

    def __str__(self) -> str:
        return str(self.value)
