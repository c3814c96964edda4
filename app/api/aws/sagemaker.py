"""SageMaker's operations, as AWS's JSON 1.1 protocol names them (`X-Amz-Target:
SageMaker.<Operation>`), for unmodified boto3, the AWS CLI and the SageMaker SDKs.

Same pydantic models, same services as the REST door; the protocol layer (`app/api/aws/`)
parses the body and serializes the answer from botocore's model. Bodies are validated with
the wire models; answers are the models dumped by alias without absent members. Domain
errors become `{"__type", "message"}` with the status AWS's JSON protocol uses (`aws_status`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import ValidationError as PydanticValidationError

from app.api import deploy
from app.api.aws import registry
from app.api.aws.registry import Context
from app.api.errors import describe_validation_errors
from app.errors import ValidationError
from app.schemas_common import AwsModel
from app.serving import lists as serving_lists
from app.serving import service as serving_service
from app.serving import updates as serving_updates
from app.serving.schemas import (
    CreateEndpointConfigRequest,
    CreateEndpointConfigResponse,
    CreateEndpointRequest,
    CreateEndpointResponse,
    CreateModelRequest,
    CreateModelResponse,
    DeleteEndpointConfigRequest,
    DeleteEndpointRequest,
    DeleteModelRequest,
    DescribeEndpointConfigRequest,
    DescribeEndpointRequest,
    DescribeModelRequest,
    ListEndpointConfigsRequest,
    ListEndpointsRequest,
    ListModelsRequest,
    UpdateEndpointRequest,
    UpdateEndpointResponse,
)
from app.tags import service as tags_service
from app.tags.schemas import (
    AddTagsRequest,
    AddTagsResponse,
    DeleteTagsRequest,
    ListTagsRequest,
    ListTagsResponse,
)
from app.training import service as training_service
from app.training import standalone
from app.training.schemas import (
    CreateTrainingJobRequest,
    CreateTrainingJobResponse,
    DeleteTrainingJobRequest,
    DescribeTrainingJobRequest,
    ListTrainingJobsRequest,
    StopTrainingJobRequest,
)
from app.tuning import service as tuning_service
from app.tuning.schemas import (
    CreateTuningJobRequest,
    CreateTuningJobResponse,
    DeleteTuningJobRequest,
    DescribeTuningJobRequest,
    ListTrainingJobsForTuningJobRequest,
    ListTuningJobsRequest,
    StopTuningJobRequest,
)

CONTENT_TYPE = "application/x-amz-json-1.1"

Handler = Callable[[Context, Any], AwsModel | dict[str, Any] | None]
# SageMaker's operations with their wire models (the schemathesis test walks them).
OPERATIONS: dict[str, tuple[type[AwsModel], Handler]] = {}


def operation(name: str, model: type[AwsModel]) -> Callable[[Handler], Handler]:
    """Register a SageMaker operation: its body is validated with `model` (the same wire model
    the REST door uses, whose messages name the field and the rule), and its answer dumped by
    SageMaker's names for the protocol layer to serialize."""

    def register(handler: Handler) -> Handler:
        OPERATIONS[name] = (model, handler)
        registry.operation("sagemaker", name, checks_input=True)(_on_values(model, handler))
        return handler

    return register


def _on_values(model: type[AwsModel], handler: Handler) -> registry.Handler:
    def run(ctx: Context, params: dict[str, Any]) -> dict[str, Any] | None:
        try:
            body = model.model_validate(params)
        except PydanticValidationError as error:
            errors = [dict(e) for e in error.errors(include_url=False)]
            raise ValidationError(describe_validation_errors(errors)) from None
        result = handler(ctx, body)
        if isinstance(result, AwsModel):
            return result.model_dump(by_alias=True, exclude_none=True)
        return result

    return run


def _params(body: AwsModel, *, without: set[str] | None = None) -> dict[str, Any]:
    """A list request's members by SageMaker's names, as the REST door passes its query."""
    return body.model_dump(by_alias=True, exclude=without)


# --- tuning jobs -----------------------------------------------------------------------------


