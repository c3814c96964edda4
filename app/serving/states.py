"""The words of an endpoint's life, as SageMaker spells them on the wire (StrEnums: each member
is its wire string). openamt's endpoints pass through these; SageMaker's other statuses
(OutOfService, SystemUpdating, RollingBack, UpdateRollbackFailed) never occur here."""

from __future__ import annotations

from enum import StrEnum


class EndpointStatus(StrEnum):
    CREATING = "Creating"
    IN_SERVICE = "InService"
    UPDATING = "Updating"
    DELETING = "Deleting"
    FAILED = "Failed"


# An endpoint that answers invocations: an update serves the current models until it is done.
SERVING = frozenset({EndpointStatus.IN_SERVICE, EndpointStatus.UPDATING})
