"""Which backend runs a training job (app/training/algorithms.backend) and which images count as
container images (app/training/images.py): fast, no engine needed (an unreachable one is
named through DOCKER_HOST)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.config import Settings
from app.training import images
from app.training.algorithms import Backend, backend

XGBOOST = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"
PYTORCH = "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-training:2.1-cpu-py310"
MINE = "myorg/algorithm:3"
PROGRAM = {"sagemaker_program": "train.py", "sagemaker_submit_directory": "file:///code"}


def held(*present: str):  # type: ignore[no-untyped-def]
    return lambda image: image in present


@pytest.mark.parametrize(
    ("image", "hyperparameters", "entrypoint", "in_engine", "expected"),
    [
        (XGBOOST, {}, None, held(XGBOOST), Backend.BUILTIN_XGBOOST),  # built-in first
        (XGBOOST, PROGRAM, None, held(), Backend.SCRIPT),
        (XGBOOST, PROGRAM, None, held(XGBOOST), Backend.CONTAINER),
        (PYTORCH, PROGRAM, None, held(), Backend.SCRIPT),
        (PYTORCH, PROGRAM, None, held(PYTORCH), Backend.CONTAINER),  # a container wins
        (MINE, {}, ["/bin/sh", "run.sh"], held(), Backend.SCRIPT),
        (MINE, {}, None, held(MINE), Backend.CONTAINER),
        (MINE, {}, None, held(), None),  # nothing runs it: refused at create
    ],
)
def test_backend_precedence(
    image: str,
    hyperparameters: dict[str, str],
    entrypoint: list[str] | None,
    in_engine: object,
    expected: Backend | None,
) -> None:
    found = backend(
        image,
        hyperparameters,
        entrypoint=entrypoint,
        runs_as_container=in_engine,  # type: ignore[arg-type]
    )
    assert found is expected


def test_configured_patterns_name_container_images() -> None:
    settings = Settings(container_images="myorg/*, *.dkr.ecr.*/my-algo:*")  # type: ignore[arg-type]
    assert settings.container_images == ["myorg/*", "*.dkr.ecr.*/my-algo:*"]
    assert images.configured(MINE, settings)
    assert images.configured("1.dkr.ecr.eu-west-1.amazonaws.com/my-algo:2", settings)
    assert not images.configured(PYTORCH, settings)
    assert not images.configured("other/myorg:1", settings)


@pytest.fixture
def no_engine(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """An engine address where nothing answers (a socket path that does not exist)."""
    monkeypatch.setenv("DOCKER_HOST", f"unix://{tmp_path}/absent.sock")
    monkeypatch.setattr(images, "_client", None)
    monkeypatch.setattr(images, "_unreachable", None)
    yield


def test_without_an_engine_no_image_is_present_and_the_reason_says_so(no_engine: None) -> None:
    settings = Settings()
    assert not images.present(MINE)
    assert not images.runs_as_container(MINE, settings)
    assert "no Docker engine answers here" in images.why_not(MINE)
    # Configured images still count: a worker with an engine runs them.
    assert images.runs_as_container(MINE, Settings(container_images="myorg/*"))  # type: ignore[arg-type]


def test_an_engine_that_did_not_answer_is_not_asked_again_at_once(no_engine: None) -> None:
    with pytest.raises(images.EngineUnavailable):
        images.engine()
    failed_at = images._unreachable
    with pytest.raises(images.EngineUnavailable):
        images.engine()
    assert images._unreachable == failed_at  # the cached answer, not a second probe
