from enum import StrEnum

class TrainingImageConfigTrainingrepositoryaccessmode(StrEnum):
    PLATFORM = "Platform"
    VPC = "Vpc"

    def __str__(self) -> str:
        return str(self.value)
