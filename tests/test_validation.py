"""CreateHyperParameterTuningJob refuses every request that breaks a rule, and stores nothing.

Each refused request must answer 400 with `{"__type", "message"}`, a message that names the
offending field, and leave no trace: no tuning job row and no Optuna study. The app runs
in-process over a real SQLite database with a NullExecutor: nothing here trains.
"""

from __future__ import annotations

import json
import random
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.db.models import TrainingJob
from app.db.session import get_database
from app.executor import NullExecutor, unit_of_work
from app.runs import claim as claim_training_job
from app.tuning import service as tuning_service
from app.tuning.pruners import RULES, EarlierJobsPruner
from app.tuning.scheduler import advance
from app.tuning.schemas import CreateTuningJobRequest
from app.tuning.strategies import STRATEGIES
from tests.support.in_process import JOBS, VALIDATION, Api, assert_error, finish, make_api
from tests.support.jobs import script_job, with_changes, xgboost_job

CONFIG = "HyperParameterTuningJobConfig"
RANGES = f"{CONFIG}.ParameterRanges"
INTEGER = f"{RANGES}.IntegerParameterRanges.0"
CONTINUOUS = f"{RANGES}.ContinuousParameterRanges.0"
LIMITS = f"{CONFIG}.ResourceLimits"
OBJECTIVE = f"{CONFIG}.HyperParameterTuningJobObjective"
DEFINITION = "TrainingJobDefinition"
STATIC = f"{DEFINITION}.StaticHyperParameters"
ALGORITHM = f"{DEFINITION}.AlgorithmSpecification"
SOURCE_DIR = Path("/tmp/openamt-validation-src")  # never read: nothing runs


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    instance = make_api(tmp_path_factory.mktemp("validation") / "data")
    with instance.client:
        yield instance


# --- one refused request per rule ------------------------------------------------------------

Body = Callable[[str], dict[str, Any]]


def xgb(**kwargs: Any) -> Body:
    return lambda name: xgboost_job(name, **kwargs)


def script(**kwargs: Any) -> Body:
    return lambda name: script_job(name, SOURCE_DIR, **kwargs)


def change(*edits: tuple[str, Any], base: Body | None = None) -> Body:
    """`base` (the XGBoost job by default) with each (dotted path, value) set; None deletes."""

    def build(name: str) -> dict[str, Any]:
        body = (base or xgb())(name)
        for path, value in edits:
            body = with_changes(body, path, value)
        return body

    return build


def categorical(name: str, values: list[str]) -> dict[str, Any]:
    return {"Name": name, "Values": values}


def grid(*ranges: dict[str, Any], max_jobs: Any = None) -> Body:
    """A Grid job over the given categorical ranges only."""
    return change(
        (f"{CONFIG}.Strategy", "Grid"),
        (RANGES, {"CategoricalParameterRanges": list(ranges)}),
        (f"{LIMITS}.MaxNumberOfTrainingJobs", max_jobs),
        (f"{LIMITS}.MaxParallelTrainingJobs", 1),
    )


def hyperband(*edits: tuple[str, Any], base: Body | None = None) -> Body:
    return change((f"{CONFIG}.Strategy", "Hyperband"), *edits, base=base)


def many_static(count: int) -> dict[str, str]:
    return {"objective": "binary:logistic", "num_round": "10"} | {
        f"extra_{i}": "1" for i in range(count - 2)
    }


def many_ranges(count: int) -> dict[str, Any]:
    """`count` tunable parameters, split between integer and continuous ranges (≤ 30 each)."""
    integers = count // 2
    return {
        "IntegerParameterRanges": [
            {"Name": f"i{i}", "MinValue": "1", "MaxValue": "9"} for i in range(integers)
        ],
        "ContinuousParameterRanges": [
            {"Name": f"c{i}", "MinValue": "0", "MaxValue": "1"} for i in range(count - integers)
        ],
    }


def named(name: str, body: dict[str, Any]) -> dict[str, Any]:
    return {**body[DEFINITION], "DefinitionName": name}


DEPTHS = {"CategoricalParameterRanges": [{"Name": "max_depth", "Values": ["2", "3"]}]}


def two_definitions(name: str) -> dict[str, Any]:
    """The XGBoost job with two named definitions (one deeper than the other)."""
    body = xgboost_job(name)
    deep = with_changes(body, f"{RANGES}.IntegerParameterRanges.0.MaxValue", "9")
    del body[DEFINITION]
    body["TrainingJobDefinitions"] = [
        {
            **named("shallow", xgboost_job(name)),
            "HyperParameterRanges": xgboost_job(name)[CONFIG]["ParameterRanges"],
        },
        {
            **named("deep", xgboost_job(name)),
            "HyperParameterRanges": deep[CONFIG]["ParameterRanges"],
        },
    ]
    del body[CONFIG]["ParameterRanges"]
    return body


LIMIT = "ResourceLimitExceeded"
WARM_START = {
    "ParentHyperParameterTuningJobs": [{"HyperParameterTuningJobName": "parent"}],
    "WarmStartType": "IdenticalDataAndAlgorithm",
}

