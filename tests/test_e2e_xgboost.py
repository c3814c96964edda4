"""End to end through `openamt serve`: real worker processes train real XGBoost models."""

from __future__ import annotations

import tarfile
from pathlib import Path

import httpx
import numpy as np
import optuna
import xgboost
from optuna.trial import TrialState

from tests.support.jobs import create, training_jobs, unique, wait_for, xgboost_job
from tests.support.servers import Server, Stack
from tests.support.times import tuning_runtime_seconds, wall_training_seconds


def _local(server: Server, uri: str) -> Path:
    assert uri.startswith("s3://")
    return server.data_dir / "s3" / uri.removeprefix("s3://")


def test_random_search_trains_and_reports_the_best_job(
    client: httpx.Client, server: Server
) -> None:
    name = create(client, xgboost_job(unique("random"), max_jobs=4, parallel=2))
    described = wait_for(client, name)

    assert described["HyperParameterTuningJobStatus"] == "Completed"
    assert described["TrainingJobStatusCounters"] == {
        "Completed": 4, "InProgress": 0, "RetryableError": 0, "NonRetryableError": 0, "Stopped": 0,
    }  # fmt: skip
    assert described["ObjectiveStatusCounters"] == {"Succeeded": 4, "Pending": 0, "Failed": 0}
    jobs = training_jobs(client, name)
    assert len(jobs) == 4
    values = [j["FinalHyperParameterTuningJobObjectiveMetric"]["Value"] for j in jobs]
    best = described["BestTrainingJob"]
    assert best["FinalHyperParameterTuningJobObjectiveMetric"]["Value"] == max(values)
    assert 0.5 < max(values) <= 1.0
    assert described["ConsumedResources"]["RuntimeInSeconds"] == tuning_runtime_seconds(described)

    training = client.get(f"/v1/training-jobs/{best['TrainingJobName']}").json()
    assert training["TrainingJobStatus"] == "Completed"
    assert training["TuningJobArn"] == described["HyperParameterTuningJobArn"]
    assert training["HyperParameters"]["_tuning_objective_metric"] == "validation:auc"
    assert training["HyperParameters"]["num_round"] == "20"
    assert 1 <= training["TrainingTimeInSeconds"] <= wall_training_seconds(training)
    metrics = {m["MetricName"]: m["Value"] for m in training["FinalMetricDataList"]}
    assert metrics["validation:auc"] == best["FinalHyperParameterTuningJobObjectiveMetric"]["Value"]

    # The artifact is a real model: load it and predict the validation data.
    archive = _local(server, training["ModelArtifacts"]["S3ModelArtifacts"])
    with tarfile.open(archive) as tar:
        tar.extractall(archive.parent / "unpacked", filter="data")
    booster = xgboost.Booster()
    booster.load_model(str(archive.parent / "unpacked" / "xgboost-model"))
    validation = np.loadtxt(
        server.data_dir / "s3/test-bucket/fraud/validation/data.csv", delimiter=","
    )
    predictions = booster.predict(xgboost.DMatrix(validation[:, 1:]))
    assert predictions.shape == (len(validation),) and 0 <= predictions.min() <= 1

    log = client.get(f"/v1/training-jobs/{best['TrainingJobName']}/logs")
    assert log.status_code == 200
    assert "[19]\ttrain-auc:" in log.text and "validation-auc:" in log.text


def test_regression_minimizes_rmse(client: httpx.Client) -> None:
    body = xgboost_job(
        unique("rmse"), dataset="regression", objective=("Minimize", "validation:rmse"),
        max_jobs=3, parallel=3,
    )  # fmt: skip
    name = create(client, body)
    described = wait_for(client, name)
    assert described["HyperParameterTuningJobStatus"] == "Completed"
    values = [
        j["FinalHyperParameterTuningJobObjectiveMetric"]["Value"]
        for j in training_jobs(client, name)
    ]
    best = described["BestTrainingJob"]["FinalHyperParameterTuningJobObjectiveMetric"]
    assert best["Value"] == min(values) and best["Type"] == "Minimize"


def test_grid_runs_every_combination_once_in_request_order(client: httpx.Client) -> None:
    body = xgboost_job(unique("grid"), strategy="Grid", parallel=1)
    body["HyperParameterTuningJobConfig"]["ResourceLimits"].pop("MaxNumberOfTrainingJobs")
    body["HyperParameterTuningJobConfig"]["ParameterRanges"] = {
        "CategoricalParameterRanges": [
            {"Name": "max_depth", "Values": ["2", "4"]},
            {"Name": "eta", "Values": ["0.1", "0.3", "0.5"]},
        ]
    }
    name = create(client, body)
    assert wait_for(client, name)["TrainingJobStatusCounters"]["Completed"] == 6
    tried = [
        (j["TunedHyperParameters"]["max_depth"], j["TunedHyperParameters"]["eta"])
        for j in sorted(training_jobs(client, name), key=lambda j: j["TrainingJobName"])
    ]
    assert tried == [(d, e) for d in ("2", "4") for e in ("0.1", "0.3", "0.5")]


