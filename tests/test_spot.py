"""Managed spot training, simulated: a script that checkpoints every epoch is interrupted
(its process group killed) at a high simulated rate, resumes from its restored checkpoints,
and completes with the right number of epochs; the time fields account for it; and AWS's
MaxWaitTimeInSeconds rules are enforced at create."""

from __future__ import annotations

import json
import tarfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from botocore.exceptions import ClientError

from tests.support import scripts
from tests.support.jobs import script_job, unique, wait_done, with_changes
from tests.support.servers import Server, aws_client
from tests.support.times import wall_training_seconds

pytestmark = pytest.mark.services  # starts openamt itself (see conftest)

EPOCHS = 6

# Saves its state after every epoch to the checkpoint directory and resumes from it; counts
# its starts, so the test sees the restarts.
CHECKPOINTING = """
import json, os, time
directory = os.environ["SM_CHECKPOINT_DIR"]
path = os.path.join(directory, "state.json")
state = {"epoch": 0, "starts": 0, "epochs_run": 0}
if os.path.exists(path):
    with open(path) as f:
        state = json.load(f)
state["starts"] += 1
print("start", state["starts"], "from epoch", state["epoch"], flush=True)
while state["epoch"] < EPOCHS:
    time.sleep(0.2)
    state["epoch"] += 1
    state["epochs_run"] += 1
    accuracy = 0.5 + state["epoch"] / 100
    print(f"epoch {state['epoch']} validation:accuracy={accuracy:.4f}", flush=True)
    with open(path + ".tmp", "w") as f:
        json.dump(state, f)
    os.replace(path + ".tmp", path)
with open(os.path.join(os.environ["SM_MODEL_DIR"], "state.json"), "w") as f:
    json.dump(state, f)
""".replace("EPOCHS", str(EPOCHS))


@pytest.fixture(scope="module")
def spot_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    # Two interruptions per minute of training would be realistic; 120 makes them happen
    # within this test's second or so, on a fixed schedule (the seed).
    instance = Server(
        tmp_path_factory.mktemp("spot") / "data",
        env={
            "OPENAMT_SPOT_INTERRUPTION_RATE": "120",
            "OPENAMT_SPOT_INTERRUPTION_SEED": "2",
            "OPENAMT_SPOT_DISCOUNT": "0.5",
        },
    ).start()
    yield instance
    instance.stop()


def _spot_job(name: str, source: Path, checkpoints: str) -> dict[str, Any]:
    body = script_job(name, source, max_jobs=1, parallel=1)
    definition = body["TrainingJobDefinition"]
    definition["EnableManagedSpotTraining"] = True
    definition["CheckpointConfig"] = {"S3Uri": checkpoints}
    definition["StoppingCondition"] = {"MaxRuntimeInSeconds": 300, "MaxWaitTimeInSeconds": 600}
    return body


def test_interrupted_spot_job_resumes_from_checkpoints(spot_server: Server, tmp_path: Path) -> None:
    source = tmp_path / "code"
    scripts.write_script(source, CHECKPOINTING)
    sm = aws_client(spot_server.url)
    name = unique("spot")
    checkpoints = f"s3://test-bucket/checkpoints/{name}/"
    sm.create_hyper_parameter_tuning_job(**_spot_job(name, source, checkpoints))
    job = wait_done(sm, name, timeout=120)
    assert job["HyperParameterTuningJobStatus"] == "Completed"
    counters = job["TrainingJobStatusCounters"]
    assert counters["Completed"] == 1
    assert counters["RetryableError"] == 0  # interruptions are not retries

    training = sm.describe_training_job(TrainingJobName=job["BestTrainingJob"]["TrainingJobName"])
    assert training["TrainingJobStatus"] == "Completed", training.get("FailureReason")
    assert training["EnableManagedSpotTraining"] is True
    assert training["CheckpointConfig"] == {"S3Uri": checkpoints}
    assert training["StoppingCondition"] == {
        "MaxRuntimeInSeconds": 300,
        "MaxWaitTimeInSeconds": 600,
    }
    # The model the last run wrote: every epoch done once in the end, over several starts.
    model = spot_server.data_dir / "s3" / training["ModelArtifacts"]["S3ModelArtifacts"][5:]
    with tarfile.open(model) as tar:
        member = tar.extractfile("state.json")
        assert member is not None
        state = json.load(member)
    assert state["epoch"] == EPOCHS
    assert state["starts"] >= 2, state  # interrupted at least once, resumed each time
    assert state["epochs_run"] >= EPOCHS
    # The checkpoints were synced to S3Uri.
    synced = spot_server.data_dir / "s3" / "test-bucket" / "checkpoints" / name / "state.json"
    assert json.loads(synced.read_text())["epoch"] == EPOCHS

    # Time: training summed over the runs (each epoch run slept 0.2 s in one of them, and the
    # runs lie within the job's start and end); billed at the simulated 50% spot discount.
    trained, billed = training["TrainingTimeInSeconds"], training["BillableTimeInSeconds"]
    assert max(1, round(0.2 * state["epochs_run"])) <= trained <= wall_training_seconds(training)
    assert billed <= trained
    assert abs(billed - trained * 0.5) <= 1
    log = spot_server.client().get(f"/v1/training-jobs/{training['TrainingJobName']}/logs").text
    assert log.count("start ") == state["starts"]


