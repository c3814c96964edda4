from enum import StrEnum

class ProductionVariantManagedInstanceScalingScaleInPolicyStrategy(StrEnum):
    CONSOLIDATION = "CONSOLIDATION"
    IDLE_RELEASE = "IDLE_RELEASE"

    def __str__(self) -> str:
        return str(self.value)
