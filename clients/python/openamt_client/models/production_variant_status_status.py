from enum import StrEnum

class ProductionVariantStatusStatus(StrEnum):
    ACTIVATINGTRAFFIC = "ActivatingTraffic"
    BAKING = "Baking"
    CREATING = "Creating"
    DELETING = "Deleting"
    UPDATING = "Updating"

    def __str__(self) -> str:
        return str(self.value)