def test_seeded_bayesian_search_is_reproducible(client: httpx.Client) -> None:
    def run() -> list[dict[str, str]]:
        body = xgboost_job(unique("seeded"), strategy="Bayesian", max_jobs=7, parallel=1)
        body["HyperParameterTuningJobConfig"]["RandomSeed"] = 1234
        name = create(client, body)
        wait_for(client, name)
        jobs = sorted(training_jobs(client, name), key=lambda j: j["TrainingJobName"])
        return [j["TunedHyperParameters"] for j in jobs]

    first, second = run(), run()
    assert first == second
    assert len({tuple(sorted(h.items())) for h in first}) == 7  # no suggestion repeated


def test_parallel_suggestions_do_not_repeat(client: httpx.Client) -> None:
    body = xgboost_job(unique("parallel"), strategy="Bayesian", max_jobs=8, parallel=4)
    name = create(client, body)
    wait_for(client, name)
    tried = {tuple(sorted(j["TunedHyperParameters"].items())) for j in training_jobs(client, name)}
    assert len(tried) == 8


def test_hyperband_stops_jobs_at_rungs(client: httpx.Client, server: Server) -> None:
    body = xgboost_job(unique("hyperband"), strategy="Hyperband", max_jobs=9, parallel=2,
                       num_round=27)  # fmt: skip
    body["HyperParameterTuningJobConfig"]["StrategyConfig"] = {
        "HyperbandStrategyConfig": {"MinResource": 1, "MaxResource": 27}
    }
    name = create(client, body)
    described = wait_for(client, name)
    counters = described["TrainingJobStatusCounters"]
    assert described["HyperParameterTuningJobStatus"] == "Completed"
    # Each job is stopped: at a rung by Hyperband, or at MaxResource by its cap.
    assert counters["Stopped"] == 9
    assert described["ObjectiveStatusCounters"]["Succeeded"] == 9
    # Where: the last step of the objective reported to the pruner (the study; the job's own
    # points may run on past it, as the training ends at a later round) is a rung,
    # MinResource x 3^k up to MaxResource, and the API's points agree up to there.
    reported = sorted(_reported_curves(server, name), key=len, reverse=True)
    assert len(reported) == 9
    assert {len(curve) for curve in reported} <= {1, 3, 9, 27}
    shown = [_objective_points(client, j["TrainingJobName"]) for j in training_jobs(client, name)]
    for curve in reported:
        match = next(points for points in shown if points[: len(curve)] == curve)
        shown.remove(match)


def _reported_curves(server: Server, name: str) -> list[list[float]]:
    """Each trial's objective values as reported to the pruner, from the job's Optuna study
    (study name = tuning job name, in the database of a stack, else the data directory's)."""
    url = (
        server.database_url
        if isinstance(server, Stack)
        else f"sqlite:///{server.data_dir}/optuna.db"
    )
    study = optuna.load_study(study_name=name, storage=url)
    told = study.get_trials(states=(TrialState.COMPLETE, TrialState.PRUNED))  # not a failed ask
    values = [trial.intermediate_values for trial in told]
    return [[by_step[step] for step in sorted(by_step)] for by_step in values]


def _objective_points(client: httpx.Client, training_job: str) -> list[float]:
    page = client.get(f"/v1/training-jobs/{training_job}/metrics",
                      params={"MetricName": "validation:auc", "MaxResults": 1000})  # fmt: skip
    return [p["Value"] for p in sorted(page.json()["MetricPoints"], key=lambda p: p["Step"])]


def test_a_bad_hyperparameter_fails_training_jobs_as_a_client_error(
    client: httpx.Client,
) -> None:
    body = xgboost_job(unique("badhp"), max_jobs=2, parallel=2, static={"colour": "blue"})
    name = create(client, body)
    described = wait_for(client, name)
    assert described["HyperParameterTuningJobStatus"] == "Failed"
    assert described["TrainingJobStatusCounters"]["NonRetryableError"] == 2
    assert described["FailureReason"] == "No training job succeeded after 2 attempts"
    job = training_jobs(client, name)[0]
    assert job["TrainingJobStatus"] == "Failed"
    assert "Extraneous hyperparameter found: colour" in job["FailureReason"]


def test_delete_keeps_training_jobs(client: httpx.Client) -> None:
    name = create(client, xgboost_job(unique("delete"), max_jobs=1, parallel=1))
    wait_for(client, name)
    kept = training_jobs(client, name)[0]["TrainingJobName"]
    assert client.delete(f"/v1/hyper-parameter-tuning-jobs/{name}").status_code == 204
    assert client.get(f"/v1/hyper-parameter-tuning-jobs/{name}").status_code == 404
    assert client.get(f"/v1/training-jobs/{kept}").json()["TrainingJobStatus"] == "Completed"
    # The name is free again, with a fresh study.
    again = create(client, xgboost_job(name, max_jobs=1, parallel=1))
    assert wait_for(client, again)["TrainingJobStatusCounters"]["Completed"] == 1
