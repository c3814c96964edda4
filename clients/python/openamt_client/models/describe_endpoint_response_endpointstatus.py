from enum import StrEnum

class DescribeEndpointResponseEndpointstatus(StrEnum):
    CREATING = "Creating"
    DELETING = "Deleting"
    FAILED = "Failed"
    INSERVICE = "InService"
    OUTOFSERVICE = "OutOfService"
    ROLLINGBACK = "RollingBack"
    SYSTEMUPDATING = "SystemUpdating"
    UPDATEROLLBACKFAILED = "UpdateRollbackFailed"
    UPDATING = "Updating"

    def __str__(self) -> str:
        return str(self.value)