def test_interruptions_past_max_wait_stop_the_job(spot_server: Server, tmp_path: Path) -> None:
    """MaxWaitTimeInSeconds bounds the wall time of every run together, restarts included:
    with MaxRuntime = MaxWait, interruptions make the wait run out first."""
    source = tmp_path / "code"
    scripts.write_script(source, CHECKPOINTING.replace(f"< {EPOCHS}:", "< 1000:"))
    sm = aws_client(spot_server.url)
    name = unique("spot-wait")
    body = _spot_job(name, source, f"s3://test-bucket/checkpoints/{name}/")
    limits = {"MaxRuntimeInSeconds": 3, "MaxWaitTimeInSeconds": 3}
    body["TrainingJobDefinition"]["StoppingCondition"] = limits
    sm.create_hyper_parameter_tuning_job(**body)
    wait_done(sm, name, timeout=60)
    listed = sm.list_training_jobs_for_hyper_parameter_tuning_job(HyperParameterTuningJobName=name)
    [summary] = listed["TrainingJobSummaries"]
    training = sm.describe_training_job(TrainingJobName=summary["TrainingJobName"])
    assert training["TrainingJobStatus"] == "Stopped", training.get("FailureReason")
    assert training["SecondaryStatus"] == "MaxWaitTimeExceeded"
    # The runs alone, not the restarts between them: within the job's start and end.
    assert training["TrainingTimeInSeconds"] <= wall_training_seconds(training)


def test_max_wait_rules_through_both_doors(spot_server: Server, tmp_path: Path) -> None:
    body = _spot_job(unique("spot-rules"), tmp_path, "s3://test-bucket/checkpoints/rules/")
    stopping = "TrainingJobDefinition.StoppingCondition"
    cases = [
        (with_changes(body, f"{stopping}.MaxWaitTimeInSeconds", None), "is required"),
        (with_changes(body, f"{stopping}.MaxWaitTimeInSeconds", 100), "equal to or greater"),
        (
            with_changes(body, "TrainingJobDefinition.EnableManagedSpotTraining", False),
            "only valid with managed spot",
        ),
        (
            with_changes(body, "TrainingJobDefinition.CheckpointConfig.LocalPath", "relative"),
            "LocalPath",
        ),
    ]
    sm = aws_client(spot_server.url)
    with spot_server.client() as http:
        for request, expected in cases:
            response = http.post("/v1/hyper-parameter-tuning-jobs", json=request)
            assert response.status_code == 400, response.text
            assert response.json()["__type"] == "ValidationException"
            assert expected in response.json()["message"]
            assert "TrainingJobDefinition." in response.json()["message"]
            with pytest.raises(ClientError) as refused:
                sm.create_hyper_parameter_tuning_job(**request)
            assert refused.value.response["Error"]["Code"] == "ValidationException"
            assert expected in refused.value.response["Error"]["Message"]
        name = body["HyperParameterTuningJobName"]
        assert http.get(f"/v1/hyper-parameter-tuning-jobs/{name}").status_code == 404
