"""Completion criteria and early stopping, end to end with deterministic scripts."""

from __future__ import annotations

from pathlib import Path

import httpx

from tests.support import scripts
from tests.support.jobs import create, script_job, training_jobs, unique, wait_for


def _constant_job(name: str, code: Path, value: float, **kwargs: object) -> dict:  # type: ignore[type-arg]
    return script_job(name, code, static={"constant": str(value), "epochs": "1"}, **kwargs)  # type: ignore[arg-type]


def test_target_objective_value_completes_the_job_early(
    client: httpx.Client, tmp_path: Path
) -> None:
    code = scripts.write_script(tmp_path / "code", scripts.EPOCHS)
    body = _constant_job(unique("target"), code, 0.9, max_jobs=20, parallel=1)
    body["HyperParameterTuningJobConfig"]["TuningJobCompletionCriteria"] = {
        "TargetObjectiveMetricValue": 0.8
    }
    name = create(client, body)
    described = wait_for(client, name)
    assert described["HyperParameterTuningJobStatus"] == "Completed"
    assert len(training_jobs(client, name)) == 1
    assert (
        described["BestTrainingJob"]["FinalHyperParameterTuningJobObjectiveMetric"]["Value"] == 0.9
    )


def test_best_objective_not_improving_completes_the_job(
    client: httpx.Client, tmp_path: Path
) -> None:
    code = scripts.write_script(tmp_path / "code", scripts.EPOCHS)
    body = _constant_job(unique("flat"), code, 0.5, max_jobs=20, parallel=1)
    body["HyperParameterTuningJobConfig"]["TuningJobCompletionCriteria"] = {
        "BestObjectiveNotImproving": {"MaxNumberOfTrainingJobsNotImproving": 3}
    }
    name = create(client, body)
    described = wait_for(client, name)
    assert described["HyperParameterTuningJobStatus"] == "Completed"
    # The first job sets the best; three more fail to improve it.
    assert len(training_jobs(client, name)) == 4
    assert described["TuningJobCompletionDetails"]["NumberOfTrainingJobsObjectiveNotImproving"] == 3


def test_convergence_detection_completes_the_job(client: httpx.Client, tmp_path: Path) -> None:
    code = scripts.write_script(tmp_path / "code", scripts.EPOCHS)
    body = _constant_job(unique("converge"), code, 0.5, max_jobs=40, parallel=2)
    body["HyperParameterTuningJobConfig"]["TuningJobCompletionCriteria"] = {
        "ConvergenceDetected": {"CompleteOnConvergence": "Enabled"}
    }
    name = create(client, body)
    described = wait_for(client, name)
    assert described["HyperParameterTuningJobStatus"] == "Completed"
    assert "ConvergenceDetectedTime" in described["TuningJobCompletionDetails"]
    assert len(training_jobs(client, name)) < 40


def test_early_stopping_auto_stops_jobs_below_the_median(
    client: httpx.Client, tmp_path: Path
) -> None:
    code = scripts.write_script(tmp_path / "code", scripts.EPOCHS)
    body = script_job(unique("earlystop"), code, max_jobs=14, parallel=1,
                      static={"epochs": "6"})  # fmt: skip
    config = body["HyperParameterTuningJobConfig"]
    config["TrainingJobEarlyStoppingType"] = "Auto"
    config["RandomSeed"] = 7
    name = create(client, body)
    described = wait_for(client, name)
    assert described["HyperParameterTuningJobStatus"] == "Completed"
    jobs = sorted(training_jobs(client, name), key=lambda j: j["TrainingJobName"])
    stopped = [j for j in jobs if j["TrainingJobStatus"] == "Stopped"]
    assert stopped, "the median rule stopped nobody"
    assert described["TrainingJobStatusCounters"]["Stopped"] == len(stopped)
    # The first five jobs set the median: none of them can be stopped.
    assert all(j["TrainingJobStatus"] == "Completed" for j in jobs[:5])
    for job in stopped:
        # An early-stopped job keeps its last objective value (Decision, BEHAVIOUR.md).
        assert job["ObjectiveStatus"] == "Succeeded"
        assert "FinalHyperParameterTuningJobObjectiveMetric" in job
    # A stopped job had a lower learning rate (its curve) than the best completed job.
    best = described["BestTrainingJob"]
    assert best["TrainingJobStatus"] == "Completed"
