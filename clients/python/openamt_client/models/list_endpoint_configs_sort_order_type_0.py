from enum import StrEnum

class ListEndpointConfigsSortOrderType0(StrEnum):
    ASCENDING = "Ascending"
    DESCENDING = "Descending"

    def __str__(self) -> str:
        return str(self.value)
