"""Built-in XGBoost: real training on small generated data, as the runner would run it."""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pytest
import re2
import xgboost as xgb

from workers.algorithms.base import TrainingContext
from workers.algorithms.xgboost_builtin import (
    OBJECTIVE_METRICS,
    ClientError,
    is_builtin_xgboost_image,
    metric_definitions,
    parse_hyperparameters,
    train,
)
from workers.algorithms.xgboost_data import LIBSVM, load_channel

REGEXES = {definition.name: definition.regex for definition in metric_definitions()}
LINE = re2.compile(r"^\[[0-9]+\](\t(train|validation)-[a-z0-9@_-]+:-?[0-9]+\.[0-9]{5})+$")


# --- Helpers -----------------------------------------------------------------------------------


def binary_data(rows: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    features = rng.normal(size=(rows, 4))
    labels = (features[:, 0] + features[:, 1] + rng.normal(scale=0.5, size=rows) > 0).astype(int)
    return features, labels


def regression_data(rows: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    features = rng.normal(size=(rows, 3))
    return features, 3 * features[:, 0] - 2 * features[:, 1] + rng.normal(scale=0.1, size=rows)


def multiclass_data(rows: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, 3, size=rows)
    features = rng.normal(size=(rows, 3)) + 3 * np.eye(3)[labels]
    return features, labels


def write_csv(path: Path, features: np.ndarray, labels: np.ndarray, delimiter: str = ",") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savetxt(path, np.column_stack([labels, features]), delimiter=delimiter, fmt="%.6g")


def write_libsvm(path: Path, features: np.ndarray, labels: np.ndarray) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = (
        " ".join([f"{label:g}", *(f"{i}:{value:.6g}" for i, value in enumerate(row))])
        for label, row in zip(labels, features, strict=True)
    )
    path.write_text("\n".join(lines) + "\n")


def context(
    tmp_path: Path,
    hyperparameters: dict[str, str],
    *,
    channels: tuple[str, ...] = ("train", "validation"),
    content_type: str | None = "text/csv",
) -> TrainingContext:
    return TrainingContext(
        job_name="job",
        job_arn="arn:aws:sagemaker:us-east-1:000000000000:training-job/job",
        hyperparameters=hyperparameters,
        channels={name: tmp_path / name for name in channels},
        content_types={name: content_type for name in channels},
        job_dir=tmp_path / "job",
        num_cpus=2,
    )


def metric_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("[")]


def metric_values(lines: list[str], name: str) -> list[float]:
    """Apply the published regex as the runner does: as printed, else with tabs as #011."""
    pattern = re2.compile(REGEXES[name])
    values = []
    for line in lines:
        match = pattern.search(line) or pattern.search(line.replace("\t", "#011"))
        if match:
            values.append(float(match.group(1)))
    return values


def load_model(ctx: TrainingContext) -> xgb.Booster:
    booster = xgb.Booster()
    with warnings.catch_warnings():  # no extension: XGBoost warns that it guesses UBJSON
        warnings.simplefilter("ignore")
        booster.load_model(ctx.model_dir / "xgboost-model")
    return booster


# --- Training ----------------------------------------------------------------------------------


def test_binary_classification_prints_every_round_in_the_container_format(tmp_path, capsys):
    features, labels = binary_data(400)
    write_csv(tmp_path / "train" / "part-0.csv", features[:300], labels[:300])
    write_csv(tmp_path / "validation" / "part-0.csv", features[300:], labels[300:])
    ctx = context(
        tmp_path,
        {"num_round": "8", "objective": "binary:logistic", "eval_metric": "auc", "max_depth": "3"},
    )

    train(ctx)

    lines = metric_lines(capsys.readouterr().out)
    assert len(lines) == 8
    assert all(LINE.match(line) for line in lines), lines
    assert [line.split("\t")[0] for line in lines] == [f"[{i}]" for i in range(8)]
    assert lines[0].split("\t")[1].startswith("train-auc:")
    auc = metric_values(lines, "validation:auc")
    assert len(auc) == 8 and all(0.5 < value <= 1 for value in auc)
    assert len(metric_values(lines, "train:auc")) == 8  # not the last field, still matched

    booster = load_model(ctx)
    assert booster.num_boosted_rounds() == 8
    probabilities = booster.predict(xgb.DMatrix(features[300:]))
    assert ((probabilities > 0.5) == labels[300:]).mean() > 0.75


def test_libsvm_by_default_and_the_tuning_objective_is_always_printed(tmp_path, capsys):
    features, labels = binary_data(300, seed=1)
    write_libsvm(tmp_path / "train" / "a.libsvm", features[:100], labels[:100])
    write_libsvm(tmp_path / "train" / "more" / "b.libsvm", features[100:200], labels[100:200])
    write_libsvm(tmp_path / "validation" / "data", features[200:], labels[200:])
    hyperparameters = {
        "num_round": "4",
        "objective": "binary:logistic",
        "_tuning_objective_metric": "validation:f1",
        "sagemaker_region": "us-east-1",
    }

    train(context(tmp_path, hyperparameters, content_type=None))

    lines = metric_lines(capsys.readouterr().out)
    assert len(lines) == 4
    assert all(0 <= value <= 1 for value in metric_values(lines, "validation:f1"))
    assert len(metric_values(lines, "validation:f1")) == 4
    assert len(metric_values(lines, "validation:logloss")) == 4  # XGBoost's default metric


def test_early_stopping_saves_the_best_iteration(tmp_path, capsys):
    features, labels = regression_data(300)
    noise = np.random.default_rng(7).normal(size=100)  # validation the model cannot learn
    write_csv(tmp_path / "train" / "data.csv", features[:200], labels[:200])
    write_csv(tmp_path / "validation" / "data.csv", features[200:], noise)
    hyperparameters = {
        "num_round": "100",
        "early_stopping_rounds": "3",
        "eta": "0.5",
        "_tuning_objective_metric": "validation:rmse",
    }
    ctx = context(tmp_path, hyperparameters)

    train(ctx)

    lines = metric_lines(capsys.readouterr().out)
    assert len(lines) < 100
    rmse = metric_values(lines, "validation:rmse")
    best = len(lines) - 1 - 3  # stopped after 3 rounds without improvement
    assert rmse[best] == min(rmse)
    assert load_model(ctx).num_boosted_rounds() == best + 1


def test_early_stopping_maximizes_metrics_the_container_computes(tmp_path, capsys):
    features, labels = binary_data(300, seed=2)
    write_csv(tmp_path / "train" / "data.csv", features[:200], labels[:200])
    write_csv(tmp_path / "validation" / "data.csv", features[200:], labels[200:])
    hyperparameters = {
        "num_round": "60",
        "early_stopping_rounds": "5",
        "objective": "binary:logistic",
        "_tuning_objective_metric": "validation:accuracy",
    }
    ctx = context(tmp_path, hyperparameters)

    train(ctx)

    lines = metric_lines(capsys.readouterr().out)
    accuracy = metric_values(lines, "validation:accuracy")
    best = len(lines) - 1 - 5
    assert accuracy[best] == max(accuracy)
    assert load_model(ctx).num_boosted_rounds() == best + 1


def test_early_stopping_without_validation_trains_every_round(tmp_path, capsys):
    features, labels = regression_data(100)
    write_csv(tmp_path / "train" / "data.csv", features, labels)

    train(context(tmp_path, {"num_round": "6", "early_stopping_rounds": "1"}, channels=("train",)))

    lines = metric_lines(capsys.readouterr().out)
    assert len(lines) == 6
    assert all("validation-" not in line for line in lines)


def test_regression_reports_rmse_and_the_container_metrics(tmp_path, capsys):
    features, labels = regression_data(400)
    write_csv(tmp_path / "train" / "data.csv", features[:300], labels[:300], delimiter="\t")
    write_csv(tmp_path / "validation" / "data.csv", features[300:], labels[300:], delimiter="\t")
    hyperparameters = {
        "num_round": "20",
        "objective": "reg:squarederror",
        "eval_metric": "mse,r2",
        "_tuning_objective_metric": "validation:rmse",
    }
    ctx = context(tmp_path, hyperparameters)

    train(ctx)

    lines = metric_lines(capsys.readouterr().out)
    rmse = metric_values(lines, "validation:rmse")
    mse = metric_values(lines, "validation:mse")
    r2 = metric_values(lines, "validation:r2")
    assert len(rmse) == len(mse) == len(r2) == 20
    assert rmse[-1] < rmse[0] / 2
    assert mse[-1] == pytest.approx(rmse[-1] ** 2, rel=1e-3)
    assert r2[-1] > 0.8
    predictions = load_model(ctx).predict(xgb.DMatrix(features[300:]))
    assert np.corrcoef(predictions, labels[300:])[0, 1] > 0.9


def test_multiclass_softmax_with_merror(tmp_path, capsys):
    features, labels = multiclass_data(300)
    write_csv(tmp_path / "train" / "data.csv", features[:200], labels[:200], delimiter=" ")
    write_csv(tmp_path / "validation" / "data.csv", features[200:], labels[200:], delimiter=" ")
    hyperparameters = {
        "num_round": "5",
        "objective": "multi:softmax",
        "num_class": "3",
        "eval_metric": "merror,f1",
    }
    ctx = context(tmp_path, hyperparameters)

    train(ctx)

    lines = metric_lines(capsys.readouterr().out)
    merror = metric_values(lines, "validation:merror")
    assert len(merror) == 5 and merror[-1] < 0.2
    assert metric_values(lines, "validation:f1")[-1] > 0.8
    classes = load_model(ctx).predict(xgb.DMatrix(features[200:]))
    assert set(np.unique(classes)) <= {0, 1, 2}
    assert (classes == labels[200:]).mean() > 0.8


def test_aliases_name_the_xgboost_parameters(tmp_path, capsys):
    parsed = parse_hyperparameters(
        {
            "num_round": "3",
            "learning_rate": "0.2",
            "min_split_loss": "0.5",
            "reg_lambda": "2",
            "reg_alpha": "0.1",
            "_tuning_objective_metric": "validation:rmse",
            "sagemaker_program": "ignored.py",
        }
    )
    assert parsed == {"num_round": 3, "eta": 0.2, "gamma": 0.5, "lambda": 2.0, "alpha": 0.1}

    features, labels = regression_data(100)
    write_csv(tmp_path / "train" / "data.csv", features, labels)
    train(context(tmp_path, {"num_round": "3", "learning_rate": "0.2"}, channels=("train",)))
    assert len(metric_lines(capsys.readouterr().out)) == 3


def test_csv_weights_and_nested_files_read_as_one_matrix(tmp_path):
    root = tmp_path / "train"
    (root / "a" / "b").mkdir(parents=True)
    (root / "part-0.csv").write_text("1,2.0,0.5,0.25\n0,0.5,,1\n")
    (root / "a" / "part-1.csv").write_text("1,1.0,3,4\n")
    (root / "a" / "b" / "part-2.csv").write_text("0,1.0,5,6\n")
    (root / "a" / "b" / "c").mkdir()
    (root / "a" / "b" / "c" / "too-deep.csv").write_text("1,1.0,7,8\n")
    (root / "_SUCCESS").write_text("")

    dataset = load_channel("train", root, "csv", csv_weights=True)

    # Files in path order: a/b/part-2.csv, a/part-1.csv, part-0.csv.
    assert dataset.labels.tolist() == [0, 1, 1, 0]
    assert dataset.weights is not None and dataset.weights.tolist() == [1.0, 1.0, 2.0, 0.5]
    assert dataset.features.shape == (4, 2)
    assert np.isnan(dataset.features).sum() == 1  # an empty field is a missing value


def test_libsvm_keeps_weights_and_indices(tmp_path):
    (tmp_path / "train").mkdir()
    (tmp_path / "train" / "data").write_text("1:0.5 0:1.5 3:2\n0 1:1 # comment\n")

    dataset = load_channel("train", tmp_path / "train", LIBSVM, csv_weights=False)

    assert dataset.labels.tolist() == [1, 0]
    assert dataset.weights is not None and dataset.weights.tolist() == [0.5, 1.0]
    assert dataset.features.shape == (2, 4)


# --- User errors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hyperparameters", "message"),
    [
        ({"num_round": "2", "colour": "red"}, "Extraneous hyperparameter found: colour"),
        ({"num_round": "1.0"}, "Hyperparameter num_round: could not parse value '1.0'"),
        ({"num_round": "2", "max_depth": "x"}, "Hyperparameter max_depth: could not parse value"),
        ({"num_round": "0"}, "Hyperparameter num_round: 0 is not in [1, +inf)"),
        ({"num_round": "2", "eta": "1.5"}, "Hyperparameter eta: 1.5 is not in [0, 1]"),
        ({"num_round": "2", "subsample": "0"}, "Hyperparameter subsample: 0.0 is not in (0, 1]"),
        (
            {"num_round": "2", "booster": "forest"},
            "Hyperparameter booster: forest is not in ['gbtree', 'gblinear', 'dart']",
        ),
        ({"num_round": "2", "eval_metric": "rmse,wow"}, "Hyperparameter eval_metric: wow is not"),
        ({"eta": "0.1"}, "Missing required hyperparameter: num_round"),
        (
            {"num_round": "2", "objective": "multi:softprob"},
            "Require input for parameter 'num_class' for multi-classification",
        ),
        (
            {"num_round": "2", "objective": "reg:squarederror", "eval_metric": "auc"},
            "Metric 'auc' can only be applied for classification and ranking problems.",
        ),
        (
            {"num_round": "2", "eval_metric": "auc"},  # XGBoost's default objective: regression
            "Metric 'auc' can only be applied for classification and ranking problems.",
        ),
    ],
)
def test_bad_hyperparameters_fail_as_the_container_does(tmp_path, hyperparameters, message):
    features, labels = binary_data(50)
    write_csv(tmp_path / "train" / "data.csv", features, labels)

    with pytest.raises(ClientError) as raised:
        train(context(tmp_path, hyperparameters, channels=("train",)))

    assert str(raised.value).startswith(message)
    assert not (tmp_path / "job" / "model" / "xgboost-model").exists()


