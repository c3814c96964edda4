from enum import StrEnum

class WarmPoolStatusStatus(StrEnum):
    AVAILABLE = "Available"
    INUSE = "InUse"
    REUSED = "Reused"
    TERMINATED = "Terminated"

    def __str__(self) -> str:
        return str(self.value)
