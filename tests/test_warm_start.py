"""Warm start: AWS's rules for parents (in-process, nothing trains), the parents' trials in the
new study, OverallBestTrainingJob, and end to end through both doors: a warm-started Bayesian
job reaches its parent's best in fewer trials than a cold one."""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import optuna
import pytest
from optuna.trial import TrialState

from tests.support import scripts
from tests.support.in_process import VALIDATION, Api, assert_error, finish, make_api
from tests.support.jobs import (
    create,
    smooth_job,
    training_jobs,
    unique,
    wait_done,
    wait_for,
    with_changes,
    xgboost_job,
)
from tests.support.servers import Server, aws_client

pytestmark = pytest.mark.services  # starts openamt itself (see conftest)

CONFIG = "HyperParameterTuningJobConfig"
DEFINITION = "TrainingJobDefinition"
PARENT_FIELD = "WarmStartConfig.ParentHyperParameterTuningJobs[0].HyperParameterTuningJobName"


def warm(*parents: str, kind: str = "IdenticalDataAndAlgorithm") -> dict[str, Any]:
    return {
        "ParentHyperParameterTuningJobs": [{"HyperParameterTuningJobName": p} for p in parents],
        "WarmStartType": kind,
    }


def child(name: str, *parents: str, kind: str = "IdenticalDataAndAlgorithm", **kw: Any) -> Any:
    return {**xgboost_job(name, **kw), "WarmStartConfig": warm(*parents, kind=kind)}


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    instance = make_api(tmp_path_factory.mktemp("warm") / "data")
    with instance.client:
        yield instance


def finished_parent(api: Api, name: str, **kw: Any) -> dict[str, Any]:
    """A one-training-job XGBoost tuning job, Completed with objective 0.9."""
    assert api.create(xgboost_job(name, max_jobs=1, parallel=1, **kw)).status_code == 201
    finish(api, name)
    listed = api.client.get(f"/v1/hyper-parameter-tuning-jobs/{name}/training-jobs").json()
    return dict(listed["TrainingJobSummaries"][0])


def study_trials(api: Api, name: str) -> list[optuna.trial.FrozenTrial]:
    return optuna.load_study(study_name=name, storage=api.optuna_storage).get_trials()


def refused(api: Api, body: dict[str, Any], code: str, *fragments: str) -> None:
    before = (api.job_names(), api.study_names())
    assert_error(api.create(body), 400, code, *fragments)
    api.assert_nothing_stored(body["HyperParameterTuningJobName"], before)


def test_parents_must_exist_be_terminal_and_share_the_objective(api: Api) -> None:
    finished_parent(api, "p-done")
    assert api.create(xgboost_job("p-running")).status_code == 201
    refused(api, child("c1", "p-running"), VALIDATION, PARENT_FIELD, "InProgress")
    refused(api, child("c2", "no-such-parent"), VALIDATION, PARENT_FIELD, "no-such-parent")
    refused(api, child("c3", "p-done", "p-done"), VALIDATION, "[1]", "twice")
    other = child("c4", "p-done", objective=("Minimize", "validation:logloss"))
    refused(api, other, VALIDATION, PARENT_FIELD, "objective")


def test_hyperparameter_rules(api: Api) -> None:
    finished_parent(api, "p-rules", static={f"s{i}": "1" for i in range(6)})
    # One more static hyperparameter: the total of static plus tunable changes.
    body = child("c5", "p-rules", static={**{f"s{i}": "1" for i in range(6)}, "extra": "1"})
    refused(api, body, VALIDATION, PARENT_FIELD, "total")
    # max_depth was an integer range; as a categorical one its type changes.
    body = child("c6", "p-rules", static={f"s{i}": "1" for i in range(6)})
    body = with_changes(body, f"{CONFIG}.ParameterRanges.IntegerParameterRanges", None)
    body[CONFIG]["ParameterRanges"]["CategoricalParameterRanges"] = [
        {"Name": "max_depth", "Values": ["3", "4"]}
    ]
    refused(api, body, VALIDATION, PARENT_FIELD, "max_depth", "type")
    # Six static values changed count 12 (AWS counts a changed value twice): more than 10.
    body = child("c7", "p-rules", kind="TransferLearning", static={f"s{i}": "2" for i in range(6)})
    refused(api, body, VALIDATION, PARENT_FIELD, "12 changes")
    # Five changed count 10: allowed.
    five = {**{f"s{i}": "2" for i in range(5)}, "s5": "1"}
    assert (
        api.create(child("c8", "p-rules", kind="TransferLearning", static=five)).status_code == 201
    )


