from enum import StrEnum

class ListTrainingJobsForHyperParameterTuningJobSortByType0(StrEnum):
    CREATIONTIME = "CreationTime"
    FINALOBJECTIVEMETRICVALUE = "FinalObjectiveMetricValue"
    NAME = "Name"
    STATUS = "Status"

    def __str__(self) -> str:
        return str(self.value)
