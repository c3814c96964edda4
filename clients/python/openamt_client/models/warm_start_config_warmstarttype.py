from enum import StrEnum

class WarmStartConfigWarmstarttype(StrEnum):
    IDENTICALDATAANDALGORITHM = "IdenticalDataAndAlgorithm"
    TRANSFERLEARNING = "TransferLearning"

    def __str__(self) -> str:
        return str(self.value)
