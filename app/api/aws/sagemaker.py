"""SageMaker's operations, as AWS's JSON 1.1 protocol names them (`X-Amz-Target:
SageMaker.<Operation>`), for unmodified boto3, the AWS CLI and the SageMaker SDKs.

The operations themselves are `app/api/operations.py` (the REST door calls the same
functions); this module names each one and pairs it with its wire model. The protocol layer
(`app/api/aws/`) parses the body and serializes the answer from botocore's model. Bodies are
validated with the wire models; answers are the models dumped by alias without absent
members. Domain errors become `{"__type", "message"}` with the status AWS's JSON protocol uses
(`aws_status`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.api import operations as op
from app.api.aws import registry
from app.api.context import Context
from app.schemas_common import AwsModel
from app.serving.schemas import (
    CreateEndpointConfigRequest,
    CreateEndpointRequest,
    CreateModelRequest,
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
)
from app.tags.schemas import AddTagsRequest, DeleteTagsRequest, ListTagsRequest
from app.training.schemas import (
    CreateTrainingJobRequest,
    DeleteTrainingJobRequest,
    DescribeTrainingJobRequest,
    ListTrainingJobsRequest,
    StopTrainingJobRequest,
)
from app.tuning.schemas import (
    CreateTuningJobRequest,
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
    the REST door builds, whose messages name the field and the rule), and its answer dumped by
    SageMaker's names for the protocol layer to serialize."""

    def register(handler: Handler) -> Handler:
        OPERATIONS[name] = (model, handler)
        registry.operation("sagemaker", name, checks_input=True)(_on_values(model, handler))
        return handler

    return register


def _on_values(model: type[AwsModel], handler: Handler) -> registry.Handler:
    def run(ctx: Context, params: dict[str, Any]) -> dict[str, Any] | None:
        result = handler(ctx, op.request(model, params))
        if isinstance(result, AwsModel):
            return result.model_dump(by_alias=True, exclude_none=True)
        return result

    return run


# --- tuning jobs -----------------------------------------------------------------------------

operation("CreateHyperParameterTuningJob", CreateTuningJobRequest)(op.create_tuning_job)
operation("DescribeHyperParameterTuningJob", DescribeTuningJobRequest)(op.describe_tuning_job)
operation("ListHyperParameterTuningJobs", ListTuningJobsRequest)(op.list_tuning_jobs)
operation("ListTrainingJobsForHyperParameterTuningJob", ListTrainingJobsForTuningJobRequest)(
    op.list_training_jobs_for_tuning_job
)
operation("StopHyperParameterTuningJob", StopTuningJobRequest)(op.stop_tuning_job)
operation("DeleteHyperParameterTuningJob", DeleteTuningJobRequest)(op.delete_tuning_job)

# --- training jobs ---------------------------------------------------------------------------

operation("DescribeTrainingJob", DescribeTrainingJobRequest)(op.describe_training_job)
operation("ListTrainingJobs", ListTrainingJobsRequest)(op.list_training_jobs)
operation("CreateTrainingJob", CreateTrainingJobRequest)(op.create_training_job)
operation("StopTrainingJob", StopTrainingJobRequest)(op.stop_training_job)
operation("DeleteTrainingJob", DeleteTrainingJobRequest)(op.delete_training_job)

# --- tags ------------------------------------------------------------------------------------

operation("AddTags", AddTagsRequest)(op.add_tags)
operation("ListTags", ListTagsRequest)(op.list_tags)
operation("DeleteTags", DeleteTagsRequest)(op.delete_tags)

# --- hosting ---------------------------------------------------------------------------------

operation("CreateModel", CreateModelRequest)(op.create_model)
operation("DescribeModel", DescribeModelRequest)(op.describe_model)
operation("DeleteModel", DeleteModelRequest)(op.delete_model)
operation("CreateEndpointConfig", CreateEndpointConfigRequest)(op.create_endpoint_config)
operation("DescribeEndpointConfig", DescribeEndpointConfigRequest)(op.describe_endpoint_config)
operation("DeleteEndpointConfig", DeleteEndpointConfigRequest)(op.delete_endpoint_config)
operation("CreateEndpoint", CreateEndpointRequest)(op.create_endpoint)
operation("DescribeEndpoint", DescribeEndpointRequest)(op.describe_endpoint)
operation("DeleteEndpoint", DeleteEndpointRequest)(op.delete_endpoint)
operation("ListEndpoints", ListEndpointsRequest)(op.list_endpoints)
operation("UpdateEndpoint", UpdateEndpointRequest)(op.update_endpoint)
operation("ListModels", ListModelsRequest)(op.list_models)
operation("ListEndpointConfigs", ListEndpointConfigsRequest)(op.list_endpoint_configs)
