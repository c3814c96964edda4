"""Completion criteria and early stopping, end to end with deterministic scripts."""

from __future__ import annotations

import math
from pathlib import Path
from statistics import median

import httpx

from app.config import Settings
from app.tuning.pruners import MIN_EARLIER_JOBS, VALUE_RULE_WARMUP_FRACTION
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
    jobs = sorted(training_jobs(client, name), key=lambda j: j["TrainingJobName"])  # launch order
    stopped = [j for j in jobs if j["TrainingJobStatus"] == "Stopped"]
    assert stopped, "the median rule stopped nobody"
    assert described["TrainingJobStatusCounters"]["Stopped"] == len(stopped)
    # Exactly the jobs the rule stops, judged from the objective's points the API shows.
    assert Settings().early_stopping_rule == "median-value"  # the server's rule (same env)
    curves = [_objective_curve(client, j["TrainingJobName"]) for j in jobs]
    expected = [step is not None for step in _median_value_stops(curves)]
    assert [j["TrainingJobStatus"] == "Stopped" for j in jobs] == expected
    completed = [c for c, stops in zip(curves, expected, strict=True) if not stops]
    assert all(len(curve) == 6 for curve in completed), "a completed job printed every epoch"
    assert not any(expected[:MIN_EARLIER_JOBS]), "the first five jobs set the median"
    for job in stopped:
        # An early-stopped job keeps its last objective value (Decision, BEHAVIOUR.md).
        assert job["ObjectiveStatus"] == "Succeeded"
        assert "FinalHyperParameterTuningJobObjectiveMetric" in job
    # A stopped job had a lower learning rate (its curve) than the best completed job.
    best = described["BestTrainingJob"]
    assert best["TrainingJobStatus"] == "Completed"


def _objective_curve(client: httpx.Client, training_job: str) -> list[float]:
    """The objective's values at steps 1, 2, ... as DescribeTrainingJob's metric points show."""
    page = client.get(f"/v1/training-jobs/{training_job}/metrics",
                      params={"MetricName": "validation:accuracy", "MaxResults": 1000})  # fmt: skip
    points = sorted(page.json()["MetricPoints"], key=lambda p: p["Step"])
    assert [p["Step"] for p in points] == list(range(1, len(points) + 1))
    return [p["Value"] for p in points]


def _median_value_stops(curves: list[list[float]]) -> list[int | None]:
    """The step at which the default rule stops each job (maximizing), in launch order, one
    job at a time (parallel 1), or None: from VALUE_RULE_WARMUP_FRACTION of the longest
    earlier job's steps on, once MIN_EARLIER_JOBS earlier jobs reached the step, a job stops
    when its best value so far is below the median of their values at the step. An earlier
    stopped job counts with the values up to its stop (a stopped job reports no more)."""
    seen: list[list[float]] = []  # what the rule saw of each earlier job
    stops: list[int | None] = []
    for curve in curves:
        longest = max((len(earlier) for earlier in seen), default=0)
        warmup = max(1, math.ceil(round(VALUE_RULE_WARMUP_FRACTION * longest, 9)))
        stop = None
        for step in range(warmup, len(curve) + 1):
            at_step = [earlier[step - 1] for earlier in seen if len(earlier) >= step]
            if len(at_step) >= MIN_EARLIER_JOBS and max(curve[:step]) < median(at_step):
                stop = step
                break
        stops.append(stop)
        seen.append(curve[:stop] if stop is not None else curve)
    return stops
