from enum import StrEnum

class ProductionVariantManagedInstanceScalingStatusType0(StrEnum):
    DISABLED = "DISABLED"
    ENABLED = "ENABLED"

    def __str__(self) -> str:
        return str(self.value)
