from enum import StrEnum

class ListModelsSortOrderType0(StrEnum):
    ASCENDING = "Ascending"
    DESCENDING = "Descending"

    def __str__(self) -> str:
        return str(self.value)
