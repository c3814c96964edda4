from enum import StrEnum

class ProductionVariantRoutingConfigRoutingstrategy(StrEnum):
    LEAST_OUTSTANDING_REQUESTS = "LEAST_OUTSTANDING_REQUESTS"
    PREFIX_AWARE = "PREFIX_AWARE"
    RANDOM = "RANDOM"

    def __str__(self) -> str:
        return str(self.value)
