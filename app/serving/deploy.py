"""Deploying an endpoint (Creating -> InService or Failed) and invoking it: the API process
holds the model servers (app.state.model_host), so both happen there, after the commit; the
doors only call these (app/api/operations.py, app/api/hosting.py) and the lifespan resumes
and sweeps (app/main.py).

An endpoint is deployed in a thread of the process that created it; one left `Creating` by a
restart is deployed again at the next start (`resume`), and so is an update (UpdateEndpoint)
left `Updating`. Its model servers are started lazily:
after a restart, on the first invocation. Every reaper period, `sweep` stops the servers of
endpoints deleted through another API process.
"""

from __future__ import annotations

import asyncio
import logging
import random
import threading
from collections.abc import Callable

from app.config import Settings
from app.db.session import Database
from app.serving import service, updates
from app.serving.host import (
    DeployError,
    Invocation,
    ModelHost,
    ModelNotReady,
    RuntimeValidationError,
    Variant,
)
from app.serving.states import SERVING, EndpointStatus

log = logging.getLogger(__name__)


def start(db: Database, host: ModelHost, settings: Settings, name: str) -> threading.Thread:
    """Deploy endpoint `name` in a thread (CreateEndpoint answers at once, `Creating`)."""
    return _in_thread(deploy, "deploy", db, host, settings, name)


def _in_thread(
    work: Callable[[Database, ModelHost, Settings, str], None],
    kind: str,
    db: Database,
    host: ModelHost,
    settings: Settings,
    name: str,
) -> threading.Thread:
    """Run `work` for endpoint `name` in a daemon thread named after both (a stuck deploy is
    found by its name in a thread dump); a restart resumes what it left (`resume`)."""
    thread = threading.Thread(
        target=work, args=(db, host, settings, name), name=f"{kind}-{name}", daemon=True
    )
    thread.start()
    return thread


def deploy(db: Database, host: ModelHost, settings: Settings, name: str) -> None:
    with db.read() as session:
        endpoint = service.get_endpoint(session, name, settings)
        key, variants = service.host_key(endpoint), service.variants_of(endpoint)
    failure = None
    try:
        host.prepare(key, variants)
    except DeployError as error:
        failure = str(error)
    except Exception as error:  # openamt's own fault: the endpoint fails with it, said plainly
        log.exception("endpoint %s: deploy failed", name)
        failure = f"InternalFailure: {error}"
    with db.write() as session:
        service.mark_deployed(session, name, failure)


def start_update(db: Database, host: ModelHost, settings: Settings, name: str) -> threading.Thread:
    """Deploy an endpoint's new configuration in a thread (UpdateEndpoint answers at once)."""
    return _in_thread(update, "update", db, host, settings, name)


def update(db: Database, host: ModelHost, settings: Settings, name: str) -> None:
    """Updating -> InService: prepare the new configuration's models beside the serving ones,
    switch, then stop the old model servers (a failed update keeps serving the old ones)."""
    with db.read() as session:
        pending = updates.pending_update(session, name)
    if pending is None:
        return
    old_key, new_key, variants = pending
    failure = None
    try:
        host.prepare(new_key, variants)
    except DeployError as error:
        failure = str(error)
    except Exception as error:  # openamt's own fault: the update is rolled back with it
        log.exception("endpoint %s: update failed", name)
        failure = f"InternalFailure: {error}"
    with db.write() as session:
        updates.finish_update(session, name, failure)
    host.forget(new_key if failure else old_key)


def sweep(db: Database, host: ModelHost) -> None:
    """Stop the model servers of endpoints that no longer exist: in distributed mode another
    API process may have taken the DeleteEndpoint."""
    held = host.endpoints()
    if not held:
        return
    with db.read() as session:
        gone = held - service.host_keys(session)
    for key in gone:
        log.info("endpoint %s was deleted elsewhere: its model servers stop", key)
        host.forget(key)


async def sweep_every(seconds: float, db: Database, host: ModelHost) -> None:
    while True:
        await asyncio.sleep(seconds)
        try:
            await asyncio.to_thread(sweep, db, host)
        except Exception:  # the next sweep tries again; the API goes on either way
            log.exception("sweeping the model servers failed")


def resume(db: Database, host: ModelHost, settings: Settings) -> None:
    with db.read() as session:
        names = service.creating_endpoints(session)
        updating = updates.updating_endpoints(session)
    for name in names:
        start(db, host, settings, name)
    for name in updating:
        start_update(db, host, settings, name)


def invoke(
    db: Database,
    host: ModelHost,
    settings: Settings,
    name: str,
    body: bytes,
    *,
    content_type: str | None,
    accept: str | None,
    target_variant: str | None,
) -> Invocation:
    with db.read() as session:
        endpoint = service.find_endpoint(session, name)
        if endpoint is None:
            raise RuntimeValidationError(
                f"Endpoint {name} of account {settings.account_id} not found."
            )
        status, key, variants = (
            endpoint.status,
            service.host_key(endpoint),
            service.variants_of(endpoint),
        )
    if status == EndpointStatus.CREATING:
        raise ModelNotReady(f"Endpoint {name} is still being created; retry when InService.")
    if status not in SERVING:  # an update serves the current models
        raise RuntimeValidationError(f"Endpoint {name} is not in service (status {status}).")
    variant = _pick(variants, target_variant, name)
    return host.invoke(key, variant, body, content_type=content_type, accept=accept)


def _pick(variants: list[Variant], target: str | None, endpoint: str) -> Variant:
    if target is not None:
        for variant in variants:
            if variant.name == target:
                return variant
        raise RuntimeValidationError(
            f"TargetVariant {target} does not exist on endpoint {endpoint}."
        )
    weights = [max(0.0, v.weight) for v in variants]
    if not any(weights):
        raise RuntimeValidationError(f"Endpoint {endpoint} has no variant with a weight above 0.")
    return random.choices(variants, weights=weights)[0]