def test_extraneous_channel(tmp_path):
    features, labels = binary_data(50)
    for channel in ("train", "test"):
        write_csv(tmp_path / channel / "data.csv", features, labels)

    with pytest.raises(ClientError, match="^Extraneous channel found: test$"):
        train(context(tmp_path, {"num_round": "2"}, channels=("train", "test")))


def test_missing_train_channel(tmp_path):
    features, labels = binary_data(50)
    write_csv(tmp_path / "validation" / "data.csv", features, labels)

    with pytest.raises(ClientError, match="^Missing required channel: train$"):
        train(context(tmp_path, {"num_round": "2"}, channels=("validation",)))


@pytest.mark.parametrize("hidden", [".DS_Store", ".cache/data.csv"])
def test_hidden_file_in_a_channel(tmp_path, hidden):
    features, labels = binary_data(50)
    write_csv(tmp_path / "train" / "data.csv", features, labels)
    write_csv(tmp_path / "train" / hidden, features, labels)

    with pytest.raises(ClientError, match="^Hidden file found in the train channel: "):
        train(context(tmp_path, {"num_round": "2"}, channels=("train",)))


@pytest.mark.parametrize(
    ("content", "content_type", "message"),
    [
        ("1,2,3\n", "text/libsvm", "Line 1 '1,2,3...' of file 'data' is not 'LIBSVM' format"),
        ("label,x\n1,2\n", "text/csv", "Failed to load csv data from 'data'"),
        ("1,2\n", "application/json", "application/json is not an accepted ContentType"),
        ("", "text/csv", "No data in the train channel."),
    ],
)
def test_unreadable_data(tmp_path, content, content_type, message):
    (tmp_path / "train").mkdir()
    (tmp_path / "train" / "data").write_text(content)

    with pytest.raises(ClientError) as raised:
        train(context(tmp_path, {"num_round": "2"}, channels=("train",), content_type=content_type))

    assert str(raised.value).startswith(message)


