from enum import StrEnum

class TuningJobAnalyticsResponseObjectivetype(StrEnum):
    MAXIMIZE = "Maximize"
    MINIMIZE = "Minimize"

    def __str__(self) -> str:
        return str(self.value)
