"""What a user watches, over both modes (embedded, distributed): a training job's metric
series, a tuning job's analytics (JSON and CSV), Prometheus metrics with real values after a
job ran, readiness, and log lines that name their jobs."""

from __future__ import annotations

import asyncio
import csv
import io
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from prometheus_client import CollectorRegistry
from prometheus_client.parser import text_string_to_metric_families
from starlette.types import Message, Receive, Scope, Send

from app.config import Settings
from app.db.migrate import upgrade
from app.main import null_executor_app
from app.observe.prometheus import RequestMetrics
from tests.support.jobs import create, training_jobs, unique, wait_for, xgboost_job
from tests.support.servers import Server, free_port

ROUNDS = 6
JOBS = 3
TUNING = "/v1/hyper-parameter-tuning-jobs"


@pytest.fixture(scope="module")
def finished(server: Server) -> Iterator[dict[str, Any]]:
    """One small tuning job, run to its end on the module's server, and the metrics scraped
    before it was created (a scrape starts the dispatch watch: this job's claims are counted)."""
    with server.client() as client:
        before = samples(client.get("/metrics").text)
        name = create(client, xgboost_job(unique("obs"), max_jobs=JOBS, num_round=ROUNDS))
        described = wait_for(client, name)
        assert described["HyperParameterTuningJobStatus"] == "Completed", described
        yield {
            "name": name,
            "described": described,
            "trainings": training_jobs(client, name),
            "metrics_before": before,
        }


def _time(stamp: str) -> float:
    return datetime.fromisoformat(stamp).timestamp()


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of a Prometheus text page, by name and sorted labels."""
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


def test_metric_series_every_point_with_step_and_time_by_pages(
    client: httpx.Client, finished: dict[str, Any]
) -> None:
    training = finished["trainings"][0]["TrainingJobName"]
    url = f"/v1/training-jobs/{training}/metrics"
    points: list[dict[str, Any]] = []
    token = None
    pages = 0
    while True:
        page = client.get(url, params={"MaxResults": 5, **({"NextToken": token} if token else {})})
        assert page.status_code == 200, page.text
        body = page.json()
        assert body["TrainingJobName"] == training and len(body["MetricPoints"]) <= 5
        points += body["MetricPoints"]
        pages += 1
        token = body.get("NextToken")
        if not token:
            break
    # Built-in XGBoost prints train:logloss, validation:logloss and validation:auc... each round.
    auc = [p for p in points if p["MetricName"] == "validation:auc"]
    assert [p["Step"] for p in auc] == list(range(1, ROUNDS + 1))
    assert pages == -(-len(points) // 5) and len(points) >= 2 * ROUNDS
    assert all(p["Timestamp"] and isinstance(p["Value"], float) for p in points)
    # The last value of the objective is the job's final metric.
    described = client.get(f"/v1/training-jobs/{training}").json()
    final = {m["MetricName"]: m["Value"] for m in described["FinalMetricDataList"]}
    assert auc[-1]["Value"] == pytest.approx(final["validation:auc"])

    one = client.get(url, params={"MetricName": "validation:auc", "MaxResults": 1000}).json()
    assert one["MetricPoints"] == auc and "NextToken" not in one
    assert client.get(url, params={"MetricName": "nothing"}).json()["MetricPoints"] == []

    assert client.get("/v1/training-jobs/no-such-job/metrics").status_code == 404
    bad = client.get(url, params={"NextToken": "bm90LWEtdG9rZW4="})
    assert bad.status_code == 400 and bad.json()["__type"] == "ValidationException"
    other = client.get(
        f"/v1/training-jobs/{finished['trainings'][1]['TrainingJobName']}/metrics",
        params={
            "MaxResults": 1,
            "NextToken": client.get(url, params={"MaxResults": 1}).json()["NextToken"],
        },
    )
    assert other.status_code == 400, "a token of another training job's series"


def test_analytics_rows_best_so_far_and_csv(client: httpx.Client, finished: dict[str, Any]) -> None:
    name, described = finished["name"], finished["described"]
    body = client.get(f"{TUNING}/{name}/analytics").json()
    assert body["HyperParameterTuningJobName"] == name
    assert (body["ObjectiveType"], body["ObjectiveMetricName"]) == ("Maximize", "validation:auc")
    rows = body["TrainingJobs"]
    assert sorted(r["TrainingJobName"] for r in rows) == sorted(
        t["TrainingJobName"] for t in finished["trainings"]
    )
    for row in rows:
        assert row["TrainingJobStatus"] == "Completed"
        assert set(row["TunedHyperParameters"]) == {"max_depth", "eta"}
        ran = _time(row["TrainingEndTime"]) - _time(row["TrainingStartTime"])
        assert row["TrainingElapsedTimeSeconds"] == pytest.approx(ran, abs=1e-6) and ran > 0
    curve = body["BestSoFar"]
    assert len(curve) == JOBS
    bests = [p["BestObjectiveSoFar"] for p in curve]
    assert bests == sorted(bests), "the best so far never gets worse (maximized)"
    assert bests == [max(p["FinalObjectiveValue"] for p in curve[: i + 1]) for i in range(JOBS)]
    best = described["BestTrainingJob"]
    assert bests[-1] == pytest.approx(best["FinalHyperParameterTuningJobObjectiveMetric"]["Value"])

    for response in (
        client.get(f"{TUNING}/{name}/analytics", params={"format": "csv"}),
        client.get(f"{TUNING}/{name}/analytics", headers={"Accept": "text/csv"}),
    ):
        assert response.status_code == 200 and response.headers["content-type"].startswith(
            "text/csv"
        )
        table = list(csv.DictReader(io.StringIO(response.text)))
        assert len(table) == JOBS
        assert list(table[0])[:2] == ["eta", "max_depth"] and "FinalObjectiveValue" in table[0]
        by_name = {r["TrainingJobName"]: r for r in rows}
        for line in table:
            row = by_name[line["TrainingJobName"]]
            assert float(line["FinalObjectiveValue"]) == pytest.approx(row["FinalObjectiveValue"])
            assert line["max_depth"] == row["TunedHyperParameters"]["max_depth"]
    assert client.get(f"{TUNING}/no-such-job/analytics").status_code == 404


def test_prometheus_metrics_after_a_job(
    server: Server, client: httpx.Client, finished: dict[str, Any]
) -> None:
    before = samples(client.get("/metrics").text)
    for _ in range(3):
        assert client.get(f"{TUNING}/{finished['name']}").status_code == 200
    page = client.get("/metrics")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/plain")
    after = samples(page.text)

    # Requests by route template, not by raw path: the three describes, exactly.
    route = ("route", "/v1/hyper-parameter-tuning-jobs/{name}")
    key = ("openamt_http_requests_total", (("method", "GET"), route, ("status", "200")))
    assert after[key] - before.get(key, 0) == 3
    assert not any(finished["name"] in str(labels) for _, labels in after)
    latency = ("openamt_http_request_duration_seconds_count", (("method", "GET"), route))
    assert after[latency] >= 3

    # Jobs by status agree with the API's own lists.
    completed = client.get(f"{TUNING}", params={"StatusEquals": "Completed", "MaxResults": 100})
    assert (
        after[("openamt_tuning_jobs", (("status", "Completed"),))]
        >= len(completed.json()["HyperParameterTuningJobSummaries"])
        >= 1
    )
    assert after[("openamt_training_jobs", (("status", "Completed"),))] >= JOBS
    assert ("openamt_training_jobs", (("status", "Failed"),)) in after  # every status, even at 0
    # Every claim of this job's trainings was counted (other jobs may have been claimed too).
    count = ("openamt_dispatch_latency_seconds_count", ())
    assert after[count] - finished["metrics_before"].get(count, 0) >= JOBS
    assert (
        after[("openamt_dispatch_latency_seconds_bucket", (("le", "+Inf"),))]
        == after[("openamt_dispatch_latency_seconds_count", ())]
    )
    queue = "local" if type(server) is Server else "openamt.training"
    assert after[("openamt_queue_depth", (("queue", queue),))] == 0  # nothing waits now
    assert after[("openamt_training_jobs_waiting", ())] == 0


def test_a_request_is_counted_before_its_last_byte_leaves() -> None:
    """A client that has its answer and scrapes next must see it counted: the server may
    serve the scrape before the answered request's task has returned."""
    registry = CollectorRegistry()

    async def answer(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"a", "more_body": True})
        await send({"type": "http.response.body", "body": b"b"})

    seen: list[float | None] = []

    async def send(message: Message) -> None:
        seen.append(registry.get_sample_value("openamt_http_requests_total", LABELS))

    scope = {"type": "http", "method": "GET", "path": "/x"}
    asyncio.run(RequestMetrics(answer, registry=registry)(scope, receive_nothing, send))
    assert seen == [None, None, 1.0]  # counted once, before the last body message
    assert registry.get_sample_value("openamt_http_requests_total", LABELS) == 1.0


