"""The wire models against botocore's SageMaker service model, member by member.

For every operation shape openamt speaks, walk the botocore structure and the pydantic model
side by side: same member names (as aliases), same requiredness, same enums, same length,
size and range bounds, same patterns. A botocore upgrade that adds or changes a member fails
here first.
"""

from __future__ import annotations

import copy
import typing
from typing import Any, get_args

import pytest
from botocore.parsers import create_parser
from botocore.validate import ParamValidator
from pydantic import BaseModel, ValidationError

from app.schemas_common import AwsModel
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
    ListEndpointsRequest,
    ListEndpointsResponse,
)
from app.tags.schemas import (
    AddTagsRequest,
    AddTagsResponse,
    DeleteTagsRequest,
    DeleteTagsResponse,
    ListTagsRequest,
    ListTagsResponse,
)
from app.training.schemas import (
    DescribeTrainingJobRequest,
    DescribeTrainingJobResponse,
    ListTrainingJobsRequest,
    ListTrainingJobsResponse,
)
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
from tests.support.shapes import SAGEMAKER, check_structure, root_shape

ROOTS: list[tuple[str, str, type[AwsModel]]] = [
    ("CreateHyperParameterTuningJob", "input", CreateTuningJobRequest),
    ("CreateHyperParameterTuningJob", "output", CreateTuningJobResponse),
    ("DescribeHyperParameterTuningJob", "output", DescribeTuningJobResponse),
    ("ListHyperParameterTuningJobs", "output", ListTuningJobsResponse),
    ("ListTrainingJobsForHyperParameterTuningJob", "output", ListTrainingJobsForTuningJobResponse),
    ("DescribeTrainingJob", "output", DescribeTrainingJobResponse),
    ("ListTrainingJobs", "output", ListTrainingJobsResponse),
    # Inputs of the AWS JSON door.
    ("DescribeHyperParameterTuningJob", "input", DescribeTuningJobRequest),
    ("StopHyperParameterTuningJob", "input", StopTuningJobRequest),
    ("DeleteHyperParameterTuningJob", "input", DeleteTuningJobRequest),
    ("ListHyperParameterTuningJobs", "input", ListTuningJobsRequest),
    ("ListTrainingJobsForHyperParameterTuningJob", "input", ListTrainingJobsForTuningJobRequest),
    ("DescribeTrainingJob", "input", DescribeTrainingJobRequest),
    ("ListTrainingJobs", "input", ListTrainingJobsRequest),
    ("AddTags", "input", AddTagsRequest),
    ("AddTags", "output", AddTagsResponse),
    ("ListTags", "input", ListTagsRequest),
    ("ListTags", "output", ListTagsResponse),
    ("DeleteTags", "input", DeleteTagsRequest),
    ("DeleteTags", "output", DeleteTagsResponse),
    # Hosting (app/serving).
    ("CreateModel", "input", CreateModelRequest),
    ("CreateModel", "output", CreateModelResponse),
    ("DescribeModel", "input", DescribeModelRequest),
    ("DescribeModel", "output", DescribeModelResponse),
    ("DeleteModel", "input", DeleteModelRequest),
    ("CreateEndpointConfig", "input", CreateEndpointConfigRequest),
    ("CreateEndpointConfig", "output", CreateEndpointConfigResponse),
    ("DescribeEndpointConfig", "input", DescribeEndpointConfigRequest),
    ("DescribeEndpointConfig", "output", DescribeEndpointConfigResponse),
    ("DeleteEndpointConfig", "input", DeleteEndpointConfigRequest),
    ("CreateEndpoint", "input", CreateEndpointRequest),
    ("CreateEndpoint", "output", CreateEndpointResponse),
    ("DescribeEndpoint", "input", DescribeEndpointRequest),
    ("DescribeEndpoint", "output", DescribeEndpointResponse),
    ("DeleteEndpoint", "input", DeleteEndpointRequest),
    ("ListEndpoints", "input", ListEndpointsRequest),
    ("ListEndpoints", "output", ListEndpointsResponse),
]


@pytest.mark.parametrize(("operation", "direction", "model"), ROOTS)
def test_model_matches_botocore(operation: str, direction: str, model: type[AwsModel]) -> None:
    shape = root_shape(operation, direction)
    check_structure(shape, model, f"{operation}.{direction}", set())


def _all_models(model: type[BaseModel], acc: set[type[BaseModel]]) -> set[type[BaseModel]]:
    if model in acc:
        return acc
    acc.add(model)
    for field in model.model_fields.values():
        for arg in _flatten(field.annotation):
            if isinstance(arg, type) and issubclass(arg, BaseModel):
                _all_models(arg, acc)
    return acc


def _flatten(annotation: Any) -> list[Any]:
    out = [annotation]
    for arg in get_args(annotation):
        out.extend(_flatten(arg))
    return out


def test_every_model_is_described_and_strict() -> None:
    models: set[type[BaseModel]] = set()
    for _, _, root in ROOTS:
        _all_models(root, models)
    for model in models:
        assert model.__doc__ and model.__doc__.strip(), f"{model.__name__}: no docstring"
        assert model.model_config.get("extra") == "forbid", model.__name__


# --- examples -------------------------------------------------------------------------------


