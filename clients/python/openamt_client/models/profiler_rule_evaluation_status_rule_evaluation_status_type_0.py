from enum import StrEnum

class ProfilerRuleEvaluationStatusRuleEvaluationStatusType0(StrEnum):
    ERROR = "Error"
    INPROGRESS = "InProgress"
    ISSUESFOUND = "IssuesFound"
    NOISSUESFOUND = "NoIssuesFound"
    STOPPED = "Stopped"
    STOPPING = "Stopping"

    def __str__(self) -> str:
        return str(self.value)
