from enum import StrEnum

class MultiModelConfigModelCacheSettingType0(StrEnum):
    DISABLED = "Disabled"
    ENABLED = "Enabled"

    def __str__(self) -> str:
        return str(self.value)
