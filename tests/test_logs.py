"""CloudWatch Logs through unmodified boto3 and the AWS CLI against a live openamt: the lines
of real built-in XGBoost training jobs as the log group `/aws/sagemaker/TrainingJobs`, in both
modes. What the SageMaker SDK's log loop relies on is asserted as such: one stream per job,
no nextToken from DescribeLogStreams, an empty last page that repeats its token."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import botocore.exceptions
import pytest

from tests.support import jobs, runs, scripts
from tests.support.servers import Server, aws_client, aws_env

GROUP = "/aws/sagemaker/TrainingJobs"
CLI = Path(sys.executable).parent / "aws"


@pytest.fixture(scope="module")
def finished(server: Server) -> dict[str, Any]:
    """A small tuning job run to its end; its training jobs as DescribeTrainingJob has them."""
    sm = aws_client(server.url)
    name = jobs.unique("logs")
    sm.create_hyper_parameter_tuning_job(**jobs.xgboost_job(name, max_jobs=2, num_round=12))
    jobs.wait_done(sm, name)
    summaries = sm.list_training_jobs_for_hyper_parameter_tuning_job(
        HyperParameterTuningJobName=name
    )["TrainingJobSummaries"]
    trainings = [sm.describe_training_job(TrainingJobName=s["TrainingJobName"]) for s in summaries]
    assert len(trainings) == 2 and all(t["TrainingJobStatus"] == "Completed" for t in trainings)
    return {"tuning": name, "trainings": trainings}


@pytest.fixture
def logs(server: Server) -> Any:
    return aws_client(server.url, "logs")


def rest_lines(server: Server, job: str) -> list[str]:
    with server.client() as http:
        response = http.get(f"/v1/training-jobs/{job}/logs")
    assert response.status_code == 200
    return [line for line in response.text.splitlines() if line]


def stream_of(training: dict[str, Any]) -> str:
    return f"{training['TrainingJobName']}/algo-1-{int(training['TrainingStartTime'].timestamp())}"


def error_code(error: pytest.ExceptionInfo[botocore.exceptions.ClientError]) -> str:
    return str(error.value.response["Error"]["Code"])


def test_the_training_group_is_listed(logs: Any) -> None:
    groups = logs.describe_log_groups(logGroupNamePrefix="/aws/sagemaker/")["logGroups"]
    assert GROUP in [g["logGroupName"] for g in groups]
    (group,) = logs.describe_log_groups(logGroupNamePattern="trainingjobs")["logGroups"]
    assert group["logGroupName"] == GROUP and group["arn"].endswith(f":log-group:{GROUP}:*")
    # A group named by its ARN is the same group.
    by_arn = logs.describe_log_streams(logGroupIdentifier=group["logGroupArn"], limit=5)
    assert (
        by_arn["logStreams"] == logs.describe_log_streams(logGroupName=GROUP, limit=5)["logStreams"]
    )


def test_one_stream_per_job_as_the_sdk_asks_for_it(logs: Any, finished: dict[str, Any]) -> None:
    for training in finished["trainings"]:
        job = training["TrainingJobName"]
        # sagemaker.logs: prefix "<job>/", orderBy LogStreamName, limit = instance count; it
        # asks again while a nextToken is present, so there must be none.
        answer = logs.describe_log_streams(
            logGroupName=GROUP, logStreamNamePrefix=f"{job}/", orderBy="LogStreamName", limit=1
        )
        assert "nextToken" not in answer
        (stream,) = answer["logStreams"]
        assert stream["logStreamName"] == stream_of(training)
        started = int(training["TrainingStartTime"].timestamp() * 1000)
        ended = int(training["TrainingEndTime"].timestamp() * 1000) + 1000
        assert started <= stream["firstEventTimestamp"] <= stream["lastEventTimestamp"] <= ended


def test_stream_pages_follow_the_names(logs: Any, finished: dict[str, Any]) -> None:
    prefix = finished["tuning"]
    names: list[str] = []
    token = None
    while True:
        page = logs.describe_log_streams(
            logGroupName=GROUP,
            logStreamNamePrefix=prefix,
            limit=1,
            **({"nextToken": token} if token else {}),
        )
        names += [s["logStreamName"] for s in page["logStreams"]]
        token = page.get("nextToken")
        if not token:
            break
    assert names == sorted(stream_of(t) for t in finished["trainings"])
    down = logs.describe_log_streams(
        logGroupName=GROUP, orderBy="LastEventTime", descending=True, limit=50
    )["logStreams"]
    times = [s.get("lastEventTimestamp", 0) for s in down]
    assert times == sorted(times, reverse=True)


def read_forward(logs: Any, stream: str, limit: int) -> tuple[list[dict[str, Any]], int]:
    """The SDK's loop: from the head, following nextForwardToken until a page is empty."""
    events: list[dict[str, Any]] = []
    token = None
    calls = 0
    while True:
        calls += 1
        page = logs.get_log_events(
            logGroupName=GROUP,
            logStreamName=stream,
            startFromHead=True,
            limit=limit,
            **({"nextToken": token} if token else {}),
        )
        if not page["events"]:
            assert page["nextForwardToken"] == token  # the end repeats the token it was given
            return events, calls
        events += page["events"]
        token = page["nextForwardToken"]


