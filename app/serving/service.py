"""Use cases of hosting: models, endpoint configurations, endpoints (SageMaker's CreateModel,
CreateEndpointConfig, CreateEndpoint and their Describe/Delete/List).

SageMaker answers ValidationException, not ResourceNotFound, for a model, configuration or
endpoint it cannot find ('Could not find model "<arn>".') and for a name already taken
('Cannot create already existing ...'): their operations declare no other error. An endpoint
is created `Creating`; the API process that created it deploys it (fetches and checks the
models, app/serving/deploy.py) and it becomes `InService`, or `Failed` with a FailureReason.
"""

from __future__ import annotations

import json
from functools import partial
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import arns, storage
from app.clock import now
from app.config import Settings
from app.db.models import Endpoint, EndpointConfig, Model
from app.errors import ValidationError
from app.pagination import listed
from app.serving.host import Variant
from app.serving.schemas import (
    ContainerDefinition,
    CreateEndpointConfigRequest,
    CreateEndpointRequest,
    CreateModelRequest,
    DescribeEndpointConfigResponse,
    DescribeEndpointResponse,
    DescribeModelResponse,
    ListEndpointsResponse,
)
from app.serving.states import SERVING, EndpointStatus
from app.training import images
from app.training.algorithms import Backend, backend, is_builtin_xgboost_image

PROGRAM = "SAGEMAKER_PROGRAM"
SUBMIT_DIRECTORY = "SAGEMAKER_SUBMIT_DIRECTORY"


# --- models ----------------------------------------------------------------------------------


def create_model(session: Session, body: CreateModelRequest, settings: Settings) -> str:
    arn = arns.model_arn(settings, body.model_name)
    if find(session, Model, body.model_name) is not None:
        raise ValidationError(f'Cannot create already existing model "{arn}".')
    container, where = _one_container(body)
    _check_container(container, where, settings)
    session.add(
        Model(
            name=body.model_name,
            arn=arn,
            request=body.model_dump(by_alias=True, exclude_none=True, mode="json"),
            creation_time=now(),
        )
    )
    session.flush()
    return arn


def describe_model(session: Session, name: str, settings: Settings) -> DescribeModelResponse:
    model = _get_model(session, name, settings)
    return DescribeModelResponse.model_validate(_as_created(model, arn_member="ModelArn"))


def delete_model(session: Session, name: str, settings: Settings) -> None:
    session.delete(_get_model(session, name, settings))


def _get_model(session: Session, name: str, settings: Settings) -> Model:
    model = find(session, Model, name)
    if model is None:
        raise ValidationError(f'Could not find model "{arns.model_arn(settings, name)}".')
    return model


def _as_created(row: Model | EndpointConfig, *, arn_member: str) -> dict[str, Any]:
    """What a Describe of a model or configuration answers: the request that created it, but
    its Tags (ListTags answers those), with its ARN and creation time."""
    request = {key: value for key, value in row.request.items() if key != "Tags"}
    return {**request, arn_member: row.arn, "CreationTime": row.creation_time}


def _one_container(body: CreateModelRequest) -> tuple[ContainerDefinition, str]:
    if body.primary_container is not None and body.containers:
        raise ValidationError("PrimaryContainer: give PrimaryContainer or Containers, not both")
    if body.primary_container is not None:
        return body.primary_container, "PrimaryContainer"
    if not body.containers:
        raise ValidationError("PrimaryContainer: a model needs PrimaryContainer or Containers")
    if len(body.containers) > 1:
        raise ValidationError(
            "Containers: inference pipelines (several containers) are not supported by openamt"
        )
    return body.containers[0], "Containers[0]"


