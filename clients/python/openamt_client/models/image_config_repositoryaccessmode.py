from enum import StrEnum

class ImageConfigRepositoryaccessmode(StrEnum):
    PLATFORM = "Platform"
    VPC = "Vpc"

    def __str__(self) -> str:
        return str(self.value)
