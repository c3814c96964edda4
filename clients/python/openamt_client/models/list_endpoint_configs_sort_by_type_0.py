from enum import StrEnum

class ListEndpointConfigsSortByType0(StrEnum):
    CREATIONTIME = "CreationTime"
    NAME = "Name"

    def __str__(self) -> str:
        return str(self.value)
