from enum import StrEnum

class DataCaptureConfigSummaryCapturestatus(StrEnum):
    STARTED = "Started"
    STOPPED = "Stopped"

    def __str__(self) -> str:
        return str(self.value)