def _check_container(container: ContainerDefinition, where: str, settings: Settings) -> None:
    if container.model_package_name:
        raise ValidationError(f"{where}.ModelPackageName: model packages are not supported")
    if not container.image:
        raise ValidationError(f"{where}.Image is required")
    if container.mode == "MultiModel":
        raise ValidationError(f"{where}.Mode: MultiModel endpoints are not supported")
    url = model_data_url(container)
    environment = container.environment or {}
    builtin = is_builtin_xgboost_image(container.image) and PROGRAM not in environment
    if url is None and builtin:
        raise ValidationError(f"{where}.ModelDataUrl is required for the built-in XGBoost")
    if url is not None:
        _check_location(url, f"{where}.ModelDataUrl", settings, must_exist=True)
    if not builtin and environment.get(SUBMIT_DIRECTORY):
        location = _decode(environment[SUBMIT_DIRECTORY])
        _check_location(location, f"{where}.Environment.{SUBMIT_DIRECTORY}", settings)


def model_data_url(container: ContainerDefinition) -> str | None:
    if container.model_data_url:
        return container.model_data_url
    source = container.model_data_source.s3_data_source if container.model_data_source else None
    if source is None:
        return None
    if source.s3_data_type != "S3Object" or source.compression_type != "Gzip":
        raise ValidationError(
            "ModelDataSource.S3DataSource: only S3DataType S3Object with CompressionType Gzip "
            "(a model.tar.gz) is supported"
        )
    return source.s3_uri


def _check_location(uri: str, field: str, settings: Settings, *, must_exist: bool = False) -> None:
    if not (uri.startswith("s3://") or storage.is_local(uri)):
        raise ValidationError(f"{field}: {uri} is not an s3:// or file:// location")
    try:
        local = storage.local_path_for(uri, settings)
    except storage.StorageError as error:
        raise ValidationError(f"{field}: {error}") from None
    if must_exist and local is not None and not local.exists():
        raise ValidationError(f"Could not find model data at {uri}.")


def _decode(value: str) -> str:
    try:
        decoded = json.loads(value)
    except ValueError:
        return value
    return decoded if isinstance(decoded, str) else value


# --- endpoint configurations -----------------------------------------------------------------


def create_endpoint_config(
    session: Session, body: CreateEndpointConfigRequest, settings: Settings
) -> str:
    arn = arns.endpoint_config_arn(settings, body.endpoint_config_name)
    if find(session, EndpointConfig, body.endpoint_config_name) is not None:
        raise ValidationError(f'Cannot create already existing endpoint configuration "{arn}".')
    if body.shadow_production_variants or body.async_inference_config or body.explainer_config:
        raise ValidationError(
            "ShadowProductionVariants, AsyncInferenceConfig and ExplainerConfig are not "
            "supported by openamt"
        )
    names = [v.variant_name for v in body.production_variants]
    if len(set(names)) != len(names):
        raise ValidationError("ProductionVariants: variant names must be unique")
    for i, variant in enumerate(body.production_variants):
        where = f"ProductionVariants[{i}]"
        if variant.model_name is None:
            raise ValidationError(f"{where}.ModelName is required")
        if find(session, Model, variant.model_name) is None:
            model_arn = arns.model_arn(settings, variant.model_name)
            raise ValidationError(f'Could not find model "{model_arn}".')
        if variant.serverless_config is None and (
            variant.instance_type is None or variant.initial_instance_count is None
        ):
            raise ValidationError(
                f"{where}: InstanceType and InitialInstanceCount are required unless "
                "ServerlessConfig is given"
            )
        if variant.initial_variant_weight is not None and variant.initial_variant_weight < 0:
            raise ValidationError(f"{where}.InitialVariantWeight must be 0 or more")
    session.add(
        EndpointConfig(
            name=body.endpoint_config_name,
            arn=arn,
            request=body.model_dump(by_alias=True, exclude_none=True, mode="json"),
            creation_time=now(),
        )
    )
    session.flush()
    return arn


def describe_endpoint_config(
    session: Session, name: str, settings: Settings
) -> DescribeEndpointConfigResponse:
    config = get_config(session, name, settings)
    return DescribeEndpointConfigResponse.model_validate(
        _as_created(config, arn_member="EndpointConfigArn")
    )


def delete_endpoint_config(session: Session, name: str, settings: Settings) -> None:
    session.delete(get_config(session, name, settings))


def get_config(session: Session, name: str, settings: Settings) -> EndpointConfig:
    config = find(session, EndpointConfig, name)
    if config is None:
        arn = arns.endpoint_config_arn(settings, name)
        raise ValidationError(f'Could not find endpoint configuration "{arn}".')
    return config