def _examples(model: type[AwsModel]) -> list[dict[str, Any]]:
    extra = model.model_config.get("json_schema_extra")
    assert isinstance(extra, dict), f"{model.__name__} has no examples"
    examples = extra["examples"]
    assert isinstance(examples, list) and examples
    return typing.cast(list[dict[str, Any]], examples)


@pytest.mark.parametrize("model", [root for _, _, root in ROOTS], ids=lambda m: m.__name__)
def test_examples_validate_and_round_trip(model: type[AwsModel]) -> None:
    for example in _examples(model):
        parsed = model.model_validate(example)
        assert parsed.model_dump(by_alias=True, exclude_none=True, mode="json") == example


def test_request_example_passes_botocore_client_validation() -> None:
    shape = root_shape("CreateHyperParameterTuningJob", "input")
    (example,) = _examples(CreateTuningJobRequest)
    report = ParamValidator().validate(example, shape)
    assert not report.has_errors(), report.generate_report()


@pytest.mark.parametrize(
    ("operation", "model"),
    [(op, root) for op, direction, root in ROOTS if direction == "output"],
    ids=lambda x: x if isinstance(x, str) else x.__name__,
)
def test_response_examples_read_back_through_botocore(
    operation: str, model: type[AwsModel]
) -> None:
    """What we serialise, boto3 parses (timestamps included) into the same values."""
    shape = root_shape(operation, "output")
    parser = create_parser(SAGEMAKER.metadata["protocol"])
    for example in _examples(model):
        body = model.model_validate(example).model_dump_json(by_alias=True, exclude_none=True)
        parsed = parser.parse({"body": body.encode(), "headers": {}, "status_code": 200}, shape)
        parsed.pop("ResponseMetadata", None)
        assert model.model_validate(parsed) == model.model_validate(example)


@pytest.mark.parametrize("model", [root for _, _, root in ROOTS], ids=lambda m: m.__name__)
def test_json_schema_builds(model: type[AwsModel]) -> None:
    schema = model.model_json_schema(by_alias=True)
    assert schema["examples"] == _examples(model)


# --- behaviour of the base model ------------------------------------------------------------


def _request() -> dict[str, Any]:
    return copy.deepcopy(_examples(CreateTuningJobRequest)[0])


def test_unknown_field_is_refused() -> None:
    body = _request()
    body["HyperParameterTuningJobConfigs"] = body["HyperParameterTuningJobConfig"]
    with pytest.raises(ValidationError) as excinfo:
        CreateTuningJobRequest.model_validate(body)
    assert excinfo.value.errors()[0]["type"] == "extra_forbidden"


def test_unknown_nested_field_is_refused() -> None:
    body = _request()
    body["HyperParameterTuningJobConfig"]["ResourceLimits"]["MaxTrainingJobs"] = 5
    with pytest.raises(ValidationError) as excinfo:
        CreateTuningJobRequest.model_validate(body)
    assert excinfo.value.errors()[0]["loc"] == (
        "HyperParameterTuningJobConfig",
        "ResourceLimits",
        "MaxTrainingJobs",
    )


def test_snake_case_names_are_accepted_and_dumped_as_pascal_case() -> None:
    parsed = CreateTuningJobRequest.model_validate(_request())
    again = CreateTuningJobRequest.model_validate(parsed.model_dump())
    assert again == parsed
    definition = parsed.training_job_definition
    assert definition is not None and definition.hyper_parameter_tuning_resource_config
    assert definition.hyper_parameter_tuning_resource_config.volume_size_in_gb == 30
    dumped = parsed.model_dump(by_alias=True, exclude_none=True)
    assert (
        dumped["TrainingJobDefinition"]["HyperParameterTuningResourceConfig"]["VolumeSizeInGB"]
        == 30
    )


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("HyperParameterTuningJobName",), "-starts-with-hyphen"),
        (("HyperParameterTuningJobName",), "x" * 33),
        (("HyperParameterTuningJobConfig", "Strategy"), "bayesian"),
        (("HyperParameterTuningJobConfig", "ResourceLimits", "MaxRuntimeInSeconds"), 119),
        (("HyperParameterTuningJobConfig", "ResourceLimits", "MaxParallelTrainingJobs"), 0),
        (("TrainingJobDefinition", "RoleArn"), "role/SageMakerExecutionRole"),
        (("TrainingJobDefinition", "OutputDataConfig", "S3OutputPath"), "ftp://host/out"),
        (("TrainingJobDefinition", "StaticHyperParameters", "num_round"), "2\n00"),
        (("TrainingJobDefinition", "AlgorithmSpecification", "AlgorithmName"), "my-algo-"),
        (("Tags",), [{"Key": "", "Value": "x"}]),
    ],
)
def test_model_constraints_refuse(path: tuple[str, ...], value: Any) -> None:
    body = _request()
    target = body
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(ValidationError):
        CreateTuningJobRequest.model_validate(body)


def test_python_pattern_accepts_what_aws_accepts() -> None:
    body = _request()
    spec = body["TrainingJobDefinition"]["AlgorithmSpecification"]
    spec["AlgorithmName"] = "arn:aws:sagemaker:us-east-1:123456789012:algorithm/my-algo"
    body["Tags"] = [{"Key": "équipe", "Value": "détection fraude"}]
    CreateTuningJobRequest.model_validate(body)
