from enum import StrEnum

class OutputDataConfigCompressionTypeType0(StrEnum):
    GZIP = "GZIP"
    NONE = "NONE"

    def __str__(self) -> str:
        return str(self.value)
