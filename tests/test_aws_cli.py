"""The AWS CLI (the `awscli` package, run as a user runs it) against openamt's AWS door."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.support.jobs import unique, wait_for, xgboost_job
from tests.support.servers import Server


class Cli:
    """`aws sagemaker ... --endpoint-url` with credentials in the environment only."""

    def __init__(self, server: Server, home: Path) -> None:
        self.server = server
        home.mkdir(parents=True, exist_ok=True)
        self.env = {
            **os.environ,
            "AWS_ACCESS_KEY_ID": "x",
            "AWS_SECRET_ACCESS_KEY": "y",
            "AWS_DEFAULT_REGION": "us-east-1",
            # Nothing of the machine's own AWS setup leaks in.
            "AWS_CONFIG_FILE": str(home / "config"),
            "AWS_SHARED_CREDENTIALS_FILE": str(home / "credentials"),
            "AWS_EC2_METADATA_DISABLED": "true",
        }

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "awscli", "sagemaker", *args]
        command += ["--endpoint-url", self.server.url, "--output", "json"]
        return subprocess.run(
            command, env=self.env, capture_output=True, text=True, timeout=120, check=False
        )

    def __call__(self, *args: str) -> Any:
        result = self.run(*args)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout) if result.stdout.strip() else None


# The AWS CLI is a client of the AWS door: one mode is enough for it (each of its commands
# starts a Python process); tests/test_aws_boto3.py runs the door over both modes.
pytestmark = pytest.mark.parametrize("server", ["embedded"], indirect=True)


@pytest.fixture
def aws(server: Server, tmp_path: Path) -> Cli:
    return Cli(server, tmp_path / "aws-home")


def wait_done(aws: Cli, name: str) -> dict[str, Any]:
    """Wait over REST (each CLI command is a process start), then describe with the CLI."""
    with aws.server.client() as client:
        wait_for(client, name, timeout=180)
    described: dict[str, Any] = aws(
        "describe-hyper-parameter-tuning-job", "--hyper-parameter-tuning-job-name", name
    )
    return described


def test_create_from_cli_input_json_describe_and_list(aws: Cli, tmp_path: Path) -> None:
    prefix = unique("cli")
    names = [f"{prefix}-a", f"{prefix}-b"]
    # The second runs long (50 training jobs, one at a time), to be stopped.
    for name, max_jobs, parallel in [(names[0], 3, 2), (names[1], 50, 1)]:
        request = tmp_path / f"{name}.json"
        body = {
            **xgboost_job(name, max_jobs=max_jobs, parallel=parallel),
            "Tags": [{"Key": "via", "Value": "cli"}],
        }
        request.write_text(json.dumps(body))
        created = aws("create-hyper-parameter-tuning-job", "--cli-input-json", f"file://{request}")
        assert created["HyperParameterTuningJobArn"].endswith(f":hyper-parameter-tuning-job/{name}")

    # The CLI follows NextToken itself: pages of one, both jobs in one answer.
    listed = aws("list-hyper-parameter-tuning-jobs", "--name-contains", prefix, "--page-size", "1")
    assert [
        s["HyperParameterTuningJobName"] for s in listed["HyperParameterTuningJobSummaries"]
    ] == (names)

    aws("stop-hyper-parameter-tuning-job", "--hyper-parameter-tuning-job-name", names[1])
    assert wait_done(aws, names[1])["HyperParameterTuningJobStatus"] == "Stopped"

    name = names[0]
    described = wait_done(aws, name)
    assert described["HyperParameterTuningJobStatus"] == "Completed"
    assert described["TrainingJobStatusCounters"]["Completed"] == 3
    best = described["BestTrainingJob"]["TrainingJobName"]

    top = aws(
        "list-training-jobs-for-hyper-parameter-tuning-job",
        "--hyper-parameter-tuning-job-name", name,
        "--sort-by", "FinalObjectiveMetricValue", "--sort-order", "Descending",
        "--max-items", "1",
    )  # fmt: skip
    assert [s["TrainingJobName"] for s in top["TrainingJobSummaries"]] == [best]
    every = aws(
        "list-training-jobs-for-hyper-parameter-tuning-job",
        "--hyper-parameter-tuning-job-name", name, "--page-size", "2",
    )  # fmt: skip
    assert len(every["TrainingJobSummaries"]) == 3

    training = aws("describe-training-job", "--training-job-name", best)
    assert training["TrainingJobStatus"] == "Completed"
    assert training["TuningJobArn"] == described["HyperParameterTuningJobArn"]
    assert training["HyperParameters"]["_tuning_objective_metric"] == "validation:auc"
    all_training = aws(
        "list-training-jobs", "--name-contains", name, "--status-equals", "Completed"
    )
    assert len(all_training["TrainingJobSummaries"]) == 3

    # Tags: given at create, then added, listed and deleted from the command line.
    arn = described["HyperParameterTuningJobArn"]
    aws("add-tags", "--resource-arn", arn, "--tags", "Key=stage,Value=test")
    tags = aws("list-tags", "--resource-arn", arn)["Tags"]
    assert tags == [{"Key": "via", "Value": "cli"}, {"Key": "stage", "Value": "test"}]
    aws("delete-tags", "--resource-arn", arn, "--tag-keys", "via")
    assert aws("list-tags", "--resource-arn", arn)["Tags"] == [{"Key": "stage", "Value": "test"}]
    training_arn = training["TrainingJobArn"]
    assert aws("list-tags", "--resource-arn", training_arn)["Tags"] == [
        {"Key": "via", "Value": "cli"}
    ]

    # A finished job cannot be stopped; delete, and the errors the CLI reports.
    refused = aws.run("stop-hyper-parameter-tuning-job", "--hyper-parameter-tuning-job-name", name)
    assert refused.returncode != 0 and "ValidationException" in refused.stderr
    for each in names:
        aws("delete-hyper-parameter-tuning-job", "--hyper-parameter-tuning-job-name", each)
    missing = aws.run(
        "describe-hyper-parameter-tuning-job", "--hyper-parameter-tuning-job-name", name
    )
    assert missing.returncode != 0
    assert "ResourceNotFound" in missing.stderr and name in missing.stderr
    assert aws("describe-training-job", "--training-job-name", best)["TrainingJobName"] == best