@operation("CreateHyperParameterTuningJob", CreateTuningJobRequest)
def _create(ctx: Context, body: CreateTuningJobRequest) -> CreateTuningJobResponse:
    with ctx.db.write() as session:
        arn = tuning_service.create(session, body, ctx.settings)
    ctx.executor.submit_advance(body.hyper_parameter_tuning_job_name)
    return CreateTuningJobResponse.model_validate({"HyperParameterTuningJobArn": arn})


@operation("DescribeHyperParameterTuningJob", DescribeTuningJobRequest)
def _describe(ctx: Context, body: DescribeTuningJobRequest) -> AwsModel:
    with ctx.db.read() as session:
        return tuning_service.describe(session, body.hyper_parameter_tuning_job_name)


@operation("ListHyperParameterTuningJobs", ListTuningJobsRequest)
def _list(ctx: Context, body: ListTuningJobsRequest) -> AwsModel:
    with ctx.db.read() as session:
        return tuning_service.list_jobs(session, _params(body))


@operation("ListTrainingJobsForHyperParameterTuningJob", ListTrainingJobsForTuningJobRequest)
def _list_training(ctx: Context, body: ListTrainingJobsForTuningJobRequest) -> AwsModel:
    params = _params(body, without={"hyper_parameter_tuning_job_name"})
    with ctx.db.read() as session:
        return tuning_service.list_training_jobs(
            session, body.hyper_parameter_tuning_job_name, params
        )


@operation("StopHyperParameterTuningJob", StopTuningJobRequest)
def _stop(ctx: Context, body: StopTuningJobRequest) -> None:
    with ctx.db.write() as session:
        stored_name = tuning_service.stop(session, body.hyper_parameter_tuning_job_name)
    ctx.executor.submit_advance(stored_name)


@operation("DeleteHyperParameterTuningJob", DeleteTuningJobRequest)
def _delete(ctx: Context, body: DeleteTuningJobRequest) -> None:
    with ctx.db.write() as session:
        tuning_service.delete(session, body.hyper_parameter_tuning_job_name, ctx.settings)


# --- training jobs ---------------------------------------------------------------------------


@operation("DescribeTrainingJob", DescribeTrainingJobRequest)
def _describe_training(ctx: Context, body: DescribeTrainingJobRequest) -> AwsModel:
    with ctx.db.read() as session:
        return training_service.describe(session, body.training_job_name)


@operation("ListTrainingJobs", ListTrainingJobsRequest)
def _list_all_training(ctx: Context, body: ListTrainingJobsRequest) -> AwsModel:
    with ctx.db.read() as session:
        return training_service.list_jobs(session, _params(body))


@operation("CreateTrainingJob", CreateTrainingJobRequest)
def _create_training(ctx: Context, body: CreateTrainingJobRequest) -> AwsModel:
    with ctx.db.write() as session:
        arn = standalone.create(session, body, ctx.settings)
    ctx.executor.submit_training(body.training_job_name)
    return CreateTrainingJobResponse.model_validate({"TrainingJobArn": arn})


@operation("StopTrainingJob", StopTrainingJobRequest)
def _stop_training(ctx: Context, body: StopTrainingJobRequest) -> None:
    with ctx.db.write() as session:
        tuning_job = standalone.stop(session, body.training_job_name)
    if tuning_job is not None:
        ctx.executor.submit_advance(tuning_job)


@operation("DeleteTrainingJob", DeleteTrainingJobRequest)
def _delete_training(ctx: Context, body: DeleteTrainingJobRequest) -> None:
    with ctx.db.write() as session:
        name = standalone.delete(session, body.training_job_name)
    standalone.remove_files(ctx.settings, name)


# --- tags ------------------------------------------------------------------------------------


@operation("AddTags", AddTagsRequest)
def _add_tags(ctx: Context, body: AddTagsRequest) -> AwsModel:
    with ctx.db.write() as session:
        added = tags_service.add(session, body.resource_arn, body.tags)
    return AddTagsResponse.model_validate({"Tags": added})


@operation("ListTags", ListTagsRequest)
def _list_tags(ctx: Context, body: ListTagsRequest) -> AwsModel:
    with ctx.db.read() as session:
        page = tags_service.list_tags(session, body.resource_arn, body.next_token)
    return ListTagsResponse.model_validate(page)


@operation("DeleteTags", DeleteTagsRequest)
def _delete_tags(ctx: Context, body: DeleteTagsRequest) -> None:
    with ctx.db.write() as session:
        tags_service.delete(session, body.resource_arn, body.tag_keys)


