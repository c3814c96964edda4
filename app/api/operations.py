"""SageMaker's operations, each written once: a function from the operation's wire model (its
input shape, SageMaker's member names) to its answer, given a `Context`. Both front doors call
them: the AWS door (`app/api/aws/sagemaker.py` registers them under SageMaker's names) with
the body it parsed, the REST door (`rest.py`, `hosting.py`) with the model it built from its
path, query and body. What a door adds is its own: status codes, error rendering, routes.

Decision: the operations live here, in neither door. The REST door's routes are not an AWS
protocol and should not import one to reach the service layer; the AWS door only names the
operations and pairs each with its wire model.

Each write follows the edge's rule (STYLE.md 3): the services queue what must follow (a
message to the workers, a deploy thread, stopping a model server) and the unit of work
(`app.executor.unit_of_work`, `after_commit`) runs it once the transaction has committed, so a
worker never looks for a row that is not there yet, and no operation sends by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar, get_type_hints

from pydantic import ValidationError as PydanticValidationError

from app import runs
from app.api.context import Context
from app.api.errors import describe_validation_errors
from app.db.session import after_commit
from app.errors import ValidationError
from app.executor import unit_of_work
from app.schemas_common import AwsModel
from app.serving import deploy
from app.serving import lists as serving_lists
from app.serving import service as serving_service
from app.serving import updates as serving_updates
from app.serving.host import ModelHost
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
    DescribeEndpointConfigResponse,
    DescribeEndpointRequest,
    DescribeEndpointResponse,
    DescribeModelRequest,
    DescribeModelResponse,
    ListEndpointConfigsRequest,
    ListEndpointConfigsResponse,
    ListEndpointsRequest,
    ListEndpointsResponse,
    ListModelsRequest,
    ListModelsResponse,
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
    DescribeTrainingJobResponse,
    ListTrainingJobsRequest,
    ListTrainingJobsResponse,
    StopTrainingJobRequest,
)
from app.tuning import service as tuning_service
from app.tuning.schemas import (
    CreateTuningJobRequest,
    CreateTuningJobResponse,
    DeleteTuningJobRequest,
    DescribeTuningJobRequest,
    DescribeTuningJobResponse,
    ListTrainingJobsForTuningJobRequest,
    ListTrainingJobsForTuningJobResponse,
    ListTuningJobsRequest,
    ListTuningJobsResponse,
    StopTuningJobRequest,
)

Request = TypeVar("Request", bound=AwsModel)


def request(model: type[Request], values: dict[str, Any]) -> Request:
    """`values` (SageMaker's member names) as the operation's wire model; a value that breaks
    the model's rules is the service's ValidationException, whose message names the member
    and the rule (each door renders it in its own shape)."""
    try:
        return model.model_validate(values)
    except PydanticValidationError as error:
        errors = [dict(e) for e in error.errors(include_url=False)]
        raise ValidationError(describe_validation_errors(errors)) from None


def wire_models(
    operation: Callable[[Context, Any], Any],
) -> tuple[type[AwsModel], type[AwsModel] | None]:
    """The operation's input and output wire models, as its signature names them (None: it
    answers nothing)."""
    hints = get_type_hints(operation)
    answer = hints["return"]
    return hints["body"], None if answer is type(None) else answer


def _params(body: AwsModel, *, without: set[str] | None = None) -> dict[str, Any]:
    """A list request's members by SageMaker's names, as the list services take them."""
    return body.model_dump(by_alias=True, exclude=without)


def _host(ctx: Context) -> ModelHost:
    assert ctx.host is not None, "hosting operations run where the model servers are"
    return ctx.host


# --- tuning jobs -----------------------------------------------------------------------------


def create_tuning_job(ctx: Context, body: CreateTuningJobRequest) -> CreateTuningJobResponse:
    with unit_of_work(ctx.db, ctx.executor) as session:
        arn = tuning_service.create(session, body, ctx.settings)
    return CreateTuningJobResponse.model_validate({"HyperParameterTuningJobArn": arn})


def describe_tuning_job(ctx: Context, body: DescribeTuningJobRequest) -> DescribeTuningJobResponse:
    with ctx.db.read() as session:
        return tuning_service.describe(session, body.hyper_parameter_tuning_job_name)


def list_tuning_jobs(ctx: Context, body: ListTuningJobsRequest) -> ListTuningJobsResponse:
    with ctx.db.read() as session:
        return tuning_service.list_jobs(session, _params(body))


def list_training_jobs_for_tuning_job(
    ctx: Context, body: ListTrainingJobsForTuningJobRequest
) -> ListTrainingJobsForTuningJobResponse:
    params = _params(body, without={"hyper_parameter_tuning_job_name"})
    with ctx.db.read() as session:
        return tuning_service.list_training_jobs(
            session, body.hyper_parameter_tuning_job_name, params
        )


def stop_tuning_job(ctx: Context, body: StopTuningJobRequest) -> None:
    with unit_of_work(ctx.db, ctx.executor) as session:
        tuning_service.stop(session, body.hyper_parameter_tuning_job_name)


def delete_tuning_job(ctx: Context, body: DeleteTuningJobRequest) -> None:
    with ctx.db.write() as session:
        tuning_service.delete(session, body.hyper_parameter_tuning_job_name, ctx.settings)


# --- training jobs ---------------------------------------------------------------------------


def describe_training_job(
    ctx: Context, body: DescribeTrainingJobRequest
) -> DescribeTrainingJobResponse:
    with ctx.db.read() as session:
        return training_service.describe(session, body.training_job_name)


def list_training_jobs(ctx: Context, body: ListTrainingJobsRequest) -> ListTrainingJobsResponse:
    with ctx.db.read() as session:
        return training_service.list_jobs(session, _params(body))


def create_training_job(ctx: Context, body: CreateTrainingJobRequest) -> CreateTrainingJobResponse:
    with unit_of_work(ctx.db, ctx.executor) as session:
        arn = standalone.create(session, body, ctx.settings)
    return CreateTrainingJobResponse.model_validate({"TrainingJobArn": arn})


def stop_training_job(ctx: Context, body: StopTrainingJobRequest) -> None:
    runs.stop(ctx.db, ctx.settings, ctx.executor, body.training_job_name)


def delete_training_job(ctx: Context, body: DeleteTrainingJobRequest) -> None:
    with ctx.db.write() as session:
        standalone.delete(session, body.training_job_name, ctx.settings)


# --- tags ------------------------------------------------------------------------------------


def add_tags(ctx: Context, body: AddTagsRequest) -> AddTagsResponse:
    with ctx.db.write() as session:
        added = tags_service.add(session, body.resource_arn, body.tags)
    return AddTagsResponse.model_validate({"Tags": added})


def list_tags(ctx: Context, body: ListTagsRequest) -> ListTagsResponse:
    with ctx.db.read() as session:
        page = tags_service.list_tags(session, body.resource_arn, body.next_token)
    return ListTagsResponse.model_validate(page)


def delete_tags(ctx: Context, body: DeleteTagsRequest) -> None:
    with ctx.db.write() as session:
        tags_service.delete(session, body.resource_arn, body.tag_keys)


# --- models and endpoint configurations ------------------------------------------------------


def create_model(ctx: Context, body: CreateModelRequest) -> CreateModelResponse:
    with ctx.db.write() as session:
        arn = serving_service.create_model(session, body, ctx.settings)
    return CreateModelResponse.model_validate({"ModelArn": arn})


def describe_model(ctx: Context, body: DescribeModelRequest) -> DescribeModelResponse:
    with ctx.db.read() as session:
        return serving_service.describe_model(session, body.model_name, ctx.settings)


def delete_model(ctx: Context, body: DeleteModelRequest) -> None:
    with ctx.db.write() as session:
        serving_service.delete_model(session, body.model_name, ctx.settings)


def list_models(ctx: Context, body: ListModelsRequest) -> ListModelsResponse:
    with ctx.db.read() as session:
        return serving_lists.list_models(session, _params(body))


def create_endpoint_config(
    ctx: Context, body: CreateEndpointConfigRequest
) -> CreateEndpointConfigResponse:
    with ctx.db.write() as session:
        arn = serving_service.create_endpoint_config(session, body, ctx.settings)
    return CreateEndpointConfigResponse.model_validate({"EndpointConfigArn": arn})


def describe_endpoint_config(
    ctx: Context, body: DescribeEndpointConfigRequest
) -> DescribeEndpointConfigResponse:
    with ctx.db.read() as session:
        return serving_service.describe_endpoint_config(
            session, body.endpoint_config_name, ctx.settings
        )


def delete_endpoint_config(ctx: Context, body: DeleteEndpointConfigRequest) -> None:
    with ctx.db.write() as session:
        serving_service.delete_endpoint_config(session, body.endpoint_config_name, ctx.settings)


def list_endpoint_configs(
    ctx: Context, body: ListEndpointConfigsRequest
) -> ListEndpointConfigsResponse:
    with ctx.db.read() as session:
        return serving_lists.list_endpoint_configs(session, _params(body))


# --- endpoints -------------------------------------------------------------------------------


def create_endpoint(ctx: Context, body: CreateEndpointRequest) -> CreateEndpointResponse:
    with ctx.db.write() as session:
        arn = serving_service.create_endpoint(session, body, ctx.settings)
        after_commit(
            session, partial(deploy.start, ctx.db, _host(ctx), ctx.settings, body.endpoint_name)
        )
    return CreateEndpointResponse.model_validate({"EndpointArn": arn})


def describe_endpoint(ctx: Context, body: DescribeEndpointRequest) -> DescribeEndpointResponse:
    with ctx.db.read() as session:
        return serving_service.describe_endpoint(session, body.endpoint_name, ctx.settings)


def list_endpoints(ctx: Context, body: ListEndpointsRequest) -> ListEndpointsResponse:
    with ctx.db.read() as session:
        return serving_service.list_endpoints(session, _params(body))


def update_endpoint(ctx: Context, body: UpdateEndpointRequest) -> UpdateEndpointResponse:
    with ctx.db.write() as session:
        arn = serving_updates.update_endpoint(session, body, ctx.settings)
        after_commit(
            session,
            partial(deploy.start_update, ctx.db, _host(ctx), ctx.settings, body.endpoint_name),
        )
    return UpdateEndpointResponse.model_validate({"EndpointArn": arn})


def delete_endpoint(ctx: Context, body: DeleteEndpointRequest) -> None:
    with ctx.db.write() as session:
        key = serving_service.delete_endpoint(session, body.endpoint_name, ctx.settings)
        after_commit(session, partial(_host(ctx).forget, key))