def test_events_are_the_job_log_lines(server: Server, logs: Any, finished: dict[str, Any]) -> None:
    for training in finished["trainings"]:
        lines = rest_lines(server, training["TrainingJobName"])
        assert any("validation-auc" in line for line in lines)
        events, calls = read_forward(logs, stream_of(training), limit=5)
        assert [e["message"] for e in events] == lines
        assert calls == -(-len(lines) // 5) + 1
        stamps = [e["timestamp"] for e in events]
        assert stamps == sorted(stamps)
        assert stamps[0] >= int(training["TrainingStartTime"].timestamp() * 1000)
        assert stamps[-1] <= int(training["TrainingEndTime"].timestamp() * 1000) + 1000
        assert all(e["ingestionTime"] >= e["timestamp"] for e in events)
        # One page holds them all when no limit is asked for (up to 10,000 events).
        whole, _ = read_forward(logs, stream_of(training), limit=10000)
        assert whole == events


def test_backward_pages_from_the_tail(server: Server, logs: Any, finished: dict[str, Any]) -> None:
    training = finished["trainings"][0]
    lines = rest_lines(server, training["TrainingJobName"])
    stream = stream_of(training)
    tail = logs.get_log_events(logGroupName=GROUP, logStreamName=stream, limit=4)
    assert [e["message"] for e in tail["events"]] == lines[-4:]
    collected = [e["message"] for e in tail["events"]]
    token = tail["nextBackwardToken"]
    while True:
        page = logs.get_log_events(
            logGroupName=GROUP, logStreamName=stream, limit=4, nextToken=token
        )
        if not page["events"]:
            assert page["nextBackwardToken"] == token
            forward = page["nextForwardToken"]
            break
        collected = [e["message"] for e in page["events"]] + collected
        token = page["nextBackwardToken"]
    assert collected == lines
    # At the head, the forward token turns back: the first lines again.
    again = logs.get_log_events(
        logGroupName=GROUP, logStreamName=stream, nextToken=forward, limit=2
    )
    assert [e["message"] for e in again["events"]] == lines[:2]


def test_time_window(logs: Any, finished: dict[str, Any]) -> None:
    stream = stream_of(finished["trainings"][1])
    events, _ = read_forward(logs, stream, limit=10000)
    middle = events[len(events) // 2]["timestamp"]
    later = logs.get_log_events(
        logGroupName=GROUP, logStreamName=stream, startTime=middle, startFromHead=True
    )["events"]
    assert later == [e for e in events if e["timestamp"] >= middle]
    earlier = logs.get_log_events(
        logGroupName=GROUP, logStreamName=stream, endTime=middle, startFromHead=True
    )["events"]
    assert earlier == [e for e in events if e["timestamp"] < middle]


def test_filter_log_events(server: Server, logs: Any, finished: dict[str, Any]) -> None:
    streams = sorted(stream_of(t) for t in finished["trainings"])
    by_stream = {
        stream_of(t): rest_lines(server, t["TrainingJobName"]) for t in finished["trainings"]
    }

    def filtered(pattern: str, **kwargs: Any) -> list[tuple[str, str]]:
        paginator = logs.get_paginator("filter_log_events")
        found = []
        for page in paginator.paginate(
            logGroupName=GROUP, logStreamNames=streams, filterPattern=pattern, **kwargs
        ):
            found += [(e["logStreamName"], e["message"]) for e in page["events"]]
        return found

    def expected(test: Any) -> list[tuple[str, str]]:
        return sorted(
            (name, line) for name, lines in by_stream.items() for line in lines if test(line)
        )

    auc = filtered("validation-auc", PaginationConfig={"PageSize": 3})
    assert sorted(auc) == expected(lambda line: "validation-auc" in line)
    assert len(auc) == len(set(auc)) and len(auc) >= 24  # 12 rounds in each job
    phrase = filtered('"[0]"')
    assert sorted(phrase) == expected(lambda line: "[0]" in line)
    without = filtered("validation-auc -[11]")
    assert sorted(without) == expected(lambda line: "validation-auc" in line and "[11]" not in line)
    either = filtered("?[3] ?[4]")
    assert sorted(either) == expected(lambda line: "[3]" in line or "[4]" in line)
    everything = filtered("")
    assert sorted(everything) == expected(lambda line: True)
    stamps = [e["timestamp"] for e in logs.filter_log_events(logGroupName=GROUP)["events"]]
    assert stamps == sorted(stamps)


def test_bad_input(logs: Any, finished: dict[str, Any]) -> None:
    stream = stream_of(finished["trainings"][0])
    job = finished["trainings"][0]["TrainingJobName"]
    cases: list[tuple[str, dict[str, Any], str]] = [
        ("get_log_events", {"logGroupName": "/aws/nothing", "logStreamName": stream},
         "ResourceNotFoundException"),
        ("get_log_events", {"logGroupName": GROUP, "logStreamName": f"{job}/algo-1-1"},
         "ResourceNotFoundException"),
        ("get_log_events", {"logGroupName": GROUP, "logStreamName": "no-such-job/algo-1-5"},
         "ResourceNotFoundException"),
        ("get_log_events", {"logGroupName": GROUP, "logStreamName": stream, "nextToken": "x/1"},
         "InvalidParameterException"),
        ("describe_log_streams", {"logGroupName": "/aws/nothing"}, "ResourceNotFoundException"),
        ("describe_log_streams",
         {"logGroupName": GROUP, "orderBy": "LastEventTime", "logStreamNamePrefix": job},
         "InvalidParameterException"),
        ("describe_log_streams", {"logGroupName": GROUP, "nextToken": "bm90IGEgdG9rZW4="},
         "InvalidParameterException"),
        ("describe_log_streams", {"logGroupName": GROUP, "limit": 51}, "InvalidParameterException"),
        ("filter_log_events", {"logGroupName": GROUP, "filterPattern": "{ $.level = 1 }"},
         "InvalidParameterException"),
        ("filter_log_events",
         {"logGroupName": GROUP, "logStreamNames": [stream], "logStreamNamePrefix": job},
         "InvalidParameterException"),
    ]  # fmt: skip
    for method, kwargs, code in cases:
        with pytest.raises(botocore.exceptions.ClientError) as error:
            getattr(logs, method)(**kwargs)
            pytest.fail(f"{method} {kwargs}: no error")
        assert error_code(error) == code, (method, kwargs)
    # Before any job of a name started, the SDK finds no stream and waits: no error.
    assert (
        logs.describe_log_streams(logGroupName=GROUP, logStreamNamePrefix="nobody/")["logStreams"]
        == []
    )


@pytest.mark.parametrize("server", ["embedded"], indirect=True)  # boto3: both
def test_aws_cli_reads_the_same_lines(server: Server, finished: dict[str, Any]) -> None:
    training = finished["trainings"][0]
    env = aws_env(server.url)
    done = subprocess.run(
        [str(CLI), "logs", "get-log-events", "--log-group-name", GROUP,
         "--log-stream-name", stream_of(training), "--start-from-head", "--output", "json"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert [e["message"] for e in answer["events"]] == rest_lines(
        server, training["TrainingJobName"]
    )


FOLLOW = """
import sys, boto3, sagemaker
session = sagemaker.Session(boto3.Session(region_name="us-east-1"))
session.logs_for_job(sys.argv[1], wait=True, poll=1)
"""


@pytest.mark.parametrize("server", ["embedded"], indirect=True)  # boto3: both
def test_sagemaker_sdk_v2_follows_a_running_job(server: Server, tmp_path: Path) -> None:
    """`fit(logs=True)`'s loop, unmodified: the SDK tails the stream while the job runs
    (positions by timestamp and skip) and prints every line once, in order."""
    sm = aws_client(server.url)
    name = jobs.unique("follow")
    body = jobs.xgboost_job(name, max_jobs=1, parallel=1, num_round=300)
    sm.create_hyper_parameter_tuning_job(**body)
    listed: list[dict[str, Any]] = []
    deadline = time.monotonic() + 60
    while not listed:
        assert time.monotonic() < deadline, "no training job launched"
        listed = sm.list_training_jobs_for_hyper_parameter_tuning_job(
            HyperParameterTuningJobName=name
        )["TrainingJobSummaries"]
        time.sleep(0.1)
    job = listed[0]["TrainingJobName"]
    done = subprocess.run(
        [str(runs.sdk_python(2)), "-c", FOLLOW, job],
        env=runs.sdk_env(server, tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert sm.describe_training_job(TrainingJobName=job)["TrainingJobStatus"] == "Completed"
    lines = rest_lines(server, job)
    assert sum("validation-auc" in line for line in lines) == 300
    printed = done.stdout
    # Each line once, in order (the SDK glues the first to its last status line).
    position = 0
    for line in lines:
        found = printed.find(line + "\n", position)
        assert found >= 0, f"missing or out of order: {line!r}"
        position = found + len(line)
    for line in lines:
        assert printed.count(line + "\n") == 1, line


INFERENCE = """
import json

def model_fn(model_dir):
    return None

def input_fn(body, content_type):
    return json.loads(body)

def predict_fn(data, model):
    print("predicting", data)  # the model server's output: its endpoint's log
    return data

def output_fn(prediction, accept):
    return json.dumps(prediction), "application/json"
"""


def test_an_endpoint_output_is_its_log_group(server: Server, logs: Any, tmp_path: Path) -> None:
    source = tmp_path / "code"
    scripts.write_script(source, scripts.EPOCHS)
    (source / "inference.py").write_text(INFERENCE)
    sm = aws_client(server.url)
    name = jobs.unique("eplog")
    sm.create_hyper_parameter_tuning_job(**jobs.script_job(name, source, max_jobs=1, parallel=1))
    best = jobs.wait_done(sm, name)["BestTrainingJob"]["TrainingJobName"]
    artifacts = sm.describe_training_job(TrainingJobName=best)["ModelArtifacts"]
    model, endpoint = f"{name}-model", f"{name}-ep"
    sm.create_model(
        ModelName=model,
        ExecutionRoleArn="arn:aws:iam::123456789012:role/SageMakerRole",
        PrimaryContainer={
            "Image": "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.1-cpu",
            "ModelDataUrl": artifacts["S3ModelArtifacts"],
            "Environment": {
                "SAGEMAKER_PROGRAM": "inference.py",
                "SAGEMAKER_SUBMIT_DIRECTORY": f"file://{source}",
            },
        },
    )
    sm.create_endpoint_config(
        EndpointConfigName=model,
        ProductionVariants=[
            {"VariantName": "AllTraffic", "ModelName": model, "InitialInstanceCount": 1,
             "InstanceType": "ml.m5.large"}
        ],
    )  # fmt: skip
    sm.create_endpoint(EndpointName=endpoint, EndpointConfigName=model)
    deadline = time.monotonic() + 120
    while sm.describe_endpoint(EndpointName=endpoint)["EndpointStatus"] != "InService":
        assert time.monotonic() < deadline, "the endpoint never came in service"
        time.sleep(0.3)
    runtime = aws_client(server.url, "sagemaker-runtime")
    for body in ([1, 2], [3]):
        runtime.invoke_endpoint(
            EndpointName=endpoint, ContentType="application/json", Body=json.dumps(body)
        )
    group = f"/aws/sagemaker/Endpoints/{endpoint}"
    (listed,) = logs.describe_log_groups(logGroupNamePrefix=group)["logGroups"]
    assert listed["logGroupName"] == group
    (stream,) = logs.describe_log_streams(logGroupName=group)["logStreams"]
    variant, key = stream["logStreamName"].split("/")
    assert variant == "AllTraffic" and key.startswith(f"{endpoint}-")
    events = logs.get_log_events(
        logGroupName=group, logStreamName=stream["logStreamName"], startFromHead=True
    )["events"]
    written = (server.data_dir / "endpoints" / key / "AllTraffic" / "server.log").read_text()
    assert [e["message"] for e in events] == [line for line in written.splitlines() if line]
    messages = [e["message"] for e in events]
    assert "predicting [1, 2]" in messages and "predicting [3]" in messages
    found = logs.filter_log_events(logGroupName=group, filterPattern='"predicting ["')["events"]
    assert [e["message"] for e in found] == ["predicting [1, 2]", "predicting [3]"]
    sm.delete_endpoint(EndpointName=endpoint)
    with pytest.raises(botocore.exceptions.ClientError) as gone:
        logs.describe_log_streams(logGroupName=group)
    assert error_code(gone) == "ResourceNotFoundException"


def test_times_file_beside_a_log(tmp_path: Path) -> None:
    """The worker's JobLog keeps a time per line; lines from before (an older openamt, or an
    earlier attempt) get the stream's start time; a line still being written is no event."""
    from app.training.logs import TimedLog, times_path
    from workers.process import JobLog

    log_path = tmp_path / "job.log"
    log_path.write_text("old line one\n\nold line two\n")  # no times file: written before
    with JobLog(log_path, 0) as log:
        log.write("new line\n")
        log.flush()
        log.write("another\n")
        log.flush()
    assert times_path(log_path).stat().st_size == 2 * 16
    with log_path.open("a") as raw:
        raw.write("half a li")  # a worker killed mid-line
    timed = TimedLog(log_path, untimed_ms=1000)
    messages = [e.message for e in timed.events(0, timed.count)]
    assert messages == ["old line one", "old line two", "new line", "another"]
    assert timed.times[:2] == [1000, 1000] and timed.times[2] <= timed.times[3]
    assert timed.times[2] > 1000
    # A record whose line has not reached the file yet (the log's buffer) is no event either.
    with JobLog(log_path, 0) as log:
        log.write("buffered\n")
        assert TimedLog(log_path, untimed_ms=1000).count == 4
    timed = TimedLog(log_path, untimed_ms=1000)  # the killed worker's half line is no event
    assert [e.message for e in timed.events(3, timed.count)] == ["another", "buffered"]
