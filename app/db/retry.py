"""Units of work that survive a dropped database connection.

A unit of work runs in one transaction; when the connection dies under it, the transaction
rolled back whole, so running the unit again is safe. Only connection-level failures are
retried; a constraint violation or a bug is not.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

log = logging.getLogger(__name__)
T = TypeVar("T")

ATTEMPTS = 8
FIRST_DELAY = 0.05


def is_transient(error: BaseException) -> bool:
    if isinstance(error, OperationalError | InterfaceError):
        return True
    return isinstance(error, DBAPIError) and bool(error.connection_invalidated)


def retrying(unit: Callable[[], T], *, what: str) -> T:
    delay = FIRST_DELAY
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return unit()
        except DBAPIError as error:
            if not is_transient(error) or attempt == ATTEMPTS:
                raise
            log.warning("%s: database connection lost (%s); retrying", what, error.orig)
            time.sleep(delay)
            delay = min(delay * 2, 2.0)
    raise AssertionError("unreachable")
