"""The wire models against botocore's SageMaker service model, member by member.

For every operation shape openamt speaks, walk the botocore structure and the pydantic model
side by side: same member names (as aliases), same requiredness, same enums, same length,
size and range bounds, same patterns. A botocore upgrade that adds or changes a member fails
here first.
"""

from __future__ import annotations

import copy
import datetime as dt
import types
import typing
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import annotated_types
import botocore.session
import pytest
from botocore.model import Shape, StructureShape
from botocore.parsers import create_parser
from botocore.validate import ParamValidator
from pydantic import AfterValidator, BaseModel, ValidationError
from pydantic.fields import FieldInfo

from app.schemas_common import AwsModel, PythonPattern
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

SAGEMAKER = botocore.session.get_session().get_service_model("sagemaker")

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

# Patterns neither Rust's regex nor Python's re can compile as written; the schema holds an
# equivalent, documented next to it.
TRANSLATED_PATTERNS = {
    # openamt's one widening: file:// data and output locations on this machine.
    r"(https|s3)://([^/]+)/?(.*)": r"^(https|s3|file)://([^/]*)/?(.*)$",
    # Java's \p{Alnum} is ASCII [a-zA-Z0-9].
    r"arn:[\p{Alnum}\-]+:lambda:[\p{Alnum}\-]+:[0-9]{12}:function:.*": (
        r"^arn:[a-zA-Z0-9\-]+:lambda:[a-zA-Z0-9\-]+:[0-9]{12}:function:.*$"
    ),
}

SCALARS = {
    "boolean": bool,
    "integer": int,
    "long": int,
    "float": float,
    "double": float,
    "timestamp": dt.datetime,
    "string": str,
}


def _root_shape(operation: str, direction: str) -> StructureShape:
    shape = getattr(SAGEMAKER.operation_model(operation), f"{direction}_shape")
    assert isinstance(shape, StructureShape)
    return shape


def _unwrap(annotation: Any, metadata: list[Any]) -> tuple[Any, dict[str, Any]]:
    """Strip Optional and Annotated layers; collect their constraints into one dict."""
    constraints: dict[str, Any] = {}

    def collect(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, FieldInfo):
                collect(item.metadata)
            elif isinstance(item, annotated_types.MinLen):
                constraints["min_length"] = item.min_length
            elif isinstance(item, annotated_types.MaxLen):
                constraints["max_length"] = item.max_length
            elif isinstance(item, annotated_types.Ge):
                constraints["ge"] = item.ge
            elif isinstance(item, annotated_types.Le):
                constraints["le"] = item.le
            elif isinstance(item, AfterValidator) and isinstance(item.func, PythonPattern):
                constraints["python_pattern"] = item.func.pattern
            elif getattr(item, "pattern", None) is not None:
                constraints["pattern"] = item.pattern

    collect(metadata)
    while True:
        origin = get_origin(annotation)
        if origin in (Union, types.UnionType):
            args = [a for a in get_args(annotation) if a is not type(None)]
            assert len(args) == 1, annotation
            annotation = args[0]
        elif origin is Annotated:
            annotation, *extra = get_args(annotation)
            collect(extra)
        else:
            return annotation, constraints


def _check(shape: Shape, annotation: Any, metadata: list[Any], path: str, seen: set) -> None:
    tp, cons = _unwrap(annotation, metadata)
    meta = shape.metadata
    kind = shape.type_name

    if kind == "structure":
        assert isinstance(tp, type) and issubclass(tp, AwsModel), f"{path}: {tp!r}"
        _check_structure(shape, tp, path, seen)
        return

    if kind in ("list", "map"):
        expected_origin = list if kind == "list" else dict
        assert get_origin(tp) is expected_origin, f"{path}: {tp!r} is not a {kind}"
        assert cons.get("max_length") == meta.get("max"), f"{path}: max size"
        assert (cons.get("min_length") or 0) == (meta.get("min") or 0), f"{path}: min size"
        if kind == "list":
            (item,) = get_args(tp)
            _check(shape.member, item, [], f"{path}[]", seen)
        else:
            key, value = get_args(tp)
            _check(shape.key, key, [], f"{path}{{key}}", seen)
            _check(shape.value, value, [], f"{path}{{value}}", seen)
        return

    enum = getattr(shape, "enum", None)
    if enum:
        assert get_origin(tp) is Literal, f"{path}: {tp!r} is not a Literal"
        # Compared as sets: typing caches Literal[...] by value set, so two aliases with the
        # same values in another order share one object and get_args shows the first order.
        assert set(get_args(tp)) == set(enum), f"{path}: enum differs from the model"
        assert len(get_args(tp)) == len(enum), f"{path}: enum differs from the model"
        return

    assert tp is SCALARS[kind], f"{path}: {tp!r} is not {SCALARS[kind]!r}"
    if kind in ("integer", "long"):
        assert cons.get("ge") == meta.get("min"), f"{path}: minimum"
        assert cons.get("le") == meta.get("max"), f"{path}: maximum"
    elif kind == "string":
        assert cons.get("max_length") == meta.get("max"), f"{path}: max length"
        assert (cons.get("min_length") or 0) == (meta.get("min") or 0), f"{path}: min length"
        pattern = meta.get("pattern")
        if pattern is None:
            assert "pattern" not in cons and "python_pattern" not in cons, path
        elif pattern in TRANSLATED_PATTERNS:
            assert cons.get("pattern") == TRANSLATED_PATTERNS[pattern], f"{path}: pattern"
        elif "python_pattern" in cons:
            assert cons["python_pattern"] == pattern, f"{path}: pattern"
        else:
            assert cons.get("pattern") == f"^{pattern}$", f"{path}: pattern"


def _check_structure(shape: StructureShape, model: type[BaseModel], path: str, seen: set) -> None:
    if (shape.name, model) in seen:
        return
    seen.add((shape.name, model))
    by_alias = {(f.alias or name): f for name, f in model.model_fields.items()}
    assert set(by_alias) == set(shape.members), (
        f"{path} ({model.__name__}): missing {sorted(set(shape.members) - set(by_alias))}, "
        f"extra {sorted(set(by_alias) - set(shape.members))}"
    )
    for member, member_shape in shape.members.items():
        field = by_alias[member]
        required = member in shape.required_members
        assert field.is_required() == required, f"{path}.{member}: required={required}"
        assert field.description, f"{path}.{member}: no description"
        _check(member_shape, field.annotation, field.metadata, f"{path}.{member}", seen)


@pytest.mark.parametrize(("operation", "direction", "model"), ROOTS)
def test_model_matches_botocore(operation: str, direction: str, model: type[AwsModel]) -> None:
    shape = _root_shape(operation, direction)
    _check_structure(shape, model, f"{operation}.{direction}", set())


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
    shape = _root_shape("CreateHyperParameterTuningJob", "input")
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
    shape = _root_shape(operation, "output")
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
