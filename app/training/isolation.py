"""EnableNetworkIsolation, judged at create.

A script-mode job that asks for it runs in a network namespace of its own with loopback only
(workers/sandbox.py), which needs the sandbox. Decision: in embedded mode the server's workers
are its own processes and share its settings, so a server whose sandbox is off
(OPENAMT_SANDBOX=off) refuses such a job at create with a ValidationException, leaving nothing
behind. In distributed mode the API cannot know the
workers' sandbox: a worker without one fails the job at its start (ClientError naming
EnableNetworkIsolation). The built-in XGBoost is openamt's own code, which makes no network
call: its jobs are accepted as they are.
"""

from __future__ import annotations

from app.config import Settings
from app.errors import ValidationError


def check_network_isolation(
    enabled: bool | None, *, needs_sandbox: bool, settings: Settings, field: str = ""
) -> None:
    """`needs_sandbox`: the job is script mode (the built-in XGBoost makes no network call; a
    container is cut off by its engine). `field`: where the definition sits in the request
    ("" at the top)."""
    if not enabled or not needs_sandbox or settings.broker_url or settings.sandbox != "off":
        return
    at = f"{field}." if field else ""
    raise ValidationError(
        f"{at}EnableNetworkIsolation: script-mode jobs on this server run without a sandbox "
        "(OPENAMT_SANDBOX=off), so none can be cut off from the network; run it with the "
        "sandbox, or leave EnableNetworkIsolation false"
    )
