from enum import StrEnum

class AsyncInferenceNotificationConfigIncludeInferenceResponseInType0Item(StrEnum):
    ERROR_NOTIFICATION_TOPIC = "ERROR_NOTIFICATION_TOPIC"
    SUCCESS_NOTIFICATION_TOPIC = "SUCCESS_NOTIFICATION_TOPIC"

    def __str__(self) -> str:
        return str(self.value)