# (id, body, expected __type, fragments the message must contain)
CASES: list[tuple[str, Body, str, tuple[str, ...]]] = [
    # name
    ("name-leading-hyphen", change(("HyperParameterTuningJobName", "-job")), VALIDATION,
     ("HyperParameterTuningJobName",)),
    ("name-trailing-hyphen", change(("HyperParameterTuningJobName", "job-")), VALIDATION,
     ("HyperParameterTuningJobName",)),
    ("name-underscore", change(("HyperParameterTuningJobName", "my_job")), VALIDATION,
     ("HyperParameterTuningJobName",)),
    ("name-33-chars", change(("HyperParameterTuningJobName", "n" * 33)), VALIDATION,
     ("HyperParameterTuningJobName",)),
    ("name-empty", change(("HyperParameterTuningJobName", "")), VALIDATION,
     ("HyperParameterTuningJobName",)),
    # ranges: bounds
    ("integer-min-above-max", change((f"{INTEGER}.MinValue", "7")), VALIDATION,
     ("IntegerParameterRanges[0].MinValue", "MaxValue")),
    ("continuous-min-above-max", change((f"{CONTINUOUS}.MinValue", "0.6")), VALIDATION,
     ("ContinuousParameterRanges[0].MinValue", "MaxValue")),
    ("continuous-min-equals-max", change((f"{CONTINUOUS}.MinValue", "0.5")), VALIDATION,
     ("ContinuousParameterRanges[0].MinValue",)),
    # ranges: scaling types
    ("continuous-log-min-zero", change((f"{CONTINUOUS}.MinValue", "0")), VALIDATION,
     ("ContinuousParameterRanges[0].ScalingType", "Logarithmic")),
    ("integer-log-min-negative",
     change((f"{INTEGER}.ScalingType", "Logarithmic"), (f"{INTEGER}.MinValue", "-1")), VALIDATION,
     ("IntegerParameterRanges[0].ScalingType", "Logarithmic")),
    ("reverse-log-max-one",
     change((f"{CONTINUOUS}.ScalingType", "ReverseLogarithmic"), (f"{CONTINUOUS}.MaxValue", "1")),
     VALIDATION, ("ContinuousParameterRanges[0].ScalingType", "ReverseLogarithmic")),
    ("reverse-log-min-negative",
     change((f"{CONTINUOUS}.ScalingType", "ReverseLogarithmic"),
            (f"{CONTINUOUS}.MinValue", "-0.1")),
     VALIDATION, ("ContinuousParameterRanges[0].ScalingType", "ReverseLogarithmic")),
    ("reverse-log-on-integer", change((f"{INTEGER}.ScalingType", "ReverseLogarithmic")),
     VALIDATION, ("IntegerParameterRanges[0].ScalingType", "ReverseLogarithmic")),
    ("scaling-type-unknown", change((f"{CONTINUOUS}.ScalingType", "Exponential")), VALIDATION,
     ("ContinuousParameterRanges[0].ScalingType",)),
    # ranges: values that are not numbers
    ("integer-min-word", change((f"{INTEGER}.MinValue", "two")), VALIDATION,
     ("IntegerParameterRanges[0].MinValue", "integer")),
    ("integer-max-decimal", change((f"{INTEGER}.MaxValue", "6.5")), VALIDATION,
     ("IntegerParameterRanges[0].MaxValue", "integer")),
    ("continuous-max-word", change((f"{CONTINUOUS}.MaxValue", "big")), VALIDATION,
     ("ContinuousParameterRanges[0].MaxValue", "number")),
    ("continuous-max-infinite", change((f"{CONTINUOUS}.MaxValue", "inf")), VALIDATION,
     ("ContinuousParameterRanges[0].MaxValue",)),
    ("continuous-min-nan", change((f"{CONTINUOUS}.MinValue", "nan")), VALIDATION,
     ("ContinuousParameterRanges[0].MinValue",)),
    ("categorical-repeated-value",
     change((f"{RANGES}.CategoricalParameterRanges", [categorical("booster", ["gbtree"] * 2)])),
     VALIDATION, ("CategoricalParameterRanges[0].Values",)),
    ("categorical-no-values",
     change((f"{RANGES}.CategoricalParameterRanges", [categorical("booster", [])])),
     VALIDATION, ("CategoricalParameterRanges[0].Values",)),
    ("categorical-31-values",
     change((f"{RANGES}.CategoricalParameterRanges",
             [categorical("x", [str(i) for i in range(31)])])),
     VALIDATION, ("CategoricalParameterRanges[0].Values",)),
    # ranges: names
    ("parameter-name-repeated",
     change((f"{RANGES}.CategoricalParameterRanges", [categorical("eta", ["0.1", "0.2"])])),
     VALIDATION, ("ParameterRanges", "eta")),
    ("tuned-and-static", change((f"{STATIC}.eta", "0.3")), VALIDATION,
     ("StaticHyperParameters", "eta")),
    ("reserved-name-tuned",
     change((f"{RANGES}.CategoricalParameterRanges",
             [categorical("sagemaker_program", ["a.py", "b.py"])])),
     VALIDATION, ("ParameterRanges", "sagemaker_program")),
    ("objective-metric-name-tuned",
     change((f"{RANGES}.CategoricalParameterRanges",
             [categorical("_tuning_objective_metric", ["a", "b"])])),
     VALIDATION, ("ParameterRanges", "_tuning_objective_metric")),
    ("no-ranges", change((RANGES, None)), VALIDATION, ("ParameterRanges",)),
    ("empty-ranges-as-the-sdk-sends",
     change((RANGES, {"IntegerParameterRanges": [], "ContinuousParameterRanges": [],
                      "CategoricalParameterRanges": []})),
     VALIDATION, ("ParameterRanges",)),
    # A quota (OPENAMT_MAX_HYPERPARAMETERS), as issue 4 has AWS's limits answered.
    ("31-tunable", change((RANGES, many_ranges(31))), LIMIT, ("ParameterRanges", "30")),
    ("101-hyperparameters", change((STATIC, many_static(98))), VALIDATION,
     ("StaticHyperParameters", "100")),
    ("101-static", change((STATIC, many_static(101))), VALIDATION, ("StaticHyperParameters",)),
    ("auto-parameters",
     change((f"{RANGES}.AutoParameters", [{"Name": "alpha", "ValueHint": "0.1"}])), VALIDATION,
     ("AutoParameters",)),
    # objective and algorithm
    ("xgboost-unknown-metric", change((f"{OBJECTIVE}.MetricName", "validation:bogus")),
     VALIDATION, (f"{OBJECTIVE}.MetricName", "validation:bogus")),
    ("xgboost-auc-minimized", change((f"{OBJECTIVE}.Type", "Minimize")), VALIDATION,
     (f"{OBJECTIVE}.Type",)),
    ("xgboost-rmse-maximized", xgb(objective=("Maximize", "validation:rmse")), VALIDATION,
     (f"{OBJECTIVE}.Type",)),
    ("objective-type-unknown", change((f"{OBJECTIVE}.Type", "Maximise")), VALIDATION,
     (f"{OBJECTIVE}.Type",)),
    ("script-without-program", change((f"{STATIC}.sagemaker_program", None), base=script()),
     VALIDATION, ("StaticHyperParameters.sagemaker_program",)),
    ("script-without-submit-directory",
     change((f"{STATIC}.sagemaker_submit_directory", None), base=script()), VALIDATION,
     ("StaticHyperParameters.sagemaker_submit_directory",)),
    ("script-objective-not-defined", change((f"{OBJECTIVE}.MetricName", "loss"), base=script()),
     VALIDATION, (f"{OBJECTIVE}.MetricName", "MetricDefinitions")),
    ("regex-does-not-compile", script(regex=r"accuracy=([0-9"), VALIDATION,
     ("MetricDefinitions[0].Regex",)),
    ("regex-look-ahead", script(regex=r"accuracy=(?=[0-9])([0-9.]+)"), VALIDATION,
     ("MetricDefinitions[0].Regex",)),
    ("regex-without-group", script(regex=r"validation:accuracy=[0-9.]+"), VALIDATION,
     ("MetricDefinitions[0].Regex", "capture group")),
    ("metric-defined-twice",
     change((f"{ALGORITHM}.MetricDefinitions",
             [{"Name": "validation:accuracy", "Regex": "a=([0-9]+)"}] * 2), base=script()),
     VALIDATION, ("MetricDefinitions",)),
    ("algorithm-name", change((f"{ALGORITHM}.AlgorithmName", "my-algorithm")), VALIDATION,
     ("AlgorithmName",)),
    # Grid
    ("grid-with-integer-range",
     change((f"{CONFIG}.Strategy", "Grid"), (f"{LIMITS}.MaxNumberOfTrainingJobs", None)),
     VALIDATION, ("ParameterRanges", "Grid", "max_depth")),
    ("grid-wrong-job-count",
     grid(categorical("a", ["1", "2"]), categorical("b", ["1", "2", "3"]), max_jobs=5),
     VALIDATION, ("MaxNumberOfTrainingJobs", "6")),
    ("grid-751-combinations",
     grid(*(categorical(n, [str(i) for i in range(10)]) for n in "abc")), VALIDATION,
     ("ParameterRanges", "750", "1000")),
    # Random and Bayesian
    ("random-space-too-small",
     change((INTEGER, {"Name": "max_depth", "MinValue": "2", "MaxValue": "3"}),
            (f"{RANGES}.ContinuousParameterRanges", None)),
     VALIDATION, ("MaxNumberOfTrainingJobs", "2")),
    ("bayesian-space-too-small",
     change((f"{CONFIG}.Strategy", "Bayesian"),
            (RANGES, {"CategoricalParameterRanges": [categorical("a", ["1", "2", "3"])]})),
     VALIDATION, ("MaxNumberOfTrainingJobs", "3")),
    ("random-without-max-jobs", change((f"{LIMITS}.MaxNumberOfTrainingJobs", None)), VALIDATION,
     ("MaxNumberOfTrainingJobs",)),
    # Hyperband
    ("hyperband-with-early-stopping",
     hyperband((f"{CONFIG}.TrainingJobEarlyStoppingType", "Auto")), VALIDATION,
     ("TrainingJobEarlyStoppingType", "Hyperband")),
    ("hyperband-script-without-epochs", hyperband(base=script()), VALIDATION,
     ("HyperbandStrategyConfig.MaxResource", "could not be inferred")),
    ("hyperband-script-num-round-is-no-epoch", hyperband(base=script(static={"num_round": "9"})),
     VALIDATION, ("HyperbandStrategyConfig.MaxResource",)),
    ("hyperband-epochs-not-integer", hyperband(base=script(static={"epochs": "ten"})),
     VALIDATION, ("StaticHyperParameters.epochs",)),
    ("hyperband-min-above-max",
     hyperband((f"{CONFIG}.StrategyConfig",
                {"HyperbandStrategyConfig": {"MinResource": 30, "MaxResource": 10}})),
     VALIDATION, ("MinResource", "MaxResource")),
    ("hyperband-min-above-inferred-max",
     hyperband((f"{CONFIG}.StrategyConfig", {"HyperbandStrategyConfig": {"MinResource": 50}})),
     VALIDATION, ("MinResource",)),
    ("hyperband-max-resource-20001",
     hyperband((f"{CONFIG}.StrategyConfig", {"HyperbandStrategyConfig": {"MaxResource": 20001}})),
     VALIDATION, ("MaxResource",)),
    ("hyperband-config-with-random",
     change((f"{CONFIG}.StrategyConfig", {"HyperbandStrategyConfig": {"MaxResource": 10}})),
     VALIDATION, ("HyperbandStrategyConfig", "Hyperband")),
    # limits
    ("parallel-above-max-jobs", change((f"{LIMITS}.MaxParallelTrainingJobs", 5)), VALIDATION,
     ("MaxParallelTrainingJobs", "MaxNumberOfTrainingJobs")),
    ("parallel-zero", change((f"{LIMITS}.MaxParallelTrainingJobs", 0)), VALIDATION,
     ("MaxParallelTrainingJobs",)),
    ("max-jobs-zero", change((f"{LIMITS}.MaxNumberOfTrainingJobs", 0)), VALIDATION,
     ("MaxNumberOfTrainingJobs",)),
    ("runtime-119-seconds", change((f"{LIMITS}.MaxRuntimeInSeconds", 119)), VALIDATION,
     ("MaxRuntimeInSeconds",)),
    ("bayesian-751-jobs", xgb(strategy="Bayesian", max_jobs=751), LIMIT,
     ("MaxNumberOfTrainingJobs", "750")),
    ("hyperband-751-jobs", hyperband(base=xgb(max_jobs=751)), LIMIT,
     ("MaxNumberOfTrainingJobs", "750")),
    ("random-10001-jobs", xgb(max_jobs=10_001), LIMIT, ("MaxNumberOfTrainingJobs", "10000")),
    ("random-seed-negative", change((f"{CONFIG}.RandomSeed", -1)), VALIDATION, ("RandomSeed",)),
    ("not-improving-below-3",
     change((f"{CONFIG}.TuningJobCompletionCriteria",
             {"BestObjectiveNotImproving": {"MaxNumberOfTrainingJobsNotImproving": 2}})),
     VALIDATION, ("MaxNumberOfTrainingJobsNotImproving",)),
    # required members
    ("missing-name", change(("HyperParameterTuningJobName", None)), VALIDATION,
     ("HyperParameterTuningJobName", "required")),
    ("missing-config", change((CONFIG, None)), VALIDATION, (CONFIG, "required")),
    ("missing-strategy", change((f"{CONFIG}.Strategy", None)), VALIDATION,
     (f"{CONFIG}.Strategy", "required")),
    ("missing-resource-limits", change((LIMITS, None)), VALIDATION, (LIMITS, "required")),
    ("missing-max-parallel", change((f"{LIMITS}.MaxParallelTrainingJobs", None)), VALIDATION,
     ("MaxParallelTrainingJobs", "required")),
    ("missing-role", change((f"{DEFINITION}.RoleArn", None)), VALIDATION,
     (f"{DEFINITION}.RoleArn", "required")),
    ("missing-training-image", change((f"{ALGORITHM}.TrainingImage", None)), VALIDATION,
     ("TrainingImage",)),
    ("missing-objective", change((OBJECTIVE, None)), VALIDATION,
     ("HyperParameterTuningJobObjective",)),
    ("missing-output-config", change((f"{DEFINITION}.OutputDataConfig", None)), VALIDATION,
     ("OutputDataConfig", "required")),
    ("missing-stopping-condition", change((f"{DEFINITION}.StoppingCondition", None)), VALIDATION,
     ("StoppingCondition", "required")),
    ("missing-range-bound", change((f"{INTEGER}.MaxValue", None)), VALIDATION,
     ("IntegerParameterRanges[0].MaxValue", "required")),
    # one training job definition, exactly
    ("no-definition", change((DEFINITION, None)), VALIDATION, ("TrainingJobDefinition",)),
    ("both-definitions",
     lambda name: {**xgboost_job(name),
                   "TrainingJobDefinitions": [xgboost_job(name)[DEFINITION]]},
     VALIDATION, ("TrainingJobDefinition",)),
    ("empty-definitions",
     lambda name: {**change((DEFINITION, None))(name), "TrainingJobDefinitions": []},
     VALIDATION, ("TrainingJobDefinitions",)),
    ("two-definitions-unnamed",
     lambda name: {**change((DEFINITION, None))(name),
                   "TrainingJobDefinitions": [xgboost_job(name)[DEFINITION]] * 2},
     VALIDATION, ("TrainingJobDefinitions[0].DefinitionName",)),
    ("two-definitions-same-name",
     lambda name: {**change((DEFINITION, None))(name),
                   "TrainingJobDefinitions": [named("a", xgboost_job(name)),
                                              named("A", xgboost_job(name))]},
     VALIDATION, ("TrainingJobDefinitions[1].DefinitionName",)),
    ("two-definitions-early-stopping",
     lambda name: with_changes(two_definitions(name), f"{CONFIG}.TrainingJobEarlyStoppingType",
                               "Auto"),
     VALIDATION, ("TrainingJobEarlyStoppingType", "several")),
    ("two-definitions-other-objective",
     lambda name: with_changes(two_definitions(name), "TrainingJobDefinitions.1.TuningObjective",
                               {"Type": "Minimize", "MetricName": "validation:logloss"}),
     VALIDATION, ("TrainingJobDefinitions[1].TuningObjective",)),
    ("eleven-definitions",
     lambda name: {**change((DEFINITION, None))(name),
                   "TrainingJobDefinitions": [named(f"d{i}", xgboost_job(name))
                                              for i in range(11)]},
     VALIDATION, ("TrainingJobDefinitions",)),
    # warm start and Autotune: the rules needing no parent (tests/test_warm_start.py has more)
    ("warm-start-unknown-parent", change(("WarmStartConfig", WARM_START)), VALIDATION,
     ("WarmStartConfig.ParentHyperParameterTuningJobs[0].HyperParameterTuningJobName", "parent")),
    ("warm-start-six-parents",
     change(("WarmStartConfig", {**WARM_START, "ParentHyperParameterTuningJobs":
                                 WARM_START["ParentHyperParameterTuningJobs"] * 6})),
     VALIDATION, ("ParentHyperParameterTuningJobs",)),
    ("warm-start-unknown-type", change(("WarmStartConfig.WarmStartType", "Identical"),
                                       base=change(("WarmStartConfig", WARM_START))),
     VALIDATION, ("WarmStartType",)),
    ("autotune-disabled", change(("Autotune", {"Mode": "Disabled"})), VALIDATION, ("Autotune",)),
    ("autotune-word-hint",
     change(("Autotune", {"Mode": "Enabled"}),
            (RANGES, {"AutoParameters": [{"Name": "optimizer", "ValueHint": "adam"}]}),
            base=script()),
     VALIDATION, ("ParameterRanges.AutoParameters[0].ValueHint", "adam")),
    ("autotune-auto-and-range",
     change(("Autotune", {"Mode": "Enabled"}),
            (f"{RANGES}.AutoParameters", [{"Name": "max_depth", "ValueHint": "4"}])),
     VALIDATION, ("AutoParameters[0].Name", "max_depth")),
    # unknown members
    ("unknown-top-level-member", change(("MaxJobs", 3)), VALIDATION, ("MaxJobs", "unknown")),
    ("unknown-nested-member", change((f"{LIMITS}.MaxTrainingJobs", 3)), VALIDATION,
     (f"{LIMITS}.MaxTrainingJobs", "unknown")),
    ("member-in-wrong-case", change(("hyperParameterTuningJobName", "x")), VALIDATION,
     ("hyperParameterTuningJobName",)),
    # wrong JSON types
    ("integer-as-string", change((f"{LIMITS}.MaxParallelTrainingJobs", "2")), VALIDATION,
     ("MaxParallelTrainingJobs", "integer")),
    ("integer-as-boolean", change((f"{LIMITS}.MaxParallelTrainingJobs", True)), VALIDATION,
     ("MaxParallelTrainingJobs",)),
    ("integer-as-float", change((f"{LIMITS}.MaxNumberOfTrainingJobs", 4.0)), VALIDATION,
     ("MaxNumberOfTrainingJobs",)),
    ("string-as-number", change((f"{INTEGER}.MinValue", 2)), VALIDATION,
     ("IntegerParameterRanges[0].MinValue", "string")),
    ("hyperparameter-as-number", change((f"{STATIC}.num_round", 20)), VALIDATION,
     ("StaticHyperParameters.num_round",)),
    ("boolean-as-string", change((f"{DEFINITION}.EnableNetworkIsolation", "true")), VALIDATION,
     ("EnableNetworkIsolation",)),
    ("float-as-string",
     change((f"{CONFIG}.TuningJobCompletionCriteria", {"TargetObjectiveMetricValue": "0.9"})),
     VALIDATION, ("TargetObjectiveMetricValue",)),
    ("object-as-list", change((RANGES, [])), VALIDATION, ("ParameterRanges", "object")),
    ("list-as-object", change((f"{DEFINITION}.InputDataConfig", {})), VALIDATION,
     ("InputDataConfig",)),
    ("strategy-in-lower-case", change((f"{CONFIG}.Strategy", "bayesian")), VALIDATION,
     (f"{CONFIG}.Strategy",)),
]  # fmt: skip