def test_identical_data_and_algorithm_needs_the_parents_data_and_image(api: Api) -> None:
    finished_parent(api, "p-ident")
    body = with_changes(
        child("c9", "p-ident"), f"{DEFINITION}.AlgorithmSpecification.TrainingImage",
        "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.5-1",
    )  # fmt: skip
    refused(api, body, VALIDATION, f"{DEFINITION}.AlgorithmSpecification.TrainingImage")
    data = f"{DEFINITION}.InputDataConfig.1.DataSource.S3DataSource.S3Uri"
    body = with_changes(child("c10", "p-ident"), data, "s3://test-bucket/other/")
    refused(api, body, VALIDATION, f"{DEFINITION}.InputDataConfig")
    # Transfer learning may change both.
    body = with_changes(body, "WarmStartConfig.WarmStartType", "TransferLearning")
    assert api.create(body).status_code == 201


def test_parents_trials_seed_the_study_within_the_new_ranges(api: Api) -> None:
    tried = finished_parent(api, "p-seed")
    depth = int(tried["TunedHyperParameters"]["max_depth"])
    assert api.create(child("c-in", "p-seed")).status_code == 201
    [seeded] = study_trials(api, "c-in")
    assert seeded.state == TrialState.COMPLETE and seeded.value == 0.9
    assert seeded.params["max_depth"] == depth
    assert seeded.user_attrs["warm_start_training_job"] == tried["TrainingJobName"]
    # A range that leaves the parent's value out: its trial is left out, nothing else fails.
    low, high = ("5", "6") if depth <= 4 else ("2", "3")
    body = child("c-out", "p-seed")
    body[CONFIG]["ParameterRanges"]["IntegerParameterRanges"][0].update(MinValue=low, MaxValue=high)
    assert api.create(body).status_code == 201
    assert study_trials(api, "c-out") == []
    # Static in the parent (num_round 20), tunable here: the trial carries the static value;
    # eta goes the other way (tunable there, static here: one change).
    body = child("c-static", "p-seed", static={"eta": "0.1"})
    ranges = body[CONFIG]["ParameterRanges"]
    ranges["ContinuousParameterRanges"] = []
    ranges["IntegerParameterRanges"].append(
        {"Name": "num_round", "MinValue": "10", "MaxValue": "30"}
    )
    del body[DEFINITION]["StaticHyperParameters"]["num_round"]
    assert api.create(body).status_code == 201, api.create(body).text
    [seeded] = study_trials(api, "c-static")
    assert seeded.params == {"max_depth": depth, "num_round": 20}


def test_overall_best_and_a_warm_started_parent(api: Api) -> None:
    tried = finished_parent(api, "p-best")
    assert api.create(child("c-best", "p-best", max_jobs=1, parallel=1)).status_code == 201
    described = api.client.get("/v1/hyper-parameter-tuning-jobs/c-best").json()
    assert described["WarmStartConfig"] == warm("p-best")
    assert described["OverallBestTrainingJob"]["TrainingJobName"] == tried["TrainingJobName"]
    assert described["OverallBestTrainingJob"]["TuningJobName"] == "p-best"
    assert "BestTrainingJob" not in described
    # AWS: warm start is not recursive. A warm-started parent is accepted; only its own
    # training jobs seed the next job (c-best has none yet: p-best's trial is not passed on).
    finish(api, "c-best")
    assert api.create(child("grandchild", "c-best")).status_code == 201
    [seeded] = study_trials(api, "grandchild")
    own = api.client.get("/v1/hyper-parameter-tuning-jobs/c-best/training-jobs").json()
    assert (
        seeded.user_attrs["warm_start_training_job"]
        == own["TrainingJobSummaries"][0]["TrainingJobName"]
    )
    # TransferLearning has no OverallBestTrainingJob.
    body = child("c-transfer", "p-best", kind="TransferLearning")
    assert api.create(body).status_code == 201
    assert (
        "OverallBestTrainingJob"
        not in api.client.get("/v1/hyper-parameter-tuning-jobs/c-transfer").json()
    )


