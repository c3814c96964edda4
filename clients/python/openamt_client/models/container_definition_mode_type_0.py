from enum import StrEnum

class ContainerDefinitionModeType0(StrEnum):
    MULTIMODEL = "MultiModel"
    SINGLEMODEL = "SingleModel"

    def __str__(self) -> str:
        return str(self.value)
