from enum import StrEnum

class VariantPropertyVariantpropertytype(StrEnum):
    DATACAPTURECONFIG = "DataCaptureConfig"
    DESIREDINSTANCECOUNT = "DesiredInstanceCount"
    DESIREDWEIGHT = "DesiredWeight"

    def __str__(self) -> str:
        return str(self.value)
