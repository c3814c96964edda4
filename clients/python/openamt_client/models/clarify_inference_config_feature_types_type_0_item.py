from enum import StrEnum

class ClarifyInferenceConfigFeatureTypesType0Item(StrEnum):
    CATEGORICAL = "categorical"
    NUMERICAL = "numerical"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
