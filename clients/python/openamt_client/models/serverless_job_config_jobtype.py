from enum import StrEnum

class ServerlessJobConfigJobtype(StrEnum):
    EVALUATION = "Evaluation"
    FINETUNING = "FineTuning"

    def __str__(self) -> str:
        return str(self.value)
