"""Standalone training jobs (what `estimator.fit()` and v3's `ModelTrainer.train()` create)
through unmodified boto3 against a live openamt, in both modes: the built-in XGBoost and
script mode run to Completed with their metrics and model; Stop kills the process tree;
Delete; every ListTrainingJobs filter; bad input; what Describe must carry for the SDK."""

from __future__ import annotations

import json
import os
import signal
import tarfile
import textwrap
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from botocore.exceptions import ClientError

from tests.support import scripts
from tests.support.jobs import (
    SCRIPT_IMAGE,
    training_job,
    unique,
    wait_training,
    xgboost_job,
)
from tests.support.servers import Server, alive, aws_client, job_processes, job_scripts
from tests.support.shapes import check_structure, root_shape
from tests.support.times import wall_training_seconds

# The script's view of what it was given: arguments, hyperparameter variables, its channel.
RECORDS_ARGS = """
import json, os, sys
print("argv", json.dumps(sys.argv[1:]), flush=True)
for epoch in range(1, 4):
    print(f"epoch {epoch} loss={1.0 / epoch:.4f}", flush=True)
record = {
    "argv": sys.argv[1:],
    "booster": os.environ.get("SM_HP_BOOSTER"),
    "hps": json.loads(os.environ["SM_HPS"]),
    "channels": json.loads(os.environ["SM_CHANNELS"]),
    "train_files": sorted(os.listdir(os.environ["SM_CHANNEL_TRAIN"])),
}
with open(os.path.join(os.environ["SM_MODEL_DIR"], "record.json"), "w") as f:
    json.dump(record, f)
"""


def _local(server: Server, uri: str) -> Path:
    assert uri.startswith("s3://"), uri
    return server.data_dir / "s3" / uri[len("s3://") :]


def _model_member(server: Server, uri: str, member: str) -> bytes:
    with tarfile.open(_local(server, uri)) as tar:
        extracted = tar.extractfile(member)
        assert extracted is not None
        return extracted.read()


def _code(name: str, tmp_path: Path, source: str) -> Path:
    return scripts.write_script(tmp_path / name, source)


def _script_job(name: str, code: Path, **extra: Any) -> dict[str, Any]:
    hyperparameters = {
        # As a framework estimator sends them: JSON-encoded.
        "sagemaker_program": '"train.py"',
        "sagemaker_submit_directory": json.dumps(f"file://{code}"),
        "booster": '"gbtree"',
        "depth": "3",
    }
    body = training_job(name, image=SCRIPT_IMAGE, hyperparameters=hyperparameters, **extra)
    body["AlgorithmSpecification"]["MetricDefinitions"] = [
        {"Name": "train:loss", "Regex": r"loss=([0-9\.]+)"}
    ]
    return body


def _code_of(error: pytest.ExceptionInfo[ClientError]) -> str:
    return str(error.value.response["Error"]["Code"])


# --- the wire models against botocore ------------------------------------------------------


@pytest.mark.parametrize(
    ("operation", "direction", "model"),
    [
        ("CreateTrainingJob", "input", "CreateTrainingJobRequest"),
        ("CreateTrainingJob", "output", "CreateTrainingJobResponse"),
        ("StopTrainingJob", "input", "StopTrainingJobRequest"),
        ("DeleteTrainingJob", "input", "DeleteTrainingJobRequest"),
    ],
)
def test_training_job_models_match_botocore(operation: str, direction: str, model: str) -> None:
    from app.training import schemas

    check_structure(root_shape(operation, direction), getattr(schemas, model), operation, set())


# --- runs -----------------------------------------------------------------------------------


