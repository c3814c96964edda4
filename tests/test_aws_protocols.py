"""The protocol layer against botocore itself: a request botocore's own serializer writes is
parsed back to the values botocore was given, and an answer the layer writes is read back by
botocore's own response parser, for every protocol (JSON 1.0/1.1, query, RPC v2 CBOR).
No server: this is the fast tier's check of the wire forms; the services' tests go through
live clients."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

import pytest
from botocore.parsers import create_parser
from botocore.serialize import create_serializer

from app.api.aws import models, routing
from app.api.aws.door import VALIDATION_CODES
from app.api.aws.protocols import PROTOCOLS, BadBody
from app.api.aws.values import BadValue

BOTOCORE_NAMES = {"json": "json", "cbor": "smithy-rpc-v2-cbor", "query": "query"}
START = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)

STATISTICS_REQUEST: dict[str, Any] = {
    "Namespace": "/aws/sagemaker/TrainingJobs",
    "MetricName": "validation:auc",
    "Dimensions": [{"Name": "TrainingJobName", "Value": "job-001-abcdef12"}],
    "StartTime": START,
    "EndTime": datetime(2026, 12, 1, 11, 0, 30, 500000, tzinfo=UTC),
    "Period": 60,
    "Statistics": ["Average", "Maximum"],
    "ExtendedStatistics": ["p99"],
}
STATISTICS_ANSWER: dict[str, Any] = {
    "Label": "validation:auc",
    "Datapoints": [
        {"Timestamp": START, "Average": 0.8125, "Maximum": 0.9, "Unit": "None"},
        {"Timestamp": datetime(2026, 12, 1, 10, 1, tzinfo=UTC), "SampleCount": 3.0},
    ],
}


def _request(protocol: str, service: str, name: str, params: dict[str, Any]) -> dict[str, Any]:
    """What botocore sends for `params`: the serialized request, its body as bytes."""
    model = models.operation_model(service, name)
    assert model is not None
    request = create_serializer(BOTOCORE_NAMES[protocol]).serialize_to_request(params, model)
    if isinstance(request["body"], dict):  # query: botocore encodes the form later
        request["body"] = urlencode(request["body"]).encode()
    return request


def _parsed_back(protocol: str, service: str, name: str, answer: Any) -> dict[str, Any]:
    model = models.operation_model(service, name)
    assert model is not None
    response = {
        "body": answer.body,
        "headers": {k.lower(): v for k, v in answer.headers.items()},
        "status_code": answer.status,
    }
    return create_parser(BOTOCORE_NAMES[protocol]).parse(response, model.output_shape)


@pytest.mark.parametrize("protocol", ["json", "cbor", "query"])
def test_cloudwatch_request_parses_back_to_what_botocore_was_given(protocol: str) -> None:
    request = _request(protocol, "cloudwatch", "GetMetricStatistics", STATISTICS_REQUEST)
    headers = {k.lower(): v for k, v in request["headers"].items()}
    if protocol == "query":
        headers["content-type"] = routing.FORM
    found = routing.route("POST", request["url_path"], headers, request["body"])
    assert found is not None
    assert (found.protocol, found.service, found.operation) == (
        protocol,
        "cloudwatch",
        "GetMetricStatistics",
    )
    model = models.operation_model("cloudwatch", "GetMetricStatistics")
    assert model is not None
    assert PROTOCOLS[protocol].parse(model, request["body"], b"") == STATISTICS_REQUEST


@pytest.mark.parametrize("protocol", ["json", "cbor", "query"])
def test_cloudwatch_answer_reads_back_in_botocore(protocol: str) -> None:
    model = models.operation_model("cloudwatch", "GetMetricStatistics")
    assert model is not None
    answer = PROTOCOLS[protocol].answer(model, STATISTICS_ANSWER, "req-1")
    parsed = _parsed_back(protocol, "cloudwatch", "GetMetricStatistics", answer)
    parsed.pop("ResponseMetadata", None)
    assert parsed == STATISTICS_ANSWER


def test_an_answer_keeps_only_the_members_of_its_shape() -> None:
    model = models.operation_model("logs", "GetLogEvents")
    assert model is not None
    output = {"events": [{"timestamp": 1, "message": "a", "bogus": 2}], "nextForwardToken": "f/1"}
    answer = PROTOCOLS["json"].answer(model, {**output, "Extra": True}, "req-1")
    assert answer.headers["Content-Type"] == "application/x-amz-json-1.1"
    parsed = _parsed_back("json", "logs", "GetLogEvents", answer)
    assert parsed["events"] == [{"timestamp": 1, "message": "a"}]
    assert "Extra" not in parsed


@pytest.mark.parametrize(
    ("service", "name", "params"),
    [
        ("sts", "AssumeRole", {"RoleArn": "arn:aws:iam::1:role/r", "RoleSessionName": "session",
                               "PolicyArns": [{"arn": "arn:aws:iam::1:policy/p"}],
                               "Tags": [{"Key": "k", "Value": "v"}], "DurationSeconds": 900}),
        ("iam", "SimulatePrincipalPolicy", {"PolicySourceArn": "arn:aws:iam::1:role/r",
                                            "ActionNames": ["s3:GetObject", "s3:PutObject"],
                                            "ContextEntries": []}),
        ("cloudwatch", "GetMetricData", {
            "MetricDataQueries": [{"Id": "q1", "ReturnData": True, "MetricStat": {
                "Metric": {"Namespace": "N", "MetricName": "m",
                           "Dimensions": [{"Name": "TrainingJobName", "Value": "j"}]},
                "Period": 60, "Stat": "Average"}}],
            "StartTime": START, "EndTime": START, "MaxDatapoints": 100}),
    ],
)  # fmt: skip
def test_query_forms_parse_back(service: str, name: str, params: dict[str, Any]) -> None:
    request = _request("query", service, name, params)
    model = models.operation_model(service, name)
    assert model is not None
    parsed = PROTOCOLS["query"].parse(model, request["body"], b"")
    assert parsed == params


def test_query_answer_with_nested_lists_reads_back() -> None:
    output = {
        "EvaluationResults": [
            {"EvalActionName": "s3:GetObject", "EvalDecision": "allowed",
             "MatchedStatements": [], "MissingContextValues": []},
        ],
        "IsTruncated": False,
    }  # fmt: skip
    model = models.operation_model("iam", "SimulatePrincipalPolicy")
    assert model is not None
    answer = PROTOCOLS["query"].answer(model, output, "req-2")
    parsed = _parsed_back("query", "iam", "SimulatePrincipalPolicy", answer)
    assert parsed["ResponseMetadata"]["RequestId"] == "req-2"
    assert parsed["EvaluationResults"][0]["EvalDecision"] == "allowed"
    assert parsed["IsTruncated"] is False


@pytest.mark.parametrize("protocol", ["json", "cbor", "query"])
def test_errors_read_back_with_the_query_era_code(protocol: str) -> None:
    """CloudWatch is awsQueryCompatible: botocore reports the code the query protocol had
    (`InvalidParameterValue`), whichever protocol carried it."""
    service = models.service_model("cloudwatch")
    answer = PROTOCOLS[protocol].error(service, "InvalidParameterValue", "bad period", 400, "r")
    model = models.operation_model("cloudwatch", "GetMetricStatistics")
    assert model is not None
    response = {
        "body": answer.body,
        "headers": {k.lower(): v for k, v in answer.headers.items()},
        "status_code": answer.status,
    }
    parsed = create_parser(BOTOCORE_NAMES[protocol]).parse(response, model.output_shape)
    assert parsed["Error"]["Code"] == "InvalidParameterValue"
    assert parsed["Error"]["Message"] == "bad period"
    assert parsed["ResponseMetadata"]["HTTPStatusCode"] == 400


def test_logs_errors_carry_the_shape_name() -> None:
    service = models.service_model("logs")
    answer = PROTOCOLS["json"].error(service, "ResourceNotFoundException", "no group", 400, "r")
    assert b'"__type":"ResourceNotFoundException"' in answer.body
    assert "x-amzn-query-error" not in answer.headers


@pytest.mark.parametrize(
    ("protocol", "body"),
    [("json", b"{nope"), ("json", b"[1]"), ("cbor", b"\xff\x00"), ("cbor", b"\x81\x01")],
)
def test_bodies_that_are_no_structure_are_refused(protocol: str, body: bytes) -> None:
    model = models.operation_model("cloudwatch", "ListMetrics")
    assert model is not None
    with pytest.raises(BadBody):
        PROTOCOLS[protocol].parse(model, body, b"")


def test_every_service_has_its_validation_code_in_its_model() -> None:
    for service, code in VALIDATION_CODES.items():
        if service == "sagemaker":
            continue  # SageMaker's model declares no ValidationException; AWS sends it
        shapes = {
            s.metadata.get("error", {}).get("code", s.name)
            for s in models.service_model(service).error_shapes
        }
        shapes |= {s.name for s in models.service_model(service).error_shapes}
        assert code in shapes or code == "ValidationError", (service, code)


@pytest.mark.parametrize("moment", [-1.79e308, 1e300, float("nan"), "yesterday", True])
def test_timestamps_no_clock_can_hold_are_bad_values(moment: Any) -> None:
    """botocore's parse_timestamp raises RuntimeError when no reading fits: a client error."""
    model = models.operation_model("sagemaker", "ListEndpoints")
    assert model is not None
    body = json.dumps({"CreationTimeAfter": moment}).encode()
    with pytest.raises(BadValue):
        PROTOCOLS["json"].parse(model, body, b"")
