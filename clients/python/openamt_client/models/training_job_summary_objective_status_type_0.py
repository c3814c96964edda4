from enum import StrEnum

class TrainingJobSummaryObjectiveStatusType0(StrEnum):
    FAILED = "Failed"
    PENDING = "Pending"
    SUCCEEDED = "Succeeded"

    def __str__(self) -> str:
        return str(self.value)
