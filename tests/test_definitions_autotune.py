"""Several training job definitions and Autotune, end to end through both doors (both modes),
and what Autotune chooses as Describe shows it (in-process, nothing trains)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.tuning.autotune import XGBOOST_DEFAULT, XGBOOST_RANGES
from tests.support import scripts
from tests.support.in_process import Api, make_api
from tests.support.jobs import smooth_job, training_jobs, unique, wait_done, wait_for, xgboost_job
from tests.support.servers import Server, aws_client

CONFIG = "HyperParameterTuningJobConfig"
DEFINITION = "TrainingJobDefinition"
X_RANGES = {"flat": ("0", "0.5"), "deep": ("0.5", "1")}


def two_definitions(name: str, code: Path) -> dict[str, Any]:
    """SMOOTH under two definitions: `flat` searches x in [0, 0.5], `deep` (static shape
    deep: its scores are 1 higher) x in [0.5, 1]; both name their ranges x, y, z."""
    body = smooth_job(name, code, max_jobs=6, parallel=2)
    body[CONFIG]["RandomSeed"] = 1
    shared = body[CONFIG].pop("ParameterRanges")["ContinuousParameterRanges"]
    base = body.pop(DEFINITION)
    body["TrainingJobDefinitions"] = []
    for definition, (low, high) in X_RANGES.items():
        ranges = [dict(r) for r in shared]
        ranges[0].update(MinValue=low, MaxValue=high)
        body["TrainingJobDefinitions"].append(
            {
                **base,
                "DefinitionName": definition,
                "TuningObjective": body[CONFIG]["HyperParameterTuningJobObjective"],
                "HyperParameterRanges": {"ContinuousParameterRanges": ranges},
                "StaticHyperParameters": {**base["StaticHyperParameters"], "shape": definition},
            }
        )
    return body


def test_several_definitions_through_both_doors(
    server: Server, client: httpx.Client, tmp_path: Path
) -> None:
    sm = aws_client(server.url)
    code = scripts.write_script(tmp_path / "code", scripts.SMOOTH)
    body = two_definitions(unique("defs"), code)
    sm.create_hyper_parameter_tuning_job(**body)
    name = body["HyperParameterTuningJobName"]
    described = wait_done(sm, name)
    assert described["HyperParameterTuningJobStatus"] == "Completed"
    assert [d["DefinitionName"] for d in described["TrainingJobDefinitions"]] == ["flat", "deep"]
    assert "TrainingJobDefinition" not in described

    listed = sm.list_training_jobs_for_hyper_parameter_tuning_job(
        HyperParameterTuningJobName=name, MaxResults=100
    )["TrainingJobSummaries"]
    rest = {j["TrainingJobName"]: j for j in training_jobs(client, name)}
    assert len(listed) == len(rest) == 6
    chosen = {j["TrainingJobDefinitionName"] for j in listed}
    assert chosen == {"flat", "deep"}  # the tuner chose among them (RandomSeed 1)
    for job in listed:
        definition = job["TrainingJobDefinitionName"]
        assert rest[job["TrainingJobName"]]["TrainingJobDefinitionName"] == definition
        # Plain names for the training job; x within its own definition's range.
        assert set(job["TunedHyperParameters"]) == {"x", "y", "z"}
        low, high = X_RANGES[definition]
        assert float(low) <= float(job["TunedHyperParameters"]["x"]) <= float(high)
        detail = sm.describe_training_job(TrainingJobName=job["TrainingJobName"])
        assert detail["HyperParameters"]["shape"] == definition
        assert "TrainingJobDefinitionName" not in detail  # not a member of DescribeTrainingJob
        score = job["FinalHyperParameterTuningJobObjectiveMetric"]["Value"]
        assert (score > 1) == (definition == "deep")
    best = described["BestTrainingJob"]
    assert best["TrainingJobDefinitionName"] == "deep"
    assert (
        client.get(f"/v1/hyper-parameter-tuning-jobs/{name}").json()["BestTrainingJob"][
            "TrainingJobDefinitionName"
        ]
        == "deep"
    )


def test_autotune_end_to_end(server: Server, client: httpx.Client, tmp_path: Path) -> None:
    """Built-in XGBoost with no ranges through boto3; script mode with AutoParameters through
    REST. Describe shows what Autotune chose and the training jobs use it."""
    sm = aws_client(server.url)
    body = xgboost_job(unique("auto-xgb"), max_jobs=3, parallel=2)
    del body[CONFIG]["ParameterRanges"]
    body["Autotune"] = {"Mode": "Enabled"}
    sm.create_hyper_parameter_tuning_job(**body)
    described = wait_done(sm, body["HyperParameterTuningJobName"])
    assert described["HyperParameterTuningJobStatus"] == "Completed", described
    assert described["Autotune"] == {"Mode": "Enabled"}
    chosen = described[CONFIG]["ParameterRanges"]
    names = {
        r["Name"] for kind in ("Integer", "Continuous") for r in chosen[f"{kind}ParameterRanges"]
    }
    assert names == set(XGBOOST_DEFAULT)
    for job in sm.list_training_jobs_for_hyper_parameter_tuning_job(
        HyperParameterTuningJobName=body["HyperParameterTuningJobName"]
    )["TrainingJobSummaries"]:
        assert set(job["TunedHyperParameters"]) == set(XGBOOST_DEFAULT)
        for key, value in job["TunedHyperParameters"].items():
            _, low, high, _ = XGBOOST_RANGES[key]
            assert float(low) <= float(value) <= float(high)

    code = scripts.write_script(tmp_path / "code", scripts.SMOOTH)
    script = smooth_job(unique("auto-script"), code, max_jobs=3, parallel=2)
    script[CONFIG]["ParameterRanges"] = {
        "AutoParameters": [{"Name": n, "ValueHint": "0.5"} for n in ("x", "y", "z")]
    }
    script["Autotune"] = {"Mode": "Enabled"}
    response = client.post("/v1/hyper-parameter-tuning-jobs", json=script)
    assert response.status_code == 201, response.text
    described = wait_for(client, script["HyperParameterTuningJobName"])
    assert described["HyperParameterTuningJobStatus"] == "Completed"
    ranges = described[CONFIG]["ParameterRanges"]["ContinuousParameterRanges"]
    assert {(r["Name"], r["MinValue"], r["MaxValue"], r["ScalingType"]) for r in ranges} == {
        (n, "0.05", "5.0", "Logarithmic") for n in ("x", "y", "z")
    }
    for job in training_jobs(client, script["HyperParameterTuningJobName"]):
        assert all(0.05 <= float(v) <= 5 for v in job["TunedHyperParameters"].values())


# --- what Autotune chooses, in-process ----------------------------------------------------------


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    instance = make_api(tmp_path_factory.mktemp("autotune") / "data")
    with instance.client:
        yield instance


def created(api: Api, body: dict[str, Any]) -> dict[str, Any]:
    response = api.create(body)
    assert response.status_code == 201, response.text
    described: dict[str, Any] = api.client.get(
        f"/v1/hyper-parameter-tuning-jobs/{body['HyperParameterTuningJobName']}"
    ).json()
    return described


def test_autotune_fills_ranges_limits_and_early_stopping(api: Api) -> None:
    body = xgboost_job("auto-defaults", static={"subsample": "0.8"})
    del body[CONFIG]["ParameterRanges"]
    del body[CONFIG]["ResourceLimits"]["MaxNumberOfTrainingJobs"]
    body["Autotune"] = {"Mode": "Enabled"}
    config = created(api, body)[CONFIG]
    ranges = config["ParameterRanges"]
    tuned = {
        r["Name"]: r for kind in ("Integer", "Continuous") for r in ranges[f"{kind}ParameterRanges"]
    }
    assert set(tuned) == set(XGBOOST_DEFAULT) - {"subsample"}  # a static one stays static
    assert (tuned["eta"]["MinValue"], tuned["eta"]["MaxValue"]) == ("0.01", "0.5")
    assert config["ResourceLimits"]["MaxNumberOfTrainingJobs"] == 50  # 10 per hyperparameter
    assert config["TrainingJobEarlyStoppingType"] == "Off"
    assert config["Strategy"] == "Random"  # a required member: the request's stands


def test_autotune_ranges_from_hints(api: Api) -> None:
    body = xgboost_job("auto-hints")
    body[CONFIG]["ParameterRanges"] = {
        "AutoParameters": [
            {"Name": "learning_rate", "ValueHint": "0.3"},  # an alias in the XGBoost table
            {"Name": "scale_pos_weight", "ValueHint": "4"},  # not in it: from the hint
            {"Name": "max_bin", "ValueHint": "256"},
        ],
        "CategoricalParameterRanges": [
            {"Name": "grow_policy", "Values": ["depthwise", "lossguide"]}
        ],
    }
    body["Autotune"] = {"Mode": "Enabled"}
    config = created(api, body)[CONFIG]
    ranges = config["ParameterRanges"]
    assert "AutoParameters" not in ranges
    found = {
        r["Name"]: (r["MinValue"], r["MaxValue"], r["ScalingType"])
        for kind in ("Integer", "Continuous")
        for r in ranges.get(f"{kind}ParameterRanges", [])
    }
    assert found == {
        "learning_rate": ("0.01", "0.5", "Logarithmic"),
        "scale_pos_weight": ("1", "40", "Logarithmic"),
        "max_bin": ("26", "2560", "Logarithmic"),
    }
    assert ranges["CategoricalParameterRanges"][0]["Name"] == "grow_policy"
    assert config["ResourceLimits"]["MaxNumberOfTrainingJobs"] == 4  # given: kept
