"""More of the training-job operations: a repeated message runs a standalone job once (the
claim), StopTrainingJob of a tuning job's training job, JSON-quoted categorical values reaching
the built-in XGBoost, and the REST door's create/stop/delete beside the AWS door's."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from botocore.exceptions import ClientError

from app.config import Settings
from app.db.migrate import upgrade
from app.db.session import Database
from app.executor import NullExecutor, unit_of_work
from app.runs import claim as claim_training_job
from app.training import standalone
from app.training.schemas import CreateTrainingJobRequest
from tests.support import scripts
from tests.support.jobs import (
    SCRIPT_IMAGE,
    script_job,
    training_job,
    unique,
    wait_done,
    wait_training,
)
from tests.support.jobs import xgboost_job as tuning_body
from tests.support.servers import Server, aws_client
from tests.support.times import wall_training_seconds


def test_a_repeated_message_claims_a_standalone_job_once(tmp_path: Path) -> None:
    """The database decides: the second delivery of the same job finds it claimed."""
    settings = Settings(data_dir=tmp_path / "data")
    upgrade(settings)
    db = Database(settings)
    name = unique("claimed-once")
    with unit_of_work(db, NullExecutor()) as session:
        standalone.create(
            session, CreateTrainingJobRequest.model_validate(training_job(name)), settings
        )
    first = claim_training_job(db, settings, name, "host:1")
    second = claim_training_job(db, settings, name, "host:2")
    assert first is not None and first.tuning_job_name is None and first.trial_id is None
    assert first.builtin_xgboost and first.attempt == 1
    assert {d.name for d in first.metric_definitions} >= {"validation:auc", "train:auc"}
    assert second is None
    with db.read() as session:
        row = standalone.get(session, name)
        assert row.lease_owner == "host:1" and row.attempts == 1
        assert [t["Status"] for t in row.secondary_status_transitions] == [
            "Starting",
            "Downloading",
        ]


def test_a_completed_job_shows_every_secondary_status(server: Server) -> None:
    sm = aws_client(server.url)
    name = unique("transitions")
    sm.create_training_job(**training_job(name))
    job = wait_training(sm, name)
    assert job["TrainingJobStatus"] == "Completed", job.get("FailureReason")
    transitions = job["SecondaryStatusTransitions"]
    assert [t["Status"] for t in transitions] == [
        "Starting",
        "Downloading",
        "Training",
        "Uploading",
        "Completed",
    ]
    for earlier, later in zip(transitions, transitions[1:], strict=False):
        assert earlier["EndTime"] == later["StartTime"]
        assert earlier["StatusMessage"]


def test_stop_training_job_of_a_tuning_job(server: Server, tmp_path: Path) -> None:
    sm = aws_client(server.url)
    code = scripts.write_script(tmp_path / "sleeper", scripts.SLEEPER)
    name = unique("stop-one")[:32]
    sm.create_hyper_parameter_tuning_job(**script_job(name, code, max_jobs=1, parallel=1))
    deadline = time.monotonic() + 60
    while True:
        jobs = sm.list_training_jobs_for_hyper_parameter_tuning_job(
            HyperParameterTuningJobName=name
        )["TrainingJobSummaries"]
        if (
            jobs
            and sm.describe_training_job(TrainingJobName=jobs[0]["TrainingJobName"])[
                "SecondaryStatus"
            ]
            == "Training"
        ):
            break
        assert time.monotonic() < deadline, "the training job never started"
        time.sleep(0.2)
    training = jobs[0]["TrainingJobName"]
    with pytest.raises(ClientError) as belongs:
        sm.delete_training_job(TrainingJobName=training)
    assert belongs.value.response["Error"]["Code"] == "ResourceInUse"
    sm.stop_training_job(TrainingJobName=training)
    assert wait_training(sm, training, ("Stopped",), timeout=60)["TrainingJobStatus"] == "Stopped"
    tuning = wait_done(sm, name)
    assert tuning["TrainingJobStatusCounters"]["Stopped"] == 1
    assert tuning["TrainingJobStatusCounters"]["InProgress"] == 0


def test_json_quoted_categorical_values_reach_the_builtin_xgboost(server: Server) -> None:
    sm = aws_client(server.url)
    name = unique("quoted")[:32]
    body = tuning_body(name, strategy="Grid", max_jobs=2, parallel=2, num_round=4)
    body["HyperParameterTuningJobConfig"]["ParameterRanges"] = {
        # As a framework estimator's CategoricalParameter sends them.
        "CategoricalParameterRanges": [{"Name": "booster", "Values": ['"gbtree"', '"dart"']}]
    }
    body["HyperParameterTuningJobConfig"]["ResourceLimits"] = {"MaxParallelTrainingJobs": 2}
    sm.create_hyper_parameter_tuning_job(**body)
    described = wait_done(sm, name)
    assert described["HyperParameterTuningJobStatus"] == "Completed", described
    assert described["TrainingJobStatusCounters"]["Completed"] == 2
    jobs = sm.list_training_jobs_for_hyper_parameter_tuning_job(HyperParameterTuningJobName=name)
    shown = sorted(j["TunedHyperParameters"]["booster"] for j in jobs["TrainingJobSummaries"])
    assert shown == ['"dart"', '"gbtree"']  # Describe shows what was sent


def test_rest_door_creates_stops_and_deletes_a_training_job(server: Server, tmp_path: Path) -> None:
    code = scripts.write_script(tmp_path / "sleeper", scripts.SLEEPER)
    name = unique("rest-job")
    body = training_job(
        name,
        image=SCRIPT_IMAGE,
        hyperparameters={"sagemaker_program": "train.py", "sagemaker_submit_directory": str(code)},
    )
    with server.client() as http:
        created = http.post("/v1/training-jobs", json=body)
        assert created.status_code == 201, created.text
        assert created.json()["TrainingJobArn"].endswith(f"training-job/{name}")
        again = http.post("/v1/training-jobs", json=body)
        assert again.status_code == 409 and again.json()["__type"] == "ResourceInUse"
        bad = http.post("/v1/training-jobs", json={**body, "TrainingJobName": unique("x"),
                                                   "ResourceConfig": None})  # fmt: skip
        assert bad.status_code == 400, bad.text
        busy = http.delete(f"/v1/training-jobs/{name}")
        assert busy.status_code == 409, busy.text
        stopped = http.post(f"/v1/training-jobs/{name}/stop")
        assert stopped.status_code == 204, stopped.text
        deadline = time.monotonic() + 60
        while http.get(f"/v1/training-jobs/{name}").json()["TrainingJobStatus"] != "Stopped":
            assert time.monotonic() < deadline
            time.sleep(0.2)
        assert http.delete(f"/v1/training-jobs/{name}").status_code == 204
        assert http.get(f"/v1/training-jobs/{name}").status_code == 404
        missing = http.put("/v1/endpoints/no-such-endpoint", json={"EndpointConfigName": "c"})
        assert missing.status_code == 400 and missing.json()["__type"] == "ValidationException"


def test_max_runtime_and_managed_spot_of_a_standalone_job(server: Server, tmp_path: Path) -> None:
    sm = aws_client(server.url)
    code = scripts.write_script(tmp_path / "sleeper", scripts.SLEEPER)
    slow = unique("max-runtime")
    sm.create_training_job(
        **training_job(
            slow,
            image=SCRIPT_IMAGE,
            hyperparameters={
                "sagemaker_program": "train.py",
                "sagemaker_submit_directory": str(code),
            },
            max_runtime=2,
        )
    )
    job = wait_training(sm, slow, timeout=60)
    assert job["TrainingJobStatus"] == "Stopped", job.get("FailureReason")
    assert job["SecondaryStatus"] == "MaxRuntimeExceeded"
    assert job["SecondaryStatusTransitions"][-1]["Status"] == "MaxRuntimeExceeded"

    spot = unique("spot")
    sm.create_training_job(
        **training_job(
            spot,
            EnableManagedSpotTraining=True,
            StoppingCondition={"MaxRuntimeInSeconds": 600, "MaxWaitTimeInSeconds": 900},
            CheckpointConfig={"S3Uri": f"s3://test-bucket/fraud/checkpoints/{spot}/"},
        )
    )
    job = wait_training(sm, spot)
    assert job["TrainingJobStatus"] == "Completed", job.get("FailureReason")
    assert job["EnableManagedSpotTraining"] is True
    assert job["StoppingCondition"]["MaxWaitTimeInSeconds"] == 900
    assert job["CheckpointConfig"]["S3Uri"].endswith(f"/checkpoints/{spot}/")
    # Billed as on-demand: OPENAMT_SPOT_DISCOUNT is 0 unless the operator sets it.
    assert 1 <= job["TrainingTimeInSeconds"] <= wall_training_seconds(job)
    assert job["BillableTimeInSeconds"] == job["TrainingTimeInSeconds"]


def test_uncompressed_model_output(server: Server) -> None:
    sm = aws_client(server.url)
    name = unique("uncompressed")
    body = training_job(name)
    body["OutputDataConfig"]["CompressionType"] = "NONE"
    sm.create_training_job(**body)
    job = wait_training(sm, name)
    assert job["TrainingJobStatus"] == "Completed", job.get("FailureReason")
    model = job["ModelArtifacts"]["S3ModelArtifacts"]
    assert model == f"s3://test-bucket/fraud/standalone/{name}/output/model/"
    local = server.data_dir / "s3" / model[len("s3://") :]
    assert (local / "xgboost-model").is_file()
    assert job["OutputDataConfig"] == {"KmsKeyId": "", **body["OutputDataConfig"]}
