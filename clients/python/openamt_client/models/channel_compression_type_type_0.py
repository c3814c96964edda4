from enum import StrEnum

class ChannelCompressionTypeType0(StrEnum):
    GZIP = "Gzip"
    NONE = "None"

    def __str__(self) -> str:
        return str(self.value)
