from enum import StrEnum

class TuningJobSummaryStrategy(StrEnum):
    BAYESIAN = "Bayesian"
    GRID = "Grid"
    HYPERBAND = "Hyperband"
    RANDOM = "Random"

    def __str__(self) -> str:
        return str(self.value)
