from enum import StrEnum

class ServerlessJobConfigCustomizationTechniqueType0(StrEnum):
    DPO = "DPO"
    RLAIF = "RLAIF"
    RLVR = "RLVR"
    SFT = "SFT"

    def __str__(self) -> str:
        return str(self.value)
