from enum import StrEnum

class TuningJobConfigTrainingJobEarlyStoppingTypeType0(StrEnum):
    AUTO = "Auto"
    OFF = "Off"

    def __str__(self) -> str:
        return str(self.value)
