"""Script mode end to end: a user's train.py in a real subprocess per training job."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest

from tests.support import scripts
from tests.support.jobs import create, script_job, training_jobs, unique, wait_for
from tests.support.servers import Server, alive, job_processes, job_scripts
from tests.support.times import wall_training_seconds


def test_script_mode_passes_hyperparameters_and_reads_regex_metrics(
    client: httpx.Client, server: Server, tmp_path: Path
) -> None:
    code = scripts.write_script(tmp_path / "code", scripts.EPOCHS)
    name = create(client, script_job(unique("script"), code, max_jobs=3))
    described = wait_for(client, name)
    assert described["HyperParameterTuningJobStatus"] == "Completed"
    assert described["ObjectiveStatusCounters"]["Succeeded"] == 3
    for job in training_jobs(client, name):
        rate = float(job["TunedHyperParameters"]["learning-rate"])
        # The script prints learning_rate * epoch; the last of its 5 epochs is the final value.
        value = job["FinalHyperParameterTuningJobObjectiveMetric"]["Value"]
        assert value == pytest.approx(rate * 5, abs=1e-5)
        log = client.get(f"/v1/training-jobs/{job['TrainingJobName']}/logs").text
        assert '"train", "validation"' in log or '["train","validation"]' in log.replace(" ", "")
        described_job = client.get(f"/v1/training-jobs/{job['TrainingJobName']}").json()
        model = described_job["ModelArtifacts"]["S3ModelArtifacts"]
        assert (server.data_dir / "s3" / model.removeprefix("s3://")).is_file()


def test_json_lines_count_without_metric_definitions(client: httpx.Client, tmp_path: Path) -> None:
    code = scripts.write_script(tmp_path / "code", scripts.JSON_METRICS)
    name = create(client, script_job(unique("jsonmetric"), code, regex=None, max_jobs=2))
    described = wait_for(client, name)
    assert described["ObjectiveStatusCounters"]["Succeeded"] == 2
    best = described["BestTrainingJob"]
    rate = float(best["TunedHyperParameters"]["learning-rate"])
    assert best["FinalHyperParameterTuningJobObjectiveMetric"]["Value"] == pytest.approx(1 - rate)


def test_a_failing_script_fails_its_jobs_and_then_the_tuning_job(
    client: httpx.Client, tmp_path: Path
) -> None:
    code = scripts.write_script(tmp_path / "code", scripts.FAILS)
    name = create(client, script_job(unique("failing"), code, max_jobs=3, parallel=1))
    described = wait_for(client, name)
    assert described["HyperParameterTuningJobStatus"] == "Failed"
    assert described["FailureReason"] == "No training job succeeded after 3 attempts"
    assert described["TrainingJobStatusCounters"]["NonRetryableError"] == 3
    job = client.get(f"/v1/training-jobs/{training_jobs(client, name)[0]['TrainingJobName']}")
    assert job.json()["TrainingJobStatus"] == "Failed"
    assert job.json()["FailureReason"] == "ValueError: the training data has no label column"


def test_a_script_that_never_prints_the_objective(client: httpx.Client, tmp_path: Path) -> None:
    code = scripts.write_script(tmp_path / "code", scripts.SILENT)
    name = create(client, script_job(unique("silent"), code, max_jobs=2))
    described = wait_for(client, name)
    assert described["HyperParameterTuningJobStatus"] == "Completed"
    assert described["TrainingJobStatusCounters"]["Completed"] == 2
    assert described["ObjectiveStatusCounters"] == {"Succeeded": 0, "Pending": 0, "Failed": 2}
    assert "BestTrainingJob" not in described
    assert {j["ObjectiveStatus"] for j in training_jobs(client, name)} == {"Failed"}


def test_stop_kills_every_process(client: httpx.Client, server: Server, tmp_path: Path) -> None:
    code = scripts.write_script(tmp_path / "code", scripts.SLEEPER)
    name = create(client, script_job(unique("stop"), code, max_jobs=4, parallel=2))
    pids_files: list[Path] = []
    deadline = time.monotonic() + 30
    while len(pids_files) < 2 and time.monotonic() < deadline:
        pids_files = [
            server.data_dir / "jobs" / j["TrainingJobName"] / "output" / "data" / "pids"
            for j in training_jobs(client, name)
        ]
        pids_files = [p for p in pids_files if p.exists() and p.read_text().strip()]
        time.sleep(0.1)
    # The host's PIDs of both jobs' trees (in a sandbox the files hold the namespace's): the
    # scripts that script hosts forked name no job in their environment.
    jobs = [p.parents[2].name for p in pids_files]
    pids = [pid for job in jobs for pid in job_processes(job) + job_scripts(job, server.data_dir)]
    assert len(pids) >= 4 and all(alive(pid) for pid in pids), pids

    assert client.post(f"/v1/hyper-parameter-tuning-jobs/{name}/stop").status_code == 204
    assert client.get(f"/v1/hyper-parameter-tuning-jobs/{name}").json()[
        "HyperParameterTuningJobStatus"
    ] in ("Stopping", "Stopped")
    described = wait_for(client, name, ("Stopped",), timeout=60)
    assert described["TrainingJobStatusCounters"]["Stopped"] == 2
    assert described["TrainingJobStatusCounters"]["InProgress"] == 0
    assert {j["TrainingJobStatus"] for j in training_jobs(client, name)} == {"Stopped"}
    assert not [pid for pid in pids if alive(pid)]  # script and grandchild both gone
    # Stopping again is a no-op success.
    assert client.post(f"/v1/hyper-parameter-tuning-jobs/{name}/stop").status_code == 204


def test_training_max_runtime_stops_the_job(client: httpx.Client, tmp_path: Path) -> None:
    code = scripts.write_script(tmp_path / "code", scripts.EPOCHS)
    body = script_job(unique("maxruntime"), code, max_jobs=1, parallel=1, max_runtime=1,
                      static={"sleep": "0.5", "epochs": "20"})  # fmt: skip
    name = create(client, body)
    described = wait_for(client, name, timeout=30)
    assert described["HyperParameterTuningJobStatus"] == "Completed"
    assert described["TrainingJobStatusCounters"]["Stopped"] == 1
    job = training_jobs(client, name)[0]
    detail = client.get(f"/v1/training-jobs/{job['TrainingJobName']}").json()
    assert detail["TrainingJobStatus"] == "Stopped"
    assert detail["SecondaryStatus"] == "MaxRuntimeExceeded"
    # Stopped, not run to its end: of its 20 epochs (0.5 s each) it printed only the first few.
    points = client.get(f"/v1/training-jobs/{job['TrainingJobName']}/metrics").json()
    assert 1 <= len(points["MetricPoints"]) < 20
    assert 1 <= detail["TrainingTimeInSeconds"] <= wall_training_seconds(detail)
