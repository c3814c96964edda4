from enum import StrEnum

class FinalObjectiveMetricTypeType0(StrEnum):
    MAXIMIZE = "Maximize"
    MINIMIZE = "Minimize"

    def __str__(self) -> str:
        return str(self.value)
