"""Debugger's built-in rules on a live openamt: a script-mode job whose loss stops
decreasing is stopped mid-way by LossNotDecreasing with the StopTraining action, its rule
IssuesFound with the reason, a line in its log; a decreasing loss ends Completed with
NoIssuesFound; a rule that reads no metric the job prints ends Error; a training silent past
StalledTrainingRule's threshold is stopped; tensor rules and custom rules are refused at
create; the SageMaker Python SDK v2's `Rule.sagemaker(...)` with StopTraining stops a built-in
XGBoost job."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from botocore.exceptions import ClientError

from tests.support import runs, scripts
from tests.support.jobs import SCRIPT_IMAGE, training_job, unique, wait_training
from tests.support.servers import ROOT, Server, Stack, aws_client

RULES_IMAGE = "503895931360.dkr.ecr.us-east-1.amazonaws.com/sagemaker-debugger-rules:latest"
EPOCHS = 60
# The loss falls for five epochs, then stays flat; each epoch takes a little time, so the
# watcher sees the plateau long before the last epoch.
PLATEAU = f"""
import time
for epoch in range(1, {EPOCHS} + 1):
    loss = 1.0 / epoch if epoch <= 5 else 0.2
    print(f"epoch {{epoch}} train_loss={{loss:.4f}} val_loss={{loss * 1.05:.4f}}", flush=True)
    time.sleep(0.1)
"""
DECREASING = """
for epoch in range(1, 13):
    print(f"epoch {epoch} train_loss={1.0 / epoch:.4f} val_loss={1.02 / epoch:.4f}", flush=True)
