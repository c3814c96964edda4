from enum import StrEnum

class CapacitySizeType(StrEnum):
    CAPACITY_PERCENT = "CAPACITY_PERCENT"
    INSTANCE_COUNT = "INSTANCE_COUNT"

    def __str__(self) -> str:
        return str(self.value)