# --- hosting --------------------------------------------------------------------------------


@operation("CreateModel", CreateModelRequest)
def _create_model(ctx: Context, body: CreateModelRequest) -> AwsModel:
    with ctx.db.write() as session:
        arn = serving_service.create_model(session, body, ctx.settings)
    return CreateModelResponse.model_validate({"ModelArn": arn})


@operation("DescribeModel", DescribeModelRequest)
def _describe_model(ctx: Context, body: DescribeModelRequest) -> AwsModel:
    with ctx.db.read() as session:
        return serving_service.describe_model(session, body.model_name, ctx.settings)


@operation("DeleteModel", DeleteModelRequest)
def _delete_model(ctx: Context, body: DeleteModelRequest) -> None:
    with ctx.db.write() as session:
        serving_service.delete_model(session, body.model_name, ctx.settings)


@operation("CreateEndpointConfig", CreateEndpointConfigRequest)
def _create_endpoint_config(ctx: Context, body: CreateEndpointConfigRequest) -> AwsModel:
    with ctx.db.write() as session:
        arn = serving_service.create_endpoint_config(session, body, ctx.settings)
    return CreateEndpointConfigResponse.model_validate({"EndpointConfigArn": arn})


@operation("DescribeEndpointConfig", DescribeEndpointConfigRequest)
def _describe_endpoint_config(ctx: Context, body: DescribeEndpointConfigRequest) -> AwsModel:
    with ctx.db.read() as session:
        return serving_service.describe_endpoint_config(
            session, body.endpoint_config_name, ctx.settings
        )


@operation("DeleteEndpointConfig", DeleteEndpointConfigRequest)
def _delete_endpoint_config(ctx: Context, body: DeleteEndpointConfigRequest) -> None:
    with ctx.db.write() as session:
        serving_service.delete_endpoint_config(session, body.endpoint_config_name, ctx.settings)


@operation("CreateEndpoint", CreateEndpointRequest)
def _create_endpoint(ctx: Context, body: CreateEndpointRequest) -> AwsModel:
    with ctx.db.write() as session:
        arn = serving_service.create_endpoint(session, body, ctx.settings)
    assert ctx.host is not None
    deploy.start(ctx.db, ctx.host, ctx.settings, body.endpoint_name)
    return CreateEndpointResponse.model_validate({"EndpointArn": arn})


@operation("DescribeEndpoint", DescribeEndpointRequest)
def _describe_endpoint(ctx: Context, body: DescribeEndpointRequest) -> AwsModel:
    with ctx.db.read() as session:
        return serving_service.describe_endpoint(session, body.endpoint_name, ctx.settings)


@operation("DeleteEndpoint", DeleteEndpointRequest)
def _delete_endpoint(ctx: Context, body: DeleteEndpointRequest) -> None:
    with ctx.db.write() as session:
        key = serving_service.delete_endpoint(session, body.endpoint_name, ctx.settings)
    assert ctx.host is not None
    ctx.host.forget(key)


@operation("ListEndpoints", ListEndpointsRequest)
def _list_endpoints(ctx: Context, body: ListEndpointsRequest) -> AwsModel:
    with ctx.db.read() as session:
        return serving_service.list_endpoints(session, _params(body))


@operation("UpdateEndpoint", UpdateEndpointRequest)
def _update_endpoint(ctx: Context, body: UpdateEndpointRequest) -> AwsModel:
    with ctx.db.write() as session:
        arn = serving_updates.update_endpoint(session, body, ctx.settings)
    assert ctx.host is not None
    deploy.start_update(ctx.db, ctx.host, ctx.settings, body.endpoint_name)
    return UpdateEndpointResponse.model_validate({"EndpointArn": arn})


@operation("ListModels", ListModelsRequest)
def _list_models(ctx: Context, body: ListModelsRequest) -> AwsModel:
    with ctx.db.read() as session:
        return serving_lists.list_models(session, _params(body))


@operation("ListEndpointConfigs", ListEndpointConfigsRequest)
def _list_endpoint_configs(ctx: Context, body: ListEndpointConfigsRequest) -> AwsModel:
    with ctx.db.read() as session:
        return serving_lists.list_endpoint_configs(session, _params(body))