# --- endpoints -------------------------------------------------------------------------------


def create_endpoint(session: Session, body: CreateEndpointRequest, settings: Settings) -> str:
    arn = arns.endpoint_arn(settings, body.endpoint_name)
    if find(session, Endpoint, body.endpoint_name) is not None:
        raise ValidationError(f'Cannot create already existing endpoint "{arn}".')
    if body.deployment_config is not None:
        raise ValidationError("DeploymentConfig: deployment policies are not supported by openamt")
    config = get_config(session, body.endpoint_config_name, settings)
    variants = snapshot_variants(session, config, settings)
    stamp = now()
    session.add(
        Endpoint(
            name=body.endpoint_name,
            arn=arn,
            config_name=config.name,
            status=EndpointStatus.CREATING,
            variants=variants,
            tags=[t.model_dump(by_alias=True) for t in body.tags or []],
            creation_time=stamp,
            last_modified_time=stamp,
        )
    )
    session.flush()
    return arn


def snapshot_variants(session: Session, config: EndpointConfig, settings: Settings) -> list[Any]:
    """What the endpoint will serve, copied from the configuration and its models now: as on
    SageMaker, deleting them later does not change a running endpoint."""
    variants = []
    for spec in config.request["ProductionVariants"]:
        model = _get_model(session, spec["ModelName"], settings)
        container = ContainerDefinition.model_validate(
            model.request.get("PrimaryContainer") or model.request["Containers"][0]
        )
        environment = dict(container.environment or {})
        serves = serving_backend(container.image or "", environment, settings)
        variants.append(
            Variant(
                name=spec["VariantName"],
                model_name=model.name,
                weight=float(spec.get("InitialVariantWeight", 1.0)),
                image=container.image or "",
                model_data_url=model_data_url(container),
                environment=environment,
                builtin_xgboost=serves == Backend.BUILTIN_XGBOOST,
                network_isolation=bool(model.request.get("EnableNetworkIsolation")),
                container=serves == Backend.CONTAINER,
                startup_timeout=spec.get("ContainerStartupHealthCheckTimeoutInSeconds"),
            ).to_json()
            | {"Instances": spec.get("InitialInstanceCount", 1)}
        )
    return variants


def serving_backend(image: str, environment: dict[str, str], settings: Settings) -> Backend | None:
    """What serves a model's image, by training's rule (docs/containers.md): the built-in
    XGBoost (its images, unless the Environment names a program); else the image itself as a
    container, when the local engine holds it or OPENAMT_CONTAINER_IMAGES names it; else (a
    script, or None) the user's inference code in a model server, whose presence only the
    unpacked model shows: a model without it fails at deploy, naming the image."""
    runs_as_container = partial(images.runs_as_container, settings=settings)
    return backend(image, None, environment, runs_as_container=runs_as_container)


def describe_endpoint(session: Session, name: str, settings: Settings) -> DescribeEndpointResponse:
    endpoint = get_endpoint(session, name, settings)
    serving = endpoint.status in SERVING
    stamp = endpoint.update_start_time or endpoint.creation_time
    summaries = [_variant_summary(v, stamp, serving=serving) for v in endpoint.variants]
    body: dict[str, Any] = {
        "EndpointName": endpoint.name,
        "EndpointArn": endpoint.arn,
        "EndpointConfigName": endpoint.config_name,
        "ProductionVariants": summaries,
        "EndpointStatus": endpoint.status,
        "FailureReason": endpoint.failure_reason,
        "CreationTime": endpoint.creation_time,
        "LastModifiedTime": endpoint.last_modified_time,
    }
    if endpoint.pending_config_name is not None and endpoint.pending_variants is not None:
        # While Updating: the configuration being deployed (the current one still serves).
        body["PendingDeploymentSummary"] = {
            "EndpointConfigName": endpoint.pending_config_name,
            "ProductionVariants": [
                _variant_summary(v, stamp, serving=False) for v in endpoint.pending_variants
            ],
            "StartTime": endpoint.update_start_time,
        }
    return DescribeEndpointResponse.model_validate(body)


