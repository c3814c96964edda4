from enum import StrEnum

class TrainingJobAnalyticsTrainingjobstatus(StrEnum):
    COMPLETED = "Completed"
    DELETING = "Deleting"
    FAILED = "Failed"
    INPROGRESS = "InProgress"
    STOPPED = "Stopped"
    STOPPING = "Stopping"

    def __str__(self) -> str:
        return str(self.value)
