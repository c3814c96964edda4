from enum import StrEnum

class CaptureOptionCapturemode(StrEnum):
    INPUT = "Input"
    INPUTANDOUTPUT = "InputAndOutput"
    OUTPUT = "Output"

    def __str__(self) -> str:
        return str(self.value)
