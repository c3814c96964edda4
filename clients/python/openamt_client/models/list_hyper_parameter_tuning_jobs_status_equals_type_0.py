from enum import StrEnum

class ListHyperParameterTuningJobsStatusEqualsType0(StrEnum):
    COMPLETED = "Completed"
    DELETEFAILED = "DeleteFailed"
    DELETING = "Deleting"
    FAILED = "Failed"
    INPROGRESS = "InProgress"
    STOPPED = "Stopped"
    STOPPING = "Stopping"

    def __str__(self) -> str:
        return str(self.value)
