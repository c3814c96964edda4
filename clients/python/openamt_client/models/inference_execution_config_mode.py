from enum import StrEnum

class InferenceExecutionConfigMode(StrEnum):
    DIRECT = "Direct"
    SERIAL = "Serial"

    def __str__(self) -> str:
        return str(self.value)
