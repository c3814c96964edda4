from enum import StrEnum

class ConvergenceDetectedCompleteOnConvergenceType0(StrEnum):
    DISABLED = "Disabled"
    ENABLED = "Enabled"

    def __str__(self) -> str:
        return str(self.value)