def test_builtin_xgboost_job_completes_with_metrics_and_model(server: Server) -> None:
    sm = aws_client(server.url)
    name = unique("standalone-xgb")
    body = training_job(
        name,
        # JSON-quoted as a framework estimator sends them: the container decodes them.
        hyperparameters={"objective": '"binary:logistic"', "num_round": "8", "eval_metric": "auc"},
        RetryStrategy={"MaximumRetryAttempts": 1},
        Tags=[{"Key": "team", "Value": "fraud"}],
    )
    arn = sm.create_training_job(**body)["TrainingJobArn"]
    assert arn == f"arn:aws:sagemaker:us-east-1:123456789012:training-job/{name}"
    job = wait_training(sm, name)
    assert job["TrainingJobStatus"] == "Completed", job.get("FailureReason")
    assert job["SecondaryStatus"] == "Completed"
    assert "TuningJobArn" not in job
    metrics = {m["MetricName"]: m["Value"] for m in job["FinalMetricDataList"]}
    assert 0.5 < metrics["validation:auc"] <= 1.0 and "train:auc" in metrics
    model = job["ModelArtifacts"]["S3ModelArtifacts"]
    assert model == f"s3://test-bucket/fraud/standalone/{name}/output/model.tar.gz"
    assert _model_member(server, model, "xgboost-model")
    # What the SDK reads without .get(): all present, as AWS answers them.
    assert job["OutputDataConfig"]["KmsKeyId"] == ""
    assert job["HyperParameters"] == body["HyperParameters"]  # as sent, quotes and all
    assert job["EnableNetworkIsolation"] is False
    assert job["EnableInterContainerTrafficEncryption"] is False
    assert job["EnableManagedSpotTraining"] is False
    assert job["RoleArn"] == body["RoleArn"]
    assert job["ResourceConfig"] == body["ResourceConfig"]
    assert job["StoppingCondition"] == body["StoppingCondition"]
    assert job["RetryStrategy"] == {"MaximumRetryAttempts": 1}
    assert isinstance(job["TrainingStartTime"], datetime)
    definitions = {
        d["Name"]: d["Regex"] for d in job["AlgorithmSpecification"]["MetricDefinitions"]
    }
    assert {"validation:auc", "train:auc", "validation:rmse"} <= set(definitions)
    assert len(definitions) <= 40
    transitions = [t["Status"] for t in job["SecondaryStatusTransitions"]]
    assert transitions[0] == "Starting" and transitions[-1] == "Completed"
    assert "Training" in transitions
    assert all("EndTime" in t for t in job["SecondaryStatusTransitions"])
    # The runner's measure of the training process lies within the job's start and end; a job
    # that is not spot is billed for what it trained.
    assert 1 <= job["TrainingTimeInSeconds"] <= wall_training_seconds(job)
    assert job["BillableTimeInSeconds"] == job["TrainingTimeInSeconds"]
    assert sm.list_tags(ResourceArn=arn)["Tags"] == [{"Key": "team", "Value": "fraud"}]

    with pytest.raises(ClientError) as again:
        sm.create_training_job(**body)
    assert _code_of(again) == "ResourceInUse"
    with pytest.raises(ClientError) as upper:
        sm.create_training_job(**{**body, "TrainingJobName": name.upper()})
    assert _code_of(upper) == "ResourceInUse"  # names are not case sensitive


def test_script_mode_job_gets_decoded_hyperparameters(server: Server, tmp_path: Path) -> None:
    sm = aws_client(server.url)
    code = _code("code", tmp_path, RECORDS_ARGS)
    name = unique("standalone-script")
    body = _script_job(name, code)
    sm.create_training_job(**body)
    job = wait_training(sm, name)
    assert job["TrainingJobStatus"] == "Completed", job.get("FailureReason")
    assert job["HyperParameters"]["booster"] == '"gbtree"'  # Describe shows what was sent
    record = json.loads(
        _model_member(server, job["ModelArtifacts"]["S3ModelArtifacts"], "record.json")
    )
    # As the framework containers read them: JSON decoded where it parses.
    assert record["argv"] == ["--booster", "gbtree", "--depth", "3"]
    assert record["booster"] == "gbtree"
    assert record["hps"] == {"booster": "gbtree", "depth": 3}
    assert record["channels"] == ["train", "validation"]
    assert record["train_files"] == ["data.csv"]
    assert {m["MetricName"]: m["Value"] for m in job["FinalMetricDataList"]} == {
        "train:loss": pytest.approx(1 / 3, abs=1e-3)
    }
    assert job["AlgorithmSpecification"]["MetricDefinitions"] == [
        {"Name": "train:loss", "Regex": r"loss=([0-9\.]+)"}
    ]

    # The program named by the environment instead (SAGEMAKER_PROGRAM / _SUBMIT_DIRECTORY).
    by_environment = unique("standalone-env")
    sm.create_training_job(
        **training_job(
            by_environment,
            image=SCRIPT_IMAGE,
            hyperparameters={"depth": "5"},
            Environment={
                "SAGEMAKER_PROGRAM": "train.py",
                "SAGEMAKER_SUBMIT_DIRECTORY": f"file://{code}",
            },
        )
    )
    job = wait_training(sm, by_environment)
    assert job["TrainingJobStatus"] == "Completed", job.get("FailureReason")
    record = json.loads(
        _model_member(server, job["ModelArtifacts"]["S3ModelArtifacts"], "record.json")
    )
    assert record["argv"] == ["--depth", "5"]
    assert job["Environment"]["SAGEMAKER_PROGRAM"] == "train.py"


