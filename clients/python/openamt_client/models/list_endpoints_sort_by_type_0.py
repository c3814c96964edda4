from enum import StrEnum

class ListEndpointsSortByType0(StrEnum):
    CREATIONTIME = "CreationTime"
    NAME = "Name"
    STATUS = "Status"

    def __str__(self) -> str:
        return str(self.value)
