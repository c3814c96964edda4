"""Debugger's built-in rules as pure functions (app/training/debug_rules.py judges a request,
app/training/rule_evaluators.py evaluates): each rule's verdicts on hand-made metric series,
its parameters honoured, and what `parse` refuses."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

import pytest

from app.db.models import TrainingJob
from app.errors import ValidationError
from app.training import rule_statuses
from app.training.debug_rules import is_builtin_image, is_loss, parse, phase
from app.training.rule_evaluators import ERROR, ISSUES, NO_ISSUES, STOPPED, RuleBook

IMAGE = "895741380848.dkr.ecr.us-west-2.amazonaws.com/sagemaker-debugger-rules:latest"
JOB = "my-job"
STOP = '[{\\"name\\": \\"stoptraining\\", \\"training_job_prefix\\": \\"my-job\\"}]'


def config(rule: str, name: str | None = None, **parameters: str) -> dict[str, Any]:
    return {
        "RuleConfigurationName": name or rule,
        "RuleEvaluatorImage": IMAGE,
        "RuleParameters": {"rule_to_invoke": rule, **parameters},
    }


def book(rule: str, **parameters: str) -> RuleBook:
    return RuleBook(parse([config(rule, **parameters)], job_name=JOB))


def feed(rules: RuleBook, series: dict[str, list[float]]) -> int | None:
    """Values of each metric in turn, a step at a time: the step at which a rule fired."""
    length = max(len(values) for values in series.values())
    for step in range(length):
        for metric, values in series.items():
            if step < len(values):
                rules.observe(metric, values[step])
        if rules.take_fresh():
            return step + 1
    return None


def verdict(rules: RuleBook, *, stopped_by_user: bool = False) -> tuple[str, str | None]:
    (finding,) = rules.final(stopped_by_user=stopped_by_user)
    return finding.status, finding.details


# --- LossNotDecreasing ----------------------------------------------------------------------


def test_loss_not_decreasing_fires_on_a_plateau_at_its_check() -> None:
    rules = book("LossNotDecreasing", num_steps="3", diff_percent="1")
    loss = [1.0, 0.5, 0.3, 0.25, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2]
    # Checks at steps 4, 7, 10: 0.25 vs 1.0 and 0.2 vs 0.25 fell enough; 0.2 vs 0.2 did not.
    assert feed(rules, {"train:loss": loss}) == 10
    status, details = verdict(rules)
    assert status == ISSUES
    assert details == (
        "LossNotDecreasing: train:loss did not decrease by 1% over 3 steps (from 0.2 to 0.2)"
    )


def test_loss_not_decreasing_is_quiet_on_a_falling_loss() -> None:
    rules = book("LossNotDecreasing", num_steps="2")
    assert feed(rules, {"train:loss": [1.0 / n for n in range(1, 30)]}) is None
    assert verdict(rules) == (NO_ISSUES, None)


def test_diff_percent_asks_for_a_faster_fall() -> None:
    falling = {"train:loss": [1.0 * 0.97**n for n in range(30)]}  # 3% a step, ~14% per 5
    assert feed(book("LossNotDecreasing", num_steps="5", diff_percent="10"), falling) is None
    assert feed(book("LossNotDecreasing", num_steps="5", diff_percent="20"), falling) == 6


def test_a_rise_past_increase_threshold_percent_fires_at_once() -> None:
    rules = book("LossNotDecreasing", num_steps="10", increase_threshold_percent="5")
    assert feed(rules, {"train:loss": [1.0, 0.8, 0.82, 0.9]}) == 4  # 12.5% above 0.8
    assert "rose to 0.9, 12.5% above its lowest value 0.8" in str(verdict(rules)[1])
    tolerant = book("LossNotDecreasing", num_steps="10", increase_threshold_percent="20")
    assert feed(tolerant, {"train:loss": [1.0, 0.8, 0.82, 0.9]}) is None


def test_tensor_regex_and_mode_pick_the_metrics() -> None:
    flat, falling = [1.0] * 12, [1.0 / n for n in range(1, 13)]
    series = {"train:loss": falling, "validation:loss": flat, "train:accuracy": flat}
    assert feed(book("LossNotDecreasing", tensor_regex="^train:loss$"), series) is None
    assert feed(book("LossNotDecreasing", tensor_regex="validation"), series) == 11
    assert feed(book("LossNotDecreasing", mode="TRAIN"), series) is None
    assert feed(book("LossNotDecreasing", mode="EVAL"), series) == 11
    # The losses collection (the default) holds no accuracy: only the flat validation loss.
    assert feed(book("LossNotDecreasing", collection_names="metrics", mode="TRAIN"), series) == 11


def test_a_rule_that_reads_no_metric_ends_in_error() -> None:
    rules = book("LossNotDecreasing", tensor_regex="^acc")
    feed(rules, {"train:loss": [1.0, 0.5]})
    status, details = verdict(rules)
    assert status == ERROR
    assert "no metric it reads was printed" in str(details)


def test_a_stopped_job_stops_its_rules() -> None:
    rules = book("LossNotDecreasing")
    feed(rules, {"train:loss": [1.0, 0.5]})
    assert verdict(rules, stopped_by_user=True)[0] == STOPPED


# --- Overfit --------------------------------------------------------------------------------


def test_overfit_fires_when_validation_pulls_away_for_patience_steps() -> None:
    train = [1.0, 0.8, 0.6, 0.5, 0.4, 0.3]
    validation = [1.05, 0.85, 0.7, 0.6, 0.5, 0.4]  # ratio: .05 .06 .17 .2 .25 .33
    assert feed(book("Overfit", patience="1"), {"train:loss": train, "val:loss": validation}) == 3
    assert feed(book("Overfit", patience="3"), {"train:loss": train, "val:loss": validation}) == 5
    lenient = book("Overfit", ratio_threshold="0.5")
    assert feed(lenient, {"train:loss": train, "val:loss": validation}) is None
    late = book("Overfit", start_step="5", patience="1")
    assert feed(late, {"train:loss": train, "val:loss": validation}) == 5


def test_overfit_reports_the_pair() -> None:
    rules = book("Overfit")
    feed(rules, {"train-rmse": [1.0, 1.0], "validation-rmse": [1.0, 1.5]})
    status, details = verdict(rules)
    assert status == ISSUES
    assert "validation-rmse (1.5) exceeded train-rmse (1) by 50.0% of it at step 2" in str(details)


def test_overfit_without_a_validation_loss_cannot_evaluate() -> None:
    rules = book("Overfit")
    feed(rules, {"train:loss": [1.0, 0.9, 0.8]})
    assert verdict(rules)[0] == ERROR


# --- Overtraining -----------------------------------------------------------------------


def test_overtraining_counts_steps_without_improvement() -> None:
    train = [1.0, 0.5, 0.4, 0.399, 0.398, 0.397, 0.396]  # no gain over delta 0.01 after 0.4
    assert feed(book("Overtraining", patience_train="4"), {"train:loss": train}) == 7
    assert feed(book("Overtraining", patience_train="5"), {"train:loss": train}) is None
    assert (
        feed(book("Overtraining", patience_train="4", delta="0.0001"), {"train:loss": train})
        is None
    )


def test_overtraining_watches_the_validation_loss_with_its_own_patience() -> None:
    series = {"train:loss": [1.0 / n for n in range(1, 12)], "validation:loss": [0.5] * 11}
    assert feed(book("Overtraining", patience_validation="10"), series) == 11
    assert feed(book("Overtraining"), {"validation:loss": [0.5] * 10}) is None


# --- StalledTrainingRule ----------------------------------------------------------------


def test_stalled_training_fires_past_its_threshold() -> None:
    rules = book("StalledTrainingRule", threshold="60")
    rules.idle(59.5)
    assert rules.take_fresh() == []
    rules.idle(61)
    (finding,) = rules.take_fresh()
    assert finding.details == (
        "StalledTrainingRule: no metric value was printed for 60 seconds (threshold)"
    )
    assert not rules.stop_requested  # stop_training_on_fire defaults to False


def test_stalled_training_stops_when_asked() -> None:
    rules = book("StalledTrainingRule", threshold="1", stop_training_on_fire="True")
    rules.idle(2)
    assert rules.stop_requested


def test_stalled_training_without_a_fire_ends_with_no_issues() -> None:
    rules = book("StalledTrainingRule")
    rules.idle(5)
    assert verdict(rules) == (NO_ISSUES, None)


# --- the action ---------------------------------------------------------------------------


def test_stop_training_action_marks_the_rule_as_stopping() -> None:
    (rule,) = parse([config("LossNotDecreasing", action_json=STOP)], job_name=JOB)
    assert rule.stops
    (quiet,) = parse([config("LossNotDecreasing")], job_name=JOB)
    assert not quiet.stops


def test_a_fired_rule_is_done() -> None:
    rules = book("LossNotDecreasing", num_steps="1", action_json=STOP)
    assert feed(rules, {"train:loss": [1.0, 1.0]}) == 2
    assert rules.stop_requested
    rules.observe("train:loss", 0.1)
    assert rules.take_fresh() == []


# --- names -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("metric", "expected"),
    [
        ("train:rmse", ("TRAIN", "rmse")),
        ("validation:logloss", ("EVAL", "logloss")),
        ("val_loss", ("EVAL", "loss")),
        ("train-loss", ("TRAIN", "loss")),
        ("loss", (None, "loss")),
        ("accuracy:train", (None, "train")),
    ],
)
def test_phase(metric: str, expected: tuple[str | None, str]) -> None:
    assert phase(metric) == expected


def test_the_losses_collection() -> None:
    assert is_loss("train:loss") and is_loss("Validation-LogLoss") and is_loss("train:rmse")
    assert not is_loss("validation:auc") and not is_loss("train:accuracy")


def test_the_rules_image() -> None:
    assert is_builtin_image(IMAGE)
    assert is_builtin_image("sagemaker-debugger-rules")
    assert not is_builtin_image(
        "123.dkr.ecr.us-east-1.amazonaws.com/sagemaker-debugger-rule-evaluator:latest"
    )


# --- what parse refuses ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("configuration", "message"),
    [
        (config("DeadRelu"), "DeadRelu needs tensors that openamt does not collect"),
        (config("CreateXgboostReport"), "needs tensors that openamt does not collect"),
        (config("NoSuchRule"), "'NoSuchRule' is not a Debugger built-in rule"),
        ({**config("Overfit"), "RuleEvaluatorImage": "me/my-rule"}, "custom rules"),
        (
            {
                **config("Overfit"),
                "RuleParameters": {"rule_to_invoke": "Overfit", "source_s3_uri": "s3://b/r.py"},
            },
            "custom rules",
        ),
        ({**config("Overfit"), "RuleParameters": {}}, "rule_to_invoke: required"),
        (config("Overfit", delta="1"), "RuleParameters.delta: not a parameter of Overfit"),
        (config("LossNotDecreasing", num_steps="0"), "num_steps: '0' is not an integer of 1"),
        (config("LossNotDecreasing", diff_percent="100"), "diff_percent: '100' is not"),
        (config("LossNotDecreasing", mode="PREDICT"), "mode: 'PREDICT' is not EVAL, TRAIN"),
        (config("LossNotDecreasing", tensor_regex="(unclosed"), "Invalid regex '(unclosed'"),
        (config("LossNotDecreasing", collection_names="gradients"), "no collection 'gradients'"),
        (config("StalledTrainingRule", stop_training_on_fire="yes"), "'yes' is not True or False"),
        (
            config("StalledTrainingRule", training_job_name_prefix="other"),
            "the prefix 'other' does not begin its name 'my-job'",
        ),
        (
            config("LossNotDecreasing", action_json='[{"name": "email", "endpoint": "a@b.com"}]'),
            "the email action is not supported",
        ),
        (config("LossNotDecreasing", action_json="stop please"), "not an action list"),
        (
            config(
                "LossNotDecreasing",
                action_json='[{"name": "stoptraining", "training_job_prefix": "x"}]',
            ),
            "stop only their own training job",
        ),
    ],
)
def test_parse_refuses(configuration: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match="DebugRuleConfigurations\\[0\\]") as refused:
        parse([configuration], job_name=JOB)
    assert message in str(refused.value)


def test_parse_refuses_a_name_given_twice() -> None:
    with pytest.raises(ValidationError, match="given twice"):
        parse([config("Overfit"), config("Overtraining", name="Overfit")], job_name=JOB)


def test_parse_takes_the_documented_defaults() -> None:
    (rule,) = parse([config("LossNotDecreasing")], job_name=JOB)
    assert rule.params == {
        "collection_names": (),
        "tensor_regex": (),
        "use_losses_collection": True,
        "num_steps": 10,
        "diff_percent": 0.1,
        "increase_threshold_percent": 5.0,
        "mode": "GLOBAL",
    }
    (stalled,) = parse([config("StalledTrainingRule")], job_name=JOB)
    assert stalled.params["threshold"] == 1800 and not stalled.stops


# --- statuses (app/training/rule_statuses.py) ---------------------------------------------


def test_evaluation_names_are_processing_job_names() -> None:
    pattern = re.compile(r"[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}")  # botocore's ProcessingJobName
    for job, rule in [("my-job", "LossNotDecreasing"), ("j" * 63, "r" * 256), ("x", "a b/c__")]:
        name = rule_statuses.evaluation_name(job, rule)
        assert pattern.fullmatch(name), name
    assert rule_statuses.evaluation_name("my-job", "LossNotDecreasing").startswith(
        "my-job-LossNotDecreasing-"
    )
    # Two rules of one job are told apart even where their names are cut.
    assert rule_statuses.evaluation_name("j", "r" * 80 + "1") != rule_statuses.evaluation_name(
        "j", "r" * 80 + "2"
    )


def _training(status: str, statuses: list[dict[str, Any]]) -> TrainingJob:
    stamp = datetime(2026, 1, 1, tzinfo=UTC)
    return TrainingJob(
        name=JOB,
        status=status,
        debug_rule_statuses=statuses,
        creation_time=stamp,
        last_modified_time=stamp,
        training_end_time=stamp if status != "InProgress" else None,
    )


def _status(rule: str, status: str = "InProgress") -> dict[str, Any]:
    return {
        "RuleConfigurationName": rule,
        "RuleEvaluationJobArn": f"arn:aws:sagemaker:us-east-1:123456789012:processing-job/{rule}",
        "RuleEvaluationStatus": status,
        "LastModifiedTime": "2026-01-01T00:00:00+00:00",
    }


def test_a_job_that_ended_before_its_rules_were_evaluated() -> None:
    statuses = [_status("a"), _status("b", "IssuesFound")]
    failed = rule_statuses.described(_training("Failed", statuses))
    assert failed is not None
    assert [s["RuleEvaluationStatus"] for s in failed] == ["Error", "IssuesFound"]
    assert failed[0]["StatusDetails"] == "The training job ended before the rule was evaluated"
    stopped = rule_statuses.described(_training("Stopped", statuses))
    assert stopped is not None and stopped[0]["RuleEvaluationStatus"] == "Stopped"
    running = rule_statuses.described(_training("InProgress", statuses))
    assert running is not None and running[0]["RuleEvaluationStatus"] == "InProgress"
    assert running[0]["LastModifiedTime"] == datetime(2026, 1, 1, tzinfo=UTC)
    assert rule_statuses.described(_training("Completed", [])) is None  # no rules, no member


def test_a_final_status_is_not_changed_again() -> None:
    rules = book("LossNotDecreasing", num_steps="1")
    feed(rules, {"train:loss": [1.0, 1.0]})
    fired = rules.final(stopped_by_user=False)
    after = rule_statuses.updated([_status("LossNotDecreasing")], fired)
    assert after[0]["RuleEvaluationStatus"] == "IssuesFound"
    stopped = RuleBook(parse([config("LossNotDecreasing")], job_name=JOB)).final(
        stopped_by_user=True
    )
    assert rule_statuses.updated(after, stopped) == after