def test_container_entrypoint_runs_a_script_of_a_channel(server: Server, tmp_path: Path) -> None:
    sm = aws_client(server.url)
    drivers = tmp_path / "drivers"
    drivers.mkdir()
    # Reads its paths from the SM_* variables, as a script without its own /opt/ml must.
    (drivers / "run.sh").write_text(
        textwrap.dedent(
            """\
            set -e
            echo "args $*"
            echo "accuracy=0.875"
            echo "$1" > "$SM_MODEL_DIR/arg.txt"
            """
        )
    )
    (drivers / "sm_train.sh").write_text("cd /opt/ml/input/data/code\npython train.py\n")
    name = unique("entrypoint")
    body = training_job(name, image=SCRIPT_IMAGE, hyperparameters={})
    body["InputDataConfig"].append(
        {
            "ChannelName": "sm_drivers",
            "DataSource": {
                "S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": f"file://{drivers}"}
            },
        }
    )
    body["AlgorithmSpecification"].update(
        ContainerEntrypoint=["/bin/bash", "/opt/ml/input/data/sm_drivers/run.sh"],
        ContainerArguments=["first"],
        MetricDefinitions=[{"Name": "accuracy", "Regex": r"accuracy=([0-9\.]+)"}],
    )
    sm.create_training_job(**body)
    job = wait_training(sm, name)
    assert job["TrainingJobStatus"] == "Completed", job.get("FailureReason")
    assert job["FinalMetricDataList"][0]["Value"] == 0.875
    assert _model_member(server, job["ModelArtifacts"]["S3ModelArtifacts"], "arg.txt") == b"first\n"
    assert job["AlgorithmSpecification"]["ContainerEntrypoint"] == [
        "/bin/bash",
        "/opt/ml/input/data/sm_drivers/run.sh",
    ]

    # SDK v3's driver names absolute /opt/ml paths: the job's own /opt/ml (the sandbox,
    # workers/sandbox.py) lets it run. Without one it fails at once, saying why
    # (tests/test_sandbox.py runs that with OPENAMT_SANDBOX=off).
    code = _code("v3-code", tmp_path, 'print("accuracy=0.75")\n')
    v3 = unique("entrypoint-v3")
    body["TrainingJobName"] = v3
    body["InputDataConfig"].append(
        {
            "ChannelName": "code",
            "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": f"file://{code}"}},
        }
    )
    body["AlgorithmSpecification"]["ContainerEntrypoint"] = [
        "/bin/bash",
        "/opt/ml/input/data/sm_drivers/sm_train.sh",
    ]
    sm.create_training_job(**body)
    job = wait_training(sm, v3, timeout=60)
    assert job["TrainingJobStatus"] == "Completed", job.get("FailureReason")
    assert job["FinalMetricDataList"][0]["Value"] == 0.75