@pytest.mark.parametrize(("build", "code", "fragments"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])  # fmt: skip
def test_refused_and_nothing_stored(
    api: Api, request: pytest.FixtureRequest, build: Body, code: str, fragments: tuple[str, ...]
) -> None:
    name = f"v-{zlib.crc32(request.node.callspec.id.encode()):08x}"
    body = build(name)
    before = (api.job_names(), api.study_names())
    assert_error(api.create(body), 400, code, *fragments)
    api.assert_nothing_stored(body.get("HyperParameterTuningJobName"), before)


# Each rule's boundary, on the side that is allowed: the refusals above are not off by one.
ACCEPTED: list[tuple[str, Body]] = [
    ("integer-min-equals-max", change((f"{INTEGER}.MinValue", "6"),
                                      (f"{LIMITS}.MaxNumberOfTrainingJobs", 1),
                                      (f"{LIMITS}.MaxParallelTrainingJobs", 1))),
    ("reverse-log-from-zero", change((f"{CONTINUOUS}.ScalingType", "ReverseLogarithmic"),
                                     (f"{CONTINUOUS}.MinValue", "0"),
                                     (f"{CONTINUOUS}.MaxValue", "0.999"))),
    ("log-integer", change((f"{INTEGER}.ScalingType", "Logarithmic"))),
    ("100-hyperparameters", change((STATIC, many_static(97)))),
    ("30-tunable", change((RANGES, many_ranges(30)))),
    ("grid-750-combinations", grid(categorical("a", [str(i) for i in range(30)]),
                                   categorical("b", [str(i) for i in range(25)]), max_jobs=750)),
    ("grid-without-max-jobs", grid(categorical("a", ["1", "2"]))),
    ("random-space-exactly-max-jobs",
     change((INTEGER, {"Name": "max_depth", "MinValue": "2", "MaxValue": "5"}),
            (f"{RANGES}.ContinuousParameterRanges", None))),
    ("bayesian-750-jobs", xgb(strategy="Bayesian", max_jobs=750)),
    ("random-10000-jobs", xgb(max_jobs=10_000)),
    ("runtime-120-seconds", change((f"{LIMITS}.MaxRuntimeInSeconds", 120))),
    ("parallel-equals-max-jobs", change((f"{LIMITS}.MaxParallelTrainingJobs", 4))),
    ("hyperband-from-num-round", hyperband()),
    ("hyperband-from-epochs", hyperband(base=script(static={"epochs": "20"}))),
    ("hyperband-max-resource-20000",
     hyperband((f"{CONFIG}.StrategyConfig", {"HyperbandStrategyConfig": {"MaxResource": 20000}}),
               base=script())),
    ("script-without-metric-definitions", script(regex=None)),
    ("name-32-chars", change(("HyperParameterTuningJobName", "n" * 31 + "x"))),
    ("two-definitions", two_definitions),
    ("ten-definitions",
     lambda name: {**change((DEFINITION, None))(name),
                   "TrainingJobDefinitions": [named(f"d{i}", xgboost_job(name))
                                              for i in range(10)]}),
    ("two-definitions-grid",
     lambda name: {**change((DEFINITION, None), (RANGES, None), (f"{CONFIG}.Strategy", "Grid"),
                            (f"{LIMITS}.MaxNumberOfTrainingJobs", None),
                            (f"{LIMITS}.MaxParallelTrainingJobs", 1))(name),
                   "TrainingJobDefinitions": [
                       {**named(d, xgboost_job(name)), "HyperParameterRanges": DEPTHS}
                       for d in ("a", "b")]}),
    ("autotune-builtin-no-ranges", change(("Autotune", {"Mode": "Enabled"}), (RANGES, None),
                                          (f"{LIMITS}.MaxNumberOfTrainingJobs", None))),
    ("autotune-script-hints",
     change(("Autotune", {"Mode": "Enabled"}),
            (RANGES, {"AutoParameters": [{"Name": "learning-rate", "ValueHint": "0.1"},
                                         {"Name": "max-depth", "ValueHint": "5"}]}),
            base=script())),
]  # fmt: skip


