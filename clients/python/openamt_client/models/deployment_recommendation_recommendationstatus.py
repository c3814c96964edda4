from enum import StrEnum

class DeploymentRecommendationRecommendationstatus(StrEnum):
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    IN_PROGRESS = "IN_PROGRESS"
    NOT_APPLICABLE = "NOT_APPLICABLE"

    def __str__(self) -> str:
        return str(self.value)