"""
# One metric value, then silence far past StalledTrainingRule's threshold.
STALLS = """
import time
print("epoch 1 train_loss=0.5000", flush=True)
time.sleep(60)
print("epoch 2 train_loss=0.4000", flush=True)
"""
# smdebug's ActionList(StopTraining()) as the SDK serializes it into RuleParameters.
STOP_TRAINING = '[{\\"name\\": \\"stoptraining\\", \\"training_job_prefix\\": \\"%s\\"}]'


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    instance = Server(tmp_path_factory.mktemp("debugger") / "data")
    instance.start()
    yield instance
    instance.stop()


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    instance = Stack(tmp_path_factory.mktemp("debugger-stack") / "data", workers=1)
    instance.start()
    yield instance
    instance.stop()


def _job(name: str, code: Path, rules: list[dict[str, Any]]) -> dict[str, Any]:
    hyperparameters = {
        "sagemaker_program": '"train.py"',
        "sagemaker_submit_directory": json.dumps(f"file://{code}"),
    }
    body = training_job(name, image=SCRIPT_IMAGE, hyperparameters=hyperparameters)
    body["AlgorithmSpecification"]["MetricDefinitions"] = [
        {"Name": "train:loss", "Regex": r"train_loss=([0-9\.]+)"},
        {"Name": "validation:loss", "Regex": r"val_loss=([0-9\.]+)"},
    ]
    body["DebugRuleConfigurations"] = rules
    return body


def _rule(name: str, **parameters: str) -> dict[str, Any]:
    return {
        "RuleConfigurationName": name,
        "RuleEvaluatorImage": RULES_IMAGE,
        "RuleParameters": {"rule_to_invoke": name, **parameters},
    }


def _log(server: Server, name: str) -> list[str]:
    with server.client() as http:
        response = http.get(f"/v1/training-jobs/{name}/logs")
    assert response.status_code == 200
    return response.text.splitlines()


def _statuses(job: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {s["RuleConfigurationName"]: s for s in job["DebugRuleEvaluationStatuses"]}


@pytest.mark.parametrize("mode", ["server", "stack"])
def test_a_loss_that_stops_decreasing_stops_the_job(
    mode: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """Embedded and distributed (PostgreSQL, Celery workers): the same watcher, the same
    statuses."""
    server: Server = request.getfixturevalue(mode)
    sm = aws_client(server.url)
    name = unique("rule-stop")
    code = scripts.write_script(tmp_path / "plateau", PLATEAU)
    rules = [
        _rule(
            "LossNotDecreasing",
            num_steps="3",
            diff_percent="1",
            tensor_regex="train:loss",
            action_json=STOP_TRAINING % name,
        ),
        _rule("Overtraining", patience_train="50", patience_validation="50"),
    ]
    sm.create_training_job(**_job(name, code, rules))
    running = sm.describe_training_job(TrainingJobName=name)
    assert _statuses(running)["LossNotDecreasing"]["RuleEvaluationStatus"] in (
        "InProgress",
        "IssuesFound",
    )
    job = wait_training(sm, name)
    assert job["TrainingJobStatus"] == "Stopped", job.get("FailureReason")
    assert job["SecondaryStatus"] == "Stopped"
    assert job["DebugRuleConfigurations"] == rules  # echoed as given

    statuses = _statuses(job)
    fired = statuses["LossNotDecreasing"]
    assert fired["RuleEvaluationStatus"] == "IssuesFound"
    assert "train:loss did not decrease by 1% over 3 steps" in fired["StatusDetails"]
    assert fired["RuleEvaluationJobArn"].startswith(
        "arn:aws:sagemaker:us-east-1:123456789012:processing-job/rule-stop"
    )
    # The other rule had not fired when the job was stopped: it ends without issues.
    assert statuses["Overtraining"]["RuleEvaluationStatus"] == "NoIssuesFound"

    lines = _log(server, name)
    epochs = [line for line in lines if line.startswith("epoch ")]
    assert 8 <= len(epochs) < EPOCHS  # stopped on the plateau, well before the last epoch
    assert any(
        "Debugger rule LossNotDecreasing: IssuesFound: LossNotDecreasing: train:loss" in line
        for line in lines
    )


def test_a_decreasing_loss_completes_with_no_issues(server: Server, tmp_path: Path) -> None:
    sm = aws_client(server.url)
    name = unique("rule-ok")
    code = scripts.write_script(tmp_path / "decreasing", DECREASING)
    rules = [
        _rule("LossNotDecreasing", num_steps="2", action_json=STOP_TRAINING % name),
        _rule("Overfit", ratio_threshold="0.1", patience="2"),
        # Reads a metric the job never prints: it cannot evaluate.
        _rule("Overtraining"),
    ]
    rules[2]["RuleConfigurationName"] = "NoSuchLoss"
    rules[2]["RuleParameters"] = {"rule_to_invoke": "LossNotDecreasing", "tensor_regex": "^acc"}
    sm.create_training_job(**_job(name, code, rules))
    job = wait_training(sm, name)
    assert job["TrainingJobStatus"] == "Completed", job.get("FailureReason")
    statuses = _statuses(job)
    assert statuses["LossNotDecreasing"]["RuleEvaluationStatus"] == "NoIssuesFound"
    assert statuses["Overfit"]["RuleEvaluationStatus"] == "NoIssuesFound"
    assert statuses["NoSuchLoss"]["RuleEvaluationStatus"] == "Error"
    assert "no metric it reads was printed" in statuses["NoSuchLoss"]["StatusDetails"]
    epochs = [line for line in _log(server, name) if line.startswith("epoch ")]
    assert len(epochs) == 12


def test_a_stalled_training_is_stopped(server: Server, tmp_path: Path) -> None:
    sm = aws_client(server.url)
    name = unique("rule-stalled")
    code = scripts.write_script(tmp_path / "stalls", STALLS)
    rule = _rule("StalledTrainingRule", threshold="2", stop_training_on_fire="True")
    sm.create_training_job(**_job(name, code, [rule]))
    job = wait_training(sm, name)
    assert job["TrainingJobStatus"] == "Stopped"
    stalled = _statuses(job)["StalledTrainingRule"]
    assert stalled["RuleEvaluationStatus"] == "IssuesFound"
    assert "no metric value was printed for 2 seconds" in stalled["StatusDetails"]
    assert "epoch 2 train_loss=0.4000" not in _log(server, name)


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        (_rule("VanishingGradient"), "needs tensors that openamt does not collect"),
        (
            {**_rule("LossNotDecreasing"), "RuleEvaluatorImage": "my-registry/my-rule:1"},
            "custom rules are not supported",
        ),
        (_rule("LossNotDecreasing", patience="3"), "RuleParameters.patience: not a parameter"),
        (_rule("Overfit", patience="soon"), "RuleParameters.patience: 'soon' is not"),
    ],
)
def test_rules_openamt_cannot_evaluate_are_refused(
    server: Server, tmp_path: Path, rule: dict[str, Any], message: str
) -> None:
    sm = aws_client(server.url)
    name = unique("rule-refused")
    code = scripts.write_script(tmp_path / "code", DECREASING)
    with pytest.raises(ClientError) as refused:
        sm.create_training_job(**_job(name, code, [rule]))
    assert refused.value.response["Error"]["Code"] == "ValidationException"
    assert message in refused.value.response["Error"]["Message"]
    with pytest.raises(ClientError):  # nothing was stored
        sm.describe_training_job(TrainingJobName=name)


# SageMaker Python SDK v2 as a user writes it: built-in XGBoost with two Debugger rules, one
# of them stopping the job. Argument: the examples' directory (their data.py).
SDK_V2_RULES = """
import json, sys, tempfile
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import sagemaker
from data import write_csv_data
from sagemaker.debugger import Rule, rule_configs
from sagemaker.estimator import Estimator
from sagemaker.inputs import TrainingInput

