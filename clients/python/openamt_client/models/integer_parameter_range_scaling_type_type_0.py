from enum import StrEnum

class IntegerParameterRangeScalingTypeType0(StrEnum):
    AUTO = "Auto"
    LINEAR = "Linear"
    LOGARITHMIC = "Logarithmic"
    REVERSELOGARITHMIC = "ReverseLogarithmic"

    def __str__(self) -> str:
        return str(self.value)
