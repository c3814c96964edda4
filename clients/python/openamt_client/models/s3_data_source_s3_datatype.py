from enum import StrEnum

class S3DataSourceS3Datatype(StrEnum):
    AUGMENTEDMANIFESTFILE = "AugmentedManifestFile"
    CONVERSE = "Converse"
    MANIFESTFILE = "ManifestFile"
    S3PREFIX = "S3Prefix"

    def __str__(self) -> str:
        return str(self.value)
