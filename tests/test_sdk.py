"""The generated SDK (clients/python, import openamt_client) against a live `openamt serve`
that requires a bearer token: create, describe, list with pagination, stop, training jobs."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from openamt_client import AuthenticatedClient, Client
from openamt_client.api.training_jobs import describe_training_job
from openamt_client.api.tuning_jobs import (
    create_hyper_parameter_tuning_job,
    describe_hyper_parameter_tuning_job,
    list_hyper_parameter_tuning_jobs,
    list_training_jobs_for_hyper_parameter_tuning_job,
    stop_hyper_parameter_tuning_job,
)
from openamt_client.models import CreateTuningJobRequest, DescribeTuningJobResponse, Error

from tests.conftest import API_TOKEN
from tests.support.jobs import TERMINAL, unique, xgboost_job
from tests.support.servers import Server


@pytest.fixture
def sdk(token_server: Server) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(base_url=token_server.url, token=API_TOKEN, timeout=30) as client:
        yield client


def _wait(sdk: AuthenticatedClient, name: str) -> DescribeTuningJobResponse:
    deadline = time.monotonic() + 120
    while True:
        described = describe_hyper_parameter_tuning_job.sync(name, client=sdk)
        assert isinstance(described, DescribeTuningJobResponse)
        if described.hyper_parameter_tuning_job_status.value in TERMINAL:
            return described
        assert time.monotonic() < deadline, described.hyper_parameter_tuning_job_status
        time.sleep(0.2)


def test_create_describe_list_and_describe_the_best_training_job(
    sdk: AuthenticatedClient,
) -> None:
    name = unique("sdk")
    body = CreateTuningJobRequest.from_dict(xgboost_job(name, max_jobs=3, parallel=2))
    created = create_hyper_parameter_tuning_job.sync_detailed(client=sdk, body=body)
    assert created.status_code == 201, created.content
    assert created.parsed.hyper_parameter_tuning_job_arn.endswith(f"/{name}")

    described = _wait(sdk, name)
    assert described.hyper_parameter_tuning_job_status.value == "Completed"
    assert described.training_job_status_counters.completed == 3
    best = described.best_training_job
    assert best.final_hyper_parameter_tuning_job_objective_metric.metric_name == "validation:auc"

    # One training job a page: three pages, every job once.
    seen: list[str] = []
    token = None
    while True:
        page = list_training_jobs_for_hyper_parameter_tuning_job.sync(
            name, client=sdk, max_results=1, **({"next_token": token} if token else {})
        )
        seen += [summary.training_job_name for summary in page.training_job_summaries]
        token = page.next_token
        if not token:
            break
    assert len(seen) == len(set(seen)) == 3 and best.training_job_name in seen

    training = describe_training_job.sync(best.training_job_name, client=sdk)
    assert training.training_job_status.value == "Completed"
    assert training.tuning_job_arn == described.hyper_parameter_tuning_job_arn
    assert training.model_artifacts.s3_model_artifacts.endswith("model.tar.gz")


def test_list_tuning_jobs_pages_and_stop(sdk: AuthenticatedClient) -> None:
    names = [unique("sdkpage") for _ in range(3)]
    for name in names:
        body = xgboost_job(name, max_jobs=50, parallel=1, num_round=200)
        create_hyper_parameter_tuning_job.sync(
            client=sdk, body=CreateTuningJobRequest.from_dict(body)
        )

    listed: list[str] = []
    token = None
    while True:
        page = list_hyper_parameter_tuning_jobs.sync(
            client=sdk, max_results=2, name_contains="sdkpage",
            **({"next_token": token} if token else {}),
        )  # fmt: skip
        assert len(page.hyper_parameter_tuning_job_summaries) <= 2
        listed += [
            s.hyper_parameter_tuning_job_name for s in page.hyper_parameter_tuning_job_summaries
        ]
        token = page.next_token
        if not token:
            break
    assert sorted(listed) == sorted(names)

    for name in names:
        stopped = stop_hyper_parameter_tuning_job.sync_detailed(name, client=sdk)
        assert stopped.status_code == 204
    for name in names:
        assert _wait(sdk, name).hyper_parameter_tuning_job_status.value == "Stopped"


def test_the_token_is_required_and_errors_are_typed(
    sdk: AuthenticatedClient, token_server: Server
) -> None:
    anonymous = Client(base_url=token_server.url)
    refused = describe_hyper_parameter_tuning_job.sync_detailed("anything", client=anonymous)
    assert refused.status_code == 403
    missing = describe_hyper_parameter_tuning_job.sync_detailed("no-such-job", client=sdk)
    assert missing.status_code == 404 and isinstance(missing.parsed, Error)
    assert missing.parsed.field_type_ == "ResourceNotFound"
    assert "no-such-job" in missing.parsed.message
