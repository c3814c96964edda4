from enum import StrEnum

class ListModelsSortByType0(StrEnum):
    CREATIONTIME = "CreationTime"
    NAME = "Name"

    def __str__(self) -> str:
        return str(self.value)