@pytest.mark.parametrize("build", [c[1] for c in ACCEPTED], ids=[c[0] for c in ACCEPTED])
def test_accepted_at_the_limit(api: Api, request: pytest.FixtureRequest, build: Body) -> None:
    body = build(f"ok-{zlib.crc32(request.node.callspec.id.encode()):08x}")
    name = body["HyperParameterTuningJobName"]
    response = api.create(body)
    assert response.status_code == 201, response.text
    assert response.json()["HyperParameterTuningJobArn"].endswith(f"/{name.lower()}")
    assert name in api.study_names()
    # The stored request reads back into a plan the scheduler can launch from.
    advance(get_database(api.settings), api.settings, NullExecutor(), name)
    described = api.client.get(f"{JOBS}/{name}").json()
    parallel = body[CONFIG]["ResourceLimits"]["MaxParallelTrainingJobs"]
    assert described["TrainingJobStatusCounters"]["InProgress"] == parallel


@pytest.mark.parametrize(
    ("content", "content_type", "fragment"),
    [
        (b'{"HyperParameterTuningJobName": "x",', "application/json", "malformed JSON"),
        (b"{'single': 'quotes'}", "application/json", "malformed JSON"),
        (b'{"a": 1} trailing', "application/json", "malformed JSON"),
        (b"\xff\xfe\x00", "application/json", "body"),
        (b"", "application/json", "body"),
        (b"", None, "body"),
        (b"null", "application/json", "body"),
        (b"[]", "application/json", "body"),
        (b'"a string"', "application/json", "body"),
        (b"42", "application/json", "body"),
    ],
    ids=[
        "truncated", "single-quotes", "trailing-garbage", "not-utf8", "empty", "empty-no-type",
        "null", "array", "string", "number",
    ],
)  # fmt: skip
def test_body_that_is_not_a_json_object(
    api: Api, content: bytes, content_type: str | None, fragment: str
) -> None:
    before = (api.job_names(), api.study_names())
    headers = {"content-type": content_type} if content_type else {}
    assert_error(api.client.post(JOBS, content=content, headers=headers), 400, VALIDATION, fragment)
    assert (api.job_names(), api.study_names()) == before


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_not_numbers(api: Api, number: str) -> None:
    """Python's JSON parser reads NaN and Infinity; AWS's does not, and neither do we."""
    criteria = {"TargetObjectiveMetricValue": "@number@"}
    body = change((f"{CONFIG}.TuningJobCompletionCriteria", criteria))("nan-target")
    content = json.dumps(body).replace('"@number@"', number)
    response = api.client.post(JOBS, content=content, headers={"content-type": "application/json"})
    assert_error(response, 400, VALIDATION, "TargetObjectiveMetricValue")
    assert api.client.get(f"{JOBS}/nan-target").status_code == 404