session = sagemaker.Session()
bucket = session.default_bucket()
with tempfile.TemporaryDirectory() as local:
    write_csv_data(Path(local))
    channels = {
        channel: TrainingInput(
            session.upload_data(f"{local}/{channel}", bucket=bucket, key_prefix=f"rules/{channel}"),
            content_type="text/csv",
        )
        for channel in ("train", "validation")
    }
estimator = Estimator(
    image_uri=sagemaker.image_uris.retrieve("xgboost", session.boto_region_name, version="1.7-1"),
    role="arn:aws:iam::123456789012:role/SageMakerRole",
    instance_count=1,
    instance_type="ml.m5.xlarge",
    output_path=f"s3://{bucket}/rules/output",
    base_job_name="sdk-v2-rules",
    sagemaker_session=session,
    rules=[
        # A fall of half the loss every 5 rounds is more than boosting gives: it fires.
        Rule.sagemaker(
            rule_configs.loss_not_decreasing(),
            rule_parameters={"tensor_regex": "train:rmse", "num_steps": "5", "diff_percent": "50"},
            actions=rule_configs.ActionList(rule_configs.StopTraining()),
        ),
        # Patience past the job's rounds: it never fires.
        Rule.sagemaker(
            rule_configs.overtraining(),
            rule_parameters={"patience_train": "1000", "patience_validation": "1000"},
        ),
    ],
)
estimator.set_hyperparameters(
    objective="reg:squarederror", eval_metric="rmse", num_round=500, max_depth=3, eta=0.05
)
estimator.fit(channels, logs=False)
job = estimator.latest_training_job.describe()
print(json.dumps({
    "training_job": job["TrainingJobName"],
    "status": job["TrainingJobStatus"],
    "rules": estimator.latest_training_job.rule_job_summary(),
    "sent": job["DebugRuleConfigurations"],
}, default=str))
"""


def test_sdk_v2_rules_stop_a_built_in_xgboost_job(server: Server, tmp_path: Path) -> None:
    script = tmp_path / "rules.py"
    script.write_text(SDK_V2_RULES)
    examples = ROOT / "examples" / "sagemaker_sdk_v2"
    result = runs.Example(2, str(script), server, tmp_path / "run", args=(str(examples),))
    outcome = result.run().result
    assert outcome["status"] == "Stopped"
    statuses = {s["RuleConfigurationName"]: s for s in outcome["rules"]}
    assert statuses["LossNotDecreasing"]["RuleEvaluationStatus"] == "IssuesFound"
    assert (
        "train:rmse did not decrease by 50% over 5 steps"
        in (statuses["LossNotDecreasing"]["StatusDetails"])
    )
    assert statuses["Overtraining"]["RuleEvaluationStatus"] == "NoIssuesFound"
    sent = {c["RuleConfigurationName"]: c for c in outcome["sent"]}
    assert sent["LossNotDecreasing"]["RuleEvaluatorImage"].endswith(
        "/sagemaker-debugger-rules:latest"
    )
    assert "stoptraining" in sent["LossNotDecreasing"]["RuleParameters"]["action_json"]
    # Stopped at the rule's first check (round 6), long before its 500 rounds.
    with server.client() as http:
        log = http.get(f"/v1/training-jobs/{outcome['training_job']}/logs").text
    assert "[5]" in log and "[499]" not in log
