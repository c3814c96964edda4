from enum import StrEnum

class ClarifyTextConfigGranularity(StrEnum):
    PARAGRAPH = "paragraph"
    SENTENCE = "sentence"
    TOKEN = "token"

    def __str__(self) -> str:
        return str(self.value)