# --- names: in use, unknown ------------------------------------------------------------------


def test_second_create_with_the_same_name_is_resource_in_use(api: Api) -> None:
    body = xgboost_job("same-name")
    assert api.create(body).status_code == 201
    other = with_changes(body, f"{LIMITS}.MaxNumberOfTrainingJobs", 3)
    assert_error(api.create(other), 409, "ResourceInUse", "same-name")
    # The first job and its study are untouched.
    described = api.client.get(f"{JOBS}/same-name").json()
    assert described[CONFIG] == body[CONFIG]
    assert "same-name" in api.study_names()


def test_names_differing_only_in_case_are_one_name(api: Api) -> None:
    """AWS: 'The name is not case sensitive' (and the ARN holds it lower-cased)."""
    assert api.create(xgboost_job("Case-Job")).status_code == 201
    before = (api.job_names(), api.study_names())
    assert_error(api.create(xgboost_job("case-job")), 409, "ResourceInUse", "Case-Job")
    assert (api.job_names(), api.study_names()) == before
    described = api.client.get(f"{JOBS}/CASE-JOB")
    assert described.status_code == 200
    assert described.json()["HyperParameterTuningJobName"] == "Case-Job"


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", f"{JOBS}/no-such-job"),
        ("POST", f"{JOBS}/no-such-job/stop"),
        ("DELETE", f"{JOBS}/no-such-job"),
        ("GET", f"{JOBS}/no-such-job/training-jobs"),
        ("GET", "/v1/training-jobs/no-such-job-001-0123abcd"),
    ],
    ids=["describe", "stop", "delete", "list-training-jobs", "describe-training-job"],
)
def test_unknown_name_is_resource_not_found(api: Api, method: str, path: str) -> None:
    assert_error(api.client.request(method, path), 404, "ResourceNotFound", "no-such-job")


