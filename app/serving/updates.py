"""UpdateEndpoint: an endpoint switched to another configuration. Each configuration an
endpoint serves is a generation; its model servers' key names it (service.host_key), so the
new models load beside the serving ones, and the old servers stop once the switch is made
(app/serving/deploy.py). An update left `Updating` by a restart is deployed again at the next start.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import arns
from app.clock import now
from app.config import Settings
from app.db.models import Endpoint
from app.errors import ValidationError
from app.serving.host import Variant
from app.serving.schemas import UpdateEndpointRequest
from app.serving.service import find_endpoint, get_config, host_key, snapshot_variants
from app.serving.states import EndpointStatus


def updating_endpoints(session: Session) -> list[str]:
    return list(
        session.scalars(select(Endpoint.name).where(Endpoint.status == EndpointStatus.UPDATING))
    )


def update_endpoint(session: Session, body: UpdateEndpointRequest, settings: Settings) -> str:
    """InService -> Updating with the new configuration's snapshot pending; the
    API process deploys it (app/serving/deploy.py) and the endpoint serves its current models
    until the new ones are ready.

    Decision: RetainAllVariantProperties keeps each same-named variant's instance count and
    weight (DesiredInstanceCount, DesiredWeight; ExcludeRetainedVariantProperties names those
    not to keep); openamt has no data capture to keep."""
    endpoint = session.scalar(
        select(Endpoint).where(func.lower(Endpoint.name) == body.endpoint_name.lower())
        .with_for_update()
    )  # fmt: skip
    if endpoint is None:
        arn = arns.endpoint_arn(settings, body.endpoint_name)
        raise ValidationError(f'Could not find endpoint "{arn}".')
    if (
        endpoint.status != EndpointStatus.IN_SERVICE
    ):  # Decision: a Failed endpoint is deleted, not updated
        raise ValidationError(
            f'Cannot update in-progress endpoint "{endpoint.arn}" (status {endpoint.status}).'
        )
    if body.deployment_config is not None:
        raise ValidationError("DeploymentConfig: deployment policies are not supported by openamt")
    config = get_config(session, body.endpoint_config_name, settings)
    variants = snapshot_variants(session, config, settings)
    if body.retain_all_variant_properties:
        excluded = {p.variant_property_type for p in body.exclude_retained_variant_properties or []}
        current = {v["VariantName"]: v for v in endpoint.variants}
        for variant in variants:
            kept = current.get(variant["VariantName"])
            if kept is None:
                continue
            if "DesiredInstanceCount" not in excluded:
                variant["Instances"] = kept.get("Instances", 1)
            if "DesiredWeight" not in excluded:
                variant["Weight"] = kept["Weight"]
    stamp = now()
    endpoint.status = EndpointStatus.UPDATING
    endpoint.pending_config_name = config.name
    endpoint.pending_variants = variants
    endpoint.update_start_time = stamp
    endpoint.last_modified_time = stamp
    return endpoint.arn


def pending_update(session: Session, name: str) -> tuple[str, str, list[Variant]] | None:
    """(current key, key of the update, its variants) of an endpoint being updated."""
    endpoint = find_endpoint(session, name)
    if (
        endpoint is None
        or endpoint.status != EndpointStatus.UPDATING
        or endpoint.pending_variants is None
    ):
        return None
    variants = [Variant.from_json(v) for v in endpoint.pending_variants]
    return host_key(endpoint), host_key(endpoint, pending=True), variants


def finish_update(session: Session, name: str, failure: str | None) -> None:
    """The end of Updating: the new configuration serves (its generation becomes current), or
    the update is rolled back and the endpoint serves what it served, with the reason."""
    endpoint = session.scalar(select(Endpoint).where(Endpoint.name == name).with_for_update())
    if (
        endpoint is None
        or endpoint.status != EndpointStatus.UPDATING
        or endpoint.pending_variants is None
    ):
        return
    if failure is None:
        endpoint.variants = endpoint.pending_variants
        endpoint.config_name = endpoint.pending_config_name or endpoint.config_name
        endpoint.generation += 1
        endpoint.failure_reason = None
        endpoint.status = EndpointStatus.IN_SERVICE
    else:
        endpoint.failure_reason = f"Update rolled back: {failure}"[:1024]
        endpoint.status = EndpointStatus.IN_SERVICE
    endpoint.pending_config_name = None
    endpoint.pending_variants = None
    endpoint.last_modified_time = now()