LABELS = {"method": "GET", "route": "<unmatched>", "status": "200"}


async def receive_nothing() -> Message:
    return {"type": "http.disconnect"}


def test_dispatch_latency_counts_the_claims_of_a_new_job(
    server: Server, client: httpx.Client, finished: dict[str, Any]
) -> None:
    client.get("/metrics")  # the first scrape starts the watch
    before = samples(client.get("/metrics").text)
    name = create(client, xgboost_job(unique("disp"), max_jobs=2, num_round=2))
    wait_for(client, name)
    after = samples(client.get("/metrics").text)
    count = ("openamt_dispatch_latency_seconds_count", ())
    assert after[count] - before[count] == 2
    # The sum grew by exactly these two jobs' waits from creation to claim.
    waits = [_time(j["TrainingStartTime"]) - _time(j["CreationTime"])
             for j in training_jobs(client, name)]  # fmt: skip
    total = ("openamt_dispatch_latency_seconds_sum", ())
    assert after[total] - before[total] == pytest.approx(sum(waits), abs=1e-3)


def test_readyz(client: httpx.Client) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ok"}


def test_readyz_names_an_unreachable_broker(tmp_path: Any) -> None:
    dead = f"redis://127.0.0.1:{free_port()}/0"
    settings = Settings(data_dir=tmp_path / "data", broker_url=dead)
    upgrade(settings)
    with TestClient(null_executor_app(settings)) as app:
        response = app.get("/readyz")
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
    assert response.json()["reason"].startswith("broker: ")


def test_log_lines_name_their_tuning_and_training_job(
    server: Server, finished: dict[str, Any]
) -> None:
    text = server.log_path.read_text(errors="replace")
    for training in finished["trainings"]:
        tag = f"[{finished['name']}/{training['TrainingJobName']}]"
        assert f"{tag} training job {training['TrainingJobName']} ended Completed" in text
    # The job ends in whichever context decided it: a scheduler step, or a training job's end.
    name = re.escape(finished["name"])
    assert re.search(rf"\[{name}(/[^\]]+)?\] tuning job {name} Completed", text)