def test_labels_xgboost_refuses_are_a_client_error(tmp_path):
    features, labels = binary_data(50)
    write_csv(tmp_path / "train" / "data.csv", features, labels + 1)  # labels 1 and 2
    hyperparameters = {"num_round": "2", "objective": "binary:logistic"}

    with pytest.raises(ClientError, match="^XGB train call failed with exception: Check failed"):
        train(context(tmp_path, hyperparameters, channels=("train",)))


# --- Images and metrics ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("image", "builtin"),
    [
        ("683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1", True),
        ("sagemaker-xgboost:latest", True),
        ("sagemaker-xgboost", True),
        ("811284229777.dkr.ecr.us-east-1.amazonaws.com/xgboost:1", True),
        ("localhost:5000/sagemaker-xgboost@sha256:" + "0" * 64, True),
        ("683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1", False),
        ("my-registry/xgboost-custom:1", False),
        ("", False),
        (None, False),
    ],
)
def test_is_builtin_xgboost_image(image, builtin):
    assert is_builtin_xgboost_image(image) is builtin


def test_objective_metrics_and_their_regexes():
    maximize = ("accuracy", "auc", "aucpr", "f1", "map", "ndcg", "precision", "recall", "r2")
    minimize = ("error", "logloss", "mae", "merror", "mlogloss", "mse", "rmse")
    for metric in maximize:
        assert OBJECTIVE_METRICS[f"validation:{metric}"] == "Maximize"
    for metric in minimize:
        assert OBJECTIVE_METRICS[f"validation:{metric}"] == "Minimize"
    for name in OBJECTIVE_METRICS:
        assert name in REGEXES and name.replace("validation:", "train:") in REGEXES
    for regex in REGEXES.values():
        re2.compile(regex)
    assert REGEXES["validation:auc"].startswith(r".*\[[0-9]+\].*#011validation-auc:(")