# --- end to end ------------------------------------------------------------------------------


def test_transfer_learning_end_to_end(client: Any, server: Server, tmp_path: Path) -> None:
    """REST door, both modes: a parent over x, y, z; a child that narrows x and makes z
    static learns from the parent's trials with x inside its range, then runs its own."""
    code = scripts.write_script(tmp_path / "code", scripts.SMOOTH)
    parent = create(client, smooth_job(unique("ws-parent"), code, max_jobs=6, parallel=2))
    assert wait_for(client, parent)["HyperParameterTuningJobStatus"] == "Completed"
    body = smooth_job(unique("ws-child"), code, strategy="Bayesian", max_jobs=3, parallel=1)
    ranges = body[CONFIG]["ParameterRanges"]["ContinuousParameterRanges"]
    ranges[0].update(MinValue="0.3", MaxValue="0.9")
    del ranges[2]
    body[DEFINITION]["StaticHyperParameters"]["z"] = "0.45"
    body["WarmStartConfig"] = warm(parent, kind="TransferLearning")
    name = create(client, body)
    described = wait_for(client, name)
    assert described["HyperParameterTuningJobStatus"] == "Completed"
    assert described["TrainingJobStatusCounters"]["Completed"] == 3  # none of the parent's
    assert "OverallBestTrainingJob" not in described
    jobs = training_jobs(client, name)
    assert len(jobs) == 3 and all(0.3 <= float(j["TunedHyperParameters"]["x"]) <= 0.9 for j in jobs)
    assert all("z" not in j["TunedHyperParameters"] for j in jobs)


@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    instance = Server(tmp_path_factory.mktemp("warm-e2e") / "data", workers=2).start()
    yield instance
    instance.stop()


SEEDS = range(1, 6)
MAX_JOBS = 10


def test_warm_start_reaches_the_parents_best_in_fewer_trials(
    embedded: Server, tmp_path: Path
) -> None:
    """AWS door (boto3). One Random parent of 20 trials; then, for 5 seeds, a warm-started
    and a cold Bayesian job, each stopping once it reaches the parent's best
    (TargetObjectiveMetricValue). Trials needed, median over the seeds: warm < cold."""
    sm = aws_client(embedded.url)
    code = scripts.write_script(tmp_path / "code", scripts.SMOOTH)
    parent_body = smooth_job(unique("ws-rnd"), code, max_jobs=20, parallel=2)
    parent_body[CONFIG]["RandomSeed"] = 11
    sm.create_hyper_parameter_tuning_job(**parent_body)
    parent = wait_done(sm, parent_body["HyperParameterTuningJobName"])
    assert "BestTrainingJob" in parent, parent
    target = parent["BestTrainingJob"]["FinalHyperParameterTuningJobObjectiveMetric"]["Value"]

    names: dict[str, list[str]] = {"warm": [], "cold": []}
    for seed in SEEDS:
        for kind in names:
            body = smooth_job(
                unique(f"ws-{kind}"), code, strategy="Bayesian", max_jobs=MAX_JOBS, parallel=1
            )
            body[CONFIG]["RandomSeed"] = seed
            body[CONFIG]["TuningJobCompletionCriteria"] = {"TargetObjectiveMetricValue": target}
            if kind == "warm":
                body["WarmStartConfig"] = warm(parent_body["HyperParameterTuningJobName"])
            sm.create_hyper_parameter_tuning_job(**body)
            names[kind].append(body["HyperParameterTuningJobName"])

    needed: dict[str, list[int]] = {"warm": [], "cold": []}
    for kind, jobs in names.items():
        for name in jobs:
            described = wait_done(sm, name)
            assert "BestTrainingJob" in described, described
            best = described["BestTrainingJob"]["FinalHyperParameterTuningJobObjectiveMetric"]
            reached = best["Value"] >= target
            launched = sum(described["TrainingJobStatusCounters"].values())
            needed[kind].append(launched if reached else MAX_JOBS + 1)
            if kind == "warm":  # the better of the parent's best and its own
                overall = described["OverallBestTrainingJob"]
                value = overall["FinalHyperParameterTuningJobObjectiveMetric"]["Value"]
                assert value == max(best["Value"], target)
    print("trials to the parent's best", needed)
    assert statistics.median(needed["warm"]) < statistics.median(needed["cold"]), needed