# --- stop and delete by state ----------------------------------------------------------------


@pytest.mark.parametrize("status", ["Completed", "Failed"])
def test_stop_of_a_finished_job_is_refused(api: Api, status: str) -> None:
    name = f"stop-{status.lower()}"
    assert api.create(xgboost_job(name, max_jobs=1, parallel=1)).status_code == 201
    finish(api, name, status=status)
    assert_error(api.client.post(f"{JOBS}/{name}/stop"), 400, VALIDATION, name, status)
    assert api.client.get(f"{JOBS}/{name}").json()["HyperParameterTuningJobStatus"] == status


def test_stop_twice_is_a_no_op(api: Api) -> None:
    assert api.create(xgboost_job("stop-twice")).status_code == 201
    assert api.client.post(f"{JOBS}/stop-twice/stop").status_code == 204
    assert api.client.post(f"{JOBS}/stop-twice/stop").status_code == 204
    described = api.client.get(f"{JOBS}/stop-twice").json()
    assert described["HyperParameterTuningJobStatus"] == "Stopping"


def test_delete_of_an_in_progress_job_is_refused(api: Api) -> None:
    assert api.create(xgboost_job("delete-running")).status_code == 201
    response = api.client.delete(f"{JOBS}/delete-running")
    assert_error(response, 400, VALIDATION, "delete-running", "InProgress")
    assert api.client.get(f"{JOBS}/delete-running").status_code == 200
    assert "delete-running" in api.study_names()


