from enum import StrEnum

class TrainingAlgorithmSpecificationTraininginputmode(StrEnum):
    FASTFILE = "FastFile"
    FILE = "File"
    PIPE = "Pipe"

    def __str__(self) -> str:
        return str(self.value)
