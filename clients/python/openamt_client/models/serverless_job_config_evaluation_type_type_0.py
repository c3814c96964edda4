from enum import StrEnum

class ServerlessJobConfigEvaluationTypeType0(StrEnum):
    BENCHMARKEVALUATION = "BenchmarkEvaluation"
    CUSTOMSCOREREVALUATION = "CustomScorerEvaluation"
    LLMAJEVALUATION = "LLMAJEvaluation"

    def __str__(self) -> str:
        return str(self.value)
