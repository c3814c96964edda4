"""The SageMaker Python SDK v3, unmodified, against a live openamt in both modes: the examples
under examples/sagemaker_sdk_v3 (ModelTrainer tuning, one ModelTrainer.train) run in the SDK's
own virtualenv, and what they got back is checked against openamt's own records."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support import runs
from tests.support.servers import Server, aws_client

pytestmark = pytest.mark.services


@pytest.fixture(scope="module")
def examples(
    server: Server, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, runs.Example]]:
    """Every example of this module started at once against this server: the SDK spends most
    of a run sleeping between polls, so they overlap well."""
    started = {
        script: runs.Example(3, script, server, tmp_path_factory.mktemp(script))
        for script in ["tune.py", "train_once.py"]
    }
    yield started
    for example in started.values():
        example.stop()


def test_model_trainer_tuning(server: Server, examples: dict[str, runs.Example]) -> None:
    run = examples["tune.py"].run()
    result = run.result
    name = result["tuning_job"]
    assert result["status"] == "Completed"
    operations = runs.operations(run)
    # v3 resolves the role through IAM before it uploads the drivers and the code.
    assert operations.index("iam.GetRole") < operations.index(
        "sagemaker.CreateHyperParameterTuningJob"
    )

    # The tuner sent the script-mode settings the framework container needs, and a
    # sm_drivers channel beside the user's.
    definition = aws_client(server.url).describe_hyper_parameter_tuning_job(
        HyperParameterTuningJobName=name
    )["TrainingJobDefinition"]
    static = definition["StaticHyperParameters"]
    assert static["sagemaker_program"] == "train.py"
    assert static["sagemaker_submit_directory"].endswith("/sourcedir/sourcedir.tar.gz")
    channels = {c["ChannelName"] for c in definition["InputDataConfig"]}
    assert channels == {"train", "validation", "sm_drivers"}

    # analytics(): one row per training job, with openamt's status and objective.
    jobs = {j["TrainingJobName"]: j for j in runs.rest_training_jobs(server, name)}
    assert len(jobs) == 4
    frame = result["analytics"]
    assert sorted(row["TrainingJobName"] for row in frame) == sorted(jobs)
    objectives = {}
    for row in frame:
        job = jobs[row["TrainingJobName"]]
        assert row["TrainingJobStatus"] == job["TrainingJobStatus"] == "Completed"
        value = job["FinalHyperParameterTuningJobObjectiveMetric"]["Value"]
        assert row["FinalObjectiveValue"] == pytest.approx(value)
        objectives[row["TrainingJobName"]] = value

    # best_training_job(): one of the jobs with the best objective (Maximize).
    best_value = max(objectives.values())
    assert result["best_training_job"] in {n for n, v in objectives.items() if v == best_value}
    assert result["best_objective"] == pytest.approx(best_value)

    # TrainingJobAnalytics: the stored series as CloudWatch averages it over 60 s periods.
    best = result["best_training_job"]
    start, end = runs.training_window(server, best)
    expected = runs.cloudwatch_averages(
        runs.rest_metric_points(server, best, "validation:auc"), start, end
    )
    assert expected, f"{best} stored no validation:auc points"
    series = [(row["timestamp"], row["value"]) for row in result["series"]]
    assert [t for t, _ in series] == [t for t, _ in expected]
    assert [v for _, v in series] == pytest.approx([v for _, v in expected])


def test_model_trainer_train(server: Server, examples: dict[str, runs.Example]) -> None:
    run = examples["train_once.py"].run()
    result = run.result
    job = result["training_job"]
    assert result["status"] == "Completed"

    # The SDK's own driver ran the script: its sm_train.sh under the job's /opt/ml.
    described = aws_client(server.url).describe_training_job(TrainingJobName=job)
    assert described["AlgorithmSpecification"]["ContainerEntrypoint"] == ["/bin/bash"]
    log = runs.rest_log(server, job)
    assert any("Running Basic Script driver" in line for line in log)
    assert any("validation-auc" in line for line in log)
    assert any("Training Container Execution Completed" in line for line in log)

    # The model the script saved is the job's artifact: XGBoost loads it and predicts.
    rows = [[0.1 * i for i in range(10)]]
    assert len(runs.model_predictions(server, job, rows)) == 1
    assert result["model_data"] == described["ModelArtifacts"]["S3ModelArtifacts"]
