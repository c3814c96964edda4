from enum import StrEnum

class AlgorithmSpecificationTraininginputmode(StrEnum):
    FASTFILE = "FastFile"
    FILE = "File"
    PIPE = "Pipe"

    def __str__(self) -> str:
        return str(self.value)