def test_stop_kills_the_process_tree_and_delete_removes_the_job(
    server: Server, tmp_path: Path
) -> None:
    sm = aws_client(server.url)
    code = _code("sleeper", tmp_path, scripts.SLEEPER)
    name = unique("standalone-stop")
    body = training_job(
        name,
        image=SCRIPT_IMAGE,
        hyperparameters={"sagemaker_program": "train.py", "sagemaker_submit_directory": str(code)},
    )
    sm.create_training_job(**body)
    pids_file = server.data_dir / "jobs" / name / "output" / "data" / "pids"
    deadline = time.monotonic() + 60
    while not (pids_file.exists() and pids_file.read_text().strip()):
        assert time.monotonic() < deadline, "the script never started"
        time.sleep(0.1)
    # The host's PIDs (in a sandbox the file holds the namespace's): the script (forked by a
    # script host, or with bwrap and its init) and its child.
    pids = sorted({*job_processes(name), *job_scripts(name, server.data_dir)})
    assert len(pids) >= 2, pids
    assert wait_training(sm, name, ("InProgress",))["SecondaryStatus"] in (
        "Training",
        "Downloading",
    )

    with pytest.raises(ClientError) as busy:
        sm.delete_training_job(TrainingJobName=name)
    assert _code_of(busy) == "ResourceInUse"

    sm.stop_training_job(TrainingJobName=name)
    sm.stop_training_job(TrainingJobName=name)  # a second stop is a no-op
    job = wait_training(sm, name, ("Stopped",), timeout=60)
    assert job["SecondaryStatus"] == "Stopped"
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in pids):
        assert time.monotonic() < deadline, "the process tree outlived the stop"
        time.sleep(0.1)
    assert [t["Status"] for t in job["SecondaryStatusTransitions"]][-2:] == ["Stopping", "Stopped"]
    with pytest.raises(ClientError) as finished:
        sm.stop_training_job(TrainingJobName=name)
    assert _code_of(finished) == "ValidationException"

    sm.delete_training_job(TrainingJobName=name)
    with pytest.raises(ClientError) as gone:
        sm.describe_training_job(TrainingJobName=name)
    assert _code_of(gone) == "ResourceNotFound"
    assert not (server.data_dir / "jobs" / name).exists()
    assert name not in [
        j["TrainingJobName"]
        for j in sm.list_training_jobs(NameContains=name, MaxResults=100)["TrainingJobSummaries"]
    ]
    # The name is free again.
    sm.create_training_job(**{**body, "HyperParameters": {}, "Environment": {
        "SAGEMAKER_PROGRAM": "train.py", "SAGEMAKER_SUBMIT_DIRECTORY": str(code)}})  # fmt: skip
    sm.stop_training_job(TrainingJobName=name)
    assert wait_training(sm, name, ("Stopped",), timeout=60)["TrainingJobStatus"] == "Stopped"


def test_list_training_jobs_filters(server: Server, tmp_path: Path) -> None:
    sm = aws_client(server.url)
    failing = _code("fails", tmp_path, scripts.FAILS)
    quick = _code("quick", tmp_path, "print('loss=0.5')\n")
    prefix = unique("lst")
    before = datetime.now(UTC) - timedelta(seconds=1)
    names = []
    for i, code in enumerate([quick, failing, quick]):
        name = f"{prefix}-{i}"
        names.append(name)
        sm.create_training_job(
            **training_job(
                name,
                image=SCRIPT_IMAGE,
                hyperparameters={
                    "sagemaker_program": "train.py",
                    "sagemaker_submit_directory": str(code),
                },
            )
        )
        time.sleep(0.05)  # distinct creation times
    ended = {name: wait_training(sm, name) for name in names}
    assert [ended[n]["TrainingJobStatus"] for n in names] == ["Completed", "Failed", "Completed"]
    assert "the training data has no label column" in ended[names[1]]["FailureReason"]

    def listed(**params: Any) -> list[str]:
        found, token = [], None
        while True:
            page = sm.list_training_jobs(
                NameContains=prefix, **params, **({"NextToken": token} if token else {})
            )
            found += [s["TrainingJobName"] for s in page["TrainingJobSummaries"]]
            token = page.get("NextToken")
            if not token:
                return found

    assert listed() == names  # CreationTime, Ascending by default
    assert listed(SortOrder="Descending") == names[::-1]
    assert listed(SortBy="Name", SortOrder="Descending") == sorted(names, reverse=True)
    assert listed(SortBy="Status") == [names[0], names[2], names[1]]
    assert listed(MaxResults=1) == names  # one a page, NextToken to the end
    assert listed(StatusEquals="Failed") == [names[1]]
    assert listed(StatusEquals="InProgress") == []
    second = sm.describe_training_job(TrainingJobName=names[1])
    assert listed(CreationTimeAfter=second["CreationTime"]) == [names[2]]
    assert listed(CreationTimeBefore=second["CreationTime"]) == [names[0]]
    assert listed(CreationTimeAfter=before) == names
    assert listed(CreationTimeBefore=before) == []
    latest = max(ended[n]["LastModifiedTime"] for n in names)
    assert listed(LastModifiedTimeAfter=latest) == []
    assert listed(LastModifiedTimeBefore=latest + timedelta(seconds=1)) == names
    assert listed(LastModifiedTimeAfter=before) == names
    assert listed(WarmPoolStatusEquals="Available") == []  # openamt keeps no warm pools
    only = sm.list_training_jobs(NameContains=f"{prefix}-1")["TrainingJobSummaries"]
    assert [s["TrainingJobName"] for s in only] == [names[1]]
    assert only[0]["TrainingJobStatus"] == "Failed" and only[0]["SecondaryStatus"] == "Failed"
    with pytest.raises(ClientError) as bad_token:
        sm.list_training_jobs(NextToken="not-a-token")
    assert _code_of(bad_token) == "ValidationException"