def _variant_summary(variant: dict[str, Any], stamp: Any, *, serving: bool) -> dict[str, Any]:
    return {
        "VariantName": variant["VariantName"],
        "DeployedImages": [
            {
                "SpecifiedImage": variant["Image"],
                "ResolvedImage": variant["Image"],
                "ResolutionTime": stamp,
            }
        ],
        "CurrentWeight": variant["Weight"],
        "DesiredWeight": variant["Weight"],
        "CurrentInstanceCount": variant.get("Instances", 1) if serving else 0,
        "DesiredInstanceCount": variant.get("Instances", 1),
    }


def delete_endpoint(session: Session, name: str, settings: Settings) -> str:
    """Delete the record; the caller stops its model servers (`key`, returned)."""
    endpoint = get_endpoint(session, name, settings)
    key = host_key(endpoint)
    session.delete(endpoint)
    return key


def list_endpoints(session: Session, params: dict[str, Any]) -> ListEndpointsResponse:
    rows, token = listed(
        session,
        Endpoint,
        params,
        default_sort="CreationTime",
        list_of="endpoints",
        default_order="Descending",  # AWS's default for ListEndpoints
    )
    return ListEndpointsResponse.model_validate(
        {
            "Endpoints": [
                {
                    "EndpointName": e.name,
                    "EndpointArn": e.arn,
                    "CreationTime": e.creation_time,
                    "LastModifiedTime": e.last_modified_time,
                    "EndpointStatus": e.status,
                }
                for e in rows
            ],
            "NextToken": token,
        }
    )


def find_endpoint(session: Session, name: str) -> Endpoint | None:
    endpoint: Endpoint | None = find(session, Endpoint, name)
    return endpoint


def get_endpoint(session: Session, name: str, settings: Settings) -> Endpoint:
    endpoint = find(session, Endpoint, name)
    if endpoint is None:
        raise ValidationError(f'Could not find endpoint "{arns.endpoint_arn(settings, name)}".')
    return endpoint


def host_key(endpoint: Endpoint, *, pending: bool = False) -> str:
    """The model servers' key: a re-created endpoint of the same name is another one, and so
    is each configuration an update deploys (`pending`: the one being deployed)."""
    return _host_key(endpoint.name, endpoint.id, endpoint.generation + (1 if pending else 0))


def host_keys(session: Session) -> set[str]:
    """The host keys of every endpoint that exists (a bounded set: the endpoint quota), with
    the configuration an update is deploying."""
    keys = set()
    rows = session.execute(
        select(Endpoint.name, Endpoint.id, Endpoint.generation, Endpoint.pending_config_name)
    )
    for name, id_, generation, pending in rows:
        keys.add(_host_key(name, id_, generation))
        if pending is not None:
            keys.add(_host_key(name, id_, generation + 1))
    return keys


def _host_key(name: str, id_: int, generation: int = 0) -> str:
    return f"{name}-{id_}" if generation == 0 else f"{name}-{id_}-g{generation}"


def variants_of(endpoint: Endpoint) -> list[Variant]:
    return [Variant.from_json(v) for v in endpoint.variants]


def mark_deployed(session: Session, name: str, failure: str | None) -> None:
    """The end of Creating: InService, or Failed with the reason. An endpoint deleted in the
    meantime stays deleted."""
    endpoint = session.scalar(select(Endpoint).where(Endpoint.name == name).with_for_update())
    if endpoint is None or endpoint.status != EndpointStatus.CREATING:
        return
    endpoint.status = EndpointStatus.FAILED if failure else EndpointStatus.IN_SERVICE
    endpoint.failure_reason = failure[:1024] if failure else None
    endpoint.last_modified_time = now()


def creating_endpoints(session: Session) -> list[str]:
    return list(
        session.scalars(select(Endpoint.name).where(Endpoint.status == EndpointStatus.CREATING))
    )


def find(session: Session, model: Any, name: str) -> Any:
    # SageMaker's names are case-insensitive, as the tuning jobs' are.
    return session.scalar(select(model).where(func.lower(model.name) == name.lower()))
