"""Generated requests over /openapi.json: no 5xx, and every error in the documented shape.

schemathesis builds requests from the OpenAPI document (valid and invalid bodies, queries,
path parameters and headers, for every operation: the REST routes and the AWS door's `POST /`)
and sends them to openamt listening on a real socket (uvicorn in a thread, SQLite, a
NullExecutor: jobs are stored but nothing trains). Hypothesis runs with a fixed seed and a
bounded number of examples, so CI gets the same requests every time.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import hypothesis
import pytest
import requests
import schemathesis
import uvicorn
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hypothesis_settings

from app.config import Settings
from app.db import migrate
from app.executor import NullExecutor
from app.main import create_app
from tests.servers import free_port

# The AWS door's bodies are JSON under AWS's media type.
schemathesis.serializer.alias("application/x-amz-json-1.1", "application/json")

SEED = 20260401
EXAMPLES_PER_MODE = 55  # x (valid, invalid) x operations: comfortably over 1,000 requests
MIN_REQUESTS = 1000


@pytest.fixture(scope="module")
def live_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data_dir: Path = tmp_path_factory.mktemp("schemathesis") / "data"
    settings = Settings(data_dir=data_dir)
    migrate.upgrade(settings)
    port = free_port()
    config = uvicorn.Config(
        create_app(settings, NullExecutor()), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


def error_problem(response: requests.Response) -> str | None:
    """Why an answer breaks the contract, or None: no 5xx; errors are {"__type", "message"}."""
    if response.status_code >= 500:
        return f"server error {response.status_code}: {response.text[:300]}"
    if response.status_code < 400:
        return None
    try:
        body = response.json()
    except ValueError:
        return f"{response.status_code} without a JSON body: {response.text[:300]!r}"
    if (
        not isinstance(body, dict)
        or set(body) != {"__type", "message"}
        or not all(isinstance(body[key], str) and body[key] for key in body)
    ):
        return f"{response.status_code} not in the error shape: {body!r}"[:400]
    return None


def test_generated_requests_get_no_5xx_and_errors_in_the_documented_shape(live_url: str) -> None:
    schema = schemathesis.openapi.from_url(f"{live_url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/", "/v1/hyper-parameter-tuning-jobs"}
    session = requests.Session()
    sent = 0
    problems: list[str] = []

    def send(case: Any) -> None:
        nonlocal sent
        response = case.call(base_url=live_url, session=session, timeout=30)
        sent += 1
        problem = error_problem(response)
        if problem:
            problems.append(f"{case.method} {case.formatted_path} {case.body!r:.200}: {problem}")

    for operation in operations:
        modes = [schemathesis.GenerationMode.POSITIVE]
        if len(operation.query) or len(operation.headers) or len(operation.body):
            # A free-form path parameter has no invalid value: only the rest can be broken.
            modes.append(schemathesis.GenerationMode.NEGATIVE)
        for mode in modes:
            run = hypothesis_settings(
                max_examples=EXAMPLES_PER_MODE,
                deadline=None,
                database=None,
                phases=[Phase.explicit, Phase.generate],
                suppress_health_check=list(HealthCheck),
            )(hypothesis.seed(SEED)(given(case=operation.as_strategy(generation_mode=mode))(send)))
            started, before = time.monotonic(), sent
            try:
                run()
            except hypothesis.errors.Unsatisfiable:
                pass  # nothing to make invalid (an operation without parameters or body)
            print(f"{operation.method.upper()} {operation.path} {mode.value}: "
                  f"{sent - before} requests in {time.monotonic() - started:.1f} s")  # fmt: skip
    assert not problems, f"{len(problems)} bad answers, e.g.:\n" + "\n".join(problems[:10])
    assert sent >= MIN_REQUESTS, f"only {sent} requests were generated"