def test_bad_input_is_refused_and_leaves_nothing(server: Server, tmp_path: Path) -> None:
    sm = aws_client(server.url)
    name = unique("bad")
    good = training_job(name)
    cases: list[tuple[dict[str, Any], str]] = [
        (
            {k: v for k, v in good.items() if k != "AlgorithmSpecification"},
            "AlgorithmSpecification",
        ),
        (
            {
                **good,
                "AlgorithmSpecification": {
                    "TrainingImage": SCRIPT_IMAGE,
                    "TrainingInputMode": "File",
                },
            },
            "sagemaker_program",
        ),  # noqa: E501
        ({**good, "EnableManagedSpotTraining": True}, "MaxWaitTimeInSeconds"),
        (
            {**good, "StoppingCondition": {"MaxRuntimeInSeconds": 60, "MaxWaitTimeInSeconds": 120}},
            "only valid with managed spot",
        ),  # noqa: E501
        (
            {
                **good,
                "AlgorithmSpecification": {
                    **good["AlgorithmSpecification"],
                    "ContainerArguments": ["x"],
                },
            },
            "ContainerEntrypoint",
        ),  # noqa: E501
        (
            {
                **good,
                "AlgorithmSpecification": {
                    **good["AlgorithmSpecification"],
                    "MetricDefinitions": [{"Name": "m", "Regex": "no group"}],
                },
            },
            "MetricDefinitions[0].Regex",
        ),  # noqa: E501
        (
            {**good, "OutputDataConfig": {"S3OutputPath": "file:///etc/openamt-output"}},
            "OutputDataConfig.S3OutputPath",
        ),  # noqa: E501
        ({k: v for k, v in good.items() if k != "ResourceConfig"}, "ResourceConfig"),
        ({**good, "Tags": [{"Key": "a", "Value": "1"}, {"Key": "a", "Value": "2"}]}, "Tags"),
    ]
    for body, expected in cases:
        with pytest.raises(ClientError) as refused:
            sm.create_training_job(**body)
        assert _code_of(refused) == "ValidationException", body
        assert expected in refused.value.response["Error"]["Message"]
    # botocore does not check patterns: the server does.
    with pytest.raises(ClientError) as pattern:
        sm.create_training_job(**{**good, "TrainingJobName": "-leading-hyphen"})
    assert _code_of(pattern) == "ValidationException"
    with pytest.raises(ClientError) as missing:
        sm.describe_training_job(TrainingJobName=name)
    assert _code_of(missing) == "ResourceNotFound"  # nothing was stored
    for call in (sm.stop_training_job, sm.delete_training_job):
        with pytest.raises(ClientError) as unknown:
            call(TrainingJobName=name)
        assert _code_of(unknown) == "ResourceNotFound"


