"""A claimed job's lease kept alive while no heartbeat renews it: while its channels are laid
out (a large download may outlast the lease), and once its training has ended, until its end
is recorded.

Decision: after the training process ends, the watch's heartbeat has stopped, yet the runner
still stores the last metric points, uploads the model and records the end, each retried
with backoff (seconds in all) through a dropped database connection. The reaper would take
a job whose lease ran out meanwhile as lost, though its runner is alive and about to record
how it ended. So from then on a thread renews the lease at once and every heartbeat. It
starts only once no training process runs: nothing forks the worker while it lives (a fork
of a process with threads may inherit a lock one of them held).
"""

from __future__ import annotations

import threading
from types import TracebackType

from app import runs
from app.config import Settings
from app.db.session import Database
from app.runs import Claim


class LeaseKeeper:
    """`with LeaseKeeper(...) as keeper:` ... `keeper.start()`: renewals from the start until
    the block ends."""

    def __init__(
        self, db: Database, settings: Settings, claim: Claim, owner: str, *, at_once: bool = True
    ) -> None:
        self._renew = lambda: runs.renew_lease(db, settings, claim, owner)
        self._at_once = at_once  # else the first renewal waits a heartbeat: fresh leases
        self._period = settings.heartbeat_seconds
        self._done = threading.Event()
        self._thread = threading.Thread(
            target=self._run, name=f"lease of {claim.name}", daemon=True
        )

    def start(self) -> None:
        """Renew now and every heartbeat; a second call changes nothing."""
        if self._thread.ident is None and not self._done.is_set():
            self._thread.start()

    def _run(self) -> None:
        if self._at_once:
            self._renew()
        while not self._done.wait(self._period):
            self._renew()

    def __enter__(self) -> LeaseKeeper:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._done.set()
        if self._thread.is_alive():
            self._thread.join()