def test_delete_of_a_finished_job_removes_it_and_its_study(api: Api) -> None:
    assert api.create(xgboost_job("delete-done", max_jobs=1, parallel=1)).status_code == 201
    finish(api, "delete-done")
    assert api.client.delete(f"{JOBS}/delete-done").status_code == 204
    assert_error(api.client.get(f"{JOBS}/delete-done"), 404, "ResourceNotFound")
    assert "delete-done" not in api.study_names()


# --- nothing answers 500 ---------------------------------------------------------------------


def wrong_values(value: Any) -> list[Any]:
    """JSON values of other types than `value` (none of which AWS would coerce)."""
    if isinstance(value, bool):
        return ["true", 1]
    if isinstance(value, int | float):
        return [str(value), [value]]
    if isinstance(value, str):
        return [7, {"value": value}]
    if isinstance(value, list):
        return [{}, "list"]
    return [[], 3.5]  # an object


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every member and element of a JSON value, depth first; () is the root."""
    yield prefix
    if isinstance(value, dict):
        for key, member in value.items():
            yield from paths(member, (*prefix, key))
    elif isinstance(value, list):
        for index, element in enumerate(value):
            yield from paths(element, (*prefix, index))


def replaced(body: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    copy = json.loads(json.dumps(body))
    target = copy
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return copy


def garbage(rng: random.Random, depth: int = 0) -> Any:
    """A random JSON value, its objects keyed like a tuning job request or not at all."""
    keys = [
        "HyperParameterTuningJobName", CONFIG, DEFINITION, "Strategy", "ResourceLimits",
        "ParameterRanges", "Values", "MinValue", "Name", "", "ü", "__proto__",
    ]  # fmt: skip
    scalars = ["str", "int", "float", "bool", "null"]
    kind = rng.choice(scalars if depth >= 3 else ["object", "list", *scalars])
    if kind == "object":
        return {rng.choice(keys): garbage(rng, depth + 1) for _ in range(rng.randint(0, 4))}
    if kind == "list":
        return [garbage(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    return {
        "str": lambda: rng.choice(["", "x" * 300, "-1", "1e999", "\u0000", "Grid", "ünï"]),
        "int": lambda: rng.choice([0, -1, 2**63, 10**40]),
        "float": lambda: rng.choice([0.5, -1e308, 1e-320]),
        "bool": lambda: rng.choice([True, False]),
        "null": lambda: None,
    }[kind]()


def test_wrong_types_anywhere_and_garbage_never_answer_500(api: Api) -> None:
    before = (api.job_names(), api.study_names())
    bodies: list[Any] = []
    for valid in (xgboost_job("fuzz-xgboost"), script_job("fuzz-script", SOURCE_DIR)):
        for path in paths(valid):
            leaf = valid
            for key in path:
                leaf = leaf[key]
            bodies += [replaced(valid, path, wrong) for wrong in wrong_values(leaf)]
    rng = random.Random(20261126)
    bodies += [garbage(rng) for _ in range(40)]
    bodies += [replaced(xgboost_job("fuzz-deep"), (CONFIG,), garbage(rng)) for _ in range(20)]
    assert len(bodies) > 150
    for body in bodies:
        response = api.create(body)
        assert response.status_code == 400, (body, response.text)
        error = response.json()
        assert set(error) == {"__type", "message"} and error["__type"] == VALIDATION, error
        assert error["message"], body
    assert (api.job_names(), api.study_names()) == before


@pytest.mark.parametrize(("rule", "kind"), list(RULES.items()))
def test_a_jobs_early_stopping_rule_is_frozen_at_create(
    api: Api, rule: str, kind: type[EarlierJobsPruner]
) -> None:
    """OPENAMT_EARLY_STOPPING_RULE is read once, when the job is created, and frozen in its
    plan: a worker configured otherwise still watches the job under the job's rule (the job's
    Auto only turns it on)."""
    body = xgboost_job(f"rule-{rule}", max_jobs=1, parallel=1)
    body["HyperParameterTuningJobConfig"]["TrainingJobEarlyStoppingType"] = "Auto"
    creator = api.settings.model_copy(update={"early_stopping_rule": rule})
    db = get_database(api.settings)
    with unit_of_work(db, NullExecutor()) as session:
        tuning_service.create(session, CreateTuningJobRequest.model_validate(body), creator)
    advance(db, api.settings, NullExecutor(), body["HyperParameterTuningJobName"])
    with db.read() as session:
        name = session.scalars(
            select(TrainingJob.name).where(
                TrainingJob.tuning_job_name == body["HyperParameterTuningJobName"]
            )
        ).one()
    other = "median-value" if rule == "running-average" else "running-average"
    worker = api.settings.model_copy(update={"early_stopping_rule": other})
    claim = claim_training_job(db, worker, name, owner="test:1")
    assert claim is not None and claim.plan is not None
    assert claim.plan.sampling.early_stopping_rule == rule
    assert type(STRATEGIES[claim.plan.strategy].make_pruner(claim.plan.sampling)) is kind