def test_tuning_job_describe_carries_what_the_sdk_attach_reads(server: Server) -> None:
    sm = aws_client(server.url)
    name = unique("attach")[:32]
    sm.create_hyper_parameter_tuning_job(**xgboost_job(name, max_jobs=1, parallel=1, num_round=3))
    described = sm.describe_hyper_parameter_tuning_job(HyperParameterTuningJobName=name)
    definition = described["TrainingJobDefinition"]
    assert definition["StaticHyperParameters"]["_tuning_objective_metric"] == "validation:auc"
    assert definition["OutputDataConfig"]["KmsKeyId"] == ""
    while True:
        jobs = sm.list_training_jobs_for_hyper_parameter_tuning_job(
            HyperParameterTuningJobName=name
        )["TrainingJobSummaries"]
        if jobs:
            break
        time.sleep(0.2)
    training = sm.describe_training_job(TrainingJobName=jobs[0]["TrainingJobName"])
    assert training["HyperParameters"]["_tuning_objective_metric"] == "validation:auc"
    assert training["OutputDataConfig"]["KmsKeyId"] == ""
    names = {d["Name"] for d in training["AlgorithmSpecification"]["MetricDefinitions"]}
    assert "validation:auc" in names


# --- a killed worker ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fast_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    instance = Server(
        tmp_path_factory.mktemp("standalone-faults") / "data",
        # HANGS_ONCE's host PIDs and marker file need the host's view (see test_e2e_faults.py).
        env={
            "OPENAMT_LEASE_SECONDS": "2",
            "OPENAMT_HEARTBEAT_SECONDS": "0.3",
            "OPENAMT_SANDBOX": "off",
        },
    )
    instance.start()
    yield instance
    instance.stop()


def test_a_killed_workers_job_is_retried_per_retry_strategy(
    fast_server: Server, tmp_path: Path
) -> None:
    sm = aws_client(fast_server.url)
    code = _code("hangs", tmp_path, scripts.HANGS_ONCE)
    marker = tmp_path / "marker"
    name = unique("standalone-killed")
    sm.create_training_job(
        **training_job(
            name,
            image=SCRIPT_IMAGE,
            hyperparameters={
                "sagemaker_program": "train.py",
                "sagemaker_submit_directory": str(code),
                "marker": str(marker),
            },
            RetryStrategy={"MaximumRetryAttempts": 2},
        )
    )
    deadline = time.monotonic() + 60
    while not (marker.exists() and marker.read_text().strip()):
        assert time.monotonic() < deadline, "the first attempt never started"
        time.sleep(0.05)
    worker, script, grandchild = map(int, marker.read_text().split())
    os.kill(worker, signal.SIGKILL)
    job = wait_training(sm, name, timeout=90)
    assert job["TrainingJobStatus"] == "Completed", job.get("FailureReason")
    transitions = [t["Status"] for t in job["SecondaryStatusTransitions"]]
    assert transitions.count("Starting") == 2  # launched, then retried after the lost worker
    deadline = time.monotonic() + 10
    while alive(script) or alive(grandchild):
        assert time.monotonic() < deadline, "the killed worker's training outlived it"
        time.sleep(0.1)

    # Without retries the lost worker fails the job with a retryable error.
    marker.unlink()
    once = unique("standalone-lost")
    sm.create_training_job(
        **training_job(
            once,
            image=SCRIPT_IMAGE,
            hyperparameters={
                "sagemaker_program": "train.py",
                "sagemaker_submit_directory": str(code),
                "marker": str(marker),
            },
        )
    )
    deadline = time.monotonic() + 60
    while not (marker.exists() and marker.read_text().strip()):
        assert time.monotonic() < deadline, "the job never started"
        time.sleep(0.05)
    os.kill(int(marker.read_text().split()[0]), signal.SIGKILL)
    job = wait_training(sm, once, timeout=90)
    assert job["TrainingJobStatus"] == "Failed"
    assert "stopped responding" in job["FailureReason"]
