from __future__ import annotations

import pytest

from app.training.metrics import MetricParser, check_metric_regex, parser_for
from workers.algorithms.base import MetricDefinition

XGBOOST_AUC = r".*\[[0-9]+\].*#011validation-auc:(\S+)"


def test_aws_xgboost_regex_matches_a_tab_line_through_cloudwatch_form() -> None:
    parser = MetricParser([MetricDefinition("validation:auc", XGBOOST_AUC)])
    assert parser.parse("[3]\ttrain-auc:0.91234\tvalidation-auc:0.87654") == [
        ("validation:auc", 0.87654)
    ]
    assert parser.parse("[3]#011train-auc:0.9#011validation-auc:0.8") == [("validation:auc", 0.8)]
    assert parser.parse("[3]\ttrain-auc:0.91234") == []


def test_one_parser_serves_every_job_with_the_same_definitions() -> None:
    definitions = (MetricDefinition("validation:auc", XGBOOST_AUC),)
    parser = parser_for(definitions)
    assert parser_for((MetricDefinition("validation:auc", XGBOOST_AUC),)) is parser
    assert parser_for((MetricDefinition("m", r"m=(\S+)"),)) is not parser
    assert parser.parse("[3]\ttrain-auc:0.9\tvalidation-auc:0.8") == [("validation:auc", 0.8)]


def test_search_anywhere_in_the_line_with_several_definitions() -> None:
    parser = MetricParser(
        [
            MetricDefinition("validation:accuracy", r"validation:accuracy=([0-9.]+)"),
            MetricDefinition("loss", r"loss: ([-+0-9.eE]+)"),
        ]
    )
    line = "epoch 3 - loss: 1.5e-2 validation:accuracy=0.8"
    assert parser.parse(line) == [("validation:accuracy", 0.8), ("loss", 0.015)]
    assert parser.parse("nothing here") == []


@pytest.mark.parametrize("value", ["abc", "nan", "inf", "-inf", "0.8,"])
def test_non_finite_or_non_numeric_captures_are_ignored(value: str) -> None:
    parser = MetricParser([MetricDefinition("m", r"m=(\S+)")])
    assert parser.parse(f"m={value}") == []


def test_an_optional_group_that_did_not_take_part_is_ignored() -> None:
    parser = MetricParser([MetricDefinition("m", r"m(=(\d+))?;")])
    assert parser.parse("m;") == []
    assert parser.parse("m=4;") == []  # the first group is "=4": not a number


def test_json_line_without_definitions() -> None:
    parser = MetricParser([])
    line = (
        '  {"validation:rmse": 0.25, "epoch": 3, "done": true, "name": "x", '
        '"nested": {"a": 1}, "none": null, "huge": 1e999, "big": ' + "9" * 400 + "}\n"
    )
    assert parser.parse(line) == [("validation:rmse", 0.25), ("epoch", 3.0)]


@pytest.mark.parametrize("line", ["[1, 2]", "{not json}", "loss=3", "", '"{}"'])
def test_lines_that_are_not_json_objects_give_nothing(line: str) -> None:
    assert MetricParser([]).parse(line) == []


def test_json_lines_are_not_read_when_definitions_exist() -> None:
    parser = MetricParser([MetricDefinition("m", r"m=(\d+)")])
    assert parser.parse('{"m": 1}') == []


def test_catastrophic_backtracking_pattern_returns_no_match() -> None:
    parser = MetricParser([MetricDefinition("m", r"(a+)+$")])
    line = "a" * 50_000 + "b"
    # RE2 matches in linear time; a backtracking engine would not return from this line.
    assert parser.parse(line) == []


def test_check_metric_regex_accepts_good_patterns() -> None:
    assert check_metric_regex(XGBOOST_AUC) is None
    assert check_metric_regex(r"loss=(?P<value>[0-9.]+)") is None


def test_check_metric_regex_explains_what_is_wrong() -> None:
    message = check_metric_regex("loss=([0-9.]+")
    assert message is not None and "Invalid regex" in message and "missing )" in message

    message = check_metric_regex(r"loss=[0-9.]+")
    assert message is not None and "no capture group" in message

    for unsupported in (r"(?=a)(b)", r"(a)\1"):  # look-around, backreferences: not in RE2
        message = check_metric_regex(unsupported)
        assert message is not None and message.startswith("Invalid regex")
