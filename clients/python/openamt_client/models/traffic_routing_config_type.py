from enum import StrEnum

class TrafficRoutingConfigType(StrEnum):
    ALL_AT_ONCE = "ALL_AT_ONCE"
    CANARY = "CANARY"
    LINEAR = "LINEAR"

    def __str__(self) -> str:
        return str(self.value)
