from enum import StrEnum

class ChannelRecordWrapperTypeType0(StrEnum):
    NONE = "None"
    RECORDIO = "RecordIO"

    def __str__(self) -> str:
        return str(self.value)
